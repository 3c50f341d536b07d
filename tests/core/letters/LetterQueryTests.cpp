#include "LetterScenario.h"

#include "letters/EvidenceCoverage.h"
#include "letters/LetterQuery.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// The letter numbers of every page (page size `limit`), following the cursor.
QString walk(const Context& ctx, const LetterQuery::Filter& filter, LetterQuery::SortKey sort, bool ascending,
             int limit, int* pages = nullptr)
{
    const LetterQuery query(ctx, filter, sort, ascending);
    QString nos; // the last digit of each letter number, in order
    LetterQuery::Cursor cursor;
    int n = 0;
    do {
        const auto page = query.page(cursor, limit);
        REQUIRE(page.ok());
        for (const Letter& l : page->rows)
            nos += l.letterNo.right(1);
        cursor = page->next;
        ++n;
    } while (cursor.valid() && n < 100);
    if (pages)
        *pages = n;
    return nos;
}

QStringList board(const QList<LetterQuery::BoardEntry>& entries)
{
    QStringList list;
    for (const auto& e : entries)
        list << QStringLiteral("%1 %2 %3").arg(e.key).arg(e.count).arg(e.balance);
    return list;
}

} // namespace

// Three letters of 2026-03-15: 1 = C001, all items (22,654.40), sent; 2 = C003 (8,000.00), sent and
// confirmed; 3 = C001, E001's items only (17,654.40), draft. Then the clock moves to 2026-03-31 (letter 1's
// reply is due by 2026-03-30).
class LetterListScenario : public LetterScenario
{
public:
    LetterListScenario()
    {
        l1 = letterFor(c1);
        l2 = letterFor(c3);
        l3 = generate(QDate(2026, 3, 15), LetterSubject::salesperson(e1)).first();
        send(l1);
        send(l2);
        REQUIRE(LetterService(sys).recordConfirmed(l2, QDate(2026, 3, 15)).ok());
        t.clock().set(QDateTime(QDate(2026, 3, 31), QTime(9, 0)));
    }
    qint64 l1 = 0, l2 = 0, l3 = 0;
};

TEST_CASE_METHOD(LetterListScenario, "letter lists page by key and filter in SQL", "[letters][query]")
{
    using S = LetterQuery::SortKey;
    const LetterQuery::Filter all;
    int pages = 0;
    CHECK(walk(sys, all, S::LetterNo, false, 2, &pages) == QStringLiteral("321"));
    CHECK(pages == 2);
    CHECK(walk(sys, all, S::LetterNo, true, 1) == QStringLiteral("123"));
    CHECK(walk(sys, all, S::Balance, true, 1) == QStringLiteral("231"));
    CHECK(walk(sys, all, S::Balance, false, 2) == QStringLiteral("132"));
    CHECK(walk(sys, all, S::Customer, true, 1) == QStringLiteral("132")); // C001 (ids 1, 3), C003
    CHECK(walk(sys, all, S::AsOf, false, 1) == QStringLiteral("321"));    // same date: by id
    CHECK(LetterQuery(sys, all).count().value() == 3);

    LetterQuery::Filter f;
    f.statuses = {LetterStatus::Sent};
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("1"));
    f.statuses = {LetterStatus::Draft, LetterStatus::Confirmed};
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("23"));
    f = {};
    f.overdueReply = true; // sent, reply_by 2026-03-30 < 2026-03-31
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("1"));
    f = {};
    f.customerId = c1;
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("13"));
    f = {};
    f.salespersonId = e2; // letter 1 lists HT-002, collected by E002
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("1"));
    f.salespersonId = e1; // generated for E001 (3) or listing E001's instalments (1)
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("13"));
    CHECK(LetterQuery(sys, f).count().value() == 2);
    f = {};
    f.search = QStringLiteral("杭州");
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("2"));
    f.search = QStringLiteral("000003");
    CHECK(walk(sys, f, S::LetterNo, true, 5) == QStringLiteral("3"));
    f = {};
    f.asOfFrom = QDate(2026, 3, 16);
    CHECK(LetterQuery(sys, f).count().value() == 0);

    // Scope: E003 sees letter 2 only; the manager of team one letters 1 and 3.
    CHECK(walk(as(sales(e3)), all, S::LetterNo, true, 5) == QStringLiteral("2"));
    CHECK(walk(as(managerOfTeamOne()), all, S::LetterNo, true, 1) == QStringLiteral("13"));
    CHECK(LetterQuery(as(managerOfTeamOne()), all).count().value() == 2);
    CHECK(LetterQuery(as(sessionFor(Role::Hr)), all).count().error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(LetterListScenario, "the status board counts and sums the letters per column",
                 "[letters][query]")
{
    const auto b = LetterQuery(sys, {}).statusBoard();
    REQUIRE(b.ok());
    CHECK(board(*b) == QStringList{QStringLiteral("draft 1 1765440"), QStringLiteral("sent 0 0"),
                                   QStringLiteral("overdue 1 2265440"), QStringLiteral("confirmed 1 800000"),
                                   QStringLiteral("difference 0 0"), QStringLiteral("no_reply 0 0"),
                                   QStringLiteral("cancelled 0 0")});
    // Back on 2026-03-30, letter 1 is still within its deadline.
    t.clock().set(QDateTime(QDate(2026, 3, 30), QTime(9, 0)));
    const auto before = LetterQuery(sys, {}).statusBoard();
    CHECK(board(*before).mid(1, 2) ==
          QStringList{QStringLiteral("sent 1 2265440"), QStringLiteral("overdue 0 0")});
    // The board follows the filter's customer and scope.
    LetterQuery::Filter f;
    f.customerId = c3;
    CHECK(board(*LetterQuery(sys, f).statusBoard()).at(3) == QStringLiteral("confirmed 1 800000"));
    CHECK(board(*LetterQuery(as(sales(e3)), {}).statusBoard()).at(0) == QStringLiteral("draft 0 0"));
}

TEST_CASE_METHOD(LetterScenario,
                 "evidence coverage: the share of open receivables on letters confirmed in 12 months",
                 "[letters][coverage]")
{
    // E001's letter for C001 (HT-001 #2 7,654.40 and #3 10,000.00) is confirmed on 2026-03-15. HT-003 of C003
    // (8,000.00) was on a letter confirmed on the date in `confirmedOn` below. HT-002 #1 (E002, 5,000.00) is
    // on no confirmed letter (letter 3 is only sent).
    const qint64 mine = generate(QDate(2026, 3, 15), LetterSubject::salesperson(e1)).first();
    send(mine);
    REQUIRE(LetterService(sys).recordConfirmed(mine, QDate(2026, 3, 15)).ok());
    const qint64 pending = letterFor(c1);
    send(pending);

    QDate confirmedOn;
    SECTION("more than 12 months ago does not count")
    {
        confirmedOn = QDate(2025, 3, 15); // exactly 12 months before 2026-03-15: outside
    }
    SECTION("within 12 months counts")
    {
        confirmedOn = QDate(2025, 3, 16);
    }
    t.clock().set(QDateTime(QDate(2025, 3, 1), QTime(9, 0)));
    const qint64 old = letterFor(c3, QDate(2025, 3, 1));
    send(old, QDate(2025, 3, 1));
    t.clock().set(QDateTime(confirmedOn, QTime(9, 0)));
    REQUIRE(LetterService(sys).recordConfirmed(old, confirmedOn).ok());
    t.clock().set(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    const bool oldCounts = confirmedOn == QDate(2025, 3, 16);

    const auto byCollector = EvidenceCoverage(sys).byCollector();
    REQUIRE(byCollector.ok());
    REQUIRE(byCollector->rows.size() == 3);
    const auto& r = byCollector->rows;
    CHECK(r[0].code == QStringLiteral("E001"));
    CHECK(r[0].open == yuan(17654, 40));
    CHECK(r[0].covered == yuan(17654, 40));
    CHECK(r[0].shareBp == 10000);
    CHECK(r[0].openItems == 2);
    CHECK(r[1].code == QStringLiteral("E002"));
    CHECK(r[1].open == yuan(5000));
    CHECK(r[1].covered == 0);
    CHECK(r[1].shareBp == 0);
    CHECK(r[2].code == QStringLiteral("E003"));
    CHECK(r[2].covered == (oldCounts ? yuan(8000) : 0));
    const auto& total = byCollector->total;
    CHECK(total.open == yuan(30654, 40));
    if (oldCounts) {
        // 25,654.40 / 30,654.40 = 0.836891... → 8,368.91 bp → 8,369
        CHECK(total.covered == yuan(25654, 40));
        CHECK(total.shareBp == 8369);
    } else {
        // 17,654.40 / 30,654.40 = 0.575917... → 5,759.17 bp → 5,759
        CHECK(total.covered == yuan(17654, 40));
        CHECK(total.shareBp == 5759);
    }

    const auto byCustomer = EvidenceCoverage(sys).byCustomer();
    REQUIRE(byCustomer.ok());
    REQUIRE(byCustomer->rows.size() == 2);
    CHECK(byCustomer->rows[0].code == QStringLiteral("C001"));
    CHECK(byCustomer->rows[0].open == yuan(22654, 40));
    // 17,654.40 / 22,654.40 = 0.779292... → 7,792.92 bp → 7,793
    CHECK(byCustomer->rows[0].shareBp == 7793);
    CHECK(byCustomer->rows[1].shareBp == (oldCounts ? 10000 : 0));

    // A salesperson sees their own collections only.
    const auto own = EvidenceCoverage(as(sales(e2))).byCollector();
    REQUIRE(own.ok());
    REQUIRE(own->rows.size() == 1);
    CHECK(own->rows[0].code == QStringLiteral("E002"));
    CHECK(own->total.open == yuan(5000));
    CHECK(EvidenceCoverage(as(sales(e2))).byCustomer({}, e1).error().code == ErrorCode::PermissionDenied);
    // Shares round half up.
    CHECK(EvidenceCoverage::shareBp(1, 3) == 3333);
    CHECK(EvidenceCoverage::shareBp(2, 3) == 6667);
    CHECK(EvidenceCoverage::shareBp(1, 20000) == 1); // 0.5 bp → 1
    CHECK(EvidenceCoverage::shareBp(0, 0) == 0);
}

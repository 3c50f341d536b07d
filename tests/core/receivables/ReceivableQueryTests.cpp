#include "AgingScenario.h"

#include "receivables/ReceivableQuery.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// Every row through pages of `size`, as "contract#seq"; checks that only the last page has no cursor.
QStringList walk(const Context& ctx, const ReceivableQuery::Filter& filter,
                 ReceivableQuery::SortKey sort = ReceivableQuery::SortKey::DueOn, bool ascending = true,
                 int size = 3)
{
    const ReceivableQuery query(ctx, filter, sort, ascending);
    QStringList rows;
    ReceivableQuery::Cursor cursor;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = query.page(cursor, size);
        if (!page)
            FAIL(page.error().fullText().toStdString());
        for (const ReceivableRow& r : page->rows)
            rows << QStringLiteral("%1#%2").arg(r.contractNo).arg(r.seq);
        if (!page->next.valid())
            return rows;
        CHECK(page->rows.size() == size);
        cursor = page->next;
    }
    FAIL("no end of the list");
    return rows;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

// Runs a check once with the filter-first plan and once walking the sort indexes.
template <typename F> void bothPlans(F check)
{
    const int saved = ReceivableQuery::smallListRows();
    SECTION("filter first")
    {
        ReceivableQuery::setSmallListRows(5000);
        check();
    }
    SECTION("walking the index")
    {
        ReceivableQuery::setSmallListRows(0);
        check();
    }
    ReceivableQuery::setSmallListRows(saved);
}

using S = ReceivableQuery::SortKey;
using St = ReceivableQuery::Status;

} // namespace

TEST_CASE("Receivables list: orders and keyset pages", "[receivablequery]")
{
    AgingScenario s;
    // K4 (draft) and K6 (cancelled) are no receivables; K5 is active (signed later, listed).
    const QStringList byDue{QStringLiteral("K1#1"), QStringLiteral("K3#1"), QStringLiteral("K3#2"),
                            QStringLiteral("K1#2"), QStringLiteral("K2#2"), QStringLiteral("K2#1"),
                            QStringLiteral("K5#1"), QStringLiteral("K1#3")};
    // Balances 0, 1,345.67, 6,000.00, 7,000.00, 8,000.00, 10,000.00, 20,000.00, 30,000.00.
    const QStringList byBalance{QStringLiteral("K1#1"), QStringLiteral("K3#1"), QStringLiteral("K1#2"),
                                QStringLiteral("K5#1"), QStringLiteral("K3#2"), QStringLiteral("K1#3"),
                                QStringLiteral("K2#1"), QStringLiteral("K2#2")};
    const QStringList byCustomer{QStringLiteral("K1#1"), QStringLiteral("K1#2"), QStringLiteral("K1#3"),
                                 QStringLiteral("K2#2"), QStringLiteral("K2#1"), QStringLiteral("K5#1"),
                                 QStringLiteral("K3#1"), QStringLiteral("K3#2")};
    const QStringList byContract{QStringLiteral("K1#1"), QStringLiteral("K1#2"), QStringLiteral("K1#3"),
                                 QStringLiteral("K2#1"), QStringLiteral("K2#2"), QStringLiteral("K3#1"),
                                 QStringLiteral("K3#2"), QStringLiteral("K5#1")};
    bothPlans([&] {
        for (int size : {1, 3, 100}) {
            INFO(size);
            CHECK(walk(s.sys, {}, S::DueOn, true, size) == byDue);
            CHECK(walk(s.sys, {}, S::DueOn, false, size) == reversed(byDue));
            CHECK(walk(s.sys, {}, S::Balance, true, size) == byBalance);
            CHECK(walk(s.sys, {}, S::Balance, false, size) == reversed(byBalance));
            CHECK(walk(s.sys, {}, S::Customer, true, size) == byCustomer);
            CHECK(walk(s.sys, {}, S::Customer, false, size) == reversed(byCustomer));
            CHECK(walk(s.sys, {}, S::ContractNo, true, size) == byContract);
            CHECK(walk(s.sys, {}, S::ContractNo, false, size) == reversed(byContract));
        }
    });
}

TEST_CASE("Receivables list: filters by status, bucket, dates, people and text", "[receivablequery]")
{
    AgingScenario s;
    bothPlans([&] {
        ReceivableQuery::Filter f;
        f.status = St::Open;
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#1"), QStringLiteral("K3#2"),
                                            QStringLiteral("K1#2"), QStringLiteral("K2#2"),
                                            QStringLiteral("K2#1"), QStringLiteral("K5#1"),
                                            QStringLiteral("K1#3")});
        CHECK(walk(s.sys, f, S::Balance) == QStringList{QStringLiteral("K3#1"), QStringLiteral("K1#2"),
                                                        QStringLiteral("K5#1"), QStringLiteral("K3#2"),
                                                        QStringLiteral("K1#3"), QStringLiteral("K2#1"),
                                                        QStringLiteral("K2#2")});
        f.status = St::Overdue; // K1#3 is due today
        CHECK(walk(s.sys, f).size() == 6);
        CHECK_FALSE(walk(s.sys, f).contains(QStringLiteral("K1#3")));
        f.status = St::Paid;
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K1#1")});
        f.status = St::Disputed;
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K2#1")});
        f.status = St::WrittenOff;
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#2")});

        f = {};
        f.bucket = QStringLiteral("31-60");
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K2#2")});
        f.bucket = QStringLiteral("not_due");
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K1#3")});
        f.bucket = QStringLiteral("181-365"); // 186 and 365 days
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#2"), QStringLiteral("K1#2")});
        f.bucket = QStringLiteral("365+");
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#1")});
        f.bucket = QStringLiteral("1-30"); // 30 and 14 days
        CHECK(walk(s.sys, f, S::Customer) == QStringList{QStringLiteral("K2#1"), QStringLiteral("K5#1")});

        f = {};
        f.dueFrom = QDate(2026, 1, 1);
        f.dueTo = QDate(2026, 3, 1);
        CHECK(walk(s.sys, f) ==
              QStringList{QStringLiteral("K2#2"), QStringLiteral("K2#1"), QStringLiteral("K5#1")});

        f = {};
        f.collectorId = s.e2;
        CHECK(walk(s.sys, f, S::ContractNo) ==
              QStringList{QStringLiteral("K2#1"), QStringLiteral("K2#2"), QStringLiteral("K5#1")});
        f = {};
        f.departmentId = s.teamTwo;
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#1"), QStringLiteral("K3#2")});
        f = {};
        f.customerId = s.c1;
        CHECK(walk(s.sys, f, S::Balance, false) ==
              QStringList{QStringLiteral("K1#3"), QStringLiteral("K1#2"), QStringLiteral("K1#1")});

        f = {};
        f.search = QStringLiteral("乙");
        CHECK(walk(s.sys, f) ==
              QStringList{QStringLiteral("K2#2"), QStringLiteral("K2#1"), QStringLiteral("K5#1")});
        f.search = QStringLiteral("k3");
        CHECK(walk(s.sys, f) == QStringList{QStringLiteral("K3#1"), QStringLiteral("K3#2")});
        f.search = QStringLiteral("%");
        CHECK(walk(s.sys, f).isEmpty());
    });

    ReceivableQuery::Filter bad;
    bad.bucket = QStringLiteral("2-3");
    CHECK(ReceivableQuery(s.sys, bad).page({}, 10).error().code == ErrorCode::Invalid);
}

TEST_CASE("Receivables list: row contents, counts and totals", "[receivablequery]")
{
    AgingScenario s;
    s.ledger.letter(QStringLiteral("DZ-1"), s.c1, QDate(2026, 3, 1), QStringLiteral("confirmed"),
                    QDate(2026, 3, 16), {}, QDate(2026, 3, 2), QDate(2026, 3, 5));
    ReceivableQuery::Filter f;
    f.customerId = s.c2;
    auto page = ReceivableQuery(s.sys, f, S::ContractNo).page({}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 3);
    const ReceivableRow k21 = page->rows.at(0);
    CHECK(k21.contractNo == QStringLiteral("K2"));
    CHECK(k21.seq == 1);
    CHECK(k21.customerCode == QStringLiteral("C002"));
    CHECK(k21.customerName == QStringLiteral("乙公司"));
    CHECK(k21.collectorCode == QStringLiteral("E002"));
    CHECK(k21.collectorName == QStringLiteral("王二"));
    CHECK(k21.dueOn == QDate(2026, 2, 13));
    CHECK(k21.amount == 2000000);
    CHECK(k21.paid == 0);
    CHECK(k21.balance == 2000000);
    CHECK(k21.disputed == 300000);
    CHECK(k21.daysPastDue == 30);
    CHECK(k21.bucketKey == QStringLiteral("1-30"));
    CHECK_FALSE(k21.lastPaidOn.isValid());
    CHECK(k21.letterStatus.isEmpty());
    // C002 (K5 signed after today does not count for the risk): nothing paid; 50,000.00 open, all overdue:
    // 25 points; one open dispute: 5 points; score 30. 95% × (1 − 30/200) = 80.75%.
    CHECK(k21.collectionBp == 8075);
    const ReceivableRow k22 = page->rows.at(1);
    CHECK(k22.paid == 0); // P3 reversed

    f.customerId = s.c1;
    page = ReceivableQuery(s.sys, f, S::ContractNo).page({}, 10);
    REQUIRE(page.ok());
    const ReceivableRow k11 = page->rows.at(0);
    CHECK(k11.balance == 0);
    CHECK(k11.bucketKey.isEmpty());
    CHECK(k11.collectionBp == 0);
    CHECK(k11.lastPaidOn == QDate(2025, 3, 20));
    CHECK(k11.letterStatus == QStringLiteral("confirmed"));
    // C001: K1#1 paid 10 days late (30 + 20 × 10/90 = 2.22 → 2 points); open 16,000.00 of which 6,000.00
    // overdue (25 × 0.375 = 9.375 → 9); score 41. K1#3 not due: 98% × (1 − 41/200) = 77.91%.
    CHECK(page->rows.at(2).collectionBp == 7791);
    CHECK(page->rows.at(2).daysPastDue == 0);
    CHECK(page->rows.at(2).bucketKey == QStringLiteral("not_due"));

    const auto totals = ReceivableQuery(s.sys, {}).totals();
    REQUIRE(totals.ok());
    // 3 × 10,000.00 + 20,000.00 + 30,000.00 + 2,345.67 + 10,000.00 + 7,000.00 = 99,345.67
    CHECK(totals->count == 8);
    CHECK(totals->amount == 9934567);
    CHECK(totals->paid == 1500000); // P1 10,000.00 + P2 4,000.00 + P4 1,000.00
    CHECK(totals->writtenOff == 200000);
    CHECK(totals->balance == 8234567);
    CHECK(totals->disputed == 300000);
    // Due before today: 1,345.67 + 8,000.00 + 6,000.00 + 30,000.00 + 20,000.00 + 7,000.00
    CHECK(totals->overdue == 7234567);
    CHECK(ReceivableQuery(s.sys, {}).count().value() == 8);
    ReceivableQuery::Filter open;
    open.status = St::Open;
    CHECK(ReceivableQuery(s.sys, open).count().value() == 7);
    CHECK(ReceivableQuery(s.sys, open).totals()->paid == 500000);
}

TEST_CASE("Receivables list: the session's scope", "[receivablequery]")
{
    AgingScenario s;
    CHECK(walk(s.as(s.sales(s.e1)), {}) ==
          QStringList{QStringLiteral("K1#1"), QStringLiteral("K1#2"), QStringLiteral("K1#3")});
    CHECK(ReceivableQuery(s.as(s.sales(s.e1)), {}).totals()->balance == 1600000);
    CHECK(walk(s.as(s.managerOfTeamOne()), {}, S::ContractNo) ==
          QStringList{QStringLiteral("K1#1"), QStringLiteral("K1#2"), QStringLiteral("K1#3"),
                      QStringLiteral("K2#1"), QStringLiteral("K2#2"), QStringLiteral("K5#1")});
    CHECK(walk(s.as(s.finance()), {}).size() == 8);
    ReceivableQuery::Filter other;
    other.collectorId = s.e3;
    CHECK(ReceivableQuery(s.as(s.sales(s.e1)), other).page({}, 10).error().code ==
          ErrorCode::PermissionDenied);
    other = {};
    other.departmentId = s.teamTwo;
    CHECK(ReceivableQuery(s.as(s.managerOfTeamOne()), other).count().error().code ==
          ErrorCode::PermissionDenied);
}

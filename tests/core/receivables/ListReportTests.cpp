#include "AgingScenario.h"

#include "receivables/ReceivablesListReport.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QStringList items(const ReceivablesListReport::Data& data)
{
    QStringList lines;
    for (const ReceivablesListReport::Item& i : data.items)
        lines << QStringLiteral("%1 %2#%3 %4 %5 %6 %7")
                     .arg(i.customerCode, i.item.contractNo)
                     .arg(i.item.seq)
                     .arg(i.item.balance)
                     .arg(i.item.daysPastDue)
                     .arg(i.bucketKey)
                     .arg(i.interestOutstanding);
    return lines;
}

} // namespace

TEST_CASE("The printed receivables list of a salesperson", "[listreport]")
{
    AgingScenario s;
    const QDate asOf(2026, 3, 15);
    s.ledger.letter(QStringLiteral("DZ-9"), s.c2, QDate(2026, 3, 1), QStringLiteral("sent"),
                    QDate(2026, 3, 16), {}, QDate(2026, 3, 2));
    s.ledger.letter(QStringLiteral("DZ-10"), s.c2, QDate(2026, 3, 10), QStringLiteral("cancelled"),
                    QDate(2026, 3, 25));
    s.ledger.letter(QStringLiteral("DZ-11"), s.c2, QDate(2026, 3, 20), QStringLiteral("draft"),
                    QDate(2026, 4, 5));

    auto data = ReceivablesListReport(s.sys).forCollector(s.e2, asOf);
    REQUIRE(data.ok());
    CHECK(data->subjectCode == QStringLiteral("E002"));
    CHECK(data->subjectName == QStringLiteral("王二"));
    CHECK(data->subjectDepartment == QStringLiteral("销售中心/销售一部"));
    CHECK(data->printedOn == QDate(2026, 3, 15));
    // Late interest at the default 4.5%:
    //  K2#2 due 2026-01-14: 01-15 … 03-01 (46 days) on 30,000.00, 03-02 … 03-10 (9 days) on 25,000.00 (P3
    //  until its reversal), 03-11 … 03-15 (5 days) on 30,000.00 = 175,500,000 fen-days × 45,000 / 365,000,000
    //  = 21,636.99 → 216.37;
    //  K2#1 due 2026-02-13: 30 days on 20,000.00 = 60,000,000 fen-days → 7,397.26 → 73.97.
    CHECK(items(data.value()) == QStringList{QStringLiteral("C002 K2#2 3000000 60 31-60 21637"),
                                             QStringLiteral("C002 K2#1 2000000 30 1-30 7397")});
    CHECK(data->bucketTotals == QList<qint64>{0, 2000000, 3000000, 0, 0, 0, 0});
    CHECK(data->balance == 5000000);
    CHECK(data->amount == 5000000);
    CHECK(data->paid == 0);
    CHECK(data->disputed == 300000);
    CHECK(data->overdue == 5000000);
    CHECK(data->interestOutstanding == 29034);
    REQUIRE(data->customers.size() == 1);
    CHECK(data->customers.at(0).code == QStringLiteral("C002"));
    CHECK(data->customers.at(0).balance == 5000000);
    CHECK(data->customers.at(0).items == 2);
    // The latest letter not cancelled and dated on or before the as-of date.
    CHECK(data->customers.at(0).letterStatus == QStringLiteral("sent"));
    CHECK(data->customers.at(0).letterNo == QStringLiteral("DZ-9"));

    AgingReport::Filter f;
    f.collectorId = s.e2;
    CHECK(data->bucketTotals ==
          AgingReport(s.sys).run(asOf, AgingReport::Dimension::Salesperson, f)->total.amounts);
}

TEST_CASE("The receivables list of a customer equals its ageing at every date", "[listreport]")
{
    AgingScenario s;
    for (const QDate& asOf :
         {QDate(2026, 3, 15), QDate(2026, 3, 5), QDate(2026, 2, 28), QDate(2025, 3, 15)}) {
        INFO(asOf.toString(Qt::ISODate).toStdString());
        for (qint64 customer : {s.c1, s.c2, s.c3}) {
            auto data = ReceivablesListReport(s.sys).forCustomer(customer, asOf);
            REQUIRE(data.ok());
            AgingReport::Filter f;
            f.customerId = customer;
            const auto aging = AgingReport(s.sys).run(asOf, AgingReport::Dimension::Customer, f);
            REQUIRE(aging.ok());
            CHECK(data->bucketTotals == aging->total.amounts);
            CHECK(data->balance == aging->total.total);
        }
    }
    auto c1 = ReceivablesListReport(s.sys).forCustomer(s.c1, QDate(2026, 3, 15));
    REQUIRE(c1.ok());
    // K1#2 6,000.00 at 186 days (interest at 4.5% from 2025-09-11: 2025-09-11 … 2026-03-15 = 186 days on
    // 6,000.00 = 111,600,000 fen-days → 13,758.90 → 137.59); K1#3 due today, no interest. K1#1 was paid 10
    // days late: 10 days on 10,000.00 = 10,000,000 fen-days → 1,232.88 → 12.33, still outstanding.
    CHECK(items(c1.value()) == QStringList{QStringLiteral("C001 K1#2 600000 186 181-365 13759"),
                                           QStringLiteral("C001 K1#3 1000000 0 not_due 0")});
    CHECK(c1->interestOutstanding == 13759 + 1233);
    CHECK(c1->subjectCode == QStringLiteral("C001"));
    CHECK(c1->customers.at(0).letterStatus.isEmpty());

    CHECK(ReceivablesListReport(s.sys).forCustomer(999999, QDate(2026, 3, 15)).error().code ==
          ErrorCode::NotFound);
    CHECK(ReceivablesListReport(s.as(s.sales(s.e1))).forCollector(s.e2, QDate(2026, 3, 15)).error().code ==
          ErrorCode::PermissionDenied);
}

#include "AgingScenario.h"

using namespace tl::core;

namespace tl::test {

AgingScenario::AgingScenario()
{
    k1 = ledger.contract(
        QStringLiteral("K1"), c1, e1, QDate(2025, 1, 10),
        {{QDate(2025, 3, 10), 1000000}, {QDate(2025, 9, 10), 1000000}, {QDate(2026, 3, 15), 1000000}});
    k2 = ledger.contract(QStringLiteral("K2"), c2, e2, QDate(2025, 6, 1),
                         {{QDate(2026, 2, 13), 2000000}, {QDate(2026, 1, 14), 3000000}});
    k3 = ledger.contract(QStringLiteral("K3"), c3, e3, QDate(2024, 1, 5),
                         {{QDate(2025, 3, 14), 234567}, {QDate(2025, 3, 15), 1000000}});
    k4 = ledger.contract(QStringLiteral("K4"), c1, e1, QDate(2025, 2, 1), {{QDate(2025, 6, 1), 500000}},
                         QStringLiteral("draft"));
    k5 = ledger.contract(QStringLiteral("K5"), c2, e2, QDate(2026, 3, 20), {{QDate(2026, 3, 1), 700000}});
    k6 = ledger.contract(QStringLiteral("K6"), c3, e3, QDate(2024, 12, 1), {{QDate(2025, 1, 1), 900000}},
                         QStringLiteral("cancelled"));

    p1 = ledger.pay(QStringLiteral("P1"), ledger.installment(k1, 1), 1000000, QDate(2025, 3, 20));
    p2 = ledger.pay(QStringLiteral("P2"), ledger.installment(k1, 2), 400000, QDate(2025, 9, 1));
    p3 = ledger.pay(QStringLiteral("P3"), ledger.installment(k2, 2), 500000, QDate(2026, 3, 1));
    ledger.reverse(p3, QDate(2026, 3, 10));
    p4 = ledger.pay(QStringLiteral("P4"), ledger.installment(k3, 1), 100000, QDate(2026, 3, 5));
    ledger.writeOff(ledger.installment(k3, 2), 200000, QDate(2026, 2, 20), QDate(2026, 3, 1));
    ledger.writeOff(ledger.installment(k1, 2), 50000, QDate(2026, 3, 1));
    ledger.writeOff(ledger.installment(k1, 2), 30000, QDate(2026, 3, 1), QDate(2026, 3, 2), false);
    ledger.dispute(ledger.installment(k2, 1), 300000, QDate(2026, 3, 1));
}

QStringList AgingScenario::describe(const AgingReport::Report& report)
{
    QStringList lines;
    const auto line = [](const AgingReport::Row& row) {
        QStringList amounts;
        for (qint64 a : row.amounts)
            amounts << QString::number(a);
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(row.key, row.name, amounts.join(QLatin1Char(',')))
            .arg(row.total)
            .arg(row.over90)
            .arg(row.count);
    };
    for (const AgingReport::Row& row : report.rows)
        lines << line(row);
    lines << line(report.total);
    return lines;
}

} // namespace tl::test

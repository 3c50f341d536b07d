#pragma once

#include "LedgerBuilder.h"

#include "receivables/AgingReport.h"

#include <QStringList>

namespace tl::test {

// The hand scenario of the ageing, open-items and list tests (amounts in fen):
//   K1 (C001 甲公司, E001, signed 2025-01-10): #1 due 2025-03-10 10,000.00, #2 due 2025-09-10 10,000.00,
//      #3 due 2026-03-15 10,000.00
//   K2 (C002 乙公司, E002, signed 2025-06-01): #1 due 2026-02-13 20,000.00, #2 due 2026-01-14 30,000.00
//   K3 (C003 丙公司, E003, signed 2024-01-05): #1 due 2025-03-14 2,345.67, #2 due 2025-03-15 10,000.00
//   K4 draft (C001, E001): #1 due 2025-06-01 5,000.00 — never counted
//   K5 (C002, E002) signed 2026-03-20, after every as-of date used: #1 due 2026-03-01 7,000.00
//   K6 cancelled (C003, E003): #1 due 2025-01-01 9,000.00 — never counted
// Ledger:
//   P1 2025-03-20 10,000.00 → K1#1 (paid in full, 10 days late)
//   P2 2025-09-01  4,000.00 → K1#2
//   P3 2026-03-01  5,000.00 → K2#2, reversed on 2026-03-10
//   P4 2026-03-05  1,000.00 → K3#1
//   write-off K3#2 2,000.00 approved 2026-03-01; K1#2 500.00 pending; K1#2 300.00 rejected 2026-03-02
//   dispute K2#1 3,000.00 opened 2026-03-01 (open)
struct AgingScenario : ReceivablesFixture
{
    AgingScenario();
    qint64 k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0, k6 = 0;
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0;

    // "key|name|b0,b1,…,b6|total|over90|count" per row, then the total row.
    static QStringList describe(const core::AgingReport::Report& report);
};

} // namespace tl::test

#pragma once

#include "ReceivablesFixture.h"

#include "common/Progress.h"
#include "letters/LetterService.h"

namespace tl::test {

// The ledger every letter test starts from (amounts in yuan; the clock at 2026-03-15):
//   C001 深圳甲科技有限公司 (owner E001)
//     HT-001 signed 2025-10-01, salesperson E001: #1 due 2025-11-30 10,000.00, paid by P-001 on 2025-12-05;
//            #2 due 2026-01-31 10,000.00, 2,345.60 paid by P-002 on 2026-02-10 (balance 7,654.40);
//            #3 due 2026-04-30 10,000.00, unpaid.
//     HT-002 signed 2026-01-05, salesperson E002: #1 due 2026-02-28 5,000.00, unpaid.
//   C002 苏州乙贸易有限公司 (owner E002)
//     HT-004 signed 2025-09-01, salesperson E002: #1 due 2025-10-31 3,000.00, paid by P-003 on 2025-10-20.
//   C003 杭州丙实业有限公司 (owner E003)
//     HT-003 signed 2024-06-01, salesperson E003: #1 due 2024-07-01 8,000.00, unpaid.
// As of 2026-03-15: C001 owes 7,654.40 + 5,000.00 + 10,000.00 = 22,654.40; C002 nothing; C003 8,000.00.
class LetterScenario : public ReceivablesFixture
{
public:
    LetterScenario()
    {
        c1 = customer(QStringLiteral("C001"), QStringLiteral("深圳甲科技有限公司"), e1);
        c2 = customer(QStringLiteral("C002"), QStringLiteral("苏州乙贸易有限公司"), e2);
        c3 = customer(QStringLiteral("C003"), QStringLiteral("杭州丙实业有限公司"), e3);
        QList<qint64> ids;
        contract(QStringLiteral("HT-001"), c1, e1, QDate(2025, 10, 1),
                 {{QDate(2025, 11, 30), yuan(10000)},
                  {QDate(2026, 1, 31), yuan(10000)},
                  {QDate(2026, 4, 30), yuan(10000)}},
                 &ids);
        i11 = ids.at(0);
        i12 = ids.at(1);
        i13 = ids.at(2);
        ids.clear();
        contract(QStringLiteral("HT-002"), c1, e2, QDate(2026, 1, 5), {{QDate(2026, 2, 28), yuan(5000)}},
                 &ids);
        i21 = ids.at(0);
        ids.clear();
        contract(QStringLiteral("HT-004"), c2, e2, QDate(2025, 9, 1), {{QDate(2025, 10, 31), yuan(3000)}},
                 &ids);
        i41 = ids.at(0);
        ids.clear();
        contract(QStringLiteral("HT-003"), c3, e3, QDate(2024, 6, 1), {{QDate(2024, 7, 1), yuan(8000)}},
                 &ids);
        i31 = ids.at(0);
        payment(QStringLiteral("P-001"), c1, QDate(2025, 12, 5), yuan(10000), {{i11, yuan(10000)}});
        payment(QStringLiteral("P-002"), c1, QDate(2026, 2, 10), yuan(2345, 60), {{i12, yuan(2345, 60)}});
        payment(QStringLiteral("P-003"), c2, QDate(2025, 10, 20), yuan(3000), {{i41, yuan(3000)}});
    }

    qint64 c1 = 0, c2 = 0, c3 = 0;
    qint64 i11 = 0, i12 = 0, i13 = 0, i21 = 0, i41 = 0, i31 = 0;

    // Generates as the system and returns the ids (fails the test on an error).
    QList<qint64> generate(const QDate& asOf, const core::LetterSubject& subject)
    {
        auto out = core::LetterService(sys).generate(asOf, subject);
        if (!out)
            FAIL(out.error().fullText().toStdString());
        return out->letterIds;
    }
    qint64 letterFor(qint64 customerId, const QDate& asOf = QDate(2026, 3, 15))
    {
        const QList<qint64> ids = generate(asOf, core::LetterSubject::customer(customerId));
        REQUIRE(ids.size() == 1);
        return ids.first();
    }
    void send(qint64 letterId, const QDate& on = QDate(2026, 3, 15))
    {
        const core::Status s = core::LetterService(sys).markSent(letterId, on, QStringLiteral("ems"),
                                                                 QStringLiteral("EMS1234567890"));
        if (!s)
            FAIL(s.error().fullText().toStdString());
    }
};

} // namespace tl::test

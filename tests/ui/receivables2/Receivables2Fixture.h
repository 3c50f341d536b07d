#pragma once

#include <catch2/catch.hpp>

#include "app/AppContext.h"
#include "auth/Session.h"
#include "common/Context.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTest>

#include <memory>

#define TL_R2_REQUIRE_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto& tlResult_ = (expr);                                                                      \
        INFO((tlResult_.ok() ? QString() : tlResult_.error().fullText()).toStdString());                     \
        REQUIRE(tlResult_.ok());                                                                             \
    } while (false)

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace tl::test {

// Receivables for the ageing, letters, reminder and risk UI tests, written through the core services as the
// system; the company 测试贸易公司 is set up (letters print its name). The clock stands at 2026-03-15 09:00.
//
//   销售中心/销售一部: E001 王一, E002 王二; 销售中心/销售二部: E003 赵三 (all sales, hired 2024-01-01)
//   C001 甲公司 key_account, owner E001: HT-001 signed 2025-01-10, ¥100,000.00 credited to E001
//        #1 due 2025-02-10 ¥30,000.00, paid in full by P-001 on 2025-02-20 (10 days late)
//        #2 due 2025-10-10 ¥40,000.00 open (156 days past due: 91–180)
//        #3 due 2026-03-18 ¥30,000.00 open (not due; due in 3 days: a due reminder today)
//   C002 乙公司 sme, owner E002: HT-002 signed 2025-12-01, ¥50,000.00 credited to E002
//        #1 due 2026-02-01 ¥20,000.00, ¥5,000.00 paid by P-002 on 2026-03-01 (42 days past due: 31–60;
//           42 = 6 × 7: an overdue reminder today)
//        #2 due 2026-03-10 ¥30,000.00 open (5 days past due: 1–30)
//   C003 丙公司 sme, owner E003: HT-003 signed 2024-06-01, ¥80,000.00 credited to E003
//        #1 due 2024-12-31 ¥80,000.00 open (439 days past due: over 365)
// QSettings and standard paths are redirected to Qt's test locations.
class Receivables2Fixture
{
public:
    Receivables2Fixture();

    TestDatabase t;
    core::Context sys;
    qint64 teamOne = 0, teamTwo = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0;
    qint64 contract1 = 0, contract2 = 0, contract3 = 0;

    core::Session finance() const;                // Role::Finance (everything in receivables), user 92
    core::Session sales(qint64 employeeId) const; // Role::Sales, user 90

    // An instalment id by contract and seq.
    qint64 installment(qint64 contractId, int seq);

    // The application context of a GUI session on its own connection, with a fixed clock at the fixture's
    // time (or at `now`).
    std::unique_ptr<ui::AppContext> app(const core::Session& session, const QDateTime& now = {});

private:
    qint64 customer(const QString& code, const QString& name, const QString& type, qint64 ownerId);
    qint64 contract(const QString& no, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                    const QList<std::pair<QDate, qint64>>& schedule);
    void payment(const QString& no, qint64 customerId, const QDate& on, qint64 fen);
};

template <typename F> bool waitUntil(F condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace tl::test

#pragma once

#include "app/AppContext.h"
#include "auth/Session.h"
#include "common/Context.h"
#include "receivables/PaymentService.h"
#include "sales/Contract.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

// REQUIRE that a Result/Status is ok, showing the error otherwise.
#define TL_REQUIRE_OK(expr)                                                                                  \
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

// A small sales company for the contract, payment and receivable pages (clock 2026-03-15 09:00):
//   Sales East: manager M001 赵经理, salespeople S001 张三 and S002 李四; Sales West: S003 王五.
//   Customers C001 甲公司 (S001), C002 乙公司 (S002), C003 丙公司 (S003).
// Contracts (system session; amounts in yuan), each instalment collected by the contract's salesperson:
//   HT-001  C001 / S001  signed 2025-12-01  120,000: #1 40,000 due 2026-01-01, #2 40,000 due 2026-02-01,
//                                                   #3 40,000 due 2026-04-01
//   HT-002  C002 / S002  signed 2026-01-10   60,000: #1 30,000 due 2026-02-10, #2 30,000 due 2026-05-10
//   HT-003  C003 / S003  signed 2025-06-01   50,000: #1 50,000 due 2025-07-01
// As of 2026-03-15: total 230,000; overdue HT-001#1 (73 days), #2 (42), HT-002#1 (33), HT-003#1 (257):
// 40,000 + 40,000 + 30,000 + 50,000 = 160,000 overdue.
class ReceivablesFixture
{
public:
    ReceivablesFixture();

    TestDatabase& db() { return m_db; }
    core::Context system() { return m_db.context(); }
    core::Context context(const core::Session& session) { return m_db.context(session); }
    QDate today() { return m_db.clock().today(); }

    qint64 east = 0, west = 0;
    qint64 manager = 0, s1 = 0, s2 = 0, s3 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0;
    qint64 ht1 = 0, ht2 = 0, ht3 = 0;
    QList<qint64> ht1Items, ht2Items, ht3Items; // instalment ids by seq

    core::Session salesSession(qint64 employeeId) const;
    core::Session managerSession() const;
    // Finance users 31 and 32 (one requests a write-off, the other approves it), admin, auditor, HR.
    core::Session session(core::Role role, qint64 userId = 31) const;

    // A GUI context on its own connection to the same file, with a clock at the fixture's time.
    std::unique_ptr<ui::AppContext> app(const core::Session& session);

    static core::Contract contractSpec(const QString& no, qint64 customerId, qint64 salespersonId,
                                       const QDate& signedOn, qint64 amountYuan,
                                       const QList<std::pair<QDate, qint64>>& scheduleYuan);
    qint64 contract(const core::Contract& spec);
    qint64 payment(const QString& no, qint64 customerId, const QDate& on, qint64 amountFen,
                   core::AllocationMode mode = core::AllocationMode::Auto);

private:
    qint64 employee(const QString& code, const QString& name, qint64 departmentId, const QString& role,
                    qint64 managerId = 0);
    qint64 customer(const QString& code, const QString& name, qint64 ownerId);

    TestDatabase m_db;
};

} // namespace tl::test

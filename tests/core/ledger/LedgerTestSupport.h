#pragma once

// Shared by the ledger tests: readable Catch2 output for Qt values, a small company with contracts, and
// helpers to record payments and read the ledger straight from the tables.
#include <catch2/catch.hpp>

#include "auth/Session.h"
#include "common/Context.h"
#include "receivables/PaymentService.h"
#include "sales/Contract.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <utility>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
} // namespace Catch

namespace tl::test {

// 销售一部: 王伟 (E001, sales), 李娜 (E002, sales), 张敏 (E010, manager of 销售一部)
// 销售二部: 刘洋 (E003, sales)
// 财务部:   陈静 (E020, finance, user 20), 赵磊 (E021, finance, user 21)
// Customers: K001 (王伟), K002 (刘洋). Today is 2026-03-15.
// Contracts of K001, credited to and collected by 王伟 (amounts in yuan):
//   HT-A signed 2026-01-05, 6,000: #1 2,000 due 2026-02-01, #2 4,000 due 2026-04-01
//   HT-B signed 2026-01-10, 3,000: #1 3,000 due 2026-03-01
// Contract of K002 (刘洋): HT-K2 signed 2026-01-06, 1,000: #1 1,000 due 2026-02-15
// Automatic allocation order for K001: HT-A#1 (02-01), HT-B#1 (03-01), HT-A#2 (04-01).
struct LedgerCompany
{
    TestDatabase t;
    core::Context system = t.context();
    qint64 team1 = 0, team2 = 0, financeDept = 0;
    qint64 wang = 0, li = 0, liu = 0, zhang = 0, chen = 0, zhao = 0;
    qint64 k1 = 0, k2 = 0;
    qint64 htA = 0, htB = 0, htK2 = 0;
    qint64 a1 = 0, a2 = 0, b1 = 0, k21 = 0; // instalment ids

    LedgerCompany();

    core::Session salesWang() const { return sessionFor(core::Role::Sales, wang); }
    core::Session salesLiu() const { return sessionFor(core::Role::Sales, liu); }
    core::Session manager() const;
    core::Session financeChen() const;
    core::Session financeZhao() const;
    core::Session auditor() const { return sessionFor(core::Role::Auditor); }
    core::Context as(const core::Session& session) { return t.context(session); }
};

core::Contract contractSpec(const QString& no, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                            qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule);
qint64 makeContract(const core::Context& ctx, const core::Contract& contract);

core::Payment paymentSpec(const QString& no, qint64 customerId, const QDate& receivedOn, qint64 amountFen,
                          qint64 contractId = 0);
// Records through PaymentService (throws on failure).
qint64 recordPayment(const core::Context& ctx, const core::Payment& payment,
                     core::AllocationMode mode = core::AllocationMode::Auto,
                     const QList<core::AllocationLine>& manual = {});

// From the tables: the instalment's paid_total / written_off_total, a payment's allocated_total.
qint64 paidTotal(const core::Database& db, qint64 installmentId);
qint64 writtenOffTotal(const core::Database& db, qint64 installmentId);
qint64 allocatedTotal(const core::Database& db, qint64 paymentId);
// "HT-A#1 200000 auto 2026-03-05" per allocation row of the payment, by id.
QStringList ledgerRows(const core::Database& db, qint64 paymentId);
// A fingerprint of every ledger table and the audit log (to show that a refused call changed nothing).
QString ledgerChecksum(const core::Database& db);

QStringList problemTexts(const QList<core::FieldProblem>& problems); // "row/column: reason"
QStringList auditIssues(const core::Database& db);

} // namespace tl::test

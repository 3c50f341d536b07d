#pragma once

// Shared by the contract tests: readable Catch2 output for Qt values, a small sales company and builders
// for contracts.
#include <catch2/catch.hpp>

#include "auth/Session.h"
#include "common/Context.h"
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
// 财务部:   陈静 (E020, finance)
// Customers: K001 (王伟), K002 (刘洋), K003 (李娜). Today is 2026-03-15.
struct SalesCompany
{
    TestDatabase t;
    core::Context system = t.context();
    qint64 team1 = 0, team2 = 0, financeDept = 0;
    qint64 wang = 0, li = 0, liu = 0, zhang = 0, chen = 0;
    qint64 k1 = 0, k2 = 0, k3 = 0;

    SalesCompany();

    core::Session salesWang() const { return sessionFor(core::Role::Sales, wang); }
    core::Session salesLiu() const { return sessionFor(core::Role::Sales, liu); }
    core::Session manager() const { return sessionFor(core::Role::SalesManager, zhang, {team1}); }
    core::Session finance() const;
    core::Session auditor() const { return sessionFor(core::Role::Auditor); }
    core::Session hr() const { return sessionFor(core::Role::Hr); }
    core::Context as(const core::Session& session) { return t.context(session); }
};

// A contract with its schedule; amounts in yuan, instalments as (due date, yuan).
core::Contract contractSpec(const QString& no, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                            qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule,
                            const QString& kind = QStringLiteral("new"));
// Creates it through ContractService (throws on failure).
qint64 makeContract(const core::Context& ctx, const core::Contract& contract);

QStringList problemTexts(const QList<core::FieldProblem>& problems); // "row/column: reason"
QStringList auditIssues(const core::Database& db);

} // namespace tl::test

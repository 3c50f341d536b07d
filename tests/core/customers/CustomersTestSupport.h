#pragma once

// Shared by the customer tests: readable Catch2 output for Qt values, and a small company with two
// sales teams, a manager, finance and an auditor.
#include <catch2/catch.hpp>

#include "auth/Session.h"
#include "common/Context.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid)");
    }
};
} // namespace Catch

namespace tl::test {

// 销售一部: 王伟 (E001, sales), 李娜 (E002, sales), 张敏 (E010, manager of 销售一部)
// 销售二部: 刘洋 (E003, sales)
// 财务部:   陈静 (E020, finance)
// Customers (created by the system session on 2026-01-05, today being 2026-03-15):
//   K001 owned by 王伟, contact 周总 13800000001
//   K002 owned by 刘洋, contact 吴经理 13800000002
//   K003 owned by 李娜, contact 郑女士 13800000003
//   K004 in the pool, contact 孙先生 13800000004
struct CustomerCompany
{
    TestDatabase t;
    core::Context system = t.context();
    qint64 team1 = 0, team2 = 0, financeDept = 0;
    qint64 wang = 0, li = 0, liu = 0, zhang = 0, chen = 0;
    qint64 k1 = 0, k2 = 0, k3 = 0, k4 = 0;

    CustomerCompany();

    core::Session salesWang() const { return sessionFor(core::Role::Sales, wang); }
    core::Session salesLiu() const { return sessionFor(core::Role::Sales, liu); }
    core::Session manager() const { return sessionFor(core::Role::SalesManager, zhang, {team1}); }
    core::Session finance() const { return sessionFor(core::Role::Finance, chen); }
    core::Session auditor() const { return sessionFor(core::Role::Auditor); }
    core::Session hr() const { return sessionFor(core::Role::Hr); }
    core::Context as(const core::Session& session) { return t.context(session); }
};

// The audit check finds nothing (every write was recorded with its snapshot).
QStringList auditIssues(const core::Database& db);

} // namespace tl::test

#pragma once

// Shared by the pool tests: a company with two sales teams, customers and follow-ups through their
// services, a fake PoolFacts, and readable Catch2 output for Qt values.
#include <catch2/catch.hpp>

#include "common/ChangeNotifier.h"
#include "common/Context.h"
#include "customers/PoolFacts.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace tl::test {

// Contracts and receivables do not exist yet: tests say which customers have deals and open receivables.
class FakePoolFacts final : public core::PoolFacts
{
public:
    QHash<qint64, QDate> deals; // customer -> signing date
    QSet<qint64> openReceivables;

    QHash<qint64, QDate> lastDealDates(const QDate& asOf) const override;
    QSet<qint64> customersWithOpenReceivables(const QDate&) const override { return openReceivables; }
};

// Records every notification as "entity:id,id" (after commit).
class NotificationLog
{
public:
    NotificationLog();
    core::ChangeNotifier notifier;
    QStringList seen;
};

// Departments 销售中心/销售一部 (E001 王一, E002 王二, E003 王三, manager M001 李经理) and 销售中心/销售二部
// (E004 赵四), all hired 2024-01-01. The clock stands at 2026-03-15 09:00.
class PoolFixture
{
public:
    PoolFixture();

    TestDatabase t;
    core::Context sys;
    FakePoolFacts facts;
    qint64 teamOne = 0;
    qint64 teamTwo = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0, manager = 0;

    core::Context as(const core::Session& session) { return t.context(session); }
    core::Session sales(qint64 employeeId) const;
    core::Session managerOfTeamOne() const;

    // 客户<code> through CustomerService (owned since 2025-01-01 unless given; with its "created" ownership
    // row).
    qint64 customer(const QString& code, const QString& level = QStringLiteral("C"), qint64 ownerId = 0,
                    const QDate& ownedSince = {});
    // A follow-up through FollowUpService, logged by the system for the employee.
    qint64 followUp(qint64 customerId, qint64 employeeId, const QDateTime& at);
    // An opportunity won on closedOn (for the ranking), through OpportunityService.
    qint64 wonOpportunity(qint64 customerId, qint64 ownerId, qint64 amountYuan, const QDate& closedOn);
    // Changes the pool limits of the "sales" role from 2000-01-01 (before any claim).
    void salesLimit(int ownedCap, bool dealCustomersCount, int claimsPerDay, int cooldownDays);

    qint64 ownerOf(qint64 customerId);
    QString ownerCodeOf(qint64 customerId);
    qint64 count(const QString& sql);
    QStringList auditIssues();
    // "reason:from->to" of every ownership row of the customer, oldest first (codes; "" for the pool).
    QStringList history(qint64 customerId);
};

} // namespace tl::test

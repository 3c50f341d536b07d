#include "PoolUiFixture.h"

#include "customers/CustomerService.h"
#include "customers/PoolRules.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <stdexcept>

namespace tl::test {

PoolUiFixture::PoolUiFixture() : sys(t.context())
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_pool"));
    teamOne = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    teamTwo = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
    manager = makeEmployee(sys, QStringLiteral("M001"), QStringLiteral("李经理"), teamOne,
                           QStringLiteral("sales_manager"));
    e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), teamOne);
    e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), teamOne);
    e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("王三"), teamOne);
    e4 = makeEmployee(sys, QStringLiteral("E004"), QStringLiteral("赵四"), teamTwo);
}

core::Session PoolUiFixture::sales(qint64 employeeId) const
{
    return sessionFor(core::Role::Sales, employeeId);
}

core::Session PoolUiFixture::managerOfTeamOne() const
{
    return sessionFor(core::Role::SalesManager, manager, {teamOne});
}

core::Session PoolUiFixture::admin() const
{
    return sessionFor(core::Role::Admin);
}

qint64 PoolUiFixture::customer(const QString& code, const QString& name, const QString& level, qint64 ownerId,
                               const QDate& ownedSince, const QString& type)
{
    core::Customer c;
    c.code = code;
    c.name = name;
    c.level = level;
    c.type = type;
    c.region = QStringLiteral("华东");
    c.industry = QStringLiteral("制造业");
    c.createdOn = QDate(2025, 1, 1);
    c.ownerId = ownerId;
    c.ownedSince = ownerId ? (ownedSince.isValid() ? ownedSince : QDate(2026, 3, 1)) : QDate();
    auto id = core::CustomerService(sys).create(c);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    return *id;
}

qint64 PoolUiFixture::customerAt(const QString& code, qint64 ownerId, qint64 latitudeE6, qint64 longitudeE6)
{
    core::Customer c;
    c.code = code;
    c.name = QStringLiteral("客户") + code;
    c.createdOn = QDate(2025, 1, 1);
    c.ownerId = ownerId;
    c.ownedSince = ownerId ? QDate(2026, 3, 1) : QDate();
    c.location = core::GeoPoint{latitudeE6, longitudeE6};
    auto id = core::CustomerService(sys).create(c);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
    return *id;
}

void PoolUiFixture::salesLimit(int ownedCap, int claimsPerDay, int cooldownDays)
{
    core::PoolLimit limit;
    limit.effectiveFrom = QDate(2000, 1, 1);
    limit.employeeRole = QStringLiteral("sales");
    limit.ownedCap = ownedCap;
    limit.dealCustomersCount = true;
    limit.claimsPerDay = claimsPerDay;
    limit.cooldownDays = cooldownDays;
    auto id = core::PoolRules(sys).addLimit(limit);
    if (!id)
        throw std::runtime_error(id.error().fullText().toStdString());
}

qint64 PoolUiFixture::ownerOf(qint64 customerId)
{
    return core::SqlQuery::scalar(t.db(), QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"),
                                  {customerId})
        .toLongLong();
}

std::unique_ptr<ui::AppContext> PoolUiFixture::app(const core::Session& session, core::FixedClock** clock)
{
    auto db = core::Database::open(t.path(), core::Database::OpenMode::OpenExisting);
    if (!db)
        throw std::runtime_error(db.error().fullText().toStdString());
    auto fixed = std::make_unique<core::FixedClock>(t.clock().now());
    if (clock)
        *clock = fixed.get();
    return std::make_unique<ui::AppContext>(std::move(db).value(), session, std::move(fixed));
}

} // namespace tl::test

#pragma once

#include <catch2/catch.hpp>

#include "app/AppContext.h"
#include "common/Context.h"
#include "customers/Customer.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTest>

#include <memory>

// REQUIRE that a Result/Status is ok, showing the error otherwise.
#define TL_POOL_REQUIRE_OK(expr)                                                                             \
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

// The data of the pool, visits and funnel UI tests, written through the core services as the system:
// 销售中心/销售一部 with E001 王一, E002 王二, E003 王三 and the manager M001 李经理, and 销售中心/销售二部
// with E004 赵四 (all hired 2024-01-01). The clock stands at 2026-03-15 09:00. QSettings and standard paths
// are redirected to Qt's test locations.
class PoolUiFixture
{
public:
    PoolUiFixture();

    TestDatabase t;
    core::Context sys;
    qint64 teamOne = 0;
    qint64 teamTwo = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0, manager = 0;

    core::Session sales(qint64 employeeId) const;
    core::Session managerOfTeamOne() const;
    core::Session admin() const;

    // A customer created through CustomerService (created 2025-01-01; owned since ownedSince when owned).
    qint64 customer(const QString& code, const QString& name, const QString& level = QStringLiteral("C"),
                    qint64 ownerId = 0, const QDate& ownedSince = {},
                    const QString& type = QStringLiteral("sme"));
    qint64 customerAt(const QString& code, qint64 ownerId, qint64 latitudeE6, qint64 longitudeE6);
    // The "sales" role's claim limits from 2000-01-01.
    void salesLimit(int ownedCap, int claimsPerDay = 5, int cooldownDays = 30);
    qint64 ownerOf(qint64 customerId);

    // The application context of a GUI session on its own connection, with a fixed clock at the fixture's
    // time; `clock` (optional) receives that clock, to move it.
    std::unique_ptr<ui::AppContext> app(const core::Session& session, core::FixedClock** clock = nullptr);
};

template <typename F> bool waitUntil(F condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace tl::test

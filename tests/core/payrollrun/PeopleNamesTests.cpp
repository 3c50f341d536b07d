// Who calculated, approved and locked a run, and who asked for and decided a loss claim: the users'
// display names (the user name when a user has none), and nothing for work of no user (the system), which
// the UI names in the reader's language.
#include "PayrollFixture.h"

#include "auth/UserService.h"
#include "payroll/LossClaimService.h"
#include "payroll/PayrollRunService.h"
#include "support/Builders.h"

using namespace tl::core;
using tl::test::PayrollFixture;
using tl::test::yuan;

namespace {

Session userSession(PayrollFixture& f, const QString& username, const QString& displayName, Role role)
{
    const auto id = UserService(f.system())
                        .create(username, UserFields{displayName, role, 0}, QStringLiteral("user-secret-1"));
    INFO((id ? QString() : id.error().fullText()).toStdString());
    REQUIRE(id.ok());
    Session s = tl::test::sessionFor(role);
    s.userId = *id;
    s.username = username;
    return s;
}

} // namespace

TEST_CASE("payroll runs and loss claims name their people by display name, nobody for the system",
          "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E701"), QStringLiteral("周七"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "9000");
    const Context hr = f.as(userSession(f, QStringLiteral("hr"), QStringLiteral("人事小王"), Role::Hr));
    const Context hr2 = f.as(userSession(f, QStringLiteral("hr2"), QString(), Role::Hr)); // no display name

    // The system calculates, 人事小王 approves, hr2 locks.
    f.calc(QStringLiteral("2026-01"));
    {
        const auto run = PayrollRunService(hr).run(QStringLiteral("2026-01"));
        REQUIRE(run.ok());
        CHECK(run->calculatedBy.isEmpty());
        CHECK(run->approvedBy.isEmpty()); // not approved yet
        CHECK(run->lockedBy.isEmpty());
    }
    REQUIRE(PayrollRunService(hr).approve(QStringLiteral("2026-01")).ok());
    REQUIRE(PayrollRunService(hr2).lock(QStringLiteral("2026-01")).ok());
    const auto run = PayrollRunService(hr).run(QStringLiteral("2026-01"));
    REQUIRE(run.ok());
    CHECK(run->calculatedBy.isEmpty());
    CHECK(run->approvedBy == QStringLiteral("人事小王"));
    CHECK(run->lockedBy == QStringLiteral("hr2"));
    const auto runs = PayrollRunService(hr).runs();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 1);
    CHECK(runs->first().approvedBy == QStringLiteral("人事小王"));

    // A claim entered by the system and approved by 人事小王; one asked for by hr2, not decided yet.
    const auto bySystem = LossClaimService(f.system()).request(e, yuan("100"), QStringLiteral("遗失样品"));
    const auto byHr2 = LossClaimService(hr2).request(e, yuan("50"), QStringLiteral("损坏设备"));
    REQUIRE((bySystem.ok() && byHr2.ok()));
    REQUIRE(LossClaimService(hr).approve(*bySystem).ok());
    const auto first = LossClaimService(hr).claim(*bySystem);
    REQUIRE(first.ok());
    CHECK(first->requestedByName.isEmpty());
    CHECK(first->approverName == QStringLiteral("人事小王"));
    const auto second = LossClaimService(hr).claim(*byHr2);
    REQUIRE(second.ok());
    CHECK(second->requestedByName == QStringLiteral("hr2"));
    CHECK(second->approverName.isEmpty());
}

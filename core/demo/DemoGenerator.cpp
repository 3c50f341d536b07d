#include "demo/DemoGenerator.h"

#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "demo/DemoCustomerWriter.h"
#include "demo/DemoOrgPlan.h"
#include "demo/DemoOrgWriter.h"
#include "demo/DemoPayrollWriter.h"
#include "demo/DemoReceivablesWriter.h"
#include "demo/DemoRows.h"
#include "settings/SetupService.h"

#include <QCoreApplication>

namespace tl::core {

namespace {

demo::OrgSize sizeOf(DemoGenerator::Scale scale)
{
    switch (scale) {
    case DemoGenerator::Scale::Small:
        return {60, 40, 10, 2};
    case DemoGenerator::Scale::Medium:
        return {1000, 800, 12, 5};
    case DemoGenerator::Scale::Large:
        return {10000, 8000, 12, 6};
    }
    return {};
}

// Customers at each scale (with about ten follow-ups each).
int customersOf(DemoGenerator::Scale scale)
{
    switch (scale) {
    case DemoGenerator::Scale::Small:
        return 300;
    case DemoGenerator::Scale::Medium:
        return 10000;
    case DemoGenerator::Scale::Large:
        return 200000;
    }
    return 0;
}

} // namespace

std::optional<DemoGenerator::Scale> DemoGenerator::scaleFromKey(const QString& key)
{
    if (key == QLatin1String("small"))
        return Scale::Small;
    if (key == QLatin1String("medium"))
        return Scale::Medium;
    if (key == QLatin1String("large"))
        return Scale::Large;
    return std::nullopt;
}

Status DemoGenerator::generate(Database& db, const Clock& clock, const Options& options, Progress& progress)
{
    return guarded([&]() -> Status {
        if (SetupService::isInitialized(db) ||
            SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM employees")).toLongLong() > 0)
            return Error::conflict(tr("The demo company needs a new, empty database."));

        progress.setText(tr("Creating the demo company"));
        const demo::BulkLoadMode bulk(db); // before the transaction, restored after it
        Transaction tx(db);
        const QString company =
            options.companyName.isEmpty() ? QStringLiteral("上海锦程商贸有限公司") : options.companyName;
        if (Status s = SetupService::initialize(db, clock, company, options.city, QStringLiteral("admin"),
                                                options.adminPassword, QStringLiteral("系统管理员"));
            !s)
            return s;
        const QString hqCity =
            SqlQuery::scalar(db, QStringLiteral("SELECT city FROM company WHERE id = 1")).toString();

        const Context ctx{db, clock, Session::systemSession(), nullptr};
        const demo::OrgPlan plan =
            demo::planOrganization(sizeOf(options.scale), options.seed, clock.today(), hqCity);
        demo::DemoOrgWriter writer(ctx, progress);
        if (!writer.write(plan))
            return Error::conflict(tr("The demo generation was cancelled; nothing was written."));

        // Demo users beside the administrator, all with the administrator's password (one hash serves all).
        auto hash = PasswordHasher().hash(options.adminPassword);
        if (!hash)
            return hash.error();
        const auto user = [&](const QString& name, Role role, int employee, const QString& displayName) {
            const qint64 employeeId = employee >= 0 ? writer.employeeIds().at(employee) : 0;
            const QString shown = employee >= 0 ? plan.employees.at(employee).name : displayName;
            UserRepository::insert(ctx, name, UserFields{shown, role, employeeId}, hash.value());
        };
        user(QStringLiteral("hr"), Role::Hr, plan.hrManager, {});
        user(QStringLiteral("finance"), Role::Finance, plan.financeManager, {});
        user(QStringLiteral("manager"), Role::SalesManager, plan.teamManager, {});
        user(QStringLiteral("sales"), Role::Sales, plan.salesperson, {});
        user(QStringLiteral("auditor"), Role::Auditor, -1, QStringLiteral("审计员"));

        // Customers, the pool, follow-ups, visits and opportunities of the sales teams, with their
        // contracts, receivables, payments and reconciliation letters.
        demo::DemoReceivablesWriter receivables(ctx, plan, writer.employeeIds(), options.seed);
        demo::DemoCustomerWriter customers(ctx, progress);
        if (!customers.write(plan, writer.employeeIds(), customersOf(options.scale), options.seed,
                             &receivables))
            return Error::conflict(tr("The demo generation was cancelled; nothing was written."));

        // Salary profiles, attendance and leave, loss claims and a year of locked payroll runs.
        if (Status s = demo::DemoPayrollWriter(ctx, progress).write(plan, writer.employeeIds(), options.seed);
            !s)
            return s;

        if (progress.isCancelled())
            return Error::conflict(tr("The demo generation was cancelled; nothing was written."));
        progress.setText(tr("Saving the demo company"));
        tx.commit();
        return {};
    });
}

} // namespace tl::core

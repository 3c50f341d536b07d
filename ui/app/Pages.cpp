#include "app/Pages.h"

#include "admin/AuditLogPage.h"
#include "admin/BackupPage.h"
#include "admin/SettingsPage.h"
#include "admin/UsersPage.h"
#include "auth/Session.h"
#include "charts/FunnelChartPage.h"
#include "customers/CustomerListPage.h"
#include "employees/EmployeesPage.h"
#include "employees/LabourContractsPage.h"
#include "importing/ImportPage.h"
#include "pool/PoolPage.h"
#include "visits/VisitsPage.h"

#include <QCoreApplication>

namespace tl::ui {

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

template <typename P> std::function<Page*(AppContext&, QWidget*)> factory()
{
    return [](AppContext& app, QWidget* parent) -> Page* { return new P(app, parent); };
}

std::function<bool(const core::Session&)> needs(core::Permission permission)
{
    return [permission](const core::Session& s) { return s.can(permission); };
}

} // namespace

QList<PageEntry> allPages()
{
    using core::Permission;
    const QString people = QCoreApplication::translate("tl::ui::Pages", "People");
    const QString admin = QCoreApplication::translate("tl::ui::Pages", "System");
    QList<PageEntry> pages;
    pages << PageEntry{QStringLiteral("employees"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Employees"),
                       icon("employees"),
                       needs(Permission::ViewEmployees),
                       factory<EmployeesPage>()};
    pages << PageEntry{QStringLiteral("labour-contracts"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Labour contracts"),
                       icon("contracts"),
                       needs(Permission::ViewLabourContracts),
                       factory<LabourContractsPage>()};
    pages << PageEntry{QStringLiteral("import"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Import"),
                       icon("import"),
                       needs(Permission::ImportData),
                       factory<ImportPage>()};
    // Customers: the pool, field visits and the funnel (DESIGN §2.2).
    const QString customers = QCoreApplication::translate("tl::ui::Pages", "Customers");
    // My customers: people who own customers (salespeople, managers for their own).
    pages << PageEntry{QStringLiteral("my-customers"),
                       customers,
                       QCoreApplication::translate("tl::ui::Pages", "My customers"),
                       icon("customers"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewCustomers) && s.can(Permission::ClaimCustomers) &&
                                  s.employeeId != 0;
                       },
                       [](AppContext& app, QWidget* parent) -> Page* {
                           return new CustomerListPage(app, CustomerListPage::Mode::Mine, parent);
                       }};
    // Team customers: a manager's team; admin, finance and the auditor see everyone's.
    pages << PageEntry{QStringLiteral("team-customers"),
                       customers,
                       QCoreApplication::translate("tl::ui::Pages", "Team customers"),
                       icon("customers-team"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewCustomers) &&
                                  (s.can(Permission::AssignCustomers) || s.can(Permission::ViewAllCustomers));
                       },
                       [](AppContext& app, QWidget* parent) -> Page* {
                           return new CustomerListPage(app, CustomerListPage::Mode::Team, parent);
                       }};
    pages << PageEntry{QStringLiteral("customer-pool"),
                       customers,
                       QCoreApplication::translate("tl::ui::Pages", "Customer pool"),
                       icon("pool"),
                       needs(Permission::ViewCustomers),
                       factory<PoolPage>()};
    pages << PageEntry{QStringLiteral("visits"),
                       customers,
                       QCoreApplication::translate("tl::ui::Pages", "Visits"),
                       icon("visits"),
                       needs(Permission::ViewCustomers),
                       factory<VisitsPage>()};
    pages << PageEntry{QStringLiteral("funnel"),
                       customers,
                       QCoreApplication::translate("tl::ui::Pages", "Sales funnel"),
                       icon("funnel"),
                       needs(Permission::ViewCustomers),
                       factory<FunnelChartPage>()};
    pages << PageEntry{QStringLiteral("users"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Users and roles"),
                       icon("users"),
                       needs(Permission::ManageUsers),
                       factory<UsersPage>()};
    pages << PageEntry{QStringLiteral("audit-log"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Audit log"),
                       icon("audit"),
                       needs(Permission::ViewAudit),
                       factory<AuditLogPage>()};
    // Everyone may choose the language; company fields and city profiles need ManageSettings.
    pages << PageEntry{QStringLiteral("settings"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Settings"),
                       icon("settings"),
                       [](const core::Session&) { return true; },
                       factory<SettingsPage>()};
    pages << PageEntry{QStringLiteral("backup"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Backup and restore"),
                       icon("backup"),
                       needs(Permission::BackupRestore),
                       factory<BackupPage>()};
    return pages;
}

QList<PageEntry> pagesFor(const core::Session& session)
{
    QList<PageEntry> result;
    for (PageEntry& entry : allPages())
        if (entry.allowed(session))
            result.append(std::move(entry));
    return result;
}

} // namespace tl::ui

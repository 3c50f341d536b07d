#include "app/Pages.h"

#include "admin/AuditLogPage.h"
#include "admin/BackupPage.h"
#include "admin/SettingsPage.h"
#include "admin/UsersPage.h"
#include "aging/AgingPage.h"
#include "auth/Session.h"
#include "charts/FunnelChartPage.h"
#include "contracts/ContractsPage.h"
#include "customers/CustomerListPage.h"
#include "employees/EmployeesPage.h"
#include "employees/LabourContractsPage.h"
#include "importing/ImportPage.h"
#include "letters/LettersPage.h"
#include "payments/PaymentsPage.h"
#include "payroll/AttendancePage.h"
#include "payroll/LossClaimsPage.h"
#include "payroll/MyPayslipsPage.h"
#include "payroll/PayrollPage.h"
#include "payroll/SalaryProfilesPage.h"
#include "payroll/TaxCalculatorPage.h"
#include "pool/PoolPage.h"
#include "receivables/ReceivablesPage.h"
#include "reminders/ReminderCentrePage.h"
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
    // The reminder centre first (DESIGN §2.9): what needs doing today, for everyone who has reminders.
    pages << PageEntry{QStringLiteral("reminders"),
                       QCoreApplication::translate("tl::ui::Pages", "Overview"),
                       QCoreApplication::translate("tl::ui::Pages", "Reminder centre"),
                       icon("reminders"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewReceivables) || s.can(Permission::ViewCustomers) ||
                                  s.can(Permission::ViewLabourContracts);
                       },
                       factory<ReminderCentrePage>()};
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
    const QString receivables = QCoreApplication::translate("tl::ui::Pages", "Receivables");
    // Sales contracts, payments received and the receivables they leave (DESIGN §2.3).
    pages << PageEntry{QStringLiteral("contracts"),
                       receivables,
                       QCoreApplication::translate("tl::ui::Pages", "Sales contracts"),
                       icon("sales-contracts"),
                       needs(Permission::ViewReceivables),
                       factory<ContractsPage>()};
    pages << PageEntry{QStringLiteral("payments"),
                       receivables,
                       QCoreApplication::translate("tl::ui::Pages", "Payments"),
                       icon("payments"),
                       needs(Permission::ViewReceivables),
                       factory<PaymentsPage>()};
    pages << PageEntry{QStringLiteral("receivables"),
                       receivables,
                       QCoreApplication::translate("tl::ui::Pages", "Receivables"),
                       icon("receivables"),
                       needs(Permission::ViewReceivables),
                       factory<ReceivablesPage>()};
    // Receivables analysis and reconciliation letters (DESIGN §2.3, §2.4).
    pages << PageEntry{QStringLiteral("aging"),
                       receivables,
                       QCoreApplication::translate("tl::ui::Pages", "Receivables ageing"),
                       icon("aging"),
                       needs(Permission::ViewReceivables),
                       factory<AgingPage>()};
    pages << PageEntry{QStringLiteral("letters"),
                       receivables,
                       QCoreApplication::translate("tl::ui::Pages", "Reconciliation letters"),
                       icon("letters"),
                       needs(Permission::ViewReceivables),
                       factory<LettersPage>()};
    // Payroll (DESIGN §2.7): runs, payslips and their review for HR and the auditor.
    const QString payroll = QCoreApplication::translate("tl::ui::Pages", "Payroll");
    pages << PageEntry{QStringLiteral("payroll"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "Payroll runs"),
                       icon("payroll"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewSalary) || s.can(Permission::RunPayroll) ||
                                  s.can(Permission::ApprovePayroll);
                       },
                       factory<PayrollPage>()};
    pages << PageEntry{QStringLiteral("salary-profiles"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "Salary profiles"),
                       icon("payroll"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewSalary) || s.can(Permission::EditSalaryProfiles);
                       },
                       factory<SalaryProfilesPage>()};
    pages << PageEntry{QStringLiteral("attendance"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "Attendance and leave"),
                       icon("payroll"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewAttendance) || s.can(Permission::ManageAttendance) ||
                                  s.can(Permission::ApproveLeave) || s.employeeId != 0;
                       },
                       factory<AttendancePage>()};
    pages << PageEntry{QStringLiteral("loss-claims"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "Loss deductions"),
                       icon("payroll"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewSalary) || s.can(Permission::RequestLossClaims) ||
                                  s.can(Permission::ApproveLossClaims);
                       },
                       factory<LossClaimsPage>()};
    // The employee's own pay: released payslips and the estimate of the current month.
    pages << PageEntry{QStringLiteral("my-payslips"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "My payslips"),
                       icon("payroll"),
                       [](const core::Session& s) { return s.employeeId != 0; },
                       factory<MyPayslipsPage>()};
    pages << PageEntry{QStringLiteral("tax-calculator"),
                       payroll,
                       QCoreApplication::translate("tl::ui::Pages", "Tax calculator"),
                       icon("payroll"),
                       [](const core::Session& s) {
                           return s.can(Permission::ViewSalary) || s.can(Permission::RunPayroll) ||
                                  s.employeeId != 0;
                       },
                       factory<TaxCalculatorPage>()};
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
    // Everyone may choose the language; company fields need ManageSettings, city profiles EditCityProfiles.
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

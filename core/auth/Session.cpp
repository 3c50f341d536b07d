#include "auth/Session.h"

#include <QCoreApplication>

namespace tl::core {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Hr:
        return QStringLiteral("hr");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::SalesManager:
        return QStringLiteral("sales_manager");
    case Role::Sales:
        return QStringLiteral("sales");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles())
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("tl::core::Role", "System administrator");
    case Role::Hr:
        return QCoreApplication::translate("tl::core::Role", "HR administrator");
    case Role::Finance:
        return QCoreApplication::translate("tl::core::Role", "Finance");
    case Role::SalesManager:
        return QCoreApplication::translate("tl::core::Role", "Sales manager");
    case Role::Sales:
        return QCoreApplication::translate("tl::core::Role", "Salesperson");
    case Role::Auditor:
        return QCoreApplication::translate("tl::core::Role", "Auditor");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Admin, Role::Hr, Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor};
}

namespace {

bool isPayrollPermission(Permission p)
{
    using P = Permission;
    return p == P::EditSalaryProfiles || p == P::RunPayroll || p == P::ApprovePayroll ||
           p == P::ViewAttendance || p == P::ManageAttendance || p == P::ApproveLeave ||
           p == P::RequestLossClaims || p == P::ApproveLossClaims;
}

} // namespace

bool roleHas(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        // Sets the system up: users, settings, backups, audit, and the initial people and customer data.
        // No salaries: payroll, attendance and loss claims are HR's.
        return p != P::ViewSalary && p != P::ClaimCustomers && !isPayrollPermission(p);
    case Role::Hr:
        return p == P::ViewEmployees || p == P::EditEmployees || p == P::ImportData ||
               p == P::ExportEmployees || p == P::ViewIdNumber || p == P::ViewBankAccount ||
               p == P::ViewSalary || p == P::ViewLabourContracts || p == P::EditCityProfiles ||
               isPayrollPermission(p);
    case Role::Finance:
        // Contracts, receivables, payments, letters and write-offs (DESIGN §1); no salaries.
        return p == P::ViewEmployees || p == P::ViewCustomers || p == P::ViewAllCustomers ||
               p == P::ViewReceivables || p == P::ViewAllReceivables || p == P::EditContracts ||
               p == P::RecordPayments || p == P::ManageCollections || p == P::RequestWriteOffs ||
               p == P::ApproveWriteOffs || p == P::ManageLetters || p == P::ImportReceivables ||
               p == P::RequestLossClaims;
    case Role::SalesManager:
        // The team's receivables: collection work (promises, demands, disputes, collectors), letters.
        return p == P::ViewEmployees || p == P::ViewCustomers || p == P::EditCustomers ||
               p == P::ClaimCustomers || p == P::AssignCustomers || p == P::ViewReceivables ||
               p == P::ManageCollections || p == P::RequestWriteOffs || p == P::ManageLetters ||
               p == P::ViewAttendance || p == P::ApproveLeave || p == P::RequestLossClaims;
    case Role::Sales:
        // Own receivables: promises and demands for own customers.
        return p == P::ViewEmployees || p == P::ViewCustomers || p == P::EditCustomers ||
               p == P::ClaimCustomers || p == P::ViewReceivables || p == P::ManageCollections;
    case Role::Auditor:
        return p == P::ViewAudit || p == P::ViewEmployees || p == P::ExportEmployees ||
               p == P::ViewIdNumber || p == P::ViewBankAccount || p == P::ViewSalary ||
               p == P::ViewLabourContracts || p == P::ViewCustomers || p == P::ViewAllCustomers ||
               p == P::ViewReceivables || p == P::ViewAllReceivables || p == P::ViewAttendance;
    }
    return false;
}

bool Session::can(Permission permission) const
{
    return system || roleHas(role, permission);
}

bool Session::canSeeEmployee(qint64 otherEmployeeId, qint64 departmentId) const
{
    if (system || !can(Permission::ViewEmployees))
        return system;
    switch (role) {
    case Role::Sales:
        return employeeId != 0 && otherEmployeeId == employeeId;
    case Role::SalesManager:
        return (employeeId != 0 && otherEmployeeId == employeeId) || departmentScope.contains(departmentId);
    default:
        return true;
    }
}

Session Session::systemSession()
{
    Session s;
    s.username = QStringLiteral("system");
    s.displayName = QStringLiteral("system");
    s.role = Role::Admin;
    s.system = true;
    return s;
}

QString maskIdNumber(const QString& value)
{
    if (value.size() <= 8)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(4) + QString(value.size() - 8, QLatin1Char('*')) + value.right(4);
}

QString maskBankAccount(const QString& value)
{
    if (value.size() <= 4)
        return QString(value.size(), QLatin1Char('*'));
    return QString(value.size() - 4, QLatin1Char('*')) + value.right(4);
}

QString maskedAmount()
{
    return QStringLiteral("******");
}

} // namespace tl::core

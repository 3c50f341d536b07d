#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

// The six roles of DESIGN §1.
enum class Role
{
    Admin,
    Hr,
    Finance,
    SalesManager,
    Sales,
    Auditor
};

QString roleKey(Role role); // "admin", "hr", "finance", "sales_manager", "sales", "auditor"
std::optional<Role> roleFromKey(const QString& key); // inverse of roleKey
QString roleDisplayName(Role role);                  // translated (系统管理员, 人事管理员, ...)
QList<Role> allRoles();

// What a session may do. Checked in core services, not only hidden in the UI.
enum class Permission
{
    ManageUsers,     // create users, reset passwords, unlock
    ManageSettings,  // company, city profiles, rules
    BackupRestore,   // backup, restore
    ViewAudit,       // read the audit log, run the check
    ViewEmployees,   // list/read employee records (scope applies)
    EditEmployees,   // create/update employees, departments, labour contracts
    ImportData,      // imports of people data
    ExportEmployees, // export employee lists
    ViewIdNumber,    // unmasked ID numbers
    ViewBankAccount, // unmasked bank accounts
    ViewSalary,      // salary fields
    ViewLabourContracts,
    // Customers and the pool (DESIGN §2.2). Scope: a salesperson sees own customers and the pool
    // (pool contacts hidden until claimed); a sales manager the team's customers and the pool.
    ViewCustomers,    // read customers in scope
    EditCustomers,    // create/edit customers in scope, log follow-ups, check-ins, opportunities
    ClaimCustomers,   // claim from / release to the pool (salespeople, managers)
    AssignCustomers,  // assign / distribute / reclaim for others (managers, admin)
    ViewAllCustomers, // no scope limit (finance, admin, auditor)
    ManagePoolRules,  // pool rules and limits, running the sweep
    // Contracts and receivables (DESIGN §2.3, §2.4). Scope as for customers: a salesperson sees the
    // receivables they collect, a sales manager those collected by the department tree.
    ViewReceivables,    // contracts, instalments, payments, letters in scope
    ViewAllReceivables, // no scope limit (finance, admin, auditor)
    EditContracts,      // create/edit contracts and their schedules, attachments
    RecordPayments,     // record, allocate and reverse payments; interest settlements
    ManageCollections,  // promises, demands, disputes, collector changes
    RequestWriteOffs,   // ask for a write-off
    ApproveWriteOffs,   // approve or reject another user's write-off request
    ManageLetters,      // generate, send, record replies to reconciliation letters
    ImportReceivables,  // import contracts, instalments, payments
    // Payroll and attendance (DESIGN §2.7, §2.1). Salary amounts and everyone's payslips need ViewSalary;
    // every employee sees their own payslips of approved and locked runs.
    EditSalaryProfiles, // salary profiles and year-to-date openings (HR)
    RunPayroll,         // calculate a payroll run (HR)
    ApprovePayroll,     // approve and lock a payroll run (HR)
    ViewAttendance,     // attendance and leave of others (HR, auditor; a sales manager in scope)
    ManageAttendance,   // record and import attendance, leave requests for anyone (HR)
    ApproveLeave,       // decide on leave requests (HR; a sales manager in scope)
    RequestLossClaims,  // ask for a loss deduction (HR; finance; a sales manager in scope)
    ApproveLossClaims,  // approve or reject another user's loss claim (HR)
    EditCityProfiles, // city profiles: contribution bases, rates, minimum wage (admin; HR, who runs payroll)
};

// Who is acting: user, role and scope. Passed (inside a Context) to every service.
struct Session
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Auditor;
    qint64 employeeId = 0;         // linked employee (salesperson, manager), 0 = none
    QList<qint64> departmentScope; // sales manager: own department subtree (empty = sees no one else)
    bool system = false;           // internal jobs (migrations, demo generation)

    bool can(Permission permission) const;
    // Whether records of this employee are visible (scope of managers and salespeople).
    bool canSeeEmployee(qint64 employeeId, qint64 departmentId) const;

    // A session for internal work, with every permission; audited as "system".
    static Session systemSession();
};

bool roleHas(Role role, Permission permission);

// Field masking (DESIGN §1): 3101**********1234 for roles that may see a record but not the field.
QString maskIdNumber(const QString& value);
QString maskBankAccount(const QString& value);
QString maskedAmount(); // "******"

} // namespace tl::core

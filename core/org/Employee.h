#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

// 在职 / 试用 / 离职中 / 已离职
enum class EmployeeStatus
{
    Active,
    Probation,
    Leaving,
    Left
};
QString employeeStatusKey(EmployeeStatus status); // "active", "probation", "leaving", "left"
std::optional<EmployeeStatus> employeeStatusFromKey(const QString& key);
QString employeeStatusName(EmployeeStatus status); // translated
QList<EmployeeStatus> allEmployeeStatuses();

// The employee's job role (DESIGN §5 import template): sales, sales_manager, hr, finance, other.
// Not the same thing as a user's Role (login permissions).
QStringList employeeRoleKeys();
QString employeeRoleName(const QString& key); // translated
// Accepts the key or its Chinese/English display name ("业务员", "Salesperson"); empty optional if unknown.
std::optional<QString> employeeRoleFromText(const QString& text);

struct Employee
{
    qint64 id = 0;
    QString code; // 工号, unique
    QString name; // 姓名
    qint64 departmentId = 0;
    QString departmentName; // read only (joined)
    QString position;       // 岗位
    QString role = QStringLiteral("other");
    qint64 managerId = 0;
    QString managerCode; // read only (joined)
    QString managerName; // read only (joined)
    QDate hireDate;
    EmployeeStatus status = EmployeeStatus::Active;
    QDate leaveDate;
    QString idNumber; // 18-digit resident ID (masked for roles without ViewIdNumber)
    QString gender;   // "", "M", "F" (derived from the ID number when given)
    QDate birthDate;  // derived from the ID number when given
    QString phone;
    QString email;
    QString bankName;
    QString bankAccount; // masked for roles without ViewBankAccount
    QString city;        // work city (shanghai, beijing, or a city name)
    QString note;
    bool masked = false; // true when sensitive fields were masked for this session
};

struct Department
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    qint64 managerId = 0;
    QString managerName;   // read only
    int employeeCount = 0; // read only: active (not left) employees directly in it
    QString path;          // read only: "销售中心/销售一部" (names from the root, joined by '/')
    int depth = 0;         // read only: 0 for a root department
};

enum class ContractType
{
    FixedTerm,
    OpenEnded,
    Task
}; // 固定期限 / 无固定期限 / 以完成一定工作任务为期限
QString contractTypeKey(ContractType type); // "fixed", "open_ended", "task"
std::optional<ContractType> contractTypeFromKey(const QString& key);
QString contractTypeName(ContractType type); // translated

struct LabourContract
{
    qint64 id = 0;
    qint64 employeeId = 0;
    int seq = 0; // 1 = first contract; a renewal is the next seq
    ContractType type = ContractType::FixedTerm;
    QDate startDate;
    QDate endDate;      // invalid for open-ended
    QDate probationEnd; // invalid = no probation
    QDate signedOn;
    QString note;
};

// A reminder or warning about a labour contract (DESIGN §2.1).
struct ContractAlert
{
    enum class Kind
    {
        EndingSoon,       // fixed-term contract ends within 30 days (or has ended without renewal)
        ProbationEnding,  // probation ends within 7 days
        ThirdFixedTerm,   // renewal would be the third consecutive fixed-term contract (Art. 14)
        TenYears,         // service reaches 10 years (Art. 14)
        ProbationTooLong, // probation longer than Art. 19 allows for the term
        SecondProbation,  // more than one probation with the same employee (Art. 19)
        NoContract,       // employed without a written contract (Art. 82)
    };
    Kind kind;
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    qint64 contractId = 0;
    QDate date;       // the date the alert is about (end date, probation end, 10-year date...)
    int daysLeft = 0; // from the as-of date to `date` (negative = past)
    QString message;  // translated, complete sentence
};
QString contractAlertKindName(ContractAlert::Kind kind); // translated

} // namespace tl::core

#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tl::core::demo {

// The demo company's people, planned in memory before anything is written (indexes, not ids).
struct PlannedDepartment
{
    QString name;
    int parent = -1;  // index into OrgPlan::departments
    int manager = -1; // index into OrgPlan::employees
};

struct PlannedEmployee
{
    QString code;
    QString name;
    int department = -1;
    QString position;
    QString role; // employees.role: sales, sales_manager, hr, finance, other
    int manager = -1;
    QDate hireDate;
    QString status; // active, probation, leaving, left
    QDate leaveDate;
    QString idNumber;
    QString gender; // M / F, as the ID number says
    QDate birthDate;
    QString phone;
    QString bankName;
    QString bankAccount;
    QString city;
};

struct PlannedContract
{
    int employee = -1;
    int seq = 1;
    QString type; // fixed, open_ended
    QDate start;
    QDate end; // invalid for open-ended
    QDate probationEnd;
    QDate signedOn;
};

struct OrgPlan
{
    QList<PlannedDepartment> departments;
    QList<PlannedEmployee> employees; // managers before the people reporting to them
    QList<PlannedContract> contracts;
    int hrManager = -1;      // linked to the demo user "hr"
    int financeManager = -1; // "finance"
    int teamManager = -1;    // "manager": a sales team's manager
    int salesperson = -1;    // "sales": an active salesperson in that team
};

// Shape of the company at one scale.
struct OrgSize
{
    int employees = 60;
    int sales = 40;    // employees with role "sales"
    int teamSize = 10; // salespeople per team
    int regions = 2;   // sales regions (大区) in use
};

// Plans departments, employees and labour contracts, reproducibly from the seed, with dates relative to
// `today`. hqCity is the company's city key ("shanghai" or "beijing").
OrgPlan planOrganization(const OrgSize& size, quint64 seed, const QDate& today, const QString& hqCity);

} // namespace tl::core::demo

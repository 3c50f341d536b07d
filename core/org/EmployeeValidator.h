#pragma once

#include "common/Error.h"
#include "org/Employee.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tl::core {

class Database;

// The field rules of an employee record (DESIGN §2.1), reported with the column names of the employees
// import template. Reads the database for unique code, department, manager and cycles; never writes.
class EmployeeValidator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeValidator)

public:
    EmployeeValidator(const Database& db, const QDate& today) : m_db(db), m_today(today) {}

    // Trims text, upper-cases the ID number check character, strips spaces from phone and bank account,
    // clears the leave date of an employee who is not leaving.
    static void normalize(Employee& employee);

    // Every problem with the record; empty = valid. Also completes the record: the manager id from
    // managerCode when managerId is 0, and birth date and gender from a valid ID number.
    QList<FieldProblem> check(Employee& employee) const;

private:
    void checkManager(Employee& employee, QList<FieldProblem>& problems) const;
    void checkIdNumber(Employee& employee, QList<FieldProblem>& problems) const;

    const Database& m_db;
    QDate m_today;
};

} // namespace tl::core

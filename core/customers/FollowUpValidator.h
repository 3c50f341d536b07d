#pragma once

#include "common/Error.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tl::core {

class Database;

// The field rules of a follow-up (DESIGN §2.2), reported with the column names of the followups import
// template (customer_code, employee_code, at, method, content, next_at). Reads the database (customer,
// employee); never writes.
class FollowUpValidator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::FollowUpValidator)

public:
    FollowUpValidator(const Database& db, const QDate& today) : m_db(db), m_today(today) {}

    // Trims the content and turns a method given as a name ("电话") into its key.
    static void normalize(FollowUp& followUp);
    // Every problem; empty = valid. Completes the record: customerId from customerCode when customerId
    // is 0, customerCode/customerName and employeeName.
    QList<FieldProblem> check(FollowUp& followUp) const;

private:
    const Database& m_db;
    QDate m_today;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QCoreApplication>

namespace tl::core {

// 跟进记录: logging keeps customers.last_owner_followup_at (the pool's no-follow-up clock) current.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::FollowUpService)

public:
    explicit FollowUpService(const Context& ctx) : m_ctx(ctx) {}

    // A salesperson logs for own customers only; a manager for customers in scope. employeeId 0 = the
    // session's employee. Validation names fields as the followups import template does.
    Result<qint64> log(const FollowUp& followUp);
    // Problems a log() would report (import dry runs, dialogs); empty = valid. Permission and scope
    // are reported by log() itself.
    QList<FieldProblem> validate(const FollowUp& followUp) const;
    // Newest first. For a customer whose contact details the session may not see (the pool, for
    // claimers) the entries come without their content.
    Result<QList<FollowUp>> timeline(qint64 customerId) const;
    // Next-contact lists: the customers whose latest follow-up (by anyone) plans the next contact on
    // `day` / before `asOf`, among the customers owned by the session's employee (employeeId 0), by
    // another employee in scope, or by everyone in scope (employeeId = -1). Ordered by date, then code.
    Result<QList<FollowUp>> dueOn(const QDate& day, qint64 employeeId = 0) const;    // "to contact today"
    Result<QList<FollowUp>> overdue(const QDate& asOf, qint64 employeeId = 0) const; // next_on < asOf with no
                                                                                     // later follow-up

private:
    Context m_ctx;
};

} // namespace tl::core

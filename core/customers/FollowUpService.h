#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/Customer.h"

namespace tl::core {

// 跟进记录: logging keeps customers.last_owner_followup_at (the pool's no-follow-up clock) current.
class FollowUpService
{
public:
    explicit FollowUpService(const Context& ctx) : m_ctx(ctx) {}

    // A salesperson logs for own customers only; a manager for customers in scope. employeeId 0 = the
    // session's employee. Validation names fields as the followups import template does.
    Result<qint64> log(const FollowUp& followUp);
    Result<QList<FollowUp>> timeline(qint64 customerId) const; // newest first
    // Next-contact lists for the session's employee (or for everyone in scope with employeeId = -1):
    Result<QList<FollowUp>> dueOn(const QDate& day, qint64 employeeId = 0) const;     // "to contact today"
    Result<QList<FollowUp>> overdue(const QDate& asOf, qint64 employeeId = 0) const;  // next_on < asOf with no
                                                                                      // later follow-up

private:
    Context m_ctx;
};

} // namespace tl::core

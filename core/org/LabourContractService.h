#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QCoreApplication>

#include <QList>

namespace tl::core {

// Labour contracts (劳动合同) with the checks of DESIGN §2.1 and 劳动合同法 Arts. 14, 19, 82.
class LabourContractService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LabourContractService)

public:
    explicit LabourContractService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<LabourContract>> history(qint64 employeeId) const; // by seq

    // Warnings about a contract before it is saved (third fixed-term, ten years, probation length,
    // second probation). They do not block saving.
    Result<QList<ContractAlert>> preview(const LabourContract& contract) const;

    // Adds the next contract (seq assigned); returns its id. Invalid dates or overlaps are errors.
    Result<qint64> add(const LabourContract& contract);
    Status update(const LabourContract& contract); // employee and seq cannot change
    // Deletes a contract entered by mistake; only the employee's latest contract (highest seq).
    Status remove(qint64 id);

    // Reminders and warnings as of a date for all employees in scope who have not left:
    // ending within 30 days, probation ending within 7 days, ten years of service, third fixed-term
    // renewal due, employed without a contract; probation too long or a second probation in the current
    // contract. Sorted by date, then employee code. Rules in ContractRules.
    Result<QList<ContractAlert>> alerts(const QDate& asOf) const;

private:
    const Context m_ctx; // a copy: services may be built from a temporary context
};

} // namespace tl::core

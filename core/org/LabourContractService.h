#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "org/Employee.h"

#include <QList>

namespace tl::core {

// Labour contracts (劳动合同) with the checks of DESIGN §2.1 and 劳动合同法 Arts. 14, 19, 82.
class LabourContractService
{
public:
    explicit LabourContractService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<LabourContract>> history(qint64 employeeId) const; // by seq

    // Warnings about a contract before it is saved (third fixed-term, ten years, probation length,
    // second probation). They do not block saving.
    Result<QList<ContractAlert>> preview(const LabourContract& contract) const;

    // Adds the next contract (seq assigned); returns its id. Invalid dates or overlaps are errors.
    Result<qint64> add(const LabourContract& contract);
    Status update(const LabourContract& contract);

    // Reminders and warnings as of a date for all employees in scope who have not left:
    // ending within 30 days, probation ending within 7 days, ten years of service, third fixed-term
    // renewal due, employed without a contract.
    Result<QList<ContractAlert>> alerts(const QDate& asOf) const;

private:
    const Context& m_ctx;
};

} // namespace tl::core

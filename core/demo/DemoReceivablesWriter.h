#pragma once

#include "common/Context.h"
#include "demo/DemoCustomerWriter.h"
#include "demo/DemoOrgPlan.h"

#include <QList>

#include <memory>

namespace tl::core::demo {

class ReceivablesPlanner;
struct ReceivablesTables;

// The demo company's contracts, instalments, collectors, payments, reversals, allocations, disputes,
// write-offs, promises, demands, interest settlements and reconciliation letters with their items
// (ReceivablesPlanner), written beside the customers by DemoCustomerWriter: every column as the
// services store it, the ledger caches (paid_total, written_off_total, last_paid_on, allocated_total)
// equal to the ledger. Letters are written last, numbered by date over the whole company.
// Construct on the writing thread (it reads the settings and the demo users).
class DemoReceivablesWriter final : public CustomerExtension
{
public:
    DemoReceivablesWriter(const Context& ctx, const OrgPlan& org, const QList<qint64>& employeeIds,
                          quint64 seed);
    ~DemoReceivablesWriter() override;

    QList<RowTable*> tables() override;
    QStringList sequentialIndexes() const override;
    void plan(PlannedCustomer& c, qint64 customerId) override;
    void addRows(const PlannedCustomer& c, qint64 customerId, RowSet& rows) override;
    void finish(RowSet& rows) override;

private:
    qint64 employee(int index) const { return index >= 0 ? m_employeeIds.at(index) : 0; }

    QList<qint64> m_employeeIds;
    qint64 m_financeUser = 0; // records payments, letters, write-off decisions
    qint64 m_managerUser = 0; // opens disputes, requests write-offs, records demands
    int m_letterPayDays = 15;
    int m_letterReplyDays = 15;
    std::unique_ptr<ReceivablesTables> m_tables;
    std::unique_ptr<ReceivablesPlanner> m_planner;
};

} // namespace tl::core::demo

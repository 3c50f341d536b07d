#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tl::core {

// Lookups shared by the receivables imports (contracts, installments, payments), loaded in bulk so that
// rows need no SELECT of their own: every employee by code, and the stored contracts a file names (fetched
// in batches of numbers on the contract_no index, not the whole table). Unscoped: callers apply the
// session's scope (inScope).
class ReceivablesLookup
{
public:
    struct Employee
    {
        qint64 id = 0;
        qint64 departmentId = 0;
    };
    struct Contract
    {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 salespersonId = 0;
        QDate signedOn;
        qint64 amount = 0;
        QString kind;
        QString status; // draft, active, closed, cancelled
        // The stored schedule (filled with withSchedule):
        int installments = 0;
        qint64 scheduled = 0; // the sum of the instalment amounts
        QDate firstDue;
        QDate lastDue;
        bool paid = false;       // an instalment has allocations or write-offs (also reversed or pending)
        bool referenced = false; // an instalment has disputes, promises, letter items or interest records
    };

    // code -> employee. Throws DbException.
    static QHash<QString, Employee> employees(const Context& ctx);
    // contract_no -> the stored contract, for the numbers given (unknown numbers are left out). Throws
    // DbException.
    static QHash<QString, Contract> contracts(const Context& ctx, const QStringList& numbers,
                                              bool withSchedule);

    // Whether the records of an employee are in the session's scope for receivables (LedgerScope rules:
    // everyone for ViewAllReceivables and the system, else oneself and a sales manager's departments).
    static bool inScope(const Session& session, qint64 employeeId, qint64 departmentId);
};

} // namespace tl::core

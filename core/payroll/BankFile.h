#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

class TableWriter;

// The bank batch file of a month's net pay (代发工资, DESIGN §2.7): one transfer per payslip of the run's
// current calculation with name, account, bank and amount, then a total row (count and sum) for the bank's
// totals check. Only for an approved or locked run (Conflict otherwise: the amounts are final only then).
// A payslip without a bank account, or with nothing to pay, is left out and listed in `skipped`; the
// transfers plus the skipped amounts always equal the run's net total (checked, Internal otherwise).
// Needs RunPayroll or ApprovePayroll (the payroll administrator) and ViewBankAccount: the file holds the
// unmasked accounts. Writing a file is audited as an export.
class BankFile
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::BankFile)

public:
    struct Transfer
    {
        int seq = 0; // 1, 2, … in the file
        QString employeeCode;
        QString employeeName;
        QString bankAccount;
        QString bankName;
        Money amount; // the payslip's net pay
    };
    struct Skipped
    {
        QString employeeCode;
        QString employeeName;
        Money amount;
        QString reason; // translated
    };
    struct Data
    {
        QString period; // "2026-01"
        QString status;
        QString purpose;           // the transfers' purpose: "2026-01 工资" (translated "Salary 2026-01")
        QList<Transfer> transfers; // by employee code
        QList<Skipped> skipped;
        Money total;  // Σ transfers
        Money runNet; // the run's net total = total + Σ skipped
    };

    explicit BankFile(const Context& ctx) : m_ctx(ctx) {}

    // Invalid: not a month; NotFound: no run; Conflict: the run is not approved or locked.
    Result<Data> build(const QString& period) const;
    // build() written to a CSV or XLSX file (by extension), audited as an export.
    Result<Data> exportFile(const QString& period, const QString& path) const;

    static QStringList header(); // No., employee code, name, account, bank, amount, purpose
    // The header, a row per transfer and the total row ("Total", "%n transfer(s)", …, Σ).
    static Status write(const Data& data, TableWriter& writer);

private:
    Context m_ctx;
};

} // namespace tl::core

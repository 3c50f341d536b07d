#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tl::core {

class TableWriter;

// The payroll summary of a month by department (薪资汇总表, DESIGN §2.7): per department (as at the
// calculation) the headcount, gross pay, each of the employee's contributions, income tax, the loss
// deduction, net pay and each employer cost, and a total row that equals the run's totals. Data for
// ui/printing (PayslipHtml::summaryDocument) and for CSV/XLSX (write()). Needs ViewSalary.
class PayrollSummary
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayrollSummary)

public:
    struct Row
    {
        qint64 departmentId = 0; // 0 = no department
        QString department;      // path "销售中心/销售一部"; translated "(no department)" for none
        int headcount = 0;
        Money gross;
        Money net;
        Money employerCost;
        QMap<QString, Money> lines; // Σ per line code (every code of the payslips)

        Money amount(const QString& code) const { return lines.value(code); }
    };

    struct Data
    {
        QString companyName;
        QString period; // "2026-01"
        QString status; // the run's
        QDate printedOn;
        QList<Row> rows; // by department path; no department last
        Row total;       // equals the run's totals (payslip count, gross, net, employer cost)
    };

    explicit PayrollSummary(const Context& ctx) : m_ctx(ctx) {}

    // Invalid: not a month; NotFound: no run; PermissionDenied without ViewSalary.
    Result<Data> build(const QString& period) const;
    // build() written to a CSV or XLSX file (by extension), audited as an export.
    Result<Data> exportFile(const QString& period, const QString& path) const;

    // The line codes of the summary's columns, in order: the employee's contributions, income tax, the loss
    // deduction (between gross and net), then the employer's costs (after net).
    static QStringList deductionCodes();
    static QStringList employerCodes();
    // The table: department, headcount, gross, deductionCodes(), net, employerCodes(), employer total; a
    // row per department and the total row. Amounts as formatPlain() (Money columns in XLSX).
    static QStringList header();
    static Status write(const Data& data, TableWriter& writer);

private:
    Context m_ctx;
};

} // namespace tl::core

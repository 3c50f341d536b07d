#pragma once

#include "common/Context.h"
#include "io/ImportKind.h"
#include "payroll/YtdOpeningService.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace tl::core {

// The `ytd-openings` import: year-to-date figures with this employer before the first payroll run in the
// application (a mid-year go-live, DESIGN §2.7 / issue 5), one row per employee and year:
// employee_code(工号), year(年度), months_employed(已任职月数), income(累计收入), special_deduction
// (累计专项扣除: the employee's social insurance and housing fund), special_additional(累计专项附加扣除),
// withheld(累计已预扣预缴税额), note(备注). Required: employee_code, year, months_employed; empty amounts are
// 0 for a new opening and keep the stored value for an existing one (updated unless Existing::Reject).
// Refused per row as YtdOpeningService refuses it: unknown employee, year outside 2000–2100, months outside
// 0–12, negative amounts, a year in which a payroll run is approved or locked; an employee and year once per
// file. Written through YtdOpeningService (audited). Needs EditSalaryProfiles.
class YtdOpeningImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::YtdOpeningImport)

public:
    enum Column
    {
        EmployeeCode,
        Year,
        MonthsEmployed,
        Income,
        SpecialDeduction,
        SpecialAdditional,
        Withheld,
        Note,
        ColumnCount
    };

    explicit YtdOpeningImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("ytd-openings"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::EditSalaryProfiles; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct PendingRow
    {
        int number = 0;
        YtdOpening opening;
        bool isNew = true;
    };

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    ImportOptions m_options;
    QHash<QString, qint64> m_employees;    // id by code
    QHash<QString, YtdOpening> m_existing; // "employee id|year"
    QHash<int, QString> m_closedYears;     // year -> the first approved or locked month
    QHash<QString, int> m_rowOfKey;        // "employee id|year" -> row number
    std::vector<PendingRow> m_rows;
};

} // namespace tl::core

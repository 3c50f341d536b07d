#pragma once

#include "common/Context.h"
#include "io/ImportKind.h"
#include "payroll/SalaryProfile.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace tl::core {

// The `salary-profiles` import (DESIGN §5): employee_code(工号), effective_from(生效日期),
// base_salary(基本工资), performance_salary(绩效工资基数), allowance(固定津贴), si_base(社保基数),
// hf_base(公积金基数), hf_rate(公积金比例, percent), special_deduction(专项附加扣除, monthly),
// commission_plan(提成方案), and the optional income-tax flags first_job(首次就业), low_earner(上年低收入)
// and bonus_separately(年终奖单独计税) as yes/no (是/否, 1/0). Required: employee_code, effective_from,
// base_salary.
//
// A row is one profile of an employee from a date on. A new profile takes defaults for empty cells: no
// performance salary, allowance or special deduction, the social-insurance base = the base salary, the
// housing-fund base = the social-insurance base, the city's housing-fund rate, bonus taxed separately. A row
// for an employee and date already stored UPDATES that profile (empty cells keep the stored values) unless
// the options say Existing::Reject. Checked per row as SalaryProfileService::save checks a profile
// (unknown employee, bad dates or amounts, hf_rate outside 5–12%, a profile that paid an approved or
// locked payroll month); an employee and date may appear once in a file. Needs EditSalaryProfiles.
class SalaryProfileImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::SalaryProfileImport)

public:
    enum Column
    {
        EmployeeCode,
        EffectiveFrom,
        BaseSalary,
        PerformanceSalary,
        Allowance,
        SiBase,
        HfBase,
        HfRate,
        SpecialDeduction,
        CommissionPlan,
        FirstJob,
        LowEarner,
        BonusSeparately,
        ColumnCount
    };

    explicit SalaryProfileImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("salary-profiles"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::EditSalaryProfiles; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct Employee
    {
        qint64 id = 0;
        QString name;
    };
    struct PendingRow
    {
        int number = 0;
        SalaryProfile profile;
        bool isNew = true;
    };

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    ImportOptions m_options;
    QHash<QString, Employee> m_employees; // by code
    QHash<QString, int> m_rowOfKey;       // "employee id|date" -> row number
    std::vector<PendingRow> m_rows;
};

} // namespace tl::core

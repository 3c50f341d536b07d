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

// The month's income-tax withholding list (个人所得税扣缴申报 of 正常工资薪金所得, DESIGN §2.7) in the
// columns of the tax client's (自然人电子税务局 扣缴端) import: one row per payslip of the run's current
// calculation with the month's income and the employee's contributions, and the cumulative figures of the
// cumulative withholding method (domain-facts §1.1):
//   累计应纳税所得额 = 累计收入 − 累计免税收入 − 累计减除费用 − 累计专项扣除 − 累计专项附加扣除 (not below 0)
//   累计应纳税额     = 累计应纳税所得额 × 预扣率 − 速算扣除数 (预扣率表一)
//   本期应预扣预缴税额 = 累计应纳税额 − 累计已预缴税额, never below 0 — the payslip's withholding.
// The special additional deductions are stored as one monthly amount, so they are one column
// (累计专项附加扣除) instead of the client's per-item columns. The annual one-off bonus taxed separately is
// declared under its own income item (全年一次性奖金收入): it is not in these rows but listed in `bonuses`.
// Only for an approved or locked run (Conflict otherwise). Needs RunPayroll or ApprovePayroll and
// ViewIdNumber: the list holds the unmasked ID numbers. Writing a file is audited as an export.
class TaxWithholdingList
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::TaxWithholdingList)

public:
    struct Row
    {
        QString employeeCode;       // 工号
        QString employeeName;       // 姓名
        QString idType;             // 证件类型: 居民身份证 (empty when the ID number is missing)
        QString idNumber;           // 证件号码
        Money income;               // 本期收入 (the separately taxed annual bonus excluded)
        Money taxFreeIncome;        // 本期免税收入
        Money pension;              // 基本养老保险费
        Money medical;              // 基本医疗保险费
        Money unemployment;         // 失业保险费
        Money housingFund;          // 住房公积金
        Money ytdSpecialAdditional; // 累计专项附加扣除
        Money ytdIncome;            // 累计收入
        Money ytdBasicDeduction;    // 累计减除费用
        Money ytdSpecialDeduction;  // 累计专项扣除
        Money ytdTaxable;           // 累计应纳税所得额
        Money ytdTax;               // 累计应纳税额
        Money ytdWithheldBefore;    // 累计已预缴税额 (earlier months of the year)
        Money tax;                  // 本期应预扣预缴税额
    };
    struct SeparateBonus
    {
        QString employeeCode;
        QString employeeName;
        Money bonus;
        Money tax;
    };
    struct Data
    {
        QString period; // "2026-01"
        QString status;
        QList<Row> rows; // by employee code
        QList<SeparateBonus> bonuses;
        QStringList warnings; // translated: missing ID numbers
        Money totalIncome;    // Σ 本期收入
        Money totalTax;       // Σ 本期应预扣预缴税额
    };

    explicit TaxWithholdingList(const Context& ctx) : m_ctx(ctx) {}

    // Invalid: not a month; NotFound: no run; Conflict: the run is not approved or locked.
    Result<Data> build(const QString& period) const;
    // build() written to an XLSX (or CSV) file, audited as an export.
    Result<Data> exportFile(const QString& period, const QString& path) const;

    // The header row as the tax client names its import columns (Chinese whatever the UI language: it is
    // the client's file format): 工号, 姓名, 证件类型, 证件号码, 本期收入, 本期免税收入, 基本养老保险费,
    // 基本医疗保险费, 失业保险费, 住房公积金, 累计专项附加扣除, 累计收入, 累计减除费用, 累计专项扣除,
    // 累计应纳税所得额, 累计应纳税额, 累计已预缴税额, 本期应预扣预缴税额.
    static QStringList header();
    static Status write(const Data& data, TableWriter& writer);

private:
    Context m_ctx;
};

} // namespace tl::core

#include "payroll/SalaryProfile.h"

#include "money/MoneyFormat.h"
#include "money/Rate.h"

#include <QCoreApplication>

namespace tl::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tl::core::SalaryProfile", text);
}

} // namespace

QList<FieldProblem> salaryProfileProblems(const SalaryProfile& p)
{
    QList<FieldProblem> problems;
    auto add = [&](const char* column, const QString& value, const QString& reason) {
        problems.append({0, QString::fromLatin1(column), value, reason});
    };
    if (!p.effectiveFrom.isValid())
        add("effective_from", {}, tr("a valid start date is required"));
    const std::pair<const char*, Money> amounts[] = {
        {"base_salary", p.baseSalary}, {"performance_salary", p.performanceSalary},
        {"allowance", p.allowance},    {"si_base", p.siBase},
        {"hf_base", p.hfBase},         {"special_deduction", p.specialDeduction},
    };
    for (const auto& [column, amount] : amounts)
        if (amount.isNegative())
            add(column, formatPlain(amount), tr("the amount must not be negative"));
    if (p.hfRatePpm != 0 &&
        (p.hfRatePpm < SalaryProfile::kMinHfRatePpm || p.hfRatePpm > SalaryProfile::kMaxHfRatePpm))
        add("hf_rate", Rate::fromPpm(p.hfRatePpm).percentText() + QLatin1Char('%'),
            tr("the housing-fund rate must be between 5% and 12%"));
    if (p.commissionPlan.size() > 100)
        add("commission_plan", p.commissionPlan.left(20), tr("the plan name is longer than 100 characters"));
    return problems;
}

} // namespace tl::core

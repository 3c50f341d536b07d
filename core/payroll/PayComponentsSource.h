#pragma once

#include "money/Money.h"

namespace tl::core {

class Database;
struct PayrollPeriod;

// The variable pay of one employee for one month that other modules compute (DESIGN §2.5, §2.6):
// commission, performance pay (the profile's performance standard × the KPI coefficient), bonuses and the
// allowance for effective field visits. Zero until those modules exist.
struct PayComponents
{
    Money commission;
    Money performancePay;
    Money bonus;          // regular bonus of the month, taxed with the wage
    Money visitAllowance; // per effective visit
    Money annualBonus;    // 全年一次性奖金 paid this month (taxed separately when the profile says so)
};

// The plug-in point of the payroll run for the incentives and performance modules. The run calls
// prepare() once (inside its transaction, on its connection: load everything for the month with a few
// set-based queries) and then components() for every employee it pays, from the same thread.
class PayComponentsSource
{
public:
    virtual ~PayComponentsSource() = default;
    virtual void prepare(const Database& db, const PayrollPeriod& period)
    {
        Q_UNUSED(db);
        Q_UNUSED(period);
    }
    // performanceStandard: the salary profile's performance salary base.
    virtual PayComponents components(qint64 employeeId, const PayrollPeriod& period,
                                     Money performanceStandard) = 0;
};

// The default until the incentives module exists: nothing.
class NoPayComponents final : public PayComponentsSource
{
public:
    PayComponents components(qint64, const PayrollPeriod&, Money) override { return {}; }
};

} // namespace tl::core

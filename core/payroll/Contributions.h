#pragma once

#include "money/Money.h"
#include "money/Rounding.h"

#include <QCoreApplication>

namespace tl::core {

struct CityProfile;

// The employee's and the employer's social insurance and housing fund for one month (domain-facts §2):
// the bases clamped to the city profile's floor and cap (§2.2), each item = base × rate rounded once
// with the profile's mode for that kind of item (§2.3; defaults half up to the fen for social insurance,
// half up to the yuan for the housing fund).
struct Contributions
{
    Money siBase; // after clamping
    Money hfBase;
    Money pension;
    Money medical;
    Money unemployment;
    Money housingFund;
    Money employerPension;
    Money employerMedical;
    Money employerUnemployment;
    Money employerInjury;
    Money employerHousingFund;
    bool siBaseClamped = false; // the declared base was below the floor or above the cap
    bool hfBaseClamped = false;

    Money employeeTotal() const { return pension + medical + unemployment + housingFund; } // 专项扣除
    Money employerTotal() const
    {
        return employerPension + employerMedical + employerUnemployment + employerInjury +
               employerHousingFund;
    }
};

class ContributionCalculator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContributionCalculator)

public:
    // base clamped into [floor, cap] (a cap of 0 means none).
    static Money clampBase(Money base, Money floor, Money cap);

    // siBase / hfBase: the employee's declared bases (previous-year average wage); hfRatePpm: the
    // employee's housing-fund rate (0 = the profile's rate), used for both the employee and the employer.
    // Unknown rounding keys fall back to the defaults above.
    static Contributions compute(const CityProfile& profile, Money siBase, Money hfBase, int hfRatePpm = 0);
};

} // namespace tl::core

#include "payroll/Contributions.h"

#include "settings/CityProfile.h"

namespace tl::core {

Money ContributionCalculator::clampBase(Money base, Money floor, Money cap)
{
    if (base < floor)
        return floor;
    if (cap.isPositive() && base > cap)
        return cap;
    return base;
}

Contributions ContributionCalculator::compute(const CityProfile& p, Money siBase, Money hfBase, int hfRatePpm)
{
    const Rounding si = roundingFromKey(p.siRounding).value_or(Rounding::HalfUpFen);
    const Rounding hf = roundingFromKey(p.hfRounding).value_or(Rounding::HalfUpYuan);
    auto rate = [](int ppm) { return Rate::fromPpm(ppm); };

    Contributions c;
    c.siBase = clampBase(siBase, Money::fromFen(p.siBaseMin), Money::fromFen(p.siBaseMax));
    c.hfBase = clampBase(hfBase, Money::fromFen(p.hfBaseMin), Money::fromFen(p.hfBaseMax));
    c.siBaseClamped = c.siBase != siBase;
    c.hfBaseClamped = c.hfBase != hfBase;
    const int hfPpm = hfRatePpm > 0 ? hfRatePpm : p.hfRatePpm;

    c.pension = applyRate(c.siBase, rate(p.pensionEmployeePpm), si);
    c.medical = applyRate(c.siBase, rate(p.medicalEmployeePpm), si);
    c.unemployment = applyRate(c.siBase, rate(p.unemploymentEmployeePpm), si);
    c.housingFund = applyRate(c.hfBase, rate(hfPpm), hf);
    c.employerPension = applyRate(c.siBase, rate(p.pensionEmployerPpm), si);
    c.employerMedical = applyRate(c.siBase, rate(p.medicalEmployerPpm), si);
    c.employerUnemployment = applyRate(c.siBase, rate(p.unemploymentEmployerPpm), si);
    c.employerInjury = applyRate(c.siBase, rate(p.injuryEmployerPpm), si);
    c.employerHousingFund = applyRate(c.hfBase, rate(hfPpm), hf);
    return c;
}

} // namespace tl::core

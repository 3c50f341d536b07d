#include "payroll/PayrollInputs.h"

#include "attendance/AttendanceService.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "settings/CityProfileRepository.h"

#include <QHash>

#include <sqlite3.h>

namespace tl::core {

namespace {

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QDate columnDate(sqlite3_stmt* s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return {};
    return QDate::fromString(columnText(s, i), Qt::ISODate);
}

Money columnMoney(sqlite3_stmt* s, int i)
{
    return Money::fromFen(sqlite3_column_int64(s, i));
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

PayrollInputs PayrollInputs::load(const Database& db, const PayrollPeriod& period)
{
    PayrollInputs in;
    in.period = period;
    sqlite3* h = db.nativeHandle();
    const QString first = iso(period.first());
    const QString last = iso(period.last());

    // City profiles in force on the month's first day, by city; the company's city as the fallback.
    QString companyCity;
    {
        NativeStatement q(h, "SELECT city FROM company WHERE id = 1");
        if (q.step())
            companyCity = normalizeCityKey(columnText(q.raw(), 0));
        q.reset();
    }
    QHash<QString, int> cityIndex;
    for (const CityProfile& p : CityProfileRepository::list(db, {})) { // by city, date
        if (p.effectiveFrom > period.first())
            continue;
        const auto it = cityIndex.constFind(p.city);
        if (it == cityIndex.constEnd()) {
            cityIndex.insert(p.city, int(in.m_cities.size()));
            in.m_cities.push_back(p);
        } else {
            in.m_cities[size_t(*it)] = p; // a later start in force by then
        }
    }

    // Employees employed in the month.
    QHash<qint64, size_t> personIndex;
    {
        NativeStatement q(h,
                          "SELECT id, code, name, ifnull(department_id, 0), hire_date, leave_date, city "
                          "FROM employees WHERE hire_date <= ?1 AND (leave_date IS NULL OR leave_date >= ?2) "
                          "AND NOT (status = 'left' AND leave_date IS NULL) ORDER BY code");
        q.bind(1, last).bind(2, first);
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            Person p;
            p.employeeId = sqlite3_column_int64(s, 0);
            p.code = columnText(s, 1);
            p.name = columnText(s, 2);
            p.departmentId = sqlite3_column_int64(s, 3);
            p.hireDate = columnDate(s, 4);
            p.leaveDate = columnDate(s, 5);
            p.city = normalizeCityKey(columnText(s, 6));
            personIndex.insert(p.employeeId, in.people.size());
            in.people.push_back(std::move(p));
        }
    }

    // Salary profiles in force: the latest starting on or before the month's last day.
    {
        QHash<qint64, size_t> latest;
        NativeStatement q(
            h, "SELECT id, employee_id, effective_from, base_salary, performance_salary, allowance, "
               "si_base, hf_base, hf_rate_ppm, special_deduction, commission_plan, first_job, "
               "low_earner, bonus_separately, note FROM salary_profiles WHERE effective_from <= ? "
               "ORDER BY employee_id, effective_from");
        q.bind(1, last);
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            const qint64 employeeId = sqlite3_column_int64(s, 1);
            if (!personIndex.contains(employeeId))
                continue;
            SalaryProfile p;
            p.id = sqlite3_column_int64(s, 0);
            p.employeeId = employeeId;
            p.effectiveFrom = columnDate(s, 2);
            p.baseSalary = columnMoney(s, 3);
            p.performanceSalary = columnMoney(s, 4);
            p.allowance = columnMoney(s, 5);
            p.siBase = columnMoney(s, 6);
            p.hfBase = columnMoney(s, 7);
            p.hfRatePpm = sqlite3_column_int(s, 8);
            p.specialDeduction = columnMoney(s, 9);
            p.commissionPlan = columnText(s, 10);
            p.firstJobInYear = sqlite3_column_int(s, 11) != 0;
            p.lowEarnerPreviousYear = sqlite3_column_int(s, 12) != 0;
            p.bonusSeparately = sqlite3_column_int(s, 13) != 0;
            p.note = columnText(s, 14);
            const auto it = latest.constFind(employeeId);
            if (it == latest.constEnd()) {
                latest.insert(employeeId, in.m_profiles.size());
                in.m_profiles.push_back(std::move(p));
            } else {
                in.m_profiles[*it] = std::move(p);
            }
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            in.people[personIndex.value(it.key())].profile = &in.m_profiles[it.value()];
    }

    // Attendance of the month.
    const QHash<qint64, AttendanceSummary> attendance = AttendanceService::loadMonth(db, period);
    for (auto it = attendance.cbegin(); it != attendance.cend(); ++it)
        if (const auto p = personIndex.constFind(it.key()); p != personIndex.constEnd())
            in.people[*p].attendance = it.value();

    // Year to date before the month: the locked runs of the year, plus the go-live opening.
    {
        NativeStatement q(
            h, "SELECT p.employee_id, count(*), sum(p.taxable_income), sum(p.employee_contributions), "
               "sum(p.special_additional), sum(p.iit) FROM payslips p "
               "JOIN payroll_runs r ON r.id = p.run_id AND p.calc_no = r.calc_no "
               "WHERE r.status = 'locked' AND r.period >= ? AND r.period < ? GROUP BY p.employee_id");
        q.bind(1, period.january().key()).bind(2, period.key());
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            const auto p = personIndex.constFind(sqlite3_column_int64(s, 0));
            if (p == personIndex.constEnd())
                continue;
            YearToDate& y = in.people[*p].ytd;
            y.lockedMonths = sqlite3_column_int(s, 1);
            y.monthsEmployed += y.lockedMonths;
            y.income += columnMoney(s, 2);
            y.specialDeduction += columnMoney(s, 3);
            y.specialAdditional += columnMoney(s, 4);
            y.withheld += columnMoney(s, 5);
        }
    }
    {
        NativeStatement q(
            h, "SELECT employee_id, months_employed, income, special_deduction, special_additional, "
               "withheld FROM ytd_openings WHERE year = ?");
        q.bind(1, qint64(period.year));
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            const auto p = personIndex.constFind(sqlite3_column_int64(s, 0));
            if (p == personIndex.constEnd())
                continue;
            YearToDate& y = in.people[*p].ytd;
            y.opening = true;
            y.monthsEmployed += sqlite3_column_int(s, 1);
            y.income += columnMoney(s, 2);
            y.specialDeduction += columnMoney(s, 3);
            y.specialAdditional += columnMoney(s, 4);
            y.withheld += columnMoney(s, 5);
        }
    }

    // Approved loss claims not yet recovered, oldest first.
    {
        NativeStatement q(h, "SELECT id, employee_id, amount - recovered FROM loss_claims "
                             "WHERE status = 'approved' AND recovered < amount ORDER BY employee_id, id");
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            const auto p = personIndex.constFind(sqlite3_column_int64(s, 1));
            if (p != personIndex.constEnd())
                in.people[*p].lossClaims.append({sqlite3_column_int64(s, 0), columnMoney(s, 2)});
        }
    }

    // The month's pay adjustments.
    {
        NativeStatement q(h,
                          "SELECT id, employee_id, amount, reason, ifnull(corrects, '') FROM pay_adjustments "
                          "WHERE period = ? ORDER BY id");
        q.bind(1, period.key());
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            const auto p = personIndex.constFind(sqlite3_column_int64(s, 1));
            if (p != personIndex.constEnd())
                in.people[*p].adjustments.append(
                    {sqlite3_column_int64(s, 0), columnMoney(s, 2), columnText(s, 3), columnText(s, 4)});
        }
    }

    // The city profile of each person, and why someone cannot be paid.
    for (Person& p : in.people) {
        if (!p.profile) {
            p.issue = tr("%1 (%2) has no salary profile in force in %3 and is not paid in this run.")
                          .arg(p.name, p.code, period.key());
            continue;
        }
        auto city = cityIndex.constFind(p.city);
        if (city == cityIndex.constEnd() && p.city != companyCity) {
            p.cityFallback = true;
            p.city = companyCity;
            city = cityIndex.constFind(companyCity);
        }
        if (city == cityIndex.constEnd()) {
            p.issue = tr("No city profile of %1 is in force on %2: %3 (%4) is not paid in this run.")
                          .arg(cityDisplayName(p.city), first, p.name, p.code);
            continue;
        }
        p.cityProfile = &in.m_cities[size_t(*city)];
    }
    return in;
}

} // namespace tl::core

#include "demo/DemoPayrollWriter.h"

#include "demo/DemoText.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"
#include "demo/DemoRandom.h"
#include "payroll/Contributions.h"
#include "payroll/IncomeTax.h"
#include "payroll/PayrollRunService.h"
#include "settings/CityProfileRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <tuple>

namespace tl::core::demo {

namespace {

// Monthly pay of a position: base salary range, performance standard and fixed allowance, in yuan.
struct PayGrade
{
    int baseLow;
    int baseHigh;
    int performance;
    int allowance;
};

PayGrade gradeOf(const PlannedEmployee& e)
{
    const QString& p = e.position;
    if (p == u8("总经理"))
        return {42000, 48000, 15000, 2000};
    if (p == u8("销售总监"))
        return {32000, 36000, 10000, 1500};
    if (p == u8("大区总经理"))
        return {22000, 28000, 8000, 1500};
    if (p.endsWith(u8("经理")) && e.role != QLatin1String("sales"))
        return {16000, 22000, 4000, 1000}; // department heads and sales team managers
    if (p == u8("销售代表"))
        return {4500, 6500, 2000, 500};
    if (p == u8("高级销售代表"))
        return {6500, 9000, 3000, 500};
    if (p == u8("客户经理"))
        return {8000, 11000, 3500, 800};
    if (p == u8("前台"))
        return {5000, 5800, 500, 300};
    return {6000, 11000, 1000, 500}; // specialists, accountants, customer service
}

// 专项附加扣除 a month (domain-facts §1.4): none, rent in a big city, a child, a first-home loan, an only
// child's parents, a child and rent.
qint64 specialDeductionYuan(DemoRandom& random)
{
    const int r = random.below(100);
    return r < 35 ? 0 : r < 55 ? 1500 : r < 70 ? 2000 : r < 80 ? 1000 : r < 90 ? 3000 : 3500;
}

QDate monthStart(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

// Working days (Monday to Friday) of [from, to].
QList<QDate> workingDays(const QDate& from, const QDate& to)
{
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days.append(d);
    return days;
}

// One salary profile row as planned.
struct PlannedProfile
{
    int employee = -1;
    QDate effectiveFrom;
    qint64 base = 0; // yuan
    qint64 performance = 0;
    qint64 allowance = 0;
    qint64 siBase = 0;
    qint64 special = 0;
    bool firstJob = false;
    bool lowEarner = false;
    QString note;
};

const char* const kLossReasons[] = {"遗失公司样品（客户拜访途中）", "违规承诺折扣造成的货款损失",
                                    "公司笔记本电脑损坏（个人原因）", "未按流程发货导致的退货运费损失"};

const char* const kLeaveReasons[] = {"家中有事", "身体不适",   "年假休息",
                                     "孩子生病", "回老家办事", "看病复查"};

} // namespace

QDate DemoPayrollWriter::historyStart(const QDate& today)
{
    return monthStart(today).addMonths(-12);
}

Status DemoPayrollWriter::write(const OrgPlan& plan, const QList<qint64>& employeeIds, quint64 seed)
{
    const auto cancelled = [] {
        return Error::conflict(QCoreApplication::translate(
            "tl::core::DemoGenerator", "The demo generation was cancelled; nothing was written."));
    };
    DemoRandom random(seed ^ 0x5041590000000000ULL); // "PAY"
    const QDate today = m_ctx.clock.today();
    const QDate start = historyStart(today);
    const QDate thisMonth = monthStart(today);
    QDate raiseDate(today.year(), 4, 1); // the yearly raise round, the last one before today
    if (raiseDate > today)
        raiseDate = raiseDate.addYears(-1);
    const QString now = m_ctx.clock.now().toString(Qt::ISODate);
    sqlite3* h = m_ctx.db.nativeHandle();
    const qint64 hrUser =
        SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT id FROM users WHERE username = 'hr'")).toLongLong();
    const QString companyCity =
        SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT city FROM company WHERE id = 1")).toString();
    const qint64 employees = plan.employees.size();
    m_progress.setText(QCoreApplication::translate("tl::core::DemoGenerator", "Writing salary profiles"));
    m_progress.setTotal(employees * 2);
    qint64 done = 0;

    // Salary profiles: from the go-live (the history's first month) or the hire date, a raise in April
    // for about a third, the first-job flag for this year's graduates, the 60,000 flag for last year's
    // low earners.
    QList<PlannedProfile> profiles;
    QList<std::optional<PlannedProfile>> firstProfile(employees);
    for (int i = 0; i < employees; ++i) {
        const PlannedEmployee& e = plan.employees.at(i);
        const PayGrade g = gradeOf(e);
        PlannedProfile p;
        p.employee = i;
        p.base = qint64(random.between(g.baseLow / 100, g.baseHigh / 100)) * 100;
        p.performance = g.performance;
        p.allowance = g.allowance;
        // The declared base: last year's average wage, or only the base salary for some.
        p.siBase = random.percent(15) ? p.base : p.base + p.performance;
        p.special = specialDeductionYuan(random);
        const bool left = e.leaveDate.isValid() && e.leaveDate < start;
        if (left || !e.hireDate.isValid() || e.hireDate > today)
            continue; // never paid in the history
        p.effectiveFrom = std::max(e.hireDate, start);
        const int ageAtHire = e.birthDate.isValid() ? e.birthDate.daysTo(e.hireDate) / 365 : 99;
        if (e.hireDate >= start && ageAtHire <= 23) { // a graduate's first job this year
            p.firstJob = true;
            p.note = u8("应届毕业生，本年首次取得工资薪金");
        }
        profiles.append(p);
        firstProfile[i] = p;

        std::optional<PlannedProfile> raise;
        if (raiseDate > start && raiseDate <= today && e.hireDate < raiseDate.addMonths(-6) &&
            (!e.leaveDate.isValid() || e.leaveDate >= raiseDate) && random.percent(35)) {
            raise = p;
            raise->effectiveFrom = raiseDate;
            raise->base = (p.base * random.between(104, 110) / 100 + 50) / 100 * 100;
            raise->firstJob = false;
            raise->note = u8("年度调薪");
        }
        // 公告2020年第19号: employed here all last year with at most 60,000 of income; the flag holds for
        // this year, on a profile from January (and on this year's raise).
        const QDate january(today.year(), 1, 1);
        const bool raisedLastYear = raise && raise->effectiveFrom < january;
        const PlannedProfile& inJanuary = raisedLastYear ? *raise : p;
        if ((inJanuary.base + inJanuary.allowance) * 12 <= 60000 && e.hireDate < january.addYears(-1) &&
            january > start && (!e.leaveDate.isValid() || e.leaveDate >= january)) {
            PlannedProfile flag = inJanuary;
            flag.effectiveFrom = january;
            flag.firstJob = false;
            flag.lowEarner = true;
            flag.note = u8("上年在本单位全年收入不超过6万元");
            profiles.append(flag);
            if (raise && !raisedLastYear)
                raise->lowEarner = true;
        }
        if (raise)
            profiles.append(*raise);
        if (++done % 500 == 0) {
            m_progress.setDone(done);
            if (m_progress.isCancelled())
                return cancelled();
        }
    }
    std::stable_sort(profiles.begin(), profiles.end(), [](const PlannedProfile& a, const PlannedProfile& b) {
        return a.employee != b.employee ? a.employee < b.employee : a.effectiveFrom < b.effectiveFrom;
    });

    // The city profiles of the year before the built-in ones (domain-facts §2.2, from 2024-07-01), when
    // the history reaches back before them: Shanghai 7,384 / 36,921 (housing fund from 2,690, the minimum
    // wage then), Beijing 6,821 / 35,283, with the built-in rates.
    for (const auto& [city, siMin, siMax, hfMin, minimumWage] :
         {std::tuple{QStringLiteral("shanghai"), 7384, 36921, 2690, 2690},
          std::tuple{QStringLiteral("beijing"), 6821, 35283, 6821, 2420}}) {
        const auto builtin = CityProfileRepository::effective(m_ctx.db, city, today);
        if (!builtin || builtin->effectiveFrom <= start ||
            CityProfileRepository::effective(m_ctx.db, city, start))
            continue;
        CityProfile earlier = *builtin;
        earlier.id = 0;
        earlier.effectiveFrom = QDate(2024, 7, 1);
        earlier.siBaseMin = Money::fromYuan(siMin).fen();
        earlier.siBaseMax = Money::fromYuan(siMax).fen();
        earlier.hfBaseMin = Money::fromYuan(hfMin).fen();
        earlier.hfBaseMax = Money::fromYuan(siMax).fen();
        earlier.minimumWage = Money::fromYuan(minimumWage).fen();
        CityProfileRepository::insert(m_ctx, earlier);
    }

    {
        BulkAuditWriter audit(m_ctx);
        NativeStatement profile(
            h, "INSERT INTO salary_profiles (employee_id, effective_from, base_salary, performance_salary, "
               "allowance, si_base, hf_base, special_deduction, first_job, low_earner, note, created_at, "
               "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (const PlannedProfile& p : profiles) {
            profile.bind(1, employeeIds.at(p.employee))
                .bindDate(2, p.effectiveFrom)
                .bind(3, p.base * 100)
                .bind(4, p.performance * 100)
                .bind(5, p.allowance * 100)
                .bind(6, p.siBase * 100)
                .bind(7, p.siBase * 100)
                .bind(8, p.special * 100)
                .bind(9, qint64(p.firstJob))
                .bind(10, qint64(p.lowEarner))
                .bind(11, p.note)
                .bind(12, now)
                .bind(13, now);
            audit.addCreated(QStringLiteral("salary_profiles"), profile.execute());
        }

        // Year-to-date openings of the go-live year (the former system's figures for the months before
        // it): equal months of the first profile's pay from January or the month after the hire.
        if (start.month() > 1) {
            NativeStatement opening(
                h,
                "INSERT INTO ytd_openings (employee_id, year, months_employed, income, special_deduction, "
                "special_additional, withheld, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
            QHash<QString, std::optional<CityProfile>> cities;
            const auto cityProfile = [&](const QString& city) -> const std::optional<CityProfile>& {
                auto it = cities.find(city);
                if (it == cities.end())
                    it = cities.insert(city, CityProfileRepository::effective(m_ctx.db, city, start));
                return *it;
            };
            for (int i = 0; i < employees; ++i) {
                const auto& p = firstProfile.at(i);
                const PlannedEmployee& e = plan.employees.at(i);
                if (!p || e.hireDate >= start)
                    continue;
                const QDate firstPaid = e.hireDate.year() < start.year() ? QDate(start.year(), 1, 1)
                                        : e.hireDate.day() == 1          ? e.hireDate
                                                                : monthStart(e.hireDate).addMonths(1);
                const int months = start.month() - (firstPaid.year() < start.year() ? 1 : firstPaid.month());
                if (firstPaid >= start || months <= 0)
                    continue;
                const std::optional<CityProfile>* city = &cityProfile(e.city);
                if (!*city)
                    city = &cityProfile(companyCity);
                if (!*city)
                    continue;
                const Money insurance = ContributionCalculator::compute(**city, Money::fromYuan(p->siBase),
                                                                        Money::fromYuan(p->siBase))
                                            .employeeTotal();
                IncomeTax::Cumulative ytd;
                ytd.income = Money::fromYuan(p->base + p->allowance) * months;
                ytd.basicDeduction = Money::fromYuan(IncomeTax::MonthlyBasicDeductionYuan) * months;
                ytd.specialDeduction = insurance * months;
                ytd.specialAdditional = Money::fromYuan(p->special) * months;
                const Money withheld = IncomeTax::withhold(ytd).cumulativeTax;
                opening.bind(1, employeeIds.at(i))
                    .bind(2, qint64(start.year()))
                    .bind(3, qint64(months))
                    .bind(4, ytd.income.fen())
                    .bind(5, ytd.specialDeduction.fen())
                    .bind(6, ytd.specialAdditional.fen())
                    .bind(7, withheld.fen())
                    .bind(8, u8("上线前累计数（原工资系统导出）"))
                    .bind(9, now)
                    .bind(10, now);
                audit.addCreated(QStringLiteral("ytd_openings"), opening.execute());
            }
        }

        // Leave, absences and late arrivals: about one employee in eight takes leave in a month (approved
        // by HR, with its working days in the attendance), a few are absent or late; this month also
        // has requests still waiting for a decision.
        NativeStatement leave(
            h,
            "INSERT INTO leave_requests (employee_id, kind, from_date, to_date, half_days, reason, status, "
            "requested_at, requested_by, approver_id, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        NativeStatement day(h,
                            "INSERT INTO attendance (employee_id, date, status, half_day, leave_request_id, "
                            "note) VALUES (?,?,?,?,?,?)");
        const auto addDay = [&](qint64 employeeId, const QDate& date, const QString& status, bool halfDay,
                                qint64 requestId, const QString& note) {
            day.bind(1, employeeId)
                .bindDate(2, date)
                .bind(3, status)
                .bind(4, qint64(halfDay))
                .bindId(5, requestId)
                .bind(6, note);
            audit.addCreated(QStringLiteral("attendance"), day.execute());
        };
        const QStringList kinds{QStringLiteral("annual_leave"), QStringLiteral("sick_leave"),
                                QStringLiteral("personal_leave")};
        for (int i = 0; i < employees; ++i) {
            const PlannedEmployee& e = plan.employees.at(i);
            if (!firstProfile.at(i))
                continue;
            for (QDate month = start; month <= thisMonth; month = month.addMonths(1)) {
                const QDate from = std::max(month, e.hireDate);
                QDate to =
                    std::min(month.addMonths(1).addDays(-1), today.addDays(month == thisMonth ? 10 : 0));
                if (e.leaveDate.isValid())
                    to = std::min(to, e.leaveDate);
                const QList<QDate> days = workingDays(from, to);
                if (days.size() < 4)
                    continue;
                if (random.percent(12)) {
                    const int r = random.below(100);
                    const QString& kind = kinds.at(r < 45 ? 0 : r < 75 ? 1 : 2);
                    const int length = random.percent(25) ? 0 : random.between(1, 3); // 0: half a day
                    const int first = random.below(int(days.size()) - std::max(length, 1) + 1);
                    const QList<QDate> taken = days.mid(first, std::max(length, 1));
                    const bool pending = month == thisMonth && taken.first() > today.addDays(-3);
                    const QDateTime asked = taken.first()
                                                .startOfDay()
                                                .addDays(-random.between(1, 6))
                                                .addSecs(3600 * random.between(9, 17));
                    leave.bind(1, employeeIds.at(i))
                        .bind(2, kind)
                        .bindDate(3, taken.first())
                        .bindDate(4, taken.last())
                        .bind(5, qint64(length == 0 ? 1 : length * 2))
                        .bind(6, u8(kLeaveReasons[random.below(int(std::size(kLeaveReasons)))]))
                        .bind(7, pending ? QStringLiteral("requested") : QStringLiteral("approved"))
                        .bind(8, asked.toString(Qt::ISODate))
                        .bindId(9, hrUser) // HR enters the request for the employee
                        .bindId(10, pending ? 0 : hrUser)
                        .bindText(11, pending ? QString() : asked.addSecs(7200).toString(Qt::ISODate));
                    const qint64 requestId = leave.execute();
                    audit.addCreated(QStringLiteral("leave_requests"), requestId);
                    if (!pending)
                        for (const QDate& d : taken)
                            addDay(employeeIds.at(i), d, kind, length == 0, requestId, QString());
                    continue; // at most one kind of day off in a month
                }
                if (month < thisMonth && random.percent(2))
                    addDay(employeeIds.at(i), days.at(random.below(int(days.size()))),
                           QStringLiteral("absent"), false, 0, u8("未请假未到岗"));
                else if (random.percent(4))
                    addDay(employeeIds.at(i), days.at(random.below(int(days.size()))), QStringLiteral("late"),
                           false, 0, u8("迟到"));
            }
            if (++done % 500 == 0) {
                m_progress.setDone(done);
                if (m_progress.isCancelled())
                    return cancelled();
            }
        }
        audit.flush();
    }

    // Loss claims: one salesperson in about three hundred owes the company for a loss; claims are
    // approved over the history (the runs deduct them, 20% of a month's wage at most), the newest waits.
    QList<int> debtors;
    for (int i = 0; i < employees; ++i) {
        const PlannedEmployee& e = plan.employees.at(i);
        if (e.role == QLatin1String("sales") && e.hireDate < start && !e.leaveDate.isValid() &&
            firstProfile.at(i) && random.below(300) < 1)
            debtors.append(i);
    }
    if (debtors.isEmpty())
        for (int i = 0; i < employees && debtors.size() < 2; ++i)
            if (plan.employees.at(i).role == QLatin1String("sales") &&
                plan.employees.at(i).hireDate < start && !plan.employees.at(i).leaveDate.isValid() &&
                firstProfile.at(i))
                debtors.append(i);
    struct Claim
    {
        int employee;
        qint64 amount; // fen
        QDateTime requested;
        bool approve;
    };
    QList<Claim> claims;
    for (qsizetype k = 0; k < debtors.size(); ++k) {
        const bool last = k == debtors.size() - 1;
        const QDate month = last ? thisMonth : start.addMonths(random.below(12));
        claims.append({debtors.at(k), qint64(random.between(10, 80)) * 10000 + random.below(100) * 100,
                       QDateTime(month.addDays(random.between(2, 12)), QTime(10, 30)), !last});
    }
    std::sort(claims.begin(), claims.end(),
              [](const Claim& a, const Claim& b) { return a.requested < b.requested; });
    const auto insertClaim = [&](const Claim& c) {
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO loss_claims (employee_id, amount, reason, status, requested_at, "
                           "requested_by, approver_id, decided_at, decision_note) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"));
        q.bind(employeeIds.at(c.employee))
            .bind(c.amount)
            .bind(u8(kLossReasons[random.below(int(std::size(kLossReasons)))]))
            .bind(c.approve ? QStringLiteral("approved") : QStringLiteral("requested"))
            .bind(c.requested.toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(hrUser))
            .bind(c.approve ? SqlQuery::nullableId(hrUser) : QVariant())
            .bind(c.approve ? QVariant(c.requested.addDays(1).toString(Qt::ISODate)) : QVariant())
            .bind(c.approve ? u8("经部门经理确认，按月从工资中扣除") : QStringLiteral(""))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(QStringLiteral("loss_claims"), id, plan.employees.at(c.employee).code,
                               QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, QStringLiteral("loss_claims"), id));
    };

    // The runs: calculated on the 25th, approved the next morning, locked on the 28th, by the "hr" user.
    Session hr;
    hr.userId = hrUser;
    hr.username = QStringLiteral("hr");
    hr.role = Role::Hr;
    hr.employeeId = plan.hrManager >= 0 ? employeeIds.at(plan.hrManager) : 0;
    qsizetype nextClaim = 0;
    for (QDate month = start; month < thisMonth; month = month.addMonths(1)) {
        const QDate payDay(month.year(), month.month(), 25);
        while (nextClaim < claims.size() && claims.at(nextClaim).requested.date() < payDay)
            insertClaim(claims.at(nextClaim++));
        FixedClock clock(QDateTime(payDay, QTime(16, 0)));
        const Context ctx{m_ctx.db, clock, hr, nullptr};
        PayrollRunService runs(ctx);
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        auto calculated = runs.calculate(period, m_progress);
        if (!calculated)
            return m_progress.isCancelled() ? cancelled() : calculated.error();
        clock.set(QDateTime(payDay.addDays(1), QTime(9, 30)));
        if (Status s = runs.approve(period); !s)
            return s;
        clock.set(QDateTime(payDay.addDays(3), QTime(11, 0)));
        if (Status s = runs.lock(period); !s)
            return s;
    }
    while (nextClaim < claims.size())
        insertClaim(claims.at(nextClaim++));
    if (m_progress.isCancelled())
        return cancelled();
    return {};
}

} // namespace tl::core::demo

#include "demo/DemoOrgPlan.h"

#include "demo/DemoText.h"

#include "demo/DemoData.h"
#include "demo/DemoRandom.h"

#include <algorithm>
#include <iterator>

namespace tl::core::demo {

namespace {

// How long someone has been with the company, and what their labour contracts look like.
enum class Tenure
{
    Executive,   // long-serving or several years
    TeamManager, // at least a year and a half
    Staff,       // the full mix: new hires, contracts ending soon, renewals, leavers
};

class Planner
{
public:
    Planner(const OrgSize& size, quint64 seed, const QDate& today, const QString& hqCity)
        : m_size(size), m_random(seed), m_today(today), m_hq(&cityByKey(hqCity))
    {}

    OrgPlan run();

private:
    static const City& cityByKey(const QString& key);
    int addDepartment(const QString& name, int parent);
    int addEmployee(int department, const QString& position, const QString& role, int manager,
                    const City& city, Tenure tenure, int profile = -1);
    void planEmployment(int index, Tenure tenure, int profile);
    void addContracts(int employee, const QDate& hire, const int (&terms)[2], int probationMonths,
                      const QDate& stopAt);
    int term()
    {
        const int r = m_random.below(100);
        return r < 70 ? 3 : r < 85 ? 2 : 1;
    }
    QDate daysAgo(int low, int high) { return m_today.addDays(-m_random.between(low, high)); }
    void addSupportStaff(int department, int manager, int count, std::initializer_list<const char*> positions,
                         const QString& role);

    OrgSize m_size;
    DemoRandom m_random;
    QDate m_today;
    const City* m_hq;
    OrgPlan m_plan;
};

const City& Planner::cityByKey(const QString& key)
{
    for (const Region& region : regions())
        for (const City& city : region.cities)
            if (city.key == key)
                return city;
    return regions().first().cities.first();
}

int Planner::addDepartment(const QString& name, int parent)
{
    m_plan.departments.append({name, parent, -1});
    return int(m_plan.departments.size()) - 1;
}

int Planner::addEmployee(int department, const QString& position, const QString& role, int manager,
                         const City& city, Tenure tenure, int profile)
{
    const int index = int(m_plan.employees.size());
    PlannedEmployee e;
    e.code = QStringLiteral("E%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    e.department = department;
    e.position = position;
    e.role = role;
    e.manager = manager;
    e.city = city.key;
    const int malePercent = role == QLatin1String("hr")        ? 30
                            : role == QLatin1String("finance") ? 35
                            : role == QLatin1String("sales")   ? 58
                            : role == QLatin1String("other")   ? 50
                                                               : 70;
    const bool male = m_random.percent(malePercent);
    e.gender = male ? QStringLiteral("M") : QStringLiteral("F");
    e.name = personName(m_random, male);
    m_plan.employees.append(e);
    planEmployment(index, tenure, profile);

    PlannedEmployee& p = m_plan.employees[index];
    const int age = tenure == Tenure::Staff ? m_random.between(21, 40) : m_random.between(28, 46);
    p.birthDate = p.hireDate.addYears(-age).addDays(-m_random.below(365));
    p.idNumber = idNumber(m_random, birthplace(m_random, city), p.birthDate, male);
    p.phone = mobile(m_random);
    const Bank& bank = banks().at(m_random.below(int(banks().size())));
    p.bankName = bank.name + city.name + u8("分行");
    p.bankAccount = bankAccount(m_random, bank);
    return index;
}

// profile: 0..99 picks the employment history (see the branches below); -1 = at random.
void Planner::planEmployment(int index, Tenure tenure, int profile)
{
    const int terms[2] = {term(), term()};
    int probation = terms[0] >= 3 ? 6 : 2;
    if (m_random.percent(15))
        probation = 0;
    QDate hire;
    QDate stopAt = m_today;
    QString status;
    QDate leaveDate;

    const int r = profile >= 0 ? profile : m_random.below(100);
    if (tenure == Tenure::Staff && r < 3) { // left in the last two years
        leaveDate = daysAgo(10, 700);
        hire = leaveDate.addDays(-m_random.between(120, 1500));
        stopAt = leaveDate;
        status = QStringLiteral("left");
    } else if (tenure == Tenure::Staff && r < 4) { // resigned, working the notice period
        leaveDate = m_today.addDays(m_random.between(3, 30));
        hire = daysAgo(200, 2500);
        status = QStringLiteral("leaving");
    } else if ((tenure == Tenure::Staff && r < 10) || (tenure == Tenure::TeamManager && r < 15) ||
               (tenure == Tenure::Executive && r < 40)) { // long-serving: two fixed terms, then open-ended
        hire = daysAgo(3650, 5800);
    } else if ((tenure == Tenure::Staff && r < 22) || (tenure == Tenure::TeamManager && r < 25)) {
        // the only contract ends within 30 days
        const QDate end = m_today.addDays(m_random.between(1, 30));
        hire = end.addDays(1).addYears(-terms[0]);
    } else if (tenure == Tenure::Staff && r < 26) {
        // the second consecutive fixed-term contract ends within 30 days (Art. 14 on renewal)
        const QDate end = m_today.addDays(m_random.between(1, 30));
        hire = end.addDays(1).addYears(-terms[1]).addYears(-terms[0]);
    } else if (tenure == Tenure::Staff && r < 29) { // probation ends within 7 days
        const int months = terms[0] >= 3 ? 6 : 2;
        hire = m_today.addDays(m_random.between(0, 7) + 1).addMonths(-months);
        probation = months;
    } else if (tenure == Tenure::Staff && r < 39) { // hired recently, in probation
        hire = daysAgo(7, 50);
        probation = terms[0] >= 3 ? 6 : 2;
    } else {
        const int minimum = tenure == Tenure::Staff ? 180 : tenure == Tenure::TeamManager ? 550 : 1100;
        hire = daysAgo(minimum, 3650);
    }

    const int firstContract = int(m_plan.contracts.size());
    addContracts(index, hire, terms, probation, stopAt);
    PlannedEmployee& e = m_plan.employees[index];
    e.hireDate = hire;
    e.leaveDate = leaveDate;
    if (status.isEmpty()) {
        const PlannedContract& first = m_plan.contracts.at(firstContract);
        const bool onlyContract = int(m_plan.contracts.size()) == firstContract + 1;
        status = onlyContract && first.probationEnd.isValid() && first.probationEnd >= m_today
                     ? QStringLiteral("probation")
                     : QStringLiteral("active");
    }
    e.status = status;
}

void Planner::addContracts(int employee, const QDate& hire, const int (&terms)[2], int probationMonths,
                           const QDate& stopAt)
{
    QDate start = hire;
    for (int seq = 1;; ++seq) {
        PlannedContract c;
        c.employee = employee;
        c.seq = seq;
        c.start = start;
        c.signedOn = start.addDays(-m_random.between(0, 5));
        if (seq == 3) { // after two consecutive fixed terms the next contract is open-ended (Art. 14)
            c.type = QStringLiteral("open_ended");
            m_plan.contracts.append(c);
            return;
        }
        c.type = QStringLiteral("fixed");
        c.end = start.addYears(terms[seq - 1]).addDays(-1);
        if (seq == 1 && probationMonths > 0)
            c.probationEnd = start.addMonths(probationMonths).addDays(-1);
        m_plan.contracts.append(c);
        if (c.end >= stopAt)
            return;
        start = c.end.addDays(1);
    }
}

void Planner::addSupportStaff(int department, int manager, int count,
                              std::initializer_list<const char*> positions, const QString& role)
{
    const QList<const char*> list(positions);
    for (int i = 0; i < count; ++i)
        addEmployee(department, u8(list.at(i % list.size())), role, manager, *m_hq, Tenure::Staff);
}

OrgPlan Planner::run()
{
    const int teams = (m_size.sales + m_size.teamSize - 1) / m_size.teamSize;
    const int regionCount = std::min<int>(m_size.regions, int(regions().size()));
    const int support = m_size.employees - m_size.sales - teams - regionCount - 1;
    const bool bigSupport = support > 50;

    // Departments: the sales centre with regions and teams, and the support departments.
    const int admin = addDepartment(u8("综合管理部"), -1);
    const int hr = addDepartment(u8("人事部"), -1);
    const int finance = addDepartment(u8("财务部"), -1);
    const int marketing = bigSupport ? addDepartment(u8("市场部"), -1) : -1;
    const int service = bigSupport ? addDepartment(u8("客户服务部"), -1) : -1;
    const int salesCentre = addDepartment(u8("销售中心"), -1);

    // The heads.
    const QString other = QStringLiteral("other"), manager = QStringLiteral("sales_manager");
    const int ceo = addEmployee(admin, u8("总经理"), other, -1, *m_hq, Tenure::Executive);
    const int director = addEmployee(salesCentre, u8("销售总监"), manager, ceo, *m_hq, Tenure::Executive);
    const int hrHead = addEmployee(hr, u8("人事经理"), QStringLiteral("hr"), ceo, *m_hq, Tenure::Executive);
    const int financeHead =
        addEmployee(finance, u8("财务经理"), QStringLiteral("finance"), ceo, *m_hq, Tenure::Executive);
    const int marketingHead =
        bigSupport ? addEmployee(marketing, u8("市场部经理"), other, ceo, *m_hq, Tenure::Executive) : -1;
    const int serviceHead =
        bigSupport ? addEmployee(service, u8("客服部经理"), other, ceo, *m_hq, Tenure::Executive) : -1;
    m_plan.departments[admin].manager = ceo;
    m_plan.departments[salesCentre].manager = director;
    m_plan.departments[hr].manager = hrHead;
    m_plan.departments[finance].manager = financeHead;
    if (bigSupport) {
        m_plan.departments[marketing].manager = marketingHead;
        m_plan.departments[service].manager = serviceHead;
    }
    m_plan.hrManager = hrHead;
    m_plan.financeManager = financeHead;

    // Regions, each headed by a regional general manager reporting to the sales director.
    QList<int> regionDepartments, regionHeads;
    for (int r = 0; r < regionCount; ++r) {
        const Region& region = regions().at(r);
        const int department = addDepartment(region.name, salesCentre);
        const int head = addEmployee(department, u8("大区总经理"), manager, director, region.cities.first(),
                                     Tenure::Executive);
        m_plan.departments[department].manager = head;
        regionDepartments << department;
        regionHeads << head;
    }

    // Teams: spread over the regions, two teams per city before the next city opens; each team has a
    // manager reporting to the regional head and its salespeople reporting to the manager.
    QList<QList<int>> teamsPerCity(regionCount);
    for (int t = 0; t < teams; ++t) {
        const int r = t % regionCount;
        const Region& region = regions().at(r);
        const int k = t / regionCount;
        const int cityIndex = (k / 2) % int(region.cities.size());
        if (teamsPerCity[r].size() < region.cities.size())
            teamsPerCity[r].resize(region.cities.size(), 0);
        const int number = ++teamsPerCity[r][cityIndex];
        const City& city = region.cities.at(cityIndex);
        const int team = addDepartment(city.name + chineseNumber(number) + u8("部"), regionDepartments.at(r));
        const int lead =
            addEmployee(team, u8("销售经理"), manager, regionHeads.at(r), city, Tenure::TeamManager);
        m_plan.departments[team].manager = lead;
        const int first = int(qint64(t) * m_size.sales / teams),
                  last = int(qint64(t + 1) * m_size.sales / teams);
        for (int i = first; i < last; ++i) {
            const int p = m_random.below(100);
            const char* position = p < 60 ? "销售代表" : p < 85 ? "高级销售代表" : "客户经理";
            // The first team (the demo users' team) shows every kind of reminder: a contract ending
            // within 30 days, a second fixed term ending (Art. 14), probation ending within 7 days, a
            // recent hire, a leaver and a long-serving salesperson.
            static constexpr int kShowcase[] = {10, 22, 26, 29, 0, 4};
            const int profile = t == 0 && i - first < int(std::size(kShowcase)) ? kShowcase[i - first] : -1;
            const int person =
                addEmployee(team, u8(position), QStringLiteral("sales"), lead, city, Tenure::Staff, profile);
            if (t == 0 && m_plan.salesperson < 0 &&
                m_plan.employees.at(person).status == QLatin1String("active"))
                m_plan.salesperson = person;
        }
        if (t == 0)
            m_plan.teamManager = lead;
    }

    // Support staff below their department heads.
    const int staff = std::max(0, support - (bigSupport ? 5 : 3));
    const int hrStaff = std::max(1, staff * 15 / 100), financeStaff = std::max(1, staff * 20 / 100);
    addSupportStaff(hr, hrHead, hrStaff, {"人事专员", "招聘专员", "薪酬福利专员"}, QStringLiteral("hr"));
    addSupportStaff(finance, financeHead, financeStaff, {"会计", "出纳", "应收会计", "财务专员"},
                    QStringLiteral("finance"));
    int rest = staff - hrStaff - financeStaff;
    if (bigSupport) {
        const int marketingStaff = rest * 35 / 100, serviceStaff = rest * 40 / 100;
        addSupportStaff(marketing, marketingHead, marketingStaff, {"市场专员", "品牌专员", "活动策划"},
                        other);
        addSupportStaff(service, serviceHead, serviceStaff, {"客服专员", "客服主管"}, other);
        rest -= marketingStaff + serviceStaff;
    }
    addSupportStaff(admin, ceo, rest, {"行政专员", "IT专员", "前台", "法务专员"}, other);
    return std::move(m_plan);
}

} // namespace

OrgPlan planOrganization(const OrgSize& size, quint64 seed, const QDate& today, const QString& hqCity)
{
    return Planner(size, seed, today, hqCity).run();
}

} // namespace tl::core::demo

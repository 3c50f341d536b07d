#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "backup/DatabaseCheck.h"
#include "common/Progress.h"
#include "db/SqlQuery.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "org/LabourContractService.h"
#include "org/Validation.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QMap>

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("demo-pass-123");

void generateSmall(TestDatabase& t, quint64 seed)
{
    DemoGenerator::Options options;
    options.seed = seed;
    options.adminPassword = kPassword;
    NullProgress progress;
    const Status s = DemoGenerator::generate(t.db(), t.clock(), options, progress);
    INFO((s.ok() ? QString() : s.error().fullText()).toStdString());
    REQUIRE(s.ok());
}

qint64 count(TestDatabase& t, const char* sql)
{
    return SqlQuery::scalar(t.db(), QString::fromUtf8(sql)).toLongLong();
}

// A digest of everything the generator decides about people, departments and contracts.
QByteArray employeesDigest(TestDatabase& t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SqlQuery q(t.db(),
               QStringLiteral(
                   "SELECT e.code, e.name, d.name, e.position, e.role, ifnull(m.code, ''), e.hire_date, "
                   "e.status, ifnull(e.leave_date, ''), e.id_number, e.phone, e.bank_name, e.bank_account, "
                   "e.city, (SELECT group_concat(type || start_date || ifnull(end_date, '') || "
                   "ifnull(probation_end, ''), ';') FROM labour_contracts c WHERE c.employee_id = e.id) "
                   "FROM employees e JOIN departments d ON d.id = e.department_id "
                   "LEFT JOIN employees m ON m.id = e.manager_id ORDER BY e.code"));
    q.exec();
    while (q.next())
        for (int i = 0; i < 15; ++i)
            hash.addData(q.text(i).toUtf8().append('\x1f'));
    return hash.result();
}

} // namespace

TEST_CASE("the PRNG is xoshiro256** seeded by splitmix64, identical everywhere", "[demo]")
{
    // Reference values of the published algorithms for seed 0 (splitmix64 state expansion).
    DemoRandom random(0);
    CHECK(random.next() == 0x99EC5F36CB75F2B4ULL);
    CHECK(random.next() == 0xBF6E1F784956452AULL);
    DemoRandom a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const int x = a.below(1000);
        CHECK(x == b.below(1000));
        CHECK(x >= 0);
        CHECK(x < 1000);
        c.next();
    }
}

TEST_CASE("demo values: ID numbers, mobiles, bank accounts and numerals", "[demo]")
{
    DemoRandom random(7);
    for (int i = 0; i < 200; ++i) {
        const bool male = i % 2 == 0;
        const QString id = demo::idNumber(random, QStringLiteral("310104"), QDate(1990, 2, 28), male);
        QDate birth;
        QString gender;
        CHECK(checkIdNumber(id, &birth, &gender).isEmpty());
        CHECK(id.startsWith(QStringLiteral("31010419900228")));
        CHECK(birth == QDate(1990, 2, 28));
        CHECK(gender == (male ? QStringLiteral("M") : QStringLiteral("F")));
        CHECK(checkMobile(demo::mobile(random)).isEmpty());
    }
    // Known IDs: the check character of the GB 11643 example 11010519491231002 is X.
    CHECK(idNumberCheckChar(QStringLiteral("11010519491231002")) == QLatin1Char('X'));

    const demo::Bank cmb{QStringLiteral("招商银行"), QStringLiteral("622588"), 16};
    const QString card = demo::bankAccount(random, cmb);
    CHECK(card.size() == 16);
    CHECK(card.startsWith(QStringLiteral("622588")));
    // Luhn: 4111 1111 1111 1111 is the classic valid test number, so its prefix must get check digit 1.
    DemoRandom unused(1);
    CHECK(demo::bankAccount(unused, {QString(), QStringLiteral("411111111111111"), 16}) ==
          QStringLiteral("4111111111111111"));

    CHECK(demo::chineseNumber(1) == QStringLiteral("一"));
    CHECK(demo::chineseNumber(10) == QStringLiteral("十"));
    CHECK(demo::chineseNumber(12) == QStringLiteral("十二"));
    CHECK(demo::chineseNumber(20) == QStringLiteral("二十"));
    CHECK(demo::chineseNumber(47) == QStringLiteral("四十七"));
}

TEST_CASE("the small demo company has its people, departments and users and passes the check", "[demo]")
{
    TestDatabase t;
    generateSmall(t, 20260101);

    CHECK(count(t, "SELECT count(*) FROM employees") == 60);
    CHECK(count(t, "SELECT count(*) FROM employees WHERE role = 'sales'") == 40);
    // 综合管理部, 人事部, 财务部, 销售中心, two regions, four teams
    CHECK(count(t, "SELECT count(*) FROM departments") == 10);
    CHECK(count(t, "SELECT count(*) FROM departments WHERE parent_id = "
                   "(SELECT id FROM departments WHERE name = '销售中心')") == 2);
    CHECK(count(t, "SELECT count(*) FROM departments WHERE name IN ('上海一部', '上海二部', '北京一部', "
                   "'北京二部')") == 4);
    CHECK(count(t, "SELECT count(*) FROM departments WHERE manager_id IS NULL") == 0);

    // Every salesperson reports to the manager of their team, who reports to the regional head.
    CHECK(count(t, "SELECT count(*) FROM employees e JOIN departments d ON d.id = e.department_id "
                   "WHERE e.role = 'sales' AND e.manager_id IS NOT d.manager_id") == 0);
    CHECK(count(t, "SELECT count(*) FROM employees e JOIN departments team ON team.id = e.department_id "
                   "JOIN departments region ON region.id = team.parent_id "
                   "WHERE e.role = 'sales' AND (SELECT manager_id FROM employees WHERE id = team.manager_id) "
                   "IS NOT region.manager_id") == 0);

    // Users: admin plus the five demo users, linked as described.
    CHECK(count(t, "SELECT count(*) FROM users") == 6);
    CHECK(count(t,
                "SELECT count(*) FROM users u JOIN employees e ON e.id = u.employee_id "
                "WHERE u.username = 'manager' AND u.role = 'sales_manager' AND e.role = 'sales_manager'") ==
          1);
    CHECK(count(t, "SELECT count(*) FROM users s JOIN employees e ON e.id = s.employee_id "
                   "JOIN users m ON m.username = 'manager' "
                   "WHERE s.username = 'sales' AND s.role = 'sales' AND e.manager_id = m.employee_id "
                   "AND e.status = 'active'") == 1);
    CHECK(count(t, "SELECT count(*) FROM users WHERE username IN ('admin','hr','finance','auditor')") == 4);

    // Every row is audited with its exact snapshot: the full check is clean.
    CHECK(AuditLog::verify(t.db()).isEmpty());
    auto issues = DatabaseCheck::runOn(t.db());
    REQUIRE(issues.ok());
    CHECK(issues->isEmpty());
    CHECK(count(t, "SELECT count(*) FROM audit_log WHERE entity = 'employees'") == 60);
}

TEST_CASE("demo people have valid ID numbers, mobiles and consistent birth data", "[demo]")
{
    TestDatabase t;
    generateSmall(t, 99);
    SqlQuery q(t.db(),
               QStringLiteral("SELECT id_number, gender, birth_date, phone, hire_date FROM employees"));
    q.exec();
    int rows = 0;
    while (q.next()) {
        ++rows;
        QDate birth;
        QString gender;
        INFO(q.text(0).toStdString());
        CHECK(checkIdNumber(q.text(0), &birth, &gender).isEmpty());
        CHECK(gender == q.text(1));
        CHECK(birth.toString(Qt::ISODate) == q.text(2));
        CHECK(checkMobile(q.text(3)).isEmpty());
        const int ageAtHire = birth.daysTo(QDate::fromString(q.text(4), Qt::ISODate)) / 365;
        CHECK(ageAtHire >= 20);
        CHECK(ageAtHire <= 47);
    }
    CHECK(rows == 60);
}

TEST_CASE("demo labour contracts show every kind of reminder as of today", "[demo]")
{
    TestDatabase t; // today = 2026-03-15
    generateSmall(t, 5);
    CHECK(count(t, "SELECT count(*) FROM employees e WHERE (SELECT count(*) FROM labour_contracts c "
                   "WHERE c.employee_id = e.id) NOT BETWEEN 1 AND 3") == 0);
    // fixed-term contract ending within 30 days, of someone still employed
    CHECK(count(t, "SELECT count(*) FROM labour_contracts c JOIN employees e ON e.id = c.employee_id "
                   "WHERE e.status <> 'left' AND c.type = 'fixed' AND c.end_date BETWEEN '2026-03-15' AND "
                   "'2026-04-14'") >= 2);
    // probation ending within 7 days
    CHECK(count(t,
                "SELECT count(*) FROM labour_contracts c JOIN employees e ON e.id = c.employee_id "
                "WHERE e.status = 'probation' AND c.probation_end BETWEEN '2026-03-15' AND '2026-03-22'") >=
          1);
    // the second consecutive fixed-term contract ends within 30 days (Art. 14 on renewal)
    CHECK(
        count(t,
              "SELECT count(*) FROM labour_contracts c WHERE c.seq = 2 AND c.type = 'fixed' AND "
              "c.end_date BETWEEN '2026-03-15' AND '2026-04-14' AND EXISTS (SELECT 1 FROM labour_contracts p "
              "WHERE p.employee_id = c.employee_id AND p.seq = 1 AND p.type = 'fixed')") >= 1);
    // long-serving people on an open-ended third contract, hired ten or more years ago
    CHECK(count(t, "SELECT count(*) FROM labour_contracts c JOIN employees e ON e.id = c.employee_id "
                   "WHERE c.seq = 3 AND c.type = 'open_ended' AND e.hire_date <= '2016-03-15'") >= 1);
    // renewals follow on the next day; only the first contract has a probation
    CHECK(count(t,
                "SELECT count(*) FROM labour_contracts c JOIN labour_contracts p ON p.employee_id = "
                "c.employee_id AND p.seq = c.seq - 1 WHERE c.start_date <> date(p.end_date, '+1 day')") == 0);
    CHECK(count(t, "SELECT count(*) FROM labour_contracts WHERE seq > 1 AND probation_end IS NOT NULL") == 0);
    // statuses: mostly active, some in probation, some left (with a leave date)
    CHECK(count(t, "SELECT count(*) FROM employees WHERE status = 'active'") >= 40);
    CHECK(count(t, "SELECT count(*) FROM employees WHERE status = 'probation'") >= 2);
    CHECK(count(t, "SELECT count(*) FROM employees WHERE status = 'left' AND leave_date < '2026-03-15'") >=
          1);
    CHECK(count(t, "SELECT count(*) FROM employees WHERE (status IN ('left', 'leaving')) <> "
                   "(leave_date IS NOT NULL)") == 0);
}

TEST_CASE("the labour-contract reminders of the demo: every kind a user should see, no legal problem",
          "[demo]")
{
    TestDatabase t;
    generateSmall(t, 20260101);
    const Context ctx = t.context();
    auto alerts = LabourContractService(ctx).alerts(t.clock().today());
    REQUIRE(alerts.ok());
    QMap<ContractAlert::Kind, int> kinds;
    for (const ContractAlert& a : alerts.value())
        ++kinds[a.kind];
    CHECK(kinds.value(ContractAlert::Kind::EndingSoon) >= 2);
    CHECK(kinds.value(ContractAlert::Kind::ProbationEnding) >= 1);
    CHECK(kinds.value(ContractAlert::Kind::ThirdFixedTerm) >= 1);
    CHECK(kinds.value(ContractAlert::Kind::ProbationTooLong) == 0);
    CHECK(kinds.value(ContractAlert::Kind::SecondProbation) == 0);
    CHECK(kinds.value(ContractAlert::Kind::NoContract) == 0);
}

TEST_CASE("the medium demo company: size, departments and a clean check", "[demo]")
{
    TestDatabase t;
    DemoGenerator::Options options;
    options.scale = DemoGenerator::Scale::Medium;
    options.adminPassword = kPassword;
    NullProgress progress;
    REQUIRE(DemoGenerator::generate(t.db(), t.clock(), options, progress).ok());
    CHECK(count(t, "SELECT count(*) FROM employees") == 1000);
    CHECK(count(t, "SELECT count(*) FROM employees WHERE role = 'sales'") == 800);
    // five regions below the sales centre; 67 teams of 11 or 12 below them
    CHECK(count(t, "SELECT count(*) FROM departments WHERE parent_id = "
                   "(SELECT id FROM departments WHERE name = '销售中心')") == 5);
    CHECK(count(t,
                "SELECT count(*) FROM departments d WHERE d.parent_id IN (SELECT id FROM departments WHERE "
                "parent_id = (SELECT id FROM departments WHERE name = '销售中心'))") == 67);
    CHECK(count(t,
                "SELECT count(*) FROM (SELECT department_id, count(*) n FROM employees WHERE role = 'sales' "
                "GROUP BY department_id) WHERE n NOT IN (11, 12)") == 0);
    const Context ctx = t.context();
    auto alerts = LabourContractService(ctx).alerts(t.clock().today());
    REQUIRE(alerts.ok());
    for (const ContractAlert& a : alerts.value()) {
        INFO(a.message.toStdString());
        CHECK(a.kind != ContractAlert::Kind::ProbationTooLong);
        CHECK(a.kind != ContractAlert::Kind::SecondProbation);
        CHECK(a.kind != ContractAlert::Kind::NoContract);
        CHECK(a.kind != ContractAlert::Kind::TenYears);
    }
    // Receivables in the proportions of the large scale (DESIGN §6: 200,000 customers, 500,000 contracts,
    // 2,000,000 instalments, 1,500,000 payments), within a tenth.
    const qint64 customers = count(t, "SELECT count(*) FROM customers");
    const qint64 contracts = count(t, "SELECT count(*) FROM contracts");
    const qint64 installments = count(t, "SELECT count(*) FROM installments");
    const qint64 payments = count(t, "SELECT count(*) FROM payments");
    CHECK(customers == 10000);
    CHECK(contracts * 10 >= customers * 25 * 9 / 10);
    CHECK(contracts * 10 <= customers * 25 * 11 / 10);
    CHECK(installments * 10 >= contracts * 40 * 9 / 10);
    CHECK(installments * 10 <= contracts * 40 * 11 / 10);
    CHECK(payments * 10 >= contracts * 30 * 9 / 10);
    CHECK(payments * 10 <= contracts * 30 * 11 / 10);
    auto issues = DatabaseCheck::runOn(t.db());
    REQUIRE(issues.ok());
    CHECK(issues->isEmpty());
}

TEST_CASE("the same seed gives the same company, another seed another one", "[demo]")
{
    TestDatabase a, b, c;
    generateSmall(a, 1234);
    generateSmall(b, 1234);
    generateSmall(c, 1235);
    CHECK(employeesDigest(a) == employeesDigest(b));
    CHECK(employeesDigest(a) != employeesDigest(c));
}

TEST_CASE("the demo needs an empty database and a valid password", "[demo]")
{
    TestDatabase t;
    generateSmall(t, 1);
    DemoGenerator::Options options;
    options.adminPassword = kPassword;
    NullProgress progress;
    const Status again = DemoGenerator::generate(t.db(), t.clock(), options, progress);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    TestDatabase empty;
    options.adminPassword = QStringLiteral("short");
    const Status weak = DemoGenerator::generate(empty.db(), empty.clock(), options, progress);
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == ErrorCode::Invalid);
    CHECK(count(empty, "SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("a cancelled demo generation writes nothing", "[demo]")
{
    TestDatabase t;
    DemoGenerator::Options options;
    options.adminPassword = kPassword;
    NullProgress progress;
    progress.cancel();
    const Status s = DemoGenerator::generate(t.db(), t.clock(), options, progress);
    REQUIRE_FALSE(s.ok());
    CHECK(count(t, "SELECT count(*) FROM employees") == 0);
    CHECK(count(t, "SELECT count(*) FROM company") == 0);
    CHECK(count(t, "SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("scale keys", "[demo]")
{
    CHECK(DemoGenerator::scaleFromKey(QStringLiteral("small")) == DemoGenerator::Scale::Small);
    CHECK(DemoGenerator::scaleFromKey(QStringLiteral("medium")) == DemoGenerator::Scale::Medium);
    CHECK(DemoGenerator::scaleFromKey(QStringLiteral("large")) == DemoGenerator::Scale::Large);
    CHECK_FALSE(DemoGenerator::scaleFromKey(QStringLiteral("huge")).has_value());
}

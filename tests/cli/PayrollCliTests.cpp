// End-to-end tests of `payroll calc|approve|lock|show` through the real teamledger-cli binary (DESIGN §4;
// issue 5, "Done means" 2 and 3). The database is built from CSV files only (tests/data/payrollrun:
// employees, salary profiles, attendance); the one loss claim is entered through LossClaimService, there
// being no import for claims. Every expected amount was worked out by hand: tests/data/payrollrun/README.md
// has the arithmetic line by line.
#include "CliWorkspace.h"
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "money/Money.h"
#include "payroll/LossClaimService.h"
#include "payroll/PayLines.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace tl::core;

namespace {

const QString kPassword = QStringLiteral("payroll-secret-1");

using Outcome = tl::test::CliOutcome;

QString dataFile(const QString& name)
{
    return tl::test::testDataPath(QStringLiteral("payrollrun/") + name);
}

class PayrollWorkspace : public tl::test::CliWorkspace
{
public:
    PayrollWorkspace() : CliWorkspace(kPassword) {}

    // As HR (the payroll administrator).
    Outcome hr(const QStringList& args) const
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("hr")} + args);
    }

    // The sqlite3 shell on the file: exit code and stderr.
    Outcome shell(const QString& sql) const
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {db(), sql});
        REQUIRE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A new company from CSV files, then the users of the scenario and E004's loss claim of 2,500.00
    // (requested by finance, approved by HR) through the services.
    void buildScenario() const
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("薪资测试有限公司"),
            QStringLiteral("--city"), QStringLiteral("shanghai")});
        ok({QStringLiteral("import"), QStringLiteral("employees"),
            dataFile(QStringLiteral("employees.csv"))});

        // Admin may import people but not salaries.
        CHECK(run({QStringLiteral("import"), QStringLiteral("salary-profiles"),
                   dataFile(QStringLiteral("salary_profiles.csv"))})
                  .code == 3);

        auto opened = Database::open(db(), Database::OpenMode::OpenExisting);
        REQUIRE(opened.ok());
        Database& database = **opened;
        SystemClock clock;
        const Context system{database, clock, Session::systemSession(), nullptr};
        auto employee = [&](const char* code) {
            return SqlQuery::scalar(database, QStringLiteral("SELECT id FROM employees WHERE code = ?"),
                                    {QString::fromLatin1(code)})
                .toLongLong();
        };
        UserService users(system);
        REQUIRE(users.create(QStringLiteral("hr"), UserFields{QStringLiteral("人事"), Role::Hr, 0}, kPassword)
                    .ok());
        REQUIRE(users
                    .create(QStringLiteral("finance"), UserFields{QStringLiteral("财务"), Role::Finance, 0},
                            kPassword)
                    .ok());
        REQUIRE(users
                    .create(QStringLiteral("wangqiang"),
                            UserFields{QStringLiteral("王强"), Role::Sales, employee("E003")}, kPassword)
                    .ok());
        auto login = [&](const QString& name) {
            auto session = AuthService(system).login(name, kPassword);
            REQUIRE(session.ok());
            return *session;
        };
        const Context finance{database, clock, login(QStringLiteral("finance")), nullptr};
        const Context hr{database, clock, login(QStringLiteral("hr")), nullptr};
        const auto claim = LossClaimService(finance).request(employee("E004"), Money::fromYuan(2500),
                                                             QStringLiteral("遗失公司演示样机"));
        REQUIRE(claim.ok());
        REQUIRE(LossClaimService(hr).approve(*claim).ok());
    }

    void importPayrollData() const
    {
        const Outcome profiles = hr({QStringLiteral("import"), QStringLiteral("salary-profiles"),
                                     dataFile(QStringLiteral("salary_profiles.csv"))});
        INFO(profiles.err.toStdString());
        REQUIRE(profiles.code == 0);
        for (const char* file : {"attendance_2026-01.csv", "attendance_2026-02.csv"}) {
            const Outcome o = hr({QStringLiteral("import"), QStringLiteral("attendance"),
                                  dataFile(QString::fromLatin1(file))});
            INFO(o.err.toStdString());
            REQUIRE(o.code == 0);
        }
    }
};

QJsonObject parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList lines(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromLatin1(item);
    return list;
}

// One expected payslip: lines as "code amount" in payslip order (names come from payLineName).
QJsonObject payslip(const char* employee, const char* name, const QStringList& lines, const char* gross,
                    const char* net)
{
    QJsonArray array;
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        array.append(QJsonObject{{QStringLiteral("code"), parts.at(0)},
                                 {QStringLiteral("name"), payLineName(parts.at(0))},
                                 {QStringLiteral("amount"), parts.at(1)}});
    }
    return QJsonObject{{QStringLiteral("employee"), QString::fromLatin1(employee)},
                       {QStringLiteral("name"), QString::fromUtf8(name)},
                       {QStringLiteral("lines"), array},
                       {QStringLiteral("gross"), QString::fromLatin1(gross)},
                       {QStringLiteral("net"), QString::fromLatin1(net)}};
}

// The employer's costs of the four people (the same in both months).
const QStringList kEmployerE001 =
    lines({"employer_pension 2400.00", "employer_medical 1500.00", "employer_unemployment 75.00",
           "employer_injury 24.00", "employer_housing_fund 1050.00"});
const QStringList kEmployerE002 =
    lines({"employer_pension 1145.92", "employer_medical 701.88", "employer_unemployment 35.81",
           "employer_injury 28.65", "employer_housing_fund 859.00"});
const QStringList kEmployerE003 =
    lines({"employer_pension 1920.00", "employer_medical 1200.00", "employer_unemployment 60.00",
           "employer_injury 19.20", "employer_housing_fund 840.00"});
const QStringList kEmployerE004 =
    lines({"employer_pension 1440.00", "employer_medical 882.00", "employer_unemployment 45.00",
           "employer_injury 36.00", "employer_housing_fund 900.00"});

QJsonObject expectedJanuary(const char* status)
{
    const QJsonArray payslips{
        payslip("E001", "张伟",
                lines({"base 20000.00", "allowance 500.00", "absence_deduction 1839.08", "pension 1200.00",
                       "medical 300.00", "unemployment 75.00", "housing_fund 1050.00", "iit 271.08"}) +
                    kEmployerE001,
                "18660.92", "15764.84"),
        payslip("E002", "李娜",
                lines({"base 5000.00", "pension 572.96", "medical 143.24", "unemployment 35.81",
                       "housing_fund 859.00"}) +
                    kEmployerE002,
                "5000.00", "3388.99"),
        payslip("E003", "王强",
                lines({"base 8181.82", "allowance 300.00", "pension 960.00", "medical 240.00",
                       "unemployment 60.00", "housing_fund 840.00"}) +
                    kEmployerE003,
                "8481.82", "6381.82"),
        payslip("E004", "赵敏",
                lines({"base 9000.00", "pension 720.00", "medical 180.00", "unemployment 45.00",
                       "housing_fund 900.00", "iit 64.65", "loss_deduction 1800.00"}) +
                    kEmployerE004,
                "9000.00", "5290.35"),
    };
    return QJsonObject{{QStringLiteral("period"), QStringLiteral("2026-01")},
                       {QStringLiteral("status"), QString::fromLatin1(status)},
                       {QStringLiteral("payslips"), payslips}};
}

QJsonObject expectedFebruary(const char* status)
{
    const QJsonArray payslips{
        payslip("E001", "张伟",
                lines({"base 22000.00", "allowance 500.00", "pension 1200.00", "medical 300.00",
                       "unemployment 75.00", "housing_fund 1050.00", "iit 386.25"}) +
                    kEmployerE001,
                "22500.00", "19488.75"),
        payslip("E002", "李娜",
                lines({"base 5000.00", "pension 572.96", "medical 143.24", "unemployment 35.81",
                       "housing_fund 859.00"}) +
                    kEmployerE002,
                "5000.00", "3388.99"),
        payslip("E003", "王强",
                lines({"base 12000.00", "allowance 300.00", "absence_deduction 275.86", "pension 960.00",
                       "medical 240.00", "unemployment 60.00", "housing_fund 840.00", "iit 99.18"}) +
                    kEmployerE003,
                "12024.14", "9824.96"),
        payslip("E004", "赵敏",
                lines({"base 9000.00", "pension 720.00", "medical 180.00", "unemployment 45.00",
                       "housing_fund 900.00", "iit 64.65", "loss_deduction 700.00"}) +
                    kEmployerE004,
                "9000.00", "6390.35"),
    };
    return QJsonObject{{QStringLiteral("period"), QStringLiteral("2026-02")},
                       {QStringLiteral("status"), QString::fromLatin1(status)},
                       {QStringLiteral("payslips"), payslips}};
}

// Compares as JSON, printing both sides when they differ.
void checkJson(const QJsonObject& actual, const QJsonObject& expected)
{
    INFO("actual:   " << QJsonDocument(actual).toJson(QJsonDocument::Compact).toStdString());
    INFO("expected: " << QJsonDocument(expected).toJson(QJsonDocument::Compact).toStdString());
    CHECK(actual == expected);
}

void checkRows(const QStringList& actual, const QStringList& expected)
{
    INFO("actual:   " << actual.join(QStringLiteral("; ")).toStdString());
    INFO("expected: " << expected.join(QStringLiteral("; ")).toStdString());
    CHECK(actual == expected);
}

QStringList showJson(const QString& period)
{
    return {QStringLiteral("payroll"), QStringLiteral("show"), period, QStringLiteral("--format"),
            QStringLiteral("json")};
}

} // namespace

TEST_CASE("cli payroll: two months from CSV imports match the hand-computed payslips to the fen",
          "[cli][payroll]")
{
    PayrollWorkspace w;
    w.buildScenario();
    w.importPayrollData();
    checkRows(w.rows("SELECT count(*) FROM salary_profiles"), QStringList{QStringLiteral("5")});
    checkRows(w.rows("SELECT e.code, a.date, a.status, a.half_day FROM attendance a JOIN employees e "
                     "ON e.id = a.employee_id WHERE a.status NOT IN ('present') ORDER BY a.date"),
              QStringList{QStringLiteral("E001|2026-01-20|absent|0"),
                          QStringLiteral("E001|2026-01-21|personal_leave|0"),
                          QStringLiteral("E001|2026-01-22|sick_leave|0"),
                          QStringLiteral("E001|2026-01-23|late|0"),
                          QStringLiteral("E003|2026-02-10|personal_leave|1")});

    // January: calculated, shown, approved, locked.
    const Outcome january =
        w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")});
    INFO(january.err.toStdString());
    REQUIRE(january.code == 0);
    CHECK(january.out.startsWith(QStringLiteral("Payroll 2026-01 calculated: 4 payslip(s)")));
    const Outcome shown = w.hr(showJson(QStringLiteral("2026-01")));
    REQUIRE(shown.code == 0);
    CHECK(shown.out.endsWith(QLatin1Char('\n')));
    checkJson(parse(shown.out), expectedJanuary("calculated"));

    // Recalculating before approval replaces the payslips: the same figures again, calculation 2.
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")}).code == 0);
    checkRows(w.rows("SELECT calc_no, payslip_count, gross_total, net_total FROM payroll_runs"),
              QStringList{QStringLiteral("2|4|4114274|3082600")});
    checkJson(parse(w.hr(showJson(QStringLiteral("2026-01"))).out), expectedJanuary("calculated"));

    // Locking needs approval first.
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("lock"), QStringLiteral("2026-01")}).code == 5);
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2026-01")}).code ==
            0);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")}).code == 5);
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("lock"), QStringLiteral("2026-01")}).code == 0);
    checkJson(parse(w.hr(showJson(QStringLiteral("2026-01"))).out), expectedJanuary("locked"));
    checkRows(w.rows("SELECT amount, recovered, status FROM loss_claims"),
              QStringList{QStringLiteral("250000|180000|approved")});
    checkRows(w.rows("SELECT count(*), sum(amount) FROM loss_recoveries"),
              QStringList{QStringLiteral("1|180000")});

    // February uses January's locked cumulative figures.
    const Outcome february =
        w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-02")});
    INFO(february.err.toStdString());
    REQUIRE(february.code == 0);
    checkJson(parse(w.hr(showJson(QStringLiteral("2026-02"))).out), expectedFebruary("calculated"));

    // One employee, and CSV.
    const Outcome one = w.hr({QStringLiteral("payroll"), QStringLiteral("show"), QStringLiteral("2026-02"),
                              QStringLiteral("--employee"), QStringLiteral("E003"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray only = parse(one.out).value(QStringLiteral("payslips")).toArray();
    REQUIRE(only.size() == 1);
    CHECK(only.at(0) == expectedFebruary("calculated").value(QStringLiteral("payslips")).toArray().at(2));
    const Outcome csv = w.hr({QStringLiteral("payroll"), QStringLiteral("show"), QStringLiteral("2026-02"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.code == 0);
    const QStringList csvLines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csvLines.size() == 5);
    CHECK(csvLines.at(0) ==
          QStringLiteral(
              "employee,name,base,performance,commission,bonus,allowance,visit_allowance,"
              "adjustment,absence_deduction,pension,medical,unemployment,housing_fund,iit,loss_deduction,"
              "employer_pension,employer_medical,employer_unemployment,employer_injury,"
              "employer_housing_fund,gross,net,employer_cost"));
    CHECK(csvLines.at(3) ==
          QString::fromUtf8("E003,王强,12000.00,0.00,0.00,0.00,300.00,0.00,0.00,275.86,960.00,240.00,"
                            "60.00,840.00,99.18,0.00,1920.00,1200.00,60.00,19.20,840.00,"
                            "12024.14,9824.96,4039.20"));

    // Locking February settles the loss claim; the audit trail checks out.
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2026-02")}).code ==
            0);
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("lock"), QStringLiteral("2026-02")}).code == 0);
    checkRows(w.rows("SELECT amount, recovered, status FROM loss_claims"),
              QStringList{QStringLiteral("250000|250000|settled")});
    const Outcome check = w.run({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("cli payroll: a locked run cannot change, not even from the sqlite3 shell", "[cli][payroll]")
{
    PayrollWorkspace w;
    w.buildScenario();
    w.importPayrollData();
    for (const char* step : {"calc", "approve", "lock"})
        REQUIRE(
            w.hr({QStringLiteral("payroll"), QString::fromLatin1(step), QStringLiteral("2026-01")}).code ==
            0);
    const QStringList before = w.rows("SELECT id, net, gross FROM payslips ORDER BY id");

    const Outcome again =
        w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")});
    CHECK(again.code == 5);
    CHECK(again.err.contains(QStringLiteral("locked")));
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2026-01")}).code == 5);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("lock"), QStringLiteral("2026-01")}).code == 5);

    const Outcome update = w.shell(QStringLiteral("UPDATE payslips SET net = 0"));
    CHECK(update.code != 0);
    CHECK(update.err.contains(QStringLiteral("payslips are never changed")));
    CHECK(w.shell(QStringLiteral("DELETE FROM payslip_lines")).code != 0);
    CHECK(w.shell(QStringLiteral("UPDATE payslip_lines SET amount = 1")).code != 0);
    CHECK(w.shell(QStringLiteral("UPDATE payroll_runs SET status = 'calculated'")).code != 0);
    CHECK(w.shell(QStringLiteral("DELETE FROM payroll_runs")).code != 0);
    CHECK(w.shell(QStringLiteral("UPDATE loss_recoveries SET amount = 1")).code != 0);
    const Outcome insert = w.shell(QStringLiteral(
        "INSERT INTO payslips (run_id, calc_no, employee_id, city, gross, employee_contributions, "
        "taxable_income, "
        "special_additional, iit, bonus_tax, loss_deducted, net, employer_cost, months_employed, ytd_income, "
        "ytd_special_deduction, ytd_special_additional, ytd_withheld, inputs) "
        "SELECT id, calc_no + 1, 1, 'shanghai', 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, '{}' FROM "
        "payroll_runs"));
    CHECK(insert.code != 0);
    CHECK(insert.err.contains(QStringLiteral("approved or locked")));
    CHECK(w.rows("SELECT id, net, gross FROM payslips ORDER BY id") == before);
    checkRows(w.rows("SELECT status FROM payroll_runs"), QStringList{QStringLiteral("locked")});

    // A salary profile or attendance of the locked month can no longer change either.
    const QString late = w.path(QStringLiteral("late.csv"));
    QFile f(late);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("employee_code,date,status\nE002,2026-01-15,absent\n");
    f.close();
    const Outcome closed = w.hr({QStringLiteral("import"), QStringLiteral("attendance"), late});
    CHECK(closed.code == 2);
    CHECK(closed.err.contains(QStringLiteral("row 2, column date: the payroll of 2026-01 is locked")));
}

TEST_CASE("cli payroll: who may run the payroll and see payslips", "[cli][payroll]")
{
    PayrollWorkspace w;
    w.buildScenario();
    w.importPayrollData();
    const QStringList calc{QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")};
    auto as = [&](const char* user, const QStringList& args) {
        return w.run(QStringList{QStringLiteral("--user"), QString::fromLatin1(user)} + args);
    };
    // Neither the administrator nor finance nor a salesperson runs the payroll.
    CHECK(w.run(calc).code == 3);
    CHECK(as("finance", calc).code == 3);
    CHECK(as("wangqiang", calc).code == 3);
    checkRows(w.rows("SELECT count(*) FROM payroll_runs"), QStringList{QStringLiteral("0")});
    REQUIRE(w.hr(calc).code == 0);

    // Finance sees no salaries; the salesperson sees nothing before approval, then only their own payslip.
    CHECK(as("finance", showJson(QStringLiteral("2026-01"))).code == 3);
    CHECK(w.run(showJson(QStringLiteral("2026-01"))).code == 3);
    const QJsonObject draft = parse(as("wangqiang", showJson(QStringLiteral("2026-01"))).out);
    CHECK(draft.value(QStringLiteral("status")).toString() == QStringLiteral("calculated"));
    CHECK(draft.value(QStringLiteral("payslips")).toArray().isEmpty());
    REQUIRE(w.hr({QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2026-01")}).code ==
            0);
    const QJsonObject own = parse(as("wangqiang", showJson(QStringLiteral("2026-01"))).out);
    const QJsonArray ownSlips = own.value(QStringLiteral("payslips")).toArray();
    REQUIRE(ownSlips.size() == 1);
    CHECK(ownSlips.at(0) == expectedJanuary("approved").value(QStringLiteral("payslips")).toArray().at(2));
    CHECK(as("wangqiang", showJson(QStringLiteral("2026-01")) +
                              QStringList{QStringLiteral("--employee"), QStringLiteral("E001")})
              .code == 3);
    CHECK(as("wangqiang", {QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2026-01")})
              .code == 3);

    // Usage errors and unknown months.
    CHECK(w.hr({QStringLiteral("payroll")}).code == 1);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("pay"), QStringLiteral("2026-01")}).code == 1);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("January")}).code == 1);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("show"), QStringLiteral("2026-01"),
                QStringLiteral("--format"), QStringLiteral("xml")})
              .code == 1);
    CHECK(w.hr(showJson(QStringLiteral("2025-12"))).code == 4);
    CHECK(w.hr({QStringLiteral("payroll"), QStringLiteral("approve"), QStringLiteral("2025-12")}).code == 4);
    // February cannot be calculated before January is locked.
    const Outcome early =
        w.hr({QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-02")});
    CHECK(early.code == 5);
    CHECK(early.err.contains(QStringLiteral("2026-01")));
}

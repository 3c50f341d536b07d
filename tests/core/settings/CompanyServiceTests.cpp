#include <catch2/catch.hpp>

#include "SettingsFixture.h"

#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

using namespace tl::core;
using tl::test::SettingsFixture;

namespace {

QStringList problemColumns(const Error& error)
{
    QStringList columns;
    for (const FieldProblem& p : error.problems)
        columns << p.column;
    return columns;
}

} // namespace

TEST_CASE_METHOD(SettingsFixture, "the built-in Shanghai profile holds the 2025 figures in fen and ppm",
                 "[settings][city]")
{
    auto p = CompanyService(sys).effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 3, 15));
    REQUIRE(p.ok());
    CHECK(p->effectiveFrom == QDate(2025, 7, 1));
    CHECK(p->siBaseMin == 746000);
    CHECK(p->siBaseMax == 3730200);
    CHECK(p->pensionEmployeePpm == 80000);
    CHECK(p->medicalEmployeePpm == 20000);
    CHECK(p->unemploymentEmployeePpm == 5000);
    CHECK(p->pensionEmployerPpm == 160000);
    CHECK(p->medicalEmployerPpm == 100000);
    CHECK(p->unemploymentEmployerPpm == 5000);
    CHECK(p->injuryEmployerPpm == 1600);
    CHECK(p->hfBaseMin == 274000);
    CHECK(p->hfBaseMax == 3730200);
    CHECK(p->hfRatePpm == 70000);
    CHECK(p->minimumWage == 274000);
    CHECK(p->siRounding == QStringLiteral("half_up_fen"));
    CHECK(p->hfRounding == QStringLiteral("half_up_yuan"));
}

TEST_CASE_METHOD(SettingsFixture,
                 "the built-in Beijing profiles follow the minimum-wage change of September 2025",
                 "[settings][city]")
{
    CompanyService company(sys);
    auto july = company.effectiveCityProfile(QStringLiteral("beijing"), QDate(2025, 8, 31));
    REQUIRE(july.ok());
    CHECK(july->effectiveFrom == QDate(2025, 7, 1));
    CHECK(july->siBaseMin == 716200);
    CHECK(july->siBaseMax == 3581100);
    CHECK(july->pensionEmployeePpm == 80000);
    CHECK(july->medicalEmployeePpm == 20000);
    CHECK(july->unemploymentEmployeePpm == 5000);
    CHECK(july->pensionEmployerPpm == 160000);
    CHECK(july->medicalEmployerPpm == 98000);
    CHECK(july->unemploymentEmployerPpm == 5000);
    CHECK(july->injuryEmployerPpm == 4000);
    CHECK(july->hfBaseMin == 716200);
    CHECK(july->hfBaseMax == 3581100);
    CHECK(july->hfRatePpm == 120000);
    CHECK(july->minimumWage == 242000);

    auto september = company.effectiveCityProfile(QStringLiteral("北京"), QDate(2025, 9, 1));
    REQUIRE(september.ok());
    CHECK(september->effectiveFrom == QDate(2025, 9, 1));
    CHECK(september->minimumWage == 254000);
    CHECK(september->siBaseMin == 716200);

    auto before = company.effectiveCityProfile(QStringLiteral("beijing"), QDate(2025, 6, 30));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::NotFound);
    CHECK(company.effectiveCityProfile(QStringLiteral("广州"), QDate(2026, 1, 1)).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE_METHOD(SettingsFixture, "a new dated profile takes over from its first day", "[settings][city]")
{
    CompanyService company(sys);
    CityProfile next = *company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 3, 15));
    next.effectiveFrom = QDate(2026, 7, 1);
    next.siBaseMin = 760000;
    next.siBaseMax = 3800000;
    next.name.clear();
    auto id = company.addCityProfile(next);
    REQUIRE(id.ok());

    CHECK(company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 6, 30))->siBaseMin == 746000);
    auto from = company.effectiveCityProfile(QStringLiteral(" 上海市 "), QDate(2026, 7, 1));
    REQUIRE(from.ok());
    CHECK(from->id == *id);
    CHECK(from->siBaseMin == 760000);
    CHECK(from->name == QStringLiteral("Shanghai")); // untranslated test run
    CHECK(company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2030, 1, 1))->id == *id);
    CHECK(company.cityProfiles(QStringLiteral("shanghai"))->size() == 2);

    // Same city and start date again: a conflict, not a second row.
    auto twice = company.addCityProfile(next);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(SettingsFixture, "city profiles are validated: floor at most cap, rates 0 to 100%",
                 "[settings][city]")
{
    CompanyService company(sys);
    CityProfile p = *company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 1, 1));
    p.effectiveFrom = QDate(2026, 7, 1);
    p.siBaseMin = 4000000; // above the cap 3,730,200
    p.hfBaseMin = -1;
    p.pensionEmployeePpm = 1000001; // 100.0001%
    p.injuryEmployerPpm = -5;
    p.hfRounding = QStringLiteral("to_the_nearest_dollar");
    auto r = company.addCityProfile(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(problemColumns(r.error()) ==
          QStringList{QStringLiteral("hf_base_min"), QStringLiteral("si_base_max"),
                      QStringLiteral("pension_employee_ppm"), QStringLiteral("injury_employer_ppm"),
                      QStringLiteral("hf_rounding")});

    CityProfile edge = *company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 1, 1));
    edge.id = 0;
    edge.city = QStringLiteral("Suzhou");
    edge.siBaseMin = edge.siBaseMax; // floor = cap is allowed
    edge.hfRatePpm = 1000000;        // 100% is the limit
    edge.injuryEmployerPpm = 0;
    auto ok = company.addCityProfile(edge);
    REQUIRE(ok.ok());
    CHECK(company.cityProfile(*ok)->city == QStringLiteral("suzhou"));

    CityProfile noDate = edge;
    noDate.effectiveFrom = QDate();
    CHECK(problemColumns(company.addCityProfile(noDate).error()) ==
          QStringList{QStringLiteral("effective_from")});
}

TEST_CASE_METHOD(SettingsFixture, "a stored profile can be corrected and the correction is audited",
                 "[settings][city]")
{
    CompanyService company(sys);
    CityProfile p = *company.effectiveCityProfile(QStringLiteral("beijing"), QDate(2025, 10, 1));
    p.injuryEmployerPpm = 2000;
    REQUIRE(company.updateCityProfile(p).ok());
    CHECK(company.cityProfile(p.id)->injuryEmployerPpm == 2000);
    // Moving it onto the start date of the other Beijing profile is a conflict.
    p.effectiveFrom = QDate(2025, 7, 1);
    CHECK(company.updateCityProfile(p).error().code == ErrorCode::Conflict);
    p.id = 9999;
    CHECK(company.updateCityProfile(p).error().code == ErrorCode::NotFound);
    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'city_profiles' "
                                          "AND action = 'update'"))
              .toInt() == 1);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(SettingsFixture,
                 "city profiles are kept by the administrator and by HR, who runs the payroll",
                 "[settings][city]")
{
    CityProfile p = *CompanyService(sys).effectiveCityProfile(QStringLiteral("shanghai"), QDate(2025, 10, 1));
    p.minimumWage = 282'000; // a new minimum wage of 2,820
    for (Role role : {Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
        INFO(roleKey(role).toStdString());
        const Context ctx = t.context(roleSession(role));
        CHECK(CompanyService(ctx).updateCityProfile(p).error().code == ErrorCode::PermissionDenied);
        CityProfile next = p;
        next.effectiveFrom = QDate(2026, 7, 1);
        CHECK(CompanyService(ctx).addCityProfile(next).error().code == ErrorCode::PermissionDenied);
    }
    CHECK(CompanyService(sys).cityProfile(p.id)->minimumWage == 274'000);
    for (Role role : {Role::Admin, Role::Hr}) {
        INFO(roleKey(role).toStdString());
        const Context ctx = t.context(roleSession(role));
        REQUIRE(CompanyService(ctx).updateCityProfile(p).ok());
        p.minimumWage += 100;
    }
    CHECK(CompanyService(sys).cityProfile(p.id)->minimumWage == 282'100);
    // HR still may not change the company data.
    Company c = *CompanyService(sys).company();
    CHECK(CompanyService(t.context(roleSession(Role::Hr))).updateCompany(c).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(SettingsFixture, "the company data is updated by an administrator only and validated",
                 "[settings][company]")
{
    Company c = *CompanyService(sys).company();
    c.legalName = QStringLiteral("上海测试贸易有限公司");
    c.address = QStringLiteral("上海市浦东新区世纪大道100号");
    c.phone = QStringLiteral("021-12345678");
    c.taxId = QStringLiteral("91310000MA1FL8XQ3K");
    c.language = QStringLiteral("en");

    for (Role role : {Role::Hr, Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
        INFO("role " << roleKey(role).toStdString());
        const Context ctx = t.context(roleSession(role));
        CHECK(CompanyService(ctx).updateCompany(c).error().code == ErrorCode::PermissionDenied);
        CHECK(CompanyService(ctx).company().ok()); // everyone reads it (document headers)
    }
    const Context admin = t.context(roleSession(Role::Admin));
    CompanyService company(admin);
    REQUIRE(company.updateCompany(c).ok());
    auto stored = company.company();
    CHECK(stored->legalName == QStringLiteral("上海测试贸易有限公司"));
    CHECK(stored->taxId == QStringLiteral("91310000MA1FL8XQ3K"));
    CHECK(stored->language == QStringLiteral("en"));

    Company bad = c;
    bad.name = QStringLiteral("  ");
    bad.language = QStringLiteral("fr");
    bad.taxId = QStringLiteral("12345");
    auto r = company.updateCompany(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(problemColumns(r.error()) ==
          QStringList{QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("tax_id")});

    // Optional fields may be left out (null strings are stored as empty text).
    Company minimal;
    minimal.name = QStringLiteral("简称");
    minimal.city = QStringLiteral("北京");
    REQUIRE(company.updateCompany(minimal).ok());
    CHECK(company.company()->city == QStringLiteral("beijing"));
    CHECK(company.company()->address.isEmpty());
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE_METHOD(SettingsFixture, "company rules are read with their defaults and changed with checks",
                 "[settings][rules]")
{
    CompanyService company(sys);
    CHECK(*company.intSetting(SettingKey::LetterReplyDays) == 15);
    CHECK(*company.intListSetting(SettingKey::ReminderOffsets) == QList<int>{7, 3, 1, 0});
    CHECK(company.setting(QStringLiteral("no.such_key")).error().code == ErrorCode::NotFound);

    REQUIRE(company.setSetting(SettingKey::LetterReplyDays, QStringLiteral(" 20 ")).ok());
    CHECK(*company.intSetting(SettingKey::LetterReplyDays) == 20);
    REQUIRE(company.setSetting(SettingKey::ReminderOffsets, QStringLiteral("14,7,0")).ok());
    CHECK(*company.intListSetting(SettingKey::ReminderOffsets) == QList<int>{14, 7, 0});

    CHECK(company.setSetting(SettingKey::LetterReplyDays, QStringLiteral("many")).error().code ==
          ErrorCode::Invalid);
    CHECK(company.setSetting(SettingKey::LetterReplyDays, QStringLiteral("0")).error().code ==
          ErrorCode::Invalid);
    CHECK(company.setSetting(SettingKey::ReminderOffsets, QStringLiteral("-1")).error().code ==
          ErrorCode::Invalid);
    CHECK(company.setSetting(SettingKey::ReminderOffsets, QStringLiteral("7,7")).error().code ==
          ErrorCode::Invalid);
    CHECK(company.setSetting(SettingKey::LetterReplyDays, QStringLiteral("30,60")).error().code ==
          ErrorCode::Invalid);
    CHECK(company.setSetting(QStringLiteral("Bad Key"), QStringLiteral("1")).error().code ==
          ErrorCode::Invalid);

    // A key other modules add later is stored as given.
    REQUIRE(company.setSetting(QStringLiteral("payroll.pay_day"), QStringLiteral("10")).ok());
    CHECK(*company.setting(QStringLiteral("payroll.pay_day")) == QStringLiteral("10"));
    CHECK(company.settings()->value(QStringLiteral("payroll.pay_day")) == QStringLiteral("10"));

    const Context finance = t.context(roleSession(Role::Finance));
    CHECK(
        CompanyService(finance).setSetting(SettingKey::LetterReplyDays, QStringLiteral("10")).error().code ==
        ErrorCode::PermissionDenied);
    CHECK(*CompanyService(finance).intSetting(SettingKey::LetterReplyDays) == 20); // reading is open

    // Setting the same value again writes nothing.
    const int before = SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    REQUIRE(company.setSetting(SettingKey::LetterReplyDays, QStringLiteral("20")).ok());
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == before);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("city names are normalised to keys", "[settings][city]")
{
    CHECK(normalizeCityKey(QStringLiteral("上海")) == QStringLiteral("shanghai"));
    CHECK(normalizeCityKey(QStringLiteral("上海市")) == QStringLiteral("shanghai"));
    CHECK(normalizeCityKey(QStringLiteral(" Shanghai ")) == QStringLiteral("shanghai"));
    CHECK(normalizeCityKey(QStringLiteral("北京市")) == QStringLiteral("beijing"));
    CHECK(normalizeCityKey(QStringLiteral("杭州市")) == QStringLiteral("杭州"));
    CHECK(normalizeCityKey(QString()).isEmpty());
}

#include "OrgTestSupport.h"

#include "org/Employee.h"
#include "org/Validation.h"

using namespace tl::core;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 3, 15);
}

// Check characters computed by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes
// "10X98765432".
//  11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> X
//  44052418800101001: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 -> 4
//  31010119900307123: 21+9+0+5+0+4+2+9+54+0+0+27+0+35+8+8+6 = 188; 188 mod 11 = 1 -> 0
//  32058319881020481: 21+18+0+25+64+12+2+9+48+24+7+0+20+0+32+32+2 = 316; 316 mod 11 = 8 -> 4
//  44030419950615002: 28+36+0+15+0+16+2+9+54+15+0+54+10+25+0+0+4 = 268; 268 mod 11 = 4 -> 8
//  31010119900307125: as 31010119900307123 but the last digit weighs 2 more twice: 188 - 6 + 10 = 192; mod 11
//  = 5 -> 7
TEST_CASE("ID number check character follows GB 11643", "[org][validation]")
{
    CHECK(idNumberCheckChar(u"11010519491231002"_s) == QLatin1Char('X'));
    CHECK(idNumberCheckChar(u"44052418800101001"_s) == QLatin1Char('4'));
    CHECK(idNumberCheckChar(u"31010119900307123"_s) == QLatin1Char('0'));
    CHECK(idNumberCheckChar(u"32058319881020481"_s) == QLatin1Char('4'));
    CHECK(idNumberCheckChar(u"44030419950615002"_s) == QLatin1Char('8'));
    CHECK(idNumberCheckChar(u"31010119900307125"_s) == QLatin1Char('7'));
    CHECK(idNumberCheckChar(u"1101051949123100"_s).isNull());
    CHECK(idNumberCheckChar(u"1101051949123100A"_s).isNull());
}

TEST_CASE("valid ID numbers give birth date and gender", "[org][validation]")
{
    QDate birth;
    QString gender;
    CHECK(checkIdNumber(u"11010519491231002X"_s, &birth, &gender, kToday).isEmpty());
    CHECK(birth == QDate(1949, 12, 31));
    CHECK(gender == u"F"_s);

    CHECK(checkIdNumber(u"310101199003071230"_s, &birth, &gender, kToday).isEmpty());
    CHECK(birth == QDate(1990, 3, 7));
    CHECK(gender == u"M"_s);

    CHECK(checkIdNumber(u"320583198810204814"_s, nullptr, nullptr, kToday).isEmpty());
    CHECK(checkIdNumber(u"440304199506150028"_s, &birth, &gender, kToday).isEmpty());
    CHECK(gender == u"F"_s);
}

TEST_CASE("a lowercase x is accepted and normalized", "[org][validation]")
{
    CHECK(checkIdNumber(u"11010519491231002x"_s, nullptr, nullptr, kToday).isEmpty());
    CHECK(normalizeIdNumber(u" 11010519491231002x "_s) == u"11010519491231002X"_s);
}

TEST_CASE("bad ID numbers are explained", "[org][validation]")
{
    CHECK(checkIdNumber(u"310101199003071250"_s, nullptr, nullptr, kToday) ==
          u"check character should be 7"_s);
    CHECK(checkIdNumber(u"110105194912310021"_s, nullptr, nullptr, kToday) ==
          u"check character should be X"_s);
    CHECK(checkIdNumber(u"110105202302301234"_s, nullptr, nullptr, kToday) == u"no such date 2023-02-30"_s);
    CHECK(checkIdNumber(u"110105203001011234"_s, nullptr, nullptr, kToday) ==
          u"birth date 2030-01-01 is in the future"_s);
    CHECK(checkIdNumber(u"110105189912311234"_s, nullptr, nullptr, kToday) ==
          u"birth date 1899-12-31 is before 1900"_s);
    // 440524188001010014 has the right check character (see above) but a birth date before 1900.
    CHECK(checkIdNumber(u"440524188001010014"_s, nullptr, nullptr, kToday) ==
          u"birth date 1880-01-01 is before 1900"_s);
    CHECK(checkIdNumber(u"11010519491231002"_s, nullptr, nullptr, kToday) ==
          u"ID number must have 18 characters, not 17"_s);
    CHECK(checkIdNumber(u"1101051949123100AX"_s, nullptr, nullptr, kToday) ==
          u"ID number must be 17 digits followed by a digit or X"_s);
    CHECK(checkIdNumber(u"11010519491231002Y"_s, nullptr, nullptr, kToday) ==
          u"ID number must be 17 digits followed by a digit or X"_s);
}

TEST_CASE("mobile numbers are 11 digits starting with 13 to 19", "[org][validation]")
{
    CHECK(checkMobile(u"13800138000"_s).isEmpty());
    CHECK(checkMobile(u"19912345678"_s).isEmpty());
    CHECK(checkMobile(u"15000000000"_s).isEmpty());
    CHECK(checkMobile(u"12800138000"_s) == u"mobile number must start with 13 to 19"_s);
    CHECK(checkMobile(u"23800138000"_s) == u"mobile number must start with 13 to 19"_s);
    CHECK(checkMobile(u"1380013800"_s) == u"mobile number must have 11 digits"_s);
    CHECK(checkMobile(u"138001380001"_s) == u"mobile number must have 11 digits"_s);
    CHECK(checkMobile(u"1380013800a"_s) == u"mobile number must have 11 digits"_s);
    CHECK(checkMobile(QString()) == u"mobile number must have 11 digits"_s);
    CHECK(normalizeMobile(u"+86 138-0013-8000"_s) == u"13800138000"_s);
    CHECK(normalizeMobile(u"0086 13800138000"_s) == u"13800138000"_s);
}

TEST_CASE("user dates in the usual Chinese spellings", "[org][validation]")
{
    CHECK(parseUserDate(u"2026-03-15"_s) == QDate(2026, 3, 15));
    CHECK(parseUserDate(u"2026/3/5"_s) == QDate(2026, 3, 5));
    CHECK(parseUserDate(u"2026.3.5"_s) == QDate(2026, 3, 5));
    CHECK(parseUserDate(u"2026年3月5日"_s) == QDate(2026, 3, 5));
    CHECK(parseUserDate(u" 2024-02-29 "_s) == QDate(2024, 2, 29));
    CHECK_FALSE(parseUserDate(u"2023-02-29"_s).isValid());
    CHECK_FALSE(parseUserDate(u"15/03/2026"_s).isValid());
    CHECK_FALSE(parseUserDate(QString()).isValid());
    CHECK(checkUserDate(u"2026-03-15"_s).isEmpty());
    CHECK(checkUserDate(u"2023-02-30"_s) == u"no such date 2023-02-30"_s);
    CHECK(checkUserDate(u"2023/2/30"_s) == u"no such date 2023-02-30"_s);
    CHECK(checkUserDate(u"15/03/2026"_s) == u"15/03/2026 is not a date (use YYYY-MM-DD)"_s);
}

TEST_CASE("status, role and contract type keys", "[org][validation]")
{
    for (EmployeeStatus s : allEmployeeStatuses())
        CHECK(employeeStatusFromKey(employeeStatusKey(s)) == s);
    CHECK(employeeStatusKey(EmployeeStatus::Leaving) == u"leaving"_s);
    CHECK_FALSE(employeeStatusFromKey(u"retired"_s).has_value());

    CHECK(employeeRoleKeys() ==
          QStringList{u"sales"_s, u"sales_manager"_s, u"hr"_s, u"finance"_s, u"other"_s});
    CHECK(employeeRoleFromText(u"业务员"_s) == u"sales"_s);
    CHECK(employeeRoleFromText(u"Salesperson"_s) == u"sales"_s);
    CHECK(employeeRoleFromText(u"sales_manager"_s) == u"sales_manager"_s);
    CHECK(employeeRoleFromText(u"销售经理"_s) == u"sales_manager"_s);
    CHECK(employeeRoleFromText(u"财务"_s) == u"finance"_s);
    CHECK(employeeRoleFromText(u" HR "_s) == u"hr"_s);
    CHECK_FALSE(employeeRoleFromText(u"boss"_s).has_value());
    CHECK_FALSE(employeeRoleFromText(QString()).has_value());

    CHECK(contractTypeFromKey(u"open_ended"_s) == ContractType::OpenEnded);
    CHECK(contractTypeKey(ContractType::Task) == u"task"_s);
    CHECK_FALSE(contractTypeFromKey(u"permanent"_s).has_value());
}

#include <catch2/catch.hpp>

#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"

#include <limits>

using namespace tl::core;

namespace {

QString money(qint64 fen, bool withSymbol = true)
{
    return formatMoney(Money::fromFen(fen), withSymbol);
}

QString plain(qint64 fen)
{
    return formatPlain(Money::fromFen(fen));
}

} // namespace

TEST_CASE("amounts are formatted with the yuan sign, groups and two decimals", "[money][format]")
{
    CHECK(money(123456) == QStringLiteral("¥1,234.56"));
    CHECK(money(-123456) == QStringLiteral("-¥1,234.56"));
    CHECK(money(0) == QStringLiteral("¥0.00"));
    CHECK(money(5) == QStringLiteral("¥0.05"));
    CHECK(money(-5) == QStringLiteral("-¥0.05"));
    CHECK(money(50) == QStringLiteral("¥0.50"));
    CHECK(money(100) == QStringLiteral("¥1.00"));
    CHECK(money(99999) == QStringLiteral("¥999.99"));
    CHECK(money(100000) == QStringLiteral("¥1,000.00"));
    CHECK(money(100000000) == QStringLiteral("¥1,000,000.00"));
    CHECK(money(1234567890123) == QStringLiteral("¥12,345,678,901.23"));
    CHECK(money(123456, false) == QStringLiteral("1,234.56"));
    CHECK(money(-123456, false) == QStringLiteral("-1,234.56"));
    CHECK(money(std::numeric_limits<qint64>::max()) == QStringLiteral("¥92,233,720,368,547,758.07"));
    CHECK(money(std::numeric_limits<qint64>::min()) == QStringLiteral("-¥92,233,720,368,547,758.08"));
}

TEST_CASE("the default format does not depend on the process locale", "[money][format]")
{
    const QLocale saved;
    QLocale::setDefault(QLocale::c());
    const QString inC = money(123456);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString inGerman = money(123456);
    QLocale::setDefault(saved);
    CHECK(inC == QStringLiteral("¥1,234.56"));
    CHECK(inGerman == QStringLiteral("¥1,234.56"));
}

TEST_CASE("a locale can be given for its separators", "[money][format]")
{
    const Money amount = Money::fromFen(123456789);
    CHECK(formatMoney(amount, QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("¥1.234.567,89"));
    CHECK(formatMoney(amount, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QStringLiteral("¥1,234,567.89"));
    CHECK(formatMoney(amount, QLocale::c(), false) == QStringLiteral("1,234,567.89"));
    CHECK(formatMoney(-amount, QLocale(QLocale::Chinese, QLocale::China)) ==
          QStringLiteral("-¥1,234,567.89"));
}

TEST_CASE("plain format for files: two decimals, no separators", "[money][format]")
{
    CHECK(plain(123456) == QStringLiteral("1234.56"));
    CHECK(plain(-5) == QStringLiteral("-0.05"));
    CHECK(plain(0) == QStringLiteral("0.00"));
    CHECK(plain(100) == QStringLiteral("1.00"));
    CHECK(plain(1000000000) == QStringLiteral("10000000.00"));
    CHECK(plain(std::numeric_limits<qint64>::min()) == QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("amounts typed by people are parsed", "[money][parse]")
{
    struct Case
    {
        const char16_t* text;
        qint64 fen;
    };
    const Case cases[] = {
        {u"1234", 123400},
        {u"1234.5", 123450},
        {u"1,234.5", 123450},
        {u"1,234.50", 123450},
        {u"¥1,234.50", 123450},
        {u"￥1,234.50", 123450},
        {u"¥ 1,234.50", 123450},
        {u"1234.50元", 123450},
        {u"1,234.50 元", 123450},
        {u"１２３４．５", 123450},
        {u"１，２３４．５０", 123450},
        {u"￥１２３４", 123400},
        {u"  12.3  ", 1230},
        {u"\u3000８８\u3000", 8800},
        {u"-1,234.56", -123456},
        {u"－５", -500},
        {u"-¥5", -500},
        {u"¥-5", -500},
        {u"-5元", -500},
        {u"\u22125.5", -550},
        {u"0.05", 5},
        {u"0", 0},
        {u"-0", 0},
        {u"007", 700},
        {u"1,234,567.89", 123456789},
        {u"12,345,678", 1234567800},
        {u"92233720368547758.07", 9'223'372'036'854'775'807},
        {u"-92,233,720,368,547,758.07", -9'223'372'036'854'775'807},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        CAPTURE(text.toStdString());
        Result<Money> parsed = parseMoney(text);
        INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
        REQUIRE(parsed.ok());
        CHECK(parsed->fen() == c.fen);
    }
}

TEST_CASE("formatted amounts read back", "[money][parse]")
{
    for (qint64 fen : {0LL, 5LL, -5LL, 123456LL, -123456LL, 100000000LL, 9'223'372'036'854'775'807LL}) {
        CAPTURE(fen);
        CHECK(parseMoney(plain(fen))->fen() == fen);
        CHECK(parseMoney(money(fen))->fen() == fen);
        CHECK(parseMoney(money(fen, false))->fen() == fen);
    }
}

TEST_CASE("anything else is refused with a clear reason", "[money][parse]")
{
    struct Case
    {
        const char16_t* text;
        const char16_t* message;
    };
    const Case cases[] = {
        {u"", u"empty amount"},
        {u"   ", u"empty amount"},
        {u"1.234", u"more than 2 decimals in \"1.234\""},
        {u"¥0.001", u"more than 2 decimals in \"¥0.001\""},
        {u"1,23.4", u"misplaced thousands separator in \"1,23.4\""},
        {u"1,2345", u"misplaced thousands separator in \"1,2345\""},
        {u"1234,", u"misplaced thousands separator in \"1234,\""},
        {u",123", u"misplaced thousands separator in \",123\""},
        {u"12,34,567", u"misplaced thousands separator in \"12,34,567\""},
        {u"1,234.5,6", u"misplaced thousands separator in \"1,234.5,6\""},
        {u"12a", u"unexpected character \"a\" in \"12a\""},
        {u"abc", u"unexpected character \"a\" in \"abc\""},
        {u"1e5", u"unexpected character \"e\" in \"1e5\""},
        {u"1 234", u"unexpected character \" \" in \"1 234\""},
        {u"--5", u"unexpected character \"-\" in \"--5\""},
        {u"+5", u"unexpected character \"+\" in \"+5\""},
        {u"5-", u"unexpected character \"-\" in \"5-\""},
        {u"¥¥5", u"unexpected character \"¥\" in \"¥¥5\""},
        {u"5元元", u"unexpected character \"元\" in \"5元元\""},
        {u"(5.00)", u"unexpected character \"(\" in \"(5.00)\""},
        {u"1.2.3", u"more than one decimal point in \"1.2.3\""},
        {u".5", u"no digits before the decimal point in \".5\""},
        {u"1.", u"no digits after the decimal point in \"1.\""},
        {u"¥", u"no digits in \"¥\""},
        {u"-", u"no digits in \"-\""},
        {u"元", u"no digits in \"元\""},
        {u"92233720368547758.08", u"\"92233720368547758.08\" is too large"},
        {u"99999999999999999999", u"\"99999999999999999999\" is too large"},
        {u"１．２３４", u"more than 2 decimals in \"１．２３４\""},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        CAPTURE(text.toStdString());
        Result<Money> parsed = parseMoney(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::Invalid);
        CHECK(parsed.error().message.toStdString() == QString::fromUtf16(c.message).toStdString());
    }
}

#include <catch2/catch.hpp>

#include "money/Money.h"
#include "money/Rate.h"

#include <limits>
#include <stdexcept>

using namespace tl::core;

namespace {
constexpr qint64 MaxFen = std::numeric_limits<qint64>::max();
constexpr qint64 MinFen = std::numeric_limits<qint64>::min();
} // namespace

TEST_CASE("money holds whole fen and converts from yuan", "[money]")
{
    CHECK(Money().fen() == 0);
    CHECK(Money::fromFen(123456).fen() == 123456);
    CHECK(Money::fromYuan(1234).fen() == 123400);
    CHECK(Money::fromYuan(-5).fen() == -500);
    CHECK(Money().isZero());
    CHECK(Money::fromFen(-1).isNegative());
    CHECK_FALSE(Money::fromFen(0).isNegative());
    CHECK(Money::fromFen(1).isPositive());
    CHECK(Money::fromFen(-250).abs() == Money::fromFen(250));
    static_assert(Money::fromYuan(2).fen() == 200, "usable in constant expressions");
}

TEST_CASE("money arithmetic and comparison", "[money]")
{
    const Money a = Money::fromFen(1050);
    const Money b = Money::fromFen(-300);
    CHECK((a + b).fen() == 750);
    CHECK((a - b).fen() == 1350);
    CHECK((-a).fen() == -1050);
    CHECK((a * 3).fen() == 3150);
    CHECK((4 * b).fen() == -1200);
    CHECK((a * 0).isZero());

    Money sum;
    sum += a;
    sum += a;
    sum -= b;
    CHECK(sum.fen() == 2400);

    CHECK(b < a);
    CHECK(a > b);
    CHECK(a == Money::fromFen(1050));
    CHECK(a != b);
    CHECK(Money::fromFen(5) <= Money::fromFen(5));
}

TEST_CASE("money arithmetic refuses to overflow", "[money]")
{
    const Money max = Money::fromFen(MaxFen);
    const Money min = Money::fromFen(MinFen);
    CHECK_THROWS_AS(max + Money::fromFen(1), std::overflow_error);
    CHECK_THROWS_AS(min - Money::fromFen(1), std::overflow_error);
    CHECK_THROWS_AS(-min, std::overflow_error);
    CHECK_THROWS_AS(min.abs(), std::overflow_error);
    CHECK_THROWS_AS(max * 2, std::overflow_error);
    CHECK_THROWS_AS(Money::fromYuan(MaxFen / 10), std::overflow_error);
    CHECK((max - max).isZero());
    CHECK((-max).fen() == -9'223'372'036'854'775'807);
    CHECK(Money::fromYuan(92'233'720'368'547'758).fen() == 9'223'372'036'854'775'800);
}

TEST_CASE("rates are parts per million", "[money][rate]")
{
    CHECK(Rate::fromPpm(80'000).ppm() == 80'000);
    CHECK(Rate().isZero());
    CHECK(Rate::fromPpm(1'600) < Rate::fromPpm(80'000));
    CHECK(Rate::fromPpm(5'000) == Rate::fromPpm(5'000));
}

TEST_CASE("rates are read from percentage text", "[money][rate]")
{
    struct Case
    {
        const char16_t* text;
        qint64 ppm;
    };
    const Case cases[] = {
        {u"8", 80'000},           {u"8.5", 85'000},    {u"0.16", 1'600},
        {u"0.5", 5'000},          {u"12%", 120'000},   {u" 7 % ", 70'000},
        {u"１２．５％", 125'000}, {u"100", 1'000'000}, {u"0.0001", 1},
        {u"-1.5", -15'000},       {u"0", 0},           {u"1,000", 10'000'000},
        {u"9.8", 98'000},         {u"0.16%", 1'600},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        CAPTURE(text.toStdString());
        Result<Rate> rate = Rate::fromPercentText(text);
        REQUIRE(rate.ok());
        CHECK(rate->ppm() == c.ppm);
    }
}

TEST_CASE("bad percentage text is refused with a reason", "[money][rate]")
{
    const char16_t* bad[] = {u"", u"  ", u"%", u"8.12345", u"abc", u"8..5", u"8%%", u"--5", u"1,00", u"5‰"};
    for (const char16_t* b : bad) {
        const QString text = QString::fromUtf16(b);
        CAPTURE(text.toStdString());
        Result<Rate> rate = Rate::fromPercentText(text);
        REQUIRE_FALSE(rate.ok());
        CHECK(rate.error().code == ErrorCode::Invalid);
        CHECK_FALSE(rate.error().message.isEmpty());
    }
    CHECK(Rate::fromPercentText(QStringLiteral("8.12345")).error().message ==
          QStringLiteral("more than 4 decimals in \"8.12345\""));
    CHECK(Rate::fromPercentText(QString()).error().message == QStringLiteral("empty percentage"));
}

TEST_CASE("rates print as a plain percentage", "[money][rate]")
{
    CHECK(Rate::fromPpm(80'000).percentText() == QStringLiteral("8"));
    CHECK(Rate::fromPpm(85'000).percentText() == QStringLiteral("8.5"));
    CHECK(Rate::fromPpm(1'600).percentText() == QStringLiteral("0.16"));
    CHECK(Rate::fromPpm(1).percentText() == QStringLiteral("0.0001"));
    CHECK(Rate::fromPpm(1'100'000).percentText() == QStringLiteral("110"));
    CHECK(Rate::fromPpm(-15'000).percentText() == QStringLiteral("-1.5"));
    CHECK(Rate::fromPpm(0).percentText() == QStringLiteral("0"));
    CHECK(Rate::fromPpm(98'000).percentText() == QStringLiteral("9.8"));
}

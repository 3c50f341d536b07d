#include <catch2/catch.hpp>

#include "money/Rounding.h"

#include <limits>
#include <stdexcept>

using namespace tl::core;

namespace {

qint64 roundFen(qint64 fen, Rounding mode)
{
    return round(Money::fromFen(fen), mode).fen();
}

qint64 rateFen(qint64 baseFen, qint64 ppm, Rounding mode)
{
    return applyRate(Money::fromFen(baseFen), Rate::fromPpm(ppm), mode).fen();
}

qint64 ratioFen(qint64 baseFen, qint64 numerator, qint64 denominator, Rounding mode)
{
    return applyRatio(Money::fromFen(baseFen), numerator, denominator, mode).fen();
}

} // namespace

TEST_CASE("rounding a whole-fen amount to the jiao and the yuan", "[money][rounding]")
{
    struct Case
    {
        qint64 fen;
        Rounding mode;
        qint64 expected;
    };
    const Case cases[] = {
        // 123.45
        {12345, Rounding::HalfUpFen, 12345},
        {12345, Rounding::UpFen, 12345},
        {12345, Rounding::DownFen, 12345},
        {12345, Rounding::HalfUpJiao, 12350},
        {12345, Rounding::UpJiao, 12350},
        {12345, Rounding::DownJiao, 12340},
        {12345, Rounding::HalfUpYuan, 12300},
        {12345, Rounding::UpYuan, 12400},
        {12345, Rounding::DownYuan, 12300},
        // 123.44 and 123.50 (a half yuan) and 123.49
        {12344, Rounding::HalfUpJiao, 12340},
        {12341, Rounding::UpJiao, 12350},
        {12350, Rounding::HalfUpYuan, 12400},
        {12349, Rounding::HalfUpYuan, 12300},
        {12301, Rounding::UpYuan, 12400},
        {12399, Rounding::DownYuan, 12300},
        {12399, Rounding::DownJiao, 12390},
        // exact multiples stay
        {12300, Rounding::UpYuan, 12300},
        {12340, Rounding::UpJiao, 12340},
        {12300, Rounding::HalfUpYuan, 12300},
        // negatives are rounded by magnitude: half away from zero, up away from zero, down toward zero
        {-12345, Rounding::HalfUpJiao, -12350},
        {-12344, Rounding::HalfUpJiao, -12340},
        {-12350, Rounding::HalfUpYuan, -12400},
        {-12349, Rounding::HalfUpYuan, -12300},
        {-12341, Rounding::UpJiao, -12350},
        {-12301, Rounding::UpYuan, -12400},
        {-12399, Rounding::DownYuan, -12300},
        {-12399, Rounding::DownJiao, -12390},
        // small amounts and zero
        {5, Rounding::HalfUpJiao, 10},
        {4, Rounding::HalfUpJiao, 0},
        {1, Rounding::UpJiao, 10},
        {50, Rounding::HalfUpYuan, 100},
        {-50, Rounding::HalfUpYuan, -100},
        {0, Rounding::UpYuan, 0},
    };
    for (const Case& c : cases) {
        CAPTURE(c.fen, roundingKey(c.mode).toStdString());
        CHECK(roundFen(c.fen, c.mode) == c.expected);
    }
}

TEST_CASE("rounding is symmetric for reversals", "[money][rounding]")
{
    for (Rounding mode : allRoundingModes()) {
        for (qint64 fen : {1, 5, 15, 45, 50, 55, 99, 150, 12345}) {
            CAPTURE(fen, roundingKey(mode).toStdString());
            CHECK(roundFen(-fen, mode) == -roundFen(fen, mode));
        }
    }
}

TEST_CASE("applying a rate rounds the exact product once", "[money][rounding]")
{
    // Shanghai 2025 floor 7,460.00 × 8% pension = 596.80; × 0.5% unemployment = 37.30.
    CHECK(rateFen(746000, 80'000, Rounding::HalfUpFen) == 59680);
    CHECK(rateFen(746000, 5'000, Rounding::HalfUpFen) == 3730);
    // × 0.16% work injury = 11.936 exactly.
    CHECK(rateFen(746000, 1'600, Rounding::HalfUpFen) == 1194);
    CHECK(rateFen(746000, 1'600, Rounding::DownFen) == 1193);
    CHECK(rateFen(746000, 1'600, Rounding::UpFen) == 1194);
    CHECK(rateFen(746000, 1'600, Rounding::HalfUpJiao) == 1190);
    CHECK(rateFen(746000, 1'600, Rounding::UpJiao) == 1200);
    CHECK(rateFen(746000, 1'600, Rounding::HalfUpYuan) == 1200);
    CHECK(rateFen(746000, 1'600, Rounding::DownYuan) == 1100);
    // 7,460.55 × 0.5% = 37.30275: 见分进角 looks at the exact product (37.40), half-up to the fen
    // gives 37.30.
    CHECK(rateFen(746055, 5'000, Rounding::UpJiao) == 3740);
    CHECK(rateFen(746055, 5'000, Rounding::HalfUpFen) == 3730);
    CHECK(
        round(applyRate(Money::fromFen(746055), Rate::fromPpm(5'000), Rounding::HalfUpFen), Rounding::UpJiao)
            .fen() == 3730);
    // 12,345.67 × 7% housing fund = 864.1969.
    CHECK(rateFen(1234567, 70'000, Rounding::HalfUpFen) == 86420);
    CHECK(rateFen(1234567, 70'000, Rounding::HalfUpYuan) == 86400);
    // half a fen: 1.00 × 0.5% = 0.005
    CHECK(rateFen(100, 5'000, Rounding::HalfUpFen) == 1);
    CHECK(rateFen(-100, 5'000, Rounding::HalfUpFen) == -1);
    CHECK(rateFen(100, 5'000, Rounding::DownFen) == 0);
    CHECK(rateFen(100, 4'999, Rounding::HalfUpFen) == 0);
    // a multiplier above one: 1,000.00 × 1.10
    CHECK(rateFen(100000, 1'100'000, Rounding::HalfUpFen) == 110000);
    CHECK(rateFen(100000, 0, Rounding::UpYuan) == 0);
}

TEST_CASE("rate application is exact on amounts a double cannot hold", "[money][rounding]")
{
    // 90,000,000,000,000,000.01 yuan × 50% = 45,000,000,000,000,000.005 yuan.
    CHECK(rateFen(9'000'000'000'000'000'001, 500'000, Rounding::HalfUpFen) == 4'500'000'000'000'000'001);
    CHECK(rateFen(9'000'000'000'000'000'001, 500'000, Rounding::DownFen) == 4'500'000'000'000'000'000);
    // × 8% = 720,000,000,000,000,000.08 fen
    CHECK(rateFen(9'000'000'000'000'000'001, 80'000, Rounding::HalfUpFen) == 720'000'000'000'000'000);
    CHECK(rateFen(9'000'000'000'000'000'001, 80'000, Rounding::UpFen) == 720'000'000'000'000'001);
    // qint64 max × 99.9999% = 9,223,362,813,482,738,952.224193 fen
    const qint64 max = std::numeric_limits<qint64>::max();
    CHECK(rateFen(max, 999'999, Rounding::HalfUpFen) == 9'223'362'813'482'738'952);
    CHECK(rateFen(max, 999'999, Rounding::HalfUpYuan) == 9'223'362'813'482'739'000);
    CHECK(rateFen(max, 1'000'000, Rounding::HalfUpFen) == max);
    CHECK(rateFen(-max, 1'000'000, Rounding::HalfUpFen) == -max);
    CHECK_THROWS_AS(rateFen(max, 2'000'000, Rounding::HalfUpFen), std::overflow_error);
    CHECK_THROWS_AS(rateFen(max, 1'000'000, Rounding::UpYuan), std::overflow_error);
}

TEST_CASE("applying a ratio: day rate and pro-rating", "[money][rounding]")
{
    // monthly wage ÷ 21.75 = × 4/87: 8,700.00 → 400.00; 10,000.00 → 459.770114…
    CHECK(ratioFen(870000, 4, 87, Rounding::HalfUpFen) == 40000);
    CHECK(ratioFen(1000000, 4, 87, Rounding::HalfUpFen) == 45977);
    CHECK(ratioFen(1000000, 4, 87, Rounding::UpFen) == 45978);
    // three days of absence: × 12/87 = 1,379.310344…
    CHECK(ratioFen(1000000, 12, 87, Rounding::HalfUpFen) == 137931);
    // 17 of 31 days
    CHECK(ratioFen(1000000, 17, 31, Rounding::HalfUpFen) == 548387);
    CHECK(ratioFen(1000000, 17, 31, Rounding::HalfUpYuan) == 548400);
    // halves and signs
    CHECK(ratioFen(5, 1, 2, Rounding::HalfUpFen) == 3);
    CHECK(ratioFen(-5, 1, 2, Rounding::HalfUpFen) == -3);
    CHECK(ratioFen(5, 1, 2, Rounding::DownFen) == 2);
    CHECK(ratioFen(100, 1, -3, Rounding::HalfUpFen) == -33);
    CHECK(ratioFen(-100, -1, 3, Rounding::HalfUpFen) == 33);
    // exact on the whole range: (2^63 − 1) × 3 / 7 is a whole number
    const qint64 max = std::numeric_limits<qint64>::max();
    CHECK(ratioFen(max, 3, 7, Rounding::HalfUpFen) == 3'952'873'730'080'618'203);
    CHECK(ratioFen(max, max, max, Rounding::DownFen) == max);
    CHECK_THROWS_AS(ratioFen(100, 1, 0, Rounding::HalfUpFen), std::domain_error);
    CHECK_THROWS_AS(ratioFen(max, 3, 2, Rounding::HalfUpFen), std::overflow_error);
}

TEST_CASE("rounding modes have stable keys and names", "[money][rounding]")
{
    CHECK(roundingKey(Rounding::HalfUpFen) == QStringLiteral("half_up_fen"));
    CHECK(roundingKey(Rounding::HalfUpYuan) == QStringLiteral("half_up_yuan"));
    CHECK(roundingKey(Rounding::UpJiao) == QStringLiteral("up_jiao"));
    CHECK(roundingKey(Rounding::DownYuan) == QStringLiteral("down_yuan"));
    CHECK(roundingFromKey(u"half_up_yuan") == Rounding::HalfUpYuan);
    CHECK(roundingFromKey(u"up_jiao") == Rounding::UpJiao);
    CHECK_FALSE(roundingFromKey(u"HALF_UP_FEN").has_value());
    CHECK_FALSE(roundingFromKey(u"").has_value());
    CHECK(allRoundingModes().size() == 9);
    for (Rounding mode : allRoundingModes()) {
        CHECK(roundingFromKey(roundingKey(mode)) == mode);
        CHECK_FALSE(roundingName(mode).isEmpty());
    }
    CHECK(roundingName(Rounding::UpJiao) == QStringLiteral("Round up to the jiao"));
}

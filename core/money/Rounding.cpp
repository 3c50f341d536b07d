#include "money/Rounding.h"

#include <QCoreApplication>

#include <limits>
#include <stdexcept>

namespace tl::core {

namespace {

__extension__ typedef __int128 Int128;

enum class Direction
{
    HalfUp,
    Up,
    Down
};

struct ModeInfo
{
    Rounding mode;
    Direction direction;
    qint64 unitFen;
    const char* key;
};

constexpr ModeInfo Modes[] = {
    {Rounding::HalfUpFen, Direction::HalfUp, 1, "half_up_fen"},
    {Rounding::HalfUpJiao, Direction::HalfUp, 10, "half_up_jiao"},
    {Rounding::HalfUpYuan, Direction::HalfUp, 100, "half_up_yuan"},
    {Rounding::UpFen, Direction::Up, 1, "up_fen"},
    {Rounding::UpJiao, Direction::Up, 10, "up_jiao"},
    {Rounding::UpYuan, Direction::Up, 100, "up_yuan"},
    {Rounding::DownFen, Direction::Down, 1, "down_fen"},
    {Rounding::DownJiao, Direction::Down, 10, "down_jiao"},
    {Rounding::DownYuan, Direction::Down, 100, "down_yuan"},
};

const ModeInfo& info(Rounding mode)
{
    for (const ModeInfo& m : Modes) {
        if (m.mode == mode)
            return m;
    }
    throw std::invalid_argument("unknown rounding mode");
}

// Rounds the exact value numerator/denominator fen (denominator > 0) to the mode's unit, by magnitude.
Money roundQuotient(Int128 numerator, Int128 denominator, Rounding mode)
{
    const ModeInfo& m = info(mode);
    const Int128 unit = Int128(denominator) * m.unitFen;
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / unit;
    const Int128 remainder = magnitude % unit;
    if ((m.direction == Direction::Up && remainder != 0) ||
        (m.direction == Direction::HalfUp && 2 * remainder >= unit))
        ++quotient;
    Int128 fen = quotient * m.unitFen;
    if (negative)
        fen = -fen;
    if (fen > std::numeric_limits<qint64>::max() || fen < std::numeric_limits<qint64>::min())
        throw std::overflow_error("money amount out of range");
    return Money::fromFen(qint64(fen));
}

} // namespace

Money round(Money amount, Rounding mode)
{
    return roundQuotient(amount.fen(), 1, mode);
}

Money applyRate(Money base, Rate rate, Rounding mode)
{
    return roundQuotient(Int128(base.fen()) * rate.ppm(), Rate::PpmPerUnit, mode);
}

Money applyRatio(Money base, qint64 numerator, qint64 denominator, Rounding mode)
{
    if (denominator == 0)
        throw std::domain_error("money ratio with a zero denominator");
    Int128 product = Int128(base.fen()) * numerator;
    Int128 divisor = denominator;
    if (divisor < 0) {
        product = -product;
        divisor = -divisor;
    }
    return roundQuotient(product, divisor, mode);
}

QString roundingKey(Rounding mode)
{
    return QString::fromLatin1(info(mode).key);
}

std::optional<Rounding> roundingFromKey(QStringView key)
{
    for (const ModeInfo& m : Modes) {
        if (key == QLatin1String(m.key))
            return m.mode;
    }
    return std::nullopt;
}

QString roundingName(Rounding mode)
{
    switch (mode) {
    case Rounding::HalfUpFen:
        return QCoreApplication::translate("tl::core::Rounding", "Round half up to the fen");
    case Rounding::HalfUpJiao:
        return QCoreApplication::translate("tl::core::Rounding", "Round half up to the jiao");
    case Rounding::HalfUpYuan:
        return QCoreApplication::translate("tl::core::Rounding", "Round half up to the yuan");
    case Rounding::UpFen:
        return QCoreApplication::translate("tl::core::Rounding", "Round up to the fen");
    case Rounding::UpJiao:
        return QCoreApplication::translate("tl::core::Rounding", "Round up to the jiao");
    case Rounding::UpYuan:
        return QCoreApplication::translate("tl::core::Rounding", "Round up to the yuan");
    case Rounding::DownFen:
        return QCoreApplication::translate("tl::core::Rounding", "Round down to the fen");
    case Rounding::DownJiao:
        return QCoreApplication::translate("tl::core::Rounding", "Round down to the jiao");
    case Rounding::DownYuan:
        return QCoreApplication::translate("tl::core::Rounding", "Round down to the yuan");
    }
    return roundingKey(mode);
}

QList<Rounding> allRoundingModes()
{
    QList<Rounding> modes;
    for (const ModeInfo& m : Modes)
        modes.append(m.mode);
    return modes;
}

} // namespace tl::core

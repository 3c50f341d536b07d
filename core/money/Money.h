#pragma once

#include <QtGlobal>

#include <compare>
#include <stdexcept>

namespace tl::core {

// An amount of renminbi as a whole number of fen (分, 0.01 元), after KMyMoney's MyMoneyMoney:
// never a double. Stored in the database as INTEGER fen.
//
// Arithmetic is checked: a result outside qint64 (about ±92 quadrillion yuan) is a broken invariant, not a
// user error, so it throws std::overflow_error, which guarded() turns into an internal Error at the service
// boundary. Amounts typed by users are range-checked earlier by parseMoney().
//
// Rounding, rates and ratios live in money/Rounding.h, text in money/MoneyFormat.h and money/MoneyParse.h,
// 大写 in money/ChineseCapitals.h.
class Money
{
public:
    constexpr Money() = default;

    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(checkedMul(yuan, 100)); }

    constexpr qint64 fen() const { return m_fen; }

    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isPositive() const { return m_fen > 0; }
    constexpr Money abs() const { return m_fen < 0 ? -*this : *this; }

    constexpr Money operator-() const { return Money(checkedSub(0, m_fen)); }
    constexpr Money& operator+=(Money other)
    {
        m_fen = checkedAdd(m_fen, other.m_fen);
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen = checkedSub(m_fen, other.m_fen);
        return *this;
    }
    constexpr Money& operator*=(qint64 factor)
    {
        m_fen = checkedMul(m_fen, factor);
        return *this;
    }

    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return a -= b; }
    friend constexpr Money operator*(Money a, qint64 factor) { return a *= factor; }
    friend constexpr Money operator*(qint64 factor, Money a) { return a *= factor; }

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}

    static constexpr qint64 checkedAdd(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_add_overflow(a, b, &r))
            throw std::overflow_error("money amount out of range");
        return r;
    }
    static constexpr qint64 checkedSub(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_sub_overflow(a, b, &r))
            throw std::overflow_error("money amount out of range");
        return r;
    }
    static constexpr qint64 checkedMul(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            throw std::overflow_error("money amount out of range");
        return r;
    }

    qint64 m_fen = 0;
};

} // namespace tl::core

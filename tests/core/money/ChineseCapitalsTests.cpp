#include <catch2/catch.hpp>

#include "money/ChineseCapitals.h"

#include <limits>

using namespace tl::core;

namespace {

struct CapitalsCase
{
    qint64 fen;
    const char16_t* expected;
};

// Written by hand from the rules in 《正确填写票据和结算凭证的基本规定》 (see ChineseCapitals.cpp); the
// amounts marked "official" are the regulation's own examples (with 整 added after a final 角, rule R2).
const CapitalsCase Cases[] = {
    {0, u"零元整"},
    {1, u"壹分"},
    {5, u"伍分"},
    {10, u"壹角整"},
    {15, u"壹角伍分"},
    {50, u"伍角整"},
    {100, u"壹元整"},
    {105, u"壹元零伍分"},
    {150, u"壹元伍角整"},
    {1000, u"壹拾元整"},
    {1005, u"壹拾元零伍分"},
    {1050, u"壹拾元零伍角整"},
    {1055, u"壹拾元零伍角伍分"},
    {1100, u"壹拾壹元整"},
    {10000, u"壹佰元整"},
    {10100, u"壹佰零壹元整"},
    {11000, u"壹佰壹拾元整"},
    {32504, u"叁佰贰拾伍元零肆分"}, // official
    {101000, u"壹仟零壹拾元整"},
    {140950, u"壹仟肆佰零玖元伍角整"},     // official
    {168032, u"壹仟陆佰捌拾元零叁角贰分"}, // official, first form
    {600714, u"陆仟零柒元壹角肆分"},       // official
    {1000000, u"壹万元整"},
    {1000100, u"壹万零壹元整"},
    {1234567, u"壹万贰仟叁佰肆拾伍元陆角柒分"},
    {1234560, u"壹万贰仟叁佰肆拾伍元陆角整"},
    {1640902, u"壹万陆仟肆佰零玖元零贰分"}, // official
    {10001000, u"壹拾万零壹拾元整"},
    {10700053, u"壹拾万柒仟元零伍角叁分"}, // official, first form
    {10000000, u"壹拾万元整"},
    {100000000, u"壹佰万元整"},
    {300400506, u"叁佰万肆仟零伍元零陆分"},
    {1000000000, u"壹仟万元整"},
    {1001000000, u"壹仟零壹万元整"},
    {10000000000, u"壹亿元整"},
    {10000000100, u"壹亿零壹元整"},
    {10500000000, u"壹亿零伍佰万元整"},
    {11000000000, u"壹亿壹仟万元整"},
    {21000000000, u"贰亿壹仟万元整"},
    {100001000000, u"壹拾亿零壹万元整"},
    {100000100000, u"壹拾亿零壹仟元整"},
    {2000000000000, u"贰佰亿元整"},
    {100000000000000, u"壹万亿元整"},
    {100000001000000, u"壹万亿零壹万元整"},
    {1000000000000000000, u"壹亿亿元整"},
    {-500, u"负伍元整"},
    {-1234560, u"负壹万贰仟叁佰肆拾伍元陆角整"},
    {-5, u"负伍分"},
    {std::numeric_limits<qint64>::max(),
     u"玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"},
    {std::numeric_limits<qint64>::min(),
     u"负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分"},
};

} // namespace

TEST_CASE("Chinese capitals follow the table of hand-written cases", "[money][capitals]")
{
    for (const CapitalsCase& c : Cases) {
        CAPTURE(c.fen);
        CHECK(chineseCapitals(Money::fromFen(c.fen)).toStdString() ==
              QString::fromUtf16(c.expected).toStdString());
    }
}

TEST_CASE("Chinese capitals use only the characters of the regulation", "[money][capitals]")
{
    const QString allowed = QStringLiteral("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整");
    for (qint64 fen : {0LL, 7LL, 1010LL, 9090909LL, 123456789012LL, -40000000001LL}) {
        const QString text = chineseCapitals(Money::fromFen(fen));
        CAPTURE(fen, text.toStdString());
        for (QChar c : text)
            CHECK(allowed.contains(c));
        CHECK_FALSE(text.contains(QStringLiteral("零零")));
        CHECK((text.endsWith(u'整') || text.endsWith(u'分')));
    }
}

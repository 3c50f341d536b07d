#include "money/ChineseCapitals.h"

// Rules, from 《支付结算办法》(银发〔1997〕393号) 附一《正确填写票据和结算凭证的基本规定》 (cited as 一…四)
// and 《会计基础工作规范》第五十二条 (cited as 会计规范), and the choices made where they allow two forms:
//
// R1 Characters (一): 零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分 and 整 (正 is also allowed; we write 整).
// R2 整 (二): "到元为止的，在元之后应写整字；在角之后可以不写整字；有分的，分后面不写整字". 会计规范(三)
//    asks for 整 after 元 or 角. Choice: 整 after 元 and also after 角 whenever there is no 分
//    (1.50 → 壹元伍角整), which satisfies both texts, matches printed reconciliation letters
//    (¥12,345.60 / 壹万贰仟叁佰肆拾伍元陆角整) and leaves no room to append a 分 digit.
// R3 One 零 for zeros inside the number (四(一)(二)): ¥1,409.50 → 壹仟肆佰零玖元伍角(整);
//    ¥6,007.14 → 陆仟零柒元壹角肆分: a run of zeros between two written digits gives a single 零.
// R4 万位 or 元位 zero (四(三)): 零 may be written or left out when the 万 or 元 position is 0 but the 千
//    or 角 position is not. Choice: the first form of each official example,
//    ¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分 and ¥107,000.53 → 壹拾万柒仟元零伍角叁分. So:
//    - zeros that end a 万 or 亿 group are closed by the unit 万/亿 and give no 零 when the next group starts
//      with a non-zero 仟 (107,000 → 壹拾万柒仟), but one 零 when the next group starts with zeros
//      (100,010 → 壹拾万零壹拾, 100,000,001 → 壹亿零壹);
//    - when the 元 position is 0 and the 角 is not, 零 follows 元 (10.50 → 壹拾元零伍角整).
// R5 角 zero and 分 not (四(四)): 零 after 元: ¥16,409.02 → 壹万陆仟肆佰零玖元零贰分, ¥325.04 →
//    叁佰贰拾伍元零肆分. That single 零 also covers zeros in the 元 position before it (10.05 →
//    壹拾元零伍分).
// R6 壹拾: a 1 in the tens place is always written 壹拾, never 拾 alone (10 → 壹拾元整, 100,000 →
//    壹拾万元整), as in the official example 壹拾万柒仟元零伍角叁分, so nothing can be written in front of
//    it.
// R7 Groups of four by 万 and 亿: 1,000,000.00 → 壹佰万元整. From 一万亿 on, the part above 亿 is spelled
//    recursively (1,000,000,000,000.00 → 壹万亿元整, 10^16 yuan → 壹亿亿元整), so every qint64 amount has a
//    spelling.
// R8 Amounts below one yuan start at the first non-zero unit, without 零元 (0.05 → 伍分, 0.10 → 壹角整);
//    zero is 零元整.
// R9 Negative amounts (refunds, reversals, credit balances) get the prefix 负 (-5.00 → 负伍元整); the
//    regulations cover only positive amounts on bills.

namespace tl::core {

namespace {

const char16_t Digits[] = u"零壹贰叁肆伍陆柒捌玖";
const char16_t PlaceUnits[] = u"\0拾佰仟"; // index = position inside a group of four (0 = ones)
constexpr char16_t Zero = u'零';
constexpr char16_t Wan = u'万';
constexpr char16_t Yi = u'亿';
constexpr quint64 TenThousand = 10'000;
constexpr quint64 HundredMillion = 100'000'000;

// 0 < group < 10,000: digits with 仟佰拾, one 零 for inner zeros (R3), none for trailing ones.
void appendGroup(QString& out, quint64 group)
{
    bool started = false;
    bool pendingZero = false;
    quint64 divisor = 1000;
    for (int place = 3; place >= 0; --place, divisor /= 10) {
        const quint64 digit = group / divisor % 10;
        if (digit == 0) {
            pendingZero = started;
            continue;
        }
        if (pendingZero)
            out += Zero;
        pendingZero = false;
        out += QChar(Digits[digit]);
        if (place > 0)
            out += QChar(PlaceUnits[place]);
        started = true;
    }
}

// 0 < n < 10^8: high group with 万, then the low group; 零 between them when the low group starts with zeros
// (R4).
void appendBelowYi(QString& out, quint64 n)
{
    const quint64 high = n / TenThousand;
    const quint64 low = n % TenThousand;
    if (high > 0) {
        appendGroup(out, high);
        out += Wan;
        if (low == 0)
            return;
        if (low < 1000)
            out += Zero;
    }
    appendGroup(out, low);
}

// n > 0, any size (R7): the part above 亿 recursively, then the eight digits below it.
void appendInteger(QString& out, quint64 n)
{
    if (n < HundredMillion) {
        appendBelowYi(out, n);
        return;
    }
    appendInteger(out, n / HundredMillion);
    out += Yi;
    const quint64 rest = n % HundredMillion;
    if (rest == 0)
        return;
    if (rest < HundredMillion / 10)
        out += Zero;
    appendBelowYi(out, rest);
}

} // namespace

QString chineseCapitals(Money amount)
{
    const quint64 magnitude = amount.isNegative() ? 0 - quint64(amount.fen()) : quint64(amount.fen());
    const quint64 yuan = magnitude / 100;
    const quint64 jiao = magnitude / 10 % 10;
    const quint64 fen = magnitude % 10;

    QString out;
    if (amount.isNegative())
        out += u'负'; // R9
    if (magnitude == 0)
        return QStringLiteral("零元整"); // R8

    if (yuan > 0) {
        appendInteger(out, yuan);
        out += u'元';
    }
    if (jiao > 0) {
        if (yuan > 0 && yuan % 10 == 0)
            out += Zero; // R4: 元 position zero, 角 not
        out += QChar(Digits[jiao]);
        out += u'角';
    }
    if (fen > 0) {
        if (yuan > 0 && jiao == 0)
            out += Zero; // R5
        out += QChar(Digits[fen]);
        out += u'分';
    } else {
        out += u'整'; // R2
    }
    return out;
}

} // namespace tl::core

#include "demo/DemoData.h"

#include "demo/DemoText.h"

#include "demo/DemoRandom.h"
#include "org/Validation.h"

#include <iterator>
#include <utility>

namespace tl::core::demo {

namespace {

// Common surnames with rough relative frequencies (per ten thousand people).
constexpr std::pair<const char*, int> kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 670}, {"刘", 540}, {"陈", 450}, {"杨", 310}, {"赵", 230}, {"黄", 220},
    {"周", 190}, {"吴", 190}, {"徐", 130}, {"孙", 130}, {"胡", 110}, {"朱", 110}, {"高", 110}, {"林", 100},
    {"何", 100}, {"郭", 100}, {"马", 90},  {"罗", 80},  {"梁", 70},  {"宋", 60},  {"郑", 60},  {"谢", 60},
    {"韩", 50},  {"唐", 50},  {"冯", 50},  {"于", 50},  {"董", 50},  {"萧", 20},  {"肖", 30},  {"程", 40},
    {"曹", 40},  {"袁", 40},  {"邓", 40},  {"许", 40},  {"傅", 40},  {"沈", 40},  {"曾", 40},  {"彭", 40},
    {"吕", 30},  {"苏", 30},  {"卢", 30},  {"蒋", 30},  {"蔡", 30},  {"贾", 30},  {"丁", 30},  {"魏", 30},
    {"薛", 30},  {"叶", 30},  {"阎", 30},  {"余", 30},  {"潘", 30},  {"杜", 30},  {"戴", 20},  {"夏", 20},
    {"钟", 20},  {"汪", 20},  {"田", 20},  {"任", 20},  {"姜", 20},  {"范", 20},  {"方", 20},  {"石", 20},
    {"姚", 20},  {"谭", 20},  {"廖", 20},  {"邹", 20},  {"熊", 20},  {"金", 20},  {"陆", 20},  {"郝", 20},
    {"孔", 10},  {"白", 10},  {"崔", 10},  {"康", 10},  {"毛", 10},  {"邱", 10},  {"秦", 10},  {"江", 10},
    {"史", 10},  {"顾", 10},  {"侯", 10},  {"邵", 10},  {"孟", 10},  {"龙", 10},  {"万", 10},  {"段", 10},
    {"雷", 10},  {"钱", 10},  {"汤", 10},  {"尹", 10},  {"黎", 10},  {"易", 10},  {"常", 10},  {"武", 10},
    {"乔", 10},  {"贺", 10},  {"赖", 10},  {"龚", 10},  {"文", 10},  {"欧阳", 3}, {"司马", 1}, {"上官", 1},
};

constexpr const char* kMaleGiven[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "阳", "建", "国", "峰",
    "亮", "成", "志", "文", "博", "然", "轩", "晨", "睿", "泽", "昊", "子", "天", "嘉", "一", "安",
    "家", "振", "海", "东", "晓", "兵", "锋", "毅", "坤", "立", "永", "春", "新", "德", "洋", "楠",
};

constexpr const char* kFemaleGiven[] = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莹", "琳",
    "颖", "倩", "洁", "欣", "怡", "佳", "悦", "雯", "蕾", "萍", "红", "梅", "兰", "丹", "晶",
    "璐", "琪", "瑶", "诗", "涵", "梦", "雨", "萱", "思", "紫", "可", "馨", "月", "薇", "彤",
    "妍", "晓", "宁", "秀", "英", "华", "文", "嘉", "子", "一", "春", "小", "莉", "蓉", "青",
};

constexpr const char* kMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "198", "199",
};

int surnameTotal()
{
    int total = 0;
    for (const auto& s : kSurnames)
        total += s.second;
    return total;
}

} // namespace

const QList<Region>& regions()
{
    static const QList<Region> table = [] {
        const auto city = [](const char* name, const char* key, std::initializer_list<const char*> codes) {
            City c{u8(name), u8(key), {}};
            for (const char* code : codes)
                c.areaCodes << u8(code);
            return c;
        };
        return QList<Region>{
            {u8("华东大区"),
             {city("上海", "shanghai",
                   {"310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113",
                    "310115"}),
              city("杭州", "杭州", {"330102", "330106"}), city("南京", "南京", {"320102", "320106"}),
              city("苏州", "苏州", {"320505"})}},
            {u8("华北大区"),
             {city("北京", "beijing", {"110101", "110102", "110105", "110106", "110108"}),
              city("天津", "天津", {"120101"}), city("济南", "济南", {"370102"}),
              city("石家庄", "石家庄", {"130102"})}},
            {u8("华南大区"),
             {city("广州", "广州", {"440103", "440104"}), city("深圳", "深圳", {"440304", "440305"}),
              city("福州", "福州", {"350102"})}},
            {u8("华中大区"),
             {city("武汉", "武汉", {"420106"}), city("长沙", "长沙", {"430102"}),
              city("郑州", "郑州", {"410105"})}},
            {u8("西南大区"),
             {city("成都", "成都", {"510104"}), city("重庆", "重庆", {"500103"}),
              city("昆明", "昆明", {"530102"})}},
            {u8("西北大区"), {city("西安", "西安", {"610113"}), city("兰州", "兰州", {"620102"})}},
        };
    }();
    return table;
}

const QList<Bank>& banks()
{
    static const QList<Bank> table{
        {u8("中国工商银行"), QStringLiteral("622202"), 19},
        {u8("中国建设银行"), QStringLiteral("621700"), 19},
        {u8("中国农业银行"), QStringLiteral("622848"), 19},
        {u8("中国银行"), QStringLiteral("621661"), 19},
        {u8("招商银行"), QStringLiteral("622588"), 16},
        {u8("交通银行"), QStringLiteral("622262"), 19},
        {u8("上海浦东发展银行"), QStringLiteral("622521"), 16},
        {u8("中信银行"), QStringLiteral("622690"), 16},
        {u8("兴业银行"), QStringLiteral("622909"), 18},
        {u8("中国民生银行"), QStringLiteral("622622"), 16},
    };
    return table;
}

QString personName(DemoRandom& random, bool male)
{
    static const int total = surnameTotal();
    int pick = random.below(total);
    QString name;
    for (const auto& [surname, weight] : kSurnames) {
        if (pick < weight) {
            name = u8(surname);
            break;
        }
        pick -= weight;
    }
    const auto given = [&]() -> QString {
        if (male)
            return u8(kMaleGiven[random.below(int(std::size(kMaleGiven)))]);
        return u8(kFemaleGiven[random.below(int(std::size(kFemaleGiven)))]);
    };
    name += given();
    if (random.percent(70)) // most given names have two characters
        name += given();
    return name;
}

QString chineseNumber(int n)
{
    static const char* digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const int tens = n / 10, ones = n % 10;
    QString text;
    if (tens > 1)
        text += u8(digits[tens]);
    if (tens > 0)
        text += u8("十");
    text += u8(digits[ones]);
    return text;
}

QString idNumber(DemoRandom& random, const QString& areaCode, const QDate& birth, bool male)
{
    int sequence = random.below(500) * 2 + (male ? 1 : 0); // the 17th digit: odd for men, even for women
    const QString first17 = areaCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckChar(first17);
}

QString birthplace(DemoRandom& random, const City& workCity)
{
    if (random.percent(60))
        return workCity.areaCodes.at(random.below(int(workCity.areaCodes.size())));
    const Region& region = regions().at(random.below(int(regions().size())));
    const City& city = region.cities.at(random.below(int(region.cities.size())));
    return city.areaCodes.at(random.below(int(city.areaCodes.size())));
}

QString mobile(DemoRandom& random)
{
    QString number = u8(kMobilePrefixes[random.below(int(std::size(kMobilePrefixes)))]);
    for (int i = 0; i < 8; ++i)
        number += QChar(u'0' + random.below(10));
    return number;
}

QString bankAccount(DemoRandom& random, const Bank& bank)
{
    QString number = bank.bin;
    while (number.size() < bank.length - 1)
        number += QChar(u'0' + random.below(10));
    // Luhn: double every second digit from the right, starting with the one left of the check digit.
    int sum = 0;
    for (int i = int(number.size()) - 1, position = 0; i >= 0; --i, ++position) {
        int d = number.at(i).digitValue();
        if (position % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return number + QChar(u'0' + (10 - sum % 10) % 10);
}

} // namespace tl::core::demo

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

class DemoRandom;

// Reference tables and value makers of the demo company: names, regions and cities, ID numbers, mobiles,
// bank accounts. Everything is drawn from a DemoRandom, so a seed gives the same values everywhere.
namespace demo {

struct City
{
    QString name;          // 上海
    QString key;           // work-city key stored on employees: "shanghai", "beijing", else the name
    QStringList areaCodes; // 6-digit administrative division codes (ID numbers of people born there)
};

struct Region
{
    QString name; // 华东大区
    QList<City> cities;
};

struct Bank
{
    QString name;    // 中国工商银行
    QString bin;     // card number prefix
    int length = 19; // digits, the last being the Luhn check digit
};

// Sales regions with their cities, in the order regions are opened as the company grows.
const QList<Region>& regions();
const QList<Bank>& banks();

// A Chinese personal name: a surname by frequency and a one- or two-character given name.
QString personName(DemoRandom& random, bool male);
// 1..99 in Chinese numerals: 一, 十, 十一, 二十, 九十九.
QString chineseNumber(int n);
// A valid 18-digit resident ID number (GB 11643-1999) for a person born on `birth` in `areaCode`.
QString idNumber(DemoRandom& random, const QString& areaCode, const QDate& birth, bool male);
// An area code: usually from the person's work city, otherwise from anywhere in the tables.
QString birthplace(DemoRandom& random, const City& workCity);
// An 11-digit mainland mobile number (1[3-9]x xxxx xxxx).
QString mobile(DemoRandom& random);
// A card number of the bank's length with a Luhn check digit.
QString bankAccount(DemoRandom& random, const Bank& bank);

} // namespace demo
} // namespace tl::core

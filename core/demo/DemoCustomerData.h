#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

class DemoRandom;

// Reference tables of the demo company's customers: where the sales cities are, company names, industries,
// contact titles and what salespeople write in their follow-ups. Everything is drawn from a DemoRandom, so
// a seed gives the same values everywhere.
namespace demo {

// A sales city (the cities of DemoData's regions) with the centre of its business districts.
struct CityGeo
{
    QString key;       // the work-city key of employees: "shanghai", "beijing", else the name
    QString name;      // 上海
    qint64 latitudeE6; // WGS-84 × 1,000,000
    qint64 longitudeE6;
    QStringList districts; // 浦东新区, 静安区, ...
};

// The city of a work-city key; the first city (上海) for an unknown key.
const CityGeo& cityGeo(const QString& cityKey);
const QList<CityGeo>& cityGeos();

struct Industry
{
    QString name;          // 批发零售
    QStringList nameWords; // what a company of the industry calls itself: 贸易, 商贸, 供应链...
};
const QList<Industry>& industries();

// "上海瑞丰贸易有限公司": the city, a two-character trade name (字号), the industry word and the legal form.
QString companyName(DemoRandom& random, const CityGeo& city, const Industry& industry);
// "浦东新区张江路188号" (without the city).
QString streetAddress(DemoRandom& random, const QString& district);
// 总经理, 采购经理, 财务经理...
QString contactTitle(DemoRandom& random);
// A follow-up note for a method key (phone, visit, wechat, email, other).
QString followUpContent(DemoRandom& random, const QString& method);
// "办公设备采购项目", "年度维保合同"...
QString opportunityName(DemoRandom& random);

} // namespace demo
} // namespace tl::core

#include "customers/Customer.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tl::core {

namespace {

struct Aliases
{
    const char* key;
    QStringList aliases; // accepted spellings besides the key and the display name (import files, dialogs)
};

const QList<Aliases>& typeAliases()
{
    static const QList<Aliases> aliases{
        {"key_account",
         {QStringLiteral("大客户"), QStringLiteral("重点客户"), QStringLiteral("KA"),
          QStringLiteral("key account")}},
        {"sme", {QStringLiteral("中小企业"), QStringLiteral("中小客户"), QStringLiteral("企业")}},
        {"individual", {QStringLiteral("个人"), QStringLiteral("个人客户")}},
        {"channel",
         {QStringLiteral("渠道"), QStringLiteral("渠道商"), QStringLiteral("代理商"),
          QStringLiteral("经销商")}},
        {"other", {QStringLiteral("其他"), QStringLiteral("其它")}},
    };
    return aliases;
}

const QList<Aliases>& methodAliases()
{
    static const QList<Aliases> aliases{
        {"phone", {QStringLiteral("电话"), QStringLiteral("打电话"), QStringLiteral("call")}},
        {"visit",
         {QStringLiteral("拜访"), QStringLiteral("上门"), QStringLiteral("上门拜访"),
          QStringLiteral("面谈")}},
        {"wechat", {QStringLiteral("微信"), QStringLiteral("weixin")}},
        {"email",
         {QStringLiteral("邮件"), QStringLiteral("电子邮件"), QStringLiteral("e-mail"),
          QStringLiteral("mail")}},
        {"other", {QStringLiteral("其他"), QStringLiteral("其它")}},
    };
    return aliases;
}

// The key whose key, display name or alias equals the text (case-insensitive).
std::optional<QString> keyFromText(const QList<Aliases>& table, QString (*name)(const QString&),
                                   const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const Aliases& a : table) {
        const QString key = QString::fromLatin1(a.key);
        if (t.compare(key, Qt::CaseInsensitive) == 0 || t.compare(name(key), Qt::CaseInsensitive) == 0)
            return key;
        for (const QString& alias : a.aliases)
            if (t.compare(alias, Qt::CaseInsensitive) == 0)
                return key;
    }
    return std::nullopt;
}

QStringList keysOf(const QList<Aliases>& table)
{
    QStringList keys;
    for (const Aliases& a : table)
        keys << QString::fromLatin1(a.key);
    return keys;
}

const QList<OwnershipReason>& allOwnershipReasons()
{
    static const QList<OwnershipReason> reasons{
        OwnershipReason::Created,         OwnershipReason::Claimed,
        OwnershipReason::Assigned,        OwnershipReason::ReclaimedNoFollowUp,
        OwnershipReason::ReclaimedNoDeal, OwnershipReason::Released,
        OwnershipReason::Handover,        OwnershipReason::Manual};
    return reasons;
}

} // namespace

QStringList customerTypeKeys()
{
    return keysOf(typeAliases());
}

QString customerTypeName(const QString& key)
{
    if (key == QLatin1String("key_account"))
        return QCoreApplication::translate("tl::core::Customer", "Key account");
    if (key == QLatin1String("sme"))
        return QCoreApplication::translate("tl::core::Customer", "Small or medium business");
    if (key == QLatin1String("individual"))
        return QCoreApplication::translate("tl::core::Customer", "Individual");
    if (key == QLatin1String("channel"))
        return QCoreApplication::translate("tl::core::Customer", "Channel partner");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("tl::core::Customer", "Other");
    return key;
}

std::optional<QString> customerTypeFromText(const QString& text)
{
    return keyFromText(typeAliases(), &customerTypeName, text);
}

QStringList customerLevels()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
}

double GeoPoint::distanceMetres(const GeoPoint& a, const GeoPoint& b)
{
    constexpr double earthRadius = 6371008.8; // mean Earth radius (IUGG), metres
    constexpr double toRadians = std::numbers::pi / 180.0 / 1000000.0;
    const double lat1 = double(a.latitudeE6) * toRadians;
    const double lat2 = double(b.latitudeE6) * toRadians;
    const double dLat = lat2 - lat1;
    const double dLon = double(b.longitudeE6 - a.longitudeE6) * toRadians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

QString ownershipReasonKey(OwnershipReason reason)
{
    switch (reason) {
    case OwnershipReason::Created:
        return QStringLiteral("created");
    case OwnershipReason::Claimed:
        return QStringLiteral("claimed");
    case OwnershipReason::Assigned:
        return QStringLiteral("assigned");
    case OwnershipReason::ReclaimedNoFollowUp:
        return QStringLiteral("reclaimed_no_follow_up");
    case OwnershipReason::ReclaimedNoDeal:
        return QStringLiteral("reclaimed_no_deal");
    case OwnershipReason::Released:
        return QStringLiteral("released");
    case OwnershipReason::Handover:
        return QStringLiteral("handover");
    case OwnershipReason::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<OwnershipReason> ownershipReasonFromKey(const QString& key)
{
    for (OwnershipReason r : allOwnershipReasons())
        if (ownershipReasonKey(r) == key)
            return r;
    return std::nullopt;
}

QString ownershipReasonName(OwnershipReason reason)
{
    switch (reason) {
    case OwnershipReason::Created:
        return QCoreApplication::translate("tl::core::Customer", "Created");
    case OwnershipReason::Claimed:
        return QCoreApplication::translate("tl::core::Customer", "Claimed from the pool");
    case OwnershipReason::Assigned:
        return QCoreApplication::translate("tl::core::Customer", "Assigned");
    case OwnershipReason::ReclaimedNoFollowUp:
        return QCoreApplication::translate("tl::core::Customer", "Reclaimed: no follow-up");
    case OwnershipReason::ReclaimedNoDeal:
        return QCoreApplication::translate("tl::core::Customer", "Reclaimed: no deal");
    case OwnershipReason::Released:
        return QCoreApplication::translate("tl::core::Customer", "Released to the pool");
    case OwnershipReason::Handover:
        return QCoreApplication::translate("tl::core::Customer", "Handover");
    case OwnershipReason::Manual:
        return QCoreApplication::translate("tl::core::Customer", "Changed by hand");
    }
    return {};
}

QStringList followUpMethodKeys()
{
    return keysOf(methodAliases());
}

QString followUpMethodName(const QString& key)
{
    if (key == QLatin1String("phone"))
        return QCoreApplication::translate("tl::core::Customer", "Phone");
    if (key == QLatin1String("visit"))
        return QCoreApplication::translate("tl::core::Customer", "Visit");
    if (key == QLatin1String("wechat"))
        return QCoreApplication::translate("tl::core::Customer", "WeChat");
    if (key == QLatin1String("email"))
        return QCoreApplication::translate("tl::core::Customer", "E-mail");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("tl::core::Customer", "Other");
    return key;
}

std::optional<QString> followUpMethodFromText(const QString& text)
{
    return keyFromText(methodAliases(), &followUpMethodName, text);
}

} // namespace tl::core

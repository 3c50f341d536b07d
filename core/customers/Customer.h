#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

// Customer types and levels (DESIGN §2.2): keys stored in the database, translated names for display.
QStringList customerTypeKeys();               // key_account, sme, individual, channel, other
QString customerTypeName(const QString& key); // 大客户 / 中小企业 / 个人 / 渠道 / 其他
std::optional<QString> customerTypeFromText(const QString& text); // key, Chinese or English name
QStringList customerLevels();                                     // A, B, C

// Where a customer's coordinates are; micro-degrees (WGS-84 × 1,000,000).
struct GeoPoint
{
    qint64 latitudeE6 = 0;
    qint64 longitudeE6 = 0;
    // Great-circle (haversine) distance in metres, mean Earth radius 6,371,008.8 m.
    static double distanceMetres(const GeoPoint& a, const GeoPoint& b);
};

struct CustomerContact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString title;
    QString phone; // hidden ("") for pool customers until claimed, and outside the session's scope
    QString email;
    QString wechat;
    bool primary = false;
};

struct Customer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type = QStringLiteral("sme");
    QString level = QStringLiteral("C");
    QString industry;
    QString region;
    QString address;
    std::optional<GeoPoint> location;
    Money creditLimit;
    int paymentDays = 30;
    qint64 ownerId = 0;           // 0 = in the pool
    QString ownerCode;            // read only (joined)
    QString ownerName;            // read only (joined)
    qint64 ownerDepartmentId = 0; // read only (joined): the owner's department, for scope checks
    QDate ownedSince;
    QDate poolSince;
    QDate createdOn;
    QString note;
    QDateTime lastOwnerFollowUpAt;   // read only (derived)
    bool contactsHidden = false;     // true when contact details were withheld for this session
    QList<CustomerContact> contacts; // filled by CustomerService::get
};

// Why a customer changed hands (customer_ownership.reason).
enum class OwnershipReason
{
    Created,
    Claimed,
    Assigned,
    ReclaimedNoFollowUp,
    ReclaimedNoDeal,
    Released,
    Handover,
    Manual
};
QString ownershipReasonKey(OwnershipReason reason); // created, claimed, assigned, reclaimed_no_follow_up, ...
std::optional<OwnershipReason> ownershipReasonFromKey(const QString& key);
QString ownershipReasonName(OwnershipReason reason); // translated

struct OwnershipChange
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 fromOwnerId = 0;
    QString fromOwnerName;
    qint64 toOwnerId = 0;
    QString toOwnerName;
    QDateTime at;
    OwnershipReason reason = OwnershipReason::Manual;
    QString note;
    QString username; // who made the change ("system" for the sweep)
};

QStringList followUpMethodKeys();               // phone, visit, wechat, email, other
QString followUpMethodName(const QString& key); // 电话 / 拜访 / 微信 / 邮件 / 其他
std::optional<QString> followUpMethodFromText(const QString& text);

struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode; // read only
    QString customerName; // read only
    qint64 employeeId = 0;
    QString employeeName; // read only
    QDateTime at;
    QString method = QStringLiteral("phone");
    QString content;
    QDate nextOn;
    QDate promisedPaymentOn;
};

} // namespace tl::core

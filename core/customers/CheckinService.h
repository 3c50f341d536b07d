#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tl::core {

// 外勤签到 (DESIGN §2.1): a check-in is an effective visit when it lies within the configured distance
// (setting "visits.max_distance_m", default 500) of a customer's stored coordinates AND the same
// salesperson logged a follow-up for that customer on the same day. Matching picks the nearest customer
// within the distance that has such a follow-up (else the nearest customer, marked not effective).
struct Checkin
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode; // read only
    QString employeeName; // read only
    QDateTime at;
    GeoPoint location;
    QString address;
    qint64 customerId = 0; // matched customer, 0 = none within the distance
    QString customerCode;  // read only
    QString customerName;  // read only
    int distanceMetres = -1;
    bool effective = false;
    QString reason; // key: "effective", "no_customer_nearby", "no_follow_up_same_day"
};
QString checkinReasonName(const QString& key); // translated explanation

class CheckinService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CheckinService)

public:
    explicit CheckinService(const Context& ctx) : m_ctx(ctx) {}

    Result<qint64> add(const Checkin& checkin); // matched on insert
    // Re-match every check-in in [from, to] (after follow-ups or coordinates changed); returns how many
    // changed. Idempotent.
    Result<int> rematch(const QDate& from, const QDate& to);
    Result<QList<Checkin>> list(const QDate& from, const QDate& to, qint64 employeeId = 0) const; // 0 = scope

    struct MonthCount
    {
        qint64 employeeId = 0;
        QString employeeCode;
        QString employeeName;
        int checkins = 0;
        int effectiveVisits = 0;
    };
    // Counts per person for a month (feeds KPIs and the visit allowance later).
    Result<QList<MonthCount>> monthCounts(int year, int month) const;

    int maxDistanceMetres() const; // the setting, default 500

private:
    Context m_ctx;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// The ageing buckets of DESIGN §2.3 / domain-facts §5.4 by days past due, from the upper bounds of the
// overdue buckets (setting AgingBuckets, default "30,60,90,180,365", sorted and de-duplicated here):
//
//   index  key       label (zh_CN)   days past due
//   0      not_due   未到期          <= 0 (not yet due, or due ON the as-of date)
//   1      1-30      1–30天          1 .. 30
//   2      31-60     31–60天         31 .. 60
//   3      61-90     61–90天         61 .. 90
//   4      91-180    91–180天        91 .. 180
//   5      181-365   181–365天       181 .. 365
//   6      365+      >365天          366 and more
//
// Other bounds follow the same pattern: "15,45" gives not_due, 1-15, 16-45, 45+. Days past due are calendar
// days: daysPastDue(due, asOf) = asOf − due, never below 0.
class AgingBuckets
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::AgingBuckets)

public:
    AgingBuckets(); // the default bounds 30, 60, 90, 180, 365
    // Bounds <= 0 are dropped; the rest sorted ascending without duplicates. An empty list leaves two
    // buckets: not_due and 0+ (everything overdue).
    explicit AgingBuckets(QList<int> bounds);
    // From the company setting (CompanyService::intListSetting(SettingKey::AgingBuckets)).
    static Result<AgingBuckets> load(const Context& ctx);

    static QList<int> defaultBounds(); // 30, 60, 90, 180, 365

    const QList<int>& bounds() const { return m_bounds; }
    int count() const { return int(m_bounds.size()) + 2; }

    // Calendar days from the due date to the as-of date, 0 when due on or after it.
    static int daysPastDue(const QDate& due, const QDate& asOf);
    // The bucket index of a number of days past due (<= 0: 0 = not_due).
    int bucketOf(int daysPastDue) const;
    int bucketOf(const QDate& due, const QDate& asOf) const { return bucketOf(daysPastDue(due, asOf)); }

    // First and last day past due of a bucket (not_due: 0, 0; the last bucket: lastDay = -1, open-ended).
    int firstDay(int bucket) const;
    int lastDay(int bucket) const;

    QString key(int bucket) const;   // "not_due", "1-30", ..., "365+"; empty for an index out of range
    QString label(int bucket) const; // translated: "Not due", "1–30 days", ..., "Over 365 days"
    QStringList keys() const;
    QStringList labels() const;
    int indexOfKey(const QString& key) const; // -1 when unknown

    friend bool operator==(const AgingBuckets& a, const AgingBuckets& b) { return a.m_bounds == b.m_bounds; }

private:
    QList<int> m_bounds;
};

} // namespace tl::core

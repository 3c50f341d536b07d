#include "receivables/AgingBuckets.h"

#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <algorithm>

namespace tl::core {

QList<int> AgingBuckets::defaultBounds()
{
    return {30, 60, 90, 180, 365};
}

AgingBuckets::AgingBuckets() : m_bounds(defaultBounds()) {}

AgingBuckets::AgingBuckets(QList<int> bounds)
{
    bounds.removeIf([](int b) { return b <= 0; });
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    m_bounds = std::move(bounds);
}

Result<AgingBuckets> AgingBuckets::load(const Context& ctx)
{
    auto bounds = CompanyService(ctx).intListSetting(QString(SettingKey::AgingBuckets));
    if (!bounds)
        return bounds.error();
    return AgingBuckets(bounds.value());
}

int AgingBuckets::daysPastDue(const QDate& due, const QDate& asOf)
{
    if (!due.isValid() || !asOf.isValid())
        return 0;
    return int(std::max<qint64>(0, due.daysTo(asOf)));
}

int AgingBuckets::bucketOf(int days) const
{
    if (days <= 0)
        return 0;
    for (int i = 0; i < m_bounds.size(); ++i)
        if (days <= m_bounds.at(i))
            return i + 1;
    return int(m_bounds.size()) + 1;
}

int AgingBuckets::firstDay(int bucket) const
{
    if (bucket <= 0)
        return 0;
    return bucket == 1 ? 1 : m_bounds.value(bucket - 2, m_bounds.isEmpty() ? 0 : m_bounds.last()) + 1;
}

int AgingBuckets::lastDay(int bucket) const
{
    if (bucket <= 0)
        return 0;
    return bucket <= m_bounds.size() ? m_bounds.at(bucket - 1) : -1;
}

QString AgingBuckets::key(int bucket) const
{
    if (bucket < 0 || bucket >= count())
        return {};
    if (bucket == 0)
        return QStringLiteral("not_due");
    if (bucket == count() - 1)
        return QString::number(m_bounds.isEmpty() ? 0 : m_bounds.last()) + QLatin1Char('+');
    return QStringLiteral("%1-%2").arg(firstDay(bucket)).arg(lastDay(bucket));
}

QString AgingBuckets::label(int bucket) const
{
    if (bucket < 0 || bucket >= count())
        return {};
    if (bucket == 0)
        return tr("Not due");
    if (bucket == count() - 1)
        return m_bounds.isEmpty() ? tr("Overdue") : tr("Over %1 days").arg(m_bounds.last());
    //: An ageing bucket: days past due from %1 to %2 (1–30天).
    return tr("%1–%2 days").arg(firstDay(bucket)).arg(lastDay(bucket));
}

QStringList AgingBuckets::keys() const
{
    QStringList list;
    for (int i = 0; i < count(); ++i)
        list << key(i);
    return list;
}

QStringList AgingBuckets::labels() const
{
    QStringList list;
    for (int i = 0; i < count(); ++i)
        list << label(i);
    return list;
}

int AgingBuckets::indexOfKey(const QString& k) const
{
    return int(keys().indexOf(k));
}

} // namespace tl::core

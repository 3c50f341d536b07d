#pragma once

#include "customers/CheckinService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Check-ins and effective visits per person for one month (CheckinService::monthCounts), with a total row.
class CheckinMonthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Employee,
        Checkins,
        EffectiveVisits,
        Rate,
        Count
    };
    enum DataRole
    {
        EmployeeIdRole = Qt::UserRole + 1,
        TotalRowRole
    };

    explicit CheckinMonthTableModel(QObject* parent = nullptr);

    void setCounts(const QList<core::CheckinService::MonthCount>& counts);
    const QList<core::CheckinService::MonthCount>& counts() const { return m_counts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CheckinService::MonthCount> m_counts;
    core::CheckinService::MonthCount m_total;
};

} // namespace tl::ui

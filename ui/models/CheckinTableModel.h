#pragma once

#include "customers/CheckinService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// 外勤签到 of a period: time, employee, address, matched customer, distance, and whether the check-in is
// an effective visit and why (CheckinService::list).
class CheckinTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Time,
        Employee,
        Address,
        Customer,
        Distance,
        Effective,
        Reason,
        Count
    };
    enum DataRole
    {
        CheckinIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        EffectiveRole,
        ReasonKeyRole
    };

    explicit CheckinTableModel(QObject* parent = nullptr);

    void setCheckins(const QList<core::Checkin>& checkins);
    const core::Checkin* checkinAt(int row) const;
    int effectiveCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Checkin> m_checkins;
};

} // namespace tl::ui

#pragma once

#include "attendance/Attendance.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Leave requests (请假), newest first: employee, kind, from, to, days, reason, status, who asked, who
// decided.
class PayrollLeaveTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Employee,
        Kind,
        From,
        To,
        Days,
        Reason,
        Status,
        RequestedBy,
        DecidedBy,
        Count
    };

    explicit PayrollLeaveTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRequests(const QList<core::LeaveRequest>& requests);
    const core::LeaveRequest* requestAt(int row) const;

    static QString statusName(const QString& status); // translated requested / approved / rejected

private:
    QList<core::LeaveRequest> m_rows;
};

} // namespace tl::ui

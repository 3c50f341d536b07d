#pragma once

#include "attendance/Attendance.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// A month of attendance by employee (AttendanceService::monthSummary): the days with a record and the days
// of each status (present, late, absent, annual, sick and personal leave; half days as .5), and the unpaid
// days the payroll deducts at the monthly wage ÷ 21.75. Employees without records are paid in full and not
// listed.
class PayrollAttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns: code, name, records, one per AttendanceStatus (in enum order), unpaid days.
    static constexpr int CodeColumn = 0;
    static constexpr int NameColumn = 1;
    static constexpr int RecordsColumn = 2;
    static constexpr int FirstStatusColumn = 3;
    static constexpr int UnpaidColumn = FirstStatusColumn + core::kAttendanceStatusCount;
    static constexpr int ColumnCount = UnpaidColumn + 1;
    static constexpr int HalfDaysRole = Qt::UserRole + 1; // int half days of a status or unpaid column

    explicit PayrollAttendanceTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSummaries(const QList<core::AttendanceSummary>& summaries);
    const core::AttendanceSummary* summaryAt(int row) const;

private:
    QList<core::AttendanceSummary> m_rows;
};

} // namespace tl::ui

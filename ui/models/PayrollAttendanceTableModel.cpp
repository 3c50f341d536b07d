#include "models/PayrollAttendanceTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tl::ui {

PayrollAttendanceTableModel::PayrollAttendanceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollAttendanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollAttendanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::AttendanceSummary* PayrollAttendanceTableModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

namespace {

QString days(int halfDays)
{
    if (halfDays == 0)
        return QString();
    return QLocale().toString(halfDays / 2.0, 'f', halfDays % 2 ? 1 : 0);
}

} // namespace

QVariant PayrollAttendanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AttendanceSummary& s = m_rows.at(index.row());
    const int column = index.column();
    int halfDays = -1;
    if (column >= FirstStatusColumn && column < UnpaidColumn)
        halfDays = s.halfDays[size_t(column - FirstStatusColumn)];
    else if (column == UnpaidColumn)
        halfDays = s.unpaidHalfDays();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CodeColumn)
            return s.employeeCode;
        if (column == NameColumn)
            return s.employeeName;
        if (column == RecordsColumn)
            return QLocale().toString(s.records);
        return days(halfDays);
    case HalfDaysRole:
        return halfDays >= 0 ? QVariant(halfDays) : QVariant();
    case Qt::ForegroundRole:
        if (column == UnpaidColumn && halfDays > 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (column == UnpaidColumn && halfDays > 0)
            return tr("Deducted at the monthly wage ÷ 21.75 a day.");
        return {};
    case Qt::TextAlignmentRole:
        return column >= RecordsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PayrollAttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CodeColumn)
        return tr("Code");
    if (section == NameColumn)
        return tr("Employee");
    if (section == RecordsColumn)
        return tr("Days recorded");
    if (section >= FirstStatusColumn && section < UnpaidColumn)
        return core::attendanceStatusName(core::AttendanceStatus(section - FirstStatusColumn));
    if (section == UnpaidColumn)
        return tr("Unpaid days");
    return {};
}

void PayrollAttendanceTableModel::setSummaries(const QList<core::AttendanceSummary>& summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

} // namespace tl::ui

#include "models/CheckinMonthTableModel.h"

#include <QFont>
#include <QLocale>

namespace tl::ui {

using MonthCount = core::CheckinService::MonthCount;

CheckinMonthTableModel::CheckinMonthTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CheckinMonthTableModel::setCounts(const QList<MonthCount>& counts)
{
    beginResetModel();
    m_counts = counts;
    m_total = {};
    for (const MonthCount& c : m_counts) {
        m_total.checkins += c.checkins;
        m_total.effectiveVisits += c.effectiveVisits;
    }
    endResetModel();
}

int CheckinMonthTableModel::rowCount(const QModelIndex& parent) const
{
    // The people, then a total row (when there is anyone).
    return parent.isValid() || m_counts.isEmpty() ? 0 : int(m_counts.size()) + 1;
}

int CheckinMonthTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CheckinMonthTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_counts.size();
    const MonthCount& c = total ? m_total : m_counts.at(index.row());
    switch (role) {
    case EmployeeIdRole:
        return c.employeeId;
    case TotalRowRole:
        return total;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Employee:
            if (total)
                return tr("Total");
            return c.employeeName.isEmpty() ? c.employeeCode
                                            : tr("%1 (%2)").arg(c.employeeName, c.employeeCode);
        case Column::Checkins:
            return c.checkins;
        case Column::EffectiveVisits:
            return c.effectiveVisits;
        case Column::Rate:
            if (c.checkins == 0)
                return QString();
            // Whole percent, rounded half up, from integers (no floating point).
            return tr("%1%").arg(
                QLocale().toString((c.effectiveVisits * 200 + c.checkins) / (2 * c.checkins)));
        case Column::Count:
            break;
        }
        return {};
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) != Column::Employee)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CheckinMonthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Employee:
        return tr("Employee");
    case Column::Checkins:
        return tr("Check-ins");
    case Column::EffectiveVisits:
        return tr("Effective visits");
    case Column::Rate:
        return tr("Effective share");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

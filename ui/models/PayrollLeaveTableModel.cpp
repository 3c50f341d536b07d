#include "models/PayrollLeaveTableModel.h"

#include <QLocale>

namespace tl::ui {

PayrollLeaveTableModel::PayrollLeaveTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollLeaveTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollLeaveTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::LeaveRequest* PayrollLeaveTableModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString PayrollLeaveTableModel::statusName(const QString& status)
{
    if (status == QLatin1String("requested"))
        return tr("Waiting for approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QVariant PayrollLeaveTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LeaveRequest& r = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Employee:
            return tr("%1 %2").arg(r.employeeCode, r.employeeName);
        case Column::Kind:
            return core::attendanceStatusName(r.kind);
        case Column::From:
            return r.from.toString(Qt::ISODate);
        case Column::To:
            return r.to.toString(Qt::ISODate);
        case Column::Days:
            return QLocale().toString(r.halfDays / 2.0, 'f', r.halfDays % 2 ? 1 : 0);
        case Column::Reason:
            return r.reason;
        case Column::Status:
            return statusName(r.status);
        case Column::RequestedBy: // no user: written by the system (an import, the demo company)
            return r.requestedByName.isEmpty() ? tr("System") : r.requestedByName;
        case Column::DecidedBy: // decided by no user: the system
            return r.approverName.isEmpty() && r.decidedAt.isValid() ? tr("System") : r.approverName;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Reason)
            return r.reason;
        if (column == Column::DecidedBy && !r.decisionNote.isEmpty())
            return r.decisionNote;
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Days ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PayrollLeaveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Employee:
        return tr("Employee");
    case Column::Kind:
        return tr("Leave");
    case Column::From:
        return tr("From");
    case Column::To:
        return tr("To");
    case Column::Days:
        return tr("Days");
    case Column::Reason:
        return tr("Reason");
    case Column::Status:
        return tr("Status");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::DecidedBy:
        return tr("Decided by");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollLeaveTableModel::setRequests(const QList<core::LeaveRequest>& requests)
{
    beginResetModel();
    m_rows = requests;
    endResetModel();
}

} // namespace tl::ui

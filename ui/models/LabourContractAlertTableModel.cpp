#include "models/LabourContractAlertTableModel.h"

#include <QColor>

namespace tl::ui {

using Kind = core::ContractAlert::Kind;

LabourContractAlertTableModel::LabourContractAlertTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<Kind> LabourContractAlertTableModel::allKinds()
{
    return {Kind::EndingSoon,       Kind::ProbationEnding, Kind::ThirdFixedTerm, Kind::TenYears,
            Kind::ProbationTooLong, Kind::SecondProbation, Kind::NoContract};
}

void LabourContractAlertTableModel::setAlerts(const QList<core::ContractAlert>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

const core::ContractAlert* LabourContractAlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int LabourContractAlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int LabourContractAlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LabourContractAlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ContractAlert& a = m_alerts.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case EmployeeIdRole:
        return a.employeeId;
    case KindRole:
        return int(a.kind);
    case SortRole:
        switch (column) {
        case Column::Kind:
            return int(a.kind);
        case Column::Date:
            return a.date;
        case Column::DaysLeft:
            return a.daysLeft;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Column::Kind:
            return core::contractAlertKindName(a.kind);
        case Column::Code:
            return a.employeeCode;
        case Column::Name:
            return a.employeeName;
        case Column::Date:
            return a.date.isValid() ? a.date.toString(Qt::ISODate) : QString();
        case Column::DaysLeft:
            return a.date.isValid() ? QVariant(a.daysLeft) : QVariant();
        case Column::Message:
            return a.message;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return column == Column::Message ? QVariant(a.message) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::DaysLeft ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Column::DaysLeft && a.date.isValid() && a.daysLeft < 0)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    default:
        return {};
    }
}

QVariant LabourContractAlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind:
        return tr("Kind");
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return tr("Name");
    case Column::Date:
        return tr("Date");
    case Column::DaysLeft:
        return tr("Days left");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

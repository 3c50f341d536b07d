#include "models/CheckinTableModel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace tl::ui {

CheckinTableModel::CheckinTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CheckinTableModel::setCheckins(const QList<core::Checkin>& checkins)
{
    beginResetModel();
    m_checkins = checkins;
    endResetModel();
}

const core::Checkin* CheckinTableModel::checkinAt(int row) const
{
    return row >= 0 && row < m_checkins.size() ? &m_checkins.at(row) : nullptr;
}

int CheckinTableModel::effectiveCount() const
{
    return int(std::count_if(m_checkins.cbegin(), m_checkins.cend(),
                             [](const core::Checkin& c) { return c.effective; }));
}

int CheckinTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checkins.size());
}

int CheckinTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CheckinTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Checkin& c = m_checkins.at(index.row());
    switch (role) {
    case CheckinIdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case EffectiveRole:
        return c.effective;
    case ReasonKeyRole:
        return c.reason;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Time:
            return c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Column::Employee:
            return c.employeeName.isEmpty() ? c.employeeCode : c.employeeName;
        case Column::Address:
            return c.address;
        case Column::Customer:
            if (c.customerId == 0)
                return QString();
            return tr("%1 %2").arg(c.customerCode, c.customerName);
        case Column::Distance:
            if (c.distanceMetres < 0)
                return QString();
            return tr("%1 m").arg(QLocale().toString(c.distanceMetres));
        case Column::Effective:
            return c.effective ? tr("Effective") : tr("Not effective");
        case Column::Reason:
            return core::checkinReasonName(c.reason);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Column::Employee:
            return c.employeeCode;
        case Column::Address:
            return c.address;
        case Column::Reason:
            return core::checkinReasonName(c.reason);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (Column(index.column()) == Column::Effective)
            return c.effective ? QColor(0x2e, 0x7d, 0x32) : QColor(0xa0, 0x30, 0x30);
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::Distance)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CheckinTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Employee:
        return tr("Employee");
    case Column::Address:
        return tr("Address");
    case Column::Customer:
        return tr("Matched customer");
    case Column::Distance:
        return tr("Distance");
    case Column::Effective:
        return tr("Visit");
    case Column::Reason:
        return tr("Why");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

#include "models/LabourContractTableModel.h"

namespace tl::ui {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

LabourContractTableModel::LabourContractTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabourContractTableModel::setContracts(const QList<core::LabourContract>& contracts)
{
    beginResetModel();
    m_contracts = contracts;
    endResetModel();
}

const core::LabourContract* LabourContractTableModel::contractAt(int row) const
{
    return row >= 0 && row < m_contracts.size() ? &m_contracts.at(row) : nullptr;
}

int LabourContractTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contracts.size());
}

int LabourContractTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LabourContractTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LabourContract& c = m_contracts.at(index.row());
    if (role == ContractIdRole)
        return c.id;
    if (role == Qt::ToolTipRole && Column(index.column()) == Column::Note)
        return c.note.isEmpty() ? QVariant() : QVariant(c.note);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Seq:
        return c.seq;
    case Column::Type:
        return core::contractTypeName(c.type);
    case Column::Start:
        return isoDate(c.startDate);
    case Column::End:
        return c.type == core::ContractType::OpenEnded && !c.endDate.isValid() ? tr("open-ended")
                                                                               : isoDate(c.endDate);
    case Column::ProbationEnd:
        return c.probationEnd.isValid() ? isoDate(c.probationEnd) : tr("none");
    case Column::SignedOn:
        return isoDate(c.signedOn);
    case Column::Note:
        return c.note;
    case Column::Count:
        break;
    }
    return {};
}

QVariant LabourContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Seq:
        return tr("No.");
    case Column::Type:
        return tr("Type");
    case Column::Start:
        return tr("Start");
    case Column::End:
        return tr("End");
    case Column::ProbationEnd:
        return tr("Probation ends");
    case Column::SignedOn:
        return tr("Signed on");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

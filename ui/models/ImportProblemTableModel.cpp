#include "models/ImportProblemTableModel.h"

namespace tl::ui {

ImportProblemTableModel::ImportProblemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemTableModel::setProblems(const QList<core::FieldProblem>& problems, qint64 omitted)
{
    beginResetModel();
    m_problems = problems;
    m_omitted = omitted;
    endResetModel();
}

int ImportProblemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ImportProblemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FieldProblem& p = m_problems.at(index.row());
    const auto column = Column(index.column());
    if (role == SortRole && column == Column::Row)
        return p.row;
    if (role == Qt::TextAlignmentRole && column == Column::Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Row:
        return p.row > 0 ? QVariant(p.row) : QVariant(QString());
    case Column::Column:
        return p.column;
    case Column::Value:
        return p.value;
    case Column::Reason:
        return p.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ImportProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Row:
        return tr("Row");
    case Column::Column:
        return tr("Column");
    case Column::Value:
        return tr("Value");
    case Column::Reason:
        return tr("Problem");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

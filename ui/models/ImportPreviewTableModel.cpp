#include "models/ImportPreviewTableModel.h"

#include "importing/ImportPreview.h"

#include <QColor>

#include <algorithm>

namespace tl::ui {

ImportPreviewTableModel::ImportPreviewTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewTableModel::setPreview(const ImportPreview& preview, const QList<bool>& bound)
{
    beginResetModel();
    m_header = preview.header;
    m_rowNumbers = preview.rowNumbers;
    m_rows = preview.rows;
    m_bound = bound;
    m_columns = int(m_header.size());
    for (const QStringList& row : m_rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void ImportPreviewTableModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rowNumbers.clear();
    m_rows.clear();
    m_bound.clear();
    m_columns = 0;
    endResetModel();
}

int ImportPreviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.value(index.column());
    case Qt::ForegroundRole:
        return isBound(index.column()) ? QVariant() : QVariant(QColor(Qt::gray));
    default:
        return {};
    }
}

QVariant ImportPreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowNumbers.size())
            return m_rowNumbers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = m_header.value(section);
        return text.isEmpty() ? tr("(no header)") : text;
    }
    case Qt::ToolTipRole:
        return isBound(section) ? QVariant() : QVariant(tr("Not a column of this import: it is ignored."));
    case Qt::ForegroundRole:
        return isBound(section) ? QVariant() : QVariant(QColor(Qt::gray));
    default:
        return {};
    }
}

} // namespace tl::ui

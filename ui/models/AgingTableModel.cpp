#include "models/AgingTableModel.h"

#include "models/BasisPointsText.h"
#include "money/MoneyFormat.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tl::ui {

using Row = core::AgingReport::Row;

AgingTableModel::AgingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgingTableModel::setReport(const core::AgingReport::Report& report)
{
    const bool columnsChange =
        !m_hasReport || !(report.buckets == m_report.buckets) || report.by != m_report.by;
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    endResetModel();
    if (columnsChange)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // The report comes by key: only another order needs sorting.
    if (m_sortColumn >= 0 && !(m_sortColumn == KeyColumn && m_sortOrder == Qt::AscendingOrder))
        sort(m_sortColumn, m_sortOrder);
}

void AgingTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

bool AgingTableModel::isAmountColumn(int column) const
{
    return (column >= FirstBucketColumn && column <= totalColumn()) || column == over90Column();
}

const Row* AgingTableModel::rowAt(int row) const
{
    if (!m_hasReport || row < 0 || row > m_report.rows.size())
        return nullptr;
    return row == m_report.rows.size() ? &m_report.total : &m_report.rows.at(row);
}

int AgingTableModel::over90ShareBp(const Row& row)
{
    if (row.total <= 0)
        return 0;
    return int((row.over90 * 10000 + row.total / 2) / row.total);
}

int AgingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasReport ? 0 : int(m_report.rows.size()) + 1;
}

int AgingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : countColumn() + 1;
}

qint64 AgingTableModel::amountOf(const Row& row, int column) const
{
    if (column >= FirstBucketColumn && column < totalColumn())
        return row.amounts.value(column - FirstBucketColumn);
    if (column == totalColumn())
        return row.total;
    if (column == over90Column())
        return row.over90;
    if (column == countColumn())
        return row.count;
    return 0;
}

QVariant AgingTableModel::display(const Row& row, int column) const
{
    if (column == KeyColumn)
        return row.key;
    if (column == NameColumn)
        return row.name;
    if (isAmountColumn(column))
        return core::formatMoney(core::Money::fromFen(amountOf(row, column)));
    if (column == shareColumn())
        return basisPointsText(over90ShareBp(row));
    if (column == countColumn())
        return QLocale().toString(row.count);
    return {};
}

QVariant AgingTableModel::sortValue(const Row& row, int column) const
{
    if (column == KeyColumn)
        return row.key;
    if (column == NameColumn)
        return row.name;
    if (column == shareColumn())
        return over90ShareBp(row);
    return amountOf(row, column);
}

QVariant AgingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    const bool total = isTotalRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == shareColumn())
            return tr("Share of the balance more than 90 days past due");
        if (column == KeyColumn || column == NameColumn)
            return row->key.isEmpty() ? row->name : tr("%1 %2").arg(row->key, row->name);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= FirstBucketColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RowIdRole:
        return row->id;
    case AmountFenRole:
        if (isAmountColumn(column) || column == countColumn())
            return amountOf(*row, column);
        return {};
    case TotalRowRole:
        return total;
    case SortRole:
        return sortValue(*row, column);
    default:
        return {};
    }
}

QVariant AgingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == KeyColumn) {
        switch (m_report.by) {
        case core::AgingReport::Dimension::Team:
            return tr("Department");
        case core::AgingReport::Dimension::CustomerType:
            return tr("Type key");
        default:
            return tr("Code");
        }
    }
    if (section == NameColumn)
        return core::AgingReport::dimensionName(m_report.by);
    if (section >= FirstBucketColumn && section < totalColumn())
        return m_report.buckets.label(section - FirstBucketColumn);
    if (section == totalColumn())
        return tr("Total");
    if (section == over90Column())
        return tr("Over 90 days");
    if (section == shareColumn())
        return tr("Over 90 days %");
    if (section == countColumn())
        return tr("Open items");
    return {};
}

void AgingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_hasReport)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> permutation(m_report.rows.size());
    for (int i = 0; i < permutation.size(); ++i)
        permutation[i] = i;
    const bool ascending = order == Qt::AscendingOrder;
    // Keys computed once per row (a customer ageing has up to one row per customer). Codes, paths and type
    // keys compare as plain text (the report's own order); names as the locale sorts them.
    QList<QCollatorSortKey> nameKeys;
    QList<qint64> numberKeys;
    const QCollator collator;
    for (const Row& row : m_report.rows) {
        if (column == NameColumn)
            nameKeys.append(collator.sortKey(row.name));
        else if (column != KeyColumn)
            numberKeys.append(sortValue(row, column).toLongLong());
    }
    const auto compare = [&](int a, int b) {
        if (column == KeyColumn)
            return m_report.rows.at(a).key.compare(m_report.rows.at(b).key);
        if (column == NameColumn)
            return nameKeys.at(a).compare(nameKeys.at(b));
        return numberKeys.at(a) < numberKeys.at(b) ? -1 : (numberKeys.at(a) > numberKeys.at(b) ? 1 : 0);
    };
    const auto less = [&](int a, int b) {
        const int c = compare(a, b);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a < b;
    };
    std::stable_sort(permutation.begin(), permutation.end(), less);
    QList<Row> sorted;
    sorted.reserve(permutation.size());
    QList<int> newPosition(permutation.size());
    for (int i = 0; i < permutation.size(); ++i) {
        sorted.append(m_report.rows.at(permutation.at(i)));
        newPosition[permutation.at(i)] = i;
    }
    m_report.rows = std::move(sorted);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        const int row = index.row() < newPosition.size() ? newPosition.at(index.row()) : index.row();
        after.append(this->index(row, index.column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace tl::ui

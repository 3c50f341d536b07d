#include "models/EvidenceCoverageTableModel.h"

#include "models/BasisPointsText.h"
#include "money/MoneyFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace tl::ui {

namespace {
constexpr int WeakCoverageBp = 5000; // below half covered: shown in red
}

EvidenceCoverageTableModel::EvidenceCoverageTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvidenceCoverageTableModel::setReport(const core::EvidenceCoverage::Report& report, By by)
{
    beginResetModel();
    m_report = report;
    m_by = by;
    m_hasReport = true;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
}

void EvidenceCoverageTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

const core::EvidenceCoverage::Row& EvidenceCoverageTableModel::rowAt(int row) const
{
    return row == m_report.rows.size() ? m_report.total : m_report.rows.at(row);
}

int EvidenceCoverageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasReport ? 0 : int(m_report.rows.size()) + 1;
}

int EvidenceCoverageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant EvidenceCoverageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::EvidenceCoverage::Row& row = rowAt(index.row());
    const Column column = Column(index.column());
    const bool total = isTotalRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Code:
            return row.code;
        case Column::Name:
            return row.name;
        case Column::Open:
            return core::formatMoney(core::Money::fromFen(row.open));
        case Column::Covered:
            return core::formatMoney(core::Money::fromFen(row.covered));
        case Column::Share:
            return basisPointsText(row.shareBp);
        case Column::OpenItems:
            return QLocale().toString(row.openItems);
        case Column::CoveredItems:
            return QLocale().toString(row.coveredItems);
        case Column::Count:
            break;
        }
        return {};
    case AmountFenRole:
        switch (column) {
        case Column::Open:
            return row.open;
        case Column::Covered:
            return row.covered;
        case Column::Share:
            return row.shareBp;
        case Column::OpenItems:
            return row.openItems;
        case Column::CoveredItems:
            return row.coveredItems;
        default:
            return {};
        }
    case RowIdRole:
        return row.id;
    case TotalRowRole:
        return total;
    case Qt::TextAlignmentRole:
        if (column >= Column::Open)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Share && row.open > 0 && row.shareBp < WeakCoverageBp)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Share)
            return tr(
                "Share of the open balance on instalments listed on a letter the customer confirmed (or "
                "answered with a difference) in the last 12 months");
        return {};
    default:
        return {};
    }
}

QVariant EvidenceCoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return m_by == By::Collector ? tr("Salesperson") : tr("Customer");
    case Column::Open:
        return tr("Open balance");
    case Column::Covered:
        return tr("Covered by letters");
    case Column::Share:
        return tr("Coverage");
    case Column::OpenItems:
        return tr("Open items");
    case Column::CoveredItems:
        return tr("Covered items");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui

#pragma once

#include "letters/EvidenceCoverage.h"

#include <QAbstractTableModel>

namespace tl::ui {

// Evidence coverage (core::EvidenceCoverage): per salesperson or per customer, the open receivables, the part
// covered by a letter the customer replied to in the last 12 months, the share covered and the item counts;
// the totals row last (bold). Shares below half are shown in red.
class EvidenceCoverageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Open,
        Covered,
        Share,
        OpenItems,
        CoveredItems,
        Count
    };
    enum DataRole
    {
        RowIdRole = Qt::UserRole + 1, // employee or customer id (0 on the totals row)
        AmountFenRole,                // Open, Covered: fen; Share: basis points; item columns: counts
        TotalRowRole
    };
    enum class By
    {
        Collector,
        Customer
    };

    explicit EvidenceCoverageTableModel(QObject* parent = nullptr);

    void setReport(const core::EvidenceCoverage::Report& report, By by);
    void clear();
    const core::EvidenceCoverage::Report& report() const { return m_report; }
    By by() const { return m_by; }
    bool isTotalRow(int row) const { return m_hasReport && row == m_report.rows.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::EvidenceCoverage::Row& rowAt(int row) const;

    core::EvidenceCoverage::Report m_report;
    By m_by = By::Collector;
    bool m_hasReport = false;
};

} // namespace tl::ui

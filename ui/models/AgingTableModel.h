#pragma once

#include "receivables/AgingReport.h"

#include <QAbstractTableModel>

namespace tl::ui {

// An ageing report (core::AgingReport) as a table: one row per customer, salesperson, team or customer
// type with its key and name, a column per ageing bucket (the company's AgingBuckets), the total, the part
// more than 90 days past due with its share, and the number of open instalments; a totals row last (bold).
// Sorting is in memory over the report's rows (at most one row per customer); the totals row stays last.
class AgingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns: Key, Name, then one per bucket, then Total, Over90, Over90Share, Count (see the accessors).
    static constexpr int KeyColumn = 0;
    static constexpr int NameColumn = 1;
    static constexpr int FirstBucketColumn = 2;

    enum DataRole
    {
        RowIdRole = Qt::UserRole + 1, // customer, employee or department id (0 for types and the total)
        AmountFenRole,                // the cell's amount in fen (amount columns), the count (Count column)
        TotalRowRole,                 // true on the totals row
        SortRole                      // what sort() compares
    };

    explicit AgingTableModel(QObject* parent = nullptr);

    void setReport(const core::AgingReport::Report& report);
    void clear();
    bool hasReport() const { return m_hasReport; }
    const core::AgingReport::Report& report() const { return m_report; }

    int bucketCount() const { return m_report.buckets.count(); }
    int bucketColumn(int bucket) const { return FirstBucketColumn + bucket; }
    int totalColumn() const { return FirstBucketColumn + bucketCount(); }
    int over90Column() const { return totalColumn() + 1; }
    int shareColumn() const { return totalColumn() + 2; }
    int countColumn() const { return totalColumn() + 3; }
    bool isAmountColumn(int column) const;
    bool isTotalRow(int row) const { return m_hasReport && row == m_report.rows.size(); }

    // The report's row shown at a table row (the totals row for the last one).
    const core::AgingReport::Row* rowAt(int row) const;
    // Over 90 days ÷ total of a row in basis points, half up (0 when the total is 0).
    static int over90ShareBp(const core::AgingReport::Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant display(const core::AgingReport::Row& row, int column) const;
    QVariant sortValue(const core::AgingReport::Row& row, int column) const;
    qint64 amountOf(const core::AgingReport::Row& row, int column) const;

    core::AgingReport::Report m_report;
    bool m_hasReport = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tl::ui

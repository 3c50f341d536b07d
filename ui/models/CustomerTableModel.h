#pragma once

#include "common/Context.h"
#include "customers/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// A customer list (My customers, Team customers), fed page by page (keyset paging) by
// core::CustomerQuery through canFetchMore/fetchMore; sorting and filters re-query core, the total
// comes from the separate count query. Each owned row shows its pool countdown ("还剩 N 天进入公海"),
// coloured within the warning window of the customer's level. Reacts to ChangeNotifier "customers",
// "customer_contacts", "customer_ownership" and "followups" by re-reading the loaded rows (a follow-up
// moves the countdown, an ownership change moves rows in and out of the list).
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Type,
        Level,
        Region,
        Owner,
        OwnedSince,
        LastFollowUp,
        Reclaim,
        Phone,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerCodeRole,
        OwnerIdRole,
        DaysToReclaimRole,
        CountdownStateRole // CustomerCountdown::State as int
    };

    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxRowsReloadedInPlace = 5000;

    explicit CustomerTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter and re-queries from the first page. Nothing is read before the first
    // setFilter() or reload().
    void setFilter(const core::CustomerQuery::Filter& filter);
    const core::CustomerQuery::Filter& filter() const { return m_filter; }
    void setPageSize(int pageSize) { m_pageSize = pageSize > 0 ? pageSize : DefaultPageSize; }

    static bool isSortable(Column column);
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder; }

    qint64 totalCount() const { return m_total; }
    const core::CustomerRow* rowAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded
    // The warning window (days) of a level as of the filter's date (pool rules in force then).
    int warnDays(const QString& level) const;

public slots:
    void reload();

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    void reloadLoadedRows();
    void resetRows(int wanted);
    bool fetchPage(int limit, QList<core::CustomerRow>* rows);
    bool updateCount();
    void loadWarnDays();
    void rebuildIndex();
    QVariant display(const core::CustomerRow& row, Column column) const;
    QVariant toolTip(const core::CustomerRow& row, Column column) const;
    core::CustomerQuery::SortKey sortKey() const;

    core::Context m_ctx;
    core::CustomerQuery::Filter m_filter;
    Column m_sortColumn = Column::Code;
    bool m_ascending = true;
    int m_pageSize = DefaultPageSize;
    QList<core::CustomerRow> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<QString, int> m_warnDays; // level -> warning window
    core::CustomerQuery::Cursor m_next;
    bool m_atEnd = true;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace tl::ui

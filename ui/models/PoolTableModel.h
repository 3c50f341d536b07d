#pragma once

#include "common/Context.h"
#include "customers/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// 公海: the customers in the pool, fed page by page (keyset paging) by core::CustomerQuery with scope Pool;
// the total comes from the separate count. Contact phones are not shown (the core withholds them until a
// customer is claimed). Follows ChangeNotifier "customers" notifications: a customer that left the pool
// (claimed, assigned) is removed in place, a changed one refreshed in place; anything else (a customer
// came into the pool) re-reads the rows already loaded.
class PoolTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Type,
        Level,
        Industry,
        Region,
        PoolSince,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerCodeRole,
        LevelRole,
        TypeKeyRole
    };

    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxRowsReloadedInPlace = 20000;
    static constexpr int MaxChangesInPlace = 100;

    explicit PoolTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter (its scope is always Pool) and re-queries from the first page. Nothing is read
    // before the first setFilter() or reload().
    void setFilter(const core::CustomerQuery::Filter& filter);
    const core::CustomerQuery::Filter& filter() const { return m_filter; }
    void setPageSize(int pageSize) { m_pageSize = pageSize > 0 ? pageSize : DefaultPageSize; }

    static bool isSortable(Column column);
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder; }

    qint64 totalCount() const { return m_total; }
    const core::CustomerRow* rowAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded

public slots:
    void reload();

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    bool applyInPlace(const QList<qint64>& ids);
    void reloadRows(int wanted);
    bool fetchPage(int limit, QList<core::CustomerRow>* rows);
    bool updateCount();
    void rebuildIndex();
    core::CustomerQuery::SortKey sortKey() const;

    core::Context m_ctx;
    core::CustomerQuery::Filter m_filter;
    Column m_sortColumn = Column::Code;
    bool m_ascending = true;
    int m_pageSize = DefaultPageSize;
    QList<core::CustomerRow> m_rows;
    QHash<qint64, int> m_rowById;
    core::CustomerQuery::Cursor m_next;
    bool m_atEnd = true;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_busy = false; // inside a fetch or reset (re-entrant fetchMore calls are ignored)
};

} // namespace tl::ui

#pragma once

#include "common/Context.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QScopedValueRollback>

namespace tl::ui {

// The keyset-paging mechanism shared by the big list models (DB4S-style lazy loading): rows come page by
// page from a core query through canFetchMore/fetchMore, the total from its separate count query. This
// QObject part holds what does not depend on the row type: the signals, the sort order, the paging state
// and the m_busy guard; KeysetTableModel<Row, Query> below holds the rows.
class KeysetTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 200;

    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && !m_atEnd; }
    // Re-queries at once when loaded; before the first load (e.g. a restored header) only sets the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setPageSize(int pageSize) { m_pageSize = pageSize > 0 ? pageSize : DefaultPageSize; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder; }
    // All rows matching the filter (from the count query), not only those loaded.
    qint64 totalCount() const { return m_total; }
    // For lists whose count is slow on big tables (the 2,000,000 receivables): a reset then reads only the
    // rows, and the owner counts elsewhere (e.g. on a worker thread) and reports it here.
    void setCountOnReset(bool on) { m_countOnReset = on; }
    void setTotalCount(qint64 total)
    {
        if (total == m_total)
            return;
        m_total = total;
        emit totalCountChanged(m_total);
    }

public slots:
    // Re-reads from the first page (count included).
    virtual void reload();

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

protected:
    KeysetTableModelBase(const core::Context& ctx, QObject* parent) : QAbstractTableModel(parent), m_ctx(ctx)
    {}

    // Re-reads as many rows as are loaded (at least one page), so the view keeps its place; beyond
    // maxRowsInPlace loaded rows (a deep scroll through a huge list), starts again from the first page.
    void reloadLoadedRows(int maxRowsInPlace);
    // Resets the model to the first `wanted` rows, count included.
    virtual void resetRows(int wanted) = 0;

    core::Context m_ctx;
    int m_pageSize = DefaultPageSize;
    int m_sortColumn = 0;
    bool m_ascending = true;
    bool m_atEnd = true;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_busy = false; // inside a fetch or reset (re-entrant fetchMore calls are ignored)
    bool m_countOnReset = true;

private:
    virtual bool isSortableColumn(int column) const = 0;
};

// Rows of type Row read through Query (constructed as Query(ctx, filter, sortKey, ascending), with
// count(), page(cursor, limit) -> Page{rows, next} and Cursor::valid()), plus the id -> row map.
template <typename Row, typename Query> class KeysetTableModel : public KeysetTableModelBase
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    void fetchMore(const QModelIndex& parent) override;

    const typename Query::Filter& filter() const { return m_filter; }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOfId(qint64 id) const { return m_rowById.value(id, -1); } // -1 when not loaded

protected:
    using KeysetTableModelBase::KeysetTableModelBase;

    void resetRows(int wanted) override;
    void rebuildIndex();

    typename Query::Filter m_filter;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;

private:
    virtual qint64 rowId(const Row& row) const = 0;
    virtual typename Query::SortKey sortKey() const = 0;

    bool fetchPage(int limit, QList<Row>* rows);
    bool updateCount();

    typename Query::Cursor m_next;
};

template <typename Row, typename Query>
void KeysetTableModel<Row, Query>::fetchMore(const QModelIndex& parent)
{
    // Not from inside our own reset/insert notifications (listeners such as QAbstractItemModelTester
    // ask for more while they run): canFetchMore() stays true and the view asks again.
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    QList<Row> rows;
    if (!fetchPage(m_pageSize, &rows) || rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    for (int i = first; i < m_rows.size(); ++i)
        m_rowById.insert(rowId(m_rows.at(i)), i);
    endInsertRows();
}

template <typename Row, typename Query> void KeysetTableModel<Row, Query>::resetRows(int wanted)
{
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_atEnd = false;
    if (!m_countOnReset || updateCount())
        fetchPage(wanted, &m_rows);
    else
        m_atEnd = true;
    rebuildIndex();
    endResetModel();
}

template <typename Row, typename Query> void KeysetTableModel<Row, Query>::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(rowId(m_rows.at(i)), i);
}

template <typename Row, typename Query>
bool KeysetTableModel<Row, Query>::fetchPage(int limit, QList<Row>* rows)
{
    const Query query(m_ctx, m_filter, sortKey(), m_ascending);
    auto page = query.page(m_next, limit);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return false;
    }
    *rows = std::move(page->rows);
    m_next = page->next;
    m_atEnd = !m_next.valid();
    return true;
}

template <typename Row, typename Query> bool KeysetTableModel<Row, Query>::updateCount()
{
    const Query query(m_ctx, m_filter, sortKey(), m_ascending);
    auto count = query.count();
    const qint64 total = count ? *count : 0;
    if (!count)
        emit loadFailed(count.error().message);
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
    return count.ok();
}

} // namespace tl::ui

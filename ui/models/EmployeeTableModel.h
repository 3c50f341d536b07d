#pragma once

#include "common/Context.h"
#include "org/EmployeeQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// The employee list, fed page by page (keyset paging) by core::EmployeeQuery through
// canFetchMore/fetchMore. Sorting and filtering re-query core; the total comes from the separate
// count query. Reacts to ChangeNotifier "employees" notifications: changed rows are refreshed in
// place, anything structural (new, deleted, moved out of the filter or the sort order) re-reads the
// rows already loaded.
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Department,
        Position,
        Role,
        Manager,
        Status,
        HireDate,
        Phone,
        IdNumber,
        City,
        Count
    };
    enum DataRole
    {
        EmployeeIdRole = Qt::UserRole + 1,
        EmployeeCodeRole,
        StatusKeyRole
    };

    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxRowsReloadedInPlace = 20000;

    explicit EmployeeTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter and re-queries from the first page. (Nothing is read before the first
    // setFilter() or reload(): sort() before that only sets the order.)
    void setFilter(const core::EmployeeQuery::Filter& filter);
    const core::EmployeeQuery::Filter& filter() const { return m_filter; }
    void setPageSize(int pageSize) { m_pageSize = pageSize > 0 ? pageSize : DefaultPageSize; }

    static bool isSortable(Column column);
    // The work city as shown: the built-in city keys ("shanghai", "beijing") translated, others as stored.
    static QString cityName(const QString& city);
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder; }

    // All rows matching the filter (from the count query), not only those loaded.
    qint64 totalCount() const { return m_total; }
    const core::Employee* employeeAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded

public slots:
    // Re-reads from the first page (count included).
    void reload();

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    bool refreshInPlace(const QList<qint64>& ids);
    void reloadLoadedRows();
    bool fetchPage(int limit, QList<core::Employee>* rows);
    bool updateCount();
    bool matchesFilter(const core::Employee& employee) const;
    void rebuildIndex();
    core::EmployeeQuery::SortKey sortKey() const;

    core::Context m_ctx;
    core::EmployeeQuery::Filter m_filter;
    QList<qint64> m_departmentSubtree; // the filter's department and its descendants
    Column m_sortColumn = Column::Code;
    bool m_ascending = true;
    int m_pageSize = DefaultPageSize;
    QList<core::Employee> m_rows;
    QHash<qint64, int> m_rowById;
    core::EmployeeQuery::Cursor m_next;
    bool m_atEnd = true;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_busy = false; // inside a fetch or reset (re-entrant fetchMore calls are ignored)
};

} // namespace tl::ui

#pragma once

#include "models/KeysetTableModel.h"
#include "org/EmployeeQuery.h"

namespace tl::ui {

// The employee list, fed page by page (keyset paging, see KeysetTableModel) by core::EmployeeQuery through
// canFetchMore/fetchMore. Sorting and filtering re-query core; the total comes from the separate
// count query. Reacts to ChangeNotifier "employees" notifications: changed rows are refreshed in
// place, anything structural (new, deleted, moved out of the filter or the sort order) re-reads the
// rows already loaded.
class EmployeeTableModel : public KeysetTableModel<core::Employee, core::EmployeeQuery>
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

    static constexpr int MaxRowsReloadedInPlace = 20000;

    explicit EmployeeTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the filter and re-queries from the first page. (Nothing is read before the first
    // setFilter() or reload(): sort() before that only sets the order.)
    void setFilter(const core::EmployeeQuery::Filter& filter);

    static bool isSortable(Column column);
    // The work city as shown: the built-in city keys ("shanghai", "beijing") translated, others as stored.
    static QString cityName(const QString& city);

    const core::Employee* employeeAt(int row) const { return rowAt(row); }

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    bool refreshInPlace(const QList<qint64>& ids);
    bool matchesFilter(const core::Employee& employee) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::Employee& employee) const override { return employee.id; }
    core::EmployeeQuery::SortKey sortKey() const override;

    QList<qint64> m_departmentSubtree; // the filter's department and its descendants
};

} // namespace tl::ui

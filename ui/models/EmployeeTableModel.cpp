#include "models/EmployeeTableModel.h"

#include "common/ChangeNotifier.h"
#include "org/DepartmentService.h"
#include "org/EmployeeService.h"

#include <QColor>
#include <QScopedValueRollback>

namespace tl::ui {

using core::Employee;
using core::EmployeeQuery;

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool containsText(const Employee& e, const QString& needle)
{
    return e.code.contains(needle, Qt::CaseInsensitive) || e.name.contains(needle, Qt::CaseInsensitive) ||
           e.phone.contains(needle, Qt::CaseInsensitive) || e.position.contains(needle, Qt::CaseInsensitive);
}

// Whether a change of the record can move it to another place in the sort order.
bool sortPlaceChanged(const Employee& before, const Employee& after, EmployeeQuery::SortKey key)
{
    switch (key) {
    case EmployeeQuery::SortKey::Code:
        return before.code != after.code;
    case EmployeeQuery::SortKey::Name:
        return before.name != after.name;
    case EmployeeQuery::SortKey::Department:
        return before.departmentId != after.departmentId || before.departmentName != after.departmentName;
    case EmployeeQuery::SortKey::HireDate:
        return before.hireDate != after.hireDate;
    case EmployeeQuery::SortKey::Status:
        return before.status != after.status;
    }
    return true;
}

} // namespace

EmployeeTableModel::EmployeeTableModel(const core::Context& ctx, QObject* parent)
    : KeysetTableModel(ctx, parent)
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &EmployeeTableModel::onChanged);
}

int EmployeeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant EmployeeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Employee& e = m_rows.at(index.row());
    switch (role) {
    case EmployeeIdRole:
        return e.id;
    case EmployeeCodeRole:
        return e.code;
    case StatusKeyRole:
        return core::employeeStatusKey(e.status);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Code:
            return e.code;
        case Column::Name:
            return e.name;
        case Column::Department:
            return e.departmentName;
        case Column::Position:
            return e.position;
        case Column::Role:
            return core::employeeRoleName(e.role);
        case Column::Manager:
            return e.managerName.isEmpty() ? e.managerCode : e.managerName;
        case Column::Status:
            return core::employeeStatusName(e.status);
        case Column::HireDate:
            return isoDate(e.hireDate);
        case Column::Phone:
            return e.phone;
        case Column::IdNumber:
            return e.idNumber;
        case Column::City:
            return cityName(e.city);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (e.masked && Column(index.column()) == Column::IdNumber)
            return tr("Masked: your role may not see full ID numbers.");
        if (Column(index.column()) == Column::Manager && !e.managerCode.isEmpty())
            return tr("%1 (%2)").arg(e.managerName, e.managerCode);
        return {};
    case Qt::ForegroundRole:
        if (e.status == core::EmployeeStatus::Left)
            return QColor(Qt::gray);
        return {};
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return tr("Name");
    case Column::Department:
        return tr("Department");
    case Column::Position:
        return tr("Position");
    case Column::Role:
        return tr("Job role");
    case Column::Manager:
        return tr("Manager");
    case Column::Status:
        return tr("Status");
    case Column::HireDate:
        return tr("Hire date");
    case Column::Phone:
        return tr("Mobile");
    case Column::IdNumber:
        return tr("ID number");
    case Column::City:
        return tr("Work city");
    case Column::Count:
        break;
    }
    return {};
}

QString EmployeeTableModel::cityName(const QString& city)
{
    if (city == QLatin1String("shanghai"))
        return tr("Shanghai");
    if (city == QLatin1String("beijing"))
        return tr("Beijing");
    return city;
}

bool EmployeeTableModel::isSortable(Column column)
{
    switch (column) {
    case Column::Code:
    case Column::Name:
    case Column::Department:
    case Column::HireDate:
    case Column::Status:
        return true;
    default:
        return false;
    }
}

EmployeeQuery::SortKey EmployeeTableModel::sortKey() const
{
    switch (Column(m_sortColumn)) {
    case Column::Name:
        return EmployeeQuery::SortKey::Name;
    case Column::Department:
        return EmployeeQuery::SortKey::Department;
    case Column::HireDate:
        return EmployeeQuery::SortKey::HireDate;
    case Column::Status:
        return EmployeeQuery::SortKey::Status;
    default:
        return EmployeeQuery::SortKey::Code;
    }
}

void EmployeeTableModel::setFilter(const EmployeeQuery::Filter& filter)
{
    m_filter = filter;
    m_departmentSubtree.clear();
    if (m_filter.departmentId != 0) {
        auto subtree = core::DepartmentService(m_ctx).subtree(m_filter.departmentId);
        if (subtree)
            m_departmentSubtree = *subtree;
        else
            m_departmentSubtree = {m_filter.departmentId};
    }
    reload();
}

bool EmployeeTableModel::matchesFilter(const Employee& e) const
{
    if (m_filter.status) {
        if (e.status != *m_filter.status)
            return false;
    } else if (!m_filter.includeLeft && e.status == core::EmployeeStatus::Left) {
        return false;
    }
    if (m_filter.departmentId != 0 && !m_departmentSubtree.contains(e.departmentId))
        return false;
    const QString needle = m_filter.search.trimmed();
    return needle.isEmpty() || containsText(e, needle);
}

void EmployeeTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    if (!m_loaded)
        return;
    if (entity == QLatin1String("departments")) {
        // Names shown in the rows may have changed, and the filter's subtree with them.
        setFilter(m_filter);
        return;
    }
    if (entity != QLatin1String("employees"))
        return;
    if (ids.isEmpty() || !refreshInPlace(ids))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

// Refreshes changed rows where they are. Returns false when the change is structural (a row was added,
// removed, left the filter or moves in the sort order): then the loaded rows are read again.
bool EmployeeTableModel::refreshInPlace(const QList<qint64>& ids)
{
    const core::EmployeeService service(m_ctx);
    QList<std::pair<int, Employee>> updates;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            return false;
        auto fresh = service.get(id);
        if (!fresh || !matchesFilter(*fresh) || sortPlaceChanged(m_rows.at(row), *fresh, sortKey()))
            return false;
        updates.append({row, std::move(fresh).value()});
    }
    const QScopedValueRollback busy(m_busy, true);
    for (auto& [row, employee] : updates) {
        m_rows[row] = std::move(employee);
        emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }
    return true;
}

} // namespace tl::ui

#include "org/EmployeeQuery.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/EmployeeRepository.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace tl::core {

namespace {

struct Where
{
    QStringList parts;
    QVariantList args;

    void add(const QString& sql, const QVariantList& values = {})
    {
        parts << sql;
        args << values;
    }
    QString sql() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const char* const kSubtreeSql = "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT d.id FROM departments d "
                                "JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub";

Where filterWhere(const Session& session, const EmployeeQuery::Filter& filter)
{
    Where where;
    const EmployeeRepository::Condition scope = EmployeeRepository::scope(session);
    if (!scope.sql.isEmpty())
        where.add(scope.sql, scope.args);
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString p = likePattern(search);
        where.add(QStringLiteral(
                      "(e.code LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\' OR e.phone LIKE ? ESCAPE '\\' "
                      "OR e.position LIKE ? ESCAPE '\\')"),
                  {p, p, p, p});
    }
    if (filter.departmentId != 0)
        where.add(QStringLiteral("e.department_id IN (%1)").arg(QLatin1String(kSubtreeSql)),
                  {filter.departmentId});
    if (filter.status)
        where.add(QStringLiteral("e.status = ?"), {employeeStatusKey(*filter.status)});
    else if (!filter.includeLeft)
        where.add(QStringLiteral("e.status <> 'left'"));
    return where;
}

// Department and status sorts walk "buckets" (one department or status each, in display order) and page
// through each bucket by id with the (department_id, id) and (status, id) indexes.
struct Bucket
{
    qint64 id = 0; // department id (0 = none) or status ordinal
    QString sql;
    QVariantList args;
};

QList<Bucket> statusBuckets(const EmployeeQuery::Filter& filter)
{
    QList<Bucket> buckets;
    const QList<EmployeeStatus> statuses = allEmployeeStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const EmployeeStatus s = statuses.at(i);
        if (filter.status ? *filter.status != s : (!filter.includeLeft && s == EmployeeStatus::Left))
            continue;
        buckets.append({i, QStringLiteral("e.status = ?"), {employeeStatusKey(s)}});
    }
    return buckets;
}

// Departments in tree order (parents before children, siblings by name, then id), as
// DepartmentService::list().
QList<qint64> departmentsInTreeOrder(const Database& db)
{
    QHash<qint64, QList<std::pair<QString, qint64>>> children;
    SqlQuery q(db, QStringLiteral("SELECT id, name, ifnull(parent_id, 0) FROM departments"));
    q.exec();
    while (q.next())
        children[q.integer(2)].append({q.text(1), q.integer(0)});
    QList<qint64> ordered;
    QSet<qint64> seen;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        auto list = children.value(parent);
        std::sort(list.begin(), list.end());
        for (const auto& [name, id] : list) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            ordered << id;
            visit(id);
        }
    };
    visit(0);
    return ordered;
}

QList<Bucket> departmentBuckets(const Database& db, const EmployeeQuery::Filter& filter)
{
    QList<Bucket> buckets;
    QList<qint64> allowed;
    if (filter.departmentId != 0) {
        SqlQuery q(db, QString::fromLatin1(kSubtreeSql));
        q.bind(filter.departmentId).exec();
        while (q.next())
            allowed << q.integer(0);
    } else {
        buckets.append({0, QStringLiteral("e.department_id IS NULL"), {}});
    }
    for (qint64 id : departmentsInTreeOrder(db))
        if (filter.departmentId == 0 || allowed.contains(id))
            buckets.append({id, QStringLiteral("e.department_id = ?"), {id}});
    return buckets;
}

QString sortColumn(EmployeeQuery::SortKey sort)
{
    switch (sort) {
    case EmployeeQuery::SortKey::Name:
        return QStringLiteral("e.name");
    case EmployeeQuery::SortKey::HireDate:
        return QStringLiteral("e.hire_date");
    default:
        return QStringLiteral("e.code");
    }
}

QVariant sortValue(EmployeeQuery::SortKey sort, const Employee& e)
{
    switch (sort) {
    case EmployeeQuery::SortKey::Name:
        return e.name;
    case EmployeeQuery::SortKey::HireDate:
        return e.hireDate.toString(Qt::ISODate);
    default:
        return e.code;
    }
}

} // namespace

EmployeeQuery::EmployeeQuery(const Context& ctx) : EmployeeQuery(ctx, Filter{}) {}

EmployeeQuery::EmployeeQuery(const Context& ctx, Filter filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(std::move(filter)), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> EmployeeQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view employee records."));
        const Where where = filterWhere(m_ctx.session, m_filter);
        return SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT count(*) FROM employees e") + where.sql(),
                                where.args)
            .toLongLong();
    });
}

Result<EmployeeQuery::Page> EmployeeQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view employee records."));
        const int wanted = std::max(limit, 1);
        Page page = (m_sort == SortKey::Department || m_sort == SortKey::Status) ? bucketPage(after, wanted)
                                                                                 : keysetPage(after, wanted);
        for (Employee& e : page.rows)
            EmployeeRepository::mask(e, m_ctx.session);
        return page;
    });
}

EmployeeQuery::Page EmployeeQuery::keysetPage(const Cursor& after, int limit) const
{
    Where where = filterWhere(m_ctx.session, m_filter);
    const QString column = sortColumn(m_sort);
    const QString direction = m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (after.valid())
        where.add(QStringLiteral("(%1, e.id) %2 (?, ?)")
                      .arg(column, m_ascending ? QStringLiteral(">") : QStringLiteral("<")),
                  {after.key, after.id});
    SqlQuery q(m_ctx.db, EmployeeRepository::selectSql() + where.sql() +
                             QStringLiteral(" ORDER BY %1 %2, e.id %2 LIMIT ?").arg(column, direction));
    for (const QVariant& arg : where.args)
        q.bind(arg);
    q.bind(limit + 1).exec();

    Page page;
    while (q.next())
        page.rows << EmployeeRepository::fromRow(q);
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = Cursor{sortValue(m_sort, page.rows.last()), page.rows.last().id};
    }
    return page;
}

EmployeeQuery::Page EmployeeQuery::bucketPage(const Cursor& after, int limit) const
{
    QList<Bucket> buckets =
        m_sort == SortKey::Status ? statusBuckets(m_filter) : departmentBuckets(m_ctx.db, m_filter);
    if (!m_ascending)
        std::reverse(buckets.begin(), buckets.end());

    // The cursor holds the bucket id and its position when the page was read (used if the bucket is gone).
    int start = 0;
    if (after.valid()) {
        const QVariantList key = after.key.toList();
        const qint64 bucketId = key.value(0).toLongLong();
        const auto found =
            std::find_if(buckets.begin(), buckets.end(), [&](const Bucket& b) { return b.id == bucketId; });
        start = found != buckets.end() ? int(found - buckets.begin())
                                       : std::min(key.value(1).toInt(), int(buckets.size()));
    }

    const Where base = filterWhere(m_ctx.session, m_filter);
    const QString direction = m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Page page;
    QList<int> rowBucket;
    for (int b = start; b < buckets.size() && page.rows.size() <= limit; ++b) {
        Where where = base;
        where.add(buckets.at(b).sql, buckets.at(b).args);
        const bool resume =
            after.valid() && b == start && buckets.at(b).id == after.key.toList().value(0).toLongLong();
        if (resume)
            where.add(m_ascending ? QStringLiteral("e.id > ?") : QStringLiteral("e.id < ?"), {after.id});
        SqlQuery q(m_ctx.db, EmployeeRepository::selectSql() + where.sql() +
                                 QStringLiteral(" ORDER BY e.id %1 LIMIT ?").arg(direction));
        for (const QVariant& arg : where.args)
            q.bind(arg);
        q.bind(limit + 1 - int(page.rows.size())).exec();
        while (q.next()) {
            page.rows << EmployeeRepository::fromRow(q);
            rowBucket << b;
        }
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const int b = rowBucket.at(limit - 1);
        page.next = Cursor{QVariantList{buckets.at(b).id, b}, page.rows.last().id};
    }
    return page;
}

} // namespace tl::core

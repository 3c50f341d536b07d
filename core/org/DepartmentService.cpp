#include "org/DepartmentService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("departments");

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

// Every department, parents before children, siblings by name, with path and depth.
QList<Department> loadTree(const Database& db)
{
    QHash<qint64, Department> byId;
    QHash<qint64, QList<qint64>> children; // parent id (0 = root) -> children
    {
        SqlQuery q(
            db, QStringLiteral(
                    "SELECT d.id, d.name, d.parent_id, d.manager_id, m.name, "
                    "(SELECT count(*) FROM employees e WHERE e.department_id = d.id AND e.status <> 'left') "
                    "FROM departments d LEFT JOIN employees m ON m.id = d.manager_id"));
        q.exec();
        while (q.next()) {
            Department d;
            d.id = q.integer(0);
            d.name = q.text(1);
            d.parentId = q.integer(2);
            d.managerId = q.integer(3);
            d.managerName = q.text(4);
            d.employeeCount = int(q.integer(5));
            byId.insert(d.id, d);
            children[d.parentId].append(d.id);
        }
    }
    QList<Department> ordered;
    ordered.reserve(byId.size());
    QSet<qint64> seen;
    std::function<void(qint64, const QString&, int)> visit = [&](qint64 parent, const QString& prefix,
                                                                 int depth) {
        QList<qint64> ids = children.value(parent);
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            const int c = byId[a].name.compare(byId[b].name);
            return c != 0 ? c < 0 : a < b;
        });
        for (qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            Department d = byId.value(id);
            d.path = prefix.isEmpty() ? d.name : prefix + QLatin1Char('/') + d.name;
            d.depth = depth;
            ordered.append(d);
            visit(id, d.path, depth + 1);
        }
    };
    visit(0, QString(), 0);
    return ordered;
}

bool exists(const Database& db, const char* table, qint64 id)
{
    return SqlQuery::scalar(
               db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QString::fromLatin1(table)), {id})
        .isValid();
}

std::optional<qint64> childNamed(const Database& db, qint64 parentId, const QString& name)
{
    const QVariant id = SqlQuery::scalar(
        db, QStringLiteral("SELECT id FROM departments WHERE ifnull(parent_id, 0) = ? AND name = ?"),
        {parentId, name});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QList<qint64> subtreeIds(const Database& db, qint64 id)
{
    SqlQuery q(db, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT d.id FROM departments d "
                                  "JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub"));
    q.bind(id).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

// Name, parent and manager checks shared by create and update; `id` 0 for a new department.
QList<FieldProblem> checkDepartment(const Database& db, qint64 id, const QString& name, qint64 parentId,
                                    qint64 managerId)
{
    QList<FieldProblem> problems;
    if (name.isEmpty())
        problems << problem("name", name,
                            QCoreApplication::translate("tl::core::DepartmentService", "name is required"));
    else if (name.contains(QLatin1Char('/')) || name.contains(QChar(0xFF0F)))
        problems << problem(
            "name", name,
            QCoreApplication::translate("tl::core::DepartmentService", "a department name cannot contain /"));
    if (parentId != 0 && !exists(db, "departments", parentId)) {
        problems << problem(
            "parent", QString::number(parentId),
            QCoreApplication::translate("tl::core::DepartmentService", "parent department %1 does not exist")
                .arg(parentId));
    } else if (!name.isEmpty()) {
        const auto same = childNamed(db, parentId, name);
        if (same && *same != id)
            problems << problem("name", name,
                                QCoreApplication::translate("tl::core::DepartmentService",
                                                            "a department named %1 already exists there")
                                    .arg(name));
    }
    if (managerId != 0 && !exists(db, "employees", managerId))
        problems << problem(
            "manager", QString::number(managerId),
            QCoreApplication::translate("tl::core::DepartmentService", "manager %1 does not exist")
                .arg(managerId));
    return problems;
}

qint64 insertDepartment(const Context& ctx, AuditLog& audit, const QString& name, qint64 parentId,
                        qint64 managerId)
{
    SqlQuery q(
        ctx.db,
        QStringLiteral("INSERT INTO departments (name, parent_id, manager_id, created_at) VALUES (?,?,?,?)"));
    q.bind(name)
        .bind(SqlQuery::nullableId(parentId))
        .bind(SqlQuery::nullableId(managerId))
        .bind(ctx.clock.now().toString(Qt::ISODate))
        .exec();
    const qint64 id = q.lastInsertId();
    audit.record(kTable, id, name, QStringLiteral("create"), {}, AuditLog::snapshot(ctx.db, kTable, id));
    return id;
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, QList<qint64> ids)
{
    tx.afterCommit([notifier, ids] {
        if (notifier)
            notifier->notify(QStringLiteral("departments"), ids);
    });
}

} // namespace

Result<QList<Department>> DepartmentService::list() const
{
    return guarded([&]() -> Result<QList<Department>> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view the departments."));
        return loadTree(m_ctx.db);
    });
}

Result<Department> DepartmentService::get(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Department& d : *all)
        if (d.id == id)
            return d;
    return Error::notFound(tr("Department %1 does not exist.").arg(id),
                           QStringLiteral("department:%1").arg(id));
}

Result<qint64> DepartmentService::create(const QString& name, qint64 parentId, qint64 managerId)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit departments."));
        const QString trimmed = name.trimmed();
        Transaction tx(m_ctx.db);
        const QList<FieldProblem> problems = checkDepartment(m_ctx.db, 0, trimmed, parentId, managerId);
        if (!problems.isEmpty())
            return Error::invalid(tr("The department cannot be created."), problems);
        AuditLog audit(m_ctx);
        const qint64 id = insertDepartment(m_ctx, audit, trimmed, parentId, managerId);
        notifyAfterCommit(tx, m_ctx.notifier, {id});
        tx.commit();
        return id;
    });
}

Status DepartmentService::update(const Department& department)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit departments."));
        Transaction tx(m_ctx.db);
        if (!exists(m_ctx.db, "departments", department.id))
            return Error::notFound(tr("Department %1 does not exist.").arg(department.id),
                                   QStringLiteral("department:%1").arg(department.id));
        const QString name = department.name.trimmed();
        QList<FieldProblem> problems =
            checkDepartment(m_ctx.db, department.id, name, department.parentId, department.managerId);
        if (department.parentId != 0 && subtreeIds(m_ctx.db, department.id).contains(department.parentId))
            problems << problem(
                "parent", QString::number(department.parentId),
                tr("a department cannot be moved under itself or one of its sub-departments"));
        if (!problems.isEmpty())
            return Error::invalid(tr("The department %1 cannot be changed.").arg(name), problems);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, department.id);
        SqlQuery(m_ctx.db, QStringLiteral(
                               "UPDATE departments SET name = ?, parent_id = ?, manager_id = ? WHERE id = ?"))
            .bind(name)
            .bind(SqlQuery::nullableId(department.parentId))
            .bind(SqlQuery::nullableId(department.managerId))
            .bind(department.id)
            .exec();
        AuditLog(m_ctx).record(kTable, department.id, name, QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, department.id));
        notifyAfterCommit(tx, m_ctx.notifier, {department.id});
        tx.commit();
        return {};
    });
}

Status DepartmentService::remove(qint64 id)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit departments."));
        Transaction tx(m_ctx.db);
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        if (before.isEmpty())
            return Error::notFound(tr("Department %1 does not exist.").arg(id),
                                   QStringLiteral("department:%1").arg(id));
        const QString name = before.value(QStringLiteral("name")).toString();
        if (SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM departments WHERE parent_id = ?"), {id})
                .isValid())
            return Error::conflict(
                tr("The department %1 has sub-departments and cannot be deleted.").arg(name),
                QStringLiteral("department:%1").arg(id));
        if (SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM employees WHERE department_id = ?"),
                             {id})
                .isValid())
            return Error::conflict(
                tr("The department %1 still has employees (former ones included) and cannot be "
                   "deleted.")
                    .arg(name),
                QStringLiteral("department:%1").arg(id));
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM departments WHERE id = ?")).bind(id).exec();
        AuditLog(m_ctx).record(kTable, id, name, QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, {id});
        tx.commit();
        return {};
    });
}

Result<qint64> DepartmentService::resolvePath(const QString& path, bool create)
{
    static const QRegularExpression separator(QStringLiteral("[/\\x{FF0F}]"));
    QStringList parts = path.split(separator);
    for (QString& part : parts)
        part = part.trimmed();
    if (path.trimmed().isEmpty() || parts.contains(QString()))
        return Error::invalid(tr("%1 is not a department path.").arg(path),
                              {problem("department", path, tr("%1 is not a department path").arg(path))});

    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view the departments."));
        const auto notFound = [&] {
            return Error::notFound(tr("The department %1 does not exist.").arg(path),
                                   QStringLiteral("department:%1").arg(path));
        };

        if (parts.size() == 1) {
            if (const auto root = childNamed(m_ctx.db, 0, parts.first()))
                return *root;
            SqlQuery q(m_ctx.db, QStringLiteral("SELECT id FROM departments WHERE name = ? LIMIT 2"));
            q.bind(parts.first()).exec();
            QList<qint64> found;
            while (q.next())
                found << q.integer(0);
            if (found.size() == 1)
                return found.first();
            if (found.size() > 1)
                return Error::invalid(
                    tr("There are several departments named %1.").arg(path),
                    {problem("department", path,
                             tr("there are several departments named %1; give the full path, e.g. "
                                "parent/%1")
                                 .arg(path))});
        }

        // Walk from the root; the first missing level and everything below it are created when asked to.
        qint64 parent = 0;
        int level = 0;
        for (; level < parts.size(); ++level) {
            const auto child = childNamed(m_ctx.db, parent, parts.at(level));
            if (!child)
                break;
            parent = *child;
        }
        if (level == parts.size())
            return parent;
        if (!create)
            return notFound();
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not create departments."));
        Transaction tx(m_ctx.db);
        AuditLog audit(m_ctx);
        QList<qint64> created;
        for (; level < parts.size(); ++level) {
            const QList<FieldProblem> problems = checkDepartment(m_ctx.db, 0, parts.at(level), parent, 0);
            if (!problems.isEmpty())
                return Error::invalid(tr("The department %1 cannot be created.").arg(path), problems);
            parent = insertDepartment(m_ctx, audit, parts.at(level), parent, 0);
            created << parent;
        }
        notifyAfterCommit(tx, m_ctx.notifier, created);
        tx.commit();
        return parent;
    });
}

Result<QList<qint64>> DepartmentService::subtree(qint64 id) const
{
    return guarded([&]() -> Result<QList<qint64>> {
        if (!m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view the departments."));
        if (!exists(m_ctx.db, "departments", id))
            return Error::notFound(tr("Department %1 does not exist.").arg(id),
                                   QStringLiteral("department:%1").arg(id));
        return subtreeIds(m_ctx.db, id);
    });
}

} // namespace tl::core

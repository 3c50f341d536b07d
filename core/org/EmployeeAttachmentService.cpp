#include "org/EmployeeAttachmentService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "org/EmployeeRepository.h"

#include <QFileInfo>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("employee_attachments");

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 id)
{
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(QStringLiteral("employee_attachments"), {id});
    });
}

} // namespace

Result<QList<EmployeeAttachment>> EmployeeAttachmentService::list(qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<EmployeeAttachment>> {
        if (!m_ctx.session.can(Permission::ViewEmployees) || !m_ctx.session.can(Permission::ViewIdNumber))
            return Error::denied(tr("You may not view the documents of employees."));
        const auto e = EmployeeRepository(m_ctx.db).load(employeeId);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                   QStringLiteral("employee:%1").arg(employeeId));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not view the documents of %1 (%2).").arg(e->name, e->code));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT id, employee_id, file_name, mime_type, length(data), added_at "
                                  "FROM employee_attachments WHERE employee_id = ? ORDER BY id DESC"));
        q.bind(employeeId).exec();
        QList<EmployeeAttachment> list;
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.text(2), q.text(3), q.integer(4),
                         QDateTime::fromString(q.text(5), Qt::ISODate)});
        return list;
    });
}

Result<QByteArray> EmployeeAttachmentService::data(qint64 id) const
{
    return guarded([&]() -> Result<QByteArray> {
        if (!m_ctx.session.can(Permission::ViewEmployees) || !m_ctx.session.can(Permission::ViewIdNumber))
            return Error::denied(tr("You may not view the documents of employees."));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT a.data, e.id, e.department_id FROM employee_attachments a "
                                  "JOIN employees e ON e.id = a.employee_id WHERE a.id = ?"));
        q.bind(id).exec();
        if (!q.next())
            return Error::notFound(tr("Document %1 does not exist.").arg(id),
                                   QStringLiteral("attachment:%1").arg(id));
        if (!m_ctx.session.canSeeEmployee(q.integer(1), q.integer(2)))
            return Error::denied(tr("You may not view this document."));
        return q.value(0).toByteArray();
    });
}

Result<qint64> EmployeeAttachmentService::add(qint64 employeeId, const QString& fileName,
                                              const QString& mimeType, const QByteArray& data)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        const QString name = QFileInfo(fileName.trimmed()).fileName();
        QList<FieldProblem> problems;
        if (name.isEmpty())
            problems << FieldProblem{0, QStringLiteral("file_name"), fileName, tr("file name is required")};
        if (data.isEmpty())
            problems << FieldProblem{0, QStringLiteral("data"), name, tr("the file %1 is empty").arg(name)};
        if (data.size() > kMaxBytes)
            problems << FieldProblem{
                0, QStringLiteral("data"), name,
                tr("the file %1 is larger than %2 MB").arg(name).arg(kMaxBytes / (1024 * 1024))};
        if (!problems.isEmpty())
            return Error::invalid(tr("The document cannot be added."), problems);

        Transaction tx(m_ctx.db);
        const auto e = EmployeeRepository(m_ctx.db).load(employeeId);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                   QStringLiteral("employee:%1").arg(employeeId));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not edit the record of %1 (%2).").arg(e->name, e->code));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO employee_attachments (employee_id, file_name, mime_type, "
                                  "data, added_at) VALUES (?,?,?,?,?)"));
        q.bind(employeeId)
            .bind(name)
            .bind(mimeType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream")
                                               : mimeType.trimmed())
            .bind(data)
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kTable, id, e->code + QLatin1Char('/') + name, QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return id;
    });
}

Status EmployeeAttachmentService::remove(qint64 id)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit employee records."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT a.file_name, e.id, e.code, e.department_id "
                                  "FROM employee_attachments a JOIN employees e ON e.id = a.employee_id "
                                  "WHERE a.id = ?"));
        q.bind(id).exec();
        if (!q.next())
            return Error::notFound(tr("Document %1 does not exist.").arg(id),
                                   QStringLiteral("attachment:%1").arg(id));
        if (!m_ctx.session.canSeeEmployee(q.integer(1), q.integer(3)))
            return Error::denied(tr("You may not edit this document."));
        const QString label = q.text(2) + QLatin1Char('/') + q.text(0);
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM employee_attachments WHERE id = ?")).bind(id).exec();
        AuditLog(m_ctx).record(kTable, id, label, QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

} // namespace tl::core

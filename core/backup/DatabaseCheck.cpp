#include "backup/DatabaseCheck.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>

namespace tl::core {

Result<QList<AuditLog::Issue>> DatabaseCheck::run() const
{
    if (!m_ctx.session.can(Permission::ViewAudit))
        return Error::denied(tr("Your role may not run the database check."));
    return runOn(m_ctx.db);
}

Result<QList<AuditLog::Issue>> DatabaseCheck::runOn(const Database& db)
{
    return guarded([&]() -> Result<QList<AuditLog::Issue>> {
        QList<AuditLog::Issue> issues;
        {
            SqlQuery q(db, QStringLiteral("PRAGMA integrity_check"));
            q.exec();
            while (q.next()) {
                const QString line = q.text(0);
                if (line != QLatin1String("ok"))
                    issues.append(
                        {QStringLiteral("database"), 0, {}, tr("database integrity: %1").arg(line)});
            }
        }
        if (!issues.isEmpty())
            return issues; // a damaged file: the row-level checks below would only add noise or fail
        {
            SqlQuery q(db, QStringLiteral("PRAGMA foreign_key_check"));
            q.exec();
            while (q.next()) {
                const QString table = q.text(0);
                const qint64 rowId = q.integer(1);
                issues.append({table,
                               rowId,
                               {},
                               tr("row %1 of %2 refers to a row of %3 that does not exist")
                                   .arg(rowId)
                                   .arg(table, q.text(2))});
            }
        }
        issues.append(AuditLog::verify(db));
        return issues;
    });
}

} // namespace tl::core

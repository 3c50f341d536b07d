#include "audit/AuditLogQuery.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tl::core {

namespace {

constexpr auto kColumns =
    "id, at, user_id, username, entity, entity_id, label, action, before_json, after_json";

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QJsonObject parseJson(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditRecord readRecord(const SqlQuery& q)
{
    AuditRecord r;
    r.id = q.integer(0);
    r.at = q.text(1);
    r.userId = q.integer(2);
    r.username = q.text(3);
    r.entity = q.text(4);
    r.entityId = q.integer(5);
    r.label = q.text(6);
    r.action = q.text(7);
    r.before = parseJson(q.text(8));
    r.after = parseJson(q.text(9));
    return r;
}

QStringList distinctValues(const Database& db, const QString& column)
{
    QStringList values;
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column));
    q.exec();
    while (q.next())
        values << q.text(0);
    return values;
}

} // namespace

AuditLogQuery::AuditLogQuery(const Context& ctx, Filter filter) : m_ctx(ctx), m_filter(std::move(filter)) {}

Status AuditLogQuery::checkPermission() const
{
    if (!m_ctx.session.can(Permission::ViewAudit))
        return Error::denied(QCoreApplication::translate("tl::core::AuditLogQuery",
                                                         "You are not allowed to read the audit log."));
    return {};
}

QString AuditLogQuery::whereClause(QVariantList& args) const
{
    QStringList conditions;
    if (!m_filter.username.isEmpty()) {
        conditions << QStringLiteral("username = ?");
        args << m_filter.username;
    }
    if (!m_filter.entity.isEmpty()) {
        conditions << QStringLiteral("entity = ?");
        args << m_filter.entity;
    }
    if (!m_filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        args << m_filter.action;
    }
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        args << m_filter.from.toString(Qt::ISODate);
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        args << m_filter.to.addDays(1).toString(Qt::ISODate);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(label LIKE ? ESCAPE '\\' OR username LIKE ? ESCAPE '\\' "
                                     "OR entity LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' "
                                     "OR before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        for (int i = 0; i < 6; ++i)
            args << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> AuditLogQuery::count() const
{
    if (Status s = checkPermission(); !s)
        return s.error();
    return guarded([&]() -> Result<qint64> {
        QVariantList args;
        const QString sql = QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(args);
        return SqlQuery::scalar(m_ctx.db, sql, args).toLongLong();
    });
}

Result<AuditLogQuery::Page> AuditLogQuery::page(qint64 before, int limit) const
{
    if (Status s = checkPermission(); !s)
        return s.error();
    return guarded([&]() -> Result<Page> {
        QVariantList args;
        QString where = whereClause(args);
        if (before > 0) {
            where += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
            args << before;
        }
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY id DESC LIMIT ?")
                                 .arg(QLatin1String(kColumns), where));
        for (const QVariant& a : args)
            q.bind(a);
        q.bind(limit + 1).exec();
        Page result;
        while (q.next()) {
            if (result.rows.size() == limit) {
                result.nextBefore = result.rows.last().id;
                break;
            }
            result.rows.append(readRecord(q));
        }
        return result;
    });
}

Result<AuditRecord> AuditLogQuery::get(qint64 id) const
{
    if (Status s = checkPermission(); !s)
        return s.error();
    return guarded([&]() -> Result<AuditRecord> {
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(QLatin1String(kColumns)));
        q.bind(id).exec();
        if (!q.next())
            return Error::notFound(
                QCoreApplication::translate("tl::core::AuditLogQuery", "Audit record %1 does not exist.")
                    .arg(id));
        return readRecord(q);
    });
}

Result<AuditLogQuery::Choices> AuditLogQuery::choices() const
{
    if (Status s = checkPermission(); !s)
        return s.error();
    return guarded([&]() -> Result<Choices> {
        Choices c;
        c.usernames = distinctValues(m_ctx.db, QStringLiteral("username"));
        c.entities = distinctValues(m_ctx.db, QStringLiteral("entity"));
        c.actions = distinctValues(m_ctx.db, QStringLiteral("action"));
        return c;
    });
}

} // namespace tl::core

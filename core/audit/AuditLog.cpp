#include "audit/AuditLog.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlRecord>

#include <map>

namespace tl::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tl::core::AuditLog", text);
}

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(
            QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex().prepend("sha256:")));
    default:
        return QJsonValue(v.toString());
    }
}

// Columns whose values must not be readable in the audit log: only a fingerprint is kept, which still
// lets verify() see that the value changed.
bool isSecretColumn(const QString& name)
{
    return name == QLatin1String("password_hash");
}

QJsonObject rowToJson(const QSqlQuery& q)
{
    QJsonObject obj;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        obj.insert(rec.fieldName(i), AuditLog::columnJson(rec.fieldName(i), q.value(i)));
    return obj;
}

} // namespace

QJsonValue AuditLog::columnJson(const QString& column, const QVariant& value)
{
    if (isSecretColumn(column) && !value.isNull())
        return toJson(QVariant(value.toString().toUtf8())); // fingerprint, as for a BLOB
    return toJson(value);
}

QString canonicalJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditLog::AuditLog(const Context& ctx) : m_ctx(ctx) {}

QStringList AuditLog::auditedTables()
{
    return {QStringLiteral("company"),     QStringLiteral("settings"),         QStringLiteral("city_profiles"),
            QStringLiteral("users"),       QStringLiteral("departments"),      QStringLiteral("employees"),
            QStringLiteral("labour_contracts"), QStringLiteral("employee_attachments")};
}

QJsonObject AuditLog::snapshot(const Database& db, const QString& table, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bind(id).exec();
    if (!q.next())
        return {};
    return rowToJson(q.raw());
}

QString AuditLog::computeHash(const QString& prevHash, const QString& at, qint64 userId, const QString& username,
                              const QString& entity, qint64 entityId, const QString& label, const QString& action,
                              const QString& before, const QString& after)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList parts{prevHash, at,    QString::number(userId), username, entity, QString::number(entityId),
                            label,    action, before,                 after};
    for (const QString& p : parts) {
        const QByteArray utf8 = p.toUtf8();
        h.addData(QByteArray::number(utf8.size()));
        h.addData(QByteArrayView(":"));
        h.addData(utf8);
    }
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::record(const QString& entity, qint64 entityId, const QString& label, const QString& action,
                      const QJsonObject& before, const QJsonObject& after)
{
    if (!m_haveLastHash) {
        const QVariant last =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        m_lastHash = last.isValid() ? last.toString() : QStringLiteral(""); // not NULL: prev_hash is NOT NULL
        m_haveLastHash = true;
    }
    const QString at = m_ctx.clock.now().toString(Qt::ISODateWithMs);
    const QString beforeText = canonicalJson(before);
    const QString afterText = canonicalJson(after);
    const QString hash = computeHash(m_lastHash, at, m_ctx.session.userId, m_ctx.session.username, entity, entityId,
                                     label, action, beforeText, afterText);
    SqlQuery q(m_ctx.db, QStringLiteral("INSERT INTO audit_log (at, user_id, username, entity, entity_id, label, "
                                        "action, before_json, after_json, prev_hash, hash) "
                                        "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.bind(at)
        .bind(SqlQuery::nullableId(m_ctx.session.userId))
        .bind(m_ctx.session.username)
        .bind(entity)
        .bind(SqlQuery::nullableId(entityId))
        .bind(label)
        .bind(action)
        .bind(SqlQuery::nullable(beforeText))
        .bind(SqlQuery::nullable(afterText))
        .bind(m_lastHash)
        .bind(hash)
        .exec();
    m_lastHash = hash;
}

void AuditLog::event(const QString& action, const QString& label, const QJsonObject& details)
{
    record(QStringLiteral("event"), 0, label, action, {}, details);
}

QList<AuditLog::Issue> AuditLog::verify(const Database& db)
{
    QList<Issue> issues;

    // 1. The chain: consecutive ids, each prev_hash the hash before it, each hash recomputed.
    {
        SqlQuery q(db, QStringLiteral("SELECT id, at, user_id, username, entity, entity_id, label, action, "
                                      "before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id"));
        q.exec();
        QString prev;
        qint64 expectedId = 1;
        while (q.next()) {
            const qint64 id = q.integer(0);
            if (id != expectedId)
                issues.append({QStringLiteral("audit_log"), id, {},
                               tr("audit records %1 to %2 are missing").arg(expectedId).arg(id - 1)});
            expectedId = id + 1;
            const QString prevHash = q.text(10);
            const QString hash = q.text(11);
            if (prevHash != prev)
                issues.append({QStringLiteral("audit_log"), id, q.text(6),
                               tr("audit record %1 does not follow the record before it").arg(id)});
            const QString recomputed =
                computeHash(prevHash, q.text(1), q.integer(2), q.text(3), q.text(4), q.integer(5), q.text(6),
                            q.text(7), q.text(8), q.text(9));
            if (recomputed != hash)
                issues.append({QStringLiteral("audit_log"), id, q.text(6),
                               tr("audit record %1 was altered after it was written").arg(id)});
            prev = hash;
        }
    }

    // 2. Every audited table matches its last audited state, row by row.
    for (const QString& table : auditedTables()) {
        std::map<qint64, std::pair<QString, QString>> audited; // id -> (label, after_json)
        {
            SqlQuery q(db, QStringLiteral("SELECT entity_id, label, after_json FROM audit_log WHERE id IN ("
                                          "SELECT max(id) FROM audit_log WHERE entity = ? AND entity_id IS NOT NULL "
                                          "GROUP BY entity_id)"));
            q.bind(table).exec();
            while (q.next())
                audited.emplace(q.integer(0), std::make_pair(q.text(1), q.text(2)));
        }
        SqlQuery rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        rows.exec();
        while (rows.next()) {
            const QJsonObject row = rowToJson(rows.raw());
            const qint64 id = row.value(QStringLiteral("id")).toInteger();
            const QString label = row.value(QStringLiteral("code")).toString();
            auto it = audited.find(id);
            if (it == audited.end()) {
                issues.append({table, id, label, tr("row %1 of %2 was added outside the application").arg(id).arg(table)});
                continue;
            }
            if (it->second.second.isEmpty())
                issues.append({table, id, it->second.first,
                               tr("row %1 of %2 was deleted in the application but exists again").arg(id).arg(table)});
            else if (canonicalJson(row) != it->second.second) {
                QStringList changed;
                const QJsonObject last = QJsonDocument::fromJson(it->second.second.toUtf8()).object();
                for (auto c = row.begin(); c != row.end(); ++c)
                    if (last.value(c.key()) != c.value())
                        changed << c.key();
                issues.append({table, id, it->second.first,
                               tr("row %1 of %2 (%3) was changed outside the application: %4")
                                   .arg(id)
                                   .arg(table, it->second.first, changed.join(QStringLiteral(", ")))});
            }
            audited.erase(it);
        }
        for (const auto& [id, state] : audited)
            if (!state.second.isEmpty())
                issues.append({table, id, state.first,
                               tr("row %1 of %2 (%3) was deleted outside the application").arg(id).arg(table, state.first)});
    }
    return issues;
}

} // namespace tl::core

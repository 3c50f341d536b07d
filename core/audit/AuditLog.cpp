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
#include <unordered_map>

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
        return QJsonValue(
            QString::fromLatin1(QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256)
                                    .toHex()
                                    .prepend("sha256:")));
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
        if (!AuditLog::isDerivedColumn(rec.fieldName(i)))
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
    return {QStringLiteral("company"),
            QStringLiteral("settings"),
            QStringLiteral("city_profiles"),
            QStringLiteral("users"),
            QStringLiteral("departments"),
            QStringLiteral("employees"),
            QStringLiteral("labour_contracts"),
            QStringLiteral("employee_attachments"),
            QStringLiteral("customers"),
            QStringLiteral("customer_contacts"),
            QStringLiteral("customer_ownership"),
            QStringLiteral("followups"),
            QStringLiteral("checkins"),
            QStringLiteral("opportunities"),
            QStringLiteral("opportunity_stages"),
            QStringLiteral("pool_rules"),
            QStringLiteral("pool_limits"),
            QStringLiteral("pool_sweeps"),
            QStringLiteral("contracts"),
            QStringLiteral("contract_attachments"),
            QStringLiteral("installments"),
            QStringLiteral("installment_collectors"),
            QStringLiteral("payments"),
            QStringLiteral("payment_reversals"),
            QStringLiteral("allocations"),
            QStringLiteral("disputes"),
            QStringLiteral("write_offs"),
            QStringLiteral("payment_promises"),
            QStringLiteral("payment_demands"),
            QStringLiteral("interest_settlements"),
            QStringLiteral("letters"),
            QStringLiteral("letter_items"),
            QStringLiteral("salary_profiles"),
            QStringLiteral("leave_requests"),
            QStringLiteral("attendance"),
            QStringLiteral("loss_claims"),
            QStringLiteral("ytd_openings"),
            QStringLiteral("payroll_runs"),
            QStringLiteral("payslips"),
            QStringLiteral("payslip_lines"),
            QStringLiteral("loss_recoveries"),
            QStringLiteral("pay_adjustments")};
}

bool AuditLog::isDerivedColumn(const QString& column)
{
    // Kept by services from audited rows (recomputable), so not part of a row's audited state:
    // customers.last_owner_followup_at; the ledger caches installments.paid_total, written_off_total,
    // last_paid_on and payments.allocated_total (sums of allocations and approved write-offs).
    return column == QLatin1String("last_owner_followup_at") || column == QLatin1String("paid_total") ||
           column == QLatin1String("written_off_total") || column == QLatin1String("last_paid_on") ||
           column == QLatin1String("allocated_total");
}

QJsonObject AuditLog::snapshot(const Database& db, const QString& table, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bind(id).exec();
    if (!q.next())
        return {};
    return rowToJson(q.raw());
}

QString AuditLog::computeHash(const QString& prevHash, const QString& at, qint64 userId,
                              const QString& username, const QString& entity, qint64 entityId,
                              const QString& label, const QString& action, const QString& before,
                              const QString& after)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList parts{
        prevHash, at,   QString::number(userId), username, entity, QString::number(entityId), label, action,
        before,   after};
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
    const QString hash = computeHash(m_lastHash, at, m_ctx.session.userId, m_ctx.session.username, entity,
                                     entityId, label, action, beforeText, afterText);
    SqlQuery q(m_ctx.db,
               QStringLiteral("INSERT INTO audit_log (at, user_id, username, entity, entity_id, label, "
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

quint64 AuditLog::rowFingerprint(const QString& canonicalRow)
{
    const QByteArray digest = QCryptographicHash::hash(canonicalRow.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

QJsonObject AuditLog::bulkAfter(qint64 firstId, const QList<quint64>& fingerprints)
{
    QString hex;
    hex.reserve(fingerprints.size() * 16);
    for (quint64 fp : fingerprints)
        hex += QStringLiteral("%1").arg(fp, 16, 16, QLatin1Char('0'));
    QJsonObject after;
    after.insert(QStringLiteral("bulk"), qint64(fingerprints.size()));
    after.insert(QStringLiteral("first_id"), firstId);
    after.insert(QStringLiteral("fingerprints"), hex);
    return after;
}

QString AuditLog::bulkLabel(qint64 firstId, qsizetype count)
{
    return QStringLiteral("%1-%2").arg(firstId).arg(firstId + count - 1);
}

void AuditLog::recordBulk(const QString& entity, const QString& action, qint64 firstId,
                          const QList<quint64>& fingerprints)
{
    if (fingerprints.isEmpty())
        return;
    record(entity, 0, bulkLabel(firstId, fingerprints.size()), action, {}, bulkAfter(firstId, fingerprints));
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
                issues.append({QStringLiteral("audit_log"),
                               id,
                               {},
                               tr("audit records %1 to %2 are missing").arg(expectedId).arg(id - 1)});
            expectedId = id + 1;
            const QString prevHash = q.text(10);
            const QString hash = q.text(11);
            if (prevHash != prev)
                issues.append({QStringLiteral("audit_log"), id, q.text(6),
                               tr("audit record %1 does not follow the record before it").arg(id)});
            const QString recomputed = computeHash(prevHash, q.text(1), q.integer(2), q.text(3), q.text(4),
                                                   q.integer(5), q.text(6), q.text(7), q.text(8), q.text(9));
            if (recomputed != hash)
                issues.append({QStringLiteral("audit_log"), id, q.text(6),
                               tr("audit record %1 was altered after it was written").arg(id)});
            prev = hash;
        }
    }

    // 2. Every audited table matches its last audited state, row by row. The audit records of a table
    //    are replayed in order: a per-row record sets the row's expected snapshot (or its absence), a bulk
    //    record sets the expected fingerprint of each row of its run of ids.
    for (const QString& table : auditedTables()) {
        struct Expected
        {
            QString label;
            QString json; // per-row snapshot; empty with a fingerprint or a deletion
            quint64 fingerprint = 0;
            bool bulk = false;
            bool deleted = false;
        };
        std::unordered_map<qint64, Expected> expected;
        {
            SqlQuery q(db, QStringLiteral("SELECT entity_id, label, after_json FROM audit_log "
                                          "WHERE entity = ? ORDER BY id"));
            q.bind(table).exec();
            while (q.next()) {
                if (!q.isNull(0)) {
                    Expected& e = expected[q.integer(0)];
                    e.label = q.text(1);
                    e.json = q.text(2);
                    e.bulk = false;
                    e.deleted = e.json.isEmpty();
                    continue;
                }
                const QJsonObject after = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
                if (!after.contains(QStringLiteral("bulk")))
                    continue; // an event about the table, not about rows
                const qint64 first = after.value(QStringLiteral("first_id")).toInteger();
                const QString hex = after.value(QStringLiteral("fingerprints")).toString();
                for (qint64 i = 0; i * 16 + 16 <= hex.size(); ++i) {
                    Expected& e = expected[first + i];
                    e.label.clear();
                    e.json.clear();
                    e.fingerprint = QStringView(hex).mid(i * 16, 16).toULongLong(nullptr, 16);
                    e.bulk = true;
                    e.deleted = false;
                }
            }
        }
        SqlQuery rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        rows.exec();
        while (rows.next()) {
            const QJsonObject row = rowToJson(rows.raw());
            const qint64 id = row.value(QStringLiteral("id")).toInteger();
            const QString code = row.value(QStringLiteral("code")).toString();
            auto it = expected.find(id);
            if (it == expected.end()) {
                issues.append({table, id, code,
                               tr("row %1 of %2 was added outside the application").arg(id).arg(table)});
                continue;
            }
            const Expected& e = it->second;
            const QString label = e.label.isEmpty() ? code : e.label;
            const QString text = canonicalJson(row);
            if (e.deleted) {
                issues.append(
                    {table, id, label,
                     tr("row %1 of %2 was deleted in the application but exists again").arg(id).arg(table)});
            } else if (e.bulk) {
                if (rowFingerprint(text) != e.fingerprint)
                    issues.append({table, id, label,
                                   tr("row %1 of %2 (%3) was changed outside the application")
                                       .arg(id)
                                       .arg(table, label)});
            } else if (text != e.json) {
                QStringList changed;
                const QJsonObject last = QJsonDocument::fromJson(e.json.toUtf8()).object();
                for (auto c = row.begin(); c != row.end(); ++c)
                    if (last.value(c.key()) != c.value())
                        changed << c.key();
                issues.append({table, id, label,
                               tr("row %1 of %2 (%3) was changed outside the application: %4")
                                   .arg(id)
                                   .arg(table, label, changed.join(QStringLiteral(", ")))});
            }
            expected.erase(it);
        }
        for (const auto& [id, e] : expected)
            if (!e.deleted)
                issues.append({table, id, e.label,
                               tr("row %1 of %2 (%3) was deleted outside the application")
                                   .arg(id)
                                   .arg(table, e.label)});
    }
    return issues;
}

} // namespace tl::core

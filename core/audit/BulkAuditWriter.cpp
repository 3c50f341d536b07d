#include "audit/BulkAuditWriter.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/JsonText.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <sqlite3.h>

#include <charconv>

namespace tl::core {

BulkAuditWriter::BulkAuditWriter(const Context& ctx)
    : m_ctx(ctx), m_at(ctx.clock.now().toString(Qt::ISODateWithMs)),
      m_insert(ctx.db.nativeHandle(),
               "INSERT INTO audit_log (at, user_id, username, entity, entity_id, label, action, before_json, "
               "after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,NULL,?,?,?)")
{
    const QVariant last =
        SqlQuery::scalar(ctx.db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    m_lastHash = last.isValid() ? last.toString() : QStringLiteral(""); // not NULL: prev_hash is NOT NULL
}

struct BulkAuditWriter::TableShape
{
    std::unique_ptr<NativeStatement> select; // SELECT * FROM table WHERE id = ?
    // The columns in the key order of the canonical JSON (QJsonObject's), derived columns left out, each
    // with its `"name":` as QJsonDocument writes it.
    QList<int> columns;
    QList<QByteArray> prefixes;
    bool direct = true; // false when AuditLog stores some column's values other than as they are (secrets)
};

BulkAuditWriter::~BulkAuditWriter() = default;

BulkAuditWriter::TableShape& BulkAuditWriter::shape(const QString& table)
{
    auto it = m_shapes.find(table);
    if (it != m_shapes.end())
        return *it->second;
    auto shape = std::make_unique<TableShape>();
    const QByteArray sql = QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table).toUtf8();
    shape->select = std::make_unique<NativeStatement>(m_ctx.db.nativeHandle(), sql.constData());
    sqlite3_stmt* s = shape->select->raw();
    QJsonObject keys; // only for its key order
    QHash<QString, int> indexOf;
    for (int i = 0, n = sqlite3_column_count(s); i < n; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(s, i));
        if (AuditLog::isDerivedColumn(name))
            continue;
        keys.insert(name, 0);
        indexOf.insert(name, i);
        const QString probe = QStringLiteral("x");
        if (AuditLog::columnJson(name, QVariant(probe)) != QJsonValue(probe) ||
            AuditLog::columnJson(name, QVariant(qint64(-7))) != QJsonValue(qint64(-7)))
            shape->direct = false;
    }
    for (const QString& name : keys.keys()) {
        shape->columns.append(indexOf.value(name));
        const QByteArray single = QJsonDocument(QJsonObject{{name, 0}}).toJson(QJsonDocument::Compact);
        shape->prefixes.append(single.mid(1, single.size() - 3)); // {"name":0} -> "name":
    }
    return *m_shapes.emplace(table, std::move(shape)).first->second;
}

QByteArray BulkAuditWriter::snapshotThroughQt(sqlite3_stmt* s)
{
    // Values typed as Qt's SQLite driver types them, stored as AuditLog::snapshot stores them.
    QJsonObject row;
    for (int i = 0, n = sqlite3_column_count(s); i < n; ++i) {
        QVariant value;
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_INTEGER:
            value = qint64(sqlite3_column_int64(s, i));
            break;
        case SQLITE_FLOAT:
            value = sqlite3_column_double(s, i);
            break;
        case SQLITE_NULL:
            break;
        case SQLITE_BLOB:
            value =
                QByteArray(static_cast<const char*>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
            break;
        default: // as UTF-16, the way Qt's driver reads text (SQLite replaces what UTF-16 cannot hold)
            value = QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(s, i)),
                            sqlite3_column_bytes16(s, i) / qsizetype(sizeof(QChar)));
        }
        const QString name = QString::fromUtf8(sqlite3_column_name(s, i));
        if (!AuditLog::isDerivedColumn(name))
            row.insert(name, AuditLog::columnJson(name, value));
    }
    return canonicalJson(row).toUtf8();
}

namespace {

// Appends a JSON string as QJsonDocument writes it: ", \ and control characters escaped (\b \f \n \r \t,
// else \u00xx with lower-case hex digits), everything else as UTF-8. False for text that does not read
// back unchanged through Qt's driver (not valid UTF-8, or U+FFFE / U+FFFF, which SQLite turns into U+FFFD
// when it hands text out as UTF-16): the caller then takes Qt's path.
bool appendJsonString(QByteArray& out, const unsigned char* p, int n)
{
    out.append('"');
    for (int i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            appendJsonAscii(out, c);
            ++i;
            continue;
        }
        // A well-formed UTF-8 sequence (no overlong forms, no surrogates, at most U+10FFFF).
        int length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return false;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xbf)
                return false;
        if (c == 0xef && p[i + 1] == 0xbf && p[i + 2] >= 0xbe) // U+FFFE, U+FFFF
            return false;
        out.append(reinterpret_cast<const char*>(p + i), length);
        i += length;
    }
    out.append('"');
    return true;
}

} // namespace

bool BulkAuditWriter::appendDirect(sqlite3_stmt* s, const TableShape& shape, QByteArray& out)
{
    out.append('{');
    for (qsizetype k = 0; k < shape.columns.size(); ++k) {
        const int i = shape.columns.at(k);
        if (k > 0)
            out.append(',');
        out.append(shape.prefixes.at(k));
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
            out.append("null", 4);
            break;
        case SQLITE_INTEGER: {
            char digits[24];
            const auto end =
                std::to_chars(digits, digits + sizeof digits, qint64(sqlite3_column_int64(s, i))).ptr;
            out.append(digits, end - digits);
            break;
        }
        case SQLITE_TEXT:
            if (!appendJsonString(out, sqlite3_column_text(s, i), sqlite3_column_bytes(s, i)))
                return false;
            break;
        default:
            return false; // REAL and BLOB values: Qt's formatting and fingerprints
        }
    }
    out.append('}');
    return true;
}

QByteArray BulkAuditWriter::snapshotText(const QString& table, qint64 id)
{
    TableShape& s = shape(table);
    NativeStatement& q = *s.select;
    q.bind(1, id);
    if (!q.step())
        return {}; // canonicalJson of an empty object
    m_buffer.resize(0);
    QByteArray text = s.direct && appendDirect(q.raw(), s, m_buffer) ? m_buffer : snapshotThroughQt(q.raw());
    q.reset();
    return text;
}

quint64 BulkAuditWriter::fingerprint(const QByteArray& canonicalUtf8)
{
    // AuditLog::rowFingerprint without the round trip through QString.
    const QByteArray digest = QCryptographicHash::hash(canonicalUtf8, QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

void BulkAuditWriter::recordCreate(const QString& table, qint64 id, const QString& label)
{
    append(table, id, label, QStringLiteral("create"), QString::fromUtf8(snapshotText(table, id)));
}

void BulkAuditWriter::addCreated(const QString& table, qint64 id)
{
    addCreated(table, id, fingerprint(snapshotText(table, id)));
}

void BulkAuditWriter::addCreated(const QString& table, qint64 id, quint64 fingerprint)
{
    Run& run = m_runs[table];
    if (!run.fingerprints.isEmpty() &&
        (run.firstId + run.fingerprints.size() != id || run.fingerprints.size() >= kBulkChunk))
        flushRun(table, run);
    if (run.fingerprints.isEmpty())
        run.firstId = id;
    run.fingerprints.append(fingerprint);
}

void BulkAuditWriter::flush()
{
    for (auto& [table, run] : m_runs)
        flushRun(table, run);
}

void BulkAuditWriter::flushRun(const QString& table, Run& run)
{
    if (run.fingerprints.isEmpty())
        return;
    append(table, 0, AuditLog::bulkLabel(run.firstId, run.fingerprints.size()), QStringLiteral("bulk_create"),
           canonicalJson(AuditLog::bulkAfter(run.firstId, run.fingerprints)));
    run.fingerprints.clear();
}

void BulkAuditWriter::append(const QString& table, qint64 entityId, const QString& label,
                             const QString& action, const QString& after)
{
    const QString hash = AuditLog::computeHash(m_lastHash, m_at, m_ctx.session.userId, m_ctx.session.username,
                                               table, entityId, label, action, QString(), after);
    m_insert.bind(1, m_at)
        .bindId(2, m_ctx.session.userId)
        .bind(3, m_ctx.session.username)
        .bind(4, table)
        .bindId(5, entityId)
        .bind(6, label)
        .bind(7, action)
        .bindText(8, after)
        .bind(9, m_lastHash)
        .bind(10, hash)
        .execute();
    m_lastHash = hash;
}

} // namespace tl::core

#include "demo/DemoRows.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "db/Database.h"
#include "db/DbException.h"
#include "db/NativeStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sodium.h>
#include <sqlite3.h>

#include <charconv>

namespace tl::core::demo {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw DbException(message, {}, false);
}

// Appends a JSON string as QJsonDocument writes it (the same rules as BulkAuditWriter): ", \ and control
// characters escaped (\b \f \n \r \t, else \u00xx with lower-case hex digits), everything else as UTF-8.
// Planned text always comes from QString::toUtf8, so it is well-formed UTF-8.
void appendJsonString(QByteArray& out, const char* p, qsizetype n)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    qsizetype run = 0; // start of the characters copied as they are
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        char escape[6] = {'\\', 0, 0, 0, 0, 0};
        int length = 2;
        switch (c) {
        case '"':
            escape[1] = '"';
            break;
        case '\\':
            escape[1] = '\\';
            break;
        case 0x08:
            escape[1] = 'b';
            break;
        case 0x0c:
            escape[1] = 'f';
            break;
        case 0x0a:
            escape[1] = 'n';
            break;
        case 0x0d:
            escape[1] = 'r';
            break;
        case 0x09:
            escape[1] = 't';
            break;
        default:
            escape[1] = 'u';
            escape[2] = '0';
            escape[3] = '0';
            escape[4] = kHex[c >> 4];
            escape[5] = kHex[c & 0xf];
            length = 6;
        }
        out.append(escape, length);
    }
    out.append(p + run, n - run);
    out.append('"');
}

// AuditLog::rowFingerprint: the first 8 bytes of the SHA-256 of the canonical JSON, big-endian.
quint64 fingerprintOf(const QByteArray& json)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(json.constData()),
                       static_cast<unsigned long long>(json.size()));
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | digest[i];
    return value;
}

} // namespace

// ---- RowTable ----

RowTable::RowTable(const char* name, std::initializer_list<const char*> columns)
    : m_name(QString::fromLatin1(name))
{
    for (const char* column : columns)
        m_columns.append(QByteArray(column));
    // The snapshot's key order is QJsonObject's (as AuditLog::snapshot builds it), derived columns out.
    QJsonObject keys;
    for (const QByteArray& column : std::as_const(m_columns)) {
        const QString key = QString::fromLatin1(column);
        if (!AuditLog::isDerivedColumn(key))
            keys.insert(key, 0);
    }
    for (const QString& key : keys.keys()) {
        m_snapshotColumns.append(int(m_columns.indexOf(key.toLatin1())));
        const QByteArray single = QJsonDocument(QJsonObject{{key, 0}}).toJson(QJsonDocument::Compact);
        m_snapshotPrefixes.append(single.mid(1, single.size() - 3)); // {"name":0} -> "name":
    }
}

RowTable::~RowTable() = default;

void RowTable::prepare(const Database& db)
{
    const QByteArray sql = "PRAGMA table_info(" + m_name.toLatin1() + ")";
    NativeStatement info(db.nativeHandle(), sql.constData());
    QSet<QByteArray> stored;
    while (info.step())
        stored.insert(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(info.raw(), 1))));
    const QSet<QByteArray> planned(m_columns.begin(), m_columns.end());
    if (stored != planned || m_columns.value(0) != "id") {
        QStringList missing, unknown;
        for (const QByteArray& c : stored)
            if (!planned.contains(c))
                missing << QString::fromLatin1(c);
        for (const QByteArray& c : planned)
            if (!stored.contains(c))
                unknown << QString::fromLatin1(c);
        fail(QStringLiteral("The demo rows of %1 do not match its columns (not planned: %2; unknown: %3).")
                 .arg(m_name, missing.join(QLatin1Char(',')), unknown.join(QLatin1Char(','))));
    }
    const QByteArray maxSql = "SELECT coalesce(max(id), 0) FROM " + m_name.toLatin1();
    NativeStatement max(db.nativeHandle(), maxSql.constData());
    m_nextId = max.step() ? sqlite3_column_int64(max.raw(), 0) + 1 : 1;
    max.reset();
}

// ---- RowBatch ----

RowBatch::RowBatch(const RowTable& table) : m_table(&table) {}

RowValue& RowBatch::push(RowValue::Kind kind)
{
    RowValue& v = m_values.emplace_back();
    v.kind = kind;
    return v;
}

RowBatch& RowBatch::add(qint64 number)
{
    push(RowValue::Integer).number = number;
    return *this;
}

RowBatch& RowBatch::addId(qint64 id)
{
    return id > 0 ? add(id) : addNull();
}

RowBatch& RowBatch::addLatin1(const char* text, qsizetype length)
{
    RowValue& v = push(RowValue::Text);
    v.offset = quint32(m_bytes.size());
    v.length = quint32(length);
    m_bytes.insert(m_bytes.end(), text, text + length);
    return *this;
}

RowBatch& RowBatch::add(const QString& text)
{
    // Codes, keys and numbers are ASCII: copied as they are; other text through UTF-8.
    const QChar* c = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && c[i].unicode() < 0x80)
        ++i;
    if (i < n) {
        const QByteArray utf8 = text.toUtf8();
        return addLatin1(utf8.constData(), utf8.size());
    }
    RowValue& v = push(RowValue::Text);
    v.offset = quint32(m_bytes.size());
    v.length = quint32(n);
    m_bytes.resize(m_bytes.size() + size_t(n));
    char* out = m_bytes.data() + v.offset;
    for (i = 0; i < n; ++i)
        out[i] = char(c[i].unicode());
    return *this;
}

RowBatch& RowBatch::addText(const QString& text)
{
    return text.isEmpty() ? addNull() : add(text);
}

namespace {

// "2026-03-15" into out (10 characters); false for years outside 1000..9999.
bool writeDate(char* out, const QDate& date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return false;
    out[0] = char('0' + y / 1000 % 10);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
    return true;
}

void writeTwo(char* out, int v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

} // namespace

RowBatch& RowBatch::addDate(const QDate& date)
{
    if (!date.isValid())
        return addNull();
    char text[10];
    if (!writeDate(text, date))
        return add(date.toString(Qt::ISODate));
    return addLatin1(text, 10);
}

RowBatch& RowBatch::addTime(const QDateTime& at)
{
    if (!at.isValid())
        return addNull();
    char text[19];
    if (!writeDate(text, at.date()))
        return add(at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
    const QTime t = at.time();
    text[10] = 'T';
    writeTwo(text + 11, t.hour());
    text[13] = ':';
    writeTwo(text + 14, t.minute());
    text[16] = ':';
    writeTwo(text + 17, t.second());
    return addLatin1(text, 19);
}

RowBatch& RowBatch::addNull()
{
    push(RowValue::Null);
    return *this;
}

RowBatch& RowBatch::addBlob(const QByteArray& bytes)
{
    RowValue& v = push(RowValue::Blob);
    v.offset = quint32(m_bytes.size());
    v.length = quint32(bytes.size());
    m_bytes.insert(m_bytes.end(), bytes.constData(), bytes.constData() + bytes.size());
    return *this;
}

void RowBatch::reserve(qsizetype rows, qsizetype bytes)
{
    m_values.reserve(size_t(rows) * size_t(m_table->columnCount()));
    m_fingerprints.reserve(size_t(rows));
    m_bytes.reserve(size_t(bytes));
}

void RowBatch::end()
{
    const size_t columns = size_t(m_table->columnCount());
    if (m_values.size() != (m_fingerprints.size() + 1) * columns)
        fail(QStringLiteral("A demo row of %1 has %2 values for %3 columns.")
                 .arg(m_table->name())
                 .arg(qint64(m_values.size()) - qint64(m_fingerprints.size() * columns))
                 .arg(columns));
    m_fingerprints.push_back(0);
    const qsizetype row = rowCount() - 1;
    appendSnapshot(row);
    m_fingerprints.back() = fingerprintOf(m_json);
}

void RowBatch::appendSnapshot(qsizetype row)
{
    // canonicalJson(AuditLog::snapshot()) of the row as stored: integers, text, NULL, BLOBs as their
    // SHA-256 ("sha256:<hex>", AuditLog::columnJson).
    m_json.resize(0);
    m_json.append('{');
    const QList<int>& columns = m_table->snapshotColumns();
    const QList<QByteArray>& prefixes = m_table->snapshotPrefixes();
    for (qsizetype k = 0; k < columns.size(); ++k) {
        if (k > 0)
            m_json.append(',');
        m_json.append(prefixes.at(k));
        const RowValue& v = value(row, columns.at(k));
        switch (v.kind) {
        case RowValue::Null:
            m_json.append("null", 4);
            break;
        case RowValue::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, v.number).ptr;
            m_json.append(digits, end - digits);
            break;
        }
        case RowValue::Text:
            appendJsonString(m_json, bytes(v), v.length);
            break;
        case RowValue::Blob: {
            unsigned char digest[crypto_hash_sha256_BYTES];
            crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes(v)), v.length);
            const QByteArray text =
                "sha256:" + QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
            appendJsonString(m_json, text.constData(), text.size());
            break;
        }
        }
    }
    m_json.append('}');
}

// ---- RowSet ----

RowSet::RowSet(const QList<const RowTable*>& tables)
{
    m_batches.reserve(size_t(tables.size()));
    for (const RowTable* table : tables)
        m_batches.emplace_back(*table);
}

std::vector<std::pair<qsizetype, qsizetype>> RowSet::sizes() const
{
    std::vector<std::pair<qsizetype, qsizetype>> sizes;
    for (const RowBatch& b : m_batches)
        sizes.emplace_back(b.rowCount(), b.byteCount());
    return sizes;
}

void RowSet::reserve(const std::vector<std::pair<qsizetype, qsizetype>>& sizes)
{
    for (size_t i = 0; i < m_batches.size() && i < sizes.size(); ++i)
        m_batches[i].reserve(sizes[i].first + sizes[i].first / 8, sizes[i].second + sizes[i].second / 8);
}

RowBatch& RowSet::operator[](const RowTable& table)
{
    for (RowBatch& batch : m_batches)
        if (&batch.table() == &table)
            return batch;
    fail(QStringLiteral("The demo table %1 is not part of this stream.").arg(table.name()));
}

qsizetype RowSet::rowCount() const
{
    qsizetype rows = 0;
    for (const RowBatch& batch : m_batches)
        rows += batch.rowCount();
    return rows;
}

// ---- RowInserter ----

struct RowInserter::Statements
{
    std::unique_ptr<NativeStatement> many; // kRowsPerStatement rows
    std::unique_ptr<NativeStatement> one;
};

RowInserter::RowInserter(const Database& db, BulkAuditWriter& audit) : m_db(db), m_audit(audit) {}

RowInserter::~RowInserter() = default;

RowInserter::Statements& RowInserter::statements(const RowTable& table)
{
    auto it = m_statements.find(table.name());
    if (it != m_statements.end())
        return *it->second;
    QByteArray head = "INSERT INTO " + table.name().toLatin1() + " (";
    QByteArray tuple = "(";
    for (int i = 0; i < table.columnCount(); ++i) {
        head += (i ? "," : "") + table.columns().at(i);
        tuple += i ? ",?" : "?";
    }
    head += ") VALUES ";
    tuple += ')';
    QByteArray many = head;
    for (int r = 0; r < kRowsPerStatement; ++r)
        many += (r ? "," : "") + tuple;
    auto s = std::make_unique<Statements>();
    s->many = std::make_unique<NativeStatement>(m_db.nativeHandle(), many.constData());
    s->one = std::make_unique<NativeStatement>(m_db.nativeHandle(), (head + tuple).constData());
    return *m_statements.emplace(table.name(), std::move(s)).first->second;
}

void RowInserter::bindRow(NativeStatement& statement, const RowBatch& batch, qsizetype row,
                          int firstParameter)
{
    sqlite3_stmt* s = statement.raw();
    const int columns = batch.table().columnCount();
    for (int c = 0; c < columns; ++c) {
        const RowValue& v = batch.value(row, c);
        const int p = firstParameter + c;
        switch (v.kind) {
        case RowValue::Null:
            sqlite3_bind_null(s, p);
            break;
        case RowValue::Integer:
            sqlite3_bind_int64(s, p, v.number);
            break;
        case RowValue::Text:
            sqlite3_bind_text(s, p, batch.bytes(v), int(v.length), SQLITE_STATIC);
            break;
        case RowValue::Blob:
            sqlite3_bind_blob(s, p, batch.bytes(v), int(v.length), SQLITE_STATIC);
            break;
        }
    }
}

void RowInserter::insert(const RowBatch& batch)
{
    if (batch.isEmpty())
        return;
    Statements& s = statements(batch.table());
    const int columns = batch.table().columnCount();
    const qsizetype rows = batch.rowCount();
    qsizetype row = 0;
    for (; row + kRowsPerStatement <= rows; row += kRowsPerStatement) {
        for (int r = 0; r < kRowsPerStatement; ++r)
            bindRow(*s.many, batch, row + r, 1 + r * columns);
        s.many->execute();
    }
    for (; row < rows; ++row) {
        bindRow(*s.one, batch, row, 1);
        s.one->execute();
    }
    const QString& table = batch.table().name();
    for (qsizetype r = 0; r < rows; ++r)
        m_audit.addCreated(table, batch.id(r), batch.fingerprint(r));
}

// ---- DeferredIndexes ----

DeferredIndexes::DeferredIndexes(Database& db, const QStringList& tables, const QStringList& keep) : m_db(db)
{
    NativeStatement indexes(db.nativeHandle(), "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                               "tbl_name = ? AND sql IS NOT NULL ORDER BY name");
    QString drops;
    for (const QString& table : tables) {
        indexes.bind(1, table);
        while (indexes.step()) {
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(indexes.raw(), 0)));
            if (keep.contains(name))
                continue;
            m_definitions.append(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(indexes.raw(), 1))));
            drops += QStringLiteral("DROP INDEX %1;").arg(name);
        }
    }
    if (!drops.isEmpty())
        m_db.execScript(drops);
}

DeferredIndexes::~DeferredIndexes() = default;

void DeferredIndexes::restore()
{
    const QStringList definitions = std::exchange(m_definitions, {});
    for (const QString& sql : definitions)
        m_db.execScript(sql);
}

// ---- BulkLoadMode ----

namespace {

QString pragmaText(const Database& db, const char* sql)
{
    NativeStatement q(db.nativeHandle(), sql);
    QString value;
    if (q.step()) {
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q.raw(), 0)));
        q.reset();
    }
    return value;
}

} // namespace

BulkLoadMode::BulkLoadMode(Database& db) : m_db(db)
{
    m_journalMode = pragmaText(db, "PRAGMA journal_mode");
    m_foreignKeys = pragmaText(db, "PRAGMA foreign_keys") == QLatin1String("1");
    if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        pragmaText(db, "PRAGMA journal_mode = DELETE"); // stays WAL when other connections are open
    if (m_foreignKeys)
        m_db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_tempStore = pragmaText(db, "PRAGMA temp_store");
    m_db.execScript(QStringLiteral("PRAGMA temp_store = FILE"));
}

BulkLoadMode::~BulkLoadMode()
{
    try {
        if (m_foreignKeys)
            m_db.execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_db.execScript(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()));
        if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            pragmaText(m_db, "PRAGMA journal_mode = WAL");
    } catch (const DbException&) {
        // Nothing to do here: the next connection configures itself (Database::configure).
    }
}

} // namespace tl::core::demo

#include "io/CreatedRowFingerprints.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/JsonText.h"
#include "db/Database.h"
#include "db/NativeStatement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace tl::core {

namespace {

constexpr int kChunkRows = 4096;

quint64 fingerprintOf(QByteArrayView canonical)
{
    // AuditLog::rowFingerprint: the first 8 bytes of the SHA-256 of the canonical UTF-8 text, big-endian.
    const QByteArray digest = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

} // namespace

// Chunks of snapshot texts travel to a helper thread that hashes them.
struct CreatedRowFingerprints::Worker
{
    struct Chunk
    {
        QByteArray text;
        std::vector<qsizetype> ends; // end offset of each row's text
        std::vector<qint64> ids;
        std::vector<quint64> fingerprints;
    };

    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Chunk*> queue;
    std::vector<std::unique_ptr<Chunk>> chunks; // in order
    Chunk* current = nullptr;
    bool closed = false;
    std::thread thread;

    Worker()
    {
        thread = std::thread([this] {
            for (;;) {
                Chunk* chunk = nullptr;
                {
                    std::unique_lock lock(mutex);
                    ready.wait(lock, [this] { return closed || !queue.empty(); });
                    if (queue.empty())
                        return;
                    chunk = queue.front();
                    queue.pop_front();
                }
                chunk->fingerprints.reserve(chunk->ids.size());
                qsizetype start = 0;
                for (const qsizetype end : chunk->ends) {
                    chunk->fingerprints.push_back(
                        fingerprintOf(QByteArrayView(chunk->text.constData() + start, end - start)));
                    start = end;
                }
            }
        });
    }
    ~Worker() { close(); }

    void close()
    {
        {
            std::lock_guard lock(mutex);
            if (closed)
                return;
            closed = true;
        }
        ready.notify_one();
        if (thread.joinable())
            thread.join();
    }
    Chunk& open()
    {
        if (!current) {
            chunks.push_back(std::make_unique<Chunk>());
            current = chunks.back().get();
            current->text.reserve(kChunkRows * 160);
            current->ends.reserve(kChunkRows);
            current->ids.reserve(kChunkRows);
        }
        return *current;
    }
    void submit()
    {
        if (!current)
            return;
        {
            std::lock_guard lock(mutex);
            queue.push_back(current);
        }
        current = nullptr;
        ready.notify_one();
    }
};

CreatedRowFingerprints::CreatedRowFingerprints(const Database& db, const QString& table,
                                               const QList<QByteArray>& columns)
    : m_table(table)
{
    // The table's audited columns must be exactly id plus the ones the caller gives.
    QSet<QString> audited;
    const QByteArray sql = "SELECT name FROM pragma_table_info('" + table.toUtf8() + "')";
    NativeStatement info(db.nativeHandle(), sql.constData());
    while (info.step()) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info.raw(), 0)));
        if (!AuditLog::isDerivedColumn(name))
            audited.insert(name);
    }
    QSet<QString> given{QStringLiteral("id")};
    for (const QByteArray& column : columns)
        given.insert(QString::fromUtf8(column));
    m_valid = !audited.isEmpty() && audited == given && given.size() == columns.size() + 1;
    if (!m_valid)
        return;

    // The canonical key order is QJsonObject's (AuditLog::snapshot builds one).
    QJsonObject keys;
    for (const QString& name : std::as_const(given))
        keys.insert(name, 0);
    for (const QString& name : keys.keys()) {
        m_order.append(name == QLatin1String("id") ? -1 : int(columns.indexOf(name.toUtf8())));
        const QByteArray single = QJsonDocument(QJsonObject{{name, 0}}).toJson(QJsonDocument::Compact);
        m_prefixes.append(single.mid(1, single.size() - 3)); // {"name":0} -> "name":
    }
    m_worker = std::make_unique<Worker>();
}

CreatedRowFingerprints::~CreatedRowFingerprints() = default;

void CreatedRowFingerprints::appendRow(QByteArray& out, qint64 id, const Value* values) const
{
    out.append('{');
    for (qsizetype k = 0; k < m_order.size(); ++k) {
        if (k > 0)
            out.append(',');
        out.append(m_prefixes.at(k));
        const int index = m_order.at(k);
        const Value v = index < 0 ? Value::of(id) : values[index];
        switch (v.kind) {
        case Value::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, v.integer).ptr;
            out.append(digits, end - digits);
            break;
        }
        case Value::Text:
            appendJsonString(out, v.text);
            break;
        case Value::Null:
            out.append("null", 4);
            break;
        }
    }
    out.append('}');
}

QByteArray CreatedRowFingerprints::snapshot(qint64 id, const Value* values) const
{
    QByteArray out;
    appendRow(out, id, values);
    return out;
}

void CreatedRowFingerprints::add(qint64 id, const Value* values)
{
    Worker::Chunk& chunk = m_worker->open();
    appendRow(chunk.text, id, values);
    chunk.ends.push_back(chunk.text.size());
    chunk.ids.push_back(id);
    if (qsizetype(chunk.ids.size()) >= kChunkRows)
        m_worker->submit();
}

void CreatedRowFingerprints::finish(BulkAuditWriter& audit)
{
    if (!m_worker)
        return;
    m_worker->submit();
    m_worker->close();
    for (const auto& chunk : m_worker->chunks)
        for (size_t i = 0; i < chunk->ids.size(); ++i)
            audit.addCreated(m_table, chunk->ids[i], chunk->fingerprints[i]);
    m_worker.reset();
}

} // namespace tl::core

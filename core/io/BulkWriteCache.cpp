#include "io/BulkWriteCache.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

BulkWriteCache::BulkWriteCache(sqlite3* handle, qint64 kibibytes) : m_handle(handle)
{
    if (kibibytes <= 0)
        return;
    sqlite3_stmt* current = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA cache_size", -1, &current, nullptr) != SQLITE_OK)
        return;
    if (sqlite3_step(current) == SQLITE_ROW) {
        m_previous = sqlite3_column_int64(current, 0);
        // A negative size is in KiB, a positive one in pages: only ever grow it.
        const bool smaller = m_previous < 0 ? -m_previous < kibibytes : m_previous * 4 < kibibytes;
        m_changed = smaller;
    }
    sqlite3_finalize(current);
    if (m_changed)
        set(-kibibytes);
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_changed)
        set(m_previous);
}

qint64 BulkWriteCache::kibibytesFor(qint64 rows)
{
    if (rows < 20000)
        return 0;
    return std::min<qint64>(256 * 1024, 64 * 1024 + rows / 1000 * 1024);
}

void BulkWriteCache::set(qint64 value)
{
    const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(value);
    sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace tl::core

#pragma once

#include <QtGlobal>

struct sqlite3;

namespace tl::core {

// A bigger SQLite page cache on one connection while a bulk job writes hundreds of thousands of rows in
// one transaction (imports, the demo company): the indexes filled in random order (follow-ups by
// employee, ownership by owner) then stay in memory instead of being spilled to the WAL and read back.
// The previous size is restored when the object goes away.
class BulkWriteCache
{
public:
    BulkWriteCache(sqlite3* handle, qint64 kibibytes);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache&) = delete;
    BulkWriteCache& operator=(const BulkWriteCache&) = delete;

    // The cache for a job of `rows` rows: unchanged below 20,000, then up to 256 MiB.
    static qint64 kibibytesFor(qint64 rows);

private:
    void set(qint64 value);

    sqlite3* m_handle;
    qint64 m_previous = 0;
    bool m_changed = false;
};

} // namespace tl::core

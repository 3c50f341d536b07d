#include "io/BulkIndexRebuild.h"

#include "db/Database.h"
#include "db/DbException.h"
#include "db/NativeStatement.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

void exec(sqlite3* handle, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        throw DbException(text, QString::fromUtf8(sql.left(200)), (rc & 0xff) == SQLITE_CONSTRAINT);
    }
}

} // namespace

BulkIndexRebuild::BulkIndexRebuild(Database& db, const QString& table, qint64 rowsToInsert) : m_db(db)
{
    if (rowsToInsert < kMinimumRows)
        return;
    sqlite3* handle = db.nativeHandle();
    const QByteArray name = table.toUtf8();
    {
        const QByteArray sql = "SELECT count(*) FROM \"" + name + "\"";
        NativeStatement count(handle, sql.constData());
        if (!count.step() || sqlite3_column_int64(count.raw(), 0) >= rowsToInsert) {
            count.reset();
            return;
        }
        count.reset();
    }
    QList<QByteArray> names;
    {
        NativeStatement indexes(handle, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                        "tbl_name = ? AND sql IS NOT NULL ORDER BY name");
        indexes.bind(1, table);
        while (indexes.step()) {
            names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(indexes.raw(), 0)));
            m_definitions << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(indexes.raw(), 1)));
        }
    }
    for (const QByteArray& index : std::as_const(names))
        exec(handle, "DROP INDEX \"" + index + "\"");
}

void BulkIndexRebuild::rebuild()
{
    if (m_definitions.isEmpty())
        return;
    sqlite3* handle = m_db.nativeHandle();
    exec(handle, "PRAGMA threads = 2");
    for (const QByteArray& sql : std::as_const(m_definitions))
        exec(handle, sql);
    exec(handle, "PRAGMA threads = 0");
    m_definitions.clear();
}

} // namespace tl::core

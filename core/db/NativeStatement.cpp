#include "db/NativeStatement.h"

#include "db/DbException.h"

#include <sqlite3.h>

namespace tl::core {

NativeStatement::NativeStatement(sqlite3* handle, const char* sql) : m_handle(handle), m_sql(sql)
{
    const int rc = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

NativeStatement& NativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

NativeStatement& NativeStatement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

NativeStatement& NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

NativeStatement& NativeStatement::bindId(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bindNull(index);
}

NativeStatement& NativeStatement::bindDate(int index, const QDate& date)
{
    return date.isValid() ? bind(index, date.toString(Qt::ISODate)) : bindNull(index);
}

NativeStatement& NativeStatement::bindText(int index, const QString& text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

qint64 NativeStatement::execute()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        fail(rc);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return sqlite3_last_insert_rowid(m_handle);
}

bool NativeStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

void NativeStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void NativeStatement::fail(int rc) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    throw DbException(message, QString::fromUtf8(m_sql.left(200)), (rc & 0xff) == SQLITE_CONSTRAINT);
}

} // namespace tl::core

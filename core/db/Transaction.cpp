#include "db/Transaction.h"

#include "db/Database.h"

#include <sqlite3.h>

namespace tl::core {

Transaction::Transaction(Database& db) : m_db(db), m_level(db.m_depth)
{
    if (m_level == 0)
        m_db.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    else
        m_db.execScript(QStringLiteral("SAVEPOINT tl_%1").arg(m_level));
    ++m_db.m_depth;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

void Transaction::commit()
{
    if (m_level == 0) {
        m_db.execScript(QStringLiteral("COMMIT"));
        m_done = true;
        --m_db.m_depth;
        auto callbacks = std::move(m_db.m_afterCommit);
        m_db.m_afterCommit.clear();
        for (auto& callback : callbacks)
            callback();
    } else {
        m_db.execScript(QStringLiteral("RELEASE tl_%1").arg(m_level));
        m_done = true;
        --m_db.m_depth;
    }
}

void Transaction::afterCommit(std::function<void()> callback)
{
    m_db.m_afterCommit.push_back(std::move(callback));
}

void Transaction::rollback() noexcept
{
    m_done = true;
    --m_db.m_depth;
    if (m_level == 0) {
        sqlite3_exec(m_db.nativeHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_db.m_afterCommit.clear();
    } else {
        const QByteArray sql = QStringLiteral("ROLLBACK TO tl_%1; RELEASE tl_%1").arg(m_level).toUtf8();
        sqlite3_exec(m_db.nativeHandle(), sql.constData(), nullptr, nullptr, nullptr);
    }
}

} // namespace tl::core

#pragma once

#include "common/Clock.h"
#include "common/Context.h"
#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace tl::test {

// A fresh migrated database in a temporary folder, a fake clock (default 2026-03-15 09:00)
// and a context acting as the system session. Use as a Catch2 fixture or a local.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    core::Database& db() { return *m_db; }
    core::FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // A context for the given session (default: system).
    core::Context context(const core::Session& session = core::Session::systemSession());

    // Reopen the file (after changes made by another connection or process).
    void reopen();
    // Close the connection (so an outside tool can change the file) and open it again with reopen().
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::FixedClock m_clock;
    std::unique_ptr<core::Database> m_db;
};

} // namespace tl::test

#pragma once

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "db/Database.h"

#include <memory>

namespace tl::ui {

class MessageBar;

// What every page needs: the GUI thread's database connection, clock, the logged-in session,
// the change notifier and the window's message bar. Owned by the main window.
class AppContext
{
public:
    AppContext(std::unique_ptr<core::Database> db, core::Session session)
        : m_db(std::move(db)), m_session(std::move(session))
    {
    }

    core::Context core() const { return core::Context{*m_db, m_clock, m_session, &m_notifier}; }
    core::Database& db() const { return *m_db; }
    QString databasePath() const { return m_db->path(); }
    const core::Session& session() const { return m_session; }
    const core::Clock& clock() const { return m_clock; }
    core::ChangeNotifier& notifier() const { return m_notifier; }

    MessageBar* messageBar() const { return m_messageBar; }
    void setMessageBar(MessageBar* bar) { m_messageBar = bar; }

private:
    std::unique_ptr<core::Database> m_db;
    core::Session m_session;
    core::SystemClock m_clock;
    mutable core::ChangeNotifier m_notifier;
    MessageBar* m_messageBar = nullptr;
};

} // namespace tl::ui

#pragma once

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "db/Database.h"

#include <QString>

#include <functional>
#include <memory>

namespace tl::ui {

class MessageBar;
class Page;

// What every page needs: the GUI thread's database connection, clock, the logged-in session,
// the change notifier and the window's message bar. Owned by the main window.
class AppContext
{
public:
    AppContext(std::unique_ptr<core::Database> db, core::Session session)
        : AppContext(std::move(db), std::move(session), std::make_unique<core::SystemClock>())
    {}
    // With another clock (tests: a FixedClock).
    AppContext(std::unique_ptr<core::Database> db, core::Session session, std::unique_ptr<core::Clock> clock)
        : m_db(std::move(db)), m_session(std::move(session)), m_clock(std::move(clock))
    {}

    core::Context core() const { return core::Context{*m_db, *m_clock, m_session, &m_notifier}; }
    core::Database& db() const { return *m_db; }
    QString databasePath() const { return m_db->path(); }
    const core::Session& session() const { return m_session; }
    const core::Clock& clock() const { return *m_clock; }
    core::ChangeNotifier& notifier() const { return m_notifier; }

    MessageBar* messageBar() const { return m_messageBar; }
    void setMessageBar(MessageBar* bar) { m_messageBar = bar; }

    // Requests to the application shell (set by the main window): replace the database with a checked
    // backup (the shell closes every connection first), and log out.
    using RestoreHandler = std::function<void(const QString& backupFile)>;
    void setRestoreHandler(RestoreHandler handler) { m_restoreHandler = std::move(handler); }
    void requestRestore(const QString& backupFile) const
    {
        if (m_restoreHandler)
            m_restoreHandler(backupFile);
    }

    // Shows a page of the navigation (set by the main window; e.g. a reminder opening the letters page):
    // the page, or nullptr when there is no window or the role may not use it.
    using PageHandler = std::function<Page*(const QString& key)>;
    void setPageHandler(PageHandler handler) { m_pageHandler = std::move(handler); }
    Page* showPage(const QString& key) const { return m_pageHandler ? m_pageHandler(key) : nullptr; }

private:
    std::unique_ptr<core::Database> m_db;
    core::Session m_session;
    std::unique_ptr<core::Clock> m_clock;
    mutable core::ChangeNotifier m_notifier;
    MessageBar* m_messageBar = nullptr;
    RestoreHandler m_restoreHandler;
    PageHandler m_pageHandler;
};

} // namespace tl::ui

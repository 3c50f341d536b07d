#pragma once

#include "auth/Session.h"
#include "common/Clock.h"

#include <QObject>
#include <QString>

namespace tl::ui {

class MainWindow;

// The start-up flow and the window's life: first-run wizard when the database is missing or empty,
// login, main window; again to the login after "switch user" and after a restore (which needs every
// connection to the database closed first).
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QString databasePath, QObject* parent = nullptr);
    ~AppController() override;

    // Runs the wizard if needed and the login, then shows the main window. False when the user gave up
    // (closed the wizard or the login) or the database cannot be used; the application should then end.
    bool start();

    MainWindow* window() const { return m_window; }

private:
    bool ensureInitialized();
    bool login(const QString& notice = {});
    bool openMainWindow(const core::Session& session);
    void closeWindow();
    void logout();
    void restore(const QString& backupFile);
    QString companyName() const;

    QString m_databasePath;
    core::SystemClock m_clock;
    MainWindow* m_window = nullptr; // owned
    QString m_lastUsername;
};

} // namespace tl::ui

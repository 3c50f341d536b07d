#pragma once

#include "auth/Session.h"
#include "common/Clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

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
    // Automatic backups (DESIGN §2.10) to the backup folder, keeping the newest N: at exit, and once a
    // day (after login, in the background, when the newest backup is older than a day).
    QString automaticBackupFolder() const;
    void backupAtExit();
    void backupDailyInBackground();
    // Idle session lock: after the configured minutes without input the window hides behind the login.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void checkIdle();
    void lockSession();

    QString m_databasePath;
    core::SystemClock m_clock;
    MainWindow* m_window = nullptr; // owned
    QString m_lastUsername;
    QTimer* m_idleTimer = nullptr;
    QElapsedTimer m_sinceInput;
    bool m_locked = false;
};

} // namespace tl::ui

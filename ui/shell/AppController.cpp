#include "shell/AppController.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "backup/BackupService.h"
#include "db/Database.h"
#include "pool/StartupSweep.h"
#include "reminders/ReminderTrayNotifier.h"
#include "settings/CompanyService.h"
#include "settings/SetupService.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace tl::ui {

AppController::AppController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_lastUsername(UiSettings::lastUsername.value()), m_idleTimer(new QTimer(this))
{
    m_sinceInput.start();
    m_idleTimer->setInterval(30 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &AppController::checkIdle);
    qApp->installEventFilter(this);
}

AppController::~AppController()
{
    delete m_window;
}

bool AppController::start()
{
    QApplication::setQuitOnLastWindowClosed(false);
    if (!ensureInitialized())
        return false;
    return login();
}

bool AppController::ensureInitialized()
{
    if (QFileInfo::exists(m_databasePath)) {
        auto db = core::Database::open(m_databasePath, core::Database::OpenMode::OpenExisting);
        if (!db) {
            QMessageBox::critical(nullptr, tr("TeamLedger"),
                                  tr("The database %1 cannot be opened.\n\n%2")
                                      .arg(QDir::toNativeSeparators(m_databasePath), db.error().fullText()));
            return false;
        }
        if (core::SetupService::isInitialized(**db))
            return true;
    }
    FirstRunWizard wizard(m_databasePath, m_clock);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    m_lastUsername = wizard.adminUsername();
    return true;
}

QString AppController::companyName() const
{
    auto db = core::Database::open(m_databasePath, core::Database::OpenMode::OpenExisting);
    if (!db)
        return {};
    const core::Context ctx{**db, m_clock, core::Session::systemSession(), nullptr};
    auto company = core::CompanyService(ctx).company();
    return company ? company->name : QString();
}

bool AppController::login(const QString& notice)
{
    LoginDialog dialog(m_databasePath, m_clock);
    dialog.setCompanyName(companyName());
    dialog.setUsername(m_lastUsername);
    dialog.setNotice(notice);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_lastUsername = dialog.session().username;
    UiSettings::lastUsername.setValue(m_lastUsername);
    return openMainWindow(dialog.session());
}

bool AppController::openMainWindow(const core::Session& session)
{
    auto db = core::Database::open(m_databasePath, core::Database::OpenMode::OpenExisting);
    if (!db) {
        QMessageBox::critical(nullptr, tr("TeamLedger"), db.error().fullText());
        return false;
    }
    auto* window = new MainWindow(std::make_unique<AppContext>(std::move(db).value(), session));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window = window;
    // Queued: the window must not be deleted inside its own signal.
    connect(window, &MainWindow::logoutRequested, this, &AppController::logout, Qt::QueuedConnection);
    connect(window, &MainWindow::restoreRequested, this, &AppController::restore, Qt::QueuedConnection);
    connect(window, &MainWindow::closed, this, [this] {
        backupAtExit();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    window->show();
    m_sinceInput.restart();
    m_idleTimer->start();
    backupDailyInBackground();
    // Pool sweep (DESIGN §2.2): once a day, on a worker thread, after the window has shown.
    (new StartupSweep(window->app(), window))->startLater();
    // Desktop notifications of new reminders (DESIGN §2.9), where the desktop has a system tray.
    if (ReminderTrayNotifier::isAvailable() && window->pageKeys().contains(QStringLiteral("reminders")))
        (new ReminderTrayNotifier(window->app(), window))->start();
    return true;
}

void AppController::closeWindow()
{
    m_idleTimer->stop();
    if (!m_window)
        return;
    MainWindow* window = m_window;
    m_window = nullptr;
    window->closeWithoutQuitting(); // saves the window state
    delete window;                  // closes the database connection
}

void AppController::logout()
{
    closeWindow();
    if (!login())
        QCoreApplication::quit();
}

void AppController::restore(const QString& backupFile)
{
    if (!m_window)
        return;
    const core::Session session = m_window->app().session();
    closeWindow();
    const core::Status restored = core::BackupService::restore(m_databasePath, backupFile, session, m_clock);
    const QString notice =
        restored
            ? tr("The backup %1 was restored. Log in again.").arg(QFileInfo(backupFile).fileName())
            : tr("The restore failed; the database was not changed.\n%1").arg(restored.error().fullText());
    if (!login(notice))
        QCoreApplication::quit();
}

QString AppController::automaticBackupFolder() const
{
    const QString chosen = UiSettings::backupFolder.value();
    if (!chosen.isEmpty())
        return chosen;
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

namespace {

// Automatic backups are the system's own work, whoever is logged in; they are audited as "system".
core::Status runAutomaticBackup(const QString& databasePath, const QString& folder, int keep,
                                const core::Clock& clock)
{
    auto db = core::Database::open(databasePath, core::Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    const core::Context ctx{**db, clock, core::Session::systemSession(), nullptr};
    core::NullProgress progress;
    auto written = core::BackupService(ctx).backupToFolder(folder, keep, progress);
    if (!written)
        return written.error();
    return {};
}

} // namespace

void AppController::backupAtExit()
{
    if (!UiSettings::autoBackup.value())
        return;
    const QString folder = automaticBackupFolder();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status =
        runAutomaticBackup(m_databasePath, folder, UiSettings::backupKeep.value(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!status)
        qWarning("automatic backup at exit failed: %s", qPrintable(status.error().fullText()));
}

void AppController::backupDailyInBackground()
{
    if (!UiSettings::autoBackup.value())
        return;
    const QString folder = automaticBackupFolder();
    const auto backups = core::BackupService::listBackups(folder);
    if (!backups.isEmpty() && backups.first().modified.secsTo(m_clock.now()) < 24 * 3600)
        return;
    const QString path = m_databasePath;
    const int keep = UiSettings::backupKeep.value();
    const core::Clock* clock = &m_clock;
    auto* watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [watcher] {
        const core::Status status = watcher->result();
        if (!status)
            qWarning("daily automatic backup failed: %s", qPrintable(status.error().fullText()));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        [path, folder, keep, clock] { return runAutomaticBackup(path, folder, keep, *clock); }));
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppController::checkIdle()
{
    const int minutes = UiSettings::idleLockMinutes.value();
    if (minutes <= 0 || m_locked || !m_window || QApplication::activeModalWidget())
        return;
    if (m_sinceInput.elapsed() >= qint64(minutes) * 60 * 1000)
        lockSession();
}

void AppController::lockSession()
{
    const QString username = m_window->app().session().username;
    m_locked = true;
    m_window->hide();
    LoginDialog dialog(m_databasePath, m_clock);
    dialog.setCompanyName(companyName());
    dialog.setUsername(username);
    dialog.setNotice(
        tr("The session was locked after %n minute(s) without activity. Log in again to continue.", nullptr,
           UiSettings::idleLockMinutes.value()));
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    m_sinceInput.restart();
    if (ok && dialog.session().userId == m_window->app().session().userId) {
        m_window->show();
        return;
    }
    // Another user logged in, or the dialog was closed: the locked session ends.
    closeWindow();
    if (!ok) {
        QCoreApplication::quit();
        return;
    }
    m_lastUsername = dialog.session().username;
    UiSettings::lastUsername.setValue(m_lastUsername);
    openMainWindow(dialog.session());
}

} // namespace tl::ui

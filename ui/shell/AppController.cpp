#include "shell/AppController.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "backup/BackupService.h"
#include "db/Database.h"
#include "settings/CompanyService.h"
#include "settings/SetupService.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace tl::ui {

AppController::AppController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_lastUsername(UiSettings::lastUsername.value())
{
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
    connect(window, &MainWindow::closed, this, [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
    window->show();
    return true;
}

void AppController::closeWindow()
{
    if (!m_window)
        return;
    MainWindow* window = m_window;
    m_window = nullptr;
    window->closeWithoutQuitting(); // saves the window state
    delete window;   // closes the database connection
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
        restored ? tr("The backup %1 was restored. Log in again.").arg(QFileInfo(backupFile).fileName())
                 : tr("The restore failed; the database was not changed.\n%1").arg(restored.error().fullText());
    if (!login(notice))
        QCoreApplication::quit();
}

} // namespace tl::ui

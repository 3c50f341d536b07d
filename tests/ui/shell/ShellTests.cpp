#include "ShellFixture.h"

#include "admin/UserDialog.h"
#include "app/AppContext.h"
#include "app/Page.h"
#include "app/UiSettings.h"
#include "db/Database.h"
#include "settings/SetupService.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "widgets/JobRunner.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

using namespace tl;
using tl::test::ShellFixture;
using tl::test::waitUntil;

namespace {

bool attempt(ui::LoginDialog& dialog, const QString& username, const QString& password)
{
    bool finished = false;
    bool ok = false;
    auto connection = QObject::connect(&dialog, &ui::LoginDialog::attemptFinished, [&](bool success) {
        finished = true;
        ok = success;
    });
    dialog.setUsername(username);
    dialog.setPassword(password);
    dialog.accept();
    REQUIRE(waitUntil([&] { return finished; }));
    QObject::disconnect(connection);
    return ok;
}

std::unique_ptr<ui::MainWindow> windowFor(ShellFixture& f, const core::Session& session)
{
    auto db = f.t.db().openAnother();
    REQUIRE(db.ok());
    auto clock = std::make_unique<core::FixedClock>(f.t.clock().now());
    return std::make_unique<ui::MainWindow>(
        std::make_unique<ui::AppContext>(std::move(db).value(), session, std::move(clock)));
}

} // namespace

TEST_CASE("the login dialog shows a wrong password and then the lockout with its end, inline",
          "[shell][login]")
{
    ShellFixture f;
    ui::LoginDialog dialog(f.t.path(), f.t.clock());
    for (int i = 1; i <= 4; ++i) {
        CHECK_FALSE(attempt(dialog, QStringLiteral("admin"), QStringLiteral("not-the-password")));
        CHECK(dialog.errorText() == QStringLiteral("Wrong user name or password."));
    }
    CHECK_FALSE(attempt(dialog, QStringLiteral("admin"), QStringLiteral("not-the-password")));
    CHECK(dialog.errorText() ==
          QStringLiteral("Too many failed logins: the account is locked until 2026-03-15 09:15."));
    CHECK(dialog.result() != QDialog::Accepted);

    // Even the right password is refused while the lock lasts.
    CHECK_FALSE(attempt(dialog, QStringLiteral("admin"), ShellFixture::kAdminPassword));
    CHECK(dialog.errorText().contains(QStringLiteral("locked until 2026-03-15 09:15")));

    // After the lock ends the right password opens the session.
    f.t.clock().advanceSecs(16 * 60);
    CHECK(attempt(dialog, QStringLiteral("admin"), ShellFixture::kAdminPassword));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().username == QStringLiteral("admin"));
    CHECK(dialog.session().role == core::Role::Admin);
    CHECK(dialog.errorText().isEmpty());
}

TEST_CASE("the login dialog asks for a user name before checking anything", "[shell][login]")
{
    ShellFixture f;
    ui::LoginDialog dialog(f.t.path(), f.t.clock());
    dialog.setUsername(QString());
    dialog.accept();
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.errorText() == QStringLiteral("Enter your user name."));
}

TEST_CASE("the first-run wizard checks the administrator's password before creating anything",
          "[shell][wizard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    core::FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    ui::FirstRunWizard wizard(path, clock);
    wizard.restart();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::ChoicePage);
    wizard.setDemoChosen(false);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::CompanyPage);

    wizard.findChild<QLineEdit*>(QStringLiteral("companyName"))
        ->setText(QStringLiteral("上海测试贸易有限公司"));
    auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("adminPassword"));
    auto* repeat = wizard.findChild<QLineEdit*>(QStringLiteral("adminRepeat"));

    SECTION("passwords that differ")
    {
        password->setText(QStringLiteral("long-enough-1"));
        repeat->setText(QStringLiteral("long-enough-2"));
        CHECK_FALSE(wizard.validateCurrentPage());
        CHECK(wizard.problemText() == QStringLiteral("The two passwords do not match."));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a password shorter than 8 characters")
    {
        password->setText(QStringLiteral("short7!"));
        repeat->setText(QStringLiteral("short7!"));
        CHECK_FALSE(wizard.validateCurrentPage());
        CHECK(wizard.problemText().contains(QStringLiteral("8")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a missing company name")
    {
        wizard.findChild<QLineEdit*>(QStringLiteral("companyName"))->clear();
        password->setText(QStringLiteral("long-enough-1"));
        repeat->setText(QStringLiteral("long-enough-1"));
        CHECK_FALSE(wizard.validateCurrentPage());
        CHECK(wizard.problemText() == QStringLiteral("Enter the company's name."));
    }
    SECTION("valid input creates the company and closes the wizard")
    {
        password->setText(QStringLiteral("long-enough-1"));
        repeat->setText(QStringLiteral("long-enough-1"));
        wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))->setText(QStringLiteral("boss"));
        CHECK_FALSE(wizard.validateCurrentPage()); // the job runs; the wizard closes when it is done
        REQUIRE(waitUntil([&] { return !wizard.isWorking(); }));
        CHECK(wizard.problemText().isEmpty());
        CHECK(wizard.result() == QDialog::Accepted);
        CHECK(wizard.adminUsername() == QStringLiteral("boss"));
        auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(core::SetupService::isInitialized(**db));
        CHECK(core::SqlQuery::scalar(**db, QStringLiteral("SELECT name FROM company")).toString() ==
              QStringLiteral("上海测试贸易有限公司"));
        CHECK(core::SqlQuery::scalar(**db, QStringLiteral("SELECT role FROM users WHERE username = 'boss'"))
                  .toString() == QStringLiteral("admin"));
    }
}

TEST_CASE("the first-run wizard's demo page checks the password too", "[shell][wizard]")
{
    QTemporaryDir dir;
    core::FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("demo.db")), clock);
    wizard.restart();
    wizard.setDemoChosen(true);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::DemoPage);
    wizard.findChild<QLineEdit*>(QStringLiteral("demoPassword"))->setText(QStringLiteral("demo-pass-1"));
    wizard.findChild<QLineEdit*>(QStringLiteral("demoRepeat"))->setText(QStringLiteral("demo-pass-2"));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.problemText() == QStringLiteral("The two passwords do not match."));
    CHECK(wizard.adminUsername() == QStringLiteral("admin"));
}

TEST_CASE("the main window shows an administrator the administration pages", "[shell][mainwindow]")
{
    ShellFixture f;
    ui::UiSettings::lastPage.reset();
    auto window = windowFor(f, f.sessionOf(QStringLiteral("admin")));
    const QStringList keys = window->pageKeys();
    // The first page is shown at once.
    REQUIRE_FALSE(keys.isEmpty());
    CHECK(window->currentPageKey() == keys.first());
    CHECK(window->page(keys.first()) != nullptr);
    CHECK(keys.contains(QStringLiteral("users")));
    CHECK(keys.contains(QStringLiteral("audit-log")));
    CHECK(keys.contains(QStringLiteral("settings")));
    CHECK(keys.contains(QStringLiteral("backup")));
    CHECK(keys == QStringList{QStringLiteral("reminders"), QStringLiteral("employees"),
                              QStringLiteral("labour-contracts"), QStringLiteral("import"),
                              QStringLiteral("team-customers"), QStringLiteral("customer-pool"),
                              QStringLiteral("visits"), QStringLiteral("funnel"), QStringLiteral("contracts"),
                              QStringLiteral("payments"), QStringLiteral("receivables"),
                              QStringLiteral("aging"), QStringLiteral("letters"), QStringLiteral("users"),
                              QStringLiteral("audit-log"), QStringLiteral("settings"),
                              QStringLiteral("backup")});

    // Pages are created on first show only, and each can be shown.
    CHECK(window->page(QStringLiteral("audit-log")) == nullptr);
    REQUIRE(window->showPage(QStringLiteral("audit-log")));
    CHECK(window->page(QStringLiteral("audit-log")) != nullptr);
    CHECK(window->currentPageKey() == QStringLiteral("audit-log"));
    for (const QString& key :
         {QStringLiteral("users"), QStringLiteral("settings"), QStringLiteral("backup")}) {
        CHECK(window->showPage(key));
        CHECK(window->page(key)->title() == window->pageTitles().at(keys.indexOf(key)));
    }

    // The navigation list holds the group headers and one entry per page.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    int entries = 0;
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->flags() & Qt::ItemIsSelectable)
            ++entries;
    CHECK(entries == keys.size());
}

TEST_CASE("the main window shows a salesperson no administration page", "[shell][mainwindow]")
{
    ShellFixture f;
    f.addUser(QStringLiteral("wang"), core::Role::Sales, QStringLiteral("王五"));
    auto window = windowFor(f, f.sessionOf(QStringLiteral("wang")));
    const QStringList keys = window->pageKeys();
    CHECK_FALSE(keys.contains(QStringLiteral("users")));
    CHECK_FALSE(keys.contains(QStringLiteral("audit-log")));
    CHECK_FALSE(keys.contains(QStringLiteral("backup")));
    CHECK_FALSE(keys.contains(QStringLiteral("labour-contracts")));
    CHECK_FALSE(keys.contains(QStringLiteral("import")));
    // The reminder centre, their own record on the employees page, the customer and receivables pages (their
    // own receivables) and the language choice in Settings
    // ("My customers" needs a linked employee, which this user has not).
    CHECK(keys ==
          QStringList{QStringLiteral("reminders"), QStringLiteral("employees"),
                      QStringLiteral("customer-pool"), QStringLiteral("visits"), QStringLiteral("funnel"),
                      QStringLiteral("contracts"), QStringLiteral("payments"), QStringLiteral("receivables"),
                      QStringLiteral("aging"), QStringLiteral("letters"), QStringLiteral("settings")});
    CHECK_FALSE(window->showPage(QStringLiteral("users")));
}

TEST_CASE("an auditor sees the audit log but not users or backups", "[shell][mainwindow]")
{
    ShellFixture f;
    f.addUser(QStringLiteral("audit"), core::Role::Auditor, QStringLiteral("审计"));
    auto window = windowFor(f, f.sessionOf(QStringLiteral("audit")));
    const QStringList keys = window->pageKeys();
    CHECK(keys.contains(QStringLiteral("audit-log")));
    CHECK_FALSE(keys.contains(QStringLiteral("users")));
    CHECK_FALSE(keys.contains(QStringLiteral("backup")));
}

TEST_CASE("the job runner runs work on its own connection and reports back on the GUI thread",
          "[shell][jobs]")
{
    ShellFixture f;
    bool done = false;
    core::Status result;
    qint64 users = 0;
    Qt::HANDLE workerThread = nullptr;
    ui::JobRunner::run(
        nullptr, QStringLiteral("count"), f.t.path(),
        [&](core::Database& db, core::Progress& progress) -> core::Status {
            workerThread = QThread::currentThreadId();
            progress.setTotal(2);
            progress.setDone(1);
            users = core::SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
            progress.setDone(2);
            return {};
        },
        [&](const core::Status& status) {
            CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
            result = status;
            done = true;
        });
    REQUIRE(waitUntil([&] { return done; }));
    CHECK(result.ok());
    CHECK(users == 1);
    CHECK(workerThread != QThread::currentThreadId());

    done = false;
    ui::JobRunner::run(
        nullptr, QStringLiteral("missing"), f.t.dir() + QStringLiteral("/missing.db"),
        [](core::Database&, core::Progress&) -> core::Status { return {}; },
        [&](const core::Status& status) {
            result = status;
            done = true;
        });
    REQUIRE(waitUntil([&] { return done; }));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == core::ErrorCode::NotFound);
}

TEST_CASE("the user dialog checks the password pair and creates the account through the service",
          "[shell][users]")
{
    ShellFixture f;
    auto db = f.t.db().openAnother();
    REQUIRE(db.ok());
    ui::AppContext app(std::move(db).value(), f.sessionOf(QStringLiteral("admin")),
                       std::make_unique<core::FixedClock>(f.t.clock().now()));
    ui::UserDialog dialog(app, nullptr);
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("zhang"));
    dialog.findChild<QLineEdit*>(QStringLiteral("displayName"))->setText(QStringLiteral("张三"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("zhang-pass-1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("zhang-pass-2"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemText() == QStringLiteral("The two passwords do not match."));
    CHECK(f.userId(QStringLiteral("zhang")) == 0);

    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("zhang-pass-1"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.userId() == f.userId(QStringLiteral("zhang")));
    CHECK(core::SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT role FROM users WHERE username = 'zhang'"))
              .toString() == QStringLiteral("sales"));
}

#include "shell/MainWindow.h"

#include "admin/BackupPage.h"
#include "app/AppContext.h"
#include "app/Page.h"
#include "app/UiSettings.h"
#include "reminders/ReminderBadge.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFont>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(std::unique_ptr<AppContext> app, QWidget* parent)
    : QMainWindow(parent), m_app(std::move(app)), m_entries(pagesFor(m_app->session())),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_navigation(new QListWidget(m_splitter)),
      m_stack(new QStackedWidget), m_messageBar(new MessageBar)
{
    setWindowTitle(tr("TeamLedger"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamledger.svg")));
    setMinimumSize(820, 560);
    m_app->setMessageBar(m_messageBar);
    m_app->setRestoreHandler([this](const QString& file) { emit restoreRequested(file); });
    m_app->setPageHandler(
        [this](const QString& key) -> Page* { return showPage(key) ? page(key) : nullptr; });

    auto* right = new QWidget(m_splitter);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({200, 900});
    setCentralWidget(m_splitter);

    buildNavigation();
    buildMenus();
    buildStatusBar();
    // The reminder centre's count in the navigation (DESIGN §2.9), counted in the background.
    if (pageKeys().contains(QStringLiteral("reminders"))) {
        m_reminderBadge = new ReminderBadge(*m_app, this);
        connect(m_reminderBadge, &ReminderBadge::countChanged, this,
                [this](qint64 count) { setPageBadge(QStringLiteral("reminders"), count); });
        m_reminderBadge->start();
    }

    if (!restoreGeometry(UiSettings::mainWindowGeometry.value()))
        resize(1200, 760);
    restoreState(UiSettings::mainWindowState.value());
    const QByteArray splitter = UiSettings::mainSplitter.value();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);

    const QString last = UiSettings::lastPage.value();
    if (!showPage(last) && !m_entries.isEmpty())
        showPage(m_entries.first().key);
}

MainWindow::~MainWindow()
{
    m_app->setPageHandler({});
    // Pages use the context: destroy them while it still exists.
    qDeleteAll(m_pages);
    m_pages.clear();
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 6px 4px; }"));
    QString group;
    for (const PageEntry& entry : m_entries) {
        if (entry.group != group) {
            group = entry.group;
            auto* header = new QListWidgetItem(group, m_navigation);
            header->setFlags(Qt::NoItemFlags);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
            header->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
        }
        auto* item = new QListWidgetItem(entry.icon, entry.title, m_navigation);
        item->setData(kKeyRole, entry.key);
        item->setToolTip(entry.title);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_app->session().can(core::Permission::BackupRestore)) {
        QAction* backup = file->addAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Back up now…"));
        connect(backup, &QAction::triggered, this, &MainWindow::backupNow);
        file->addSeparator();
    }
    QAction* logout =
        file->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Switch user / log out"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logout, &QAction::triggered, this, [this] {
        m_loggingOut = true;
        emit logoutRequested();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About TeamLedger"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::buildStatusBar()
{
    const core::Session& s = m_app->session();
    auto* user =
        new QLabel(tr("User: %1 (%2)").arg(s.displayName.isEmpty() ? s.username : s.displayName, s.username));
    auto* role = new QLabel(tr("Role: %1").arg(core::roleDisplayName(s.role)));
    const QString path = QDir::toNativeSeparators(m_app->databasePath());
    auto* database = new QLabel(tr("Database: %1").arg(path));
    database->setToolTip(path);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(user);
    statusBar()->addWidget(role);
    statusBar()->addPermanentWidget(database);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const PageEntry& e : m_entries)
        keys << e.key;
    return keys;
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    for (const PageEntry& e : m_entries)
        titles << e.title;
    return titles;
}

Page* MainWindow::page(const QString& key) const
{
    return m_pages.value(key, nullptr);
}

void MainWindow::setPageBadge(const QString& key, qint64 count)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(kKeyRole).toString() != key)
            continue;
        const QString title = item->toolTip(); // the plain title
        item->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
        return;
    }
}

QString MainWindow::navigationText(const QString& key) const
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(kKeyRole).toString() == key)
            return m_navigation->item(row)->text();
    return {};
}

bool MainWindow::showPage(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kKeyRole).toString() == key) {
            if (m_navigation->currentRow() == row)
                onNavigationRowChanged(row);
            else
                m_navigation->setCurrentRow(row);
            return m_currentKey == key;
        }
    }
    return false;
}

void MainWindow::onNavigationRowChanged(int row)
{
    QListWidgetItem* item = m_navigation->item(row);
    if (!item)
        return;
    const QString key = item->data(kKeyRole).toString();
    auto entry =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const PageEntry& e) { return e.key == key; });
    if (entry == m_entries.cend())
        return;
    Page* page = m_pages.value(key, nullptr);
    if (!page) {
        page = entry->create(*m_app, m_stack);
        m_pages.insert(key, page);
        m_stack->addWidget(page);
    }
    if (m_currentKey != key)
        m_messageBar->dismiss();
    m_currentKey = key;
    m_stack->setCurrentWidget(page);
    setWindowTitle(tr("%1 — TeamLedger").arg(entry->title));
    page->activate();
}

void MainWindow::backupNow()
{
    if (!showPage(QStringLiteral("backup")))
        return;
    if (auto* backup = qobject_cast<BackupPage*>(page(QStringLiteral("backup"))))
        backup->backupNow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About TeamLedger"),
                       tr("<h3>TeamLedger %1</h3>"
                          "<p>Sales team ledger for small and medium companies: people, customers, "
                          "receivables, performance and payroll, on this computer only.</p>"
                          "<p>Qt %2</p>")
                           .arg(QStringLiteral(TL_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::saveState()
{
    UiSettings::mainWindowGeometry.setValue(saveGeometry());
    UiSettings::mainWindowState.setValue(QMainWindow::saveState());
    UiSettings::mainSplitter.setValue(m_splitter->saveState());
    if (!m_currentKey.isEmpty())
        UiSettings::lastPage.setValue(m_currentKey);
}

void MainWindow::closeWithoutQuitting()
{
    m_loggingOut = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
    if (!m_loggingOut)
        emit closed();
}

} // namespace tl::ui

#include "reminders/ReminderTrayNotifier.h"

#include "app/AppContext.h"
#include "pool/BackgroundRead.h"
#include "reminders/ReminderCentre.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace tl::ui {

ReminderTrayNotifier::ReminderTrayNotifier(AppContext& app, QWidget* window)
    : QObject(window), m_app(app), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReminderTrayNotifier::check);
}

ReminderTrayNotifier::~ReminderTrayNotifier()
{
    if (m_tray)
        m_tray->hide();
}

bool ReminderTrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void ReminderTrayNotifier::start()
{
    if (!isAvailable() || m_tray)
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/teamledger.svg")), this);
    m_tray->setToolTip(tr("TeamLedger"));
    auto* menu = new QMenu(m_window);
    connect(menu->addAction(tr("Open the reminder centre")), &QAction::triggered, this,
            &ReminderTrayNotifier::showReminderCentre);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderTrayNotifier::showReminderCentre);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showReminderCentre();
    });
    m_tray->show();
    m_timer->start(FirstCheckMs);
}

void ReminderTrayNotifier::check()
{
    if (m_checking)
        return;
    m_checking = true;
    readInBackground<QList<core::Reminder>>(
        this, m_app, [](const core::Context& ctx) { return core::ReminderCentre(ctx).unnotified(); },
        [this](const core::Result<QList<core::Reminder>>& reminders) {
            m_checking = false;
            if (!reminders)
                qWarning("reminder notification failed: %s", qPrintable(reminders.error().fullText()));
            else if (!reminders->isEmpty())
                announce(*reminders);
            m_timer->start(CheckIntervalMs);
        });
}

QString ReminderTrayNotifier::messageTitle(const QList<core::Reminder>& reminders)
{
    return tr("%n new reminder(s)", nullptr, int(reminders.size()));
}

QString ReminderTrayNotifier::messageText(const QList<core::Reminder>& reminders)
{
    QStringList lines;
    for (const core::Reminder& r : reminders) {
        if (lines.size() == MaxTitlesShown)
            break;
        lines << (reminders.size() == 1 ? tr("%1\n%2").arg(r.title, r.detail) : r.title);
    }
    if (reminders.size() > MaxTitlesShown)
        lines << tr("and %n more in the reminder centre", nullptr, int(reminders.size()) - MaxTitlesShown);
    return lines.join(QLatin1Char('\n'));
}

void ReminderTrayNotifier::announce(const QList<core::Reminder>& reminders)
{
    if (!m_tray)
        return;
    bool critical = false;
    for (const core::Reminder& r : reminders)
        critical = critical || r.severity == core::ReminderSeverity::Critical;
    m_tray->showMessage(messageTitle(reminders), messageText(reminders),
                        critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void ReminderTrayNotifier::showReminderCentre()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_app.showPage(QStringLiteral("reminders"));
}

} // namespace tl::ui

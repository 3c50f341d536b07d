#pragma once

#include "reminders/Reminder.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace tl::ui {

class AppContext;

// Desktop notifications of new reminders (DESIGN §2.9) through the system tray: a minute after the start and
// then every few minutes, the reminders not notified yet (core::ReminderCentre::unnotified, which marks
// them notified) are announced in one balloon; clicking it or the tray icon brings the window to the front
// on the reminder centre. Only where a system tray exists (isAvailable()); the application shell creates it,
// never the tests.
class ReminderTrayNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstCheckMs = 60 * 1000;
    static constexpr int CheckIntervalMs = 5 * 60 * 1000;
    static constexpr int MaxTitlesShown = 3;

    ReminderTrayNotifier(AppContext& app, QWidget* window);
    ~ReminderTrayNotifier() override;

    static bool isAvailable();
    void start();

    // The balloon's title and text for a batch of reminders.
    static QString messageTitle(const QList<core::Reminder>& reminders);
    static QString messageText(const QList<core::Reminder>& reminders);

public slots:
    void check();
    void showReminderCentre();

private:
    void announce(const QList<core::Reminder>& reminders);

    AppContext& m_app;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer;
    bool m_checking = false;
};

} // namespace tl::ui

#pragma once

#include "customers/PoolSweep.h"

#include <QObject>

#include <optional>

namespace tl::ui {

class AppContext;

// The GUI's automatic pool sweep (DESIGN §2.2): once a day, after login and after the main window shows,
// with the system session on a worker thread that opens its own connection. The outcome is reported in the
// message bar ("已将 N 个客户收回公海，M 个客户即将进入公海") and the lists hear "customers".
// Due when PoolSweep::lastRunDate is before the clock's today.
class StartupSweep : public QObject
{
    Q_OBJECT
public:
    explicit StartupSweep(AppContext& app, QObject* parent = nullptr);

    bool isDue() const;
    bool isRunning() const { return m_running; }
    // Starts the sweep in the background when it is due and not running; returns whether it started.
    bool start();
    // Starts it (when due) delayMs after the event loop gets back, so the window paints first.
    void startLater(int delayMs = 300);
    const std::optional<core::PoolSweep::Outcome>& outcome() const { return m_outcome; }

    // The report line for the message bar; empty when the sweep neither moved nor warned anyone.
    static QString reportText(const core::PoolSweep::Outcome& outcome);

signals:
    void finished(bool ok);

private:
    void finish(const core::Result<core::PoolSweep::Outcome>& result);

    AppContext& m_app;
    std::optional<core::PoolSweep::Outcome> m_outcome;
    bool m_running = false;
};

} // namespace tl::ui

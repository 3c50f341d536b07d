#include "pool/StartupSweep.h"

#include "app/AppContext.h"
#include "db/Database.h"
#include "pool/BackgroundRead.h"
#include "pool/PoolFactsSource.h"
#include "widgets/MessageBar.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>

namespace tl::ui {

namespace {

using SweepResult = core::Result<core::PoolSweep::Outcome>;

// In the worker thread: its own connection, the system session, today by the application's clock.
SweepResult sweepInWorker(const QString& databasePath, const core::Clock& clock)
{
    try {
        auto db = core::Database::open(databasePath, core::Database::OpenMode::OpenExisting);
        if (!db)
            return db.error();
        const core::Context ctx{**db, clock, core::Session::systemSession(), nullptr};
        core::NullProgress progress;
        return core::PoolSweep(ctx, poolFacts(ctx.db)).run(clock.today(), false, progress);
    } catch (const std::exception& e) {
        return core::Error::internal(
            QCoreApplication::translate("tl::ui::StartupSweep", "The pool sweep failed: %1")
                .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

StartupSweep::StartupSweep(AppContext& app, QObject* parent) : QObject(parent), m_app(app) {}

bool StartupSweep::isDue() const
{
    const QDate last = core::PoolSweep::lastRunDate(m_app.db());
    return !last.isValid() || last < m_app.clock().today();
}

bool StartupSweep::start()
{
    if (m_running || !isDue())
        return false;
    m_running = true;
    const QString path = m_app.databasePath();
    const std::shared_ptr<const core::Clock> clock = workerClock(m_app.clock());
    auto* watcher = new QFutureWatcher<SweepResult>(this);
    connect(watcher, &QFutureWatcher<SweepResult>::finished, this, [this, watcher] {
        finish(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, clock] { return sweepInWorker(path, *clock); }));
    return true;
}

void StartupSweep::startLater(int delayMs)
{
    QTimer::singleShot(delayMs, this, [this] { start(); });
}

QString StartupSweep::reportText(const core::PoolSweep::Outcome& outcome)
{
    if (outcome.moved.isEmpty() && outcome.warned.isEmpty())
        return {};
    return tr("The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.", nullptr,
              int(outcome.moved.size()))
        .arg(outcome.warned.size());
}

void StartupSweep::finish(const SweepResult& result)
{
    m_running = false;
    if (!result) {
        qWarning("automatic pool sweep failed: %s", qPrintable(result.error().fullText()));
        if (MessageBar* bar = m_app.messageBar())
            bar->showMessage(tr("The automatic pool sweep failed: %1").arg(result.error().message),
                             MessageBar::Kind::Warning);
        emit finished(false);
        return;
    }
    m_outcome = *result;
    const QString text = reportText(*result);
    if (!text.isEmpty()) {
        if (MessageBar* bar = m_app.messageBar())
            bar->showMessage(text, MessageBar::Kind::Information);
    }
    if (!result->moved.isEmpty()) {
        QList<qint64> ids;
        for (const core::PoolSweep::Item& item : result->moved)
            ids << item.customerId;
        m_app.notifier().notify(QStringLiteral("customers"), ids);
    }
    emit finished(true);
}

} // namespace tl::ui

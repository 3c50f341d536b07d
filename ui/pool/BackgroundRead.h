#pragma once

#include "app/AppContext.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>

namespace tl::ui {

// The clock a worker thread uses: the page (and the application's clock with it) may go away while the
// worker runs, e.g. on logout. The system clock goes on ticking; a fixed clock (tests) is copied as it
// stands.
std::shared_ptr<const core::Clock> workerClock(const core::Clock& clock);

// Reads on a worker thread with its own connection and the session of the application, then hands the
// result to `done` on the GUI thread — unless `receiver` was destroyed meanwhile. For reads that can take
// longer than a frame on big databases (a month of check-ins, the funnel over a year), so that the window
// never stalls. Callers drop results of reads that a newer one replaced.
template <typename T>
void readInBackground(QObject* receiver, const AppContext& app,
                      std::function<core::Result<T>(const core::Context&)> read,
                      std::function<void(const core::Result<T>&)> done)
{
    using R = core::Result<T>;
    const QString path = app.databasePath();
    const core::Session session = app.session();
    const std::shared_ptr<const core::Clock> clock = workerClock(app.clock());
    auto* watcher = new QFutureWatcher<R>(receiver);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, receiver, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, session, clock, read = std::move(read)]() -> R {
        try {
            auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
            if (!db)
                return db.error();
            const core::Context ctx{**db, *clock, session, nullptr};
            return read(ctx);
        } catch (const std::exception& e) {
            return core::Error::internal(
                QCoreApplication::translate("tl::ui::BackgroundRead", "Reading failed: %1")
                    .arg(QString::fromUtf8(e.what())));
        }
    }));
}

} // namespace tl::ui

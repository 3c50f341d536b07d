#include "widgets/JobRunner.h"

#include "db/Database.h"
#include "widgets/JobDialog.h"
#include "widgets/JobProgress.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>

namespace tl::ui {

namespace {

// Runs in the worker thread: the job's own connection is opened, used and closed there.
core::Status runInWorker(const QString& databasePath, const JobRunner::Work& work, core::Progress& progress)
{
    try {
        // Without a path the job still gets a valid (private, in-memory) database it should not use.
        auto opened = databasePath.isEmpty()
                          ? core::Database::openInMemory()
                          : core::Database::open(databasePath, core::Database::OpenMode::OpenExisting);
        if (!opened)
            return opened.error();
        std::unique_ptr<core::Database> db = std::move(opened).value();
        return work(*db, progress);
    } catch (const std::exception& e) {
        return core::Error::internal(QCoreApplication::translate("tl::ui::JobRunner", "The job failed: %1")
                                         .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

void JobRunner::run(QWidget* parent, const QString& title, const QString& databasePath, Work work, Done done)
{
    auto progress = std::make_shared<JobProgress>();
    auto* dialog = new JobDialog(parent, title, progress);
    auto* watcher = new QFutureWatcher<core::Status>(dialog);
    QObject::connect(watcher, &QFutureWatcher<core::Status>::finished, dialog,
                     [dialog, watcher, done = std::move(done)] {
                         const core::Status status = watcher->result();
                         dialog->finish();
                         dialog->deleteLater();
                         if (done)
                             done(status);
                     });
    watcher->setFuture(QtConcurrent::run([databasePath, work = std::move(work), progress]() -> core::Status {
        return runInWorker(databasePath, work, *progress);
    }));
}

} // namespace tl::ui

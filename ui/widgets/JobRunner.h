#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tl::core {
class Database;
}

namespace tl::ui {

// Runs long work (imports, backups, demo generation) off the GUI thread, with its own database
// connection opened in the worker thread from the path given, and shows a progress dialog with a
// progress bar and a Cancel button (not modal to the event loop: the window keeps repainting).
// `done` runs on the GUI thread with the job's status (a cancelled job returns an error of its choice).
class JobRunner
{
public:
    using Work = std::function<core::Status(core::Database& db, core::Progress& progress)>;
    using Done = std::function<void(const core::Status& status)>;

    // databasePath empty = the work gets no database (db refers to nothing; do not touch it).
    static void run(QWidget* parent, const QString& title, const QString& databasePath, Work work, Done done);
};

} // namespace tl::ui

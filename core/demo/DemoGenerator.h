#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tl::core {

class Database;
class Clock;

// The demo company (DESIGN §4 `demo`): reproducible from a seed at three scales; later modules extend it.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DemoGenerator)
public:
    enum class Scale
    {
        Small,
        Medium,
        Large
    }; // large = 10,000 employees (8,000 in sales)

    struct Options
    {
        Scale scale = Scale::Small;
        quint64 seed = 20260101;
        QString companyName; // empty = a default Chinese company name
        QString city = QStringLiteral("shanghai");
        QString adminPassword; // the admin user's password; demo users (hr, finance, manager, sales, auditor)
                               // get the same password
    };

    static std::optional<Scale> scaleFromKey(const QString& key); // "small", "medium", "large"

    // Fills a new, empty (migrated, not yet initialized) database. Reports progress, can be cancelled
    // (then nothing is written).
    static Status generate(Database& db, const Clock& clock, const Options& options, Progress& progress);
};

} // namespace tl::core

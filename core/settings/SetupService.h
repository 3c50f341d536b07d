#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tl::core {

class Clock;
class Database;

// First start (DESIGN §3, CLI `init`): fills a new, empty database with the company, the built-in city
// profiles, the default company rules and pool rules and limits (DESIGN §5) and the administrator, all
// audited as "system".
class SetupService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::SetupService)
public:
    // city: "shanghai" or "beijing" (also 上海 / 北京). Refuses (Conflict) when the company exists;
    // Invalid when a field is bad (the password needs at least 8 characters). All or nothing.
    static Status initialize(Database& db, const Clock& clock, const QString& companyName,
                             const QString& city, const QString& adminUsername, const QString& adminPassword,
                             const QString& adminDisplayName);
    static bool isInitialized(const Database& db);
};

} // namespace tl::core

#pragma once

#include <QString>

namespace tl::core {

// The application's identity for QStandardPaths and QSettings, shared by the GUI and the CLI.
inline constexpr const char* kOrganizationName = "TeamLedger";
inline constexpr const char* kApplicationName = "teamledger";

// Sets QCoreApplication's organization and application names to the values above.
void applyApplicationIdentity();

// The database used when no path is given: QStandardPaths::AppDataLocation of organization "TeamLedger",
// application "teamledger", + "/teamledger.db". The same for the GUI and the CLI, whatever the calling
// program's own application name is.
QString defaultDatabasePath();

} // namespace tl::core

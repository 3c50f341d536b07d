#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "org/Employee.h"

#include <QByteArray>
#include <QString>

namespace tl::core {
class Database;
}

namespace tl::test {

QString ioDataPath(const QString& file); // tests/data/io/<file>
core::Session sessionFor(core::Role role);

// Imports a file or bytes of the `employees` kind with a fresh NullProgress.
core::Result<core::ImportResult> importEmployeesFile(const core::Context& ctx, const QString& path,
                                                     core::ImportOptions options = {});
core::Result<core::ImportResult> importEmployeesCsv(const core::Context& ctx, const QByteArray& csv,
                                                    core::ImportOptions options = {});

// The stored (unmasked) record; fails the test when it does not exist.
core::Employee storedEmployee(core::Database& db, const QString& code);
QString departmentPathOf(core::Database& db, qint64 departmentId);
qint64 countRows(core::Database& db, const QString& table);

// Checks that E001..E004 of tests/data/io/employees_*.csv are stored as written there.
void checkSampleEmployees(core::Database& db);

} // namespace tl::test

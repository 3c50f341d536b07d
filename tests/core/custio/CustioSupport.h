#pragma once

#include <catch2/catch.hpp>

#include "common/Context.h"
#include "common/Result.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tl::core {
class Database;
}

// Readable Catch2 output for the Qt values the tests compare.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[\n  " + value.join(QStringLiteral("\n  ")).toStdString() + "\n]";
    }
};
template <> struct StringMaker<std::pair<int, QString>>
{
    static std::string convert(const std::pair<int, QString>& value)
    {
        return "(" + std::to_string(value.first) + ", " + value.second.toStdString() + ")";
    }
};
} // namespace Catch

// Shared by the customer import/export, CLI and demo tests (tests/core/custio).
namespace tl::test {

QString custioDataPath(const QString& file); // tests/data/custio/<file>

// The people of the sample files: E001 张伟 (sales manager of 销售中心), E002 李娜 and E003 王强
// (salespeople of 销售中心/销售一部, reporting to E001).
struct Team
{
    qint64 manager = 0;
    qint64 li = 0;         // E002
    qint64 wang = 0;       // E003
    qint64 department = 0; // 销售中心/销售一部
};
Team makeTeam(const core::Context& ctx);

// An administrator's session (userId 0): ImportData, EditCustomers, ViewAllCustomers.
core::Session adminSession();

core::Result<core::ImportResult> importFile(const core::Context& ctx, const QString& kind,
                                            const QString& file, core::ImportOptions options = {});
core::Result<core::ImportResult> importCsv(const core::Context& ctx, const QString& kind,
                                           const QByteArray& csv, core::ImportOptions options = {});
// Imports a file of tests/data/custio and fails the test unless it imported cleanly.
void importSample(const core::Context& ctx, const QString& kind, const QString& file);

QList<std::pair<int, QString>> cells(const QList<core::FieldProblem>& problems);
// Every row of a query, its columns joined by '|' (NULL as an empty string).
QStringList rows(core::Database& db, const QString& sql);
qint64 scalar(core::Database& db, const QString& sql);
// AuditLog::verify finds nothing (every written row is audited as it is).
void requireAuditClean(core::Database& db);

} // namespace tl::test

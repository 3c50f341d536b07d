#pragma once

#include <catch2/catch.hpp>

#include "common/Context.h"
#include "common/Result.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "sales/Contract.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tl::core {
class Database;
}

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

// Shared by the receivables import/export and XLSX tests (tests/core/recio).
namespace tl::test {

QString recioDataPath(const QString& file); // tests/data/recio/<file>

// The people and customers of the sample files: E001 张伟 (sales manager of 销售中心), E002 李娜 and E003
// 王强 (salespeople of 销售中心/销售一部); customers K001 (owned by E002), K002 (E003), K003 (E002).
struct Ledger
{
    qint64 manager = 0;
    qint64 li = 0;   // E002
    qint64 wang = 0; // E003
    qint64 department = 0;
    qint64 k001 = 0;
    qint64 k002 = 0;
    qint64 k003 = 0;
};
Ledger makeLedger(const core::Context& ctx);

// A finance session (ImportReceivables, EditContracts, RecordPayments, ViewAllReceivables).
core::Session financeSession();

// A contract through ContractService (active; schedule: (due date, yuan) pairs numbered 1..n).
qint64 makeContract(const core::Context& ctx, const QString& number, qint64 customerId, qint64 salespersonId,
                    const QDate& signedOn, qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule,
                    core::ContractStatus status = core::ContractStatus::Active);
// A payment through PaymentService (automatic allocation).
qint64 recordPayment(const core::Context& ctx, const QString& number, qint64 customerId,
                     const QDate& receivedOn, qint64 amountYuan, qint64 contractId = 0);

core::Result<core::ImportResult> importFile(const core::Context& ctx, const QString& kind,
                                            const QString& file, core::ImportOptions options = {});
core::Result<core::ImportResult> importPath(const core::Context& ctx, const QString& kind,
                                            const QString& path, core::ImportOptions options = {});
core::Result<core::ImportResult> importCsv(const core::Context& ctx, const QString& kind,
                                           const QByteArray& csv, core::ImportOptions options = {});
// Imports a file of tests/data/recio and fails the test unless it imported cleanly.
void importSample(const core::Context& ctx, const QString& kind, const QString& file);
// Fails the test unless the result committed without problems.
void requireCommitted(const core::Result<core::ImportResult>& result);

QList<std::pair<int, QString>> cells(const QList<core::FieldProblem>& problems);
QStringList problemTexts(const QList<core::FieldProblem>& problems); // FieldProblem::toString()
// Every row of a query, its columns joined by '|' (NULL as an empty string).
QStringList rows(core::Database& db, const QString& sql);
qint64 scalar(core::Database& db, const QString& sql);
// AuditLog::verify finds nothing (every written row is audited as it is).
void requireAuditClean(core::Database& db);
// A fingerprint of the receivables tables (to show that a run wrote nothing).
QString ledgerChecksum(core::Database& db);

} // namespace tl::test

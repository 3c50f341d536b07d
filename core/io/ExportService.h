#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "io/ExportKind.h"
#include "io/TableWriter.h"

#include <QCoreApplication>

#include <memory>

namespace tl::core {

// Exports (DESIGN §2.10): CSV (UTF-8 with BOM) or XLSX (one sheet), formulas neutralised in both.
// The file appears only when the export succeeded; each export is recorded in the audit log as an event
// (who exported which list, how many rows), since exports carry personal data.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ExportService)

public:
    explicit ExportService(const Context& ctx) : m_ctx(ctx) {}

    static QStringList keys(); // "employees", "customers", "contracts", "installments", "payments"
    std::unique_ptr<ExportKind> create(const QString& key,
                                       const ExportOptions& options) const; // null if unknown

    // Exports one of keys() to path; returns the number of data rows.
    Result<qint64> exportFile(const QString& kind, const QString& path, const ExportOptions& options,
                              Progress& progress);
    // The export itself, for any kind and writer (finishes the writer).
    Result<qint64> run(ExportKind& kind, TableWriter& writer, Progress& progress);

    // A writer for path, by its extension (.xlsx: XlsxWriter; .csv, anything else or none: CSV; .xls is
    // refused).
    static Result<std::unique_ptr<TableWriter>> openWriter(const QString& path);

private:
    const Context m_ctx;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "io/ImportKind.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "io/TableReader.h"

#include <QCoreApplication>

#include <memory>

namespace tl::core {

// Runs imports (DESIGN §2.10): header binding, cell parsing, the kind's checks, a dry run that reports every
// problem, and an all-or-nothing commit in one transaction, audited, with change notifications after the
// commit. Give it the Context of the thread it runs in: a worker thread opens its own Database
// (Database::openAnother) and builds its Context around it.
//
// Problems in the data are not an Error: they come back in ImportResult::problems (committed = false).
// Errors are for what stops the import as a whole: permission, unreadable or malformed file, cancellation
// (ErrorCode::Conflict), database failure.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ImportService)

public:
    explicit ImportService(const Context& ctx) : m_ctx(ctx) {}

    // Imports a file of one of ImportKinds::keys(). The format is recognised by content: an XLSX workbook
    // (its first sheet, XlsxReader) or CSV (CsvReader); an old .xls workbook is refused with a message.
    Result<ImportResult> importFile(const QString& kind, const QString& path, const ImportOptions& options,
                                    Progress& progress);

    // The pipeline itself, for any kind and reader.
    Result<ImportResult> run(ImportKind& kind, TableReader& reader, const ImportOptions& options,
                             Progress& progress);

    // A reader for a file, chosen by its content.
    static Result<std::unique_ptr<TableReader>> openReader(const QString& path);

    // The text of a cell as kinds see it: trimmed and with an export's formula neutralising undone.
    static QString cleanCell(const QString& cell);
    // What a cancelled import returns (ErrorCode::Conflict); kinds return it from write() too.
    static Error cancelledError();

private:
    const Context m_ctx;
};

} // namespace tl::core

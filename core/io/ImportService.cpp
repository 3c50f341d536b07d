#include "io/ImportService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "db/ServiceGuard.h"
#include "db/Transaction.h"
#include "io/CsvReader.h"
#include "io/FormulaGuard.h"
#include "io/ImportHeader.h"
#include "io/ImportKinds.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace tl::core {

namespace {

constexpr int kProgressEvery = 256; // rows between progress reports and cancellation checks

} // namespace

QString ImportService::cleanCell(const QString& cell)
{
    return restoreNeutralized(cell.trimmed()).trimmed();
}

Error ImportService::cancelledError()
{
    return Error{ErrorCode::Conflict, tr("The import was cancelled; nothing was written."), {}, {}, {}};
}

Result<std::unique_ptr<TableReader>> ImportService::openReader(const QString& path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot open %1: %2").arg(path, probe.errorString()), path);
    const QByteArray magic = probe.peek(4);
    probe.close();
    if (magic == QByteArrayLiteral("PK\x03\x04")) {
        Result<std::unique_ptr<XlsxReader>> xlsx = XlsxReader::openFile(path);
        if (!xlsx)
            return xlsx.error();
        return std::unique_ptr<TableReader>(std::move(xlsx).value());
    }
    if (magic == QByteArrayLiteral("\xD0\xCF\x11\xE0"))
        return Error::invalid(
            tr("%1 is an Excel 97-2003 workbook (.xls), which cannot be read. Save the sheet "
               "as an Excel workbook (.xlsx) or as \"CSV UTF-8\" and import that file.")
                .arg(path));
    Result<std::unique_ptr<CsvReader>> csv = CsvReader::openFile(path);
    if (!csv)
        return csv.error();
    return std::unique_ptr<TableReader>(std::move(csv).value());
}

Result<ImportResult> ImportService::importFile(const QString& kind, const QString& path,
                                               const ImportOptions& options, Progress& progress)
{
    std::unique_ptr<ImportKind> importKind = ImportKinds::create(kind, m_ctx);
    if (!importKind)
        return Error::invalid(tr("Unknown import kind %1; the kinds are: %2")
                                  .arg(kind, ImportKinds::keys().join(QStringLiteral(", "))));
    if (!m_ctx.session.can(importKind->permission()))
        return Error::denied(tr("You may not import %1.").arg(ImportKinds::displayName(kind)));
    Result<std::unique_ptr<TableReader>> reader = openReader(path);
    if (!reader)
        return reader.error();
    return run(*importKind, **reader, options, progress);
}

Result<ImportResult> ImportService::run(ImportKind& kind, TableReader& reader, const ImportOptions& options,
                                        Progress& progress)
{
    return guarded([&]() -> Result<ImportResult> {
        if (!m_ctx.session.can(kind.permission()))
            return Error::denied(tr("You may not import %1.").arg(ImportKinds::displayName(kind.key())));
        const Error cancelled = cancelledError();

        ImportResult result;
        result.kind = kind.key();
        result.dryRun = options.dryRun;

        // A committing run validates inside its write transaction: nothing can change in between.
        std::optional<Transaction> tx;
        if (!options.dryRun)
            tx.emplace(m_ctx.db);

        const Result<TableRow> header = reader.readHeader();
        if (!header)
            return header.error();
        const QList<ImportColumn>& columns = kind.columns();
        ProblemSink problems(options.maxProblems);
        const ImportHeader binding = ImportHeader::bind(columns, *header, problems);
        problems.setColumnNames(binding.names());

        const Status prepared = kind.prepare(options);
        if (!prepared)
            return prepared.error();

        progress.setText(tr("Checking the rows…"));
        progress.setTotal(reader.progressTotal());
        progress.setDone(0);
        ImportRow row(int(columns.size()));
        TableRow raw;
        for (;;) {
            const Result<bool> more = reader.readRow(raw);
            if (!more)
                return more.error();
            if (!*more)
                break;
            ++result.rows;
            row.reset(raw.number);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const int f = binding.fileColumn(int(c));
                if (f < 0)
                    continue;
                QString text = f < raw.cells.size() ? cleanCell(raw.cells.at(f)) : QString();
                const CellParser& parser = columns.at(c).parser;
                if (text.isEmpty() || !parser) {
                    QVariant value = text.isEmpty() ? QVariant() : QVariant(text);
                    row.setCell(int(c), std::move(text), std::move(value), false);
                    continue;
                }
                CellValue parsed = parser(text);
                if (!parsed.ok())
                    problems.add(raw.number, int(c), text, parsed.problem);
                const bool failed = !parsed.ok();
                row.setCell(int(c), std::move(text), std::move(parsed.value), failed);
            }
            // Data in a column without a header cannot be placed anywhere.
            for (qsizetype f = 0; f < raw.cells.size(); ++f) {
                if (binding.isBound(int(f)) ||
                    (f < binding.fileHeaders().size() && !binding.fileHeaders().at(f).isEmpty()))
                    continue;
                const QString text = cleanCell(raw.cells.at(f));
                if (!text.isEmpty())
                    problems.add(FieldProblem{raw.number, ImportHeader::columnLetter(int(f)), text,
                                              tr("this cell is in a column without a header")});
            }
            kind.addRow(row, problems);
            if (result.rows % kProgressEvery == 0) {
                progress.setDone(reader.progressDone());
                if (progress.isCancelled())
                    return cancelled;
            }
        }
        progress.setDone(reader.progressTotal());
        kind.finish(problems, result);

        auto takeProblems = [&] { // in row order; checks across rows (finish) report after the row checks
            result.problems = problems.problems();
            std::stable_sort(result.problems.begin(), result.problems.end(),
                             [](const FieldProblem& a, const FieldProblem& b) { return a.row < b.row; });
            result.problemsOmitted = problems.omitted();
        };
        if (!problems.isEmpty() || options.dryRun) {
            takeProblems();
            return result; // a committing run with problems rolls back here (nothing was written anyway)
        }
        if (progress.isCancelled())
            return cancelled;

        progress.setText(tr("Writing…"));
        const Status written = kind.write(problems, progress, result);
        if (!written)
            return written.error();
        if (!problems.isEmpty()) {
            takeProblems();
            return result; // rolled back
        }
        if (progress.isCancelled())
            return cancelled;

        QJsonObject details;
        details.insert(QStringLiteral("rows"), result.rows);
        details.insert(QStringLiteral("created"), result.created);
        details.insert(QStringLiteral("updated"), result.updated);
        AuditLog(m_ctx).event(QStringLiteral("import"), kind.key(), details);

        ChangeNotifier* notifier = m_ctx.notifier;
        const QStringList entities = kind.changedEntities();
        tx->afterCommit([notifier, entities] {
            if (notifier)
                for (const QString& entity : entities)
                    notifier->notify(entity);
        });
        tx->commit();
        result.committed = true;
        return result;
    });
}

} // namespace tl::core

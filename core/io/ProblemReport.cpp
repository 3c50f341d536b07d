#include "io/ProblemReport.h"

#include "io/CsvWriter.h"

namespace tl::core {

Status ProblemReport::writeCsv(const QList<FieldProblem>& problems, const QString& path, qint64 omitted)
{
    Result<std::unique_ptr<CsvWriter>> opened = CsvWriter::openFile(path);
    if (!opened)
        return opened.error();
    CsvWriter& writer = **opened;
    Status written = writer.writeRow(
        {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("reason")});
    for (const FieldProblem& p : problems) {
        if (!written)
            return written;
        written =
            writer.writeRow({p.row > 0 ? QString::number(p.row) : QString(), p.column, p.value, p.reason});
    }
    if (written && omitted > 0)
        written = writer.writeRow({{}, {}, {}, tr("%n more problem(s) not listed", nullptr, int(omitted))});
    if (!written)
        return written;
    return writer.finish();
}

} // namespace tl::core

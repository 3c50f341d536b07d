#include "io/ImportProblems.h"

namespace tl::core {

int columnIndex(const QList<ImportColumn>& columns, const QString& key)
{
    for (qsizetype c = 0; c < columns.size(); ++c)
        if (columns.at(c).key == key)
            return int(c);
    return -1;
}

void addRowProblems(const QList<ImportColumn>& columns, const ImportRow& row,
                    const QList<FieldProblem>& problems, ProblemSink& sink)
{
    for (const FieldProblem& p : problems) {
        const int column = columnIndex(columns, p.column);
        if (column >= 0 && row.failed(column))
            continue; // the cell was already reported as unreadable
        if (column >= 0 && !row.present(column) && columns.at(column).required)
            continue; // the missing column was reported on the header row
        const QString shown = column >= 0 ? sink.columnName(column) : p.column;
        const QString value = column >= 0 && row.present(column) ? row.text(column) : p.value;
        sink.add(FieldProblem{row.number(), shown, value, p.reason});
    }
}

} // namespace tl::core

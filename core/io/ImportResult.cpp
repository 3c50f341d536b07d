#include "io/ImportResult.h"

#include "io/ImportKinds.h"

#include <algorithm>

namespace tl::core {

QStringList ImportResult::relatedLabels(const QString& entity) const
{
    for (const Related& related : relatedCreated)
        if (related.entity == entity)
            return related.labels;
    return {};
}

QString ImportResult::formatRowRanges(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QStringList parts;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(rows.at(i))
                         : QStringLiteral("%1-%2").arg(rows.at(i)).arg(rows.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString ImportResult::summary() const
{
    QStringList lines;
    lines << tr("%n data row(s) read.", nullptr, rows);
    if (hasProblems()) {
        lines << tr("%n problem(s) found; nothing was written.", nullptr,
                    int(problems.size() + problemsOmitted));
        if (problemsOmitted > 0)
            lines << tr("Only the first %n problem(s) are listed.", nullptr, int(problems.size()));
        return lines.join(QLatin1Char('\n'));
    }
    if (committed) {
        lines << tr("Created: %1. Updated: %2. Unchanged: %3.").arg(created).arg(updated).arg(unchanged);
    } else {
        lines << (dryRun ? tr("Dry run: nothing was written.") : tr("Nothing was written."));
        lines << tr("To create: %1. To update: %2. Unchanged: %3.").arg(created).arg(updated).arg(unchanged);
    }
    if (!createdRows.isEmpty())
        lines << (committed ? tr("Rows created: %1") : tr("Rows to create: %1"))
                     .arg(formatRowRanges(createdRows));
    if (!updatedRows.isEmpty())
        lines << (committed ? tr("Rows updated: %1") : tr("Rows to update: %1"))
                     .arg(formatRowRanges(updatedRows));
    if (!unchangedRows.isEmpty())
        lines << tr("Rows unchanged: %1").arg(formatRowRanges(unchangedRows));
    lines << notes;
    return lines.join(QLatin1Char('\n'));
}

Error ImportResult::toError() const
{
    QString message = tr("The import of %1 has %n problem(s); nothing was written.", nullptr,
                         int(problems.size() + problemsOmitted))
                          .arg(ImportKinds::displayName(kind));
    return Error::invalid(message, problems);
}

} // namespace tl::core

#pragma once

#include "io/ImportColumn.h"
#include "io/ProblemSink.h"
#include "io/TableReader.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

// Binds the header row of a file to an import kind's columns. A header matches a column's key or one of
// its aliases, ignoring case, surrounding spaces, a byte-order mark, and treating spaces, hyphens and
// underscores alike ("Hire Date" = "hire_date"). Unknown, repeated and missing required headers are
// reported on row 1 (the header row) with the header text as written.
class ImportHeader
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ImportHeader)

public:
    static ImportHeader bind(const QList<ImportColumn>& columns, const TableRow& header,
                             ProblemSink& problems);

    // The file column of a kind column, -1 when the file does not have it.
    int fileColumn(int column) const { return m_fileColumn.at(column); }
    // The header text of a kind column as written in the file, or its display name when absent.
    const QStringList& names() const { return m_names; }
    // Header texts by file column (empty for a blank header cell).
    const QStringList& fileHeaders() const { return m_fileHeaders; }
    // Whether a file column belongs to a kind column.
    bool isBound(int fileColumn) const { return m_bound.value(fileColumn, false); }

    static QString normalize(const QString& header);
    // "A", "B", ... "Z", "AA": the spreadsheet name of a file column (0-based).
    static QString columnLetter(int fileColumn);

private:
    QList<int> m_fileColumn;
    QStringList m_names;
    QStringList m_fileHeaders;
    QList<bool> m_bound;
};

} // namespace tl::core

#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace tl::core {

// How a writer may present a column (an optional hint). Cells are always given as text; a writer that
// knows number formats (XLSX) stores a Money cell ("1234.56", as formatPlain() writes it) as a number
// shown as #,##0.00, an Integer cell as a whole number and a Date cell ("YYYY-MM-DD") as a date. A cell
// that does not read as its type (empty, masked "******") stays text. CSV ignores the hints.
enum class ColumnType
{
    Text,
    Money,
    Integer,
    Date
};

// A target for exports: CSV (CsvWriter) and XLSX (XlsxWriter) through the same interface.
// Cells are text as the user should see them (amounts as formatPlain(), dates ISO).
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Column hints for the rows written after the call (index = column; missing entries are Text).
    // Optional: writers that have no use for them ignore them.
    virtual void setColumnTypes(const QList<ColumnType>& types) { Q_UNUSED(types); }
    virtual Status writeRow(const QStringList& cells) = 0;
    // Completes the output. A file target appears at its path only now (written beside it, then renamed),
    // so a failed or abandoned export never leaves half a file.
    virtual Status finish() = 0;
};

} // namespace tl::core

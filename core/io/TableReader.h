#pragma once

#include "common/Result.h"

#include <QStringList>

namespace tl::core {

// One record of a table file. `number` is the row number a spreadsheet shows for it (the header is
// row 1 in an ordinary file; blank rows count, so the numbers match what the user sees).
struct TableRow
{
    int number = 0;
    QStringList cells;
};

// A source of rows for imports: CSV today (CsvReader), XLSX later through the same interface.
// Readers stream: only the current row is held as strings, so files of millions of rows fit.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // The header: the first row that is not blank. Call once, before readRow().
    virtual Result<TableRow> readHeader() = 0;
    // The next row that is not blank: true = `row` was filled, false = end of the data.
    // An Error for a malformed file (e.g. a quoted cell that is never closed).
    virtual Result<bool> readRow(TableRow& row) = 0;

    // For progress: the size of the input and how much of it has been consumed (same unit, e.g. bytes).
    virtual qint64 progressTotal() const = 0;
    virtual qint64 progressDone() const = 0;
};

} // namespace tl::core

#pragma once

#include "common/Result.h"

#include <QStringList>

namespace tl::core {

// A target for exports: CSV today (CsvWriter), XLSX later through the same interface.
// Cells are text as the user should see them (amounts already formatted, dates ISO).
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    virtual Status writeRow(const QStringList& cells) = 0;
    // Completes the output. A file target appears at its path only now (written beside it, then renamed),
    // so a failed or abandoned export never leaves half a file.
    virtual Status finish() = 0;
};

} // namespace tl::core

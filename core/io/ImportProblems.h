#pragma once

#include "common/Error.h"
#include "io/ImportColumn.h"
#include "io/ImportRow.h"
#include "io/ProblemSink.h"

#include <QList>

namespace tl::core {

// Reports the problems a core validator found in one import row. Validators name fields with the keys of
// the import template ("latitude", "owner_code"); each problem goes to that column as the file names it,
// with the cell's text. Problems on a cell the parser already rejected, or on a required column missing
// from the file (reported on the header row), are left out.
void addRowProblems(const QList<ImportColumn>& columns, const ImportRow& row,
                    const QList<FieldProblem>& problems, ProblemSink& sink);

// The index of the template column with this key, -1 when there is none.
int columnIndex(const QList<ImportColumn>& columns, const QString& key);

} // namespace tl::core

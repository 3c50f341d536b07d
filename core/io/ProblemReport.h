#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

// The problems of an import as a CSV file (`--errors OUT.csv`, the "save problems" button): columns
// row, column, value, reason; UTF-8 with BOM so Excel shows Chinese; values neutralised like any export.
class ProblemReport
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ProblemReport)

public:
    // `omitted` problems beyond those listed are mentioned in a last line.
    static Status writeCsv(const QList<FieldProblem>& problems, const QString& path, qint64 omitted = 0);
};

} // namespace tl::core

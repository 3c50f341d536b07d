#pragma once

#include "common/Result.h"
#include "receivables/AgingReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace tl::ui {

// Writes an ageing report to a spreadsheet (core/io writers, DESIGN §2.10): CSV or XLSX by the file's
// extension. Columns: code, name, one per bucket (the translated bucket labels), total, over 90 days, over
// 90 days share (percent with two decimals) and open items; amounts as "1234.56" (XLSX: numbers shown as
// #,##0.00); the totals row last, with an empty code and the translated "Total".
class AgingExport
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::AgingExport)

public:
    static core::Status write(const core::AgingReport::Report& report, const QString& path);

    static QStringList header(const core::AgingReport::Report& report);
    static QStringList cells(const core::AgingReport::Report& report, const core::AgingReport::Row& row);
    // Over 90 days ÷ total as "12.34" (basis points with two decimals, no % sign; "0.00" for no total).
    static QString shareCell(const core::AgingReport::Row& row);
};

} // namespace tl::ui

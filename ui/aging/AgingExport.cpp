#include "aging/AgingExport.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "models/AgingTableModel.h"
#include "money/MoneyFormat.h"

#include <QFileInfo>

#include <memory>

namespace tl::ui {

QStringList AgingExport::header(const core::AgingReport::Report& report)
{
    QStringList cells{tr("Code"), core::AgingReport::dimensionName(report.by)};
    cells << report.buckets.labels();
    cells << tr("Total") << tr("Over 90 days") << tr("Over 90 days %") << tr("Open items");
    return cells;
}

QString AgingExport::shareCell(const core::AgingReport::Row& row)
{
    const int bp = AgingTableModel::over90ShareBp(row);
    return QStringLiteral("%1.%2").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0'));
}

QStringList AgingExport::cells(const core::AgingReport::Report& report, const core::AgingReport::Row& row)
{
    QStringList cells{row.key, row.name};
    for (int bucket = 0; bucket < report.buckets.count(); ++bucket)
        cells << core::formatPlain(core::Money::fromFen(row.amounts.value(bucket)));
    cells << core::formatPlain(core::Money::fromFen(row.total))
          << core::formatPlain(core::Money::fromFen(row.over90)) << shareCell(row)
          << QString::number(row.count);
    return cells;
}

core::Status AgingExport::write(const core::AgingReport::Report& report, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::unique_ptr<core::TableWriter> writer;
    if (suffix == QLatin1String("xlsx")) {
        auto opened = core::XlsxWriter::openFile(path, tr("Ageing"));
        if (!opened)
            return opened.error();
        writer = std::move(opened).value();
    } else if (suffix == QLatin1String("csv")) {
        auto opened = core::CsvWriter::openFile(path);
        if (!opened)
            return opened.error();
        writer = std::move(opened).value();
    } else {
        return core::Error::invalid(tr("Choose a file ending in .csv or .xlsx."));
    }
    QList<core::ColumnType> types{core::ColumnType::Text, core::ColumnType::Text};
    for (int bucket = 0; bucket < report.buckets.count(); ++bucket)
        types << core::ColumnType::Money;
    types << core::ColumnType::Money << core::ColumnType::Money << core::ColumnType::Text
          << core::ColumnType::Integer;
    if (core::Status s = writer->writeRow(header(report)); !s)
        return s;
    writer->setColumnTypes(types);
    for (const core::AgingReport::Row& row : report.rows)
        if (core::Status s = writer->writeRow(cells(report, row)); !s)
            return s;
    if (core::Status s = writer->writeRow(cells(report, report.total)); !s)
        return s;
    return writer->finish();
}

} // namespace tl::ui

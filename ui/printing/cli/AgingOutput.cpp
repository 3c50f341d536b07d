#include "printing/cli/AgingOutput.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "money/MoneyFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tl::ui {

namespace {

QString jsonString(const QString& text)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

QString plain(qint64 fen)
{
    return core::formatPlain(core::Money::fromFen(fen));
}

// "\"not_due\":\"1.00\",…,\"total\":\"9.00\"" for a row.
QString jsonAmounts(const core::AgingReport::Report& report, const core::AgingReport::Row& row)
{
    QStringList parts;
    for (int b = 0; b < report.buckets.count(); ++b)
        parts << jsonString(report.buckets.key(b)) + QLatin1Char(':') +
                     jsonString(plain(row.amounts.value(b)));
    parts << QStringLiteral("\"total\":") + jsonString(plain(row.total));
    return parts.join(QLatin1Char(','));
}

QStringList cells(const core::AgingReport::Report& report, const core::AgingReport::Row& row,
                  const QString& key, const QString& name)
{
    QStringList list{key, name};
    for (int b = 0; b < report.buckets.count(); ++b)
        list << plain(row.amounts.value(b));
    list << plain(row.total);
    return list;
}

QStringList header(const core::AgingReport::Report& report)
{
    return QStringList{QStringLiteral("key"), QStringLiteral("name")} + report.buckets.keys() +
           QStringList{QStringLiteral("total")};
}

} // namespace

QString AgingOutput::json(const core::AgingReport::Report& report, const QString& byKey)
{
    QStringList buckets;
    for (const QString& key : report.buckets.keys())
        buckets << jsonString(key);
    QStringList rows;
    for (const core::AgingReport::Row& row : report.rows)
        rows << QStringLiteral("{\"key\":%1,\"name\":%2,%3}")
                    .arg(jsonString(row.key), jsonString(row.name), jsonAmounts(report, row));
    return QStringLiteral("{\"as_of\":%1,\"by\":%2,\"buckets\":[%3],\"rows\":[%4],\"total\":{%5}}")
        .arg(jsonString(report.asOf.toString(Qt::ISODate)), jsonString(byKey), buckets.join(QLatin1Char(',')),
             rows.join(QLatin1Char(',')), jsonAmounts(report, report.total));
}

QString AgingOutput::csv(const core::AgingReport::Report& report)
{
    QString text = core::CsvWriter::formatRow(header(report));
    for (const core::AgingReport::Row& row : report.rows)
        text += core::CsvWriter::formatRow(cells(report, row, row.key, row.name));
    text += core::CsvWriter::formatRow(cells(report, report.total, QString(), tr("Total")));
    return text;
}

QString AgingOutput::text(const core::AgingReport::Report& report)
{
    QList<QStringList> lines{header(report)};
    for (const core::AgingReport::Row& row : report.rows)
        lines << cells(report, row, row.key, row.name);
    lines << cells(report, report.total, QString(), tr("Total"));
    QList<int> widths(lines.first().size(), 0);
    for (const QStringList& line : lines)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], core::XlsxWriter::displayWidth(line.at(c)));
    QString text;
    for (const QStringList& line : lines) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const QString fill(widths[c] - core::XlsxWriter::displayWidth(line.at(c)), QLatin1Char(' '));
            padded << (c < 2 ? line.at(c) + fill : fill + line.at(c)); // text left, amounts right
        }
        QString row = padded.join(QStringLiteral("  "));
        while (row.endsWith(QLatin1Char(' ')))
            row.chop(1);
        text += row + QLatin1Char('\n');
    }
    return text;
}

} // namespace tl::ui

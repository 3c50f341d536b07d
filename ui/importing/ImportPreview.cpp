#include "importing/ImportPreview.h"

#include "io/CsvReader.h"
#include "io/ImportService.h"

namespace tl::ui {

namespace {

QString encodingName(core::CsvReader::Encoding encoding)
{
    using E = core::CsvReader::Encoding;
    switch (encoding) {
    case E::Utf8:
        return QStringLiteral("UTF-8");
    case E::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case E::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case E::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    case E::Gb18030:
        return QStringLiteral("GB18030 (GBK)");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return ImportPreview::tr("comma");
    if (delimiter == QLatin1Char(';'))
        return ImportPreview::tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return ImportPreview::tr("tab");
    return QString(delimiter);
}

} // namespace

ImportPreview ImportPreview::read(const QString& path, int maxRows)
{
    ImportPreview preview;
    preview.path = path;
    auto opened = core::ImportService::openReader(path);
    if (!opened) {
        preview.error = opened.error().message;
        return preview;
    }
    core::TableReader& reader = **opened;
    auto header = reader.readHeader();
    if (!header) {
        preview.error = header.error().message;
        return preview;
    }
    preview.headerRow = header->number;
    preview.header = header->cells;
    if (auto* csv = dynamic_cast<core::CsvReader*>(&reader)) {
        preview.encoding = encodingName(csv->encoding());
        preview.delimiter = delimiterName(csv->delimiter());
    }
    core::TableRow row;
    while (true) {
        auto more = reader.readRow(row);
        if (!more) {
            preview.error = more.error().message;
            break;
        }
        if (!*more)
            break;
        if (preview.rows.size() >= maxRows) {
            preview.truncated = true;
            break;
        }
        preview.rowNumbers.append(row.number);
        preview.rows.append(row.cells);
    }
    return preview;
}

} // namespace tl::ui

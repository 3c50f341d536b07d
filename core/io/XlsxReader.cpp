#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>

namespace tl::core {

namespace {

constexpr int kChunk = 256 * 1024;
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxPartBytes = qint64(512) * 1024 * 1024; // workbook, relationships, styles

// The element name without its namespace prefix (files from other tools use "x:row" and the like).
bool is(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.name() == name;
}

QString attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

// One XML part of the archive, decompressed and parsed incrementally.
class PartStream
{
public:
    explicit PartStream(unzFile zip) : m_zip(zip) {}
    ~PartStream() { close(); }
    PartStream(const PartStream&) = delete;
    PartStream& operator=(const PartStream&) = delete;

    bool open(const QString& name)
    {
        close();
        const QByteArray encoded = name.toUtf8();
        if (unzLocateFile(m_zip, encoded.constData(), 2) != UNZ_OK) // 2: case-insensitive
            return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return false;
        m_open = true;
        m_size = qint64(info.uncompressed_size);
        m_fed = 0;
        m_xml.clear();
        return true;
    }
    void close()
    {
        if (m_open)
            unzCloseCurrentFile(m_zip);
        m_open = false;
    }

    // The next token; Invalid with errorText() set on a broken part.
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return token;
            const int more = feed();
            if (more < 0) {
                m_error = QStringLiteral("decompression failed");
                return QXmlStreamReader::Invalid;
            }
            if (more == 0) {
                m_error = QStringLiteral("the XML ends early");
                return QXmlStreamReader::Invalid;
            }
        }
    }
    QString errorText() const { return m_error.isEmpty() ? m_xml.errorString() : m_error; }
    QXmlStreamReader& xml() { return m_xml; }
    qint64 size() const { return m_size; }
    qint64 fed() const { return m_fed; }

private:
    int feed()
    {
        if (!m_open)
            return 0;
        m_chunk.resize(kChunk);
        const int n = unzReadCurrentFile(m_zip, m_chunk.data(), unsigned(m_chunk.size()));
        if (n > 0) {
            m_chunk.resize(n);
            m_xml.addData(m_chunk);
            m_fed += n;
        }
        return n;
    }

    unzFile m_zip;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    QString m_error;
    qint64 m_size = 0;
    qint64 m_fed = 0;
    bool m_open = false;
};

QString joinPath(const QString& baseDir, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + QLatin1Char('/') + target);
}

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relationshipsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return (slash < 0 ? QString() : part.left(slash + 1)) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

} // namespace

struct XlsxReader::Impl
{
    QString path;
    unzFile zip = nullptr;
    std::unique_ptr<PartStream> sheet;
    QString sheetName;
    QStringList sharedStrings;
    QList<bool> dateStyles;            // by cell style (xf) index
    QList<int> decimalStyles;          // by cell style (xf) index: decimals of a fixed-decimal format
    QList<XlsxReader::CellKind> kinds; // of the row last read
    bool date1904 = false;
    int lastRow = 0;
    bool headerRead = false;
    bool atEnd = false;

    ~Impl()
    {
        sheet.reset();
        if (zip)
            unzClose(zip);
    }

    Error broken(const QString& what) const
    {
        return Error::invalid(XlsxReader::tr("%1 is not a readable XLSX workbook (%2). Save it again as "
                                             "an Excel workbook (.xlsx) or as CSV.")
                                  .arg(path, what));
    }

    // Relationship id (or type suffix) -> target part, for a part's .rels file.
    QList<std::pair<QString, QString>> relationships(const QString& part, QString* error) const
    {
        QList<std::pair<QString, QString>> list; // (Id + '|' + Type, target)
        PartStream stream(zip);
        if (!stream.open(relationshipsOf(part)))
            return list;
        const QString base = directoryOf(part);
        for (;;) {
            const auto token = stream.next();
            if (token == QXmlStreamReader::Invalid) {
                *error = stream.errorText();
                return list;
            }
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (token == QXmlStreamReader::StartElement && is(stream.xml(), QLatin1String("Relationship")))
                list.append({attribute(stream.xml(), QLatin1String("Id")) + QLatin1Char('|') +
                                 attribute(stream.xml(), QLatin1String("Type")),
                             joinPath(base, attribute(stream.xml(), QLatin1String("Target")))});
        }
        return list;
    }

    static QString findTarget(const QList<std::pair<QString, QString>>& rels, const QString& id,
                              const QString& typeSuffix)
    {
        for (const auto& [key, target] : rels) {
            const qsizetype bar = key.indexOf(QLatin1Char('|'));
            if (!id.isEmpty() && key.left(bar) == id)
                return target;
            if (id.isEmpty() && key.mid(bar + 1).endsWith(typeSuffix))
                return target;
        }
        return {};
    }

    Status loadSharedStrings(const QString& part)
    {
        PartStream stream(zip);
        if (!stream.open(part))
            return broken(QStringLiteral("missing %1").arg(part));
        QString text;
        int depthInPhonetic = 0;
        bool inText = false, inItem = false;
        for (;;) {
            const auto token = stream.next();
            QXmlStreamReader& xml = stream.xml();
            switch (token) {
            case QXmlStreamReader::Invalid:
                return broken(stream.errorText());
            case QXmlStreamReader::EndDocument:
                return {};
            case QXmlStreamReader::StartElement:
                if (is(xml, QLatin1String("si"))) {
                    inItem = true;
                    text.clear();
                } else if (is(xml, QLatin1String("rPh"))) {
                    ++depthInPhonetic;
                } else if (is(xml, QLatin1String("t")) && inItem && depthInPhonetic == 0) {
                    inText = true;
                }
                break;
            case QXmlStreamReader::Characters:
                if (inText)
                    text += xml.text();
                break;
            case QXmlStreamReader::EndElement:
                if (is(xml, QLatin1String("t"))) {
                    inText = false;
                } else if (is(xml, QLatin1String("rPh"))) {
                    --depthInPhonetic;
                } else if (is(xml, QLatin1String("si"))) {
                    sharedStrings.append(text);
                    inItem = false;
                }
                break;
            default:
                break;
            }
        }
    }

    Status loadStyles(const QString& part)
    {
        PartStream stream(zip);
        if (!stream.open(part))
            return {}; // no styles: no dates
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        for (;;) {
            const auto token = stream.next();
            QXmlStreamReader& xml = stream.xml();
            if (token == QXmlStreamReader::Invalid)
                return broken(stream.errorText());
            if (token == QXmlStreamReader::EndDocument)
                return {};
            if (token == QXmlStreamReader::StartElement) {
                if (is(xml, QLatin1String("numFmt"))) {
                    customFormats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                         attribute(xml, QLatin1String("formatCode")));
                } else if (is(xml, QLatin1String("cellXfs"))) {
                    inCellXfs = true;
                } else if (inCellXfs && is(xml, QLatin1String("xf"))) {
                    const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                    dateStyles.append(XlsxReader::isDateFormat(id, customFormats.value(id)));
                    decimalStyles.append(XlsxReader::formatDecimals(id, customFormats.value(id)));
                }
            } else if (token == QXmlStreamReader::EndElement && is(xml, QLatin1String("cellXfs"))) {
                inCellXfs = false;
            }
        }
    }

    QString dateText(double serial) const
    {
        double whole = std::floor(serial);
        qint64 seconds = qint64(std::llround((serial - whole) * 86400.0));
        if (seconds >= 86400) {
            whole += 1;
            seconds -= 86400;
        }
        const QTime time = QTime(0, 0).addSecs(int(seconds));
        const QString timeText =
            time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        if (whole == 0 && !date1904 && seconds > 0)
            return timeText; // a time of day without a date
        const QDate date = XlsxReader::dateFromSerial(qint64(whole), date1904);
        if (!date.isValid())
            return XlsxReader::numberText(serial);
        const QString dayText = date.toString(Qt::ISODate);
        return seconds > 0 ? dayText + QLatin1Char(' ') + timeText : dayText;
    }

    QString cellText(const QString& type, int style, const QString& value, const QString& inlineText,
                     XlsxReader::CellKind& kind) const
    {
        using K = XlsxReader::CellKind;
        kind = K::Text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            return ok ? sharedStrings.value(index) : QString();
        }
        if (type == QLatin1String("inlineStr"))
            return inlineText;
        if (type == QLatin1String("str"))
            return value;
        if (type == QLatin1String("e")) {
            kind = K::Error;
            return value;
        }
        if (type == QLatin1String("b")) {
            kind = K::Boolean;
            return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        if (type == QLatin1String("d")) { // ISO 8601 (strict files)
            kind = K::Date;
            QString iso = value.trimmed();
            if (iso.endsWith(QLatin1String("T00:00:00")))
                iso.chop(9);
            return iso.replace(QLatin1Char('T'), QLatin1Char(' '));
        }
        if (value.isEmpty())
            return inlineText;
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return value;
        if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
            kind = K::Date;
            return dateText(number);
        }
        kind = K::Number;
        return XlsxReader::numberText(number, style >= 0 ? decimalStyles.value(style) : 0);
    }
};

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

XlsxReader::~XlsxReader() = default;

QDate XlsxReader::dateFromSerial(qint64 days, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days <= 0)
        return {};
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28); // Excel's 1900-02-29, which did not exist
    return QDate(1899, 12, 30).addDays(days);
}

bool XlsxReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (numFmtId < 164 || formatCode.isEmpty())
        return false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or fill character
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

QString XlsxReader::numberText(double value, int minDecimals)
{
    QString text = value == std::floor(value) && std::fabs(value) < 1e15
                       ? QString::number(qint64(value))
                       : QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (minDecimals > 0) {
        qsizetype point = text.indexOf(QLatin1Char('.'));
        if (point < 0) {
            text += QLatin1Char('.');
            point = text.size() - 1;
        }
        const qsizetype decimals = text.size() - point - 1;
        if (decimals < minDecimals)
            text += QString(minDecimals - decimals, QLatin1Char('0'));
    }
    return text;
}

int XlsxReader::formatDecimals(int numFmtId, const QString& formatCode)
{
    switch (numFmtId) {
    case 2:  // 0.00
    case 4:  // #,##0.00
    case 39: // #,##0.00_);(#,##0.00)
    case 40: // #,##0.00_);[Red](#,##0.00)
    case 43: // accounting with two decimals
    case 44:
        return 2;
    default:
        break;
    }
    if (numFmtId < 164 || formatCode.isEmpty() || isDateFormat(numFmtId, formatCode))
        return 0;
    // The first section ("#,##0.00;[Red]-#,##0.00"): zeros after the point, outside quotes.
    bool quoted = false, afterPoint = false;
    int decimals = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"')
            quoted = true;
        else if (c == u';')
            break;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u'.')
            afterPoint = true;
        else if (afterPoint && c == u'0')
            ++decimals;
        else if (afterPoint && c != u'#' && c != u'?')
            afterPoint = false;
    }
    return decimals;
}

int XlsxReader::columnIndex(QStringView reference)
{
    int index = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        index = index * 26 + (c.unicode() - u'A' + 1);
        if (index > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : index - 1;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error::notFound(tr("Cannot open %1: no such file.").arg(path), path);
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->zip = unzOpen64(QFile::encodeName(path).constData());
    if (!impl->zip)
        return impl->broken(tr("not a ZIP archive"));

    // _rels/.rels -> the workbook part -> its first sheet, shared strings and styles.
    QString error;
    QString workbook =
        Impl::findTarget(impl->relationships(QString(), &error), {}, QStringLiteral("/officeDocument"));
    if (!error.isEmpty())
        return impl->broken(error);
    if (workbook.isEmpty())
        workbook = QStringLiteral("xl/workbook.xml");

    QString firstSheetId;
    {
        PartStream stream(impl->zip);
        if (!stream.open(workbook))
            return impl->broken(tr("it has no workbook part"));
        for (bool done = false; !done;) {
            const auto token = stream.next();
            QXmlStreamReader& xml = stream.xml();
            if (token == QXmlStreamReader::Invalid)
                return impl->broken(stream.errorText());
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (is(xml, QLatin1String("workbookPr"))) {
                const QString flag = attribute(xml, QLatin1String("date1904"));
                impl->date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
            } else if (is(xml, QLatin1String("sheet"))) {
                impl->sheetName = attribute(xml, QLatin1String("name"));
                firstSheetId = attribute(xml, QLatin1String("id")); // r:id
                done = true;
            }
        }
    }
    if (firstSheetId.isEmpty())
        return impl->broken(tr("the workbook has no worksheet"));
    const auto rels = impl->relationships(workbook, &error);
    if (!error.isEmpty())
        return impl->broken(error);
    const QString sheetPart = Impl::findTarget(rels, firstSheetId, {});
    if (sheetPart.isEmpty())
        return impl->broken(tr("the first worksheet cannot be found"));
    const QString strings = Impl::findTarget(rels, {}, QStringLiteral("/sharedStrings"));
    if (!strings.isEmpty()) {
        const Status loaded = impl->loadSharedStrings(strings);
        if (!loaded)
            return loaded.error();
    }
    const QString styles = Impl::findTarget(rels, {}, QStringLiteral("/styles"));
    if (!styles.isEmpty()) {
        const Status loaded = impl->loadStyles(styles);
        if (!loaded)
            return loaded.error();
    }
    impl->sheet = std::make_unique<PartStream>(impl->zip);
    if (!impl->sheet->open(sheetPart))
        return impl->broken(tr("the worksheet %1 is missing").arg(sheetPart));
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(impl)));
}

QString XlsxReader::sheetName() const
{
    return d->sheetName;
}

const QList<XlsxReader::CellKind>& XlsxReader::cellKinds() const
{
    return d->kinds;
}

Result<QByteArray> XlsxReader::readPart(const QString& path, const QString& part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return Error::notFound(tr("Cannot open %1 as an archive.").arg(path), path);
    QByteArray content;
    bool found = false;
    {
        PartStream stream(zip);
        found = stream.open(part);
        if (found) {
            // Read the raw bytes through the same decompression.
            QByteArray chunk(kChunk, Qt::Uninitialized);
            for (;;) {
                const int n = unzReadCurrentFile(zip, chunk.data(), unsigned(chunk.size()));
                if (n <= 0)
                    break;
                content.append(chunk.constData(), n);
                if (content.size() > kMaxPartBytes)
                    break;
            }
        }
    }
    unzClose(zip);
    if (!found)
        return Error::notFound(tr("%1 has no part %2.").arg(path, part), path);
    return content;
}

qint64 XlsxReader::progressTotal() const
{
    return d->sheet ? d->sheet->size() : 0;
}

qint64 XlsxReader::progressDone() const
{
    return d->sheet ? d->sheet->fed() : 0;
}

Result<TableRow> XlsxReader::readHeader()
{
    if (d->headerRead)
        return Error::internal(tr("The header of %1 was already read.").arg(d->path));
    d->headerRead = true;
    TableRow header;
    const Result<bool> found = next(header);
    if (!found)
        return found.error();
    if (!*found)
        return Error::invalid(tr("%1 is empty: the first worksheet has no header row.").arg(d->path));
    return header;
}

Result<bool> XlsxReader::readRow(TableRow& row)
{
    if (!d->headerRead) {
        const Result<TableRow> header = readHeader();
        if (!header)
            return header.error();
    }
    return next(row);
}

Result<bool> XlsxReader::next(TableRow& row)
{
    if (d->atEnd)
        return false;
    PartStream& stream = *d->sheet;
    QXmlStreamReader& xml = stream.xml();

    int number = 0, column = -1, lastColumn = -1, style = -1;
    QString type, value, inlineText;
    bool inValue = false, inInline = false, inText = false, nonEmpty = false;
    int phonetic = 0;
    QStringList cells;
    QList<CellKind> kinds;
    for (;;) {
        const auto token = stream.next();
        switch (token) {
        case QXmlStreamReader::Invalid:
            return d->broken(stream.errorText());
        case QXmlStreamReader::EndDocument:
            d->atEnd = true;
            return false;
        case QXmlStreamReader::StartElement:
            if (is(xml, QLatin1String("row"))) {
                bool ok = false;
                number = attribute(xml, QLatin1String("r")).toInt(&ok);
                if (!ok || number <= d->lastRow)
                    number = d->lastRow + 1;
                cells.clear();
                kinds.clear();
                lastColumn = -1;
                nonEmpty = false;
            } else if (is(xml, QLatin1String("c"))) {
                const QString reference = attribute(xml, QLatin1String("r"));
                column = reference.isEmpty() ? lastColumn + 1 : columnIndex(reference);
                if (column < 0)
                    return d->broken(tr("bad cell reference %1 in row %2").arg(reference).arg(number));
                type = attribute(xml, QLatin1String("t"));
                bool ok = false;
                style = attribute(xml, QLatin1String("s")).toInt(&ok);
                if (!ok)
                    style = -1;
                value.clear();
                inlineText.clear();
            } else if (is(xml, QLatin1String("v"))) {
                inValue = true;
            } else if (is(xml, QLatin1String("is"))) {
                inInline = true;
            } else if (is(xml, QLatin1String("rPh"))) {
                ++phonetic;
            } else if (inInline && phonetic == 0 && is(xml, QLatin1String("t"))) {
                inText = true;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inValue)
                value += xml.text();
            else if (inText)
                inlineText += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (is(xml, QLatin1String("v"))) {
                inValue = false;
            } else if (is(xml, QLatin1String("t"))) {
                inText = false;
            } else if (is(xml, QLatin1String("rPh"))) {
                --phonetic;
            } else if (is(xml, QLatin1String("is"))) {
                inInline = false;
            } else if (is(xml, QLatin1String("c"))) {
                CellKind kind = CellKind::Empty;
                QString text = d->cellText(type, style, value, inlineText, kind);
                lastColumn = column;
                if (!text.isEmpty()) {
                    while (cells.size() <= column) {
                        cells.append(QString());
                        kinds.append(CellKind::Empty);
                    }
                    cells[column] = std::move(text);
                    kinds[column] = kind;
                    nonEmpty = true;
                }
            } else if (is(xml, QLatin1String("row"))) {
                d->lastRow = number;
                if (nonEmpty) {
                    row.number = number;
                    row.cells = std::move(cells);
                    d->kinds = std::move(kinds);
                    return true;
                }
            } else if (is(xml, QLatin1String("sheetData"))) {
                d->atEnd = true;
                return false;
            }
            break;
        default:
            break;
        }
    }
}

} // namespace tl::core

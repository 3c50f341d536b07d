#include "io/CsvReader.h"

#include <QBuffer>
#include <QFile>

namespace tl::core {

namespace {

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device) : m_device(std::move(device)) {}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::openFile(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot open %1: %2").arg(path, file->errorString()), path);
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(file)));
}

std::unique_ptr<CsvReader> CsvReader::fromBytes(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(buffer)));
}

bool CsvReader::isValidUtf8(QIODevice& device)
{
    int need = 0; // continuation bytes still expected
    uchar lower = 0x80;
    uchar upper = 0xBF;
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        for (const char ch : chunk) {
            const auto b = static_cast<uchar>(ch);
            if (need == 0) {
                if (b < 0x80)
                    continue;
                lower = 0x80;
                upper = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b == 0xE0) {
                    need = 2;
                    lower = 0xA0;
                } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
                    need = 2;
                } else if (b == 0xED) {
                    need = 2;
                    upper = 0x9F; // no surrogates
                } else if (b == 0xF0) {
                    need = 3;
                    lower = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    need = 3;
                } else if (b == 0xF4) {
                    need = 3;
                    upper = 0x8F;
                } else {
                    return false;
                }
            } else {
                if (b < lower || b > upper)
                    return false;
                lower = 0x80;
                upper = 0xBF;
                --need;
            }
        }
    }
    return need == 0;
}

Status CsvReader::start()
{
    m_started = true;
    m_size = m_device->size();
    const QByteArray head = m_device->peek(3);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        m_device->seek(m_device->pos() + 3);
        m_decoder = QStringDecoder(QStringConverter::Utf8);
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16Le;
        m_device->seek(m_device->pos() + 2);
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16Be;
        m_device->seek(m_device->pos() + 2);
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
    } else {
        const qint64 start = m_device->pos();
        const bool utf8 = isValidUtf8(*m_device);
        m_device->seek(start);
        if (utf8) {
            m_encoding = Encoding::Utf8;
            m_decoder = QStringDecoder(QStringConverter::Utf8);
        } else {
            m_encoding = Encoding::Gb18030;
            m_decoder = QStringDecoder("GB18030");
            if (!m_decoder.isValid())
                return Error::internal(tr("The file is not UTF-8 and GB18030 decoding is not available."));
        }
    }
    fill();
    m_delimiter = detectDelimiter();
    return {};
}

bool CsvReader::fill()
{
    m_buffer.clear();
    m_pos = 0;
    while (!m_atEnd && m_buffer.isEmpty()) {
        const QByteArray bytes = m_device->read(m_chunkSize);
        if (bytes.isEmpty())
            m_atEnd = true;
        else
            m_buffer = m_decoder.decode(bytes); // keeps a character split between chunks for the next call
    }
    return !m_buffer.isEmpty();
}

QChar CsvReader::detectDelimiter() const
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool seen = false; // leading blank lines are skipped
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd && !quoted && !seen)
            continue;
        seen = true;
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (lineEnd)
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<bool> CsvReader::readRecord(QStringList& cells)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    cells.clear();
    QString field;
    State state = State::FieldStart;
    bool any = false; // a cell or a delimiter was read on this record
    const QChar delimiter = m_delimiter;

    auto skipLineFeed = [this] {
        if (m_pos >= m_buffer.size() && !fill())
            return;
        if (m_buffer.at(m_pos) == u'\n')
            ++m_pos;
    };
    auto endOfLine = [&](QChar c) {
        if (c == u'\r')
            skipLineFeed();
        ++m_record;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            break;
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        switch (state) {
        case State::FieldStart: {
            const QChar c = data[m_pos++];
            if (c == u'"') {
                state = State::Quoted;
                any = true;
            } else if (c == delimiter) {
                cells.append(QString());
                any = true;
            } else if (c == u'\n' || c == u'\r') {
                if (any)
                    cells.append(QString()); // the line ended with a delimiter
                endOfLine(c);
                return true;
            } else {
                field.append(c);
                state = State::Unquoted;
                any = true;
            }
            break;
        }
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            field.append(QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i < size) {
                const QChar c = data[m_pos++];
                cells.append(field);
                field.clear();
                if (c == delimiter) {
                    state = State::FieldStart;
                } else {
                    endOfLine(c);
                    return true;
                }
            }
            break;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != u'"')
                ++i;
            field.append(QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i < size) {
                ++m_pos;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const QChar c = data[m_pos++];
            if (c == u'"') {
                field.append(c); // a doubled quote
                state = State::Quoted;
            } else if (c == delimiter) {
                cells.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                cells.append(field);
                endOfLine(c);
                return true;
            } else {
                field.append(c); // text after a closing quote is kept as written (as Excel does)
                state = State::Unquoted;
            }
            break;
        }
        }
    }

    // End of the input.
    if (state == State::Quoted)
        return Error::invalid(
            tr("The file is not valid CSV."),
            {FieldProblem{
                m_record + 1, {}, {}, tr("a quoted cell is not closed before the end of the file")}});
    if (!any)
        return false;
    cells.append(state == State::FieldStart ? QString() : field);
    ++m_record;
    return true;
}

Result<TableRow> CsvReader::readHeader()
{
    if (!m_started) {
        const Status started = start();
        if (!started)
            return started.error();
    }
    TableRow row;
    for (;;) {
        Result<bool> read = readRecord(row.cells);
        if (!read)
            return read.error();
        if (!read.value())
            return Error::invalid(tr("The file is empty: it has no header row."));
        if (!isBlank(row.cells))
            break;
    }
    row.number = m_record;
    return row;
}

Result<bool> CsvReader::readRow(TableRow& row)
{
    if (!m_started)
        return Error::internal(tr("readHeader() must be called before readRow()."));
    for (;;) {
        Result<bool> read = readRecord(row.cells);
        if (!read || !read.value())
            return read;
        if (!isBlank(row.cells)) {
            row.number = m_record;
            return true;
        }
    }
}

qint64 CsvReader::progressTotal() const
{
    return m_size;
}

qint64 CsvReader::progressDone() const
{
    return m_device->pos();
}

} // namespace tl::core

#pragma once

#include "io/TableReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace tl::core {

// Reads CSV as Excel and WPS write it (RFC 4180): quoted cells may hold the delimiter, doubled quotes and
// line breaks; CRLF, LF or CR line ends; blank rows are skipped (they still count in row numbers).
//
// Encoding: a UTF-8 or UTF-16 byte-order mark decides; otherwise the whole file is checked for valid
// UTF-8 (a fast byte scan, nothing kept) and, if it is not, it is decoded as GB18030 (a superset of GBK
// and GB2312, what Chinese Excel saves as "CSV").
// Delimiter: comma, semicolon or tab, whichever occurs most often in the header line (comma on a tie).
// The file is decoded chunk by chunk; only the current row is held in memory.
class CsvReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CsvReader)

public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16Le,
        Utf16Be,
        Gb18030
    };

    // Opens a file; NotFound when it is missing or unreadable.
    static Result<std::unique_ptr<CsvReader>> openFile(const QString& path);
    // Reads from bytes already in memory (tests, clipboard, uploads).
    static std::unique_ptr<CsvReader> fromBytes(const QByteArray& bytes);

    ~CsvReader() override;

    Result<TableRow> readHeader() override;
    Result<bool> readRow(TableRow& row) override;
    qint64 progressTotal() const override;
    qint64 progressDone() const override;

    // Known after readHeader().
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Bytes decoded per step (tests use tiny chunks to cross every boundary). Set before readHeader().
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes > 0 ? bytes : 1; }

    // Whether the whole device is valid UTF-8 (the device is read from its current position to the end).
    static bool isValidUtf8(QIODevice& device);

private:
    explicit CsvReader(std::unique_ptr<QIODevice> device);
    Status start();
    bool fill();
    QChar detectDelimiter() const;
    // Reads one record into cells (empty list = a blank line); false at the end of the input.
    Result<bool> readRecord(QStringList& cells);

    std::unique_ptr<QIODevice> m_device;
    QStringDecoder m_decoder;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_chunkSize = 256 * 1024;
    qint64 m_size = 0;
    int m_record = 0; // records read so far (= row number of the last one)
    bool m_started = false;
    bool m_atEnd = false;
};

} // namespace tl::core

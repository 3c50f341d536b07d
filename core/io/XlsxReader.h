#pragma once

#include "io/TableReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace tl::core {

// Reads the first worksheet of an XLSX workbook (Excel, WPS, LibreOffice, XlsxWriter) for imports, through
// minizip and QXmlStreamReader. Cells come back as the text an import expects:
//   shared strings and inline strings (rich-text runs joined, phonetic guides left out) as written;
//   numbers in their shortest exact decimal form ("1234.56", "13800138000", "0.1");
//   numbers in a cell whose style is a date or time format (built-in or custom) as ISO text: "2026-03-15",
//   with " HH:MM" or " HH:MM:SS" when a time of day is stored; both the 1900 and the 1904 date systems;
//   booleans as TRUE / FALSE, error values as written (#N/A), cached results of formulas.
// Row numbers are those the spreadsheet shows (the <row r="N"> attribute); rows without a non-empty cell
// are skipped, as blank lines in CSV. The sheet is decompressed and parsed chunk by chunk (only the current
// row and the shared-string table are held), so sheets of a million rows fit.
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::XlsxReader)

public:
    // NotFound when the file is missing; Invalid when it is not an XLSX workbook.
    static Result<std::unique_ptr<XlsxReader>> openFile(const QString& path);
    ~XlsxReader() override;

    Result<TableRow> readHeader() override;
    Result<bool> readRow(TableRow& row) override;
    qint64 progressTotal() const override; // bytes of the sheet's XML
    qint64 progressDone() const override;

    QString sheetName() const;

    // What the cells of the row last read held in the file (same indexes as its cells).
    enum class CellKind
    {
        Empty,
        Text,   // a shared or inline string, a formula's text result
        Number, // a number shown as a number
        Date,   // a number in a cell with a date or time format
        Boolean,
        Error
    };
    const QList<CellKind>& cellKinds() const;

    // The uncompressed content of one part of the archive ("xl/worksheets/sheet1.xml"), for diagnostics
    // and tests. NotFound when the file or the part is missing.
    static Result<QByteArray> readPart(const QString& path, const QString& part);

    // Helpers, public for tests.
    // The date of an Excel serial day number (1900 system: 1 = 1900-01-01, with Excel's fictitious
    // 1900-02-29 as 60; 1904 system: 0 = 1904-01-01).
    static QDate dateFromSerial(qint64 days, bool date1904);
    // Whether a number format shows a date or time: built-in ids 14-22, 27-36, 45-47, 50-58, or a custom
    // format code with y, m, d, h or s outside quotes, escapes and [brackets].
    static bool isDateFormat(int numFmtId, const QString& formatCode);
    // The shortest decimal text of a number ("1234.56", "-3", "0.000001"), with at least minDecimals
    // decimals (zeros added, never rounded).
    static QString numberText(double value, int minDecimals = 0);
    // The decimals a number format shows when it is a fixed-decimal format (2 for "#,##0.00", built-in 2,
    // 4, 39, 40, 43, 44), else 0.
    static int formatDecimals(int numFmtId, const QString& formatCode);
    // "A" -> 0, "AB12" -> 27; -1 when there are no letters.
    static int columnIndex(QStringView reference);

private:
    struct Impl;
    explicit XlsxReader(std::unique_ptr<Impl> impl);
    Result<bool> next(TableRow& row);

    std::unique_ptr<Impl> d;
};

} // namespace tl::core

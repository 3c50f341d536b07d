#include <catch2/catch.hpp>

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace tl::core;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("cells that start a formula are neutralised, plain numbers are not", "[io][csv][injection]")
{
    CHECK(neutralizeFormula(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(neutralizeFormula(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(neutralizeFormula(QStringLiteral("+cmd|' /C calc'!A0")) == QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(neutralizeFormula(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(neutralizeFormula(QStringLiteral("@SUM(A1:A2)")) == QStringLiteral("'@SUM(A1:A2)"));
    CHECK(neutralizeFormula(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(neutralizeFormula(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    // numbers stay numbers
    CHECK(neutralizeFormula(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
    CHECK(neutralizeFormula(QStringLiteral("+3")) == QStringLiteral("+3"));
    CHECK(neutralizeFormula(QStringLiteral("-1,234.56")) == QStringLiteral("-1,234.56"));
    // other text is untouched
    CHECK(neutralizeFormula(u("张伟")) == u("张伟"));
    CHECK(neutralizeFormula(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(neutralizeFormula(QString()) == QString());
}

TEST_CASE("what counts as a plain number", "[io][csv][injection]")
{
    CHECK(isPlainNumber(u"0"));
    CHECK(isPlainNumber(u"-12.50"));
    CHECK(isPlainNumber(u"1,234,567.8"));
    CHECK(isPlainNumber(u"+42"));
    CHECK_FALSE(isPlainNumber(u"-"));
    CHECK_FALSE(isPlainNumber(u"-1,23"));
    CHECK_FALSE(isPlainNumber(u"1234,567"));
    CHECK_FALSE(isPlainNumber(u"-1e5"));
    CHECK_FALSE(isPlainNumber(u"-.5"));
    CHECK_FALSE(isPlainNumber(u"1."));
    CHECK_FALSE(isPlainNumber(u"-1-1"));
}

TEST_CASE("importing undoes the neutralising apostrophe only before a formula character",
          "[io][csv][injection]")
{
    CHECK(restoreNeutralized(QStringLiteral("'=1+2")) == QStringLiteral("=1+2"));
    CHECK(restoreNeutralized(QStringLiteral("'-x")) == QStringLiteral("-x"));
    CHECK(restoreNeutralized(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(restoreNeutralized(QStringLiteral("'")) == QStringLiteral("'"));
}

TEST_CASE("rows are quoted only when needed and end with CRLF", "[io][csv]")
{
    CHECK(CsvWriter::formatRow({QStringLiteral("a"), QStringLiteral("b c"), QString()}) ==
          QStringLiteral("a,b c,\r\n"));
    CHECK(CsvWriter::formatRow(
              {QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}) ==
          QStringLiteral("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    CHECK(CsvWriter::formatCell(QStringLiteral("=A1,B1")) == QStringLiteral("\"'=A1,B1\""));
}

TEST_CASE("the writer puts a UTF-8 byte-order mark first", "[io][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto writer = CsvWriter::toDevice(&buffer);
    REQUIRE(writer->writeRow({u("工号"), u("姓名")}).ok());
    REQUIRE(writer->writeRow({QStringLiteral("E001"), u("张伟")}).ok());
    REQUIRE(writer->finish().ok());
    CHECK(bytes == QByteArray("\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D\r\n"
                              "E001,\xE5\xBC\xA0\xE4\xBC\x9F\r\n"));
}

TEST_CASE("what the writer writes, the reader reads back (formulas come back as typed)", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.csv"));
    const QList<QStringList> rows{
        {QStringLiteral("text"), QStringLiteral("amount")},
        {QStringLiteral("x, \"y\"\r\nz"), QStringLiteral("-12.50")},
        {QStringLiteral("=1+2"), QStringLiteral("@x")},
        {u("中文"), QString()},
    };
    {
        auto writer = CsvWriter::openFile(path);
        REQUIRE(writer.ok());
        for (const QStringList& row : rows)
            REQUIRE((*writer)->writeRow(row).ok());
        CHECK_FALSE(QFile::exists(path)); // nothing visible before finish()
        REQUIRE((*writer)->finish().ok());
    }
    auto reader = CsvReader::openFile(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->readHeader()->cells == rows[0]);
    TableRow row;
    REQUIRE(*(*reader)->readRow(row));
    CHECK(row.cells == rows[1]);
    REQUIRE(*(*reader)->readRow(row));
    CHECK(row.cells ==
          QStringList{QStringLiteral("'=1+2"), QStringLiteral("'@x")}); // as Excel would store them
    CHECK(restoreNeutralized(row.cells[0]) == QStringLiteral("=1+2"));
    REQUIRE(*(*reader)->readRow(row));
    CHECK(row.cells == rows[3]);
    CHECK((*reader)->encoding() == CsvReader::Encoding::Utf8Bom);
}

TEST_CASE("an abandoned export leaves no file", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.csv"));
    {
        auto writer = CsvWriter::openFile(path);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->writeRow({QStringLiteral("a")}).ok());
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a file in a missing folder cannot be written", "[io][csv]")
{
    auto writer = CsvWriter::openFile(QStringLiteral("/nonexistent-folder/x.csv"));
    REQUIRE_FALSE(writer.ok());
    CHECK(writer.error().code == ErrorCode::Invalid);
}

#include <catch2/catch.hpp>

#include "io/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace tl::core;

namespace {

struct ReadAll
{
    QStringList header;
    QList<TableRow> rows;
};

ReadAll readAll(CsvReader& reader)
{
    ReadAll all;
    const Result<TableRow> header = reader.readHeader();
    REQUIRE(header.ok());
    all.header = header->cells;
    TableRow row;
    for (;;) {
        const Result<bool> more = reader.readRow(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        all.rows << row;
    }
    return all;
}

ReadAll readBytes(const QByteArray& bytes, qint64 chunkSize = 0)
{
    auto reader = CsvReader::fromBytes(bytes);
    if (chunkSize > 0)
        reader->setChunkSize(chunkSize);
    return readAll(*reader);
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("quoted cells keep commas, doubled quotes and line breaks", "[io][csv]")
{
    const QByteArray csv = "a,b,c\n"
                           "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
                           "plain,,\"\"\n";
    const ReadAll all = readBytes(csv);
    CHECK(all.header == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(all.rows.size() == 2);
    CHECK(all.rows[0].cells ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(all.rows[0].number == 2);
    CHECK(all.rows[1].cells == QStringList{QStringLiteral("plain"), QString(), QString()});
    CHECK(all.rows[1].number == 3); // the line break inside a cell does not add a spreadsheet row
}

TEST_CASE("CRLF, LF and CR line ends, a trailing delimiter, and blank rows that count but are skipped",
          "[io][csv]")
{
    const QByteArray csv = "h1,h2\r\n1,2\r\n\r\n3,\r4,5\n,\n\n\n";
    const ReadAll all = readBytes(csv);
    REQUIRE(all.rows.size() == 3);
    CHECK(all.rows[0].cells == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(all.rows[0].number == 2);
    CHECK(all.rows[1].cells == QStringList{QStringLiteral("3"), QString()});
    CHECK(all.rows[1].number == 4); // row 3 is blank
    CHECK(all.rows[2].cells == QStringList{QStringLiteral("4"), QStringLiteral("5")});
    CHECK(all.rows[2].number == 5);
    // ",", and the trailing empty lines are blank rows: ignored
}

TEST_CASE("a file without a final line break still yields its last row", "[io][csv]")
{
    const ReadAll all = readBytes("a,b\n1,\"2\"");
    REQUIRE(all.rows.size() == 1);
    CHECK(all.rows[0].cells == QStringList{QStringLiteral("1"), QStringLiteral("2")});
}

TEST_CASE("text after a closing quote and quotes inside an unquoted cell are kept as written", "[io][csv]")
{
    const ReadAll all = readBytes("a,b\n\"ab\"cd,5\"6\n");
    REQUIRE(all.rows.size() == 1);
    CHECK(all.rows[0].cells == QStringList{QStringLiteral("abcd"), QStringLiteral("5\"6")});
}

TEST_CASE("a quoted cell that is never closed is an error naming the row", "[io][csv]")
{
    auto reader = CsvReader::fromBytes("a,b\n1,2\n3,\"open\n4,5\n");
    REQUIRE(reader->readHeader().ok());
    TableRow row;
    REQUIRE(reader->readRow(row).ok());
    const Result<bool> broken = reader->readRow(row);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::Invalid);
    REQUIRE(broken.error().problems.size() == 1);
    CHECK(broken.error().problems[0].row == 3);
}

TEST_CASE("an empty file or one with blank lines only has no header", "[io][csv]")
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("\n\r\n ,  \n"), QByteArray("\xEF\xBB\xBF")}) {
        auto reader = CsvReader::fromBytes(bytes);
        const Result<TableRow> header = reader->readHeader();
        REQUIRE_FALSE(header.ok());
        CHECK(header.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("semicolon and tab delimiters are detected from the header line", "[io][csv]")
{
    SECTION("semicolon (Excel in many European locales)")
    {
        auto reader = CsvReader::fromBytes("code;name;amount\nE1;\"Li; Na\";-12,50\n");
        const ReadAll all = readAll(*reader);
        CHECK(reader->delimiter() == QLatin1Char(';'));
        REQUIRE(all.rows.size() == 1);
        CHECK(all.rows[0].cells ==
              QStringList{QStringLiteral("E1"), QStringLiteral("Li; Na"), QStringLiteral("-12,50")});
    }
    SECTION("tab (copied from a spreadsheet)")
    {
        auto reader = CsvReader::fromBytes("code\tname\nE1\tA, B\n");
        const ReadAll all = readAll(*reader);
        CHECK(reader->delimiter() == QLatin1Char('\t'));
        CHECK(all.rows[0].cells == QStringList{QStringLiteral("E1"), QStringLiteral("A, B")});
    }
    SECTION("commas inside quotes of a semicolon header do not count")
    {
        auto reader = CsvReader::fromBytes("\"a,b,c\";d\n1;2\n");
        const ReadAll all = readAll(*reader);
        CHECK(reader->delimiter() == QLatin1Char(';'));
        CHECK(all.header == QStringList{QStringLiteral("a,b,c"), QStringLiteral("d")});
    }
    SECTION("comma by default")
    {
        auto reader = CsvReader::fromBytes("single\nvalue;with;semicolons\n");
        const ReadAll all = readAll(*reader);
        CHECK(reader->delimiter() == QLatin1Char(','));
        CHECK(all.rows[0].cells == QStringList{QStringLiteral("value;with;semicolons")});
    }
}

TEST_CASE("UTF-8 with and without BOM, GBK and UTF-16 decode to the same text", "[io][csv][encoding]")
{
    const QStringList expectedHeader{u("工号"), u("姓名")};
    const QStringList expectedRow{QStringLiteral("E001"), u("张伟")};

    // 工号,姓名 / E001,张伟 written out by hand in each encoding.
    const QByteArray utf8 =
        "\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D\r\nE001,\xE5\xBC\xA0\xE4\xBC\x9F\r\n";
    const QByteArray gbk = "\xB9\xA4\xBA\xC5,\xD0\xD5\xC3\xFB\r\nE001,\xD5\xC5\xCE\xB0\r\n";
    const QByteArray utf16le("\xFF\xFE\xE5\x5D\xF7\x53\x2C\x00\xD3\x59\x0D\x54\x0A\x00"
                             "E\x00"
                             "0\x00"
                             "0\x00"
                             "1\x00"
                             ",\x00\x20\x5F\x1F\x4F\x0A\x00",
                             30);

    struct Case
    {
        QByteArray bytes;
        CsvReader::Encoding encoding;
    };
    const QList<Case> cases{{utf8, CsvReader::Encoding::Utf8},
                            {QByteArray("\xEF\xBB\xBF") + utf8, CsvReader::Encoding::Utf8Bom},
                            {gbk, CsvReader::Encoding::Gb18030},
                            {utf16le, CsvReader::Encoding::Utf16Le}};
    for (const Case& c : cases) {
        for (const qint64 chunk : {qint64(1), qint64(3), qint64(5), qint64(0)}) { // 0 = the default size
            CAPTURE(int(c.encoding), chunk);
            auto reader = CsvReader::fromBytes(c.bytes);
            if (chunk > 0)
                reader->setChunkSize(chunk);
            const ReadAll all = readAll(*reader);
            CHECK(reader->encoding() == c.encoding);
            CHECK(all.header == expectedHeader);
            REQUIRE(all.rows.size() == 1);
            CHECK(all.rows[0].cells == expectedRow);
        }
    }
}

TEST_CASE("a GB18030 four-byte character decodes", "[io][csv][encoding]")
{
    // U+20BB7 𠮷 is 0x95 0x34 0xB2 0x35 in GB18030; the file is not valid UTF-8.
    const ReadAll all = readBytes("name\n\x95\x34\xB2\x35\xBC\xAA\n", 2);
    REQUIRE(all.rows.size() == 1);
    CHECK(all.rows[0].cells[0] == u("\xF0\xA0\xAE\xB7\xE5\x90\x89")); // 𠮷吉
}

TEST_CASE("the UTF-8 check rejects overlong forms, surrogates and cut sequences", "[io][csv][encoding]")
{
    auto valid = [](const QByteArray& bytes) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return CsvReader::isValidUtf8(buffer);
    };
    CHECK(valid("plain ascii"));
    CHECK(valid("\xE5\xB7\xA5"));           // 工
    CHECK(valid("\xF0\x9F\x98\x80"));       // an emoji
    CHECK_FALSE(valid("\xC0\x80"));         // overlong NUL
    CHECK_FALSE(valid("\xE0\x80\xAF"));     // overlong '/'
    CHECK_FALSE(valid("\xED\xA0\x80"));     // a UTF-16 surrogate
    CHECK_FALSE(valid("\xF4\x90\x80\x80")); // beyond U+10FFFF
    CHECK_FALSE(valid("\xE5\xB7"));         // cut at the end
    CHECK_FALSE(valid("\xB9\xA4\xBA\xC5")); // 工号 in GBK
}

TEST_CASE("a large file is read chunk by chunk, not loaded at once", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,name,amount\n");
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += "E" + QByteArray::number(i) + ",\xE5\xBC\xA0\xE4\xBC\x9F,1234.50\n";
        for (int i = 0; i < 100; ++i) // 100,000 rows, about 2.5 MB
            f.write(block);
    }
    Result<std::unique_ptr<CsvReader>> opened = CsvReader::openFile(path);
    REQUIRE(opened.ok());
    CsvReader& reader = **opened;
    REQUIRE(reader.readHeader().ok());
    TableRow row;
    REQUIRE(reader.readRow(row).ok());
    CHECK(row.cells == QStringList{QStringLiteral("E0"), u("张伟"), QStringLiteral("1234.50")});
    CHECK(reader.progressTotal() > 1'900'000);
    CHECK(reader.progressDone() <= 256 * 1024); // one chunk read so far
    int rows = 1;
    TableRow last;
    for (;;) {
        const Result<bool> more = reader.readRow(row);
        if (!more.ok() || !*more)
            break;
        last = row;
        ++rows;
    }
    CHECK(rows == 100000);
    CHECK(last.number == 100001);
    CHECK(last.cells[0] == QStringLiteral("E999"));
    CHECK(reader.progressDone() == reader.progressTotal());
}

TEST_CASE("opening a missing file is NotFound", "[io][csv]")
{
    const auto opened = CsvReader::openFile(QStringLiteral("/nonexistent/file.csv"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotFound);
}

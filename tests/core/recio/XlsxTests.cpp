#include <catch2/catch.hpp>

#include "RecioSupport.h"

#include "common/Progress.h"
#include "io/ExportService.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tl::core;
using namespace tl::test;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Every row of a workbook's first sheet as "number: cell|cell|...".
QStringList readAll(const QString& path, QList<QList<XlsxReader::CellKind>>* kinds = nullptr)
{
    auto reader = XlsxReader::openFile(path);
    INFO((reader ? QString() : reader.error().fullText()).toStdString());
    REQUIRE(reader.ok());
    QStringList lines;
    const auto header = (*reader)->readHeader();
    REQUIRE(header.ok());
    lines << QStringLiteral("%1: %2").arg(header->number).arg(header->cells.join(QLatin1Char('|')));
    if (kinds)
        kinds->append((*reader)->cellKinds());
    TableRow row;
    for (;;) {
        const Result<bool> more = (*reader)->readRow(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        lines << QStringLiteral("%1: %2").arg(row.number).arg(row.cells.join(QLatin1Char('|')));
        if (kinds)
            kinds->append((*reader)->cellKinds());
    }
    return lines;
}

} // namespace

TEST_CASE("xlsx: what XlsxWriter writes, XlsxReader reads back cell for cell; money columns are numbers",
          "[recio][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.xlsx"));
    {
        auto writer = XlsxWriter::openFile(path, u("应收"));
        REQUIRE(writer.ok());
        using T = ColumnType;
        (*writer)->setColumnTypes({T::Text, T::Money, T::Integer, T::Date, T::Text, T::Money});
        REQUIRE(
            (*writer)->writeRow({u("合同编号"), u("金额"), u("期数"), u("应收日期"), u("备注"), u("余额")}));
        REQUIRE((*writer)->writeRow({u("HT-001"), QStringLiteral("1234.50"), QStringLiteral("3"),
                                     QStringLiteral("2026-03-15"), u("上海, \"二部\"\n第二行"),
                                     QStringLiteral("-0.05")}));
        // A formula-like text is neutralised as in CSV; a value that is not an amount stays text.
        REQUIRE((*writer)->writeRow({QStringLiteral("=cmd()"), QStringLiteral("******"), QString(),
                                     QStringLiteral("not a date"), QStringLiteral("-12.50"),
                                     QStringLiteral("123456789012.34")}));
        REQUIRE((*writer)->writeRow({QStringLiteral("0013800"), QStringLiteral("0.00"), QStringLiteral("999"),
                                     QStringLiteral("1900-03-01"), QString(), QString()}));
        // Nothing at the target until finish().
        CHECK_FALSE(QFileInfo::exists(path));
        REQUIRE((*writer)->finish());
    }
    REQUIRE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("round.xlsx")});

    QList<QList<XlsxReader::CellKind>> kinds;
    CHECK(readAll(path, &kinds) ==
          QStringList{u("1: 合同编号|金额|期数|应收日期|备注|余额"),
                      u("2: HT-001|1234.50|3|2026-03-15|上海, \"二部\"\n第二行|-0.05"),
                      QStringLiteral("3: '=cmd()|******||not a date|-12.50|123456789012.34"),
                      QStringLiteral("4: 0013800|0.00|999|1900-03-01")});
    using K = XlsxReader::CellKind;
    REQUIRE(kinds.size() == 4);
    CHECK(kinds.at(1) == QList<K>{K::Text, K::Number, K::Number, K::Date, K::Text, K::Number});
    CHECK(kinds.at(2) == QList<K>{K::Text, K::Text, K::Empty, K::Text, K::Text, K::Number});
    CHECK(kinds.at(3) == QList<K>{K::Text, K::Number, K::Number, K::Date});
    // Imports see the neutralised cell as it was.
    CHECK(ImportService::cleanCell(QStringLiteral("'=cmd()")) == QStringLiteral("=cmd()"));

    // The sheet: header bold and frozen, widths per column, amounts as #,##0.00 numbers.
    const auto sheet = XlsxReader::readPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE(sheet.ok());
    CHECK(sheet->contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
    CHECK(sheet->contains(R"(<c r="B2" s="2"><v>1234.5</v></c>)"));
    CHECK(sheet->contains(R"(<c r="F3" s="2"><v>123456789012.34</v></c>)"));
    CHECK(sheet->contains(R"(<c r="B3" t="inlineStr"><is><t>******</t></is></c>)"));
    CHECK(sheet->contains("<cols>"));
    CHECK(sheet->contains(R"(<col min="5" max="5" width=)"));
    const auto styles = XlsxReader::readPart(path, QStringLiteral("xl/styles.xml"));
    REQUIRE(styles.ok());
    CHECK(styles->contains(R"(formatCode="#,##0.00")"));
    CHECK(styles->contains("<b/>"));
    const auto workbook = XlsxReader::readPart(path, QStringLiteral("xl/workbook.xml"));
    REQUIRE(workbook.ok());
    CHECK(workbook->contains(u("name=\"应收\"").toUtf8()));
}

TEST_CASE("xlsx: a workbook written by another program is read as Excel shows it", "[recio][xlsx]")
{
    auto reader = XlsxReader::openFile(recioDataPath(QStringLiteral("payments_handmade.xlsx")));
    REQUIRE(reader.ok());
    CHECK((*reader)->sheetName() == u("回款")); // the first tab, stored as sheet2.xml
    // Serials: 45717 = 2025-03-01, 45778 = 2025-05-01, 45962 = 2025-11-01 (days after 1899-12-30).
    CHECK(readAll(recioDataPath(QStringLiteral("payments_handmade.xlsx"))) ==
          QStringList{u("1: 回款编号|客户编号|回款日期|回款金额|方式|银行流水号|合同编号"),
                      u("3: P-X01|K001|2025-03-01|1234.56|银行转账|13800138000"),
                      u("4: P-X02|K002|2025-05-01|2000|现金"),
                      u("5: P-X03|K001|2025-11-01|1000.00|支票||HT-002")});

    // 1904 dates, prefixed element names, booleans, errors, times of day, far columns.
    CHECK(readAll(recioDataPath(QStringLiteral("date1904.xlsx"))) ==
          QStringList{QStringLiteral("1: a|b|c|d|e|f"),
                      QStringLiteral("2: 1904-01-01|FALSE|#N/A|1904-01-02 18:00|1904-01-01 12:00|-3.25"),
                      QStringLiteral("3: |TRUE") + QString(26, QLatin1Char('|')) + QStringLiteral("0.001")});
}

TEST_CASE("xlsx: helpers for serial dates, number formats and numbers", "[recio][xlsx]")
{
    // Excel's 1900 system: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious 1900-02-29, 61 = 1900-03-01.
    CHECK(XlsxReader::dateFromSerial(1, false) == QDate(1900, 1, 1));
    CHECK(XlsxReader::dateFromSerial(59, false) == QDate(1900, 2, 28));
    CHECK(XlsxReader::dateFromSerial(61, false) == QDate(1900, 3, 1));
    CHECK(XlsxReader::dateFromSerial(46096, false) == QDate(2026, 3, 15));
    CHECK(XlsxReader::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(XlsxReader::dateFromSerial(1461, true) == QDate(1908, 1, 1)); // 366 + 3 x 365 days

    CHECK(XlsxReader::isDateFormat(14, {}));
    CHECK(XlsxReader::isDateFormat(57, {})); // yyyy"年"m"月" in Chinese Excel
    CHECK_FALSE(XlsxReader::isDateFormat(4, {}));
    CHECK(XlsxReader::isDateFormat(170, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxReader::isDateFormat(171, QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")));
    CHECK_FALSE(XlsxReader::isDateFormat(172, QStringLiteral("#,##0.00_);[Red](#,##0.00)")));
    CHECK_FALSE(XlsxReader::isDateFormat(173, QStringLiteral("\"days\" 0")));
    CHECK_FALSE(XlsxReader::isDateFormat(174, QStringLiteral("General")));

    CHECK(XlsxReader::formatDecimals(4, {}) == 2);
    CHECK(XlsxReader::formatDecimals(165, QStringLiteral("#,##0.000;[Red]-#,##0.000")) == 3);
    CHECK(XlsxReader::formatDecimals(166, QStringLiteral("0")) == 0);

    CHECK(XlsxReader::numberText(1234.5599999999999) == QStringLiteral("1234.56"));
    CHECK(XlsxReader::numberText(0.1 + 0.2) == QStringLiteral("0.30000000000000004")); // never rounded
    CHECK(XlsxReader::numberText(1234.5, 2) == QStringLiteral("1234.50"));
    CHECK(XlsxReader::numberText(7, 2) == QStringLiteral("7.00"));
    CHECK(XlsxReader::numberText(1.125, 2) == QStringLiteral("1.125"));
    CHECK(XlsxReader::numberText(-3e-7) == QStringLiteral("-0.0000003"));
    CHECK(XlsxReader::columnIndex(u"A1") == 0);
    CHECK(XlsxReader::columnIndex(u"AB3") == 27);
    CHECK(XlsxReader::columnIndex(u"XFD1") == 16383);
    CHECK(XlsxReader::columnIndex(u"12") == -1);
    CHECK(XlsxWriter::displayWidth(u("合同ab")) == 6);
}

TEST_CASE("xlsx: broken, missing and old-format files are refused with a reason", "[recio][xlsx]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
    file.close();
    const auto opened = ImportService::openReader(broken);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Invalid);
    CHECK(opened.error().message.contains(QStringLiteral("CSV")));

    const QString old = dir.filePath(QStringLiteral("old.xls"));
    QFile xls(old);
    REQUIRE(xls.open(QIODevice::WriteOnly));
    xls.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    xls.close();
    const auto refused = ImportService::openReader(old);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral(".xlsx")));

    const auto missing = XlsxReader::openFile(dir.filePath(QStringLiteral("missing.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    // An abandoned workbook leaves nothing behind.
    const QString target = dir.filePath(QStringLiteral("abandoned.xlsx"));
    {
        auto writer = XlsxWriter::openFile(target);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->writeRow({QStringLiteral("a")}));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2); // broken.xlsx, old.xls
    CHECK_FALSE(ExportService::openWriter(dir.filePath(QStringLiteral("x.xls"))).ok());
}

TEST_CASE("xlsx: every export kind writes XLSX and every import kind reads it", "[recio][xlsx]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context admin = t.context(sessionFor(Role::Admin));
    NullProgress progress;
    for (const QString& kind : ExportService::keys()) {
        CAPTURE(kind.toStdString());
        const QString path = t.dir() + QLatin1Char('/') + kind + QStringLiteral(".xlsx");
        const auto rows = ExportService(admin).exportFile(kind, path, {}, progress);
        INFO((rows ? QString() : rows.error().fullText()).toStdString());
        REQUIRE(rows.ok());
        auto reader = XlsxReader::openFile(path);
        REQUIRE(reader.ok());
        REQUIRE((*reader)->readHeader().ok());
    }
    // The employees and customers re-import from XLSX (nothing new: every code exists already, so every row
    // is a problem of its own kind, which proves the rows were read and bound).
    const auto employees =
        importPath(admin, QStringLiteral("employees"), t.dir() + QStringLiteral("/employees.xlsx"));
    REQUIRE(employees.ok());
    CHECK(employees->rows == 3);
    const auto customers =
        importPath(admin, QStringLiteral("customers"), t.dir() + QStringLiteral("/customers.xlsx"));
    REQUIRE(customers.ok());
    CHECK(customers->rows == 3);
    CHECK(customers->problems.size() == 3);

    // Templates as XLSX: the header row only, without the read-only columns of exports.
    for (const QString& kind : ImportKinds::keys()) {
        CAPTURE(kind.toStdString());
        const QString path = t.dir() + QStringLiteral("/template-") + kind + QStringLiteral(".xlsx");
        REQUIRE(ImportKinds::writeTemplate(kind, path, HeaderLanguage::Chinese));
        auto reader = XlsxReader::openFile(path);
        REQUIRE(reader.ok());
        const auto header = (*reader)->readHeader();
        REQUIRE(header.ok());
        CHECK(header->cells.join(QLatin1Char(',')) + QStringLiteral("\r\n") ==
              *ImportKinds::templateCsv(kind, HeaderLanguage::Chinese));
    }
    Q_UNUSED(l);
}

TEST_CASE("xlsx: a hand-made workbook imports payments like its CSV twin", "[recio][xlsx]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    importSample(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"));
    const auto result = importFile(ctx, QStringLiteral("payments"), QStringLiteral("payments_handmade.xlsx"));
    requireCommitted(result);
    CHECK(result->createdRows == QList<int>{3, 4, 5});
    CHECK(
        rows(t.db(), QStringLiteral("SELECT payment_no, customer_id, received_on, amount, method, reference, "
                                    "coalesce(contract_id, 0) FROM payments ORDER BY id")) ==
        QStringList{QStringLiteral("P-X01|%1|2025-03-01|123456|bank_transfer|13800138000|0").arg(l.k001),
                    QStringLiteral("P-X02|%1|2025-05-01|200000|cash||0").arg(l.k002),
                    QStringLiteral("P-X03|%1|2025-11-01|100000|cheque||%2")
                        .arg(l.k001)
                        .arg(scalar(t.db(), QStringLiteral(
                                                "SELECT id FROM contracts WHERE contract_no = 'HT-002'")))});
    requireAuditClean(t.db());
}

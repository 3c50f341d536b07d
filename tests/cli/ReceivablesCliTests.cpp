// End-to-end tests of `report aging`, `report receivables` and `letters generate` through the real
// teamledger-cli binary (DESIGN §4; issue 4, "Done means" 2). The database is built from CSV files only
// (tests/data/cli-receivables/*.csv: 4 employees, 6 customers, 9 contracts, 21 instalments, 9 payments with
// partial payments, a payment leaving credit, one received after the as-of date and a contract signed after
// it). Every expected figure was worked out by hand in tests/data/cli-receivables/expected.md (allocation of
// each payment, days past due of the boundary dates 0/1/30/31/60/61/90/91/180/181/365/366, and the sums per
// salesperson, customer, team and customer type as of 2026-06-30).
#include "CliWorkspace.h"
#include "support/TestData.h"
#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

const QString kPassword = QStringLiteral("receivables-secret-1");
const QString kAsOf = QStringLiteral("2026-06-30");

using Outcome = tl::test::CliOutcome;

QString dataFile(const QString& name)
{
    return tl::test::testDataPath(QStringLiteral("cli-receivables/") + name);
}

// A temporary folder with a database and a password file; runs the CLI against them.
class ReceivablesWorkspace : public tl::test::CliWorkspace
{
public:
    ReceivablesWorkspace() : CliWorkspace(kPassword) {}

    // The scenario of expected.md, from CSV files only.
    void buildScenario() const
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("应收测试有限公司")});
        for (const char* kind : {"employees", "customers", "contracts", "installments", "payments"})
            ok({QStringLiteral("import"), QString::fromLatin1(kind),
                dataFile(QString::fromLatin1(kind) + QStringLiteral(".csv"))});
    }

    QByteArray file(const QString& name) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

QStringList lines(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
}

QJsonObject parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// pdftotext's text of each page; empty when poppler-utils is not installed.
QStringList pdfPageTexts(const QString& file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

// The rows of an ageing JSON as key → total.
QMap<QString, QString> totalsByKey(const QJsonObject& report)
{
    QMap<QString, QString> totals;
    for (const QJsonValue& row : report.value(QStringLiteral("rows")).toArray())
        totals.insert(row[QStringLiteral("key")].toString(), row[QStringLiteral("total")].toString());
    return totals;
}

} // namespace

TEST_CASE("cli receivables: ageing by salesperson and by customer equals the hand computation",
          "[cli][receivables]")
{
    ReceivablesWorkspace w;
    w.buildScenario();
    // The allocation of expected.md's payment table, with P005's 999.50 left as credit.
    CHECK(w.rows("SELECT c.contract_no, i.seq, i.paid_total FROM installments i JOIN contracts c ON "
                 "c.id = i.contract_id WHERE i.paid_total > 0 ORDER BY c.contract_no, i.seq") ==
          QStringList{QStringLiteral("HT001|1|3500000"), QStringLiteral("HT002|1|800000"),
                      QStringLiteral("HT003|1|2000000"), QStringLiteral("HT004|1|1200000"),
                      QStringLiteral("HT005|1|450025"), QStringLiteral("HT005|2|450025"),
                      QStringLiteral("HT006|1|200075"), QStringLiteral("HT007|1|1234567"),
                      QStringLiteral("HT008|1|1200000")});
    CHECK(
        w.rows("SELECT payment_no, amount - allocated_total FROM payments WHERE allocated_total < amount") ==
        QStringList{QStringLiteral("P005|99950")});

    // By salesperson: exactly this text, keys in this order (DESIGN §4).
    const Outcome bySalesperson =
        w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf,
              QStringLiteral("--by"), QStringLiteral("salesperson"), QStringLiteral("--format"),
              QStringLiteral("json")});
    const QString expectedBySalesperson = QString::fromUtf8(
        R"({"as_of":"2026-06-30","by":"salesperson","buckets":["not_due","1-30","31-60","61-90","91-180",)"
        R"("181-365","365+"],"rows":[)"
        R"({"key":"E002","name":"李娜","not_due":"50000.00","1-30":"10000.00","31-60":"2000.00",)"
        R"("61-90":"0.00","91-180":"25000.00","181-365":"45000.00","365+":"5000.00","total":"137000.00"},)"
        R"({"key":"E003","name":"王强","not_due":"6000.00","1-30":"6000.00","31-60":"20000.00",)"
        R"("61-90":"23999.25","91-180":"8000.00","181-365":"0.00","365+":"0.00","total":"63999.25"},)"
        R"({"key":"E004","name":"赵敏","not_due":"12000.00","1-30":"12000.00","31-60":"0.00",)"
        R"("61-90":"0.00","91-180":"0.00","181-365":"0.00","365+":"67654.33","total":"91654.33"}],)"
        R"("total":{"not_due":"68000.00","1-30":"28000.00","31-60":"22000.00","61-90":"23999.25",)"
        R"("91-180":"33000.00","181-365":"45000.00","365+":"72654.33","total":"292653.58"}})"
        "\n");
    CHECK(bySalesperson.out == expectedBySalesperson);
    CHECK(parse(bySalesperson.out) == parse(expectedBySalesperson));

    // --by salesperson is the default.
    const Outcome byDefault =
        w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf,
              QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(byDefault.out == expectedBySalesperson);

    const Outcome byCustomer =
        w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf,
              QStringLiteral("--by"), QStringLiteral("customer"), QStringLiteral("--format"),
              QStringLiteral("json")});
    CHECK(
        parse(byCustomer.out) ==
        parse(QString::fromUtf8(
            R"({"as_of":"2026-06-30","by":"customer","buckets":["not_due","1-30","31-60","61-90","91-180",)"
            R"("181-365","365+"],"rows":[)"
            R"({"key":"C001","name":"上海甲贸易有限公司","not_due":"50000.00","1-30":"10000.00",)"
            R"("31-60":"2000.00","61-90":"0.00","91-180":"0.00","181-365":"40000.00","365+":"5000.00",)"
            R"("total":"107000.00"},)"
            R"({"key":"C002","name":"上海乙科技有限公司","not_due":"0.00","1-30":"0.00","31-60":"0.00",)"
            R"("61-90":"0.00","91-180":"25000.00","181-365":"5000.00","365+":"0.00","total":"30000.00"},)"
            R"({"key":"C003","name":"上海丙实业有限公司","not_due":"0.00","1-30":"0.00","31-60":"20000.00",)"
            R"("61-90":"20000.00","91-180":"8000.00","181-365":"0.00","365+":"0.00","total":"48000.00"},)"
            R"({"key":"C004","name":"上海丁电子有限公司","not_due":"6000.00","1-30":"6000.00","31-60":"0.00",)"
            R"("61-90":"3999.25","91-180":"0.00","181-365":"0.00","365+":"0.00","total":"15999.25"},)"
            R"({"key":"C005","name":"上海戊物流有限公司","not_due":"0.00","1-30":"0.00","31-60":"0.00",)"
            R"("61-90":"0.00","91-180":"0.00","181-365":"0.00","365+":"67654.33","total":"67654.33"},)"
            R"({"key":"C006","name":"上海己广告有限公司","not_due":"12000.00","1-30":"12000.00",)"
            R"("31-60":"0.00","61-90":"0.00","91-180":"0.00","181-365":"0.00","365+":"0.00",)"
            R"("total":"24000.00"}],)"
            R"("total":{"not_due":"68000.00","1-30":"28000.00","31-60":"22000.00","61-90":"23999.25",)"
            R"("91-180":"33000.00","181-365":"45000.00","365+":"72654.33","total":"292653.58"}})")));

    // Team and customer type: the totals of expected.md.
    const QJsonObject byTeam =
        parse(w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf,
                    QStringLiteral("--by"), QStringLiteral("team"), QStringLiteral("--format"),
                    QStringLiteral("json")})
                  .out);
    CHECK(byTeam.value(QStringLiteral("by")).toString() == QStringLiteral("team"));
    CHECK(totalsByKey(byTeam) ==
          QMap<QString, QString>{{QString::fromUtf8("销售中心/销售一部"), QStringLiteral("200999.25")},
                                 {QString::fromUtf8("销售中心/销售二部"), QStringLiteral("91654.33")}});
    const QJsonObject byType =
        parse(w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf,
                    QStringLiteral("--by"), QStringLiteral("customer-type"), QStringLiteral("--format"),
                    QStringLiteral("json")})
                  .out);
    CHECK(byType.value(QStringLiteral("by")).toString() == QStringLiteral("customer-type"));
    CHECK(totalsByKey(byType) ==
          QMap<QString, QString>{{QStringLiteral("channel"), QStringLiteral("15999.25")},
                                 {QStringLiteral("key_account"), QStringLiteral("107000.00")},
                                 {QStringLiteral("other"), QStringLiteral("24000.00")},
                                 {QStringLiteral("sme"), QStringLiteral("145654.33")}});
    CHECK(byType.value(QStringLiteral("total")).toObject().value(QStringLiteral("total")).toString() ==
          QStringLiteral("292653.58"));

    // CSV: header, one line per salesperson, the total line.
    const Outcome csv = w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"),
                              kAsOf, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(
        lines(csv.out) ==
        QStringList{
            QStringLiteral("key,name,not_due,1-30,31-60,61-90,91-180,181-365,365+,total"),
            QString::fromUtf8("E002,李娜,50000.00,10000.00,2000.00,0.00,25000.00,45000.00,5000.00,137000.00"),
            QString::fromUtf8("E003,王强,6000.00,6000.00,20000.00,23999.25,8000.00,0.00,0.00,63999.25"),
            QString::fromUtf8("E004,赵敏,12000.00,12000.00,0.00,0.00,0.00,0.00,67654.33,91654.33"),
            QStringLiteral(",Total,68000.00,28000.00,22000.00,23999.25,33000.00,45000.00,72654.33,"
                           "292653.58")});

    // Text (the default format): an aligned table with the same figures.
    const Outcome text =
        w.ok({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--as-of"), kAsOf});
    const QStringList textLines = lines(text.out);
    REQUIRE(textLines.size() == 5);
    CHECK(textLines.at(1).simplified() ==
          QString::fromUtf8("E002 李娜 50000.00 10000.00 2000.00 0.00 25000.00 45000.00 5000.00 137000.00"));
    CHECK(textLines.at(4).simplified() ==
          QStringLiteral("Total 68000.00 28000.00 22000.00 23999.25 33000.00 45000.00 72654.33 292653.58"));

    // Reports change nothing; the database stays consistent.
    CHECK(w.run({QStringLiteral("check")}).code == 0);
}

TEST_CASE("cli receivables: the receivables list as PDF, CSV and XLSX", "[cli][receivables]")
{
    ReceivablesWorkspace w;
    w.buildScenario();

    // E003 as CSV: the six open items of expected.md by customer and due date. Late interest at the default
    // 4.5% a year, simple daily, actual/365, from the day after the due date, half-up to the fen once:
    //   HT004-1 20,000.00 × 10 days (04-01..04-10, P004 counts from 04-11) + 8,000.00 × 81 days
    //   (04-11..06-30)
    //           = 84,800,000 fen-days × 0.045 / 365 = 10,454.79 fen → 104.55
    //   HT004-2 20,000.00 × 90 days = 180,000,000 × 0.045 / 365 = 22,191.78 → 221.92
    //   HT004-3 20,000.00 × 60 days = 120,000,000 × 0.045 / 365 = 14,794.52 → 147.95
    //   HT006-1 6,000.00 × 51 days (05-01..06-20) + 3,999.25 × 10 days (06-21..06-30)
    //           = 30,600,000 + 3,999,250 = 34,599,250 × 0.045 / 365 = 4,265.66 → 42.66
    //   HT006-2 6,000.00 × 15 days = 9,000,000 × 0.045 / 365 = 1,109.59 → 11.10; HT006-3 not due: 0.00
    const QString csvPath = w.path(QStringLiteral("e003.csv"));
    const Outcome csv =
        w.ok({QStringLiteral("report"), QStringLiteral("receivables"), QStringLiteral("--salesperson"),
              QStringLiteral("E003"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), csvPath});
    CHECK(csv.out ==
          QString::fromUtf8("Receivables list of E003 王强 as of 2026-06-30: 6 open item(s), balance "
                            "¥63,999.25, overdue ¥57,999.25; written to %1 (6 row(s)).\n")
              .arg(csvPath));
    const QByteArray csvBytes = w.file(QStringLiteral("e003.csv"));
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QString c003 = QString::fromUtf8("C003,上海丙实业有限公司,");
    const QString c004 = QString::fromUtf8("C004,上海丁电子有限公司,");
    const QString e003 = QString::fromUtf8(",E003,王强,,");
    CHECK(lines(QString::fromUtf8(csvBytes.mid(3))) ==
          QStringList{
              QStringLiteral("customer_code,customer_name,contract_no,seq,due_on,amount,paid,written_off,"
                             "balance,disputed,days_past_due,bucket,interest_outstanding,collector_code,"
                             "collector_name,letter_no,letter_status"),
              c003 +
                  QStringLiteral("HT004,1,2026-03-31,20000.00,12000.00,0.00,8000.00,0.00,91,91-180,104.55") +
                  e003,
              c003 + QStringLiteral("HT004,2,2026-04-01,20000.00,0.00,0.00,20000.00,0.00,90,61-90,221.92") +
                  e003,
              c003 + QStringLiteral("HT004,3,2026-05-01,20000.00,0.00,0.00,20000.00,0.00,60,31-60,147.95") +
                  e003,
              c004 + QStringLiteral("HT006,1,2026-04-30,6000.00,2000.75,0.00,3999.25,0.00,61,61-90,42.66") +
                  e003,
              c004 + QStringLiteral("HT006,2,2026-06-15,6000.00,0.00,0.00,6000.00,0.00,15,1-30,11.10") + e003,
              c004 + QStringLiteral("HT006,3,2026-08-15,6000.00,0.00,0.00,6000.00,0.00,0,not_due,0.00") +
                  e003});

    // Narrowed to one of the salesperson's customers.
    const Outcome narrowed = w.ok(
        {QStringLiteral("report"), QStringLiteral("receivables"), QStringLiteral("--salesperson"),
         QStringLiteral("E003"), QStringLiteral("--customer"), QStringLiteral("C004"),
         QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), w.path(QStringLiteral("e003-c004.csv"))});
    CHECK(narrowed.out.contains(QString::fromUtf8("3 open item(s), balance ¥15,999.25, overdue ¥9,999.25;")));
    CHECK(lines(QString::fromUtf8(w.file(QStringLiteral("e003-c004.csv")).mid(3))).size() == 4);

    // As a PDF: landscape A4 pages; the interest of HT005-1, paid on 06-29, is still outstanding:
    // 4,500.25 × 60 days (05-01..06-29) = 27,001,500 × 0.045 / 365 = 3,328.95 fen → 33.29.
    const QString pdfPath = w.path(QStringLiteral("e003.pdf"));
    const Outcome pdf =
        w.ok({QStringLiteral("report"), QStringLiteral("receivables"), QStringLiteral("--salesperson"),
              QStringLiteral("E003"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), pdfPath});
    const QByteArray pdfBytes = w.file(QStringLiteral("e003.pdf"));
    CHECK(pdfBytes.startsWith("%PDF-"));
    CHECK(pdfPages(pdfBytes) >= 1);
    CHECK(pdf.out.endsWith(QStringLiteral("(%1 page(s)).\n").arg(pdfPages(pdfBytes))));
    const QStringList pages = pdfPageTexts(pdfPath);
    if (pages.isEmpty()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
    } else {
        const QString all = pages.join(QLatin1Char('\n'));
        for (const QString& part :
             {QString::fromUtf8("E003 王强"), QStringLiteral("HT004"), QStringLiteral("HT006"),
              QStringLiteral("63,999.25"), QStringLiteral("23,999.25"), QStringLiteral("104.55"),
              QStringLiteral("561.47"), QStringLiteral("¥33.29"), QStringLiteral("Salesperson"),
              QStringLiteral("Department manager"), QStringLiteral("Finance")}) {
            INFO(part.toStdString());
            CHECK(all.contains(part));
        }
        CHECK(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    }

    // A customer's list as XLSX (a zip).
    const Outcome xlsx =
        w.ok({QStringLiteral("report"), QStringLiteral("receivables"), QStringLiteral("--customer"),
              QStringLiteral("C001"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"),
              w.path(QStringLiteral("c001.xlsx"))});
    CHECK(xlsx.out.contains(
        QString::fromUtf8("C001 上海甲贸易有限公司 as of 2026-06-30: 6 open item(s), balance "
                          "¥107,000.00")));
    CHECK(w.file(QStringLiteral("c001.xlsx")).startsWith("PK"));
}

TEST_CASE("cli receivables: letters generate writes the drafts into one PDF", "[cli][receivables]")
{
    ReceivablesWorkspace w;
    w.buildScenario();
    const QString year = QString::number(QDate::currentDate().year());
    const auto number = [&](int serial) {
        return QStringLiteral("DZ-%1-%2").arg(year).arg(serial, 6, 10, QLatin1Char('0'));
    };

    const QString allPath = w.path(QStringLiteral("all.pdf"));
    const Outcome all = w.ok({QStringLiteral("letters"), QStringLiteral("generate"), QStringLiteral("--all"),
                              QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), allPath});
    const QByteArray pdf = w.file(QStringLiteral("all.pdf"));
    CHECK(pdf.startsWith("%PDF-"));
    const int pageCount = pdfPages(pdf);
    CHECK(pageCount >= 6); // every letter starts on a new page
    CHECK(lines(all.out) ==
          QStringList{number(1) + QString::fromUtf8(" C001 上海甲贸易有限公司 ¥107,000.00"),
                      number(2) + QString::fromUtf8(" C002 上海乙科技有限公司 ¥30,000.00"),
                      number(3) + QString::fromUtf8(" C003 上海丙实业有限公司 ¥48,000.00"),
                      number(4) + QString::fromUtf8(" C004 上海丁电子有限公司 ¥15,999.25"),
                      number(5) + QString::fromUtf8(" C005 上海戊物流有限公司 ¥67,654.33"),
                      number(6) + QString::fromUtf8(" C006 上海己广告有限公司 ¥24,000.00"),
                      QStringLiteral("Generated 6 letter(s) as of 2026-06-30, written to %1 (%2 page(s)).")
                          .arg(allPath)
                          .arg(pageCount)});
    CHECK(w.rows("SELECT l.letter_no, c.code, l.as_of, l.balance, l.status, count(i.id) FROM letters l "
                 "JOIN customers c ON c.id = l.customer_id JOIN letter_items i ON i.letter_id = l.id "
                 "GROUP BY l.id ORDER BY l.letter_no") ==
          QStringList{number(1) + QStringLiteral("|C001|2026-06-30|10700000|draft|6"),
                      number(2) + QStringLiteral("|C002|2026-06-30|3000000|draft|2"),
                      number(3) + QStringLiteral("|C003|2026-06-30|4800000|draft|3"),
                      number(4) + QStringLiteral("|C004|2026-06-30|1599925|draft|3"),
                      number(5) + QStringLiteral("|C005|2026-06-30|6765433|draft|2"),
                      number(6) + QStringLiteral("|C006|2026-06-30|2400000|draft|2")});

    const QStringList pages = pdfPageTexts(allPath);
    if (pages.isEmpty()) {
        WARN("pdftotext is not installed: the letters' text is not checked");
    } else {
        REQUIRE(pages.size() == pageCount);
        // Each letter: its number, the balance in figures and in capitals (they agree: 107,000.00 =
        // 壹拾万柒仟元整 …), the payment demand and both confirmation choices; pages numbered per letter.
        const QStringList capitals{QString::fromUtf8("壹拾万柒仟元整"),
                                   QString::fromUtf8("叁万元整"),
                                   QString::fromUtf8("肆万捌仟元整"),
                                   QString::fromUtf8("壹万伍仟玖佰玖拾玖元贰角伍分"),
                                   QString::fromUtf8("陆万柒仟陆佰伍拾肆元叁角叁分"),
                                   QString::fromUtf8("贰万肆仟元整")};
        const QStringList figures{QStringLiteral("107,000.00"), QStringLiteral("30,000.00"),
                                  QStringLiteral("48,000.00"),  QStringLiteral("15,999.25"),
                                  QStringLiteral("67,654.33"),  QStringLiteral("24,000.00")};
        const QString text = pages.join(QLatin1Char('\n')).remove(QLatin1Char(' '));
        for (int l = 0; l < 6; ++l) {
            INFO("letter " << l + 1);
            CHECK(text.contains(QStringLiteral("编号：") + number(l + 1)));
            CHECK(text.contains(figures.at(l)));
            CHECK(text.contains(capitals.at(l)));
        }
        CHECK(text.count(QString::fromUtf8("前支付上述欠款")) == 6);
        CHECK(text.count(QString::fromUtf8("①信息证明无误")) == 6);
        CHECK(text.count(QString::fromUtf8("②信息不符")) == 6);
        int firstPages = 0;
        for (const QString& page : pages) {
            const QRegularExpressionMatch footer =
                QRegularExpression(QString::fromUtf8("第\\s*(\\d+)\\s*页\\s*/\\s*共\\s*(\\d+)\\s*页"))
                    .match(page);
            REQUIRE(footer.hasMatch());
            CHECK(footer.captured(1).toInt() <= footer.captured(2).toInt());
            firstPages += footer.captured(1) == QLatin1String("1");
        }
        CHECK(firstPages == 6);
    }

    // One salesperson's customers: only their collected instalments; numbering goes on.
    const Outcome mine =
        w.ok({QStringLiteral("letters"), QStringLiteral("generate"), QStringLiteral("--salesperson"),
              QStringLiteral("E003"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"),
              w.path(QStringLiteral("e003.pdf"))});
    CHECK(lines(mine.out).mid(0, 2) ==
          QStringList{number(7) + QString::fromUtf8(" C003 上海丙实业有限公司 ¥48,000.00"),
                      number(8) + QString::fromUtf8(" C004 上海丁电子有限公司 ¥15,999.25")});
    CHECK(lines(mine.out).last().startsWith(QStringLiteral("Generated 2 letter(s) as of 2026-06-30")));
    const Outcome one = w.ok({QStringLiteral("letters"), QStringLiteral("generate"),
                              QStringLiteral("--customer"), QStringLiteral("C005"), QStringLiteral("--as-of"),
                              kAsOf, QStringLiteral("--out"), w.path(QStringLiteral("c005.pdf"))});
    CHECK(lines(one.out).first() == number(9) + QString::fromUtf8(" C005 上海戊物流有限公司 ¥67,654.33"));
    CHECK(pdfPages(w.file(QStringLiteral("c005.pdf"))) == 1); // two items: one page
    CHECK(w.rows("SELECT count(*) FROM letters") == QStringList{QStringLiteral("9")});
    CHECK(w.run({QStringLiteral("check")}).code == 0);
}

TEST_CASE("cli receivables: usage errors, bad input, unknown codes and the headless rule",
          "[cli][receivables]")
{
    ReceivablesWorkspace w;
    w.buildScenario();
    const auto code = [&](const QStringList& args) {
        const Outcome o = w.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << o.code << "\n" << o.err.toStdString());
        return o.code;
    };
    const QString pdf = w.path(QStringLiteral("x.pdf"));
    const QString report = QStringLiteral("report"), aging = QStringLiteral("aging"),
                  receivables = QStringLiteral("receivables"), letters = QStringLiteral("letters"),
                  generate = QStringLiteral("generate"), asOf = QStringLiteral("--as-of"),
                  out = QStringLiteral("--out");

    // 1: usage.
    CHECK(code({report}) == 1);
    CHECK(code({report, QStringLiteral("balance")}) == 1);
    CHECK(code({report, aging}) == 1); // --as-of is required
    CHECK(code({report, aging, asOf, kAsOf, QStringLiteral("--by"), QStringLiteral("region")}) == 1);
    CHECK(code({report, aging, asOf, kAsOf, QStringLiteral("--format"), QStringLiteral("xml")}) == 1);
    CHECK(code({report, aging, asOf, kAsOf, QStringLiteral("--fast")}) == 1);
    CHECK(code({report, aging, asOf, kAsOf, out, pdf}) == 1);
    CHECK(code({report, receivables, out, pdf}) == 1); // whose list?
    CHECK(code({report, receivables, QStringLiteral("--salesperson"), QStringLiteral("E003")}) ==
          1); // no --out
    CHECK(code({letters}) == 1);
    CHECK(code({letters, QStringLiteral("send")}) == 1);
    CHECK(code({letters, generate, asOf, kAsOf, out, pdf}) == 1); // no subject
    CHECK(code({letters, generate, QStringLiteral("--all"), QStringLiteral("--customer"),
                QStringLiteral("C001"), asOf, kAsOf, out, pdf}) == 1);
    CHECK(code({letters, generate, QStringLiteral("--all"), out, pdf}) == 1);    // no --as-of
    CHECK(code({letters, generate, QStringLiteral("--all"), asOf, kAsOf}) == 1); // no --out

    // 2: invalid input.
    const Outcome badDate = w.run({report, aging, asOf, QStringLiteral("2026-02-30")});
    CHECK(badDate.code == 2);
    CHECK(
        badDate.err.startsWith(QStringLiteral("The as-of date must be a date (YYYY-MM-DD): '2026-02-30'.")));
    CHECK(code({report, aging, asOf, QStringLiteral("yesterday")}) == 2);
    CHECK(code({report, receivables, QStringLiteral("--salesperson"), QStringLiteral("E003"), asOf,
                QStringLiteral("2026-13-01"), out, pdf}) == 2);
    CHECK(code({report, receivables, QStringLiteral("--salesperson"), QStringLiteral("E003"), out,
                w.path(QStringLiteral("x.txt"))}) == 2);
    CHECK(code({report, receivables, QStringLiteral("--salesperson"), QStringLiteral("E003"), out,
                w.path(QStringLiteral("no/such/folder/x.pdf"))}) == 2);
    CHECK(code({letters, generate, QStringLiteral("--all"), asOf, QStringLiteral("2026-06-31"), out, pdf}) ==
          2);
    CHECK(code({letters, generate, QStringLiteral("--all"), asOf, kAsOf, out,
                w.path(QStringLiteral("x.docx"))}) == 2);
    CHECK(code({letters, generate, QStringLiteral("--all"), asOf, QStringLiteral("2999-01-01"), out, pdf}) ==
          2);

    // 4: unknown salesperson or customer.
    const Outcome unknown =
        w.run({report, receivables, QStringLiteral("--salesperson"), QStringLiteral("E999"), out, pdf});
    CHECK(unknown.code == 4);
    CHECK(unknown.err.contains(QStringLiteral("E999")));
    CHECK(code({report, receivables, QStringLiteral("--customer"), QStringLiteral("C999"), out, pdf}) == 4);
    CHECK(code({letters, generate, QStringLiteral("--salesperson"), QStringLiteral("E999"), asOf, kAsOf, out,
                pdf}) == 4);
    CHECK(code({letters, generate, QStringLiteral("--customer"), QStringLiteral("C999"), asOf, kAsOf, out,
                pdf}) == 4);

    // 3: wrong password.
    {
        QFile wrong(w.path(QStringLiteral("wrong.txt")));
        REQUIRE(wrong.open(QIODevice::WriteOnly));
        wrong.write("not-the-password\n");
    }
    CHECK(code({QStringLiteral("--password-file"), w.path(QStringLiteral("wrong.txt")), report, aging, asOf,
                kAsOf}) == 3);

    // Nothing was written by the failures.
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(w.rows("SELECT count(*) FROM letters") == QStringList{QStringLiteral("0")});

    // Only `report` and `letters` start Qt Gui (on the offscreen platform when none is set); every other
    // command stays a plain QCoreApplication and runs whatever QT_QPA_PLATFORM says.
    QProcessEnvironment bogus = ReceivablesWorkspace::environment();
    bogus.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    CHECK(w.run({QStringLiteral("check")}, bogus).code == 0);
    CHECK(w.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("export"),
                 QStringLiteral("customers"), w.path(QStringLiteral("c.csv"))},
                bogus)
              .code == 0);
    QProcessEnvironment unset = ReceivablesWorkspace::environment();
    unset.remove(QStringLiteral("QT_QPA_PLATFORM"));
    unset.remove(QStringLiteral("DISPLAY"));
    unset.remove(QStringLiteral("WAYLAND_DISPLAY"));
    CHECK(w.run({report, receivables, QStringLiteral("--customer"), QStringLiteral("C002"), asOf, kAsOf, out,
                 pdf},
                unset)
              .code == 0);
    CHECK(QFile::exists(pdf));

    const Outcome help = w.ok({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("  report ")));
    CHECK(help.out.contains(QStringLiteral("  letters ")));
    CHECK(w.ok({report, QStringLiteral("--help")}).out.contains(QStringLiteral("--salesperson")));
}

// The payroll summary by department, the bank batch file and the income-tax withholding list. Every expected
// figure is worked out by hand in PayrollDocsFixture.h (January) and below (February).
#include "PayrollDocsFixture.h"

#include "db/SqlQuery.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "payroll/BankFile.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayrollSummary.h"
#include "payroll/TaxWithholdingList.h"
#include "support/Builders.h"

#include <QBuffer>
#include <QFile>

using namespace tl::core;
using tl::test::PayrollDocsFixture;

namespace {

const QString kJanuary = QStringLiteral("2026-01");
const QString kFebruary = QStringLiteral("2026-02");

Money fen(qint64 amount)
{
    return Money::fromFen(amount);
}

// The CSV a writer produces, as lines without the byte-order mark.
template <typename Write> QStringList csvLines(Write write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = CsvWriter::toDevice(&buffer);
    REQUIRE(write(*writer).ok());
    REQUIRE(writer->finish().ok());
    QString text = QString::fromUtf8(buffer.data());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QList<QStringList> xlsxRows(const QString& path)
{
    auto reader = XlsxReader::openFile(path);
    REQUIRE(reader.ok());
    QList<QStringList> rows;
    const auto header = (*reader)->readHeader();
    REQUIRE(header.ok());
    rows << header->cells;
    TableRow row;
    while (true) {
        const auto more = (*reader)->readRow(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        rows << row.cells;
    }
    return rows;
}

qint64 exportEvents(PayrollDocsFixture& f, const QString& label)
{
    return SqlQuery::scalar(
               f.database().db(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = "
                              "'export' AND label = ?"),
               {label})
        .toLongLong();
}

} // namespace

TEST_CASE("payroll summary: a row per department and totals equal to the run", "[payrolldocs]")
{
    PayrollDocsFixture f;
    f.calculate(kJanuary);
    const Context hr = f.as(Role::Hr);
    const auto data = PayrollSummary(hr).build(kJanuary);
    REQUIRE(data.ok());
    CHECK(data->companyName == QStringLiteral("薪资文档测试有限公司"));
    CHECK(data->status == QStringLiteral("calculated"));
    REQUIRE(data->rows.size() == 3);
    CHECK(data->rows.at(0).department == QStringLiteral("北京销售部"));
    CHECK(data->rows.at(1).department == QStringLiteral("销售中心"));
    CHECK(data->rows.at(2).department == QStringLiteral("销售中心/销售一部"));

    // 北京销售部 = E002 + E004: gross 5,000 + 9,000; pension 572.96 + 720; medical 143.24 + 180; unemployment
    // 35.81 + 45; housing fund 859 + 900; tax 0 + 64.65; loss 1,800; net 3,388.99 + 5,290.35; employer
    // pension 1,145.92 + 1,440, medical 701.88 + 882, unemployment 35.81 + 45, injury 28.65 + 36, housing
    // fund 859 + 900; employer total 2,771.26 + 3,303.00.
    const PayrollSummary::Row& beijing = data->rows.at(0);
    CHECK(beijing.headcount == 2);
    CHECK(beijing.gross == fen(1400000));
    CHECK(beijing.amount(QStringLiteral("pension")) == fen(129296));
    CHECK(beijing.amount(QStringLiteral("iit")) == fen(6465));
    CHECK(beijing.amount(QStringLiteral("loss_deduction")) == fen(180000));
    CHECK(beijing.net == fen(867934));
    CHECK(beijing.employerCost == fen(607426));

    // The total row is the run's (and the sum of the payslips): 4 payslips, gross 42,981.82, net 32,609.91,
    // tax 326.25 + 64.65 = 390.90, employer 15,162.46.
    const PayrollRun run = *PayrollRunService(hr).run(kJanuary);
    CHECK(data->total.headcount == 4);
    CHECK(data->total.gross == fen(4298182));
    CHECK(data->total.net == fen(3260991));
    CHECK(data->total.amount(QStringLiteral("iit")) == fen(39090));
    CHECK(data->total.employerCost == fen(1516246));
    CHECK(data->total.gross == run.gross);
    CHECK(data->total.net == run.net);
    CHECK(data->total.employerCost == run.employerCost);

    const QStringList lines = csvLines([&](TableWriter& w) { return PayrollSummary::write(*data, w); });
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == PayrollSummary::header().join(QLatin1Char(',')));
    CHECK(lines.at(1) ==
          QStringLiteral("北京销售部,2,14000.00,1292.96,323.24,80.81,1759.00,64.65,1800.00,8679.34,"
                         "2585.92,1583.88,80.81,64.65,1759.00,6074.26"));
    // Total: pension 1,200 + 572.96 + 960 + 720 = 3,452.96; medical 300 + 143.24 + 240 + 180 = 863.24;
    // unemployment 75 + 35.81 + 60 + 45 = 215.81; housing fund 1,050 + 859 + 840 + 900 = 3,649; employer
    // pension 2,400 + 1,145.92 + 1,920 + 1,440 = 6,905.92, medical 1,500 + 701.88 + 1,200 + 882 = 4,283.88,
    // unemployment 215.81, injury 24 + 28.65 + 19.20 + 36 = 107.85, housing fund 3,649.
    CHECK(lines.at(4).section(QLatin1Char(','), 1) ==
          QStringLiteral("4,42981.82,3452.96,863.24,215.81,3649.00,390.90,1800.00,32609.91,6905.92,4283.88,"
                         "215.81,107.85,3649.00,15162.46"));

    // Who may see it: HR and the auditor, not finance or a salesperson.
    CHECK(PayrollSummary(f.as(Role::Auditor)).build(kJanuary).ok());
    CHECK(PayrollSummary(f.as(Role::Finance)).build(kJanuary).error().code == ErrorCode::PermissionDenied);
    CHECK(PayrollSummary(f.as(Role::Sales, f.e003)).build(kJanuary).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(PayrollSummary(hr).build(QStringLiteral("2025-12")).error().code == ErrorCode::NotFound);

    // Exported to a file and audited.
    const QString path = f.database().dir() + QStringLiteral("/summary.xlsx");
    REQUIRE(PayrollSummary(hr).exportFile(kJanuary, path).ok());
    const QList<QStringList> rows = xlsxRows(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(4).mid(1, 3) ==
          QStringList{QStringLiteral("4"), QStringLiteral("42981.82"), QStringLiteral("3452.96")});
    CHECK(exportEvents(f, QStringLiteral("payroll_summary 2026-01")) == 1);
}

TEST_CASE("bank file: net pay of an approved run, the total equal to the sum of net pay", "[payrolldocs]")
{
    PayrollDocsFixture f;
    f.calculate(kJanuary);
    const Context hr = f.as(Role::Hr);

    // Only for an approved or locked run.
    const auto early = BankFile(hr).build(kJanuary);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);
    f.approve(kJanuary);

    const auto data = BankFile(hr).build(kJanuary);
    REQUIRE(data.ok());
    // E003 has no bank account: left out and listed. The rest: 17,548.75 + 3,388.99 + 5,290.35 = 26,228.09,
    // and 26,228.09 + 6,381.82 = 32,609.91, the run's net total.
    REQUIRE(data->transfers.size() == 3);
    CHECK(data->total == fen(2622809));
    REQUIRE(data->skipped.size() == 1);
    CHECK(data->skipped.first().employeeCode == QStringLiteral("E003"));
    CHECK(data->skipped.first().amount == fen(638182));
    CHECK(data->runNet == fen(3260991));
    Money sumOfNet;
    const auto payslips = PayrollRunService(hr).payslips(kJanuary);
    REQUIRE(payslips.ok());
    for (const Payslip& p : payslips.value())
        sumOfNet += p.net;
    CHECK(data->total + data->skipped.first().amount == sumOfNet);

    const QStringList lines = csvLines([&](TableWriter& w) { return BankFile::write(*data, w); });
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == BankFile::header().join(QLatin1Char(',')));
    CHECK(lines.at(1) ==
          QStringLiteral("1,E001,张伟,6222020200112233445,中国工商银行上海分行,17548.75,") + data->purpose);
    CHECK(lines.at(2) ==
          QStringLiteral("2,E002,李娜,6225880112345678,招商银行北京分行,3388.99,") + data->purpose);
    CHECK(lines.at(3) ==
          QStringLiteral("3,E004,赵敏,6217000010098765432,中国建设银行北京分行,5290.35,") + data->purpose);
    CHECK(lines.at(4).split(QLatin1Char(',')).at(5) == QStringLiteral("26228.09"));

    // XLSX: the amounts are numbers; audited as an export.
    const QString path = f.database().dir() + QStringLiteral("/bank.xlsx");
    REQUIRE(BankFile(hr).exportFile(kJanuary, path).ok());
    const QList<QStringList> rows = xlsxRows(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(1).mid(0, 6) == QStringList{QStringLiteral("1"), QStringLiteral("E001"),
                                              QStringLiteral("张伟"), QStringLiteral("6222020200112233445"),
                                              QStringLiteral("中国工商银行上海分行"),
                                              QStringLiteral("17548.75")});
    CHECK(rows.at(4).at(5) == QStringLiteral("26228.09"));
    CHECK(exportEvents(f, QStringLiteral("bank_file 2026-01")) == 1);

    // A locked run still has its bank file; others may not write it.
    f.lock(kJanuary);
    CHECK(BankFile(hr).build(kJanuary).ok());
    CHECK(BankFile(f.as(Role::Finance)).build(kJanuary).error().code == ErrorCode::PermissionDenied);
    CHECK(BankFile(f.as(Role::Auditor)).build(kJanuary).error().code == ErrorCode::PermissionDenied);
    CHECK(BankFile(f.as(Role::Sales, f.e001)).build(kJanuary).error().code == ErrorCode::PermissionDenied);
    CHECK(BankFile(hr).build(QStringLiteral("2026-02")).error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(f.database().dir() + QStringLiteral("/refused.csv")));
    CHECK(BankFile(f.as(Role::Finance))
              .exportFile(kJanuary, f.database().dir() + QStringLiteral("/refused.csv"))
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(f.database().dir() + QStringLiteral("/refused.csv")));
}

TEST_CASE("tax withholding list: the tax client's columns and cumulative figures checked by hand",
          "[payrolldocs]")
{
    PayrollDocsFixture f;
    const Context hr = f.as(Role::Hr);
    f.calculate(kJanuary);
    CHECK(TaxWithholdingList(hr).build(kJanuary).error().code == ErrorCode::Conflict);
    f.approve(kJanuary);
    f.lock(kJanuary);
    f.calculate(kFebruary);
    f.approve(kFebruary);

    const auto data = TaxWithholdingList(hr).build(kFebruary);
    REQUIRE(data.ok());
    REQUIRE(data->rows.size() == 4);
    CHECK(TaxWithholdingList::header() ==
          QStringList{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("证件类型"),
                      QStringLiteral("证件号码"), QStringLiteral("本期收入"), QStringLiteral("本期免税收入"),
                      QStringLiteral("基本养老保险费"), QStringLiteral("基本医疗保险费"),
                      QStringLiteral("失业保险费"), QStringLiteral("住房公积金"),
                      QStringLiteral("累计专项附加扣除"), QStringLiteral("累计收入"),
                      QStringLiteral("累计减除费用"), QStringLiteral("累计专项扣除"),
                      QStringLiteral("累计应纳税所得额"), QStringLiteral("累计应纳税额"),
                      QStringLiteral("累计已预缴税额"), QStringLiteral("本期应预扣预缴税额")});

    // E001, February (same profile as January): income 20,500; contributions 1,200 / 300 / 75 / 1,050;
    // cumulative: special additional 2 × 2,000 = 4,000; income 2 × 20,500 = 41,000; basic deduction
    // 2 × 5,000 = 10,000; special deduction 2 × 2,625 = 5,250; taxable 41,000 − 10,000 − 5,250 − 4,000 =
    // 21,750; tax 21,750 × 3% = 652.50; withheld in January 326.25; this month 652.50 − 326.25 = 326.25.
    const TaxWithholdingList::Row& e001 = data->rows.at(0);
    CHECK(e001.employeeCode == QStringLiteral("E001"));
    CHECK(e001.idType == QStringLiteral("居民身份证"));
    CHECK(e001.idNumber == tl::test::makeIdNumber(QDate(1988, 5, 20), 135));
    const QStringList lines = csvLines([&](TableWriter& w) { return TaxWithholdingList::write(*data, w); });
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == TaxWithholdingList::header().join(QLatin1Char(',')));
    CHECK(lines.at(1) ==
          QStringLiteral("E001,张伟,居民身份证,") + e001.idNumber +
              QStringLiteral(",20500.00,0.00,1200.00,300.00,75.00,1050.00,4000.00,41000.00,10000.00,"
                             "5250.00,21750.00,652.50,326.25,326.25"));
    // E002: no ID number (a warning), no tax: 2 × 5,000 − 10,000 − 2 × 1,611.01 < 0.
    CHECK(lines.at(2) == QStringLiteral("E002,李娜,,,5000.00,0.00,572.96,143.24,35.81,859.00,0.00,10000.00,"
                                        "10000.00,3222.02,0.00,0.00,0.00,0.00"));
    REQUIRE(data->warnings.size() == 1);
    CHECK(data->warnings.first().contains(QStringLiteral("E002")));
    // E003, second month employed, full month: income 12,300; cumulative income 8,481.82 + 12,300 =
    // 20,781.82; basic 2 × 5,000; special 2 × 2,100 = 4,200; additional 2 × 1,500 = 3,000; taxable
    // 20,781.82 − 10,000 − 4,200 − 3,000 = 3,581.82; tax × 3% = 107.4546 → 107.45; nothing withheld before.
    const TaxWithholdingList::Row& e003 = data->rows.at(2);
    CHECK(e003.income == fen(1230000));
    CHECK(e003.ytdIncome == fen(2078182));
    CHECK(e003.ytdBasicDeduction == fen(1000000));
    CHECK(e003.ytdTaxable == fen(358182));
    CHECK(e003.ytdTax == fen(10745));
    CHECK(e003.ytdWithheldBefore == Money());
    CHECK(e003.tax == fen(10745));
    // E004: cumulative 18,000 − 10,000 − 3,690 = 4,310 × 3% = 129.30; 64.65 withheld; 64.65 this month.
    CHECK(lines.at(4).section(QLatin1Char(','), 4) ==
          QStringLiteral(
              "9000.00,0.00,720.00,180.00,45.00,900.00,0.00,18000.00,10000.00,3690.00,4310.00,129.30,"
              "64.65,64.65"));
    // Totals: income 20,500 + 5,000 + 12,300 + 9,000 = 46,800; tax 326.25 + 0 + 107.45 + 64.65 = 498.35.
    CHECK(data->totalIncome == fen(4680000));
    CHECK(data->totalTax == fen(49835));
    CHECK(data->bonuses.isEmpty());

    // XLSX as the tax client reads it, audited.
    const QString path = f.database().dir() + QStringLiteral("/iit.xlsx");
    REQUIRE(TaxWithholdingList(hr).exportFile(kFebruary, path).ok());
    const QList<QStringList> rows = xlsxRows(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == TaxWithholdingList::header());
    // The amounts are numbers with two decimals (the reader shows them as their format does).
    CHECK(rows.at(1).join(QLatin1Char(',')) == lines.at(1));
    CHECK(rows.at(4).join(QLatin1Char(',')) == lines.at(4));
    {
        auto reader = XlsxReader::openFile(path);
        REQUIRE(reader.ok());
        REQUIRE((*reader)->readHeader().ok());
        TableRow row;
        REQUIRE((*reader)->readRow(row).value());
        const QList<XlsxReader::CellKind>& kinds = (*reader)->cellKinds();
        REQUIRE(kinds.size() == 18);
        CHECK(kinds.at(3) == XlsxReader::CellKind::Text); // the ID number stays text
        for (int c = 4; c < 18; ++c)
            CHECK(kinds.at(c) == XlsxReader::CellKind::Number);
    }
    CHECK(exportEvents(f, QStringLiteral("tax_withholding 2026-02")) == 1);

    // HR's list: finance, the auditor and salespeople may not write it.
    CHECK(TaxWithholdingList(f.as(Role::Finance)).build(kFebruary).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(TaxWithholdingList(f.as(Role::Auditor)).build(kFebruary).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(TaxWithholdingList(f.as(Role::Sales, f.e001)).build(kFebruary).error().code ==
          ErrorCode::PermissionDenied);
}

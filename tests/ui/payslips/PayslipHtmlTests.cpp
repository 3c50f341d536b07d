// ui/printing/PayslipHtml: the A4 payslip, the 工资条 strips (N per page, cut lines) and the payroll summary,
// rendered from hand-built core data (the figures of tests/core/payrolldocs/PayrollDocsFixture.h: E001
// 张伟 in January 2026) and painted to PDF. The PDFs' text is read with pdftotext (poppler-utils).
#include "payroll/PayLines.h"
#include "payroll/PayrollSummary.h"
#include "payroll/PayslipDocument.h"
#include "printing/DocumentPainter.h"
#include "printing/HtmlText.h"
#include "printing/PayslipHtml.h"
#include "printing/PdfExporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextDocument>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace tl;
using core::Money;
using core::PayslipDocument;
using ui::PayslipHtml;

namespace {

PayslipDocument::Line line(const char* code, qint64 fen, const char* explanation)
{
    const QString c = QString::fromLatin1(code);
    return {c, core::payLineName(c), Money::fromFen(fen), QString::fromUtf8(explanation)};
}

// E001 张伟, January 2026 (PayrollDocsFixture.h): gross 20,500.00, contributions 2,625.00, tax 326.25,
// net 17,548.75, employer 5,049.00.
PayslipDocument zhangWei()
{
    PayslipDocument d;
    d.companyName = QStringLiteral("薪资文档测试有限公司");
    d.period = QStringLiteral("2026-01");
    d.year = 2026;
    d.month = 1;
    d.runStatus = QStringLiteral("approved");
    d.runStatusName = QStringLiteral("approved");
    d.released = true;
    d.printedOn = QDate(2026, 3, 15);
    d.employeeCode = QStringLiteral("E001");
    d.employeeName = QStringLiteral("张伟");
    d.departmentName = QStringLiteral("销售中心");
    d.position = QStringLiteral("销售代表");
    d.bankName = QStringLiteral("中国工商银行上海分行");
    d.bankAccount = QStringLiteral("***************3445");
    d.bankMasked = true;
    d.earnings = {line("base", 2000000, "monthly base salary"), line("allowance", 50000, "fixed allowance")};
    d.deductions = {line("pension", 120000, "base ¥15,000.00 × 8%"),
                    line("medical", 30000, "base ¥15,000.00 × 2%"),
                    line("unemployment", 7500, "base ¥15,000.00 × 0.5%"),
                    line("housing_fund", 105000, "base ¥15,000.00 × 7%"),
                    line("iit", 32625, "cumulative taxable ¥10,875.00")};
    d.employerCosts = {line("employer_pension", 240000, "base ¥15,000.00 × 16%"),
                       line("employer_medical", 150000, "base ¥15,000.00 × 10%"),
                       line("employer_unemployment", 7500, "base ¥15,000.00 × 0.5%"),
                       line("employer_injury", 2400, "base ¥15,000.00 × 0.16%"),
                       line("employer_housing_fund", 105000, "base ¥15,000.00 × 7%")};
    d.gross = Money::fromFen(2050000);
    d.deductionsTotal = Money::fromFen(295125); // 2,625.00 + 326.25
    d.net = Money::fromFen(1754875);
    d.netCapitals = QStringLiteral("壹万柒仟伍佰肆拾捌元柒角伍分");
    d.employerCost = Money::fromFen(504900);
    d.employeeContributions = Money::fromFen(262500);
    d.incomeTax = Money::fromFen(32625);
    d.monthsEmployed = 1;
    d.ytdIncome = Money::fromFen(2050000);
    d.ytdSpecialDeduction = Money::fromFen(262500);
    d.ytdSpecialAdditional = Money::fromFen(200000);
    d.ytdWithheld = Money::fromFen(32625);
    return d;
}

// n payslips E01, E02, …: net 1,000.00 × i; every third one has a long department path, the seventh a loss
// deduction (so the strips all get that column).
QList<PayslipDocument> many(int n)
{
    QList<PayslipDocument> list;
    for (int i = 1; i <= n; ++i) {
        PayslipDocument d = zhangWei();
        d.employeeCode = QStringLiteral("E%1").arg(i, 2, 10, QLatin1Char('0'));
        d.employeeName = i % 2 ? QStringLiteral("欧阳明月") : QStringLiteral("李娜");
        if (i % 3 == 0)
            d.departmentName = QStringLiteral("销售中心华东大区上海一部重点客户组");
        d.net = Money::fromFen(100000 * i);
        if (i == 7)
            d.deductions << line("loss_deduction", 180000, "at most 20% of the wage");
        list << d;
    }
    return list;
}

int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The text of each page (pdftotext, spaces removed: CJK text is spaced by position); empty when pdftotext
// is not installed.
QStringList pdfPages(const QByteArray& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QLatin1Char(' '));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// With TL_PAYSLIPS_PDF_DIR set, the PDFs are also written there to be looked at (pdftoppm -r 60 -png).
void keep(const QByteArray& pdf, const QString& name)
{
    const QString dir = qEnvironmentVariable("TL_PAYSLIPS_PDF_DIR");
    if (dir.isEmpty())
        return;
    QFile file(dir + QLatin1Char('/') + name);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
}

QSizeF landscapeBody()
{
    const qreal unitsPerMm = ui::DocumentPainter::kLayoutDpi / 25.4;
    return {(297.0 - 2 * ui::DocumentPainter::kMarginMm) * unitsPerMm,
            (210.0 - 2 * ui::DocumentPainter::kMarginMm - ui::DocumentPainter::kFooterMm) * unitsPerMm};
}

QString money(qint64 fen)
{
    return ui::html::amount(fen);
}

} // namespace

TEST_CASE("payslip html: the A4 payslip has every element", "[payslips]")
{
    const PayslipDocument d = zhangWei();
    const QString html = PayslipHtml::a4Html(d);
    for (const QString& text :
         {QStringLiteral("薪资文档测试有限公司"), PayslipHtml::title(), QStringLiteral("2026-01"),
          QStringLiteral("E001"), QStringLiteral("张伟"), QStringLiteral("销售中心"),
          QStringLiteral("销售代表"), QStringLiteral("中国工商银行上海分行"),
          QStringLiteral("***************3445"), QStringLiteral("壹万柒仟伍佰肆拾捌元柒角伍分"),
          QStringLiteral("¥17,548.75"), money(2050000), money(295125), money(32625),
          QStringLiteral("cumulative taxable ¥10,875.00")}) {
        INFO(text.toStdString());
        CHECK(html.contains(ui::html::escape(text)));
    }
    for (const PayslipDocument::Line& l : d.earnings + d.deductions) {
        CHECK(html.contains(ui::html::escape(l.name)));
        CHECK(html.contains(money(l.amount.fen())));
    }
    // Released: no draft mark; no employer section unless asked; nothing carried forward.
    CHECK_FALSE(html.contains(QStringLiteral("color: #b00000")));
    CHECK_FALSE(html.contains(ui::html::escape(core::payLineName(QStringLiteral("employer_pension")))));
    CHECK_FALSE(html.contains(money(504900)));
    const QString withEmployer = PayslipHtml::a4Html(d, true);
    CHECK(withEmployer.contains(ui::html::escape(core::payLineName(QStringLiteral("employer_pension")))));
    CHECK(withEmployer.contains(money(504900)));

    PayslipDocument draft = d;
    draft.released = false;
    draft.lossCarriedForward = Money::fromFen(70000);
    const QString draftHtml = PayslipHtml::a4Html(draft);
    CHECK(draftHtml.contains(QStringLiteral("color: #b00000")));
    CHECK(draftHtml.contains(QStringLiteral("¥700.00")));

    const ui::PrintDocument document = PayslipHtml::a4Document(d);
    CHECK(document.orientation == QPageLayout::Portrait);
    CHECK(document.footerNote == PayslipHtml::confidentialNote());
    CHECK(document.title.contains(QStringLiteral("E001")));
}

TEST_CASE("payslip pdf: one A4 page per payslip, the confidential note in every footer", "[payslips]")
{
    QList<PayslipDocument> payslips = many(3);
    payslips[1].deductions << line("loss_deduction", 180000, "at most 20% of the wage");
    const auto pdf = ui::PdfExporter::toBytes(PayslipHtml::a4Documents(payslips, true));
    REQUIRE(pdf.ok());
    keep(*pdf, QStringLiteral("a4.pdf"));
    CHECK(pdfPageCount(*pdf) == 3); // even with the employer's costs, one page each
    const QStringList pages = pdfPages(*pdf);
    if (pages.isEmpty()) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    REQUIRE(pages.size() == 3);
    const QString note = QString(PayslipHtml::confidentialNote()).remove(QLatin1Char(' '));
    for (int i = 0; i < 3; ++i) {
        INFO(pages.at(i).toStdString());
        CHECK(pages.at(i).contains(QStringLiteral("E0%1").arg(i + 1)));
        CHECK(pages.at(i).contains(QStringLiteral("¥%1").arg(money(100000 * (i + 1)))));
        CHECK(pages.at(i).contains(note));
        CHECK(pages.at(i).contains(QStringLiteral("壹万柒仟伍佰肆拾捌元柒角伍分")));
    }
    CHECK(pages.at(1).contains(
        QString(core::payLineName(QStringLiteral("loss_deduction"))).remove(QLatin1Char(' '))));
}

TEST_CASE("payslip strips: N per landscape page, each whole, with cut lines between them", "[payslips]")
{
    const int perPage = PayslipHtml::kStripsPerPage;
    const QList<PayslipDocument> payslips = many(12); // pages: 5 + 5 + 2
    const ui::PrintDocuments documents = PayslipHtml::stripsDocuments(payslips);
    REQUIRE(documents.size() == 3);
    for (int page = 0; page < 3; ++page) {
        const ui::PrintDocument& document = documents.at(page);
        INFO("page " << page);
        CHECK(document.orientation == QPageLayout::Landscape);
        CHECK(document.footerNote == PayslipHtml::confidentialNote());
        CHECK(document.pageNumberOffset == page);
        CHECK(document.pageNumberTotal == 3);
        // Laid out as the painter does: the page's strips fit on one page, cut lines between them.
        const int strips = page < 2 ? perPage : 12 - 2 * perPage;
        const auto text = ui::DocumentPainter::layout(document, landscapeBody());
        CHECK(text->pageCount() == 1);
        CHECK(document.html.count(QStringLiteral("border-top: 1px dashed")) == strips - 1);
        for (int i = 0; i < 12; ++i) {
            const QString code = QStringLiteral("<b>E%1&nbsp;").arg(i + 1, 2, 10, QLatin1Char('0'));
            CHECK(document.html.contains(code) == (i / perPage == page));
        }
        // Every strip has the same columns: E07's loss deduction gives all of them the column.
        CHECK(document.html.count(ui::html::escape(core::payLineName(QStringLiteral("loss_deduction")))) ==
              strips);
        CHECK(document.html.count(money(180000)) == (page == 1 ? 1 : 0));
        // Net pay in figures and in capitals on every strip.
        CHECK(document.html.count(QStringLiteral("壹万柒仟伍佰肆拾捌元柒角伍分")) == strips);
    }

    // The PDF: 3 pages with the strips of E01–E05, E06–E10, E11–E12, numbered across them.
    const auto pdf = ui::PdfExporter::toBytes(documents);
    REQUIRE(pdf.ok());
    keep(*pdf, QStringLiteral("strips.pdf"));
    CHECK(pdfPageCount(*pdf) == 3);
    const QStringList pages = pdfPages(*pdf);
    if (pages.isEmpty()) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    REQUIRE(pages.size() == 3);
    for (int i = 1; i <= 12; ++i) {
        const int page = (i - 1) / perPage;
        const QString code = QStringLiteral("E%1").arg(i, 2, 10, QLatin1Char('0'));
        for (int p = 0; p < 3; ++p) {
            INFO(code.toStdString() << " page " << p);
            CHECK(pages.at(p).contains(code) == (p == page));
        }
        CHECK(pages.at(page).contains(money(100000 * i)));
    }
    CHECK(pages.at(1).contains(
        ui::DocumentPainter::footerText(documents.at(1), 2, 3).remove(QLatin1Char(' '))));
    CHECK(pages.at(2).contains(QString(PayslipHtml::confidentialNote()).remove(QLatin1Char(' '))));

    // Another count per page: 2 a page → 6 pages.
    const ui::PrintDocuments two = PayslipHtml::stripsDocuments(payslips, 2);
    CHECK(two.size() == 6);
    const auto twoPdf = ui::PdfExporter::toBytes(two);
    REQUIRE(twoPdf.ok());
    CHECK(pdfPageCount(*twoPdf) == 6);
}

TEST_CASE("payslip strips: a full page of the widest strips still fits", "[payslips]")
{
    // Every pay and deduction line at once (the widest strip), long names: perPage strips still on a page.
    QList<PayslipDocument> payslips = many(PayslipHtml::kStripsPerPage * 2);
    for (PayslipDocument& d : payslips) {
        d.earnings = {line("base", 3000000, ""),
                      line("performance", 1234567, ""),
                      line("commission", 9876543, ""),
                      line("bonus", 5000000, ""),
                      line("allowance", 50000, ""),
                      line("visit_allowance", 120000, ""),
                      line("absence_deduction", -91954, "")};
        d.deductions << line("loss_deduction", 180000, "");
        d.employeeName = QStringLiteral("阿卜杜热合曼·买买提明");
        d.departmentName = QStringLiteral("销售中心/华东大区/上海一部/重点客户组");
    }
    const ui::PrintDocuments documents = PayslipHtml::stripsDocuments(payslips);
    REQUIRE(documents.size() == 2);
    for (const ui::PrintDocument& document : documents)
        CHECK(ui::DocumentPainter::layout(document, landscapeBody())->pageCount() == 1);
    const auto pdf = ui::PdfExporter::toBytes(documents);
    REQUIRE(pdf.ok());
    keep(*pdf, QStringLiteral("strips-widest.pdf"));
    CHECK(pdfPageCount(*pdf) == 2);
    const QStringList pages = pdfPages(*pdf);
    if (!pages.isEmpty()) // the amounts are not broken across lines
        CHECK(pages.first().contains(QStringLiteral("98,765.43")));
}

TEST_CASE("payroll summary html: a row per department and the total row", "[payslips]")
{
    core::PayrollSummary::Data data;
    data.companyName = QStringLiteral("薪资文档测试有限公司");
    data.period = QStringLiteral("2026-01");
    data.status = QStringLiteral("approved");
    data.printedOn = QDate(2026, 3, 15);
    core::PayrollSummary::Row beijing;
    beijing.departmentId = 3;
    beijing.department = QStringLiteral("北京销售部");
    beijing.headcount = 2;
    beijing.gross = Money::fromFen(1400000);
    beijing.net = Money::fromFen(867934);
    beijing.employerCost = Money::fromFen(607426);
    beijing.lines.insert(QStringLiteral("pension"), Money::fromFen(129296));
    beijing.lines.insert(QStringLiteral("loss_deduction"), Money::fromFen(180000));
    data.rows << beijing;
    data.total = beijing;
    data.total.department = QStringLiteral("合计");
    data.total.headcount = 4;
    data.total.net = Money::fromFen(3260991);

    const QString html = PayslipHtml::summaryHtml(data);
    for (const QString& text :
         {PayslipHtml::summaryTitle(), QStringLiteral("北京销售部"), QStringLiteral("合计"), money(1400000),
          money(129296), money(180000), money(867934), money(607426), money(3260991)}) {
        INFO(text.toStdString());
        CHECK(html.contains(ui::html::escape(text)));
    }
    for (const QString& header : core::PayrollSummary::header())
        CHECK(html.contains(ui::html::escape(header)));
    const ui::PrintDocument document = PayslipHtml::summaryDocument(data);
    CHECK(document.orientation == QPageLayout::Landscape);
    const auto pdf = ui::PdfExporter::toBytes({document});
    REQUIRE(pdf.ok());
    keep(*pdf, QStringLiteral("summary.pdf"));
    CHECK(pdfPageCount(*pdf) == 1);
}

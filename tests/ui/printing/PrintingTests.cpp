// ui/printing: the page plumbing (DocumentPainter, PdfExporter), the documents' HTML, the CLI outputs of
// `report aging` and the print preview dialog. Documents are hand-built (PrintFixtures.cpp).
#include "PrintFixtures.h"

#include "printing/DocumentPainter.h"
#include "printing/HtmlTable.h"
#include "printing/HtmlText.h"
#include "printing/LetterHtml.h"
#include "printing/PdfExporter.h"
#include "printing/PdfUnicodeFix.h"
#include "printing/PrintFonts.h"
#include "printing/ReportHtml.h"
#include "printing/cli/AgingOutput.h"
#include "printing/cli/ReceivablesListTable.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "widgets/MessageBar.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace tl;

namespace {

// The body of an A4 page in layout units (1/96 inch): 210 × 297 mm less 15 mm margins and the 8 mm footer.
QSizeF a4Body(QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    const qreal unitsPerMm = ui::DocumentPainter::kLayoutDpi / 25.4;
    const qreal width =
        (orientation == QPageLayout::Portrait ? 210.0 : 297.0) - 2 * ui::DocumentPainter::kMarginMm;
    const qreal height = (orientation == QPageLayout::Portrait ? 297.0 : 210.0) -
                         2 * ui::DocumentPainter::kMarginMm - ui::DocumentPainter::kFooterMm;
    return {width * unitsPerMm, height * unitsPerMm};
}

ui::PrintDocument longTable(int rows)
{
    ui::HtmlTable table({{QStringLiteral("Contract"), ui::HtmlTable::Align::Left, 40},
                         {QStringLiteral("Amount"), ui::HtmlTable::Align::Right, 60}});
    for (int i = 0; i < rows; ++i)
        table.addRow({QStringLiteral("HT-%1").arg(i), ui::html::amount(100'000 + i)});
    table.addTotalRow(QStringLiteral("Total"), 1, {ui::html::amount(1)});
    return {QStringLiteral("Long table"), ui::html::documentStart() + table.html() + ui::html::documentEnd(),
            ui::PrintTypeface::Sans, QPageLayout::Portrait};
}

QList<QTextTable*> tables(QTextDocument& document)
{
    QList<QTextTable*> list;
    for (QTextFrame* frame : document.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            list << table;
    return list;
}

} // namespace

TEST_CASE("printing: fonts are the CJK families, set explicitly", "[printing]")
{
    const QFont serif = ui::printFont(ui::PrintTypeface::Serif);
    const QFont sans = ui::printFont(ui::PrintTypeface::Sans);
    CHECK(serif.pointSizeF() == 10.5);
    CHECK((serif.styleStrategy() & QFont::PreferNoShaping)); // digits stay extractable (PrintFonts.cpp)
    CHECK_FALSE(serif.kerning());
    REQUIRE(QFontDatabase::hasFamily(QStringLiteral("Noto Serif CJK SC")));
    REQUIRE(QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC")));
    CHECK(serif.families().first() == QStringLiteral("Noto Serif CJK SC"));
    CHECK(sans.families().first() == QStringLiteral("Noto Sans CJK SC"));
    const auto document = ui::DocumentPainter::layout(longTable(1), a4Body());
    CHECK(document->defaultFont().families() == sans.families());
}

TEST_CASE("printing: a long table runs over pages repeating its header; boxes are never split", "[printing]")
{
    const auto document = ui::DocumentPainter::layout(longTable(150), a4Body());
    CHECK(document->pageCount() >= 3);
    const QList<QTextTable*> list = tables(*document);
    REQUIRE(list.size() == 1);
    CHECK(list.first()->format().headerRowCount() == 1);
    CHECK(list.first()->rows() == 152); // header, 150 rows, total

    // A box (a table without header row) after k filler lines: wherever the page boundary falls, the box is
    // on one page. Some k put it across the boundary, where it must have been moved to the next page.
    const QSizeF body = a4Body();
    int moved = 0;
    for (int k = 20; k < 60; ++k) {
        QString html = ui::html::documentStart();
        for (int i = 0; i < k; ++i)
            html += ui::html::paragraph(QStringLiteral("line %1").arg(i));
        html +=
            QStringLiteral("<table border=\"1\" width=\"100%\"><tr><td>a<br/>b<br/>c<br/>d<br/>e<br/>f</td>"
                           "</tr></table>") +
            ui::html::documentEnd();
        const auto text = ui::DocumentPainter::layout({QStringLiteral("box"), html}, body);
        const QList<QTextTable*> boxes = tables(*text);
        REQUIRE(boxes.size() == 1);
        const QRectF box = text->documentLayout()->frameBoundingRect(boxes.first());
        INFO("filler lines " << k << ", box " << box.top() << ".." << box.bottom() << ", page "
                             << body.height());
        CHECK(int(box.top() / body.height()) == int((box.bottom() - 1) / body.height()));
        if (boxes.first()->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            ++moved;
            CHECK(std::fmod(box.top(), body.height()) < 8.0); // starts at the top of a page
        }
    }
    CHECK(moved > 0);
}

TEST_CASE("printing: a PDF is A4 at 300 dpi with the fonts embedded, one document after another",
          "[printing]")
{
    const ui::PrintDocument letter = ui::letterPrintDocument(test::sampleLetter(5));
    const ui::PrintDocument list = longTable(150);
    const int listPages = ui::DocumentPainter::layout(list, a4Body())->pageCount();
    REQUIRE(listPages >= 3);

    const core::Result<QByteArray> pdf = ui::PdfExporter::toBytes({letter, list});
    REQUIRE(pdf.ok());
    CHECK(pdf->startsWith("%PDF-"));
    CHECK(test::pdfPageCount(*pdf) == 1 + listPages); // the letter fits on one page; the list starts anew
    CHECK(pdf->contains("/MediaBox [0 0 595"));       // A4: 595.3 × 841.9 pt
    CHECK(pdf->contains("/FontFile2"));               // embedded font programs
    CHECK(pdf->contains("NotoSerifCJKsc"));
    CHECK(pdf->contains("NotoSansCJKsc"));

    const QString text = test::pdfText(*pdf);
    if (text.isEmpty()) {
        WARN("pdftotext is not installed: the page texts are not checked");
        return;
    }
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() == 1 + listPages);
    CHECK(pages.at(0).contains(QStringLiteral("第1页/共1页")));
    CHECK(pages.at(0).contains(QStringLiteral("叁万柒仟伍佰元整")));
    // Searchable as written: 人民币, 日期, 金额 — not the radicals ⼈⺠, ⽇, ⾦ that share their glyphs.
    CHECK(pages.at(0).contains(QStringLiteral("人民币（大写）")));
    CHECK(pages.at(0).contains(QStringLiteral("日期")));
    CHECK(pages.at(0).contains(QStringLiteral("应收金额")));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    for (int p = 1; p <= listPages; ++p) {
        INFO("page " << p << ": " << pages.at(p).right(200).toStdString());
        CHECK(pages.at(p).contains(QStringLiteral("Page%1of%2").arg(p).arg(listPages)));
        CHECK(pages.at(p).contains(QStringLiteral("Contract"))); // the header row again on every page
    }
}

TEST_CASE("printing: PdfExporter writes the file only when complete and reports a bad path", "[printing]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("letters.pdf"));
    const core::Result<int> pages = ui::PdfExporter::write(
        path, ui::letterPrintDocuments({test::sampleLetter(2, QStringLiteral("DZ-2026-000001")),
                                        test::sampleLetter(3, QStringLiteral("DZ-2026-000002")),
                                        test::sampleLetter(1, QStringLiteral("DZ-2026-000003"))}));
    REQUIRE(pages.ok());
    CHECK(*pages == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(test::pdfPageCount(bytes) == 3);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("letters.pdf")});

    const core::Result<int> missing = ui::PdfExporter::write(
        dir.filePath(QStringLiteral("no/such/folder.pdf")), ui::letterPrintDocument(test::sampleLetter(1)));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == core::ErrorCode::Invalid);
    const core::Result<int> nothing =
        ui::PdfExporter::write(dir.filePath(QStringLiteral("empty.pdf")), ui::PrintDocuments{});
    REQUIRE_FALSE(nothing.ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("empty.pdf"))));
}

TEST_CASE("printing: the reconciliation letter has every element of a 对账函", "[printing]")
{
    core::LetterDocument letter = test::sampleLetter(5);
    letter.customerName = QStringLiteral("上海<甲>&贸易有限公司");
    letter.salutation = letter.customerName + QStringLiteral("：");
    const QString html = ui::letterHtml(letter);
    const QStringList expected{
        QStringLiteral("上海示例科技有限公司"), // company header
        QStringLiteral("地址：上海市浦东新区世纪大道1号"),
        QStringLiteral("电话：021-60000000"),
        QStringLiteral(">对账函<"),
        QStringLiteral("（往来款项询证函）"),
        QStringLiteral("编号：DZ-2026-000001"),
        QStringLiteral("上海&lt;甲&gt;&amp;贸易有限公司："), // addressee, escaped
        QStringLiteral("地址：上海市浦东新区张杨路100号"),
        QStringLiteral("为核对贵我双方往来账目"),
        QStringLiteral("截止日期"),
        QStringLiteral("2026年6月30日"),
        QStringLiteral("应收账款（贵公司欠本公司）"),
        QStringLiteral("人民币（小写）"),
        QStringLiteral("¥37,500.00"),
        QStringLiteral("人民币（大写）"),
        QStringLiteral("叁万柒仟伍佰元整"),
        QStringLiteral("合同编号"),
        QStringLiteral("HT-005"),
        QStringLiteral("合计"),
        QStringLiteral("50,000.00"),
        QStringLiteral("12,500.00"),
        QStringLiteral("37,500.00"),
        QStringLiteral("<b>请贵公司于 2026年7月15日 前支付上述欠款。</b>"), // the payment demand, in bold
        QStringLiteral("前核对上述内容"),
        QStringLiteral("回函地址：上海市浦东新区世纪大道1号"),
        QStringLiteral("联系人：李娜"),
        QStringLiteral("联系电话：13800000000"),
        QStringLiteral("出函单位：上海示例科技有限公司"),
        QStringLiteral("（公章或财务专用章）"),
        QStringLiteral("经办人：________________"),
        QStringLiteral("以下由被询证单位填列</b>（编号：DZ-2026-000001）"),
        QStringLiteral("① 信息证明无误。"),
        QStringLiteral("② 信息不符，请列明不符金额及详细情况："),
        QStringLiteral("不符金额：________________"),
        QStringLiteral("详细情况："),
        QStringLiteral("（盖章）"),
        QStringLiteral("经办人签字：________________"),
        QStringLiteral("日期：&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年"), // blanks kept to write in
        QStringLiteral("注：本函所列余额"),
    };
    for (const QString& part : expected) {
        INFO(part.toStdString());
        CHECK(html.contains(part));
    }
    CHECK_FALSE(html.contains(QStringLiteral("<甲>")));
    // Both confirmation choices carry seal, signature and date.
    CHECK(html.count(QStringLiteral("（盖章）")) == 2);
    CHECK(html.count(QStringLiteral("经办人签字：")) == 2);

    const ui::PrintDocument document = ui::letterPrintDocument(letter);
    CHECK(document.typeface == ui::PrintTypeface::Serif);
    CHECK(document.orientation == QPageLayout::Portrait);
    CHECK(document.title == QStringLiteral("对账函 DZ-2026-000001 上海<甲>&贸易有限公司"));
    // Five items fit on one page; forty run over and carry the confirmation on the last page.
    CHECK(ui::DocumentPainter::layout(document, a4Body())->pageCount() == 1);
    const auto longLetter =
        ui::DocumentPainter::layout(ui::letterPrintDocument(test::sampleLetter(40)), a4Body());
    CHECK(longLetter->pageCount() >= 2);
    CHECK(tables(*longLetter).first()->format().headerRowCount() == 0); // the facts box
}

TEST_CASE("printing: the dunning letter states principal, interest, rate, method, total and date",
          "[printing]")
{
    const QString html = ui::dunningLetterHtml(test::sampleDunningLetter());
    for (const QString& part :
         {QStringLiteral(">催款函<"), QStringLiteral("上海丙实业有限公司："), QStringLiteral("逾期天数"),
          QStringLiteral(">91<"), QStringLiteral("8,000.00"), QStringLiteral("4.5%"), QStringLiteral("89.75"),
          QStringLiteral("¥8,089.75"), QStringLiteral("捌仟零捌拾玖元柒角伍分"),
          QStringLiteral("按日单利计算，年利率4.5%，一年按365天计"),
          QStringLiteral("<b>请贵公司于 2026年7月15日 前支付上述本金及逾期利息共计人民币¥8,089.75。</b>"),
          QStringLiteral("（公章）"), QStringLiteral("联系人：王强")}) {
        INFO(part.toStdString());
        CHECK(html.contains(part));
    }
    const ui::PrintDocument document = ui::dunningLetterPrintDocument(test::sampleDunningLetter());
    CHECK(ui::DocumentPainter::layout(document, a4Body())->pageCount() == 1);
}

TEST_CASE("printing: the ageing report prints a column per bucket, totals and the over-90 share",
          "[printing]")
{
    const core::AgingReport::Report report = test::sampleAging();
    const QString html = ui::ReportHtml::agingHtml(report, QStringLiteral("上海示例科技有限公司"));
    for (const QString& part :
         {QStringLiteral("Receivables ageing report"), QStringLiteral("上海示例科技有限公司"),
          QStringLiteral("2026-06-30"), report.buckets.label(0), report.buckets.label(6),
          QStringLiteral("E002"), QStringLiteral("李娜"), QStringLiteral("137,000.00"),
          QStringLiteral("23,999.25"), QStringLiteral("200,999.25"),
          QStringLiteral("¥83,000.00, 41.29% of the open balance")}) {
        INFO(part.toStdString());
        CHECK(html.contains(part));
    }
    const ui::PrintDocument document = ui::ReportHtml::agingDocument(report);
    CHECK(document.orientation == QPageLayout::Landscape);
    const auto text = ui::DocumentPainter::layout(document, a4Body(QPageLayout::Landscape));
    REQUIRE(tables(*text).size() == 1);
    CHECK(tables(*text).first()->columns() == 11); // code, name, 7 buckets, total, count
    CHECK(tables(*text).first()->rows() == 4);     // header, two rows, total
}

TEST_CASE("printing: report aging as JSON, CSV and text", "[printing][cli]")
{
    const core::AgingReport::Report report = test::sampleAging();
    CHECK(
        ui::AgingOutput::json(report, QStringLiteral("salesperson")) ==
        QString::fromUtf8(
            R"({"as_of":"2026-06-30","by":"salesperson","buckets":["not_due","1-30","31-60","61-90","91-180",)"
            R"("181-365","365+"],"rows":[{"key":"E002","name":"李娜","not_due":"50000.00","1-30":"10000.00",)"
            R"("31-60":"2000.00","61-90":"0.00","91-180":"25000.00","181-365":"45000.00","365+":"5000.00",)"
            R"("total":"137000.00"},{"key":"E003","name":"王强","not_due":"6000.00","1-30":"6000.00",)"
            R"("31-60":"20000.00","61-90":"23999.25","91-180":"8000.00","181-365":"0.00","365+":"0.00",)"
            R"("total":"63999.25"}],"total":{"not_due":"56000.00","1-30":"16000.00","31-60":"22000.00",)"
            R"("61-90":"23999.25","91-180":"33000.00","181-365":"45000.00","365+":"5000.00",)"
            R"("total":"200999.25"}})"));
    CHECK(ui::AgingOutput::csv(report) ==
          QString::fromUtf8(
              "key,name,not_due,1-30,31-60,61-90,91-180,181-365,365+,total\r\n"
              "E002,李娜,50000.00,10000.00,2000.00,0.00,25000.00,45000.00,5000.00,137000.00\r\n"
              "E003,王强,6000.00,6000.00,20000.00,23999.25,8000.00,0.00,0.00,63999.25\r\n"
              ",Total,56000.00,16000.00,22000.00,23999.25,33000.00,45000.00,5000.00,200999.25\r\n"));
    const QStringList lines = ui::AgingOutput::text(report).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    // Columns: key (4 wide), name (5: "Total"; 李娜 counts 4), amounts right-aligned, two spaces apart.
    CHECK(lines.at(0) ==
          QStringLiteral("key   name    not_due      1-30     31-60     61-90    91-180   181-365"
                         "     365+      total"));
    CHECK(lines.at(1) ==
          QString::fromUtf8("E002  李娜   50000.00  10000.00   2000.00      0.00  25000.00  45000.00"
                            "  5000.00  137000.00"));
    CHECK(lines.at(3) ==
          QStringLiteral("      Total  56000.00  16000.00  22000.00  23999.25  33000.00  45000.00"
                         "  5000.00  200999.25"));
}

TEST_CASE("printing: the receivables list shows items, bucket totals, interest, letters and signatures",
          "[printing]")
{
    const core::ReceivablesListReport::Data data = test::sampleReceivablesList();
    const QString html = ui::ReportHtml::receivablesListHtml(data);
    for (const QString& part : {QStringLiteral("上海示例科技有限公司"),
                                QStringLiteral("Receivables list"),
                                QStringLiteral("E003 王强"),
                                QStringLiteral("销售中心/销售一部"),
                                QStringLiteral("2026-06-30"),
                                QStringLiteral("2026-07-01"),
                                QStringLiteral("C003 上海丙实业有限公司"),
                                QStringLiteral("HT004"),
                                QStringLiteral(">91<"),
                                QStringLiteral("<b>8,000.00</b>"),
                                QStringLiteral("3,999.25"),
                                QStringLiteral("23,999.25"),
                                QStringLiteral("57,999.25"),
                                QStringLiteral("51,999.25"),
                                QStringLiteral("724.87"),
                                QStringLiteral("714.87"),
                                QStringLiteral("¥10.00 on instalments already paid"),
                                QStringLiteral("DZ-2026-000003"),
                                QStringLiteral("none"),
                                QStringLiteral("Total (5 item(s))"),
                                QStringLiteral("<b>Salesperson</b>"),
                                QStringLiteral("<b>Department manager</b>"),
                                QStringLiteral("<b>Finance</b>")}) {
        INFO(part.toStdString());
        CHECK(html.contains(part));
    }
    CHECK(html.count(QStringLiteral("Signature:")) == 3);
    CHECK(html.count(QStringLiteral("Date:")) == 3);
    const auto text = ui::DocumentPainter::layout(ui::ReportHtml::receivablesListDocument(data),
                                                  a4Body(QPageLayout::Landscape));
    CHECK(text->pageCount() == 1);
    CHECK(tables(*text).first()->format().headerRowCount() == 1);
}

TEST_CASE("printing: the receivables list as a table, and narrowed to one customer", "[printing][cli]")
{
    const core::ReceivablesListReport::Data data = test::sampleReceivablesList();
    const QList<QStringList> rows = ui::ReceivablesListTable::rows(data);
    REQUIRE(rows.size() == 5);
    CHECK(rows.first() == QStringList{QStringLiteral("C003"), QString::fromUtf8("上海丙实业有限公司"),
                                      QStringLiteral("HT004"), QStringLiteral("1"),
                                      QStringLiteral("2026-03-31"), QStringLiteral("20000.00"),
                                      QStringLiteral("12000.00"), QStringLiteral("0.00"),
                                      QStringLiteral("8000.00"), QStringLiteral("0.00"), QStringLiteral("91"),
                                      QStringLiteral("91-180"), QStringLiteral("300.00"),
                                      QStringLiteral("E003"), QString::fromUtf8("王强"),
                                      QStringLiteral("DZ-2026-000003"), QStringLiteral("confirmed")});
    CHECK(rows.at(4).mid(15) == QStringList{QString(), QString()});
    CHECK(ui::ReceivablesListTable::header().size() == rows.first().size());
    CHECK(ui::ReceivablesListTable::columnTypes().size() == rows.first().size());

    // C004 alone: 6,000.00 − 2,000.75 = 3,999.25 (61-90) and 6,000.00 (not due).
    const core::ReceivablesListReport::Data c004 =
        ui::ReceivablesListTable::restrictToCustomer(data, 4, 4'500);
    CHECK(c004.items.size() == 2);
    CHECK(c004.customers.size() == 1);
    CHECK(c004.amount == 1'200'000);
    CHECK(c004.paid == 200'075);
    CHECK(c004.balance == 999'925);
    CHECK(c004.overdue == 399'925);
    CHECK(c004.bucketTotals == QList<qint64>{600'000, 0, 0, 399'925, 0, 0, 0});
    CHECK(c004.interestOutstanding == 4'500);
}

TEST_CASE("printing: the preview dialog shows the pages it prints and saves", "[printing]")
{
    const ui::PrintDocuments documents{ui::letterPrintDocument(test::sampleLetter(2)), longTable(150)};
    ui::PrintPreviewDialog dialog(documents);
    dialog.show();
    dialog.previewWidget()->updatePreview();
    const int listPages = ui::DocumentPainter::layout(documents.at(1), a4Body())->pageCount();
    CHECK(dialog.pageCount() == 1 + listPages);
    CHECK(dialog.printButton()->isEnabled());
    CHECK(dialog.saveButton()->isEnabled());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("preview.pdf"));
    REQUIRE(dialog.savePdf(path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(test::pdfPageCount(saved.readAll()) == 1 + listPages);
    CHECK(dialog.messageBar()->kind() == ui::MessageBar::Kind::Positive);

    // Printing goes through the same painter: a PDF printer gets the same pages.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(dialog.printTo(printer));
    QFile printed(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(test::pdfPageCount(printed.readAll()) == 1 + listPages);

    CHECK_FALSE(dialog.savePdf(dir.filePath(QStringLiteral("missing/x.pdf"))));
    CHECK(dialog.messageBar()->kind() == ui::MessageBar::Kind::Error);
    CHECK(dialog.messageBar()->isVisibleTo(&dialog));

    ui::PrintPreviewDialog empty(ui::PrintDocuments{});
    CHECK_FALSE(empty.saveButton()->isEnabled());
}

TEST_CASE("printing: radicals in the PDF's ToUnicode maps become the ideographs, in place", "[printing]")
{
    CHECK(ui::PdfUnicodeFix::ideographFor(0x2F08) == 0x4EBA); // ⼈ → 人 (Kangxi, NFKC)
    CHECK(ui::PdfUnicodeFix::ideographFor(0x2F47) == 0x65E5); // ⽇ → 日
    CHECK(ui::PdfUnicodeFix::ideographFor(0x2EA0) == 0x6C11); // ⺠ → 民 (supplement, shared glyph)
    CHECK(ui::PdfUnicodeFix::ideographFor(0x2EDA) == 0x9875); // ⻚ → 页
    CHECK(ui::PdfUnicodeFix::ideographFor(0x4EBA) == 0);
    CHECK(ui::PdfUnicodeFix::ideographFor(0x0041) == 0);

    QByteArray pdf("1 0 obj\n<< /Length 99 >>\nstream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                   "2 beginbfrange\n<0000> <0000> <0000>\n<2F08> <2F0A> [<2F08> <2EA0> <5E01> ]\nendbfrange\n"
                   "1 beginbfchar\n<2F47> <2F47>\nendbfchar\nendcmap\nendstream\n<2F08> outside\n");
    const qsizetype size = pdf.size();
    CHECK(ui::PdfUnicodeFix::apply(pdf) == 3);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<2F08> <2F0A> [<4EBA> <6C11> <5E01> ]")); // source codes kept, destinations fixed
    CHECK(pdf.contains("<2F47> <65E5>"));
    CHECK(pdf.contains("<2F08> outside")); // nothing outside the CMap
}

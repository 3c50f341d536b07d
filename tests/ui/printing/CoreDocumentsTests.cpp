// The printed documents built from real core data (a test database through the services), so that the HTML
// keeps up with the data structures of core/letters and core/receivables. Today is 2026-03-15 (TestDatabase).
//
// Scenario: salesperson E001 李娜 collects contract HT-1 of customer C001, 20,000.00 in two instalments:
//   #1 due 2026-01-31, 10,000.00: 43 days past due on 2026-03-15 (31-60);
//      late interest at the default 4.5%: 10,000.00 × 43 days = 43,000,000 fen-days × 0.045 / 365
//      = 5,301.37 fen → 53.01
//   #2 due 2026-04-30, 10,000.00: not due.
#include "PrintFixtures.h"

#include "letters/DunningLetterDocument.h"
#include "letters/LetterDocument.h"
#include "letters/LetterService.h"
#include "printing/DocumentPainter.h"
#include "printing/LetterHtml.h"
#include "printing/PdfExporter.h"
#include "printing/ReportHtml.h"
#include "receivables/AgingReport.h"
#include "receivables/ReceivablesListReport.h"
#include "sales/ContractService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

using namespace tl;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        INFO((result_.ok() ? QString() : result_.error().fullText()).toStdString());                         \
        REQUIRE(result_.ok());                                                                               \
    } while (false)

struct Ledger
{
    qint64 employeeId = 0;
    qint64 customerId = 0;
};

Ledger buildLedger(test::TestDatabase& t, const core::Context& ctx)
{
    REQUIRE_OK(core::SetupService::initialize(t.db(), t.clock(), QStringLiteral("测试公司"),
                                              QStringLiteral("shanghai"), QStringLiteral("admin"),
                                              QStringLiteral("admin-pass-1"), QStringLiteral("管理员")));
    Ledger ledger;
    ledger.employeeId = test::makeEmployee(ctx, QStringLiteral("E001"), QStringLiteral("李娜"));
    ledger.customerId = test::makeCustomer(ctx, QStringLiteral("C001"), QStringLiteral("上海甲贸易有限公司"),
                                           ledger.employeeId);
    core::Contract contract;
    contract.contractNo = QStringLiteral("HT-1");
    contract.customerId = ledger.customerId;
    contract.salespersonId = ledger.employeeId;
    contract.signedOn = QDate(2026, 1, 5);
    contract.amount = 2'000'000;
    for (const auto& [seq, due] : {std::pair{1, QDate(2026, 1, 31)}, std::pair{2, QDate(2026, 4, 30)}}) {
        core::Installment installment;
        installment.seq = seq;
        installment.dueOn = due;
        installment.amount = 1'000'000;
        contract.installments << installment;
    }
    REQUIRE_OK(core::ContractService(ctx).create(contract));
    return ledger;
}

QSizeF body(QPageLayout::Orientation orientation)
{
    const qreal unitsPerMm = ui::DocumentPainter::kLayoutDpi / 25.4;
    const qreal width = orientation == QPageLayout::Portrait ? 180.0 : 267.0;
    const qreal height =
        (orientation == QPageLayout::Portrait ? 267.0 : 180.0) - ui::DocumentPainter::kFooterMm;
    return {width * unitsPerMm, height * unitsPerMm};
}

int pages(const ui::PrintDocument& document)
{
    return ui::DocumentPainter::layout(document, body(document.orientation))->pageCount();
}

} // namespace

TEST_CASE("printing: documents from core data: letter, dunning letter, ageing, receivables list",
          "[printing]")
{
    test::TestDatabase t;
    const core::Context ctx = t.context();
    const Ledger ledger = buildLedger(t, ctx);
    const QDate asOf(2026, 3, 15);

    // 对账函 through LetterService and LetterDocument.
    const auto generated =
        core::LetterService(ctx).generate(asOf, core::LetterSubject::customer(ledger.customerId));
    REQUIRE_OK(generated);
    REQUIRE(generated->letterIds.size() == 1);
    const auto letters = core::LetterDocument::build(ctx, generated->letterIds);
    REQUIRE_OK(letters);
    const QString letterHtml = ui::letterHtml(letters->first());
    for (const QString& part :
         {QStringLiteral("上海甲贸易有限公司："), QStringLiteral("HT-1"), QStringLiteral("2026-01-31"),
          QStringLiteral("2026-04-30"), QStringLiteral("¥20,000.00"), QStringLiteral("贰万元整"),
          QStringLiteral("2026年3月15日"), QStringLiteral("① 信息证明无误"),
          QStringLiteral("编号：") + generated->letterNos.first()}) {
        INFO(part.toStdString());
        CHECK(letterHtml.contains(part));
    }
    CHECK(pages(ui::letterPrintDocument(letters->first())) == 1);

    // 催款函: the overdue instalment only, with its interest.
    const auto dunning = core::DunningLetterDocument::build(ctx, ledger.customerId, asOf);
    REQUIRE_OK(dunning);
    const QString dunningHtml = ui::dunningLetterHtml(*dunning);
    CHECK(dunningHtml.contains(QStringLiteral(">43<")));
    CHECK(dunningHtml.contains(QStringLiteral("10,000.00")));
    CHECK(dunningHtml.contains(QStringLiteral("53.01")));
    CHECK(dunningHtml.contains(QStringLiteral("4.5%")));
    CHECK(dunningHtml.contains(QStringLiteral("10,053.01")));
    CHECK_FALSE(dunningHtml.contains(QStringLiteral("2026-04-30")));
    CHECK(pages(ui::dunningLetterPrintDocument(*dunning)) == 1);

    // 账龄分析表 by salesperson.
    const auto aging = core::AgingReport(ctx).run(asOf, core::AgingReport::Dimension::Salesperson);
    REQUIRE_OK(aging);
    const ui::PrintDocument agingDocument = ui::ReportHtml::agingDocument(*aging, QStringLiteral("测试公司"));
    CHECK(agingDocument.html.contains(QStringLiteral("E001")));
    CHECK(agingDocument.html.contains(QStringLiteral("<b>20,000.00</b>")));
    CHECK(pages(agingDocument) == 1);

    // 应收账款明细 of the salesperson.
    const auto list = core::ReceivablesListReport(ctx).forCollector(ledger.employeeId, asOf);
    REQUIRE_OK(list);
    const ui::PrintDocument listDocument = ui::ReportHtml::receivablesListDocument(*list);
    CHECK(listDocument.html.contains(QStringLiteral("E001 李娜")));
    CHECK(listDocument.html.contains(QStringLiteral(">43<")));
    CHECK(listDocument.html.contains(QStringLiteral("53.01")));
    CHECK(listDocument.html.contains(generated->letterNos.first()));
    CHECK(pages(listDocument) == 1);

    // All four in one PDF, each on its own page.
    const auto pdf =
        ui::PdfExporter::toBytes({ui::letterPrintDocument(letters->first()),
                                  ui::dunningLetterPrintDocument(*dunning), agingDocument, listDocument});
    REQUIRE_OK(pdf);
    CHECK(test::pdfPageCount(*pdf) == 4);
}

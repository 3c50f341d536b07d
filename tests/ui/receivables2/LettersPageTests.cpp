#include "Receivables2Fixture.h"

#include "db/SqlQuery.h"
#include "letters/EvidenceCoveragePanel.h"
#include "letters/LetterGenerateDialog.h"
#include "letters/LetterReplyDialog.h"
#include "letters/LetterSendDialog.h"
#include "letters/LetterService.h"
#include "letters/LetterStatusBoard.h"
#include "letters/LettersPage.h"
#include "letters/ScanFile.h"
#include "models/EvidenceCoverageTableModel.h"
#include "models/LetterTableModel.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace tl;
using tl::test::Receivables2Fixture;
using tl::test::waitUntil;
using Column = ui::LetterTableModel::Column;

namespace {

QString cell(const ui::LetterTableModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

int rowOfNo(const ui::LetterTableModel& model, const QString& letterNo)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (cell(model, row, Column::LetterNo) == letterNo)
            return row;
    return -1;
}

// The board is counted on a worker thread.
void settle(const ui::LettersPage& page)
{
    REQUIRE(waitUntil([&] { return !page.isBoardLoading(); }));
}

qint64 letterId(ui::AppContext& app, const QString& letterNo)
{
    auto letter = core::LetterService(app.core()).getByNo(letterNo);
    REQUIRE(letter.ok());
    return letter->id;
}

} // namespace

TEST_CASE("a background job generates the letters, the board counts move with sending and replies, and a "
          "difference opens a dispute",
          "[ui][letters]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::LettersPage page(*app);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1300, 800);
    page.activate();
    ui::LetterStatusBoard* board = page.board();
    CHECK(page.model()->rowCount() == 0);
    settle(page);
    CHECK(board->countOf(QStringLiteral("draft")) == 0);

    // Every customer with a balance as of today: C001 70,000, C002 45,000, C003 80,000 (by customer code).
    page.generate(QDate(2026, 3, 15), core::LetterSubject::all());
    CHECK(page.isGenerating());
    REQUIRE(waitUntil([&] { return !page.isGenerating(); }));
    INFO(bar.text().toStdString());
    CHECK(bar.kind() == ui::MessageBar::Kind::Positive);
    CHECK(bar.text() ==
          QStringLiteral("3 draft letter(s) created (DZ-2026-000001 – DZ-2026-000003) for a balance "
                         "of ¥195,000.00. Preview and print them, send them and mark them sent."));
    const ui::LetterTableModel& model = *page.model();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.totalCount() == 3);
    // Newest first.
    CHECK(cell(model, 0, Column::LetterNo) == QStringLiteral("DZ-2026-000003"));
    CHECK(cell(model, 0, Column::Customer) == QStringLiteral("C003 丙公司"));
    CHECK(cell(model, 0, Column::Balance) == QStringLiteral("¥80,000.00"));
    CHECK(cell(model, 0, Column::Status) == QStringLiteral("Draft"));
    CHECK(cell(model, 0, Column::ReplyBy) == QStringLiteral("2026-03-30")); // 15 days
    settle(page);
    CHECK(board->countOf(QStringLiteral("draft")) == 3);
    CHECK(board->balanceOf(QStringLiteral("draft")) == 19500000);
    CHECK(board->tileText(QStringLiteral("draft")) == QStringLiteral("Drafts\n3 letter(s)\n¥195,000.00"));

    const qint64 c1Letter = letterId(*app, QStringLiteral("DZ-2026-000001"));
    const qint64 c2Letter = letterId(*app, QStringLiteral("DZ-2026-000002"));
    CHECK(page.markSent({c1Letter, c2Letter}, QDate(2026, 3, 15), QStringLiteral("email"), QString()));
    CHECK(bar.text() == QStringLiteral("2 letter(s) marked as sent on 2026-03-15 (E-mail)."));
    settle(page);
    CHECK(board->countOf(QStringLiteral("draft")) == 1);
    CHECK(board->countOf(QStringLiteral("sent")) == 2);
    CHECK(board->balanceOf(QStringLiteral("sent")) == 11500000); // 70,000 + 45,000
    CHECK(cell(model, rowOfNo(model, QStringLiteral("DZ-2026-000002")), Column::Method) ==
          QStringLiteral("E-mail"));
    // Sending a letter twice fails and says which.
    CHECK_FALSE(page.markSent({c2Letter}, QDate(2026, 3, 15), QStringLiteral("email"), QString()));
    CHECK(bar.kind() == ui::MessageBar::Kind::Error);
    CHECK(bar.text().startsWith(QStringLiteral("DZ-2026-000002: ")));

    // C002 states 30,000 instead of 45,000: the difference of 15,000 is disputed on the latest due item
    // (#2, due 2026-03-10, 30,000 open).
    CHECK(page.recordDifference(c2Letter, QDate(2026, 3, 15), 3000000,
                                QStringLiteral("第2期有15000元质量扣款"), {}));
    CHECK(bar.kind() == ui::MessageBar::Kind::Warning);
    CHECK(bar.text() ==
          QStringLiteral("DZ-2026-000002: the customer states ¥30,000.00, a difference of ¥15,000.00. "
                         "1 dispute(s) opened for ¥15,000.00; the disputed amount is left out of "
                         "reminders and automatic allocation until it is resolved."));
    const qint64 disputed =
        core::SqlQuery::scalar(f.t.db(),
                               QStringLiteral("SELECT sum(amount) FROM disputes WHERE installment_id = ? AND "
                                              "status = 'open' AND letter_id = ?"),
                               {f.installment(f.contract2, 2), c2Letter})
            .toLongLong();
    CHECK(disputed == 1500000);
    settle(page);
    CHECK(board->countOf(QStringLiteral("difference")) == 1);
    CHECK(board->countOf(QStringLiteral("sent")) == 1);
    const int row = rowOfNo(model, QStringLiteral("DZ-2026-000002"));
    CHECK(cell(model, row, Column::Status) == QStringLiteral("Confirmed with difference"));
    CHECK(cell(model, row, Column::Reply) ==
          QStringLiteral("2026-03-15: states ¥30,000.00 (difference ¥15,000.00)"));

    // The C001 letter is confirmed, with the scan of the sealed reply.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("回函.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    REQUIRE(image.save(png, "PNG"));
    auto scan = ui::ScanFile::read(png);
    TL_R2_REQUIRE_OK(scan);
    CHECK(scan->mime == QStringLiteral("image/png"));
    CHECK(page.recordConfirmed(c1Letter, QDate(2026, 3, 15), *scan));
    CHECK(bar.text() ==
          QStringLiteral("DZ-2026-000001: the customer confirmed the balance of ¥70,000.00 on 2026-03-15."));
    settle(page);
    CHECK(board->countOf(QStringLiteral("confirmed")) == 1);
    CHECK(cell(model, rowOfNo(model, QStringLiteral("DZ-2026-000001")), Column::Scan) ==
          QStringLiteral("回函.png"));
    auto copy = page.saveScanCopy(c1Letter);
    TL_R2_REQUIRE_OK(copy);
    QFile copied(*copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    QFile original(png);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == original.readAll());

    // The draft C003 letter is cancelled with a reason; cancelled letters leave the "All" total.
    CHECK(
        page.cancelLetters({letterId(*app, QStringLiteral("DZ-2026-000003"))}, QStringLiteral("客户已破产")));
    settle(page);
    CHECK(board->countOf(QStringLiteral("cancelled")) == 1);
    CHECK(board->tileText(QString()) == QStringLiteral("All letters\n2 letter(s)\n¥115,000.00"));

    // Filtering by a board column.
    page.setStatusFilter(QStringLiteral("confirmed"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, Column::LetterNo) == QStringLiteral("DZ-2026-000001"));
    page.setStatusFilter(QString());
    CHECK(model.rowCount() == 3);

    // Evidence coverage: the replied letters cover C001 (70,000) and C002 (45,000) of 195,000 open:
    // 115,000 / 195,000 = 0.589743… → 58.97%; E003's 80,000 is not covered.
    ui::EvidenceCoveragePanel* coverage = page.coveragePanel();
    QAbstractItemModelTester coverageTester(coverage->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    coverage->reload();
    REQUIRE(waitUntil([&] { return !coverage->isLoading(); }));
    const ui::EvidenceCoverageTableModel& cov = *coverage->model();
    REQUIRE(cov.rowCount() == 4);
    using CC = ui::EvidenceCoverageTableModel::Column;
    CHECK(cov.data(cov.index(0, int(CC::Code))).toString() == QStringLiteral("E001"));
    CHECK(cov.data(cov.index(0, int(CC::Share))).toString() == QStringLiteral("100.00%"));
    CHECK(cov.data(cov.index(2, int(CC::Share))).toString() == QStringLiteral("0.00%"));
    CHECK(cov.data(cov.index(3, int(CC::Covered))).toString() == QStringLiteral("¥115,000.00"));
    CHECK(cov.data(cov.index(3, int(CC::Share))).toString() == QStringLiteral("58.97%"));
    CHECK(coverage->summaryText() ==
          QStringLiteral("As of 2026-03-15, ¥115,000.00 of the open ¥195,000.00 (58.97%) "
                         "is backed by a letter the customer replied to in the last 12 "
                         "months."));
    coverage->setBy(ui::EvidenceCoverageTableModel::By::Customer);
    REQUIRE(waitUntil([&] { return !coverage->isLoading(); }));
    CHECK(cov.headerData(int(CC::Name), Qt::Horizontal).toString() == QStringLiteral("Customer"));
    CHECK(cov.data(cov.index(1, int(CC::Code))).toString() == QStringLiteral("C002"));

    // The PDF of two letters.
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    page.exportPdf({c1Letter, c2Letter}, pdf);
    CHECK(page.isExportingPdf()); // a background job
    REQUIRE(waitUntil([&] { return !page.isExportingPdf(); }));
    CHECK(bar.text() == QStringLiteral("2 letter(s) saved to %1.").arg(QDir::toNativeSeparators(pdf)));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == QByteArray("%PDF"));
}

TEST_CASE("letters past their reply deadline are flagged and can be marked as unanswered", "[ui][letters]")
{
    Receivables2Fixture f;
    {
        auto app = f.app(f.finance());
        core::LetterService service(app->core());
        auto generated = service.generate(QDate(2026, 3, 15), core::LetterSubject::customer(f.c3));
        TL_R2_REQUIRE_OK(generated);
        TL_R2_REQUIRE_OK(service.markSent(generated->letterIds.first(), QDate(2026, 3, 15),
                                          QStringLiteral("ems"), QStringLiteral("EA123456789CN")));
    }
    // A month later the reply (due 2026-03-30) has not come.
    auto app = f.app(f.finance(), QDateTime(QDate(2026, 4, 15), QTime(9, 0)));
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::LettersPage page(*app);
    page.activate();
    const ui::LetterTableModel& model = *page.model();
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, Column::Status) == QStringLiteral("Sent, reply overdue"));
    CHECK(model.data(model.index(0, 0), ui::LetterTableModel::ReplyOverdueRole).toBool());
    CHECK(cell(model, 0, Column::TrackingNo) == QStringLiteral("EA123456789CN"));
    settle(page);
    CHECK(page.board()->countOf(QStringLiteral("overdue")) == 1);
    CHECK(page.board()->countOf(QStringLiteral("sent")) == 0);
    page.setStatusFilter(QStringLiteral("overdue"));
    CHECK(model.rowCount() == 1);
    CHECK(page.markNoReply({model.data(model.index(0, 0), ui::LetterTableModel::LetterIdRole).toLongLong()}));
    CHECK(bar.text() == QStringLiteral("1 letter(s) marked as unanswered."));
    settle(page);
    CHECK(page.board()->countOf(QStringLiteral("no_reply")) == 1);
    CHECK(model.rowCount() == 0); // no longer overdue
}

TEST_CASE("the letter dialogs check what they ask for", "[ui][letters]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());

    ui::LetterGenerateDialog generate(app->core());
    generate.setCustomerCode(QStringLiteral("C002"));
    generate.accept();
    CHECK(generate.result() == QDialog::Accepted);
    CHECK(generate.subject().kind == core::LetterSubject::Kind::Customer);
    CHECK(generate.subject().id == f.c2);
    ui::LetterGenerateDialog unknown(app->core());
    unknown.setCustomerCode(QStringLiteral("C999"));
    unknown.accept();
    CHECK(unknown.result() != QDialog::Accepted);
    CHECK_FALSE(unknown.errorText().isEmpty());
    ui::LetterGenerateDialog bySalesperson(app->core());
    bySalesperson.setSalesperson(f.e3);
    bySalesperson.accept();
    CHECK(bySalesperson.subject().kind == core::LetterSubject::Kind::Salesperson);
    CHECK(bySalesperson.subject().id == f.e3);

    ui::LetterSendDialog two(2, QDate(2026, 3, 15), QDate(2026, 3, 15));
    two.setMethod(QStringLiteral("ems"));
    two.setTrackingNo(QStringLiteral("EA1"));
    two.accept();
    CHECK(two.result() != QDialog::Accepted); // one tracking number cannot prove two deliveries
    CHECK_FALSE(two.errorText().isEmpty());
    ui::LetterSendDialog one(1, QDate(2026, 3, 15), QDate(2026, 3, 15));
    one.setMethod(QStringLiteral("express"));
    one.accept();
    CHECK(one.result() != QDialog::Accepted); // tracking number missing
    one.setTrackingNo(QStringLiteral("SF100200300"));
    one.accept();
    CHECK(one.result() == QDialog::Accepted);
    CHECK(one.trackingNo() == QStringLiteral("SF100200300"));

    core::Letter letter;
    letter.letterNo = QStringLiteral("DZ-2026-000009");
    letter.balance = 4500000;
    letter.sentOn = QDate(2026, 3, 10);
    ui::LetterReplyDialog difference(ui::LetterReplyDialog::Mode::Difference, letter, QDate(2026, 3, 15));
    difference.setStatedBalanceText(QStringLiteral("45,000.00"));
    difference.setExplanation(QStringLiteral("x"));
    difference.accept();
    CHECK(difference.result() != QDialog::Accepted); // the same balance is a confirmation
    difference.setStatedBalanceText(QStringLiteral("30,000.5"));
    difference.setExplanation(QString());
    difference.accept();
    CHECK(difference.result() != QDialog::Accepted); // explanation missing
    difference.setExplanation(QStringLiteral("质量扣款"));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("reply.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a scan");
    file.close();
    difference.setScanPath(text);
    difference.accept();
    CHECK(difference.result() != QDialog::Accepted); // not a PDF, PNG or JPEG
    CHECK(difference.errorText().contains(QStringLiteral("reply.txt")));
    difference.setScanPath(QString());
    difference.accept();
    CHECK(difference.result() == QDialog::Accepted);
    CHECK(difference.statedBalance() == 3000050);
    CHECK_FALSE(difference.scan().has_value());
}

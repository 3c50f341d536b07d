#include "Receivables2Fixture.h"

#include "app/UiSettings.h"
#include "letters/LetterService.h"
#include "letters/LettersPage.h"
#include "models/ReminderTableModel.h"
#include "receivables/ReceivableQuery.h"
#include "receivables/ReceivablesPage.h"
#include "reminders/ReminderBadge.h"
#include "reminders/ReminderCentre.h"
#include "reminders/ReminderCentrePage.h"
#include "reminders/ReminderTrayNotifier.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QTableView>

using namespace tl;
using tl::test::Receivables2Fixture;
using tl::test::waitUntil;
using Column = ui::ReminderTableModel::Column;

namespace {

QString cell(const ui::ReminderTableModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

QStringList kindTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

} // namespace

TEST_CASE("the reminder centre lists today's reminders grouped by kind with counts, and dismisses them",
          "[ui][reminders]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::ReminderCentrePage page(*app);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 700);
    page.activate();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));

    // On 2026-03-15 (offsets 7, 3, 1, 0; overdue every 7 days): HT-001 #3 is due in 3 days (¥30,000.00);
    // HT-002 #1 is 42 = 6 × 7 days past due (¥15,000.00 left). Nothing else fires: HT-001 #2 is 156 days past
    // due (156 % 7 = 2), HT-002 #2 5 days, HT-003 #1 439 days (439 % 7 = 5); no promises, letters, labour
    // contracts; customers with open receivables are never reclaimed; HT-003's limitation ends 2027-12-31.
    const ui::ReminderTableModel& model = *page.model();
    CHECK(model.total() == 2);
    CHECK(model.countOf(QStringLiteral("receivable_due")) == 1);
    CHECK(model.countOf(QStringLiteral("receivable_overdue")) == 1);
    CHECK(model.countOf(QStringLiteral("letter_no_reply")) == 0);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, Column::Date) == QStringLiteral("2026-03-18"));
    CHECK(cell(model, 0, Column::Amount) == QStringLiteral("¥30,000.00"));
    CHECK(cell(model, 1, Column::Date) == QStringLiteral("2026-02-01"));
    CHECK(cell(model, 1, Column::Amount) == QStringLiteral("¥15,000.00"));
    CHECK(model.data(model.index(1, 0), ui::ReminderTableModel::CustomerIdRole).toLongLong() == f.c2);

    const QStringList kinds = kindTexts(page.kindList());
    REQUIRE(kinds.size() == 1 + int(model.counts().size()));
    CHECK(kinds.first() == QStringLiteral("All reminders (2)"));
    CHECK(kinds.at(1) == model.counts().first().name + QStringLiteral(" (1)"));

    // One group.
    page.showKind(QStringLiteral("receivable_overdue"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, Column::Date) == QStringLiteral("2026-02-01"));
    const QString overdueKey = model.data(model.index(0, 0), ui::ReminderTableModel::KeyRole).toString();
    CHECK(overdueKey.startsWith(QStringLiteral("receivable_overdue:")));

    // Dismissed: gone from the table and the counts, and it stays dismissed for this user.
    REQUIRE(page.dismiss({overdueKey}));
    CHECK(bar.text() == QStringLiteral("1 reminder(s) dismissed."));
    CHECK(model.rowCount() == 0);
    CHECK(model.total() == 1);
    CHECK(kindTexts(page.kindList()).first() == QStringLiteral("All reminders (1)"));
    page.reload();
    REQUIRE(waitUntil([&] { return !page.isLoading(); }));
    CHECK(model.total() == 1);
    CHECK(model.countOf(QStringLiteral("receivable_overdue")) == 0);

    // Another user still sees it: the salesperson E002 collects HT-002 (and nothing due in 3 days).
    auto salesApp = f.app(f.sales(f.e2));
    ui::ReminderCentrePage own(*salesApp);
    own.activate();
    REQUIRE(waitUntil([&] { return !own.isLoading(); }));
    CHECK(own.model()->total() == 1);
    CHECK(own.model()->countOf(QStringLiteral("receivable_overdue")) == 1);
}

TEST_CASE("a letter without a reply is reminded of and opens on the letters page", "[ui][reminders]")
{
    Receivables2Fixture f;
    {
        auto app = f.app(f.finance());
        core::LetterService service(app->core());
        auto generated = service.generate(QDate(2026, 3, 15), core::LetterSubject::customer(f.c3));
        TL_R2_REQUIRE_OK(generated);
        TL_R2_REQUIRE_OK(service.markSent(generated->letterIds.first(), QDate(2026, 3, 15),
                                          QStringLiteral("email"), QString()));
    }
    ui::UiSettings::lastPage.reset();
    // On 2026-04-01 the reply deadline (2026-03-30) has passed.
    auto window =
        std::make_unique<ui::MainWindow>(f.app(f.finance(), QDateTime(QDate(2026, 4, 1), QTime(9, 0))));
    CHECK(window->pageKeys().first() == QStringLiteral("reminders"));
    CHECK(window->pageKeys().contains(QStringLiteral("aging")));
    CHECK(window->pageKeys().contains(QStringLiteral("letters")));
    auto* page = qobject_cast<ui::ReminderCentrePage*>(window->page(QStringLiteral("reminders")));
    REQUIRE(page != nullptr);
    REQUIRE(waitUntil([&] { return !page->isLoading() && page->model()->overview().today.isValid(); }));
    CHECK(page->model()->countOf(QStringLiteral("letter_no_reply")) == 1);
    page->showKind(QStringLiteral("letter_no_reply"));
    REQUIRE(page->model()->rowCount() == 1);
    const core::Reminder reminder = *page->model()->reminderAt(0);
    CHECK(reminder.entityType == QStringLiteral("letter"));
    REQUIRE(page->open(reminder));
    CHECK(window->currentPageKey() == QStringLiteral("letters"));
    auto* letters = qobject_cast<ui::LettersPage*>(window->page(QStringLiteral("letters")));
    REQUIRE(letters != nullptr);
    CHECK(letters->selectedLetterIds() == QList<qint64>{reminder.entityId});

    // On 2026-04-01 only HT-001 #3 (due 2026-03-18, 14 = 2 × 7 days) is reminded of as overdue; it opens on
    // the receivables page, selected.
    REQUIRE(window->showPage(QStringLiteral("reminders")));
    page->showKind(QStringLiteral("receivable_overdue"));
    REQUIRE(page->model()->rowCount() == 1);
    const core::Reminder overdue = *page->model()->reminderAt(0);
    CHECK(overdue.entityId == f.installment(f.contract1, 3));
    REQUIRE(page->open(overdue));
    CHECK(window->currentPageKey() == QStringLiteral("receivables"));
    auto* receivables = qobject_cast<ui::ReceivablesPage*>(window->page(QStringLiteral("receivables")));
    REQUIRE(receivables != nullptr);
    const QList<core::ReceivableRow> rows = receivables->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().installmentId == overdue.entityId);
}

TEST_CASE("the navigation shows the number of reminders and follows dismissals", "[ui][reminders]")
{
    Receivables2Fixture f;
    ui::UiSettings::lastPage.reset();
    auto window = std::make_unique<ui::MainWindow>(f.app(f.finance()));
    REQUIRE(window->reminderBadge() != nullptr);
    REQUIRE(waitUntil([&] {
        return window->navigationText(QStringLiteral("reminders")) == QStringLiteral("Reminder centre (2)");
    }));
    auto overview = core::ReminderCentre(window->app().core()).collect();
    TL_R2_REQUIRE_OK(overview);
    REQUIRE(overview->reminders.size() == 2);
    TL_R2_REQUIRE_OK(core::ReminderCentre(window->app().core()).dismiss(overview->reminders.first().key));
    REQUIRE(waitUntil([&] {
        return window->navigationText(QStringLiteral("reminders")) == QStringLiteral("Reminder centre (1)");
    }));
    TL_R2_REQUIRE_OK(core::ReminderCentre(window->app().core()).dismiss(overview->reminders.last().key));
    REQUIRE(waitUntil([&] {
        return window->navigationText(QStringLiteral("reminders")) == QStringLiteral("Reminder centre");
    }));

    // The tray message texts (the tray itself is never shown in tests).
    QList<core::Reminder> batch;
    for (int i = 1; i <= 5; ++i) {
        core::Reminder r;
        r.title = QStringLiteral("C00%1").arg(i);
        r.detail = QStringLiteral("Due.");
        batch << r;
    }
    CHECK(ui::ReminderTrayNotifier::messageTitle(batch) == QStringLiteral("5 new reminder(s)"));
    CHECK(ui::ReminderTrayNotifier::messageText(batch) ==
          QStringLiteral("C001\nC002\nC003\nand 2 more in the reminder centre"));
    CHECK(ui::ReminderTrayNotifier::messageText(batch.mid(0, 1)) == QStringLiteral("C001\nDue."));
}

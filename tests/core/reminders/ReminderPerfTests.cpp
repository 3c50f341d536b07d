#include <catch2/catch.hpp>

#include "common/Clock.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "letters/EvidenceCoverage.h"
#include "letters/LetterQuery.h"
#include "letters/LetterService.h"
#include "receivables/OpenItems.h"
#include "reminders/LabourContractReminders.h"
#include "reminders/LetterReplyReminders.h"
#include "reminders/LimitationReminders.h"
#include "reminders/PoolReclaimReminders.h"
#include "reminders/PromiseReminders.h"
#include "reminders/ReceivableDueReminders.h"
#include "reminders/ReminderCentre.h"

#include "support/Builders.h"
#include <memory>
#include <vector>

#include <QElapsedTimer>

#include <iostream>

using namespace tl::core;
using namespace tl::test;

// Not part of the suite (hidden tag): timings on a large demo database (2,000,000 instalments), on a COPY of
// it (letters are written). Run: TL_PERF_DB=/path/copy.db tl_test_core_reminders "[.perf]"
TEST_CASE("Reminder centre and letters on a large database", "[.perf]")
{
    const QString path = qEnvironmentVariable("TL_PERF_DB");
    if (path.isEmpty()) {
        WARN("TL_PERF_DB is not set");
        return;
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    const Context sys{**db, clock, Session::systemSession(), nullptr};
    const qint64 someone =
        SqlQuery::scalar(**db,
                         QStringLiteral("SELECT collector_id FROM installments WHERE paid_total < amount "
                                        "ORDER BY id LIMIT 1 OFFSET 1000"))
            .toLongLong();
    const qint64 department =
        SqlQuery::scalar(**db, QStringLiteral("SELECT department_id FROM employees WHERE id = ?"), {someone})
            .toLongLong();
    Session finance = sessionFor(Role::Finance);
    finance.userId = 1;
    const Context fin{**db, clock, finance, nullptr};
    Session salesSession = sessionFor(Role::Sales, someone);
    salesSession.userId = 2;
    const Context sales{**db, clock, salesSession, nullptr};
    const Context manager{**db, clock, sessionFor(Role::SalesManager, someone, {department}), nullptr};

    QElapsedTimer timer;
    for (const auto& [label, ctx] : {std::pair{"finance", fin}, std::pair{"salesperson", sales}}) {
        ReminderCentre centre(ctx);
        timer.start();
        const auto counts = centre.counts();
        const qint64 countMs = timer.restart();
        REQUIRE(counts.ok());
        const auto overview = centre.collect(200);
        const qint64 collectMs = timer.restart();
        REQUIRE(overview.ok());
        std::cout << label << ": counts " << countMs << " ms, collect(200/kind) " << collectMs << " ms;";
        for (const auto& c : *counts)
            std::cout << ' ' << c.kind.toStdString() << '=' << c.count;
        std::cout << std::endl;
        std::vector<std::unique_ptr<ReminderProvider>> providers;
        providers.push_back(std::make_unique<ReceivableDueReminders>());
        providers.push_back(std::make_unique<PromiseReminders>());
        providers.push_back(std::make_unique<LetterReplyReminders>());
        providers.push_back(std::make_unique<LimitationReminders>());
        providers.push_back(std::make_unique<PoolReclaimReminders>());
        providers.push_back(std::make_unique<LabourContractReminders>());
        for (const auto& p : providers) {
            timer.restart();
            const auto batch = p->collect(ctx, clock.today(), 200);
            REQUIRE(batch.ok());
            std::cout << "  " << p->kinds().first().toStdString() << ": " << timer.restart() << " ms"
                      << std::endl;
        }
    }

    {
        timer.start();
        const auto ids = OpenItems(manager).customersWithBalance(QDate(2026, 3, 15));
        REQUIRE(ids.ok());
        std::cout << "manager customersWithBalance: " << ids->size() << " in " << timer.restart() << " ms"
                  << std::endl;
        for (int i = 0; i < 50 && i < ids->size(); ++i)
            REQUIRE(OpenItems(manager).forCustomer(ids->at(i), QDate(2026, 3, 15)).ok());
        std::cout << "50 x forCustomer (manager): " << timer.restart() << " ms" << std::endl;
        for (int i = 0; i < 50 && i < ids->size(); ++i)
            REQUIRE(OpenItems(sys).forCustomer(ids->at(i), QDate(2026, 3, 15)).ok());
        std::cout << "50 x forCustomer (system): " << timer.restart() << " ms" << std::endl;
        const auto allIds = OpenItems(sys).customersWithBalance(QDate(2026, 3, 15));
        std::cout << "system customersWithBalance: " << allIds->size() << " in " << timer.restart() << " ms"
                  << std::endl;
    }
    timer.start();
    const auto mine = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::salesperson(someone));
    REQUIRE(mine.ok());
    std::cout << "letters for one salesperson: " << mine->letterIds.size() << " in " << timer.restart()
              << " ms" << std::endl;
    NullProgress progress;
    const auto team = LetterService(manager).generate(QDate(2026, 3, 15), LetterSubject::all(), progress);
    REQUIRE(team.ok());
    std::cout << "letters for a manager's team (all with a balance): " << team->letterIds.size() << " in "
              << timer.restart() << " ms" << std::endl;
    if (qEnvironmentVariableIsSet("TL_PERF_ALL_LETTERS")) {
        const auto all = LetterService(sys).generate(QDate(2026, 3, 15), LetterSubject::all(), progress);
        REQUIRE(all.ok());
        std::cout << "letters for all customers: " << all->letterIds.size() << " in " << timer.restart()
                  << " ms" << std::endl;
    }
    const LetterQuery query(sales, {});
    const auto page = query.page({}, 100);
    REQUIRE(page.ok());
    std::cout << "letter list, salesperson, first page: " << timer.restart() << " ms" << std::endl;
    const auto finPage = LetterQuery(fin, {}).page({}, 100);
    REQUIRE(finPage.ok());
    std::cout << "letter list, finance, first page: " << timer.restart() << " ms" << std::endl;
    const auto board = LetterQuery(fin, {}).statusBoard();
    REQUIRE(board.ok());
    std::cout << "status board, finance: " << timer.restart() << " ms" << std::endl;
    const auto coverage = EvidenceCoverage(fin).byCollector();
    REQUIRE(coverage.ok());
    std::cout << "evidence coverage by collector, finance: " << timer.restart() << " ms" << std::endl;
    const auto due = ReminderCentre(fin).collect(200);
    REQUIRE(due.ok());
    std::cout << "reminders after letters: " << timer.restart() << " ms" << std::endl;
}

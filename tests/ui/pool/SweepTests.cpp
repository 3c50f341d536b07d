#include "PoolUiFixture.h"

#include "common/ChangeNotifier.h"
#include "customers/PoolSweep.h"
#include "db/SqlQuery.h"
#include "pool/StartupSweep.h"
#include "pool/SweepDialog.h"
#include "widgets/MessageBar.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace tl;
using tl::test::PoolUiFixture;
using tl::test::waitUntil;

namespace {

QStringList codes(const QList<core::PoolSweep::Item>& items)
{
    QStringList out;
    for (const auto& item : items)
        out << item.customerCode;
    return out;
}

// Owned by E001 with no follow-up (default rule: 30 days): S001 is due on 2026-01-31 (reclaimed on the
// 15th of March), S002 on 2026-03-16 (warned, one day left), S003 on 2026-04-09 (nothing yet).
struct SweepData
{
    explicit SweepData(PoolUiFixture& f)
        : s1(f.customer(QStringLiteral("S001"), QStringLiteral("甲公司"), QStringLiteral("C"), f.e1,
                        QDate(2026, 1, 1))),
          s2(f.customer(QStringLiteral("S002"), QStringLiteral("乙公司"), QStringLiteral("C"), f.e1,
                        QDate(2026, 2, 14))),
          s3(f.customer(QStringLiteral("S003"), QStringLiteral("丙公司"), QStringLiteral("C"), f.e1,
                        QDate(2026, 3, 10)))
    {}
    qint64 s1, s2, s3;
};

qint64 sweepRows(PoolUiFixture& f)
{
    return core::SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM pool_sweeps")).toLongLong();
}

} // namespace

TEST_CASE("the start-up sweep runs in the background once a day and reports in the message bar",
          "[ui][pool][sweep]")
{
    PoolUiFixture f;
    const SweepData data(f);
    core::FixedClock* clock = nullptr;
    auto app = f.app(f.sales(f.e2), &clock); // whoever logs in: the sweep runs as the system
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    QStringList notified;
    QObject::connect(&app->notifier(), &core::ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>&) { notified << entity; });

    ui::StartupSweep sweep(*app);
    CHECK(sweep.isDue()); // never ran
    QSignalSpy finished(&sweep, &ui::StartupSweep::finished);
    REQUIRE(sweep.start());
    CHECK_FALSE(sweep.start()); // already running
    REQUIRE(waitUntil([&] { return finished.count() == 1; }));
    CHECK(finished.first().first().toBool());
    REQUIRE(sweep.outcome().has_value());
    CHECK(codes(sweep.outcome()->moved) == QStringList{QStringLiteral("S001")});
    CHECK(codes(sweep.outcome()->warned) == QStringList{QStringLiteral("S002")});
    CHECK(bar.text() ==
          QStringLiteral("The pool sweep returned 1 customer(s) to the pool; 1 will enter the pool soon."));
    CHECK(notified.contains(QStringLiteral("customers")));
    CHECK(f.ownerOf(data.s1) == 0);
    CHECK(f.ownerOf(data.s2) == f.e1);
    CHECK(sweepRows(f) == 1);

    // The same day: not again, even from a new start (another login).
    ui::StartupSweep again(*app);
    CHECK_FALSE(again.isDue());
    CHECK_FALSE(again.start());
    CHECK(sweepRows(f) == 1);

    // The next day it runs again: S002's day has come.
    clock->advanceDays(1);
    ui::StartupSweep tomorrow(*app);
    CHECK(tomorrow.isDue());
    QSignalSpy tomorrowFinished(&tomorrow, &ui::StartupSweep::finished);
    REQUIRE(tomorrow.start());
    REQUIRE(waitUntil([&] { return tomorrowFinished.count() == 1; }));
    REQUIRE(tomorrow.outcome().has_value());
    CHECK(codes(tomorrow.outcome()->moved) == QStringList{QStringLiteral("S002")});
    CHECK(f.ownerOf(data.s2) == 0);
    CHECK(f.ownerOf(data.s3) == f.e1);
    CHECK(sweepRows(f) == 2);
    CHECK_FALSE(tomorrow.isDue());
}

TEST_CASE("the start-up sweep says nothing when nothing moved or is about to", "[ui][pool][sweep]")
{
    PoolUiFixture f;
    f.customer(QStringLiteral("S003"), QStringLiteral("丙公司"), QStringLiteral("C"), f.e1,
               QDate(2026, 3, 10));
    auto app = f.app(f.admin());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::StartupSweep sweep(*app);
    QSignalSpy finished(&sweep, &ui::StartupSweep::finished);
    REQUIRE(sweep.start());
    REQUIRE(waitUntil([&] { return finished.count() == 1; }));
    CHECK(bar.text().isEmpty());
    CHECK_FALSE(sweep.isDue()); // it ran (and was recorded) all the same
}

TEST_CASE("the sweep dialog previews what would move, then runs it", "[ui][pool][sweep]")
{
    PoolUiFixture f;
    const SweepData data(f);
    auto app = f.app(f.admin());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::SweepDialog dialog(*app);
    CHECK(dialog.asOf() == QDate(2026, 3, 15));
    auto* run = dialog.findChild<QPushButton*>(QStringLiteral("runButton"));
    REQUIRE(run != nullptr);
    CHECK_FALSE(run->isEnabled()); // preview first

    QSignalSpy done(&dialog, &ui::SweepDialog::jobFinished);
    dialog.startPreview();
    REQUIRE(waitUntil([&] { return done.count() == 1; }));
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->dryRun);
    CHECK(codes(dialog.outcome()->moved) == QStringList{QStringLiteral("S001")});
    CHECK(codes(dialog.outcome()->warned) == QStringList{QStringLiteral("S002")});
    CHECK(dialog.outcome()->warned.first().daysLeft == 1);
    CHECK(dialog.statusText() ==
          QStringLiteral("Dry run as of 2026-03-15: 1 customer(s) would return to the pool, "
                         "1 would be warned, 0 are exempt. Nothing has changed yet."));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs != nullptr);
    CHECK(tabs->tabText(0) == QStringLiteral("Would &move (1)"));
    CHECK(tabs->tabText(1) == QStringLiteral("&Warned (1)"));
    CHECK(f.ownerOf(data.s1) == f.e1); // a dry run changes nothing
    CHECK(sweepRows(f) == 0);
    CHECK(run->isEnabled());

    // Another date: the preview no longer holds.
    dialog.setAsOf(QDate(2026, 3, 14));
    CHECK_FALSE(run->isEnabled());
    dialog.setAsOf(QDate(2026, 3, 15));
    dialog.startPreview();
    REQUIRE(waitUntil([&] { return done.count() == 2; }));

    dialog.startSweep();
    REQUIRE(waitUntil([&] { return done.count() == 3; }));
    CHECK(dialog.hasRun());
    CHECK_FALSE(dialog.outcome()->dryRun);
    CHECK(tabs->tabText(0) == QStringLiteral("&Moved (1)"));
    CHECK(f.ownerOf(data.s1) == 0);
    CHECK(sweepRows(f) == 1);
    CHECK(bar.text() ==
          QStringLiteral("The pool sweep returned 1 customer(s) to the pool; 1 will enter the pool soon."));

    // Idempotent: a new preview moves nothing more.
    dialog.startPreview();
    REQUIRE(waitUntil([&] { return done.count() == 4; }));
    CHECK(dialog.outcome()->moved.isEmpty());
}

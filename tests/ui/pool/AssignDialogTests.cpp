#include "PoolUiFixture.h"

#include "customers/CustomerService.h"
#include "models/PoolMoveTableModel.h"
#include "pool/AssignDialog.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace tl;
using tl::test::PoolUiFixture;
using Strategy = core::PoolService::Strategy;

namespace {

// "code>owner code" for every move ("code>-" when it cannot be placed).
QStringList describe(const QList<core::PoolService::Move>& moves, const QHash<qint64, QString>& codes)
{
    QStringList out;
    for (const auto& m : moves)
        out << m.customerCode + QLatin1Char('>') +
                   (m.toOwnerId ? codes.value(m.toOwnerId) : QStringLiteral("-"));
    return out;
}

} // namespace

TEST_CASE("the assign dialog previews the moves, and Assign does exactly those", "[ui][pool][assign]")
{
    PoolUiFixture f;
    f.salesLimit(2);
    f.customer(QStringLiteral("O001"), QStringLiteral("自有一"), QStringLiteral("C"),
               f.e1); // E001 has room for one
    QList<qint64> ids;
    for (int i = 1; i <= 5; ++i)
        ids << f.customer(QStringLiteral("P00%1").arg(i), QStringLiteral("公司%1").arg(i));
    const QHash<qint64, QString> codes{{f.e1, QStringLiteral("E001")}, {f.e2, QStringLiteral("E002")}};

    auto app = f.app(f.managerOfTeamOne());
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::AssignDialog dialog(*app, ids);

    // The members offered: the team's sales people, by code.
    auto* members = dialog.findChild<QListWidget*>(QStringLiteral("members"));
    REQUIRE(members != nullptr);
    REQUIRE(members->count() == 4);
    CHECK(members->item(0)->text().startsWith(QStringLiteral("王一 (E001)")));
    CHECK(members->item(3)->text().startsWith(QStringLiteral("李经理 (M001)")));
    CHECK_FALSE(dialog.isPreviewCurrent());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("assignButton"))->isEnabled());

    // Round-robin over E001 and E002 with a cap of two: E001 takes one, E002 two, two cannot be placed.
    dialog.setStrategy(Strategy::RoundRobin);
    dialog.setMemberIds({f.e1, f.e2});
    REQUIRE(dialog.isPreviewCurrent());
    const QList<core::PoolService::Move> preview = dialog.previewMoves();
    CHECK(describe(preview, codes) == QStringList{QStringLiteral("P001>E001"), QStringLiteral("P002>E002"),
                                                  QStringLiteral("P003>E002"), QStringLiteral("P004>-"),
                                                  QStringLiteral("P005>-")});
    CHECK(dialog.summaryText() ==
          QStringLiteral("3 customer(s) will be assigned; 2 cannot be placed (see the note of each)."));
    CHECK_FALSE(preview.at(3).reason.isEmpty());
    // Nothing happened yet.
    for (qint64 id : ids)
        CHECK(f.ownerOf(id) == 0);

    REQUIRE(dialog.assign());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(describe(dialog.assignedMoves(), codes) == describe(preview, codes));
    CHECK(f.ownerOf(ids[0]) == f.e1);
    CHECK(f.ownerOf(ids[1]) == f.e2);
    CHECK(f.ownerOf(ids[2]) == f.e2);
    CHECK(f.ownerOf(ids[3]) == 0);
    CHECK(f.ownerOf(ids[4]) == 0);
    CHECK(bar.text() == QStringLiteral("3 customer(s) were assigned."));
    auto history = core::CustomerService(f.sys).ownershipHistory(ids[0]);
    TL_POOL_REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().reason == core::OwnershipReason::Assigned);
}

TEST_CASE("the assign dialog keeps one person for 'to one person' and shows refusals", "[ui][pool][assign]")
{
    PoolUiFixture f;
    const qint64 c1 = f.customer(QStringLiteral("P001"), QStringLiteral("公司1"));
    const qint64 c2 = f.customer(QStringLiteral("P002"), QStringLiteral("公司2"));
    auto app = f.app(f.managerOfTeamOne());
    ui::AssignDialog dialog(*app, {c1, c2});

    dialog.setStrategy(Strategy::ToPerson);
    dialog.setMemberIds({f.e2, f.e3});
    CHECK(dialog.memberIds() == QList<qint64>{f.e2, f.e3}); // as set; checking by hand keeps one
    auto* members = dialog.findChild<QListWidget*>(QStringLiteral("members"));
    REQUIRE(members != nullptr);
    dialog.setMemberIds({f.e2});
    members->item(2)->setCheckState(Qt::Checked); // E003 checked by the user: E002 is unchecked
    CHECK(dialog.memberIds() == QList<qint64>{f.e3});
    REQUIRE(dialog.isPreviewCurrent());
    for (const auto& move : dialog.previewMoves())
        CHECK(move.toOwnerId == f.e3);

    // Two people for "to one person": the core's refusal is shown in the dialog.
    dialog.setMemberIds({f.e1, f.e2});
    CHECK_FALSE(dialog.isPreviewCurrent());
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    REQUIRE(problem != nullptr);
    CHECK(problem->text() == QStringLiteral("Assigning to a person takes exactly one person."));
    CHECK_FALSE(dialog.assign());
    CHECK(f.ownerOf(c1) == 0);
}

#include "VisitsFixture.h"

#include "customers/OpportunityService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

Opportunity spec(qint64 customerId, const QString& name, qint64 yuan, qint64 ownerId = 0)
{
    Opportunity o;
    o.customerId = customerId;
    o.name = name;
    o.amount = Money::fromYuan(yuan);
    o.ownerId = ownerId;
    return o;
}

QStringList steps(const QList<StageChange>& history)
{
    QStringList out;
    for (const StageChange& c : history)
        out << (c.fromStage.isEmpty() ? QStringLiteral("-") : c.fromStage) + QStringLiteral(">") + c.toStage +
                   QStringLiteral(" ") + c.at.toString(QStringLiteral("MM-dd HH:mm"));
    return out;
}

QStringList problemList(const Error& error)
{
    QStringList out;
    for (const FieldProblem& p : error.problems)
        out << p.column + QStringLiteral(": ") + p.reason;
    return out;
}

struct OpportunityFixture : VisitsFixture
{
    qint64 c1 = customer(QStringLiteral("C001"), 31230000, 121470000, zhang);
    qint64 c2 = customer(QStringLiteral("C002"), 31240000, 121480000, li);
    qint64 c3 = customer(QStringLiteral("C003"), 31250000, 121490000, wang);
    qint64 pool = customer(QStringLiteral("C004"), 31260000, 121500000);
};

} // namespace

TEST_CASE("opportunity stages and their names", "[visits][opportunities]")
{
    CHECK(opportunityStageKeys() == QStringList{QStringLiteral("contact"), QStringLiteral("research"),
                                                QStringLiteral("proposal"), QStringLiteral("negotiation"),
                                                QStringLiteral("won"), QStringLiteral("lost")});
    CHECK(opportunityStageName(QStringLiteral("contact")) == QStringLiteral("Initial contact"));
    CHECK(opportunityStageName(QStringLiteral("won")) == QStringLiteral("Won"));
    CHECK(isClosedStage(QStringLiteral("won")));
    CHECK(isClosedStage(QStringLiteral("lost")));
    CHECK_FALSE(isClosedStage(QStringLiteral("negotiation")));
}

TEST_CASE_METHOD(OpportunityFixture, "an opportunity moves through its stages with history; closing dates it",
                 "[visits][opportunities]")
{
    Session session = salesSession(zhang);
    session.userId = user(QStringLiteral("zhangsan"), zhang);
    session.username = QStringLiteral("zhangsan");
    OpportunityService service(t.context(session));

    Opportunity input = spec(c1, QStringLiteral(" ERP 升级项目 "), 120000);
    input.expectedCloseOn = QDate(2026, 6, 30);
    input.note = QStringLiteral("预算已批");
    const auto id = service.create(input);
    REQUIRE(id.ok());
    auto o = service.get(*id);
    REQUIRE(o.ok());
    CHECK(o->name == QStringLiteral("ERP 升级项目"));
    CHECK(o->ownerId == zhang); // 0 = the session's employee
    CHECK(o->ownerName == QStringLiteral("张三"));
    CHECK(o->customerCode == QStringLiteral("C001"));
    CHECK(o->customerName == QStringLiteral("客户C001"));
    CHECK(o->amount == Money::fromFen(12000000));
    CHECK(o->stage == QStringLiteral("contact"));
    CHECK(o->createdOn == QDate(2026, 3, 15));
    CHECK(o->expectedCloseOn == QDate(2026, 6, 30));
    CHECK_FALSE(o->closedOn.isValid());
    CHECK(o->note == QStringLiteral("预算已批"));

    t.clock().set(at(3, 16, 10));
    REQUIRE(service.moveTo(*id, QStringLiteral("research"), QStringLiteral("客户确认需求")).ok());
    t.clock().set(at(3, 17, 11));
    REQUIRE(service.moveTo(*id, QStringLiteral("proposal")).ok());
    t.clock().set(at(3, 20, 15));
    REQUIRE(service.moveTo(*id, QStringLiteral("won")).ok());
    CHECK(service.get(*id)->closedOn == QDate(2026, 3, 20));
    CHECK(service.get(*id)->stage == QStringLiteral("won"));

    // Reopened: back to negotiation, no closing date; then lost, dated again.
    t.clock().set(at(3, 21, 9));
    REQUIRE(service.moveTo(*id, QStringLiteral("negotiation"), QStringLiteral("合同条款需重谈")).ok());
    CHECK_FALSE(service.get(*id)->closedOn.isValid());
    CHECK(service.get(*id)->stage == QStringLiteral("negotiation"));
    t.clock().set(at(3, 25, 17));
    REQUIRE(service.moveTo(*id, QStringLiteral("lost")).ok());
    CHECK(service.get(*id)->closedOn == QDate(2026, 3, 25));

    const auto history = service.history(*id);
    REQUIRE(history.ok());
    CHECK(steps(*history) ==
          QStringList{
              QStringLiteral("->contact 03-15 09:00"), QStringLiteral("contact>research 03-16 10:00"),
              QStringLiteral("research>proposal 03-17 11:00"), QStringLiteral("proposal>won 03-20 15:00"),
              QStringLiteral("won>negotiation 03-21 09:00"), QStringLiteral("negotiation>lost 03-25 17:00")});
    CHECK((*history)[1].note == QStringLiteral("客户确认需求"));
    CHECK((*history)[4].note == QStringLiteral("合同条款需重谈"));
    CHECK((*history)[2].note.isEmpty());
    CHECK((*history)[0].username == QStringLiteral("zhangsan"));
    CHECK((*history)[5].opportunityId == *id);

    // Moving to the stage it is at, or to an unknown stage, is refused.
    const Status again = service.moveTo(*id, QStringLiteral("lost"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message ==
          QStringLiteral("The opportunity ERP 升级项目 is already at the stage Lost."));
    CHECK(service.moveTo(*id, QStringLiteral("signed")).error().code == ErrorCode::Invalid);
    CHECK(service.moveTo(999, QStringLiteral("won")).error().code == ErrorCode::NotFound);
    CHECK(service.history(*id)->size() == 6);

    // One audit record per write: the opportunity (create + 5 stage moves), each stage row.
    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'opportunities'"))
              .toInt() == 6);
    CHECK(SqlQuery::scalar(
              t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'opportunity_stages'"))
              .toInt() == 6);
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(OpportunityFixture, "an opportunity can be created at a later stage and edited",
                 "[visits][opportunities]")
{
    OpportunityService service(sys);
    Opportunity input = spec(c2, QStringLiteral("渠道合作"), 50000, li);
    input.stage = QStringLiteral("won");
    input.createdOn = QDate(2026, 3, 1);
    const qint64 id = *service.create(input);
    CHECK(service.get(id)->closedOn == QDate(2026, 3, 15)); // closed when recorded
    CHECK(steps(*service.history(id)) == QStringList{QStringLiteral("->won 03-15 09:00")});
    CHECK(service.history(id)->first().username == QStringLiteral("system"));

    Opportunity changed = *service.get(id);
    changed.name = QStringLiteral("渠道合作（二期）");
    changed.amount = Money::fromFen(6543210);
    changed.expectedCloseOn = QDate(2026, 4, 30);
    changed.note = QStringLiteral("追加采购");
    changed.stage = QStringLiteral("contact"); // the stage only changes through moveTo
    REQUIRE(service.update(changed).ok());
    const Opportunity stored = *service.get(id);
    CHECK(stored.name == QStringLiteral("渠道合作（二期）"));
    CHECK(stored.amount == Money::fromFen(6543210));
    CHECK(stored.expectedCloseOn == QDate(2026, 4, 30));
    CHECK(stored.note == QStringLiteral("追加采购"));
    CHECK(stored.stage == QStringLiteral("won"));
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(OpportunityFixture, "opportunities are validated", "[visits][opportunities][validation]")
{
    OpportunityService service(t.context(salesSession(zhang)));
    Opportunity bad = spec(c1, QStringLiteral("  "), 0);
    bad.amount = Money::fromFen(-1);
    bad.stage = QStringLiteral("signed");
    bad.createdOn = QDate(2026, 3, 16);
    bad.expectedCloseOn = QDate(2026, 3, 10);
    const auto created = service.create(bad);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(
        problemList(created.error()) ==
        QStringList{QStringLiteral("name: the name is required"),
                    QStringLiteral("amount: the amount cannot be negative"),
                    QStringLiteral("stage: unknown stage signed"),
                    QStringLiteral("created_on: the creation date 2026-03-16 is after today (2026-03-15)"),
                    QStringLiteral("expected_close_on: the expected closing date is before the creation date "
                                   "2026-03-16")});
    CHECK(problemList(service.create(spec(999, QStringLiteral("x"), 1)).error()) ==
          QStringList{QStringLiteral("customer_code: there is no customer 999")});
    CHECK(problemList(OpportunityService(sys).create(spec(c1, QStringLiteral("x"), 1)).error()) ==
          QStringList{QStringLiteral("owner_code: the owner is required")});
    CHECK(SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM opportunities")).toInt() == 0);

    const qint64 id = *service.create(spec(c1, QStringLiteral("POS 终端"), 8000));
    Opportunity edit = *service.get(id);
    edit.name.clear();
    edit.expectedCloseOn = QDate(2026, 3, 14);
    CHECK(
        problemList(service.update(edit).error()) ==
        QStringList{QStringLiteral("name: the name is required"),
                    QStringLiteral("expected_close_on: the expected closing date is before the creation date "
                                   "2026-03-15")});
    edit.id = 999;
    CHECK(service.update(edit).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(OpportunityFixture, "opportunities follow the customer scope: own, team, all",
                 "[visits][opportunities][permissions]")
{
    OpportunityService asZhang(t.context(salesSession(zhang)));
    OpportunityService asLi(t.context(salesSession(li)));
    OpportunityService asManager(t.context(managerSession()));
    OpportunityService asFinance(t.context(sessionFor(Role::Finance)));
    OpportunityService asAdmin(t.context(sessionFor(Role::Admin)));

    const qint64 mine = *asZhang.create(spec(c1, QStringLiteral("张三的商机"), 1000));
    // Not for another salesperson's customer, a pool customer, or on behalf of someone else.
    CHECK(asZhang.create(spec(c2, QStringLiteral("x"), 1)).error().code == ErrorCode::PermissionDenied);
    const auto poolDenied = asZhang.create(spec(pool, QStringLiteral("x"), 1));
    CHECK(poolDenied.error().message ==
          QStringLiteral("You may not create opportunities for the customer 客户C004 (C004)."));
    CHECK(asZhang.create(spec(c1, QStringLiteral("x"), 1, li)).error().code == ErrorCode::PermissionDenied);
    // The manager for the team, not for another department.
    const qint64 liDeal = *asManager.create(spec(c2, QStringLiteral("李四的商机"), 2000, li));
    CHECK(asManager.create(spec(c3, QStringLiteral("x"), 1, wang)).error().code ==
          ErrorCode::PermissionDenied);
    // Finance reads everything and writes nothing; the administrator writes for anyone, even for pool
    // customers.
    CHECK(asFinance.create(spec(c1, QStringLiteral("x"), 1, zhang)).error().code ==
          ErrorCode::PermissionDenied);
    const qint64 wangDeal = *asAdmin.create(spec(c3, QStringLiteral("王五的商机"), 3000, wang));
    const qint64 poolDeal = *asAdmin.create(spec(pool, QStringLiteral("公海商机"), 4000, wang));

    CHECK(asZhang.get(mine).ok());
    CHECK(asLi.get(mine).error().code == ErrorCode::PermissionDenied);
    CHECK(asLi.moveTo(mine, QStringLiteral("research")).error().code == ErrorCode::PermissionDenied);
    CHECK(asManager.get(mine).ok());
    CHECK(asManager.get(wangDeal).error().code == ErrorCode::PermissionDenied);
    CHECK(asFinance.get(wangDeal).ok());
    CHECK(asFinance.moveTo(wangDeal, QStringLiteral("research")).error().code == ErrorCode::PermissionDenied);
    CHECK(asZhang.get(liDeal).error().code == ErrorCode::PermissionDenied);
    CHECK(asZhang.history(liDeal).error().code == ErrorCode::PermissionDenied);
    CHECK(asFinance.get(poolDeal).ok());

    CHECK(asZhang.forCustomer(c1)->size() == 1);
    CHECK(asLi.forCustomer(c1)->isEmpty());
    CHECK(asManager.forCustomer(c3)->isEmpty());
    CHECK(asFinance.forCustomer(c3)->size() == 1);
    CHECK(asZhang.forCustomer(999).error().code == ErrorCode::NotFound);
    CHECK(OpportunityService(t.context(sessionFor(Role::Hr))).get(mine).error().code ==
          ErrorCode::PermissionDenied);

    // After a handover of C001 to 李四, the successor sees and works on its opportunities; 张三 keeps his.
    setOwner(c1, li);
    REQUIRE(asLi.get(mine).ok());
    CHECK(asLi.forCustomer(c1)->size() == 1);
    CHECK(asLi.moveTo(mine, QStringLiteral("research")).ok());
    CHECK(asZhang.get(mine)->stage == QStringLiteral("research"));
    CHECK(auditIssues().isEmpty());
}

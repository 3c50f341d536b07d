#include "VisitsFixture.h"

#include "customers/FunnelReport.h"
#include "customers/OpportunityService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

// One line per stage: "stage reached amount-in-yuan conversion-ppm".
QStringList lines(const FunnelReport::Funnel& funnel)
{
    QStringList out;
    for (const FunnelReport::Stage& s : funnel.stages)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.stage)
                   .arg(s.reached)
                   .arg(s.amount.fen() / 100)
                   .arg(s.conversionPpm);
    return out;
}

// The hand-made dataset (amounts in yuan, all created in March 2026 unless said otherwise):
//   张三 (销售一部): O1 10,000 contact
//                  O2 20,000 contact → research
//                  O3 30,000 contact → proposal (jumped: has reached research too)
//                  O4 40,000 contact → research → proposal → negotiation → won
//                  O9  5,000 contact → lost
//   李四 (销售一部): O5 50,000 contact → research → lost
//                  O6 60,000 contact → research → proposal → negotiation → won → negotiation (reopened)
//   王五 (销售二部): O7 70,000 contact → won (jumped)
//                  O8 80,000 created 20 February → won (outside March)
// Furthest stage reached (contact 0 … negotiation 3, won 4 only while won):
//   O1 0, O2 1, O3 2, O4 4, O9 0, O5 1, O6 3, O7 4.
struct FunnelFixture : VisitsFixture
{
    qint64 c1 = customer(QStringLiteral("C001"), 31230000, 121470000, zhang);
    qint64 c2 = customer(QStringLiteral("C002"), 31240000, 121480000, li);
    qint64 c3 = customer(QStringLiteral("C003"), 31250000, 121490000, wang);

    FunnelFixture()
    {
        make(c1, zhang, 10000, {});
        make(c1, zhang, 20000, {QStringLiteral("research")});
        make(c1, zhang, 30000, {QStringLiteral("proposal")});
        make(c1, zhang, 40000,
             {QStringLiteral("research"), QStringLiteral("proposal"), QStringLiteral("negotiation"),
              QStringLiteral("won")});
        make(c1, zhang, 5000, {QStringLiteral("lost")});
        make(c2, li, 50000, {QStringLiteral("research"), QStringLiteral("lost")});
        make(c2, li, 60000,
             {QStringLiteral("research"), QStringLiteral("proposal"), QStringLiteral("negotiation"),
              QStringLiteral("won"), QStringLiteral("negotiation")});
        make(c3, wang, 70000, {QStringLiteral("won")});
        make(c3, wang, 80000, {QStringLiteral("won")}, QDate(2026, 2, 20));
    }

    void make(qint64 customerId, qint64 owner, qint64 yuan, const QStringList& moves,
              const QDate& createdOn = QDate(2026, 3, 2))
    {
        makeOpportunity(sys, customerId, owner, QStringLiteral("商机 %1").arg(yuan), yuan, moves, createdOn);
    }

    FunnelReport::Funnel funnel(const Session& session, qint64 employeeId = 0, qint64 departmentId = 0)
    {
        const auto f = FunnelReport(t.context(session))
                           .compute(QDate(2026, 3, 1), QDate(2026, 3, 31), employeeId, departmentId);
        REQUIRE(f.ok());
        return *f;
    }
};

} // namespace

TEST_CASE_METHOD(FunnelFixture, "the funnel of everyone: counts, amounts and conversion", "[visits][funnel]")
{
    const FunnelReport::Funnel f = funnel(sys.session);
    CHECK(f.from == QDate(2026, 3, 1));
    CHECK(f.to == QDate(2026, 3, 31));
    // reached: contact 8 (all but O8); research 6 (O2 O3 O4 O5 O6 O7); proposal 4 (O3 O4 O6 O7);
    // negotiation 3 (O4 O6 O7); won 2 (O4 O7).
    // amounts: 10+20+30+40+5+50+60+70 = 285 thousand; 20+30+40+50+60+70 = 270; 30+40+60+70 = 200;
    // 40+60+70 = 170; 40+70 = 110.
    // conversion: 6/8 = 750,000 ppm; 4/6 = 666,666.67 -> 666,667 (half-up); 3/4 = 750,000; 2/3 -> 666,667.
    CHECK(lines(f) ==
          QStringList{QStringLiteral("contact 8 285000 1000000"), QStringLiteral("research 6 270000 750000"),
                      QStringLiteral("proposal 4 200000 666667"),
                      QStringLiteral("negotiation 3 170000 750000"), QStringLiteral("won 2 110000 666667")});
    // lost: O5 and O9, 50,000 + 5,000.
    CHECK(f.lost == 2);
    CHECK(f.lostAmount == Money::fromYuan(55000));
    CHECK(auditIssues().isEmpty());
}

TEST_CASE_METHOD(FunnelFixture, "the funnel of one person and of a team", "[visits][funnel]")
{
    // 张三: O1 0, O2 1, O3 2, O4 4, O9 0 -> reached 5 / 3 / 2 / 1 / 1;
    // amounts 10+20+30+40+5 = 105; 20+30+40 = 90; 30+40 = 70; 40; 40 thousand;
    // conversion 3/5 = 600,000; 2/3 = 666,667; 1/2 = 500,000; 1/1 = 1,000,000.
    const FunnelReport::Funnel own = funnel(sys.session, zhang);
    CHECK(lines(own) ==
          QStringList{QStringLiteral("contact 5 105000 1000000"), QStringLiteral("research 3 90000 600000"),
                      QStringLiteral("proposal 2 70000 666667"), QStringLiteral("negotiation 1 40000 500000"),
                      QStringLiteral("won 1 40000 1000000")});
    CHECK(own.lost == 1);
    CHECK(own.lostAmount == Money::fromYuan(5000));

    // 销售一部 (张三 + 李四): O1 0, O2 1, O3 2, O4 4, O9 0, O5 1, O6 3 -> reached 7 / 5 / 3 / 2 / 1;
    // amounts 285 - 70 = 215; 20+30+40+50+60 = 200; 30+40+60 = 130; 40+60 = 100; 40 thousand;
    // conversion 5/7 = 714,285.71 -> 714,286; 3/5 = 600,000; 2/3 -> 666,667; 1/2 = 500,000.
    const QStringList team{
        QStringLiteral("contact 7 215000 1000000"), QStringLiteral("research 5 200000 714286"),
        QStringLiteral("proposal 3 130000 600000"), QStringLiteral("negotiation 2 100000 666667"),
        QStringLiteral("won 1 40000 500000")};
    CHECK(lines(funnel(sys.session, 0, dept1)) == team);
    // The manager's "all in scope" is the same team.
    CHECK(lines(funnel(managerSession())) == team);
    CHECK(lines(funnel(managerSession(), 0, dept1)) == team);
    CHECK(funnel(managerSession()).lost == 2);
    // The parent department covers its subtree: everyone.
    const qint64 centre = makeDepartment(sys, QStringLiteral("销售中心"));
    CHECK(funnel(sys.session, 0, centre).stages.first().reached == 8);

    // A salesperson sees only their own figures.
    CHECK(lines(funnel(salesSession(zhang))) == lines(own));
    CHECK(lines(funnel(salesSession(zhang), zhang)) == lines(own));
}

TEST_CASE_METHOD(FunnelFixture, "the funnel's period and scope are checked", "[visits][funnel][permissions]")
{
    FunnelReport asZhang(t.context(salesSession(zhang)));
    FunnelReport asManager(t.context(managerSession()));
    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    CHECK(asZhang.compute(from, to, li).error().code == ErrorCode::PermissionDenied);
    CHECK(asZhang.compute(from, to, 0, dept1).error().code == ErrorCode::PermissionDenied);
    CHECK(asManager.compute(from, to, wang).error().code == ErrorCode::PermissionDenied);
    CHECK(asManager.compute(from, to, 0, dept2).error().code == ErrorCode::PermissionDenied);
    CHECK(asManager.compute(from, to, 999).error().code == ErrorCode::NotFound);
    CHECK(asManager.compute(from, to, 0, 999).error().code == ErrorCode::NotFound);
    CHECK(asZhang.compute(to, from).error().code == ErrorCode::Invalid);
    CHECK(FunnelReport(t.context(sessionFor(Role::Hr))).compute(from, to).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(FunnelReport(t.context(sessionFor(Role::Auditor))).compute(from, to)->stages.first().reached == 8);

    // February holds only O8 (won straight away); an empty period has no conversion at all.
    const auto february = FunnelReport(sys).compute(QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(february.ok());
    CHECK(lines(*february) ==
          QStringList{QStringLiteral("contact 1 80000 1000000"), QStringLiteral("research 1 80000 1000000"),
                      QStringLiteral("proposal 1 80000 1000000"),
                      QStringLiteral("negotiation 1 80000 1000000"), QStringLiteral("won 1 80000 1000000")});
    const auto empty = FunnelReport(sys).compute(QDate(2026, 1, 1), QDate(2026, 1, 31));
    CHECK(lines(*empty) == QStringList{QStringLiteral("contact 0 0 0"), QStringLiteral("research 0 0 0"),
                                       QStringLiteral("proposal 0 0 0"), QStringLiteral("negotiation 0 0 0"),
                                       QStringLiteral("won 0 0 0")});
    CHECK(empty->lost == 0);
    // The period is inclusive at both ends.
    CHECK(FunnelReport(sys).compute(QDate(2026, 3, 2), QDate(2026, 3, 2))->stages.first().reached == 8);
}

#include "CustomersTestSupport.h"

#include "customers/CustomerQuery.h"
#include "customers/CustomerService.h"
#include "customers/FollowUpService.h"
#include "db/SqlQuery.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QDateTime at(int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

FollowUp followUp(qint64 customerId, const QDateTime& when, const QString& method = QStringLiteral("phone"))
{
    FollowUp f;
    f.customerId = customerId;
    f.at = when;
    f.method = method;
    f.content = QStringLiteral("  询问二季度采购计划  ");
    return f;
}

QStringList problemTexts(const QList<FieldProblem>& problems)
{
    QStringList list;
    for (const FieldProblem& p : problems)
        list << p.column + QStringLiteral(": ") + p.reason;
    return list;
}

QStringList codes(const Result<QList<FollowUp>>& list)
{
    REQUIRE(list.ok());
    QStringList out;
    for (const FollowUp& f : *list)
        out << f.customerCode + QStringLiteral("@") + f.nextOn.toString(Qt::ISODate);
    return out;
}

QDateTime lastOwnerFollowUp(CustomerCompany& co, qint64 customerId)
{
    return CustomerService(co.system).get(customerId)->lastOwnerFollowUpAt;
}

} // namespace

TEST_CASE("Logging a follow-up: who may, and the field rules", "[customers][followups]")
{
    CustomerCompany co;
    FollowUpService wang(co.as(co.salesWang()));

    const auto logged = wang.log(followUp(co.k1, at(3, 14), QStringLiteral("微信")));
    REQUIRE(logged.ok());
    const auto timeline = wang.timeline(co.k1);
    REQUIRE(timeline->size() == 1);
    const FollowUp& stored = timeline->at(0);
    CHECK(stored.id == *logged);
    CHECK(stored.employeeId == co.wang); // 0 = the session's employee
    CHECK(stored.employeeName == QStringLiteral("王伟"));
    CHECK(stored.method == QStringLiteral("wechat"));
    CHECK(stored.content == QStringLiteral("询问二季度采购计划"));
    CHECK(stored.at == at(3, 14));
    CHECK(stored.customerCode == QStringLiteral("K001"));
    // Later today is not the future.
    CHECK(wang.log(followUp(co.k1, at(3, 15, 23, 30))).ok());

    SECTION("a salesperson: own customers only, in their own name")
    {
        CHECK(wang.log(followUp(co.k2, at(3, 14))).error().code == ErrorCode::PermissionDenied);
        CHECK(wang.log(followUp(co.k3, at(3, 14))).error().code == ErrorCode::PermissionDenied);
        CHECK(wang.log(followUp(co.k4, at(3, 14))).error().code ==
              ErrorCode::PermissionDenied); // claim first
        FollowUp forOther = followUp(co.k1, at(3, 14));
        forOther.employeeId = co.liu;
        CHECK(wang.log(forOther).error().code == ErrorCode::PermissionDenied);
    }
    SECTION("a manager: the team's customers, for self or a team member; finance not at all")
    {
        FollowUpService manager(co.as(co.manager()));
        CHECK(manager.log(followUp(co.k3, at(3, 13))).ok());
        FollowUp forLi = followUp(co.k3, at(3, 13));
        forLi.employeeId = co.li;
        CHECK(manager.log(forLi).ok());
        CHECK(manager.log(followUp(co.k2, at(3, 13))).error().code == ErrorCode::PermissionDenied);
        forLi.employeeId = co.liu;
        CHECK(manager.log(forLi).error().code == ErrorCode::PermissionDenied);
        CHECK(FollowUpService(co.as(co.finance())).log(followUp(co.k2, at(3, 13))).error().code ==
              ErrorCode::PermissionDenied);
    }
    SECTION("field problems, named like the followups template")
    {
        FollowUp bad = followUp(co.k1, at(3, 16, 8, 0), QStringLiteral("fax"));
        bad.nextOn = QDate(2026, 3, 1);
        const auto rejected = wang.log(bad);
        REQUIRE_FALSE(rejected.ok());
        CHECK(rejected.error().code == ErrorCode::Invalid);
        CHECK(problemTexts(rejected.error().problems) ==
              QStringList{
                  QStringLiteral("at: follow-up date 2026-03-16 is in the future"),
                  QStringLiteral(
                      "method: unknown follow-up method fax; use phone, visit, wechat, email or other"),
                  QStringLiteral(
                      "next_at: next follow-up date 2026-03-01 is before the follow-up date 2026-03-16")});
        FollowUp noTime = followUp(0, QDateTime());
        noTime.customerCode = QStringLiteral("K999");
        CHECK(problemTexts(wang.validate(noTime)) ==
              QStringList{QStringLiteral("customer_code: customer K999 does not exist"),
                          QStringLiteral("at: the time of the follow-up is required")});
        FollowUp byCode = followUp(0, at(3, 10));
        byCode.customerCode = QStringLiteral("K001");
        byCode.nextOn = QDate(2026, 3, 10); // the same day is fine
        CHECK(problemTexts(wang.validate(byCode)) == QStringList{});
        CHECK(wang.log(byCode).ok());
        FollowUp nobody = followUp(co.k1, at(3, 10));
        CHECK(problemTexts(FollowUpService(co.system).validate(nobody)) ==
              QStringList{QStringLiteral("employee_code: the employee who followed up is required")});
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("The owner's follow-ups since the ownership start move the no-follow-up clock",
          "[customers][followups][reclaim]")
{
    CustomerCompany co; // K001 owned by 王伟 since 2026-01-05, level A (30 / 90 days by default)
    const Context wang = co.as(co.salesWang());
    CHECK_FALSE(lastOwnerFollowUp(co, co.k1).isValid());

    // Someone else's follow-up does not count.
    logFollowUp(co.as(co.manager()), co.k1, at(3, 12));
    CHECK_FALSE(lastOwnerFollowUp(co, co.k1).isValid());
    // Nor does the owner's from before the ownership started.
    logFollowUp(wang, co.k1, at(1, 4, 17, 0));
    CHECK_FALSE(lastOwnerFollowUp(co, co.k1).isValid());
    // The owner's does.
    logFollowUp(wang, co.k1, at(3, 1, 14, 0));
    CHECK(lastOwnerFollowUp(co, co.k1) == at(3, 1, 14, 0));
    // An older one logged later does not move it back; a later one moves it on.
    logFollowUp(wang, co.k1, at(2, 10));
    CHECK(lastOwnerFollowUp(co, co.k1) == at(3, 1, 14, 0));
    logFollowUp(wang, co.k1, at(3, 1, 16, 30));
    CHECK(lastOwnerFollowUp(co, co.k1) == at(3, 1, 16, 30));
    // On the first day of the ownership it counts, whatever the hour.
    const qint64 fresh = makeCustomer(co.system, QStringLiteral("K010"), QStringLiteral("今日新客"), co.wang);
    logFollowUp(wang, fresh, at(3, 15, 8, 0));
    CHECK(lastOwnerFollowUp(co, fresh) == at(3, 15, 8, 0));

    // The countdown follows: 2026-03-01 + 30 days (the no-deal date 2026-01-05 + 90 = 04-05 is later).
    CustomerQuery::Filter mine;
    mine.scope = CustomerQuery::Scope::Mine;
    const auto page = CustomerQuery(wang, mine, CustomerQuery::SortKey::Code).page({}, 10);
    REQUIRE(page->rows.size() == 2);
    CHECK(page->rows.at(0).customer.code == QStringLiteral("K001"));
    CHECK(page->rows.at(0).reclaimOn == QDate(2026, 3, 31));
    CHECK(page->rows.at(0).daysToReclaim == 16);
    CHECK(page->rows.at(1).reclaimOn == QDate(2026, 4, 14));

    // The derived column is no part of the audited state.
    CHECK(auditIssues(co.t.db()).isEmpty());
    CHECK(SqlQuery::scalar(co.t.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'followups'"))
              .toInt() == 6);
}

TEST_CASE("To contact today and overdue next contacts", "[customers][followups][due]")
{
    CustomerCompany co;
    const Context wang = co.as(co.salesWang());
    const qint64 x = makeCustomer(co.system, QStringLiteral("K011"), QStringLiteral("已再次联系"), co.wang);
    const qint64 y = makeCustomer(co.system, QStringLiteral("K012"), QStringLiteral("逾期未联系"), co.wang);
    const qint64 z = makeCustomer(co.system, QStringLiteral("K013"), QStringLiteral("下周联系"), co.wang);

    logFollowUp(wang, co.k1, at(3, 10), 0, QDate(2026, 3, 15));                   // today
    logFollowUp(wang, x, at(3, 5), 0, QDate(2026, 3, 12));                        // done on 03-13:
    logFollowUp(wang, x, at(3, 13));                                              //   no next date
    logFollowUp(wang, y, at(3, 2), 0, QDate(2026, 3, 8));                         // overdue
    logFollowUp(wang, z, at(3, 14), 0, QDate(2026, 3, 20));                       // later
    logFollowUp(co.as(co.manager()), co.k3, at(3, 1), co.li, QDate(2026, 3, 10)); // 李娜's, overdue
    logFollowUp(co.as(co.salesLiu()), co.k2, at(3, 11), 0, QDate(2026, 3, 15));   // 刘洋's, today
    // A later follow-up by someone else (the manager) with a new date replaces the owner's plan.
    logFollowUp(co.as(co.manager()), z, at(3, 15, 8, 0), 0, QDate(2026, 3, 18));

    const QDate today(2026, 3, 15);
    FollowUpService mine(wang);
    CHECK(codes(mine.dueOn(today)) == QStringList{QStringLiteral("K001@2026-03-15")});
    CHECK(codes(mine.overdue(today)) == QStringList{QStringLiteral("K012@2026-03-08")});
    CHECK(codes(mine.dueOn(QDate(2026, 3, 18))) == QStringList{QStringLiteral("K013@2026-03-18")});
    CHECK(codes(mine.dueOn(QDate(2026, 3, 20))).isEmpty());
    CHECK(codes(mine.overdue(QDate(2026, 3, 19))) == QStringList{QStringLiteral("K012@2026-03-08"),
                                                                 QStringLiteral("K001@2026-03-15"),
                                                                 QStringLiteral("K013@2026-03-18")});

    FollowUpService manager(co.as(co.manager()));
    CHECK(codes(manager.dueOn(today, -1)) == QStringList{QStringLiteral("K001@2026-03-15")});
    CHECK(codes(manager.overdue(today, -1)) ==
          QStringList{QStringLiteral("K012@2026-03-08"), QStringLiteral("K003@2026-03-10")});
    CHECK(codes(manager.overdue(today, co.li)) == QStringList{QStringLiteral("K003@2026-03-10")});
    CHECK(manager.overdue(today, co.liu).error().code == ErrorCode::PermissionDenied);
    CHECK(codes(manager.dueOn(today)).isEmpty()); // the manager owns no customers

    FollowUpService everyone(co.system);
    CHECK(codes(everyone.dueOn(today, -1)) ==
          QStringList{QStringLiteral("K001@2026-03-15"), QStringLiteral("K002@2026-03-15")});
    CHECK(codes(FollowUpService(co.as(co.salesLiu())).dueOn(today)) ==
          QStringList{QStringLiteral("K002@2026-03-15")});
    CHECK(codes(FollowUpService(co.as(co.finance())).dueOn(today)).isEmpty()); // 陈静 owns none
    CHECK(FollowUpService(co.as(co.hr())).dueOn(today).error().code == ErrorCode::PermissionDenied);
}

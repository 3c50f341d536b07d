#include "OrgTestSupport.h"

#include "audit/AuditLog.h"
#include "org/EmployeeService.h"
#include "org/LabourContractService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;
using namespace Qt::StringLiterals;

namespace {

LabourContract fixedTerm(qint64 employeeId, const QDate& start, const QDate& end,
                         const QDate& probationEnd = {})
{
    LabourContract c;
    c.employeeId = employeeId;
    c.type = ContractType::FixedTerm;
    c.startDate = start;
    c.endDate = end;
    c.probationEnd = probationEnd;
    c.signedOn = start;
    return c;
}

QStringList reasons(const Error& error)
{
    QStringList list;
    for (const FieldProblem& p : error.problems)
        list << p.column + u": "_s + p.reason;
    return list;
}

QStringList summary(const QList<ContractAlert>& alerts)
{
    QStringList list;
    for (const ContractAlert& a : alerts)
        list << a.employeeCode + u" "_s + contractAlertKindName(a.kind) + u" "_s +
                    a.date.toString(Qt::ISODate);
    return list;
}

} // namespace

TEST_CASE("contracts are numbered, may not overlap, and every write is audited", "[org][contracts]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e = makeEmployee(hr, u"E001"_s, u"张三"_s);
    LabourContractService service(hr);

    const auto first = service.add(fixedTerm(e, QDate(2024, 1, 1), QDate(2025, 12, 31), QDate(2024, 2, 29)));
    REQUIRE(first.ok());
    const auto overlap = service.add(fixedTerm(e, QDate(2025, 12, 31), QDate(2028, 12, 31)));
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().code == ErrorCode::Invalid);
    CHECK(reasons(overlap.error()) ==
          QStringList{u"start_date: the contract overlaps contract 1 (2024-01-01 to 2025-12-31)"_s});
    CHECK(overlap.error().message == u"The labour contract of 张三 (E001) cannot be saved."_s);

    const auto second = service.add(fixedTerm(e, QDate(2026, 1, 1), QDate(2028, 12, 31)));
    REQUIRE(second.ok());
    const auto history = service.history(e);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).seq == 1);
    CHECK(history->at(1).seq == 2);
    CHECK(history->at(1).id == *second);
    CHECK(history->at(0).probationEnd == QDate(2024, 2, 29));

    // Updating keeps employee and seq; moving into the previous contract is refused.
    LabourContract changed = history->at(1);
    changed.startDate = QDate(2025, 6, 1);
    CHECK(reasons(service.update(changed).error()) ==
          QStringList{u"start_date: the contract overlaps contract 1 (2024-01-01 to 2025-12-31)"_s});
    changed.startDate = QDate(2026, 1, 2);
    changed.employeeId = 999;
    changed.seq = 7;
    changed.note = u"续签"_s;
    REQUIRE(service.update(changed).ok());
    CHECK(service.history(e)->at(1).startDate == QDate(2026, 1, 2));
    CHECK(service.history(e)->at(1).seq == 2);
    CHECK(service.history(e)->at(1).note == u"续签"_s);

    LabourContract openEnded;
    openEnded.employeeId = e;
    openEnded.type = ContractType::OpenEnded;
    openEnded.startDate = QDate(2029, 1, 1);
    openEnded.endDate = QDate(2030, 1, 1);
    CHECK(reasons(service.add(openEnded).error()) ==
          QStringList{u"end_date: an open-ended contract has no end date"_s});
    CHECK(reasons(service.add(fixedTerm(e, QDate(2029, 1, 1), {})).error()) ==
          QStringList{u"end_date: a fixed-term contract needs an end date"_s});
    CHECK(service.add(fixedTerm(404, QDate(2029, 1, 1), QDate(2030, 1, 1))).error().code ==
          ErrorCode::NotFound);

    CHECK(service.remove(*first).error().code == ErrorCode::Conflict); // only the latest
    REQUIRE(service.remove(*second).ok());
    CHECK(service.history(e)->size() == 1);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("contract permissions", "[org][contracts][permissions]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e = makeEmployee(hr, u"E001"_s, u"张三"_s);
    const qint64 c = makeLabourContract(hr, e, ContractType::OpenEnded, QDate(2024, 1, 1));

    CHECK(LabourContractService(t.context(sessionFor(Role::Auditor))).history(e).ok());
    CHECK(LabourContractService(t.context(sessionFor(Role::Auditor))).alerts(QDate(2026, 3, 15)).ok());
    for (Role role : {Role::Finance, Role::SalesManager, Role::Sales}) {
        LabourContractService denied(t.context(sessionFor(role, e)));
        CHECK(denied.history(e).error().code == ErrorCode::PermissionDenied);
        CHECK(denied.alerts(QDate(2026, 3, 15)).error().code == ErrorCode::PermissionDenied);
    }
    for (Role role : {Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
        LabourContractService denied(t.context(sessionFor(role, e)));
        CHECK(denied.add(fixedTerm(e, QDate(2030, 1, 1), QDate(2030, 12, 31))).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(denied.remove(c).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("preview warns about the contract about to be signed", "[org][contracts]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e = makeEmployee(hr, u"E001"_s, u"张三"_s, 0, u"sales"_s, 0, QDate(2020, 1, 1));
    makeLabourContract(hr, e, ContractType::FixedTerm, QDate(2020, 1, 1), QDate(2022, 12, 31),
                       QDate(2020, 2, 29));
    makeLabourContract(hr, e, ContractType::FixedTerm, QDate(2023, 1, 1), QDate(2026, 3, 31));
    LabourContractService service(hr);

    const auto warnings =
        service.preview(fixedTerm(e, QDate(2026, 4, 1), QDate(2029, 3, 31), QDate(2026, 10, 1)));
    REQUIRE(warnings.ok());
    CHECK(summary(*warnings) == QStringList{u"E001 Third fixed-term contract 2026-04-01"_s,
                                            u"E001 Probation too long 2026-10-01"_s,
                                            u"E001 Second probation 2026-04-01"_s});
    CHECK(warnings->at(1).daysLeft == 200); // 2026-03-15 to 2026-10-01
    LabourContract openEnded;
    openEnded.employeeId = e;
    openEnded.type = ContractType::OpenEnded;
    openEnded.startDate = QDate(2026, 4, 1);
    CHECK(service.preview(openEnded)->isEmpty());
}

TEST_CASE("alerts for everyone in scope, sorted by date", "[org][contracts]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 ending = makeEmployee(hr, u"E001"_s, u"张三"_s, 0, u"sales"_s, 0, QDate(2025, 4, 15));
    makeLabourContract(hr, ending, ContractType::FixedTerm, QDate(2025, 4, 15), QDate(2026, 4, 14));
    const qint64 probation = makeEmployee(hr, u"E002"_s, u"李四"_s, 0, u"sales"_s, 0, QDate(2025, 12, 23));
    makeLabourContract(hr, probation, ContractType::FixedTerm, QDate(2025, 12, 23), QDate(2028, 12, 22),
                       QDate(2026, 3, 22));
    makeEmployee(hr, u"E003"_s, u"王五"_s, 0, u"sales"_s, 0, QDate(2026, 1, 5)); // no contract
    const qint64 settled = makeEmployee(hr, u"E004"_s, u"赵六"_s, 0, u"sales"_s, 0, QDate(2024, 1, 1));
    makeLabourContract(hr, settled, ContractType::OpenEnded, QDate(2024, 1, 1));
    const qint64 gone = makeEmployee(hr, u"E005"_s, u"钱七"_s, 0, u"sales"_s, 0, QDate(2026, 1, 5));
    REQUIRE(EmployeeService(hr).setStatus(gone, EmployeeStatus::Left, QDate(2026, 2, 1)).ok());

    const auto alerts = LabourContractService(hr).alerts(QDate(2026, 3, 15));
    REQUIRE(alerts.ok());
    CHECK(summary(*alerts) == QStringList{u"E003 No written contract 2026-01-05"_s,
                                          u"E002 Probation ending 2026-03-22"_s,
                                          u"E001 Contract ending 2026-04-14"_s});
    CHECK(alerts->at(2).daysLeft == 30);
    CHECK(alerts->at(1).daysLeft == 7);
    CHECK(LabourContractService(hr).alerts(QDate(2026, 3, 14))->size() ==
          1); // 31 and 8 days ahead: only E003
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

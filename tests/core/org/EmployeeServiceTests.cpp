#include "OrgTestSupport.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "db/SqlQuery.h"
#include "org/EmployeeService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;
using namespace Qt::StringLiterals;

namespace {

QStringList describe(const QList<FieldProblem>& problems)
{
    QStringList list;
    for (const FieldProblem& p : problems)
        list << p.column + u": "_s + p.reason;
    return list;
}

QStringList auditIssues(const Database& db)
{
    QStringList list;
    for (const AuditLog::Issue& issue : AuditLog::verify(db))
        list << issue.what;
    return list;
}

int employeeCount(const Database& db)
{
    return SqlQuery::scalar(db, u"SELECT count(*) FROM employees"_s).toInt();
}

// 310101199003071257: a valid ID number (check character 7 computed by hand in ValidationTests.cpp).
Employee fullRecord(const QString& code, const QString& name)
{
    Employee e = employeeSpec(code, name);
    e.position = u"销售代表"_s;
    e.idNumber = u"310101199003071257"_s;
    e.phone = u"138 0013 8000"_s;
    e.bankName = u"工商银行"_s;
    e.bankAccount = u"6222021234567890123"_s;
    e.city = u"shanghai"_s;
    return e;
}

} // namespace

TEST_CASE("an employee is created, normalized, completed from the ID number and audited", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 dept = makeDepartment(hr, u"销售中心/销售一部"_s);
    Employee input = fullRecord(u" E001 "_s, u"张三"_s);
    input.departmentId = dept;
    input.idNumber = u"310101199003071257"_s;
    const auto id = EmployeeService(hr).create(input);
    REQUIRE(id.ok());

    const auto e = EmployeeService(hr).get(*id);
    REQUIRE(e.ok());
    CHECK(e->code == u"E001"_s);
    CHECK(e->name == u"张三"_s);
    CHECK(e->departmentName == u"销售一部"_s);
    CHECK(e->phone == u"13800138000"_s);
    CHECK(e->birthDate == QDate(1990, 3, 7));
    CHECK(e->gender == u"M"_s);
    CHECK(e->idNumber == u"310101199003071257"_s);
    CHECK(e->bankAccount == u"6222021234567890123"_s);
    CHECK(e->status == EmployeeStatus::Active);
    CHECK_FALSE(e->masked);

    const auto byCode = EmployeeService(hr).getByCode(u"E001"_s);
    REQUIRE(byCode.ok());
    CHECK(byCode->id == *id);
    CHECK(EmployeeService(hr).getByCode(u"E404"_s).error().code == ErrorCode::NotFound);
    CHECK(EmployeeService(hr).get(9999).error().code == ErrorCode::NotFound);
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("validate reports every problem with the import template's columns", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    makeEmployee(hr, fullRecord(u"E001"_s, u"张三"_s));

    Employee bad;
    bad.code = u"E001"_s;
    bad.role = u"boss"_s;
    bad.managerCode = u"E999"_s;
    bad.idNumber = u"310101199003071250"_s;
    bad.phone = u"12345"_s;
    bad.bankAccount = u"6222-abc"_s;
    bad.email = u"nobody"_s;
    const QStringList expected{u"code: code E001 is already used"_s,
                               u"name: name is required"_s,
                               u"role: unknown role boss; use sales, sales_manager, hr, finance or other"_s,
                               u"manager_code: manager E999 does not exist"_s,
                               u"hire_date: hire date is required"_s,
                               u"id_number: check character should be 7"_s,
                               u"phone: mobile number must have 11 digits"_s,
                               u"bank_account: bank account may only contain digits"_s,
                               u"email: nobody is not an e-mail address"_s};
    CHECK(describe(EmployeeService(hr).validate(bad)) == expected);

    const auto created = EmployeeService(hr).create(bad);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(describe(created.error().problems) == expected);
    CHECK(created.error().problems.at(3).toString() == u"column manager_code: manager E999 does not exist"_s);
    CHECK(employeeCount(t.db()) == 1);

    // The same ID number as E001:
    CHECK(EmployeeService(hr).validate(fullRecord(u"E002"_s, u"李四"_s)).size() == 1);
    Employee noCode = employeeSpec(u"  "_s, u"李四"_s);
    CHECK(describe(EmployeeService(hr).validate(noCode)) == QStringList{u"code: code is required"_s});
    Employee early = employeeSpec(u"E003"_s, u"王五"_s);
    early.status = EmployeeStatus::Leaving;
    early.leaveDate = QDate(2023, 6, 30);
    CHECK(describe(EmployeeService(hr).validate(early)) ==
          QStringList{u"leave_date: leave date 2023-06-30 is before the hire date 2024-01-01"_s});
}

TEST_CASE("ID numbers: impossible birth dates, and one person employed once", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    makeEmployee(hr, fullRecord(u"E001"_s, u"张三"_s));

    Employee e = employeeSpec(u"E002"_s, u"李四"_s);
    e.idNumber = u"110105202302301234"_s;
    CHECK(describe(EmployeeService(hr).validate(e)) == QStringList{u"id_number: no such date 2023-02-30"_s});
    e.idNumber = u"310101199003071257"_s;
    CHECK(describe(EmployeeService(hr).validate(e)) ==
          QStringList{u"id_number: ID number is already used by E001 (张三)"_s});
    e.idNumber = u"11010519491231002x"_s; // lowercase x accepted
    CHECK(EmployeeService(hr).validate(e).isEmpty());
    e.hireDate = QDate(1940, 1, 1);
    CHECK(describe(EmployeeService(hr).validate(e)) ==
          QStringList{u"hire_date: hire date 1940-01-01 is before the birth date 1949-12-31"_s});

    // Somebody who left may be hired again under a new code.
    const qint64 first = EmployeeService(hr).getByCode(u"E001"_s)->id;
    REQUIRE(EmployeeService(hr).setStatus(first, EmployeeStatus::Left, QDate(2025, 12, 31)).ok());
    Employee again = fullRecord(u"E101"_s, u"张三"_s);
    again.hireDate = QDate(2026, 3, 1);
    CHECK(EmployeeService(hr).create(again).ok());
}

TEST_CASE("managers must exist, and the chain may not loop", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 a = makeEmployee(hr, u"E001"_s, u"甲"_s);
    const qint64 b = makeEmployee(hr, u"E002"_s, u"乙"_s, 0, u"sales"_s, a);
    const qint64 c = makeEmployee(hr, u"E003"_s, u"丙"_s, 0, u"sales"_s, b);
    EmployeeService service(hr);

    Employee top = *service.get(a);
    top.managerId = c;
    CHECK(
        describe(service.validate(top)) ==
        QStringList{
            u"manager_code: manager E003 reports to E001 (directly or indirectly); this would make a cycle"_s});
    CHECK(service.update(top).error().code == ErrorCode::Invalid);
    top.managerId = a;
    CHECK(describe(service.validate(top)) ==
          QStringList{u"manager_code: an employee cannot be their own manager"_s});

    Employee self = employeeSpec(u"E004"_s, u"丁"_s);
    self.managerCode = u"E004"_s;
    CHECK(describe(service.validate(self)) ==
          QStringList{u"manager_code: an employee cannot be their own manager"_s});

    Employee byCode = employeeSpec(u"E005"_s, u"戊"_s);
    byCode.managerCode = u"E002"_s;
    const auto id = service.create(byCode);
    REQUIRE(id.ok());
    CHECK(service.get(*id)->managerId == b);
    CHECK(service.get(*id)->managerCode == u"E002"_s);
    CHECK(service.get(*id)->managerName == u"乙"_s);

    Employee unknownDept = employeeSpec(u"E006"_s, u"己"_s);
    unknownDept.departmentId = 999;
    CHECK(describe(service.validate(unknownDept)) ==
          QStringList{u"department: department 999 does not exist"_s});
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("status changes: leaving and left need consistent leave dates", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 id = makeEmployee(hr, u"E001"_s, u"张三"_s);
    EmployeeService service(hr);

    const Status noDate = service.setStatus(id, EmployeeStatus::Left);
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().code == ErrorCode::Invalid);
    CHECK(describe(noDate.error().problems) == QStringList{u"leave_date: leave date is required"_s});
    CHECK(describe(service.setStatus(id, EmployeeStatus::Left, QDate(2023, 12, 31)).error().problems) ==
          QStringList{u"leave_date: leave date 2023-12-31 is before the hire date 2024-01-01"_s});

    REQUIRE(service.setStatus(id, EmployeeStatus::Leaving, QDate(2026, 4, 30)).ok());
    CHECK(service.get(id)->status == EmployeeStatus::Leaving);
    CHECK(service.get(id)->leaveDate == QDate(2026, 4, 30));
    REQUIRE(service.setStatus(id, EmployeeStatus::Left, QDate(2026, 4, 30)).ok());
    CHECK(service.get(id)->status == EmployeeStatus::Left);
    REQUIRE(service.setStatus(id, EmployeeStatus::Active).ok());
    CHECK_FALSE(service.get(id)->leaveDate.isValid());

    Employee left = employeeSpec(u"E002"_s, u"李四"_s);
    left.status = EmployeeStatus::Left;
    CHECK(describe(service.validate(left)) ==
          QStringList{u"leave_date: leave date is required when the employee has left"_s});
    CHECK(service.setStatus(404, EmployeeStatus::Left, QDate(2026, 1, 1)).error().code ==
          ErrorCode::NotFound);
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("reads follow role, scope and masking", "[org][employees][permissions]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 dept1 = makeDepartment(hr, u"销售中心/销售一部"_s);
    const qint64 dept2 = makeDepartment(hr, u"销售中心/销售二部"_s);
    Employee managerRecord = fullRecord(u"M001"_s, u"经理"_s);
    managerRecord.departmentId = dept1;
    managerRecord.role = u"sales_manager"_s;
    const qint64 manager = makeEmployee(hr, managerRecord);
    Employee own = employeeSpec(u"E001"_s, u"张三"_s);
    own.departmentId = dept1;
    own.idNumber = u"11010519491231002X"_s;
    own.bankAccount = u"6222021234567890123"_s;
    const qint64 inScope = makeEmployee(hr, own);
    const qint64 outOfScope = makeEmployee(hr, u"E002"_s, u"李四"_s, dept2);

    SECTION("hr and auditor see everything unmasked")
    {
        for (Role role : {Role::Hr, Role::Auditor, Role::Admin}) {
            const auto e = EmployeeService(t.context(sessionFor(role))).get(inScope);
            REQUIRE(e.ok());
            CHECK(e->idNumber == u"11010519491231002X"_s);
            CHECK(e->bankAccount == u"6222021234567890123"_s);
            CHECK_FALSE(e->masked);
        }
    }
    SECTION("finance sees every record, masked")
    {
        const auto e = EmployeeService(t.context(sessionFor(Role::Finance))).get(inScope);
        REQUIRE(e.ok());
        CHECK(e->idNumber == u"1101**********002X"_s);
        CHECK(e->bankAccount == u"***************0123"_s);
        CHECK_FALSE(e->birthDate.isValid());
        CHECK(e->masked);
        CHECK(EmployeeService(t.context(sessionFor(Role::Finance))).get(outOfScope).ok());
    }
    SECTION("a sales manager sees the own department tree and self, masked")
    {
        const EmployeeService service(t.context(sessionFor(Role::SalesManager, manager, {dept1})));
        CHECK(service.get(inScope).ok());
        CHECK(service.get(inScope)->masked);
        CHECK(service.get(manager)->idNumber == u"3101**********1257"_s);
        const auto denied = service.get(outOfScope);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("a salesperson sees only self")
    {
        const EmployeeService service(t.context(sessionFor(Role::Sales, inScope)));
        REQUIRE(service.get(inScope).ok());
        CHECK(service.get(inScope)->idNumber == u"1101**********002X"_s);
        CHECK(service.get(manager).error().code == ErrorCode::PermissionDenied);
        CHECK(service.getByCode(u"E002"_s).error().code == ErrorCode::PermissionDenied);
        CHECK(EmployeeService(t.context(sessionFor(Role::Sales))).get(inScope).error().code ==
              ErrorCode::PermissionDenied);
    }
    SECTION("only hr and admin write")
    {
        for (Role role : {Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
            EmployeeService service(t.context(sessionFor(role, inScope, {dept1})));
            CHECK(service.create(employeeSpec(u"E009"_s, u"新人"_s)).error().code ==
                  ErrorCode::PermissionDenied);
            Employee e = *EmployeeService(hr).get(inScope);
            e.name = u"改名"_s;
            CHECK(service.update(e).error().code == ErrorCode::PermissionDenied);
            CHECK(service.setStatus(inScope, EmployeeStatus::Left, QDate(2026, 1, 1)).error().code ==
                  ErrorCode::PermissionDenied);
            CHECK(service.remove(outOfScope).error().code == ErrorCode::PermissionDenied);
        }
        CHECK(EmployeeService(t.context(sessionFor(Role::Admin)))
                  .create(employeeSpec(u"E009"_s, u"新人"_s))
                  .ok());
    }
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("an update never stores a masked value over the real one", "[org][employees][permissions]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 id = makeEmployee(hr, fullRecord(u"E001"_s, u"张三"_s));

    // A record read by finance (masked) comes back through an hr session, e.g. from a shared form.
    Employee seen = *EmployeeService(t.context(sessionFor(Role::Finance))).get(id);
    REQUIRE(seen.idNumber == u"3101**********1257"_s);
    seen.phone = u"13911112222"_s;
    REQUIRE(EmployeeService(hr).update(seen).ok());
    const Employee stored = *EmployeeService(hr).get(id);
    CHECK(stored.idNumber == u"310101199003071257"_s);
    CHECK(stored.bankAccount == u"6222021234567890123"_s);
    CHECK(stored.birthDate == QDate(1990, 3, 7));
    CHECK(stored.phone == u"13911112222"_s);

    // hr may replace the real value.
    Employee changed = stored;
    changed.idNumber = u"11010519491231002X"_s;
    REQUIRE(EmployeeService(hr).update(changed).ok());
    CHECK(EmployeeService(hr).get(id)->idNumber == u"11010519491231002X"_s);
    CHECK(EmployeeService(hr).get(id)->gender == u"F"_s);

    const QString stillRaw =
        SqlQuery::scalar(t.db(), u"SELECT id_number || '|' || bank_account FROM employees WHERE id = ?"_s,
                         {id})
            .toString();
    CHECK(stillRaw == u"11010519491231002X|6222021234567890123"_s);
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("removing a record entered by mistake", "[org][employees]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    EmployeeService service(hr);
    const qint64 boss = makeEmployee(hr, u"E001"_s, u"甲"_s);
    const qint64 report = makeEmployee(hr, u"E002"_s, u"乙"_s, 0, u"sales"_s, boss);
    const qint64 withContract = makeEmployee(hr, u"E003"_s, u"丙"_s);
    makeLabourContract(hr, withContract, ContractType::OpenEnded, QDate(2024, 1, 1));

    CHECK(service.remove(boss).error().message ==
          u"1 employee(s) report to 甲 (E001); assign them another manager first."_s);
    CHECK(service.remove(withContract).error().code == ErrorCode::Conflict);
    REQUIRE(service.remove(report).ok());
    CHECK(service.get(report).error().code == ErrorCode::NotFound);
    REQUIRE(service.remove(boss).ok());
    CHECK(service.remove(boss).error().code == ErrorCode::NotFound);
    CHECK(employeeCount(t.db()) == 1);
    CHECK(auditIssues(t.db()).isEmpty());
}

TEST_CASE("changes are announced after commit only", "[org][employees]")
{
    TestDatabase t;
    ChangeNotifier notifier;
    const Context hr{t.db(), t.clock(), sessionFor(Role::Hr), &notifier};
    QStringList received;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QList<qint64>& ids) {
                         received << entity + u":"_s + QString::number(ids.value(0));
                     });
    const auto id = EmployeeService(hr).create(employeeSpec(u"E001"_s, u"张三"_s));
    REQUIRE(id.ok());
    CHECK(received == QStringList{u"employees:"_s + QString::number(*id)});
    CHECK_FALSE(EmployeeService(hr).create(employeeSpec(u"E001"_s, u"重复"_s)).ok());
    CHECK(received.size() == 1);
}

#include "OrgTestSupport.h"

#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "org/DepartmentService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;
using namespace Qt::StringLiterals;

namespace {

int departmentCount(const Database& db)
{
    return SqlQuery::scalar(db, u"SELECT count(*) FROM departments"_s).toInt();
}

QStringList paths(const QList<Department>& list)
{
    QStringList result;
    for (const Department& d : list)
        result << QString::number(d.depth) + u" "_s + d.path;
    return result;
}

QStringList reasons(const Error& error)
{
    QStringList list;
    for (const FieldProblem& p : error.problems)
        list << p.column + u": "_s + p.reason;
    return list;
}

} // namespace

TEST_CASE("resolvePath finds or creates the department tree", "[org][departments]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    DepartmentService service(hr);

    const auto team = service.resolvePath(u"销售中心/销售一部"_s, true);
    REQUIRE(team.ok());
    CHECK(departmentCount(t.db()) == 2);
    CHECK(*service.resolvePath(u" 销售中心 ／ 销售一部 "_s, false) == *team); // full-width slash, spaces
    CHECK(*service.resolvePath(u"销售一部"_s, false) == *team);               // a unique name anywhere
    CHECK(departmentCount(t.db()) == 2);

    const auto missing = service.resolvePath(u"销售中心/销售三部"_s, false);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    REQUIRE(service.resolvePath(u"销售中心/销售一部/一组"_s, true).ok());
    REQUIRE(service.resolvePath(u"销售中心/销售二部/一组"_s, true).ok());
    const auto ambiguous = service.resolvePath(u"一组"_s, false);
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().code == ErrorCode::Invalid);
    CHECK(
        reasons(ambiguous.error()) ==
        QStringList{
            u"department: there are several departments named 一组; give the full path, e.g. parent/一组"_s});
    CHECK(service.resolvePath(u"销售中心//一组"_s, true).error().code == ErrorCode::Invalid);
    CHECK(service.resolvePath(u" "_s, true).error().code == ErrorCode::Invalid);

    const auto readOnly = DepartmentService(t.context(sessionFor(Role::Finance)));
    CHECK(*readOnly.subtree(*team) ==
          QList<qint64>{*team, *service.resolvePath(u"销售中心/销售一部/一组"_s, false)});
    CHECK(
        DepartmentService(t.context(sessionFor(Role::Finance))).resolvePath(u"新部门"_s, true).error().code ==
        ErrorCode::PermissionDenied);
    CHECK(DepartmentService(t.context(sessionFor(Role::Finance))).resolvePath(u"销售一部"_s, true).ok());
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("the department list is a tree: parents first, siblings by name", "[org][departments]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    for (const QString& path :
         {u"销售中心/销售二部"_s, u"财务部"_s, u"销售中心/销售一部/一组"_s, u"人事部"_s})
        makeDepartment(hr, path);
    const qint64 team = makeDepartment(hr, u"销售中心/销售一部"_s);
    const qint64 boss = makeEmployee(hr, u"E001"_s, u"张三"_s, team);
    makeEmployee(hr, u"E002"_s, u"李四"_s, team);
    Employee gone = employeeSpec(u"E003"_s, u"王五"_s);
    gone.departmentId = team;
    gone.status = EmployeeStatus::Left;
    gone.leaveDate = QDate(2025, 6, 30);
    makeEmployee(hr, gone);

    DepartmentService service(hr);
    Department d = *service.get(team);
    d.managerId = boss;
    REQUIRE(service.update(d).ok());

    const auto list = service.list();
    REQUIRE(list.ok());
    CHECK(paths(*list) == QStringList{u"0 人事部"_s, u"0 财务部"_s, u"0 销售中心"_s, u"1 销售中心/销售一部"_s,
                                      u"2 销售中心/销售一部/一组"_s, u"1 销售中心/销售二部"_s});
    const Department got = *service.get(team);
    CHECK(got.employeeCount == 2); // the one who left is not counted
    CHECK(got.managerName == u"张三"_s);
    CHECK(got.path == u"销售中心/销售一部"_s);
    CHECK(service.get(999).error().code == ErrorCode::NotFound);
}

TEST_CASE("creating, renaming, moving and deleting departments", "[org][departments]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    DepartmentService service(hr);
    const auto root = service.create(u" 销售中心 "_s, 0);
    REQUIRE(root.ok());
    CHECK(service.get(*root)->name == u"销售中心"_s);
    const qint64 child = *service.create(u"销售一部"_s, *root);
    const qint64 grandchild = *service.create(u"一组"_s, child);

    CHECK(reasons(service.create(u"销售一部"_s, *root).error()) ==
          QStringList{u"name: a department named 销售一部 already exists there"_s});
    CHECK(reasons(service.create(u"A/B"_s, 0).error()) ==
          QStringList{u"name: a department name cannot contain /"_s});
    CHECK(reasons(service.create(u""_s, 0).error()) == QStringList{u"name: name is required"_s});
    CHECK(reasons(service.create(u"X"_s, 999).error()) ==
          QStringList{u"parent: parent department 999 does not exist"_s});
    CHECK(reasons(service.create(u"X"_s, 0, 999).error()) ==
          QStringList{u"manager: manager 999 does not exist"_s});

    Department moved = *service.get(*root);
    moved.parentId = grandchild;
    CHECK(reasons(service.update(moved).error()) ==
          QStringList{u"parent: a department cannot be moved under itself or one of its sub-departments"_s});
    moved.parentId = *root;
    CHECK(service.update(moved).error().code == ErrorCode::Invalid);

    Department renamed = *service.get(grandchild);
    renamed.name = u"华东组"_s;
    renamed.parentId = *root;
    REQUIRE(service.update(renamed).ok());
    CHECK(service.get(grandchild)->path == u"销售中心/华东组"_s);

    CHECK(service.remove(*root).error().code == ErrorCode::Conflict);
    makeEmployee(hr, u"E001"_s, u"张三"_s, child);
    CHECK(service.remove(child).error().code == ErrorCode::Conflict);
    REQUIRE(service.remove(grandchild).ok());
    CHECK(service.remove(grandchild).error().code == ErrorCode::NotFound);

    for (Role role : {Role::Finance, Role::SalesManager, Role::Sales, Role::Auditor}) {
        DepartmentService denied(t.context(sessionFor(role)));
        CHECK(denied.create(u"新部门"_s, 0).error().code == ErrorCode::PermissionDenied);
        CHECK(denied.remove(child).error().code == ErrorCode::PermissionDenied);
        CHECK(denied.list().ok());
    }
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "org/DepartmentService.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using tl::test::TestDatabase;

namespace {

// 2,500 departments written directly and audited in bulk: two runs (2,000 + 500 rows).
void writeBulkDepartments(TestDatabase& t, const Context& ctx)
{
    Transaction tx(t.db());
    BulkAuditWriter writer(ctx);
    SqlQuery insert(t.db(),
                    QStringLiteral("INSERT INTO departments (id, name, created_at) VALUES (?, ?, ?)"));
    for (int i = 1; i <= 2500; ++i) {
        insert.bind(i)
            .bind(QStringLiteral("部门%1").arg(i))
            .bind(QStringLiteral("2026-03-15T09:00:00"))
            .exec();
        writer.addCreated(QStringLiteral("departments"), i);
    }
    writer.flush();
    tx.commit();
}

QStringList describe(const QList<AuditLog::Issue>& issues)
{
    QStringList out;
    for (const auto& issue : issues)
        out << QStringLiteral("%1#%2").arg(issue.table).arg(issue.id);
    return out;
}

} // namespace

TEST_CASE("bulk audit records cover many rows with one record per run of ids", "[audit][bulk]")
{
    TestDatabase t;
    const Context ctx = t.context();
    writeBulkDepartments(t, ctx);

    CHECK(SqlQuery::scalar(t.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk_create'"))
              .toInt() == 2);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("rows audited in bulk that are edited, deleted or added outside the app are reported",
          "[audit][bulk]")
{
    TestDatabase t;
    const Context ctx = t.context();
    writeBulkDepartments(t, ctx);

    t.db().execScript(
        QStringLiteral("UPDATE departments SET name = 'x' WHERE id = 17;"
                       "DELETE FROM departments WHERE id = 2300;"
                       "INSERT INTO departments (id, name, created_at) VALUES (9000, 'y', '2026-01-01');"));
    const QStringList issues = describe(AuditLog::verify(t.db()));
    CHECK(issues == QStringList{QStringLiteral("departments#17"), QStringLiteral("departments#9000"),
                                QStringLiteral("departments#2300")});
}

TEST_CASE("a change through a service supersedes the bulk fingerprint", "[audit][bulk]")
{
    TestDatabase t;
    const Context ctx = t.context();
    writeBulkDepartments(t, ctx);

    DepartmentService departments(ctx);
    auto dept = departments.get(42);
    REQUIRE(dept.ok());
    Department changed = dept.value();
    changed.name = QStringLiteral("华东销售部");
    REQUIRE(departments.update(changed).ok());
    CHECK(AuditLog::verify(t.db()).isEmpty());

    // and a later outside edit of that row is still caught, now against its per-row snapshot
    t.db().execScript(QStringLiteral("UPDATE departments SET name = 'z' WHERE id = 42"));
    CHECK(describe(AuditLog::verify(t.db())) == QStringList{QStringLiteral("departments#42")});
}

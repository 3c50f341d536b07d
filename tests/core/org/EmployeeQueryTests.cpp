#include "OrgTestSupport.h"

#include "db/Transaction.h"
#include "org/DepartmentService.h"
#include "org/EmployeeQuery.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace tl::core;
using namespace tl::test;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    qint64 id = 0;
    QString code;
    QString name;
    int departmentRank = 0; // 0 = no department, then the tree order written out below
    QString hireDate;
    int statusRank = 0; // active, probation, leaving, left
    EmployeeStatus status = EmployeeStatus::Active;
    qint64 departmentId = 0;
    QString phone;
    QString position;
};

// ~500 employees with repeated names and hire dates, in 6 departments (and none), in every status.
struct Company
{
    TestDatabase t;
    Context hr = t.context(sessionFor(Role::Hr));
    QList<Row> rows;
    QHash<QString, qint64> departments;

    Company()
    {
        // Created out of display order; the tree order is by name (code points): 人事部 (U+4EBA) < 财务部
        // (U+8D22) < 销售中心 (U+9500), and under 销售中心: 销售一部 (一 U+4E00) < 销售二部 (二 U+4E8C).
        for (const QString& path : {u"销售中心/销售二部"_s, u"财务部"_s, u"销售中心/销售一部/一组"_s,
                                    u"人事部"_s, u"销售中心/销售一部"_s, u"销售中心"_s})
            departments.insert(path, makeDepartment(hr, path));
        const QList<std::pair<qint64, int>> deptRanks{{departments.value(u"人事部"_s), 1},
                                                      {departments.value(u"财务部"_s), 2},
                                                      {departments.value(u"销售中心"_s), 3},
                                                      {departments.value(u"销售中心/销售一部"_s), 4},
                                                      {departments.value(u"销售中心/销售一部/一组"_s), 5},
                                                      {departments.value(u"销售中心/销售二部"_s), 6},
                                                      {0, 0}};
        const QStringList names{u"王伟"_s, u"李娜"_s, u"张敏"_s, u"刘洋"_s, u"陈静"_s, u"杨磊"_s,
                                u"赵强"_s, u"黄丽"_s, u"周杰"_s, u"吴芳"_s, u"徐涛"_s};
        const QStringList positions{u"销售代表"_s, u"客户经理"_s, u"助理"_s};
        const QList<EmployeeStatus> statuses = allEmployeeStatuses();

        Transaction tx(t.db());
        for (int i = 0; i < 500; ++i) {
            Employee e =
                employeeSpec(QStringLiteral("E%1").arg((i * 37) % 500 + 1000), names.at(i % names.size()));
            const auto& [dept, rank] = deptRanks.at(i % deptRanks.size());
            e.departmentId = dept;
            e.hireDate = QDate(2015, 1, 1).addDays((i * 13) % 97);
            e.status = statuses.at((i / 3) % 4);
            if (e.status == EmployeeStatus::Left || e.status == EmployeeStatus::Leaving)
                e.leaveDate = QDate(2026, 1, 31);
            e.phone = QStringLiteral("139%1").arg(i * 7919 % 100000000, 8, 10, QLatin1Char('0'));
            e.position = positions.at(i % 3);
            e.idNumber = makeIdNumber(QDate(1980, 1, 1).addDays(i), i);
            Row r;
            r.id = makeEmployee(hr, e);
            r.code = e.code;
            r.name = e.name;
            r.departmentRank = rank;
            r.departmentId = dept;
            r.hireDate = e.hireDate.toString(Qt::ISODate);
            r.status = e.status;
            r.statusRank = int(statuses.indexOf(e.status));
            r.phone = e.phone;
            r.position = e.position;
            rows << r;
        }
        tx.commit();
    }
};

using Less = std::function<bool(const Row&, const Row&)>;

Less orderFor(EmployeeQuery::SortKey key)
{
    switch (key) {
    case EmployeeQuery::SortKey::Code:
        return [](const Row& a, const Row& b) { return std::tie(a.code, a.id) < std::tie(b.code, b.id); };
    case EmployeeQuery::SortKey::Name:
        return [](const Row& a, const Row& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); };
    case EmployeeQuery::SortKey::HireDate:
        return [](const Row& a, const Row& b) {
            return std::tie(a.hireDate, a.id) < std::tie(b.hireDate, b.id);
        };
    case EmployeeQuery::SortKey::Department:
        return [](const Row& a, const Row& b) {
            return std::tie(a.departmentRank, a.id) < std::tie(b.departmentRank, b.id);
        };
    case EmployeeQuery::SortKey::Status:
        return [](const Row& a, const Row& b) {
            return std::tie(a.statusRank, a.id) < std::tie(b.statusRank, b.id);
        };
    }
    return {};
}

QList<qint64> expectedIds(
    QList<Row> rows, EmployeeQuery::SortKey key, bool ascending,
    const std::function<bool(const Row&)>& keep = [](const Row&) { return true; })
{
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Row& r) { return !keep(r); }), rows.end());
    std::sort(rows.begin(), rows.end(), orderFor(key));
    if (!ascending)
        std::reverse(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const Row& r : rows)
        ids << r.id;
    return ids;
}

// Reads every page; returns the ids in order and the number of pages.
std::pair<QList<qint64>, int> readAll(const EmployeeQuery& query, int limit)
{
    QList<qint64> ids;
    int pages = 0;
    EmployeeQuery::Cursor cursor;
    do {
        const auto page = query.page(cursor, limit);
        REQUIRE(page.ok());
        REQUIRE(page->rows.size() <= limit);
        ++pages;
        for (const Employee& e : page->rows)
            ids << e.id;
        cursor = page->next;
        REQUIRE(pages <= 1000);
    } while (cursor.valid());
    return {ids, pages};
}

const QList<EmployeeQuery::SortKey> kAllKeys{
    EmployeeQuery::SortKey::Code, EmployeeQuery::SortKey::Name, EmployeeQuery::SortKey::Department,
    EmployeeQuery::SortKey::HireDate, EmployeeQuery::SortKey::Status};

} // namespace

TEST_CASE("keyset paging returns every row once in order, for every sort key and direction", "[org][query]")
{
    Company c;
    EmployeeQuery::Filter all;
    all.includeLeft = true;
    for (EmployeeQuery::SortKey key : kAllKeys) {
        for (bool ascending : {true, false}) {
            CAPTURE(int(key), ascending);
            const EmployeeQuery query(c.hr, all, key, ascending);
            REQUIRE(query.count().ok());
            CHECK(*query.count() == 500);
            const auto [ids, pages] = readAll(query, 37);
            CHECK(ids == expectedIds(c.rows, key, ascending));
            CHECK(pages == 14); // 13 full pages of 37 and one of 19
        }
    }
    // A last page that is exactly full says so: no empty page after it.
    const auto [ids, pages] = readAll(EmployeeQuery(c.hr, all, EmployeeQuery::SortKey::Department), 100);
    CHECK(ids.size() == 500);
    CHECK(pages == 5);
}

TEST_CASE("filtered paging: department subtree, status and search", "[org][query]")
{
    Company c;
    const qint64 sales = c.departments.value(u"销售中心"_s);
    const QSet<qint64> salesTree{sales, c.departments.value(u"销售中心/销售一部"_s),
                                 c.departments.value(u"销售中心/销售一部/一组"_s),
                                 c.departments.value(u"销售中心/销售二部"_s)};
    EmployeeQuery::Filter filter;
    filter.departmentId = sales; // the subtree, without those who left (the default)
    const auto keep = [&](const Row& r) {
        return salesTree.contains(r.departmentId) && r.status != EmployeeStatus::Left;
    };
    for (EmployeeQuery::SortKey key : kAllKeys) {
        for (bool ascending : {true, false}) {
            CAPTURE(int(key), ascending);
            const EmployeeQuery query(c.hr, filter, key, ascending);
            const QList<qint64> expected = expectedIds(c.rows, key, ascending, keep);
            CHECK(readAll(query, 10).first == expected);
            CHECK(*query.count() == expected.size());
        }
    }

    auto countFor = [&](EmployeeQuery::Filter f) { return *EmployeeQuery(c.hr, f).count(); };
    auto countRows = [&](const std::function<bool(const Row&)>& keepRow) {
        return qint64(std::count_if(c.rows.begin(), c.rows.end(), keepRow));
    };
    EmployeeQuery::Filter f;
    f.includeLeft = true;
    f.search = u"E10"_s; // codes E1000 to E1099
    CHECK(countFor(f) == 100);
    f.search = u"e100"_s; // case-insensitive: E1000 to E1009
    CHECK(countFor(f) == 10);
    f.search = u"客户经理"_s;
    CHECK(countFor(f) == countRows([](const Row& r) { return r.position == u"客户经理"_s; }));
    f.search = c.rows.at(5).phone.mid(2, 9);
    CHECK(readAll(EmployeeQuery(c.hr, f), 10).first.contains(c.rows.at(5).id));
    f.search = u"王伟"_s;
    CHECK(countFor(f) == countRows([](const Row& r) { return r.name == u"王伟"_s; }));
    f.search = u"%"_s; // LIKE wildcards are matched literally
    CHECK(countFor(f) == 0);
    f.search = u"_"_s;
    CHECK(countFor(f) == 0);

    EmployeeQuery::Filter byStatus;
    byStatus.status = EmployeeStatus::Probation;
    CHECK(countFor(byStatus) ==
          countRows([](const Row& r) { return r.status == EmployeeStatus::Probation; }));
    byStatus.status = EmployeeStatus::Left; // an explicit status wins over includeLeft
    CHECK(countFor(byStatus) == countRows([](const Row& r) { return r.status == EmployeeStatus::Left; }));
    CHECK(countFor({}) == countRows([](const Row& r) { return r.status != EmployeeStatus::Left; }));
    const auto statusPage = EmployeeQuery(c.hr, byStatus, EmployeeQuery::SortKey::Status).page({}, 500);
    REQUIRE(statusPage.ok());
    CHECK(statusPage->rows.size() ==
          countRows([](const Row& r) { return r.status == EmployeeStatus::Left; }));
}

TEST_CASE("the list is limited to the session's scope and masked", "[org][query][permissions]")
{
    Company c;
    EmployeeQuery::Filter all;
    all.includeLeft = true;
    const qint64 team = c.departments.value(u"销售中心/销售一部"_s);
    const auto teamIds = DepartmentService(c.hr).subtree(team);
    REQUIRE(teamIds.ok());
    const QSet<qint64> teamSet(teamIds->begin(), teamIds->end());
    // The manager sits in 财务部 here, outside the team, to show that "self" is added to the scope.
    const auto self = std::find_if(c.rows.begin(), c.rows.end(), [&](const Row& r) {
        return r.departmentId == c.departments.value(u"财务部"_s);
    });
    REQUIRE(self != c.rows.end());

    const Context manager = c.t.context(sessionFor(Role::SalesManager, self->id, *teamIds));
    const auto expected = expectedIds(c.rows, EmployeeQuery::SortKey::Name, true, [&](const Row& r) {
        return teamSet.contains(r.departmentId) || r.id == self->id;
    });
    const EmployeeQuery managerQuery(manager, all, EmployeeQuery::SortKey::Name);
    CHECK(readAll(managerQuery, 25).first == expected);
    CHECK(*managerQuery.count() == expected.size());
    const auto first = managerQuery.page({}, 5);
    REQUIRE(first.ok());
    for (const Employee& e : first->rows) {
        CHECK(e.masked);
        CHECK(e.idNumber.mid(4, 10) == u"**********"_s);
    }

    const Context salesperson = c.t.context(sessionFor(Role::Sales, self->id));
    CHECK(readAll(EmployeeQuery(salesperson, all), 10).first == QList<qint64>{self->id});
    CHECK(*EmployeeQuery(c.t.context(sessionFor(Role::Sales)), all).count() == 0);

    const auto financePage = EmployeeQuery(c.t.context(sessionFor(Role::Finance)), all).page({}, 3);
    REQUIRE(financePage.ok());
    CHECK(financePage->rows.size() == 3);
    CHECK(financePage->rows.first().masked);
    const auto hrPage = EmployeeQuery(c.hr, all).page({}, 3);
    CHECK_FALSE(hrPage->rows.first().masked);
    CHECK(hrPage->rows.first().idNumber.size() == 18);
    CHECK_FALSE(hrPage->rows.first().idNumber.contains(QLatin1Char('*')));
}

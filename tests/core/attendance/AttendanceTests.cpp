// Attendance records, the monthly summary, leave requests with approval, and the `attendance` import.
#include "attendance/AttendanceService.h"
#include "audit/AuditLog.h"
#include "auth/UserService.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/ImportKinds.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "io/ImportService.h"
#include "org/EmployeeService.h"
#include "payroll/PayrollPeriod.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>

using namespace tl::core;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[\n  " + value.join(QStringLiteral("\n  ")).toStdString() + "\n]";
    }
};
template <> struct StringMaker<std::pair<int, QString>>
{
    static std::string convert(const std::pair<int, QString>& value)
    {
        return "(" + std::to_string(value.first) + ", " + value.second.toStdString() + ")";
    }
};
} // namespace Catch

namespace {

using Cells = QList<std::pair<int, QString>>;

// Two departments: 销售一部 with its manager E001 and E002, 销售二部 with E003. The clock stands at
// 2026-03-15.
struct Office
{
    tl::test::TestDatabase t;
    qint64 d1 = 0;
    qint64 d2 = 0;
    qint64 manager = 0;
    qint64 seller = 0;
    qint64 other = 0;

    Office()
    {
        const Context ctx = t.context();
        d1 = tl::test::makeDepartment(ctx, QStringLiteral("销售中心/销售一部"));
        d2 = tl::test::makeDepartment(ctx, QStringLiteral("销售中心/销售二部"));
        manager = tl::test::makeEmployee(ctx, QStringLiteral("E001"), QStringLiteral("张伟"), d1,
                                         QStringLiteral("sales_manager"), 0, QDate(2020, 1, 1));
        seller = tl::test::makeEmployee(ctx, QStringLiteral("E002"), QStringLiteral("李娜"), d1,
                                        QStringLiteral("sales"), manager, QDate(2026, 1, 12));
        other = tl::test::makeEmployee(ctx, QStringLiteral("E003"), QStringLiteral("王强"), d2,
                                       QStringLiteral("sales"), 0, QDate(2024, 1, 1));
    }

    Context system() { return t.context(); }
    Context as(const char* username, Role role, qint64 employeeId = 0, const QList<qint64>& scope = {})
    {
        const Context ctx = t.context();
        const auto id = UserService(ctx).create(QString::fromLatin1(username),
                                                UserFields{QString::fromLatin1(username), role, employeeId},
                                                QStringLiteral("user-secret-1"));
        REQUIRE(id.ok());
        Session s = tl::test::sessionFor(role, employeeId, scope);
        s.userId = *id;
        s.username = QString::fromLatin1(username);
        return t.context(s);
    }
    QStringList rows(const QString& sql)
    {
        SqlQuery q(t.db(), sql);
        q.exec();
        QStringList list;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.raw().record().count(); ++i)
                columns << q.text(i);
            list << columns.join(QLatin1Char('|'));
        }
        return list;
    }
    Result<ImportResult> import(const Context& ctx, const QByteArray& csv, const ImportOptions& options = {})
    {
        NullProgress progress;
        auto kind = ImportKinds::create(QStringLiteral("attendance"), ctx);
        REQUIRE(kind);
        auto reader = CsvReader::fromBytes(csv);
        return ImportService(ctx).run(*kind, *reader, options, progress);
    }
    void requireAuditClean()
    {
        const auto issues = AuditLog::verify(t.db());
        for (const auto& issue : issues)
            UNSCOPED_INFO(issue.table.toStdString() << " " << issue.id << ": " << issue.what.toStdString());
        REQUIRE(issues.isEmpty());
    }
};

Cells cells(const QList<FieldProblem>& problems)
{
    Cells list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

} // namespace

TEST_CASE("attendance: statuses are read as keys, English names and the words of clock exports",
          "[attendance]")
{
    CHECK(attendanceStatusFromText(QStringLiteral("absent")) == AttendanceStatus::Absent);
    CHECK(attendanceStatusFromText(QStringLiteral(" Sick leave ")) == AttendanceStatus::SickLeave);
    CHECK(attendanceStatusFromText(QStringLiteral("旷工")) == AttendanceStatus::Absent);
    CHECK(attendanceStatusFromText(QStringLiteral("正常")) == AttendanceStatus::Present);
    CHECK(attendanceStatusFromText(QStringLiteral("年休假")) == AttendanceStatus::AnnualLeave);
    CHECK(attendanceStatusFromText(QStringLiteral("事假")) == AttendanceStatus::PersonalLeave);
    CHECK_FALSE(attendanceStatusFromText(QStringLiteral("出差")).has_value());
    CHECK(isUnpaid(AttendanceStatus::PersonalLeave));
    CHECK_FALSE(isUnpaid(AttendanceStatus::SickLeave));

    AttendanceSummary s;
    s.add(AttendanceStatus::Absent, false);
    s.add(AttendanceStatus::PersonalLeave, true);
    s.add(AttendanceStatus::AnnualLeave, false);
    CHECK(s.records == 3);
    CHECK(s.unpaidHalfDays() == 3);
    CHECK(s.leaveHalfDays() == 3);
    CHECK(s.daysOf(AttendanceStatus::Present) == 0.5);
}

TEST_CASE("attendance: records are kept by HR, read in scope, summarised by month", "[attendance]")
{
    Office o;
    const Context hr = o.as("hr", Role::Hr);
    const Context manager = o.as("manager", Role::SalesManager, o.manager, {o.d1});
    const Context sales = o.as("sales", Role::Sales, o.seller);
    AttendanceService service(hr);

    CHECK(AttendanceService(sales)
              .record(o.seller, QDate(2026, 2, 2), AttendanceStatus::Present)
              .error()
              .code == ErrorCode::PermissionDenied);
    const auto early = service.record(o.seller, QDate(2026, 1, 9), AttendanceStatus::Present);
    REQUIRE_FALSE(early.ok()); // hired on 2026-01-12
    CHECK(cells(early.error().problems) == Cells{{0, QStringLiteral("date")}});
    CHECK(service.record(o.seller, QDate(2026, 2, 2), AttendanceStatus::Present, true).error().code ==
          ErrorCode::Invalid); // half a day present means nothing

    const auto id = service.record(o.seller, QDate(2026, 2, 2), AttendanceStatus::Late);
    REQUIRE(id.ok());
    CHECK(service.record(o.seller, QDate(2026, 2, 2), AttendanceStatus::Absent, true).value() ==
          *id); // replaced
    REQUIRE(service.record(o.seller, QDate(2026, 2, 3), AttendanceStatus::SickLeave).ok());
    REQUIRE(service.record(o.other, QDate(2026, 2, 3), AttendanceStatus::PersonalLeave).ok());
    REQUIRE(service.record(o.other, QDate(2026, 2, 4), AttendanceStatus::Present).ok());
    REQUIRE(service.remove(o.other, QDate(2026, 2, 4)).ok());
    CHECK(service.remove(o.other, QDate(2026, 2, 4)).error().code == ErrorCode::NotFound);

    const auto records = AttendanceService(sales).records(o.seller, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 2);
    CHECK(records->at(0).status == AttendanceStatus::Absent);
    CHECK(records->at(0).halfDay);
    CHECK(AttendanceService(sales).records(o.other, QDate(2026, 2, 1), QDate(2026, 2, 28)).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(AttendanceService(manager).records(o.seller, QDate(2026, 2, 1), QDate(2026, 2, 28)).ok());
    CHECK(AttendanceService(manager).records(o.other, QDate(2026, 2, 1), QDate(2026, 2, 28)).error().code ==
          ErrorCode::PermissionDenied);

    // The month's summary in half days: E002 half a day absent (and half present), a sick day; E003 a day of
    // personal leave.
    const auto all = service.monthSummary({2026, 2});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).employeeCode == QStringLiteral("E002"));
    CHECK(all->at(0).halfDaysOf(AttendanceStatus::Absent) == 1);
    CHECK(all->at(0).halfDaysOf(AttendanceStatus::Present) == 1);
    CHECK(all->at(0).halfDaysOf(AttendanceStatus::SickLeave) == 2);
    CHECK(all->at(0).unpaidHalfDays() == 1);
    CHECK(all->at(1).unpaidHalfDays() == 2);
    CHECK(AttendanceService(manager).monthSummary({2026, 2})->size() == 1);
    CHECK(AttendanceService(sales).monthSummary({2026, 2})->size() == 1);
    CHECK(AttendanceService(hr).monthSummary({2026, 1})->isEmpty());
    o.requireAuditClean();
}

TEST_CASE("attendance: leave requests are approved by someone else, in scope, and write the days",
          "[attendance]")
{
    Office o;
    const Context hr = o.as("hr", Role::Hr);
    const Context manager = o.as("manager", Role::SalesManager, o.manager, {o.d1});
    const Context sales = o.as("sales", Role::Sales, o.seller);
    const Context other = o.as("other", Role::Sales, o.other);

    // Monday 2 to Wednesday 4 February: three working days, 6 half days (5 when the last is a half day).
    CHECK(AttendanceService(sales)
              .requestLeave(o.other, AttendanceStatus::AnnualLeave, QDate(2026, 2, 2), QDate(2026, 2, 4), 6)
              .error()
              .code == ErrorCode::PermissionDenied);
    const auto wrong = AttendanceService(sales).requestLeave(o.seller, AttendanceStatus::AnnualLeave,
                                                             QDate(2026, 2, 2), QDate(2026, 2, 4), 4);
    REQUIRE_FALSE(wrong.ok());
    CHECK(cells(wrong.error().problems) == Cells{{0, QStringLiteral("half_days")}});
    const auto weekend = AttendanceService(sales).requestLeave(o.seller, AttendanceStatus::AnnualLeave,
                                                               QDate(2026, 2, 7), QDate(2026, 2, 8), 2);
    REQUIRE_FALSE(weekend.ok());
    CHECK(AttendanceService(sales)
              .requestLeave(o.seller, AttendanceStatus::Absent, QDate(2026, 2, 2), QDate(2026, 2, 2), 2)
              .error()
              .code == ErrorCode::Invalid);

    const auto leave =
        AttendanceService(sales).requestLeave(o.seller, AttendanceStatus::PersonalLeave, QDate(2026, 2, 2),
                                              QDate(2026, 2, 4), 5, QStringLiteral("搬家"));
    REQUIRE(leave.ok());
    const auto overlap = AttendanceService(sales).requestLeave(o.seller, AttendanceStatus::SickLeave,
                                                               QDate(2026, 2, 4), QDate(2026, 2, 5), 4);
    REQUIRE_FALSE(overlap.ok());
    CHECK(cells(overlap.error().problems) == Cells{{0, QStringLiteral("from")}});

    CHECK(AttendanceService(other).approveLeave(*leave).error().code == ErrorCode::PermissionDenied);
    const auto others = AttendanceService(other).requestLeave(o.other, AttendanceStatus::AnnualLeave,
                                                              QDate(2026, 2, 9), QDate(2026, 2, 9), 2);
    REQUIRE(others.ok());
    CHECK(AttendanceService(manager).approveLeave(*others).error().code ==
          ErrorCode::PermissionDenied); // not in the manager's department
    const auto own = AttendanceService(manager).requestLeave(o.manager, AttendanceStatus::AnnualLeave,
                                                             QDate(2026, 2, 10), QDate(2026, 2, 10), 2);
    REQUIRE(own.ok());
    CHECK(AttendanceService(manager).approveLeave(*own).error().code == ErrorCode::PermissionDenied);
    CHECK(AttendanceService(manager).leaveRequests(QStringLiteral("requested"))->size() == 2); // own + team

    REQUIRE(AttendanceService(o.system()).record(o.seller, QDate(2026, 2, 3), AttendanceStatus::Absent).ok());
    REQUIRE(AttendanceService(manager).approveLeave(*leave, QStringLiteral("同意")).ok());
    CHECK(AttendanceService(hr).approveLeave(*leave).error().code == ErrorCode::Conflict);
    REQUIRE(AttendanceService(hr).rejectLeave(*others, QStringLiteral("旺季")).ok());
    // The working days written, the last one a half day; the absence of the 3rd replaced.
    CHECK(o.rows(QStringLiteral("SELECT date, status, half_day, leave_request_id FROM attendance "
                                "WHERE employee_id = %1 ORDER BY date")
                     .arg(o.seller)) ==
          QStringList{QStringLiteral("2026-02-02|personal_leave|0|%1").arg(*leave),
                      QStringLiteral("2026-02-03|personal_leave|0|%1").arg(*leave),
                      QStringLiteral("2026-02-04|personal_leave|1|%1").arg(*leave)});
    CHECK(AttendanceService::loadMonth(o.t.db(), {2026, 2}).value(o.seller).unpaidHalfDays() == 5);
    const auto mine = AttendanceService(sales).leaveRequests();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).status == QStringLiteral("approved"));
    CHECK(mine->at(0).approverName == QStringLiteral("manager"));
    CHECK(AttendanceService(hr).leaveRequests(QStringLiteral("rejected"))->size() == 1);
    o.requireAuditClean();
}

TEST_CASE("attendance: requests name their people by display name, the system when no user made them",
          "[attendance]")
{
    Office o;
    const auto hrId = UserService(o.system())
                          .create(QStringLiteral("hr"), UserFields{QStringLiteral("人事小王"), Role::Hr, 0},
                                  QStringLiteral("user-secret-1"));
    REQUIRE(hrId.ok());
    Session s = tl::test::sessionFor(Role::Hr);
    s.userId = *hrId;
    s.username = QStringLiteral("hr");
    const Context hr = o.t.context(s);
    const auto byHr = AttendanceService(hr).requestLeave(o.seller, AttendanceStatus::AnnualLeave,
                                                         QDate(2026, 2, 9), QDate(2026, 2, 9), 2);
    REQUIRE(byHr.ok());
    const auto bySystem =
        AttendanceService(o.system())
            .requestLeave(o.other, AttendanceStatus::SickLeave, QDate(2026, 2, 10), QDate(2026, 2, 10), 2);
    REQUIRE(bySystem.ok());
    REQUIRE(AttendanceService(hr).approveLeave(*bySystem).ok());
    const auto list = AttendanceService(hr).leaveRequests();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    for (const LeaveRequest& r : *list) {
        if (r.id == *byHr) {
            CHECK(r.requestedByName == QStringLiteral("人事小王"));
            CHECK(r.approverName.isEmpty()); // not decided yet
        } else {
            CHECK(r.requestedByName.isEmpty()); // the system
            CHECK(r.approverName == QStringLiteral("人事小王"));
        }
    }
}

TEST_CASE("attendance: a month whose payroll is approved or locked is closed", "[attendance]")
{
    Office o;
    AttendanceService service(o.system());
    REQUIRE(service.record(o.other, QDate(2026, 1, 5), AttendanceStatus::Absent).ok());
    SqlQuery(o.t.db(), QStringLiteral("INSERT INTO payroll_runs (period, status, created_at) "
                                      "VALUES ('2026-01', 'approved', '2026-02-01T09:00:00')"))
        .exec();
    const auto closed = service.record(o.other, QDate(2026, 1, 6), AttendanceStatus::Absent);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == ErrorCode::Conflict);
    CHECK(closed.error().message.contains(QStringLiteral("approved")));
    CHECK(service.remove(o.other, QDate(2026, 1, 5)).error().code == ErrorCode::Conflict);
    const auto leave = service.requestLeave(o.other, AttendanceStatus::AnnualLeave, QDate(2026, 1, 30),
                                            QDate(2026, 2, 2), 4);
    REQUIRE(leave.ok());
    CHECK(service.approveLeave(*leave).error().code == ErrorCode::Conflict);
    CHECK(service.record(o.other, QDate(2026, 2, 2), AttendanceStatus::Absent).ok());
}

TEST_CASE("attendance import: Chinese headers and statuses, updates, every bad cell", "[attendance][import]")
{
    Office o;
    const Context hr = o.as("hr", Role::Hr);
    const auto first = o.import(hr, QByteArray("工号,日期,状态,半天,备注\n"
                                               "E001,2026-02-02,出勤,,\n"
                                               "E001,2026/2/3,旷工,,\n"
                                               "E003,2026-02-03,事假,是,看病\n"
                                               "E002,2026-02-03,sick_leave,,\n"));
    REQUIRE(first.ok());
    INFO(first->summary().toStdString());
    REQUIRE(first->committed);
    CHECK(first->created == 4);
    CHECK(o.rows(QStringLiteral("SELECT e.code, a.date, a.status, a.half_day, a.note FROM attendance a "
                                "JOIN employees e ON e.id = a.employee_id ORDER BY e.code, a.date")) ==
          QStringList{QStringLiteral("E001|2026-02-02|present|0|"),
                      QStringLiteral("E001|2026-02-03|absent|0|"),
                      QStringLiteral("E002|2026-02-03|sick_leave|0|"),
                      QString::fromUtf8("E003|2026-02-03|personal_leave|1|看病")});

    // A day already recorded is updated; "new only" refuses it.
    const auto second =
        o.import(hr, "employee_code,date,status\nE001,2026-02-03,late\nE001,2026-02-04,present\n");
    REQUIRE(second.ok());
    REQUIRE(second->committed);
    CHECK(second->updated == 1);
    CHECK(second->created == 1);
    CHECK(
        o.rows(QStringLiteral("SELECT status FROM attendance WHERE date = '2026-02-03' AND employee_id = %1")
                   .arg(o.manager)) == QStringList{QStringLiteral("late")});
    ImportOptions newOnly;
    newOnly.existing = ImportOptions::Existing::Reject;
    const auto refused = o.import(hr, "employee_code,date,status\nE001,2026-02-03,absent\n", newOnly);
    REQUIRE(refused.ok());
    CHECK(cells(refused->problems) == Cells{{2, QStringLiteral("date")}});

    // Every bad cell.
    const auto bad = o.import(hr, "employee_code,date,status,half_day\n"
                                  "E999,2026-02-05,present,\n"     // 2: unknown employee
                                  "E001,2026-02-30,present,\n"     // 3: no such date
                                  "E001,2026-02-05,working,\n"     // 4: unknown status
                                  "E002,2026-01-09,present,\n"     // 5: before the hire date
                                  "E001,2026-02-06,absent,\n"      // 6: fine
                                  "E001,2026-02-06,late,\n"        // 7: the same day as row 6
                                  "E001,2026-02-09,present,yes\n"  // 8: half a day present
                                  "E001,2026-02-10,absent,maybe\n" // 9: not yes or no
                                  ",2026-02-10,absent,\n");        // 10: no employee
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->committed);
    CHECK(cells(bad->problems) == Cells{{2, QStringLiteral("employee_code")},
                                        {3, QStringLiteral("date")},
                                        {4, QStringLiteral("status")},
                                        {5, QStringLiteral("date")},
                                        {7, QStringLiteral("date")},
                                        {8, QStringLiteral("half_day")},
                                        {9, QStringLiteral("half_day")},
                                        {10, QStringLiteral("employee_code")}});
    CHECK(bad->problems.at(3).reason == QString::fromUtf8("李娜 (E002) was hired on 2026-01-12"));
    CHECK(bad->problems.at(4).reason == QStringLiteral("E001 on 2026-02-06 already appears in row 6"));

    // A closed payroll month, and the right to import.
    SqlQuery(o.t.db(), QStringLiteral("INSERT INTO payroll_runs (period, status, created_at) "
                                      "VALUES ('2026-02', 'locked', '2026-03-01T09:00:00')"))
        .exec();
    const auto locked =
        o.import(hr, "employee_code,date,status\nE001,2026-02-11,absent\nE001,2026-03-02,absent\n");
    REQUIRE(locked.ok());
    CHECK(cells(locked->problems) == Cells{{2, QStringLiteral("date")}});
    CHECK(locked->problems.at(0).reason ==
          QStringLiteral("the payroll of 2026-02 is locked: a change can only apply from a later month"));
    const Context admin = o.as("admin2", Role::Admin);
    CHECK(o.import(admin, "employee_code,date,status\nE001,2026-03-02,absent\n").error().code ==
          ErrorCode::PermissionDenied);
}

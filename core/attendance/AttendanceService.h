#pragma once

#include "attendance/Attendance.h"
#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace tl::core {

class Database;
struct PayrollPeriod;

// Attendance and leave (DESIGN §2.1). Recording attendance needs ManageAttendance; reading it needs the
// employee to be oneself, or ViewAttendance / ManageAttendance with the employee in sight
// (Session::canSeeEmployee: a sales manager their department scope). A day of a month whose payroll is
// approved or locked cannot change (Conflict). Leave: anyone may request it for themselves, HR
// (ManageAttendance) for anyone; ApproveLeave decides, for employees in sight, never on one's own request
// or one's own leave; approval writes the attendance records of the request's working days (Monday to
// Friday), replacing what was recorded. Every write is audited ("attendance", "leave_requests") and
// announced after commit.
class AttendanceService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::AttendanceService)

public:
    explicit AttendanceService(const Context& ctx) : m_ctx(ctx) {}

    // Creates or replaces the employee's record of the day. Invalid: unknown employee, a day before the
    // hire date or after the leaving date.
    Result<qint64> record(qint64 employeeId, const QDate& date, AttendanceStatus status, bool halfDay = false,
                          const QString& note = {});
    Status remove(qint64 employeeId, const QDate& date);
    Result<QList<AttendanceRecord>> records(qint64 employeeId, const QDate& from, const QDate& to) const;

    // The month's summary of every employee in sight with records (by employee code); the own summary
    // only for sessions without ViewAttendance.
    Result<QList<AttendanceSummary>> monthSummary(const PayrollPeriod& period) const;
    // The same for the payroll run: every employee with records, no permission check. Throws DbException.
    static QHash<qint64, AttendanceSummary> loadMonth(const Database& db, const PayrollPeriod& period);

    // kind: annual, sick or personal leave; halfDays: 2 × the working days in [from, to], or one less
    // when the last day is a half day. Invalid otherwise, or when it overlaps another request of the
    // employee that is not rejected.
    Result<qint64> requestLeave(qint64 employeeId, AttendanceStatus kind, const QDate& from, const QDate& to,
                                int halfDays, const QString& reason = {});
    Status approveLeave(qint64 requestId, const QString& note = {});
    Status rejectLeave(qint64 requestId, const QString& note = {});
    // Requests in sight, newest first; status empty = all.
    Result<QList<LeaveRequest>> leaveRequests(const QString& status = {}, qint64 employeeId = 0) const;

private:
    struct EmployeeFacts;
    Result<EmployeeFacts> employee(qint64 employeeId) const;
    bool mayRead(const EmployeeFacts& e) const;
    Status decide(qint64 requestId, bool approve, const QString& note);
    // Inserts or updates one record inside the caller's transaction, audited. Throws DbException.
    qint64 write(const EmployeeFacts& e, const QDate& date, AttendanceStatus status, bool halfDay,
                 const QString& note, qint64 leaveRequestId);
    Context m_ctx;
};

} // namespace tl::core

#include "attendance/AttendanceService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/WageRules.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

namespace {

const QString kAttendance = QStringLiteral("attendance");
const QString kLeave = QStringLiteral("leave_requests");

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

void notify(Transaction& tx, ChangeNotifier* notifier, const QString& entity, const QList<qint64>& ids)
{
    tx.afterCommit([notifier, entity, ids] {
        if (notifier)
            notifier->notify(entity, ids);
    });
}

const QString kLeaveSelect = QStringLiteral(
    "SELECT l.id, l.employee_id, e.code, e.name, ifnull(e.department_id, 0), l.kind, l.from_date, l.to_date, "
    "l.half_days, l.reason, l.status, l.requested_at, ifnull(l.requested_by, 0), "
    "ifnull(coalesce(nullif(ru.display_name, ''), ru.username), ''), ifnull(l.approver_id, 0), "
    "ifnull(coalesce(nullif(au.display_name, ''), au.username), ''), l.decided_at, "
    "l.decision_note FROM leave_requests l JOIN employees e ON e.id = l.employee_id "
    "LEFT JOIN users ru ON ru.id = l.requested_by LEFT JOIN users au ON au.id = l.approver_id ");

LeaveRequest readLeave(const SqlQuery& q, qint64* departmentId)
{
    LeaveRequest r;
    r.id = q.integer(0);
    r.employeeId = q.integer(1);
    r.employeeCode = q.text(2);
    r.employeeName = q.text(3);
    if (departmentId)
        *departmentId = q.integer(4);
    r.kind = attendanceStatusFromKey(q.text(5)).value_or(AttendanceStatus::PersonalLeave);
    r.from = QDate::fromString(q.text(6), Qt::ISODate);
    r.to = QDate::fromString(q.text(7), Qt::ISODate);
    r.halfDays = int(q.integer(8));
    r.reason = q.text(9);
    r.status = q.text(10);
    r.requestedAt = QDateTime::fromString(q.text(11), Qt::ISODate);
    r.requestedBy = q.integer(12);
    r.requestedByName = q.text(13);
    r.approverId = q.integer(14);
    r.approverName = q.text(15);
    r.decidedAt = QDateTime::fromString(q.text(16), Qt::ISODate);
    r.decisionNote = q.text(17);
    return r;
}

// The working days (Monday to Friday) of [from, to].
QList<QDate> workingDaysOf(const QDate& from, const QDate& to)
{
    QList<QDate> days;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;
    return days;
}

} // namespace

struct AttendanceService::EmployeeFacts
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 departmentId = 0;
    QDate hireDate;
    QDate leaveDate;
};

Result<AttendanceService::EmployeeFacts> AttendanceService::employee(qint64 employeeId) const
{
    SqlQuery q(m_ctx.db, QStringLiteral("SELECT code, name, ifnull(department_id, 0), hire_date, leave_date "
                                        "FROM employees WHERE id = ?"));
    q.bind(employeeId).exec();
    if (!q.next())
        return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                               QStringLiteral("employee:%1").arg(employeeId));
    return EmployeeFacts{employeeId,
                         q.text(0),
                         q.text(1),
                         q.integer(2),
                         QDate::fromString(q.text(3), Qt::ISODate),
                         QDate::fromString(q.text(4), Qt::ISODate)};
}

bool AttendanceService::mayRead(const EmployeeFacts& e) const
{
    const Session& s = m_ctx.session;
    if (s.system || (s.employeeId != 0 && s.employeeId == e.id))
        return true;
    return (s.can(Permission::ViewAttendance) || s.can(Permission::ManageAttendance)) &&
           s.canSeeEmployee(e.id, e.departmentId);
}

qint64 AttendanceService::write(const EmployeeFacts& e, const QDate& date, AttendanceStatus status,
                                bool halfDay, const QString& note, qint64 leaveRequestId)
{
    AuditLog audit(m_ctx);
    const QString label = e.code + QLatin1Char(' ') + iso(date);
    const qint64 existing =
        SqlQuery::scalar(m_ctx.db,
                         QStringLiteral("SELECT id FROM attendance WHERE employee_id = ? AND date = ?"),
                         {e.id, iso(date)})
            .toLongLong();
    if (existing != 0) {
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kAttendance, existing);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE attendance SET status = ?, half_day = ?, leave_request_id = ?, "
                                  "note = ? WHERE id = ?"));
        q.bind(attendanceStatusKey(status))
            .bind(halfDay ? 1 : 0)
            .bind(SqlQuery::nullableId(leaveRequestId))
            .bind(notNull(note))
            .bind(existing)
            .exec();
        const QJsonObject after = AuditLog::snapshot(m_ctx.db, kAttendance, existing);
        if (after != before)
            audit.record(kAttendance, existing, label, QStringLiteral("update"), before, after);
        return existing;
    }
    SqlQuery q(m_ctx.db, QStringLiteral("INSERT INTO attendance (employee_id, date, status, half_day, "
                                        "leave_request_id, note) VALUES (?,?,?,?,?,?)"));
    q.bind(e.id)
        .bind(iso(date))
        .bind(attendanceStatusKey(status))
        .bind(halfDay ? 1 : 0)
        .bind(SqlQuery::nullableId(leaveRequestId))
        .bind(notNull(note))
        .exec();
    const qint64 id = q.lastInsertId();
    audit.record(kAttendance, id, label, QStringLiteral("create"), {},
                 AuditLog::snapshot(m_ctx.db, kAttendance, id));
    return id;
}

Result<qint64> AttendanceService::record(qint64 employeeId, const QDate& date, AttendanceStatus status,
                                         bool halfDay, const QString& note)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ManageAttendance))
            return Error::denied(tr("You may not record attendance."));
        const Result<EmployeeFacts> e = employee(employeeId);
        if (!e)
            return e.error();
        QList<FieldProblem> problems;
        if (!date.isValid())
            problems << problem("date", {}, tr("a valid date is required"));
        else if (e->hireDate.isValid() && date < e->hireDate)
            problems << problem("date", iso(date),
                                tr("%1 (%2) was hired on %3").arg(e->name, e->code, iso(e->hireDate)));
        else if (e->leaveDate.isValid() && date > e->leaveDate)
            problems << problem("date", iso(date),
                                tr("%1 (%2) left on %3").arg(e->name, e->code, iso(e->leaveDate)));
        if (halfDay && status == AttendanceStatus::Present)
            problems << problem("half_day", attendanceStatusKey(status),
                                tr("only an absence, a late arrival or leave can cover half a day"));
        if (!problems.isEmpty())
            return Error::invalid(tr("The attendance of %1 cannot be recorded.").arg(e->code), problems);

        Transaction tx(m_ctx.db);
        const PayrollPeriod period = PayrollPeriod::of(date);
        if (PayrollStatus::isClosed(m_ctx.db, date))
            return Error::conflict(
                tr("The attendance of %1 on %2 cannot change: %3.")
                    .arg(e->code, iso(date),
                         PayrollStatus::closedReason(period, PayrollStatus::of(m_ctx.db, period))),
                e->code + QLatin1Char(' ') + iso(date));
        const qint64 id = write(*e, date, status, halfDay, note, 0);
        notify(tx, m_ctx.notifier, kAttendance, {id});
        tx.commit();
        return id;
    });
}

Status AttendanceService::remove(qint64 employeeId, const QDate& date)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ManageAttendance))
            return Error::denied(tr("You may not record attendance."));
        const Result<EmployeeFacts> e = employee(employeeId);
        if (!e)
            return e.error();
        Transaction tx(m_ctx.db);
        const qint64 id =
            SqlQuery::scalar(m_ctx.db,
                             QStringLiteral("SELECT id FROM attendance WHERE employee_id = ? AND date = ?"),
                             {employeeId, iso(date)})
                .toLongLong();
        if (id == 0)
            return Error::notFound(tr("%1 has no attendance record on %2.").arg(e->code, iso(date)));
        const PayrollPeriod period = PayrollPeriod::of(date);
        if (PayrollStatus::isClosed(m_ctx.db, date))
            return Error::conflict(
                tr("The attendance of %1 on %2 cannot change: %3.")
                    .arg(e->code, iso(date),
                         PayrollStatus::closedReason(period, PayrollStatus::of(m_ctx.db, period))),
                e->code + QLatin1Char(' ') + iso(date));
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kAttendance, id);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM attendance WHERE id = ?")).bind(id).exec();
        AuditLog(m_ctx).record(kAttendance, id, e->code + QLatin1Char(' ') + iso(date),
                               QStringLiteral("delete"), before, {});
        notify(tx, m_ctx.notifier, kAttendance, {id});
        tx.commit();
        return {};
    });
}

Result<QList<AttendanceRecord>> AttendanceService::records(qint64 employeeId, const QDate& from,
                                                           const QDate& to) const
{
    return guarded([&]() -> Result<QList<AttendanceRecord>> {
        const Result<EmployeeFacts> e = employee(employeeId);
        if (!e)
            return e.error();
        if (!mayRead(*e))
            return Error::denied(tr("You may not see the attendance of %1.").arg(e->code));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT id, date, status, half_day, ifnull(leave_request_id, 0), note "
                                  "FROM attendance WHERE employee_id = ? AND date BETWEEN ? AND ? "
                                  "ORDER BY date"));
        q.bind(employeeId).bind(iso(from)).bind(iso(to)).exec();
        QList<AttendanceRecord> list;
        while (q.next()) {
            AttendanceRecord r;
            r.id = q.integer(0);
            r.employeeId = employeeId;
            r.date = QDate::fromString(q.text(1), Qt::ISODate);
            r.status = attendanceStatusFromKey(q.text(2)).value_or(AttendanceStatus::Present);
            r.halfDay = q.integer(3) != 0;
            r.leaveRequestId = q.integer(4);
            r.note = q.text(5);
            list << r;
        }
        return list;
    });
}

QHash<qint64, AttendanceSummary> AttendanceService::loadMonth(const Database& db, const PayrollPeriod& period)
{
    QHash<qint64, AttendanceSummary> summaries;
    NativeStatement q(
        db.nativeHandle(),
        "SELECT a.employee_id, e.code, e.name, a.status, a.half_day, count(*) FROM attendance a "
        "JOIN employees e ON e.id = a.employee_id WHERE a.date BETWEEN ? AND ? "
        "GROUP BY a.employee_id, a.status, a.half_day");
    q.bind(1, iso(period.first())).bind(2, iso(period.last()));
    while (q.step()) {
        sqlite3_stmt* s = q.raw();
        const qint64 id = sqlite3_column_int64(s, 0);
        AttendanceSummary& summary = summaries[id];
        if (summary.employeeId == 0) {
            summary.employeeId = id;
            summary.employeeCode =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
            summary.employeeName =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 2)));
        }
        const auto status = attendanceStatusFromKey(
            QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(s, 3))));
        if (!status)
            continue;
        const bool half = sqlite3_column_int(s, 4) != 0;
        for (int i = sqlite3_column_int(s, 5); i > 0; --i)
            summary.add(*status, half);
    }
    return summaries;
}

Result<QList<AttendanceSummary>> AttendanceService::monthSummary(const PayrollPeriod& period) const
{
    return guarded([&]() -> Result<QList<AttendanceSummary>> {
        const Session& s = m_ctx.session;
        const bool others =
            s.system || s.can(Permission::ViewAttendance) || s.can(Permission::ManageAttendance);
        QHash<qint64, qint64> departments;
        if (others) {
            SqlQuery q(m_ctx.db, QStringLiteral("SELECT id, ifnull(department_id, 0) FROM employees"));
            q.exec();
            while (q.next())
                departments.insert(q.integer(0), q.integer(1));
        }
        QList<AttendanceSummary> list;
        for (const AttendanceSummary& summary : loadMonth(m_ctx.db, period)) {
            const bool own = s.employeeId != 0 && summary.employeeId == s.employeeId;
            if (own || (others && (s.system || s.canSeeEmployee(summary.employeeId,
                                                                departments.value(summary.employeeId)))))
                list << summary;
        }
        std::sort(list.begin(), list.end(), [](const AttendanceSummary& a, const AttendanceSummary& b) {
            return a.employeeCode < b.employeeCode;
        });
        return list;
    });
}

Result<qint64> AttendanceService::requestLeave(qint64 employeeId, AttendanceStatus kind, const QDate& from,
                                               const QDate& to, int halfDays, const QString& reason)
{
    return guarded([&]() -> Result<qint64> {
        const Session& s = m_ctx.session;
        const bool own = s.employeeId != 0 && s.employeeId == employeeId;
        if (!own && !s.can(Permission::ManageAttendance))
            return Error::denied(tr("You may request leave only for yourself."));
        const Result<EmployeeFacts> e = employee(employeeId);
        if (!e)
            return e.error();
        QList<FieldProblem> problems;
        if (!isLeave(kind))
            problems << problem("kind", attendanceStatusKey(kind),
                                tr("the kind of leave must be annual, sick or personal leave"));
        if (!from.isValid() || !to.isValid() || to < from) {
            problems << problem("to", iso(to), tr("the leave must end on or after its first day"));
        } else {
            const int days = int(workingDaysOf(from, to).size());
            if (days == 0)
                problems << problem("to", iso(to), tr("the leave covers no working day"));
            else if (halfDays < 2 * days - 1 || halfDays > 2 * days)
                problems << problem(
                    "half_days", QString::number(halfDays),
                    tr("%1 to %2 has %n working day(s): give %3 half days, or %4 when the last "
                       "day is a half day",
                       nullptr, days)
                        .arg(iso(from), iso(to))
                        .arg(2 * days)
                        .arg(2 * days - 1));
            if (e->hireDate.isValid() && from < e->hireDate)
                problems << problem("from", iso(from),
                                    tr("%1 (%2) was hired on %3").arg(e->name, e->code, iso(e->hireDate)));
            const QString overlap =
                SqlQuery::scalar(m_ctx.db,
                                 QStringLiteral("SELECT from_date || ' - ' || to_date FROM leave_requests "
                                                "WHERE employee_id = ? AND status <> 'rejected' "
                                                "AND from_date <= ? AND to_date >= ? LIMIT 1"),
                                 {employeeId, iso(to), iso(from)})
                    .toString();
            if (!overlap.isEmpty())
                problems << problem("from", iso(from), tr("it overlaps the leave %1").arg(overlap));
        }
        if (!problems.isEmpty())
            return Error::invalid(tr("The leave of %1 cannot be requested.").arg(e->code), problems);

        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO leave_requests (employee_id, kind, from_date, to_date, "
                                  "half_days, reason, requested_at, requested_by) "
                                  "VALUES (?,?,?,?,?,?,?,?)"));
        q.bind(employeeId)
            .bind(attendanceStatusKey(kind))
            .bind(iso(from))
            .bind(iso(to))
            .bind(halfDays)
            .bind(notNull(reason.trimmed()))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(s.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kLeave, id, QStringLiteral("%1 %2").arg(e->code, iso(from)),
                               QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kLeave, id));
        notify(tx, m_ctx.notifier, kLeave, {id});
        tx.commit();
        return id;
    });
}

Status AttendanceService::approveLeave(qint64 requestId, const QString& note)
{
    return decide(requestId, true, note);
}

Status AttendanceService::rejectLeave(qint64 requestId, const QString& note)
{
    return decide(requestId, false, note);
}

Status AttendanceService::decide(qint64 requestId, bool approve, const QString& note)
{
    return guarded([&]() -> Status {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ApproveLeave))
            return Error::denied(tr("You may not decide on leave requests."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db, kLeaveSelect + QStringLiteral("WHERE l.id = ?"));
        q.bind(requestId).exec();
        if (!q.next())
            return Error::notFound(tr("Leave request %1 does not exist.").arg(requestId),
                                   QStringLiteral("leave_request:%1").arg(requestId));
        qint64 departmentId = 0;
        const LeaveRequest r = readLeave(q, &departmentId);
        const QString label = QStringLiteral("%1 %2").arg(r.employeeCode, iso(r.from));
        if (!s.system) {
            if (s.employeeId != 0 && s.employeeId == r.employeeId)
                return Error::denied(tr("Another user must decide on your own leave."));
            if (r.requestedBy == s.userId)
                return Error::denied(
                    tr("You entered the leave request %1 yourself; another user must decide on it.")
                        .arg(label));
            if (!s.canSeeEmployee(r.employeeId, departmentId))
                return Error::denied(tr("You may not decide on the leave of %1.").arg(r.employeeCode));
        }
        if (r.status != QLatin1String("requested"))
            return Error::conflict(tr("The leave request %1 is already decided.").arg(label), label);

        QList<qint64> written;
        if (approve) {
            const Result<EmployeeFacts> e = employee(r.employeeId);
            if (!e)
                return e.error();
            const QList<QDate> days = workingDaysOf(r.from, r.to);
            for (const QDate& day : days) {
                if (PayrollStatus::isClosed(m_ctx.db, day)) {
                    const PayrollPeriod period = PayrollPeriod::of(day);
                    return Error::conflict(tr("The leave %1 cannot be approved: %2.")
                                               .arg(label, PayrollStatus::closedReason(
                                                               period, PayrollStatus::of(m_ctx.db, period))),
                                           label);
                }
            }
            for (const QDate& day : days) {
                const bool half = r.halfDays % 2 == 1 && day == days.last();
                written << write(*e, day, r.kind, half, r.reason, r.id);
            }
        }
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kLeave, requestId);
        SqlQuery u(m_ctx.db,
                   QStringLiteral("UPDATE leave_requests SET status = ?, approver_id = ?, decided_at = ?, "
                                  "decision_note = ? WHERE id = ?"));
        u.bind(approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(SqlQuery::nullableId(s.userId))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(notNull(note.trimmed()))
            .bind(requestId)
            .exec();
        AuditLog(m_ctx).record(kLeave, requestId, label,
                               approve ? QStringLiteral("approve") : QStringLiteral("reject"), before,
                               AuditLog::snapshot(m_ctx.db, kLeave, requestId));
        notify(tx, m_ctx.notifier, kLeave, {requestId});
        if (!written.isEmpty())
            notify(tx, m_ctx.notifier, kAttendance, written);
        tx.commit();
        return {};
    });
}

Result<QList<LeaveRequest>> AttendanceService::leaveRequests(const QString& status, qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<LeaveRequest>> {
        const Session& s = m_ctx.session;
        SqlQuery q(m_ctx.db, kLeaveSelect + QStringLiteral("WHERE (ifnull(?, '') = '' OR l.status = ?) "
                                                           "AND (? = 0 OR l.employee_id = ?) "
                                                           "ORDER BY l.from_date DESC, l.id DESC"));
        q.bind(notNull(status)).bind(notNull(status)).bind(employeeId).bind(employeeId).exec();
        QList<LeaveRequest> list;
        while (q.next()) {
            qint64 departmentId = 0;
            const LeaveRequest r = readLeave(q, &departmentId);
            const bool own = s.employeeId != 0 && s.employeeId == r.employeeId;
            const bool others = s.system || s.can(Permission::ViewAttendance) ||
                                s.can(Permission::ManageAttendance) || s.can(Permission::ApproveLeave);
            if (own || (others && (s.system || s.canSeeEmployee(r.employeeId, departmentId))))
                list << r;
        }
        return list;
    });
}

} // namespace tl::core

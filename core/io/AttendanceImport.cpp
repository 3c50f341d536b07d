#include "io/AttendanceImport.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/ImportService.h"
#include "payroll/PayrollPeriod.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("attendance");

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QDate columnDate(sqlite3_stmt* s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return {};
    return QDate::fromString(columnText(s, i), Qt::ISODate);
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QString> statusFromText(const QString& text)
{
    if (const auto status = attendanceStatusFromText(text))
        return attendanceStatusKey(*status);
    return std::nullopt;
}

CellParser yesNo()
{
    return [](const QString& text) {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") ||
            t == QLatin1String("1") || t == QStringLiteral("是"))
            return CellValue::accept(true);
        if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") ||
            t == QLatin1String("0") || t == QStringLiteral("否"))
            return CellValue::accept(false);
        return CellValue::reject(AttendanceImport::tr("%1 is not yes or no (是/否)").arg(text));
    };
}

} // namespace

AttendanceImport::AttendanceImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& AttendanceImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("employee_code"),
         {QStringLiteral("工号"), QStringLiteral("员工工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("date"),
         {QStringLiteral("日期"), QStringLiteral("考勤日期")},
         true,
         CellParsers::date()},
        {QStringLiteral("status"),
         {QStringLiteral("状态"), QStringLiteral("考勤状态")},
         true,
         CellParsers::choice(
             statusFromText,
             QStringLiteral("present, late, absent, annual_leave, sick_leave, personal_leave"))},
        {QStringLiteral("half_day"), {QStringLiteral("半天")}, false, yesNo()},
        {QStringLiteral("note"), {QStringLiteral("备注")}, false, CellParsers::text(200)},
    };
    return spec;
}

Status AttendanceImport::prepare(const ImportOptions& options)
{
    if (!m_ctx.session.can(Permission::ManageAttendance))
        return Error::denied(tr("You may not record attendance."));
    m_options = options;
    m_rows.clear();
    m_rowOfDay.clear();
    m_employees.clear();
    m_closedPeriods.clear();
    m_first = m_last = QDate();
    return guarded([&]() -> Status {
        NativeStatement q(m_ctx.db.nativeHandle(),
                          "SELECT id, code, name, hire_date, leave_date FROM employees");
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            m_employees.insert(columnText(s, 1), Employee{sqlite3_column_int64(s, 0), columnText(s, 2),
                                                          columnDate(s, 3), columnDate(s, 4)});
        }
        NativeStatement runs(m_ctx.db.nativeHandle(),
                             "SELECT period FROM payroll_runs WHERE status IN ('approved', 'locked')");
        while (runs.step())
            m_closedPeriods.insert(columnText(runs.raw(), 0));
        return {};
    });
}

void AttendanceImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(EmployeeCode) || !row.present(Date) || !row.present(DayStatus))
        return; // a missing required column is reported on the header row
    PendingRow p;
    p.number = row.number();
    const QString code = row.text(EmployeeCode);
    const Employee* employee = nullptr;
    if (code.isEmpty()) {
        problems.add(row.number(), EmployeeCode, {}, tr("the employee is required"));
    } else if (const auto it = m_employees.constFind(code); it == m_employees.constEnd()) {
        problems.add(row.number(), EmployeeCode, code, tr("employee %1 does not exist").arg(code));
    } else {
        employee = &*it;
        p.employeeId = employee->id;
        p.employeeCode = code;
    }

    if (row.isEmpty(Date) && !row.failed(Date))
        problems.add(row.number(), Date, {}, tr("the date is required"));
    if (row.has(Date)) {
        p.date = row.value(Date).toDate();
        const PayrollPeriod period = PayrollPeriod::of(p.date);
        if (employee && employee->hireDate.isValid() && p.date < employee->hireDate)
            problems.add(row.number(), Date, row.text(Date),
                         tr("%1 (%2) was hired on %3").arg(employee->name, code, iso(employee->hireDate)));
        else if (employee && employee->leaveDate.isValid() && p.date > employee->leaveDate)
            problems.add(row.number(), Date, row.text(Date),
                         tr("%1 (%2) left on %3").arg(employee->name, code, iso(employee->leaveDate)));
        else if (m_closedPeriods.contains(period.key()))
            problems.add(row.number(), Date, row.text(Date),
                         PayrollStatus::closedReason(period, PayrollStatus::of(m_ctx.db, period)));
    }

    if (row.isEmpty(DayStatus) && !row.failed(DayStatus))
        problems.add(row.number(), DayStatus, {}, tr("the status is required"));
    if (row.has(DayStatus))
        p.status = *attendanceStatusFromKey(row.value(DayStatus).toString());
    if (row.has(HalfDay))
        p.halfDay = row.value(HalfDay).toBool();
    if (p.halfDay && row.has(DayStatus) && p.status == AttendanceStatus::Present)
        problems.add(row.number(), HalfDay, row.text(HalfDay),
                     tr("only an absence, a late arrival or leave can cover half a day"));
    if (row.has(Note))
        p.note = row.value(Note).toString();

    if (p.employeeId == 0 || !p.date.isValid())
        return;
    const quint64 key = dayKey(p.employeeId, p.date);
    if (const auto it = m_rowOfDay.constFind(key); it != m_rowOfDay.constEnd()) {
        problems.add(row.number(), Date, row.text(Date),
                     tr("%1 on %2 already appears in row %3").arg(code, iso(p.date)).arg(*it));
        return;
    }
    m_rowOfDay.insert(key, row.number());
    if (!m_first.isValid() || p.date < m_first)
        m_first = p.date;
    if (!m_last.isValid() || p.date > m_last)
        m_last = p.date;
    m_rows.push_back(std::move(p));
}

void AttendanceImport::finish(ProblemSink& problems, ImportResult& result)
{
    if (m_rows.empty())
        return;
    // The days already recorded, in one pass over the file's date range.
    QHash<quint64, qint64> stored;
    NativeStatement q(m_ctx.db.nativeHandle(),
                      "SELECT id, employee_id, date FROM attendance WHERE date BETWEEN ? AND ?");
    q.bind(1, iso(m_first)).bind(2, iso(m_last));
    while (q.step()) {
        sqlite3_stmt* s = q.raw();
        stored.insert(dayKey(sqlite3_column_int64(s, 1), columnDate(s, 2)), sqlite3_column_int64(s, 0));
    }
    const int dateColumn = int(Date);
    for (PendingRow& p : m_rows) {
        p.existingId = stored.value(dayKey(p.employeeId, p.date));
        if (p.existingId == 0) {
            ++result.created;
            result.createdRows << p.number;
        } else if (m_options.existing == ImportOptions::Existing::Reject) {
            problems.add(p.number, dateColumn, iso(p.date),
                         tr("%1 already has an attendance record on %2").arg(p.employeeCode, iso(p.date)));
        } else {
            ++result.updated;
            result.updatedRows << p.number;
        }
    }
}

Status AttendanceImport::write(ProblemSink&, Progress& progress, ImportResult&)
{
    return guarded([&]() -> Status {
        progress.setTotal(qint64(m_rows.size()));
        qint64 done = 0;
        // Updates first, audited row by row, then the new records in bulk.
        {
            AuditLog audit(m_ctx);
            SqlQuery update(m_ctx.db, QStringLiteral("UPDATE attendance SET status = ?, half_day = ?, "
                                                     "leave_request_id = NULL, note = ? WHERE id = ?"));
            for (const PendingRow& p : m_rows) {
                if (p.existingId == 0)
                    continue;
                ++done;
                const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, p.existingId);
                update.bind(attendanceStatusKey(p.status))
                    .bind(p.halfDay ? 1 : 0)
                    .bind(p.note.isNull() ? QStringLiteral("") : p.note)
                    .bind(p.existingId)
                    .exec();
                const QJsonObject after = AuditLog::snapshot(m_ctx.db, kTable, p.existingId);
                if (after != before)
                    audit.record(kTable, p.existingId, p.employeeCode + QLatin1Char(' ') + iso(p.date),
                                 QStringLiteral("update"), before, after);
            }
        }
        const BulkWriteCache cache(m_ctx.db.nativeHandle(),
                                   BulkWriteCache::kibibytesFor(qint64(m_rows.size())));
        NativeStatement insert(
            m_ctx.db.nativeHandle(),
            "INSERT INTO attendance (employee_id, date, status, half_day, note) VALUES (?,?,?,?,?)");
        BulkAuditWriter audit(m_ctx);
        for (const PendingRow& p : m_rows) {
            if (p.existingId != 0)
                continue;
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return ImportService::cancelledError();
            }
            insert.bind(1, p.employeeId)
                .bind(2, iso(p.date))
                .bind(3, attendanceStatusKey(p.status))
                .bind(4, qint64(p.halfDay ? 1 : 0))
                .bind(5, p.note);
            audit.addCreated(kTable, insert.execute());
        }
        audit.flush();
        progress.setDone(qint64(m_rows.size()));
        return {};
    });
}

QStringList AttendanceImport::changedEntities() const
{
    return {kTable};
}

} // namespace tl::core

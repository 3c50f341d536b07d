#pragma once

#include "attendance/Attendance.h"
#include "common/Context.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

namespace tl::core {

// The `attendance` import (DESIGN §5): employee_code(工号), date(日期), status(状态: present, late, absent,
// annual_leave, sick_leave, personal_leave, or the Chinese words of clock exports 出勤/正常, 迟到,
// 缺勤/旷工, 年假, 病假, 事假), and the optional half_day(半天, yes/no: the status covers half of the day)
// and note(备注). Required: employee_code, date, status.
//
// A row is one employee's day. A day already recorded is UPDATED unless the options say
// Existing::Reject. Checked per row as AttendanceService::record checks a record (unknown employee, bad
// date, a day before the hire date or after the leaving date, a month whose payroll is approved or
// locked); an employee and day may appear once in a file. Needs ManageAttendance. Written in bulk through
// a native statement, audited as runs of created rows (updates row by row).
class AttendanceImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::AttendanceImport)

public:
    enum Column
    {
        EmployeeCode,
        Date,
        DayStatus,
        HalfDay,
        Note,
        ColumnCount
    };

    explicit AttendanceImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("attendance"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Permission permission() const override { return Permission::ManageAttendance; }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct Employee
    {
        qint64 id = 0;
        QString name;
        QDate hireDate;
        QDate leaveDate;
    };
    struct PendingRow
    {
        int number = 0;
        qint64 employeeId = 0;
        QString employeeCode;
        QDate date;
        AttendanceStatus status = AttendanceStatus::Present;
        bool halfDay = false;
        QString note;
        qint64 existingId = 0; // set by finish()
    };
    static quint64 dayKey(qint64 employeeId, const QDate& date)
    {
        return (quint64(employeeId) << 32) | quint64(date.toJulianDay() & 0xffffffff);
    }

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    ImportOptions m_options;
    QHash<QString, Employee> m_employees; // by code
    QSet<QString> m_closedPeriods;        // "2026-01" of approved or locked runs
    QHash<quint64, int> m_rowOfDay;       // dayKey -> row number
    std::vector<PendingRow> m_rows;
    QDate m_first;
    QDate m_last;
};

} // namespace tl::core

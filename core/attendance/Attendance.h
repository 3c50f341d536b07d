#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tl::core {

// 考勤状态 of one day (DESIGN §5 attendance import): present, late, absent, annual_leave, sick_leave,
// personal_leave. Absence and personal leave are unpaid (monthly wage ÷ 21.75 a day); annual and sick
// leave are paid; late is recorded only.
enum class AttendanceStatus
{
    Present,
    Late,
    Absent,
    AnnualLeave,
    SickLeave,
    PersonalLeave
};
constexpr int kAttendanceStatusCount = 6;

QString attendanceStatusKey(AttendanceStatus status); // "present", ...
std::optional<AttendanceStatus> attendanceStatusFromKey(const QString& key);
// The key, the English name or the Chinese word of a clock export (出勤/正常, 迟到, 缺勤/旷工, 年假,
// 病假, 事假), case-insensitive.
std::optional<AttendanceStatus> attendanceStatusFromText(const QString& text);
QString attendanceStatusName(AttendanceStatus status); // translated
QList<AttendanceStatus> allAttendanceStatuses();
bool isLeave(AttendanceStatus status);  // annual, sick or personal leave
bool isUnpaid(AttendanceStatus status); // absent, personal leave

// One employee's day. halfDay: the status covers half of the day, the other half was worked.
struct AttendanceRecord
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QDate date;
    AttendanceStatus status = AttendanceStatus::Present;
    bool halfDay = false;
    qint64 leaveRequestId = 0; // the approved leave request that wrote it, 0 = none
    QString note;
};

// A month of one employee's attendance, counted in half days per status (a half-day record counts one
// half for its status and one for present). An employee without records in a month is paid in full:
// attendance tracking is optional.
struct AttendanceSummary
{
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    int records = 0; // days with a record
    std::array<int, kAttendanceStatusCount> halfDays{};

    int halfDaysOf(AttendanceStatus status) const { return halfDays[size_t(status)]; }
    double daysOf(AttendanceStatus status) const { return halfDaysOf(status) / 2.0; }
    int leaveHalfDays() const;  // annual + sick + personal
    int unpaidHalfDays() const; // absent + personal leave: deducted at wage ÷ 21.75 a day
    void add(AttendanceStatus status, bool halfDay);
};

// A leave request (请假) with manager approval. halfDays: its length in half days; an odd number means the
// last working day is a half day. Approval writes the attendance records of its working days.
struct LeaveRequest
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    AttendanceStatus kind = AttendanceStatus::AnnualLeave; // annual, sick or personal leave
    QDate from;
    QDate to;
    int halfDays = 0;
    QString reason;
    QString status; // requested, approved, rejected
    QDateTime requestedAt;
    qint64 requestedBy = 0;  // user id, 0 = the system
    QString requestedByName; // the user's display name; empty for the system
    qint64 approverId = 0;
    QString approverName; // display name; empty while undecided
    QDateTime decidedAt;
    QString decisionNote;
};

} // namespace tl::core

#include "attendance/Attendance.h"

#include <QCoreApplication>

namespace tl::core {

namespace {

struct StatusText
{
    AttendanceStatus status;
    const char* key;
    const char* name;
};

constexpr StatusText kStatuses[] = {
    {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("tl::core::Attendance", "Present")},
    {AttendanceStatus::Late, "late", QT_TRANSLATE_NOOP("tl::core::Attendance", "Late")},
    {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("tl::core::Attendance", "Absent")},
    {AttendanceStatus::AnnualLeave, "annual_leave",
     QT_TRANSLATE_NOOP("tl::core::Attendance", "Annual leave")},
    {AttendanceStatus::SickLeave, "sick_leave", QT_TRANSLATE_NOOP("tl::core::Attendance", "Sick leave")},
    {AttendanceStatus::PersonalLeave, "personal_leave",
     QT_TRANSLATE_NOOP("tl::core::Attendance", "Personal leave")},
};

} // namespace

QString attendanceStatusKey(AttendanceStatus status)
{
    return QString::fromLatin1(kStatuses[size_t(status)].key);
}

std::optional<AttendanceStatus> attendanceStatusFromKey(const QString& key)
{
    for (const StatusText& s : kStatuses)
        if (key == QLatin1String(s.key))
            return s.status;
    return std::nullopt;
}

std::optional<AttendanceStatus> attendanceStatusFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (const auto byKey = attendanceStatusFromKey(t))
        return byKey;
    for (const StatusText& s : kStatuses)
        if (t == QString::fromLatin1(s.name).toLower() || t == attendanceStatusName(s.status).toLower())
            return s.status;
    struct Word
    {
        const char16_t* word;
        AttendanceStatus status;
    };
    static constexpr Word words[] = {
        {u"出勤", AttendanceStatus::Present},     {u"正常", AttendanceStatus::Present},
        {u"在岗", AttendanceStatus::Present},     {u"迟到", AttendanceStatus::Late},
        {u"缺勤", AttendanceStatus::Absent},      {u"旷工", AttendanceStatus::Absent},
        {u"年假", AttendanceStatus::AnnualLeave}, {u"年休假", AttendanceStatus::AnnualLeave},
        {u"病假", AttendanceStatus::SickLeave},   {u"事假", AttendanceStatus::PersonalLeave},
    };
    for (const Word& w : words)
        if (t == QString::fromUtf16(w.word))
            return w.status;
    return std::nullopt;
}

QString attendanceStatusName(AttendanceStatus status)
{
    return QCoreApplication::translate("tl::core::Attendance", kStatuses[size_t(status)].name);
}

QList<AttendanceStatus> allAttendanceStatuses()
{
    QList<AttendanceStatus> list;
    for (const StatusText& s : kStatuses)
        list << s.status;
    return list;
}

bool isLeave(AttendanceStatus status)
{
    return status == AttendanceStatus::AnnualLeave || status == AttendanceStatus::SickLeave ||
           status == AttendanceStatus::PersonalLeave;
}

bool isUnpaid(AttendanceStatus status)
{
    return status == AttendanceStatus::Absent || status == AttendanceStatus::PersonalLeave;
}

int AttendanceSummary::leaveHalfDays() const
{
    return halfDaysOf(AttendanceStatus::AnnualLeave) + halfDaysOf(AttendanceStatus::SickLeave) +
           halfDaysOf(AttendanceStatus::PersonalLeave);
}

int AttendanceSummary::unpaidHalfDays() const
{
    return halfDaysOf(AttendanceStatus::Absent) + halfDaysOf(AttendanceStatus::PersonalLeave);
}

void AttendanceSummary::add(AttendanceStatus status, bool halfDay)
{
    ++records;
    if (halfDay) {
        halfDays[size_t(status)] += 1;
        halfDays[size_t(AttendanceStatus::Present)] += 1;
    } else {
        halfDays[size_t(status)] += 2;
    }
}

} // namespace tl::core

#pragma once

#include "attendance/Attendance.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tl::core {
struct Context;
}

namespace tl::ui {

class EmployeePicker;

// A leave request: the employee (HR may ask for anyone, others only for themselves), annual, sick or personal
// leave, the first and last day, whether the last day is a half day, and the reason. The length is counted in
// working days (Monday to Friday) and shown as it is typed.
class LeaveRequestDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 employeeId = 0;
        core::AttendanceStatus kind = core::AttendanceStatus::AnnualLeave;
        QDate from;
        QDate to;
        int halfDays = 0;
        QString reason;
    };

    // ownEmployeeId: the session's employee (the only choice without ManageAttendance); anyone: HR.
    LeaveRequestDialog(const core::Context& ctx, qint64 ownEmployeeId, bool anyone, const QDate& today,
                       QWidget* parent = nullptr);

    std::optional<Request> request();
    void setProblem(const QString& text);

    // 2 × the working days (Monday to Friday) in [from, to], one less when the last one is a half day.
    static int halfDaysBetween(const QDate& from, const QDate& to, bool lastHalf);

private:
    void updateLength();

    EmployeePicker* m_employee;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_lastHalf;
    QLabel* m_length;
    QLineEdit* m_reason;
    QLabel* m_problem;
};

} // namespace tl::ui

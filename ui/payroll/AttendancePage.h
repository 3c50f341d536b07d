#pragma once

#include "app/Page.h"
#include "common/Result.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tl::ui {

class PayrollAttendanceTableModel;
class PayrollLeaveTableModel;

// 考勤与请假 (DESIGN §2.1, §2.7): the month's attendance summary per employee (days of each status, unpaid
// days that the payroll deducts at wage ÷ 21.75) and the leave requests with Approve and Reject
// (ApproveLeave, never one's own). Anyone may request leave for themselves, HR for anyone.
class AttendancePage : public Page
{
    Q_OBJECT
public:
    explicit AttendancePage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setPeriod(const QString& period);
    QString period() const;
    core::Status decideSelected(bool approve, const QString& note = {});

    PayrollAttendanceTableModel* summaryModel() const { return m_summary; }
    PayrollLeaveTableModel* leaveModel() const { return m_leave; }
    QTableView* leaveView() const { return m_leaveView; }

private:
    void reload();
    void updateButtons();
    void askRequest();
    void askDecision(bool approve);

    PayrollAttendanceTableModel* m_summary;
    PayrollLeaveTableModel* m_leave;
    QLineEdit* m_period;
    QLabel* m_summaryNote;
    QTableView* m_summaryView;
    QTableView* m_leaveView;
    QPushButton* m_request;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace tl::ui

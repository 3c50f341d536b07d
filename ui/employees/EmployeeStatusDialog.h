#pragma once

#include "common/Context.h"
#include "org/Employee.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace tl::ui {

class OptionalDateEdit;

// Changes an employee's status (在职 / 试用 / 离职中 / 已离职) with the leave date where it applies,
// through core::EmployeeService::setStatus.
class EmployeeStatusDialog : public QDialog
{
    Q_OBJECT
public:
    EmployeeStatusDialog(const core::Context& ctx, const core::Employee& employee, QWidget* parent = nullptr);

    void setStatus(core::EmployeeStatus status);
    core::EmployeeStatus status() const;
    QDate leaveDate() const;
    QString errorText() const;

public slots:
    void save();

private:
    void updateLeaveDate();

    core::Context m_ctx;
    core::Employee m_employee;
    QComboBox* m_status;
    OptionalDateEdit* m_leaveDate;
    QLabel* m_error;
};

} // namespace tl::ui

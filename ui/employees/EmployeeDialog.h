#pragma once

#include "common/Context.h"
#include "employees/FieldProblemPresenter.h"
#include "org/Employee.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

class DepartmentComboBox;
class EmployeeCompleter;
class OptionalDateEdit;

// Create, edit or view one employee record. Problems found by core::EmployeeService::validate are shown
// in place (a red message under the field, the field framed in red); OK stays enabled, but nothing is
// saved until every problem is fixed. After a failed attempt, the messages follow the edits.
// Without EditEmployees the dialog is a read-only view; masked fields (ID number, bank account) are
// read-only with a tooltip saying why. The status of an existing employee changes through the
// employees page's "Change status" (a separate, audited use case), so it is read-only here.
class EmployeeDialog : public QDialog
{
    Q_OBJECT
public:
    // employeeId 0 = a new employee.
    EmployeeDialog(const core::Context& ctx, qint64 employeeId, QWidget* parent = nullptr);
    ~EmployeeDialog() override;

    qint64 employeeId() const { return m_employee.id; } // the new id after a successful save
    bool isReadOnly() const { return m_readOnly; }
    bool isNew() const { return m_employee.id == 0; }

    // The record as the fields describe it.
    core::Employee employeeFromFields() const;
    // The problem shown under a field (column names as in core: "name", "id_number", "phone"...).
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }
    // Preselects a department for a new employee.
    void setDepartmentId(qint64 departmentId);

public slots:
    // Validates; with problems shows them and stays open, else saves and accepts.
    void save();

private:
    void buildUi();
    QWidget* addRow(QFormLayout* form, const QString& label, const QString& column, QWidget* editor,
                    QWidget* extra = nullptr);
    void loadDepartments();
    void loadEmployee(qint64 id);
    void fillFields();
    void applyAccess();
    void updateIdDerived();
    void updateManagerName();
    void updateLeaveDate();
    void revalidate();
    QString cityValue() const;
    void setCityValue(const QString& city);

    core::Context m_ctx;
    core::Employee m_employee;
    bool m_readOnly = false;
    bool m_attempted = false;
    bool m_idMasked = false;
    bool m_bankMasked = false;

    QLabel* m_general = nullptr;
    FieldProblemPresenter m_problems;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    DepartmentComboBox* m_department = nullptr;
    QLineEdit* m_position = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_manager = nullptr;
    QLabel* m_managerName = nullptr;
    EmployeeCompleter* m_managerCompleter = nullptr;
    QDateEdit* m_hireDate = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_leaveDate = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLabel* m_idDerived = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_bankName = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QComboBox* m_city = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui

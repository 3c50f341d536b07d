#pragma once

#include "app/Page.h"
#include "common/Result.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tl::core {
struct SalaryProfile;
}

namespace tl::ui {

class EmployeePicker;
class PayrollSalaryProfileTableModel;

// 薪资档案 (DESIGN §2.7): the effective-dated salary profiles of one employee, oldest first, the one in force
// today in bold; "New version…" adds a version from a date (prefilled from the one in force), "Remove"
// deletes a version that no approved payroll used. Editing needs EditSalaryProfiles; the amounts are masked
// for sessions without ViewSalary.
class SalaryProfilesPage : public Page
{
    Q_OBJECT
public:
    explicit SalaryProfilesPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void showEmployee(qint64 employeeId);
    qint64 employeeId() const;
    // What "New version…" saves once the dialog is accepted: reloads and reports.
    core::Status saveProfile(const core::SalaryProfile& profile);
    core::Status removeSelected();
    void editSelected(); // double-click: the selected version in the dialog (same date = a correction)
    // What "New version…" starts from: the current version, from next month, without its note.
    static core::SalaryProfile newVersionOf(const core::SalaryProfile& current, const QDate& today);

    PayrollSalaryProfileTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }

private:
    void reload();
    void addVersion();
    void editProfile(const core::SalaryProfile& start);
    void updateButtons();

    PayrollSalaryProfileTableModel* m_model;
    EmployeePicker* m_employee;
    QTableView* m_view;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace tl::ui

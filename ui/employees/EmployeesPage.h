#pragma once

#include "app/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace tl::core {
struct Employee;
}

namespace tl::ui {

class DepartmentPanel;
class EmployeeContractsPanel;
class EmployeeTableModel;

// 员工档案: the department tree, the paged employee list with search (debounced), status filter and
// sortable columns, New / Edit / Change status, and the selected employee's labour contracts.
class EmployeesPage : public Page
{
    Q_OBJECT
public:
    explicit EmployeesPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    EmployeeTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    qint64 selectedEmployeeId() const;
    void selectEmployee(qint64 id);

public slots:
    void newEmployee();
    void editEmployee();
    void changeStatus();
    void applyFilter();

private:
    void buildUi();
    void updateButtons();
    void updateCount(qint64 total);
    void onSelectionChanged();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    const core::Employee* selectedEmployee() const;
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    EmployeeTableModel* m_model;
    DepartmentPanel* m_departments = nullptr;
    EmployeeContractsPanel* m_contracts = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_includeLeft = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_changeStatus = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_searchTimer = nullptr;
    qint64 m_keepSelected = 0;
    bool m_loaded = false;
};

} // namespace tl::ui

#pragma once

#include "common/Context.h"
#include "org/Employee.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tl::ui {

class LabourContractTableModel;

// The selected employee's labour-contract history beside the employee list, with "Add contract",
// "Renew" (prefilled from the last contract) and "Edit" opening LabourContractDialog.
class EmployeeContractsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EmployeeContractsPanel(const core::Context& ctx, QWidget* parent = nullptr);

    // nullptr = nothing selected.
    void setEmployee(const core::Employee* employee);
    LabourContractTableModel* model() const { return m_model; }

public slots:
    void reload();
    void addContract();
    void renewContract();
    void editContract();

signals:
    void failed(const QString& message);
    void succeeded(const QString& message);

private:
    void updateButtons();
    const core::LabourContract* selectedContract() const;

    core::Context m_ctx;
    std::optional<core::Employee> m_employee;
    LabourContractTableModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_renew;
    QPushButton* m_edit;
};

} // namespace tl::ui

#include "employees/EmployeeContractsPanel.h"

#include "app/UiSettings.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "employees/LabourContractDialog.h"
#include "models/LabourContractTableModel.h"
#include "org/LabourContractService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

EmployeeContractsPanel::EmployeeContractsPanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new LabourContractTableModel(this)), m_title(new QLabel(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add contract…"), this)),
      m_renew(new QPushButton(tr("Re&new…"), this)), m_edit(new QPushButton(tr("Edit…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("contractHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->resizeSection(0, 50);
    UiSettings::rememberHeader(m_view->horizontalHeader(), QStringLiteral("employee-contracts"));
    // Title and buttons in one line above the history.
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    for (QPushButton* button : {m_add, m_renew, m_edit})
        top->addWidget(button);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_renew->setToolTip(tr("A new contract starting the day after the last one ends, with the same term"));

    const bool edit = m_ctx.session.can(core::Permission::EditEmployees);
    for (QPushButton* button : {m_add, m_renew, m_edit})
        button->setVisible(edit);
    connect(m_add, &QPushButton::clicked, this, &EmployeeContractsPanel::addContract);
    connect(m_renew, &QPushButton::clicked, this, &EmployeeContractsPanel::renewContract);
    connect(m_edit, &QPushButton::clicked, this, &EmployeeContractsPanel::editContract);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_ctx.session.can(core::Permission::EditEmployees))
            editContract();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmployeeContractsPanel::updateButtons);
    setEmployee(nullptr);
}

void EmployeeContractsPanel::setEmployee(const core::Employee* employee)
{
    if (employee)
        m_employee = *employee;
    else
        m_employee.reset();
    reload();
}

void EmployeeContractsPanel::reload()
{
    if (!m_ctx.session.can(core::Permission::ViewLabourContracts)) {
        m_title->setText(tr("Your role may not view labour contracts."));
        m_model->setContracts({});
        updateButtons();
        return;
    }
    if (!m_employee) {
        m_title->setText(tr("<b>Labour contracts</b> — select an employee to see the contract history."));
        m_model->setContracts({});
        updateButtons();
        return;
    }
    m_title->setText(tr("<b>Labour contracts of %1</b> (%2)")
                         .arg(m_employee->name.toHtmlEscaped(), m_employee->code.toHtmlEscaped()));
    auto history = core::LabourContractService(m_ctx).history(m_employee->id);
    if (!history) {
        m_model->setContracts({});
        emit failed(history.error().message);
    } else {
        m_model->setContracts(*history);
        if (!history->isEmpty())
            m_view->selectRow(int(history->size()) - 1);
    }
    updateButtons();
}

const core::LabourContract* EmployeeContractsPanel::selectedContract() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->contractAt(rows.first().row());
}

void EmployeeContractsPanel::updateButtons()
{
    const bool has = m_employee.has_value();
    const bool any = !m_model->contracts().isEmpty();
    m_add->setEnabled(has);
    m_renew->setEnabled(has && any && m_model->contracts().last().type != core::ContractType::OpenEnded);
    m_edit->setEnabled(has && selectedContract() != nullptr);
}

void EmployeeContractsPanel::addContract()
{
    if (!m_employee)
        return;
    const auto& contracts = m_model->contracts();
    const core::LabourContract initial =
        contracts.isEmpty() ? LabourContractDialog::firstContract(*m_employee)
                            : LabourContractDialog::renewalOf(contracts.last(), m_ctx.clock.today());
    LabourContractDialog dialog(m_ctx, *m_employee, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit succeeded(tr("The labour contract of %1 was added.").arg(m_employee->name));
}

void EmployeeContractsPanel::renewContract()
{
    if (!m_employee || m_model->contracts().isEmpty())
        return;
    LabourContractDialog dialog(
        m_ctx, *m_employee, LabourContractDialog::renewalOf(m_model->contracts().last(), m_ctx.clock.today()),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit succeeded(tr("The labour contract of %1 was renewed.").arg(m_employee->name));
}

void EmployeeContractsPanel::editContract()
{
    const core::LabourContract* contract = selectedContract();
    if (!m_employee || !contract)
        return;
    LabourContractDialog dialog(m_ctx, *m_employee, *contract, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit succeeded(tr("The labour contract was saved."));
}

} // namespace tl::ui

#include "payroll/SalaryProfilesPage.h"

#include "app/AppContext.h"
#include "auth/Session.h"
#include "models/PayrollSalaryProfileTableModel.h"
#include "payroll/SalaryProfile.h"
#include "payroll/SalaryProfileDialog.h"
#include "payroll/SalaryProfileService.h"
#include "receivables/EmployeePicker.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::Permission;

SalaryProfilesPage::SalaryProfilesPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PayrollSalaryProfileTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Employee:"), this));
    m_employee = new EmployeePicker(app.core(), this);
    bar->addWidget(m_employee, 1);
    m_add = new QPushButton(tr("New version…"), this);
    m_add->setToolTip(tr("A change applies from the month of its date; earlier months keep their profile."));
    m_remove = new QPushButton(tr("Remove"), this);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    layout->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 120);
    layout->addWidget(m_view, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    const bool edit = app.session().can(Permission::EditSalaryProfiles);
    m_add->setVisible(edit);
    m_remove->setVisible(edit);

    connect(m_employee, &EmployeePicker::changed, this, [this] { reload(); });
    connect(m_add, &QPushButton::clicked, this, &SalaryProfilesPage::addVersion);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Remove the salary profile"),
                                  tr("Remove the selected version of the salary profile?")) ==
            QMessageBox::Yes)
            static_cast<void>(removeSelected()); // a refusal is shown in the message bar
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SalaryProfilesPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &SalaryProfilesPage::editSelected);
    m_view->setToolTip(edit ? tr("Double-click a version to correct it.") : QString());
    updateButtons();
}

QString SalaryProfilesPage::title() const
{
    return tr("Salary profiles");
}

QIcon SalaryProfilesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void SalaryProfilesPage::activate()
{
    reload();
}

qint64 SalaryProfilesPage::employeeId() const
{
    return m_employee->id() > 0 ? m_employee->id() : 0;
}

void SalaryProfilesPage::showEmployee(qint64 employeeId)
{
    m_employee->setId(employeeId);
    reload();
}

void SalaryProfilesPage::reload()
{
    const qint64 id = employeeId();
    if (id == 0) {
        m_model->setProfiles({}, app().clock().today());
        m_hint->setText(tr("Choose an employee to see their salary profiles."));
        updateButtons();
        return;
    }
    auto history = core::SalaryProfileService(app().core()).history(id);
    if (!history) {
        m_model->setProfiles({}, app().clock().today());
        m_hint->setText(history.error().message);
        updateButtons();
        return;
    }
    m_model->setProfiles(*history, app().clock().today());
    m_hint->setText(
        history->isEmpty()
            ? tr("No salary profile yet: the employee is left out of payroll runs until one is added.")
            : tr("%n version(s). The version in force today is in bold.", nullptr, int(history->size())));
    m_view->resizeColumnsToContents();
    if (m_model->currentRow() >= 0)
        m_view->selectRow(m_model->currentRow());
    updateButtons();
}

void SalaryProfilesPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(employeeId() != 0);
    m_remove->setEnabled(selected);
}

void SalaryProfilesPage::addVersion()
{
    const qint64 id = employeeId();
    if (id == 0)
        return;
    core::SalaryProfile start;
    if (const core::SalaryProfile* current = m_model->profileAt(m_model->rowCount() - 1))
        start = *current;
    start.employeeId = id;
    start.employeeCode = m_employee->code();
    start.employeeName = m_employee->name();
    editProfile(newVersionOf(start, app().clock().today()));
}

core::SalaryProfile SalaryProfilesPage::newVersionOf(const core::SalaryProfile& current, const QDate& today)
{
    // From the first day of next month; the note is the new version's own; the income-tax flags are facts
    // of one tax year and carry over only within it.
    core::SalaryProfile next = current;
    next.id = 0;
    next.effectiveFrom = QDate(today.year(), today.month(), 1).addMonths(1);
    next.note.clear();
    if (next.effectiveFrom.year() != current.effectiveFrom.year())
        next.firstJobInYear = next.lowEarnerPreviousYear = false;
    return next;
}

void SalaryProfilesPage::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::SalaryProfile* p = rows.isEmpty() ? nullptr : m_model->profileAt(rows.first().row());
    if (!p || !app().session().can(Permission::EditSalaryProfiles) || p->masked)
        return;
    editProfile(*p); // saved with the same date, it replaces this version
}

void SalaryProfilesPage::editProfile(const core::SalaryProfile& start)
{
    SalaryProfileDialog dialog(start, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto profile = dialog.profile();
        if (!profile)
            continue;
        const core::Status status = saveProfile(*profile);
        if (status)
            return;
        dialog.setProblem(status.error().fullText());
    }
}

core::Status SalaryProfilesPage::saveProfile(const core::SalaryProfile& profile)
{
    const auto saved = core::SalaryProfileService(app().core()).save(profile);
    if (!saved)
        return saved.error();
    reload();
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(
            tr("The salary profile from %1 was saved.").arg(profile.effectiveFrom.toString(Qt::ISODate)));
    return {};
}

core::Status SalaryProfilesPage::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::SalaryProfile* p = rows.isEmpty() ? nullptr : m_model->profileAt(rows.first().row());
    if (!p)
        return {};
    const core::Status status = core::SalaryProfileService(app().core()).remove(p->id);
    if (!status) {
        if (MessageBar* bar = app().messageBar())
            bar->showError(status.error().fullText());
        return status;
    }
    reload();
    return {};
}

} // namespace tl::ui

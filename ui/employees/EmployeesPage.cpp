#include "employees/EmployeesPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "employees/DepartmentPanel.h"
#include "employees/EmployeeContractsPanel.h"
#include "employees/EmployeeDialog.h"
#include "employees/EmployeeStatusDialog.h"
#include "models/EmployeeTableModel.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tl::ui {

using Column = EmployeeTableModel::Column;

namespace {
constexpr int MaxPagesToFind = 20; // pages fetched at most to bring a just-created employee into view
}

EmployeesPage::EmployeesPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new EmployeeTableModel(app.core(), this))
{
    buildUi();
    connect(m_model, &EmployeeTableModel::totalCountChanged, this, &EmployeesPage::updateCount);
    connect(m_model, &EmployeeTableModel::loadFailed, this, &EmployeesPage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedEmployeeId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelected != 0 && m_model->rowOfId(m_keepSelected) >= 0)
            m_view->selectRow(m_model->rowOfId(m_keepSelected));
        onSelectionChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const QModelIndex current = m_view->selectionModel()->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    onSelectionChanged();
            });
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (!m_loaded)
            return;
        if (entity == QLatin1String("departments") || entity == QLatin1String("employees"))
            m_departments->reload(); // names and head counts
        else if (entity == QLatin1String("labour_contracts"))
            m_contracts->reload();
    });
}

QString EmployeesPage::title() const
{
    return tr("Employees");
}

QIcon EmployeesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/employees.svg"));
}

void EmployeesPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search code, name, mobile or position"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filters->addWidget(m_search, 2);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    statusLabel->setBuddy(m_status);
    m_status->addItem(tr("All current"), QString());
    for (core::EmployeeStatus status : core::allEmployeeStatuses())
        m_status->addItem(core::employeeStatusName(status), core::employeeStatusKey(status));
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    m_includeLeft = new QCheckBox(tr("Include &left"), this);
    m_includeLeft->setObjectName(QStringLiteral("includeLeft"));
    m_includeLeft->setToolTip(tr("Also list employees who have left"));
    filters->addWidget(m_includeLeft);
    filters->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/employees.svg")), tr("&New employee…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_changeStatus = new QPushButton(tr("Change s&tatus…"), this);
    for (QPushButton* button : {m_new, m_edit, m_changeStatus})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("employeesSplitter"));
    m_departments = new DepartmentPanel(app().core(), m_splitter);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("employeesView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 110);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::Code), Qt::AscendingOrder);
    header->resizeSection(int(Column::Code), 90);
    header->resizeSection(int(Column::Name), 90);
    header->resizeSection(int(Column::Department), 130);
    header->resizeSection(int(Column::Status), 100);
    header->resizeSection(int(Column::IdNumber), 170);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &EmployeesPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("employees"));
    // The selected employee's contracts under the list: the table keeps the whole width.
    auto* listAndContracts = new QSplitter(Qt::Vertical, m_splitter);
    listAndContracts->setObjectName(QStringLiteral("employeesListSplitter"));
    listAndContracts->addWidget(m_view);
    m_contracts = new EmployeeContractsPanel(app().core(), listAndContracts);
    m_contracts->setVisible(app().session().can(core::Permission::ViewLabourContracts));
    listAndContracts->addWidget(m_contracts);
    listAndContracts->setStretchFactor(0, 1);
    listAndContracts->setStretchFactor(1, 0);
    listAndContracts->setSizes({560, 200});
    listAndContracts->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(listAndContracts, QStringLiteral("employees-list"));
    m_splitter->addWidget(m_departments);
    m_splitter->addWidget(listAndContracts);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1000});
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("employees"));
    layout->addWidget(m_splitter, 1);

    const bool edit = app().session().can(core::Permission::EditEmployees);
    m_new->setVisible(edit);
    m_changeStatus->setVisible(edit);
    m_edit->setText(edit ? tr("&Edit…") : tr("&View…"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EmployeesPage::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &EmployeesPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_includeLeft->setEnabled(m_status->currentData().toString().isEmpty());
        applyFilter();
    });
    connect(m_includeLeft, &QCheckBox::toggled, this, &EmployeesPage::applyFilter);
    connect(m_departments, &DepartmentPanel::departmentSelected, this, &EmployeesPage::applyFilter);
    connect(m_departments, &DepartmentPanel::failed, this, &EmployeesPage::showError);
    connect(m_departments, &DepartmentPanel::succeeded, this, &EmployeesPage::showSuccess);
    connect(m_contracts, &EmployeeContractsPanel::failed, this, &EmployeesPage::showError);
    connect(m_contracts, &EmployeeContractsPanel::succeeded, this, &EmployeesPage::showSuccess);
    connect(m_new, &QPushButton::clicked, this, &EmployeesPage::newEmployee);
    connect(m_edit, &QPushButton::clicked, this, &EmployeesPage::editEmployee);
    connect(m_changeStatus, &QPushButton::clicked, this, &EmployeesPage::changeStatus);
    connect(m_view, &QTableView::doubleClicked, this, &EmployeesPage::editEmployee);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &EmployeesPage::editEmployee);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmployeesPage::onSelectionChanged);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_includeLeft);
    setTabOrder(m_includeLeft, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_changeStatus);
    setTabOrder(m_changeStatus, m_view);
    updateButtons();
}

void EmployeesPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_departments->reload();
    applyFilter();
}

void EmployeesPage::applyFilter()
{
    m_searchTimer->stop();
    if (!m_loaded)
        return;
    core::EmployeeQuery::Filter filter;
    filter.search = m_search->text().trimmed();
    filter.departmentId = m_departments->currentDepartmentId();
    filter.status = core::employeeStatusFromKey(m_status->currentData().toString());
    filter.includeLeft = !filter.status && m_includeLeft->isChecked();
    m_model->setFilter(filter);
}

void EmployeesPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && EmployeeTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Only indexed keys sort (code, name, department, hire date, status): put the indicator back.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void EmployeesPage::updateCount(qint64 total)
{
    m_count->setText(tr("%Ln employee(s)", nullptr, int(total)));
}

qint64 EmployeesPage::selectedEmployeeId() const
{
    const core::Employee* employee = selectedEmployee();
    return employee ? employee->id : 0;
}

const core::Employee* EmployeesPage::selectedEmployee() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->employeeAt(rows.first().row());
}

void EmployeesPage::selectEmployee(qint64 id)
{
    int row = m_model->rowOfId(id);
    for (int pages = 0; row < 0 && pages < MaxPagesToFind && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void EmployeesPage::onSelectionChanged()
{
    m_contracts->setEmployee(selectedEmployee());
    updateButtons();
}

void EmployeesPage::updateButtons()
{
    const bool selected = selectedEmployee() != nullptr;
    m_edit->setEnabled(selected);
    m_changeStatus->setEnabled(selected);
}

void EmployeesPage::newEmployee()
{
    EmployeeDialog dialog(app().core(), 0, this);
    dialog.setDepartmentId(m_departments->currentDepartmentId());
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectEmployee(dialog.employeeId());
    showSuccess(tr("Employee %1 was created.").arg(dialog.employeeFromFields().name));
}

void EmployeesPage::editEmployee()
{
    const qint64 id = selectedEmployeeId();
    if (id == 0)
        return;
    EmployeeDialog dialog(app().core(), id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.isReadOnly())
        return;
    selectEmployee(id);
    showSuccess(tr("Employee %1 was saved.").arg(dialog.employeeFromFields().name));
}

void EmployeesPage::changeStatus()
{
    const core::Employee* employee = selectedEmployee();
    if (!employee)
        return;
    const core::Employee copy = *employee;
    EmployeeStatusDialog dialog(app().core(), copy, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showSuccess(tr("%1 is now %2.").arg(copy.name, core::employeeStatusName(dialog.status())));
}

void EmployeesPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void EmployeesPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

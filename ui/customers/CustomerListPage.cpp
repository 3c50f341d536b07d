#include "customers/CustomerListPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerRelease.h"
#include "customers/FollowUpDialog.h"
#include "models/CustomerCountdown.h"
#include "models/CustomerTableModel.h"
#include "pool/AssignDialog.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = CustomerTableModel::Column;
using core::Permission;

namespace {
constexpr int MaxPagesToFind = 20; // pages fetched at most to bring a just-created customer into view
}

CustomerListPage::CustomerListPage(AppContext& app, Mode mode, QWidget* parent)
    : Page(app, parent), m_mode(mode), m_model(new CustomerTableModel(app.core(), this))
{
    setObjectName(mode == Mode::Mine ? QStringLiteral("myCustomersPage")
                                     : QStringLiteral("teamCustomersPage"));
    buildUi();
    connect(m_model, &CustomerTableModel::totalCountChanged, this, &CustomerListPage::updateCount);
    connect(m_model, &CustomerTableModel::loadFailed, this, &CustomerListPage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount(m_model->totalCount());
        const int row = m_keepCurrent != 0 ? m_model->rowOfId(m_keepCurrent) : -1;
        if (row >= 0)
            m_view->selectRow(row);
        updateButtons();
    });
}

QString CustomerListPage::title() const
{
    return m_mode == Mode::Mine ? tr("My customers") : tr("Team customers");
}

QIcon CustomerListPage::icon() const
{
    return QIcon(m_mode == Mode::Mine ? QStringLiteral(":/icons/customers.svg")
                                      : QStringLiteral(":/icons/customers-team.svg"));
}

void CustomerListPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_filters = new CustomerFilterBar(app().core(), m_mode == Mode::Team, this);
    filters->addWidget(m_filters, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New customer…"), this);
    m_new->setObjectName(QStringLiteral("newCustomer"));
    m_details = new QPushButton(tr("&Details…"), this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setToolTip(tr("Enter"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_log = new QPushButton(tr("&Log follow-up…"), this);
    m_log->setObjectName(QStringLiteral("logFollowUp"));
    m_log->setToolTip(tr("Ctrl+F"));
    m_release = new QPushButton(tr("&Release to pool…"), this);
    m_release->setObjectName(QStringLiteral("release"));
    m_assign = new QPushButton(tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assign"));
    m_assign->setToolTip(tr("Give the selected customers to a team member, or spread them over the team"));
    for (QPushButton* button : {m_new, m_details, m_edit, m_log, m_release, m_assign})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(this);
    m_view->setObjectName(m_mode == Mode::Mine ? QStringLiteral("myCustomersView")
                                               : QStringLiteral("teamCustomersView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 100);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::Code), Qt::AscendingOrder);
    header->resizeSection(int(Column::Code), 90);
    header->resizeSection(int(Column::Name), 230);
    // Widths from the texts in the current language (the countdown's longest forms, the type names).
    const QFontMetrics metrics = m_view->fontMetrics();
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int typeWidth = 0;
    for (const QString& key : core::customerTypeKeys())
        typeWidth = std::max(typeWidth, metrics.horizontalAdvance(core::customerTypeName(key)));
    using State = CustomerCountdown::State;
    const int countdownWidth =
        std::max({metrics.horizontalAdvance(CustomerCountdown::text(State::Far, 30)),
                  boldMetrics.horizontalAdvance(CustomerCountdown::text(State::Overdue, -30)),
                  boldMetrics.horizontalAdvance(CustomerCountdown::text(State::Today, 0))});
    constexpr int Padding = 20;
    header->resizeSection(int(Column::Type), typeWidth + Padding);
    header->resizeSection(int(Column::Level), 50);
    // The customer's risk (receivables history): "中 45".
    header->resizeSection(int(Column::Risk),
                          metrics.horizontalAdvance(QStringLiteral("%1 100").arg(
                              core::RiskScore::levelName(core::RiskScore::Level::Medium))) +
                              Padding);
    header->setSectionHidden(int(Column::Risk), !app().session().can(Permission::ViewReceivables));
    header->resizeSection(int(Column::Region), 80);
    header->resizeSection(int(Column::Owner), 80);
    header->resizeSection(int(Column::OwnedSince), 95);
    header->resizeSection(int(Column::LastFollowUp), 95);
    header->resizeSection(int(Column::Reclaim), countdownWidth + Padding);
    if (m_mode == Mode::Mine)
        header->hideSection(int(Column::Owner)); // always the user
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, m_mode == Mode::Mine ? QStringLiteral("customers-mine")
                                                            : QStringLiteral("customers-team"));
    layout->addWidget(m_view, 1);

    const core::Session& s = app().session();
    const bool edit = s.can(Permission::EditCustomers);
    m_new->setVisible(edit && (m_mode == Mode::Team || s.employeeId != 0));
    m_edit->setVisible(edit);
    m_log->setVisible(edit);
    m_release->setVisible((m_mode == Mode::Mine && s.can(Permission::ClaimCustomers)) ||
                          s.can(Permission::AssignCustomers));
    m_assign->setVisible(m_mode == Mode::Team && s.can(Permission::AssignCustomers));

    connect(m_filters, &CustomerFilterBar::changed, this, &CustomerListPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &CustomerListPage::newCustomer);
    connect(m_details, &QPushButton::clicked, this, &CustomerListPage::openDetails);
    connect(m_edit, &QPushButton::clicked, this, &CustomerListPage::editCustomer);
    connect(m_log, &QPushButton::clicked, this, &CustomerListPage::logFollowUp);
    connect(m_release, &QPushButton::clicked, this, &CustomerListPage::releaseSelected);
    connect(m_assign, &QPushButton::clicked, this, &CustomerListPage::assignSelected);
    connect(m_view, &QTableView::doubleClicked, this, &CustomerListPage::openDetails);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &CustomerListPage::openDetails);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &CustomerListPage::logFollowUp);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerListPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerListPage::updateButtons);

    setTabOrder(m_filters, m_new);
    setTabOrder(m_new, m_details);
    setTabOrder(m_details, m_edit);
    setTabOrder(m_edit, m_log);
    setTabOrder(m_log, m_release);
    setTabOrder(m_release, m_assign);
    setTabOrder(m_assign, m_view);
    updateButtons();
}

void CustomerListPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
}

void CustomerListPage::applyFilter()
{
    if (!m_loaded)
        return;
    m_model->setFilter(m_filters->filter(m_mode == Mode::Mine ? core::CustomerQuery::Scope::Mine
                                                              : core::CustomerQuery::Scope::Team));
    if (!m_filters->ownerProblem().isEmpty())
        showError(m_filters->ownerProblem());
}

void CustomerListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && CustomerTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Only indexed orders sort (code, name, level, owner, pool countdown): put the indicator back.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void CustomerListPage::updateCount(qint64 total)
{
    m_count->setText(tr("%Ln customer(s)", nullptr, int(total)));
}

const core::CustomerRow* CustomerListPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->rowAt(current.row());
}

QList<const core::CustomerRow*> CustomerListPage::selectedRows() const
{
    QList<const core::CustomerRow*> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const core::CustomerRow* row = m_model->rowAt(index.row()))
            rows.append(row);
    return rows;
}

qint64 CustomerListPage::currentCustomerId() const
{
    const core::CustomerRow* row = currentRow();
    return row ? row->customer.id : 0;
}

QList<qint64> CustomerListPage::selectedCustomerIds() const
{
    QList<qint64> ids;
    for (const core::CustomerRow* row : selectedRows())
        ids.append(row->customer.id);
    return ids;
}

void CustomerListPage::selectCustomer(qint64 id)
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

bool CustomerListPage::canEdit(const core::CustomerRow& row) const
{
    return app().session().can(Permission::EditCustomers) && !row.customer.contactsHidden;
}

bool CustomerListPage::canRelease(const core::CustomerRow& row) const
{
    const core::Session& s = app().session();
    if (row.customer.ownerId == 0)
        return false;
    const bool own = s.employeeId != 0 && row.customer.ownerId == s.employeeId;
    return (own && s.can(Permission::ClaimCustomers)) || (s.can(Permission::AssignCustomers) && canEdit(row));
}

void CustomerListPage::updateButtons()
{
    const core::CustomerRow* row = currentRow();
    const QList<const core::CustomerRow*> rows = selectedRows();
    m_details->setEnabled(row != nullptr);
    m_edit->setEnabled(row && canEdit(*row));
    m_log->setEnabled(row && canEdit(*row) && row->customer.ownerId != 0);
    bool releasable = !rows.isEmpty();
    for (const core::CustomerRow* r : rows)
        releasable = releasable && canRelease(*r);
    m_release->setEnabled(releasable);
    m_assign->setEnabled(!rows.isEmpty());
}

void CustomerListPage::newCustomer()
{
    if (m_new->isHidden())
        return;
    CustomerDialog dialog(app().core(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectCustomer(dialog.customerId());
    if (!dialog.warning().isEmpty())
        showError(dialog.warning());
    else
        showSuccess(tr("Customer %1 was created.").arg(dialog.customerFromFields().name));
}

void CustomerListPage::openDetails()
{
    const qint64 id = currentCustomerId();
    if (id == 0)
        return;
    CustomerDetailDialog dialog(app(), id, this);
    dialog.exec();
}

void CustomerListPage::editCustomer()
{
    const core::CustomerRow* row = currentRow();
    if (!row || !canEdit(*row))
        return;
    const qint64 id = row->customer.id;
    CustomerDialog dialog(app().core(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectCustomer(id);
    showSuccess(tr("Customer %1 was saved.").arg(dialog.customerFromFields().name));
}

void CustomerListPage::logFollowUp()
{
    const core::CustomerRow* row = currentRow();
    if (m_log->isHidden() || !row || !m_log->isEnabled())
        return;
    const QString name = row->customer.name;
    FollowUpDialog dialog(app().core(), row->customer.id, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(tr("Follow-up logged for %1.").arg(name));
}

void CustomerListPage::releaseSelected()
{
    if (m_release->isHidden() || !m_release->isEnabled())
        return;
    QList<CustomerRelease::Target> targets;
    for (const core::CustomerRow* row : selectedRows())
        targets.append({row->customer.id, row->customer.code, row->customer.name});
    if (!CustomerRelease::confirm(this, targets))
        return;
    const CustomerRelease::Outcome outcome = CustomerRelease::release(app().core(), targets);
    if (outcome.ok())
        showSuccess(outcome.summary());
    else
        showError(outcome.summary());
}

void CustomerListPage::assignSelected()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (m_assign->isHidden() || ids.isEmpty())
        return;
    AssignDialog dialog(app(), ids, this); // reports the outcome in the message bar itself
    dialog.exec();
}

void CustomerListPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void CustomerListPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

#include "pool/PoolPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerService.h"
#include "customers/PoolService.h"
#include "models/PoolTableModel.h"
#include "pool/AssignDialog.h"
#include "pool/PoolFactsSource.h"
#include "pool/SweepDialog.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = PoolTableModel::Column;

namespace {
constexpr int MaxPagesToFind = 20; // pages fetched at most to bring a customer into view
}

PoolPage::PoolPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PoolTableModel(app.core(), this))
{
    buildUi();
    connect(m_model, &PoolTableModel::totalCountChanged, this, &PoolPage::updateCount);
    connect(m_model, &PoolTableModel::loadFailed, this, &PoolPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PoolPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PoolPage::onCurrentChanged);
}

QString PoolPage::title() const
{
    return tr("Customer pool");
}

QIcon PoolPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/pool.svg"));
}

void PoolPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search code, name, region or industry"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filters->addWidget(m_search, 2);
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    levelLabel->setBuddy(m_level);
    m_level->addItem(tr("All levels"), QString());
    for (const QString& level : core::customerLevels())
        m_level->addItem(level, level);
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    typeLabel->setBuddy(m_type);
    m_type->addItem(tr("All types"), QString());
    for (const QString& type : core::customerTypeKeys())
        m_type->addItem(core::customerTypeName(type), type);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_claim = new QPushButton(QIcon(QStringLiteral(":/icons/pool.svg")), tr("&Claim"), this);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("Take the selected customers from the pool (Ctrl+Return)"));
    m_assign = new QPushButton(tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_sweep = new QPushButton(tr("Run s&weep…"), this);
    m_sweep->setObjectName(QStringLiteral("sweepButton"));
    m_sweep->setToolTip(tr("Preview and run the automatic reclaim of customers without follow-up or deal"));
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Show the customer's details and history (Return)"));
    for (QPushButton* button : {m_claim, m_open, m_assign, m_sweep})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("poolView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 110);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::Code), Qt::AscendingOrder);
    header->resizeSection(int(Column::Code), 100);
    header->resizeSection(int(Column::Name), 240);
    header->resizeSection(int(Column::Type), 130);
    header->resizeSection(int(Column::Level), 60);
    header->resizeSection(int(Column::Region), 120);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PoolPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("customer-pool"));
    layout->addWidget(m_view, 1);

    m_claimStatus = new QLabel(this);
    m_claimStatus->setObjectName(QStringLiteral("claimStatus"));
    m_claimStatus->setWordWrap(true);
    m_claimStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previousOwner = new QLabel(this);
    m_previousOwner->setObjectName(QStringLiteral("previousOwner"));
    m_previousOwner->setWordWrap(true);
    layout->addWidget(m_claimStatus);
    layout->addWidget(m_previousOwner);

    const core::Session& s = app().session();
    m_claim->setVisible(s.can(core::Permission::ClaimCustomers));
    m_assign->setVisible(s.can(core::Permission::AssignCustomers));
    m_sweep->setVisible(s.can(core::Permission::ManagePoolRules));
    m_claimStatus->setVisible(s.can(core::Permission::ClaimCustomers));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PoolPage::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &PoolPage::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &PoolPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PoolPage::applyFilter);
    connect(m_claim, &QPushButton::clicked, this, &PoolPage::claimSelected);
    connect(m_assign, &QPushButton::clicked, this, &PoolPage::assignSelected);
    connect(m_sweep, &QPushButton::clicked, this, &PoolPage::runSweep);
    connect(m_open, &QPushButton::clicked, this, &PoolPage::openCustomer);
    connect(m_view, &QTableView::doubleClicked, this, &PoolPage::openCustomer);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &PoolPage::openCustomer);
    m_claim->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PoolPage::onCurrentChanged);

    setTabOrder(m_search, m_level);
    setTabOrder(m_level, m_type);
    setTabOrder(m_type, m_view);
    setTabOrder(m_view, m_claim);
    setTabOrder(m_claim, m_open);
    setTabOrder(m_open, m_assign);
    setTabOrder(m_assign, m_sweep);
    updateButtons();
}

void PoolPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
}

void PoolPage::applyFilter()
{
    m_searchTimer->stop();
    if (!m_loaded)
        return;
    core::CustomerQuery::Filter filter;
    filter.scope = core::CustomerQuery::Scope::Pool;
    filter.search = m_search->text().trimmed();
    filter.level = m_level->currentData().toString();
    filter.type = m_type->currentData().toString();
    m_model->setFilter(filter);
}

void PoolPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && PoolTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Only indexed keys sort: put the indicator back.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void PoolPage::updateCount(qint64 total)
{
    m_count->setText(tr("%Ln customer(s) in the pool", nullptr, int(total)));
}

QList<qint64> PoolPage::selectedCustomerIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        if (const core::CustomerRow* r = m_model->rowAt(row))
            ids << r->customer.id;
    return ids;
}

qint64 PoolPage::currentCustomerId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        if (const core::CustomerRow* r = m_model->rowAt(current.row()))
            return r->customer.id;
    const QList<qint64> selected = selectedCustomerIds();
    return selected.isEmpty() ? 0 : selected.first();
}

void PoolPage::selectCustomer(qint64 id)
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

QString PoolPage::claimStatusText() const
{
    return m_claimStatus->text();
}

QString PoolPage::previousOwnerText() const
{
    return m_previousOwner->text();
}

void PoolPage::onCurrentChanged()
{
    updateButtons();
    const qint64 id = currentCustomerId();
    m_claimStatus->clear();
    m_previousOwner->clear();
    if (id == 0)
        return;
    const core::Context ctx = app().core();
    if (app().session().can(core::Permission::ClaimCustomers)) {
        // Why a claim would be refused, before anyone clicks (the same check claim() makes).
        const QString refusal = core::PoolService(ctx, poolFacts(ctx.db)).claimRefusal(id);
        if (refusal.isEmpty()) {
            m_claimStatus->setStyleSheet(QStringLiteral("color: #2e7d32;"));
            m_claimStatus->setText(tr("You can claim this customer."));
        } else {
            m_claimStatus->setStyleSheet(QStringLiteral("color: #a03030;"));
            m_claimStatus->setText(tr("Cannot claim: %1").arg(refusal));
        }
        m_claim->setEnabled(refusal.isEmpty() || selectedCustomerIds().size() > 1);
    }
    // The last owner, from the ownership history (one read for the current customer only).
    auto history = core::CustomerService(ctx).ownershipHistory(id);
    if (!history)
        return;
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->toOwnerId == 0 && it->fromOwnerId != 0) {
            m_previousOwner->setText(tr("Previous owner: %1, until %2 (%3)")
                                         .arg(it->fromOwnerName, it->at.date().toString(Qt::ISODate),
                                              core::ownershipReasonName(it->reason)));
            return;
        }
    }
    m_previousOwner->setText(tr("No previous owner."));
}

void PoolPage::updateButtons()
{
    const QList<qint64> selected = selectedCustomerIds();
    m_claim->setEnabled(!selected.isEmpty());
    m_open->setEnabled(!selected.isEmpty());
    m_assign->setEnabled(!selected.isEmpty());
}

void PoolPage::claimSelected()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (ids.isEmpty())
        return;
    const QModelIndexList selectedRows = m_view->selectionModel()->selectedRows();
    const int firstRow =
        selectedRows.isEmpty()
            ? 0
            : std::min_element(selectedRows.cbegin(), selectedRows.cend(),
                               [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); })
                  ->row();
    const auto facts = poolFacts(app().db());
    core::PoolService service(app().core(), facts);
    QStringList claimed;
    for (qint64 id : ids) {
        const core::CustomerRow* row = m_model->rowAt(m_model->rowOfId(id));
        const QString name = row ? row->customer.name : QString::number(id);
        const core::Status status = service.claim(id);
        if (!status) {
            // The reason inline, with how many were claimed before it.
            const QString reason = tr("%1 was not claimed: %2").arg(name, status.error().message);
            m_claimStatus->setStyleSheet(QStringLiteral("color: #a03030;"));
            m_claimStatus->setText(reason);
            showError(claimed.isEmpty() ? reason
                                        : tr("%n customer(s) were claimed; then %1 was not: %2", nullptr,
                                             int(claimed.size()))
                                              .arg(name, status.error().message));
            return;
        }
        claimed << name;
    }
    if (claimed.size() == 1)
        showSuccess(tr("You claimed %1. It is now in your customers.").arg(claimed.first()));
    else
        showSuccess(tr("You claimed %n customer(s).", nullptr, int(claimed.size())));
    // The claimed rows left the list: select the one that took their place, ready for the next claim.
    if (m_model->rowCount() > 0) {
        const int row = std::min(firstRow, m_model->rowCount() - 1);
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void PoolPage::assignSelected()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (ids.isEmpty())
        return;
    AssignDialog dialog(app(), ids, this);
    dialog.exec();
}

void PoolPage::runSweep()
{
    SweepDialog dialog(app(), this);
    dialog.exec();
}

void PoolPage::openCustomer()
{
    const qint64 id = currentCustomerId();
    if (id == 0)
        return;
    CustomerDetailDialog dialog(app(), id, this);
    dialog.exec();
}

void PoolPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void PoolPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

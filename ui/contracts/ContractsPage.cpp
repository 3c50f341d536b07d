#include "contracts/ContractsPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "contracts/ContractDetailDialog.h"
#include "contracts/ContractDialog.h"
#include "contracts/ContractFilterBar.h"
#include "models/ContractTableModel.h"
#include "payments/RecordPaymentDialog.h"
#include "pool/BackgroundRead.h"
#include "receivables/ColumnFit.h"
#include "sales/Contract.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tl::ui {

using Column = ContractTableModel::Column;
using core::Permission;

namespace {
constexpr int MaxPagesToFind = 20;
}

ContractsPage::ContractsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new ContractTableModel(app.core(), this))
{
    setObjectName(QStringLiteral("contractsPage"));
    m_model->setCountOnReset(false);
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &ContractsPage::countInBackground);
    buildUi();
    connect(m_model, &ContractTableModel::totalCountChanged, this, &ContractsPage::updateCount);
    connect(m_model, &ContractTableModel::loadFailed, this, &ContractsPage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentContractId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countTimer->start(); // rows re-read: the filter or the data changed
        const int row = m_keepCurrent != 0 ? m_model->rowOfId(m_keepCurrent) : -1;
        if (row >= 0)
            m_view->selectRow(row);
        updateButtons();
    });
}

QString ContractsPage::title() const
{
    return tr("Sales contracts");
}

QIcon ContractsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/sales-contracts.svg"));
}

void ContractsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filters = new ContractFilterBar(app().core(), this);
    filters->addWidget(m_filters, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count, 0, Qt::AlignTop);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New contract…"), this);
    m_new->setObjectName(QStringLiteral("newContract"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_details = new QPushButton(tr("&Details…"), this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setToolTip(tr("Enter"));
    m_pay = new QPushButton(tr("Record &payment…"), this);
    m_pay->setObjectName(QStringLiteral("recordPayment"));
    for (QPushButton* b : {m_new, m_edit, m_details, m_pay})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("contractsView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 100);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::SignedOn), Qt::DescendingOrder);
    header->resizeSection(int(Column::ContractNo), 130);
    header->resizeSection(int(Column::Customer), 220);
    header->resizeSection(int(Column::Salesperson), 80);
    header->resizeSection(int(Column::SignedOn), 95);
    header->resizeSection(int(Column::Amount), 120);
    header->resizeSection(int(Column::Kind), 80);
    header->resizeSection(int(Column::Status), 70);
    header->resizeSection(int(Column::Collected), 75);
    header->resizeSection(int(Column::Installments), 75);
    header->resizeSection(int(Column::NextDue), 95);
    QStringList kinds;
    for (const QString& key : core::contractKindKeys())
        kinds << core::contractKindName(key);
    ColumnFit::fitToTexts(m_view, int(Column::Kind), kinds);
    ColumnFit::fitToTitles(header);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ContractsPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("contracts"));
    layout->addWidget(m_view, 1);

    const core::Session& s = app().session();
    m_new->setVisible(s.can(Permission::EditContracts));
    m_edit->setVisible(s.can(Permission::EditContracts));
    m_pay->setVisible(s.can(Permission::RecordPayments));

    connect(m_filters, &ContractFilterBar::changed, this, &ContractsPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &ContractsPage::newContract);
    connect(m_edit, &QPushButton::clicked, this, &ContractsPage::editContract);
    connect(m_details, &QPushButton::clicked, this, &ContractsPage::openDetails);
    connect(m_pay, &QPushButton::clicked, this, &ContractsPage::recordPayment);
    connect(m_view, &QTableView::doubleClicked, this, &ContractsPage::openDetails);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &ContractsPage::openDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContractsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContractsPage::updateButtons);
    updateButtons();
}

void ContractsPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
}

void ContractsPage::applyFilter()
{
    if (!m_loaded)
        return;
    m_model->setFilter(m_filters->filter());
    if (!m_filters->problem().isEmpty())
        showError(m_filters->problem());
}

void ContractsPage::countInBackground()
{
    const quint64 generation = ++m_countGeneration;
    m_count->setText(tr("Counting…"));
    const core::ContractQuery::Filter filter = m_model->filter();
    readInBackground<qint64>(
        this, app(), [filter](const core::Context& ctx) { return core::ContractQuery(ctx, filter).count(); },
        [this, generation](const core::Result<qint64>& count) {
            if (generation != m_countGeneration)
                return; // a newer count is on its way
            if (!count) {
                showError(count.error().message);
            } else {
                m_model->setTotalCount(*count);
                updateCount(*count);
            }
            emit countLoaded();
        });
}

void ContractsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && ContractTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Only indexed orders sort (number, signing date, amount): put the indicator back.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ContractsPage::updateCount(qint64 total)
{
    m_count->setText(tr("%Ln contract(s)", nullptr, int(total)));
}

const core::ContractRow* ContractsPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->rowAt(current.row());
}

qint64 ContractsPage::currentContractId() const
{
    const core::ContractRow* row = currentRow();
    return row ? row->contract.id : 0;
}

void ContractsPage::selectContract(qint64 id)
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

void ContractsPage::updateButtons()
{
    const core::ContractRow* row = currentRow();
    m_edit->setEnabled(row && row->contract.status != core::ContractStatus::Cancelled);
    m_details->setEnabled(row != nullptr);
    m_pay->setEnabled(row && row->contract.status == core::ContractStatus::Active);
}

void ContractsPage::newContract()
{
    if (m_new->isHidden())
        return;
    ContractDialog dialog(app().core(), 0, this,
                          m_filters->filter().customerId > 0 ? m_filters->filter().customerId : 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectContract(dialog.contractId());
    if (!dialog.warning().isEmpty())
        showError(dialog.warning());
    else
        showSuccess(tr("Contract %1 was created.").arg(dialog.contractFromFields().contractNo));
}

void ContractsPage::editContract()
{
    const qint64 id = currentContractId();
    if (m_edit->isHidden() || !m_edit->isEnabled() || id == 0)
        return;
    ContractDialog dialog(app().core(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectContract(id);
    if (!dialog.warning().isEmpty())
        showError(dialog.warning());
    else
        showSuccess(tr("Contract %1 was saved.").arg(dialog.contractFromFields().contractNo));
}

void ContractsPage::openDetails()
{
    const qint64 id = currentContractId();
    if (id == 0)
        return;
    ContractDetailDialog dialog(app(), id, this);
    dialog.exec();
}

void ContractsPage::recordPayment()
{
    const core::ContractRow* row = currentRow();
    if (m_pay->isHidden() || !row || !m_pay->isEnabled())
        return;
    RecordPaymentDialog dialog(app().core(), this, row->contract.customerId, row->contract.id);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ContractsPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void ContractsPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

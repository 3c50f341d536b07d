#include "payments/PaymentsPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "customers/DetailTableView.h"
#include "models/AllocationTableModel.h"
#include "models/PaymentTableModel.h"
#include "payments/AllocateCreditDialog.h"
#include "payments/PaymentFilterBar.h"
#include "payments/RecordPaymentDialog.h"
#include "payments/ReversePaymentDialog.h"
#include "pool/BackgroundRead.h"
#include "receivables/ColumnFit.h"
#include "receivables/PaymentService.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tl::ui {

using Column = PaymentTableModel::Column;
using core::Permission;

namespace {
constexpr int MaxPagesToFind = 20;
}

PaymentsPage::PaymentsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PaymentTableModel(app.core(), this)),
      m_allocations(new AllocationTableModel(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_model->setCountOnReset(false);
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &PaymentsPage::countInBackground);
    buildUi();
    connect(m_model, &PaymentTableModel::totalCountChanged, this, &PaymentsPage::updateCount);
    connect(m_model, &PaymentTableModel::loadFailed, this, &PaymentsPage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentPaymentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countTimer->start(); // rows re-read: the filter or the data changed
        const int row = m_keepCurrent != 0 ? m_model->rowOfId(m_keepCurrent) : -1;
        if (row >= 0)
            m_view->selectRow(row);
        showAllocations();
        updateButtons();
    });
}

QString PaymentsPage::title() const
{
    return tr("Payments");
}

QIcon PaymentsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payments.svg"));
}

void PaymentsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filters = new PaymentFilterBar(app().core(), this);
    filters->addWidget(m_filters, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record payment…"), this);
    m_record->setObjectName(QStringLiteral("recordPayment"));
    m_allocate = new QPushButton(tr("&Allocate credit…"), this);
    m_allocate->setObjectName(QStringLiteral("allocateCredit"));
    m_allocate->setToolTip(tr("Apply what is left of the selected payment to open instalments"));
    m_reverse = new QPushButton(tr("Re&verse…"), this);
    m_reverse->setObjectName(QStringLiteral("reverse"));
    m_reverse->setToolTip(tr("Payments are never edited: a wrong one is reversed"));
    for (QPushButton* b : {m_record, m_allocate, m_reverse})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("paymentsSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("paymentsView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 110);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::ReceivedOn), Qt::DescendingOrder);
    header->resizeSection(int(Column::PaymentNo), 150);
    header->resizeSection(int(Column::Customer), 220);
    header->resizeSection(int(Column::ReceivedOn), 95);
    header->resizeSection(int(Column::Method), 90);
    header->resizeSection(int(Column::Reference), 160);
    header->resizeSection(int(Column::ContractNo), 120);
    QStringList methods;
    for (const QString& key : core::paymentMethodKeys())
        methods << core::paymentMethodName(key);
    ColumnFit::fitToTexts(m_view, int(Column::Method), methods);
    ColumnFit::fitToTitles(header);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PaymentsPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("payments"));
    m_splitter->addWidget(m_view);

    auto* lower = new QWidget(m_splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    auto* lowerTitle = new QLabel(tr("Where the selected payment went:"), lower);
    lowerLayout->addWidget(lowerTitle);
    m_allocationView =
        makeDetailTableView(m_allocations, QStringLiteral("payment-allocations"), lower, {95, 150, 150, 110});
    lowerLayout->addWidget(m_allocationView, 1);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("payments"));
    layout->addWidget(m_splitter, 1);

    const core::Session& s = app().session();
    const bool record = s.can(Permission::RecordPayments);
    m_record->setVisible(record);
    m_allocate->setVisible(record);
    m_reverse->setVisible(record);

    connect(m_filters, &PaymentFilterBar::changed, this, &PaymentsPage::applyFilter);
    connect(m_record, &QPushButton::clicked, this, &PaymentsPage::recordPayment);
    connect(m_allocate, &QPushButton::clicked, this, &PaymentsPage::allocateCredit);
    connect(m_reverse, &QPushButton::clicked, this, &PaymentsPage::reverse);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showAllocations();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showAllocations();
        updateButtons();
    });
    updateButtons();
}

void PaymentsPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
}

void PaymentsPage::applyFilter()
{
    if (!m_loaded)
        return;
    m_model->setFilter(m_filters->filter());
    if (!m_filters->problem().isEmpty())
        showError(m_filters->problem());
}

void PaymentsPage::countInBackground()
{
    const quint64 generation = ++m_countGeneration;
    m_count->setText(tr("Counting…"));
    const core::PaymentQuery::Filter filter = m_model->filter();
    readInBackground<qint64>(
        this, app(), [filter](const core::Context& ctx) { return core::PaymentQuery(ctx, filter).count(); },
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

void PaymentsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && PaymentTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void PaymentsPage::updateCount(qint64 total)
{
    m_count->setText(tr("%Ln payment(s)", nullptr, int(total)));
}

const core::PaymentRow* PaymentsPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->rowAt(current.row());
}

qint64 PaymentsPage::currentPaymentId() const
{
    const core::PaymentRow* row = currentRow();
    return row ? row->id : 0;
}

void PaymentsPage::selectPayment(qint64 id)
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

void PaymentsPage::showAllocations()
{
    const qint64 id = currentPaymentId();
    if (id == 0) {
        m_allocations->setAllocations({});
        return;
    }
    auto allocations = core::PaymentService(app().core()).allocations(id);
    if (!allocations) {
        m_allocations->setAllocations({});
        showError(allocations.error().message);
        return;
    }
    m_allocations->setAllocations(*allocations);
}

void PaymentsPage::updateButtons()
{
    const core::PaymentRow* row = currentRow();
    m_allocate->setEnabled(row && !row->reversedOn.isValid() && row->unallocated > 0);
    m_reverse->setEnabled(row && !row->reversedOn.isValid());
}

void PaymentsPage::recordPayment()
{
    if (m_record->isHidden())
        return;
    RecordPaymentDialog dialog(app().core(), this,
                               m_filters->filter().customerId > 0 ? m_filters->filter().customerId : 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectPayment(dialog.paymentId());
    showSuccess(dialog.summary());
}

void PaymentsPage::allocateCredit()
{
    const qint64 id = currentPaymentId();
    if (m_allocate->isHidden() || !m_allocate->isEnabled() || id == 0)
        return;
    AllocateCreditDialog dialog(app().core(), id, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void PaymentsPage::reverse()
{
    const qint64 id = currentPaymentId();
    if (m_reverse->isHidden() || !m_reverse->isEnabled() || id == 0)
        return;
    ReversePaymentDialog dialog(app().core(), id, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void PaymentsPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void PaymentsPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

#include "receivables/ReceivablesPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "common/Clock.h"
#include "letters/DunningLetterDocument.h"
#include "letters/Letter.h"
#include "models/ReceivableTableModel.h"
#include "payments/AllocateCreditDialog.h"
#include "payments/RecordPaymentDialog.h"
#include "pool/BackgroundRead.h"
#include "printing/LetterHtml.h"
#include "printing/ReportHtml.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "receivables/ChangeCollectorDialog.h"
#include "receivables/ColumnFit.h"
#include "receivables/DemandDialog.h"
#include "receivables/InterestDialog.h"
#include "receivables/OpenDisputeDialog.h"
#include "receivables/PendingWriteOffsDialog.h"
#include "receivables/PromiseDialog.h"
#include "receivables/ReceivableFilterBar.h"
#include "receivables/ReceivableTotalsBar.h"
#include "receivables/ReceivablesListReport.h"
#include "receivables/ResolveDisputeDialog.h"
#include "receivables/WriteOffRequestDialog.h"
#include "receivables/WriteOffService.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = ReceivableTableModel::Column;
using core::Permission;
using core::ReceivableRow;

namespace {
constexpr int MaxPagesToFind = 20;
constexpr int TotalsDelayMs = 250; // after change notifications: one recount for a burst of them
} // namespace

ReceivablesPage::ReceivablesPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new ReceivableTableModel(app.core(), this))
{
    setObjectName(QStringLiteral("receivablesPage"));
    buildUi();
    m_totalsTimer = new QTimer(this);
    m_totalsTimer->setSingleShot(true);
    m_totalsTimer->setInterval(TotalsDelayMs);
    connect(m_totalsTimer, &QTimer::timeout, this, &ReceivablesPage::refreshTotals);
    connect(m_model, &ReceivableTableModel::loadFailed, this, &ReceivablesPage::showError);
    connect(m_model, &ReceivableTableModel::rowsRefreshed, m_totalsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const ReceivableRow* row = currentRow();
        m_keepCurrent = row ? row->installmentId : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keepCurrent != 0 ? m_model->rowOfId(m_keepCurrent) : -1;
        if (row >= 0)
            m_view->selectRow(row);
        updateActions();
    });
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, &ReceivablesPage::onChanged);
}

QString ReceivablesPage::title() const
{
    return tr("Receivables");
}

QIcon ReceivablesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/receivables.svg"));
}

QAction* ReceivablesPage::makeAction(const QString& name, const QString& text,
                                     void (ReceivablesPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

QAction* ReceivablesPage::action(const QString& objectName) const
{
    for (QAction* a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void ReceivablesPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters = new ReceivableFilterBar(app().core(), this);
    layout->addWidget(m_filters);
    m_totals = new ReceivableTotalsBar(this);
    layout->addWidget(m_totals);

    QAction* pay =
        makeAction(QStringLiteral("recordPayment"), tr("Record &payment…"), &ReceivablesPage::recordPayment);
    QAction* credit = makeAction(QStringLiteral("allocateCredit"), tr("Allocate &credit…"),
                                 &ReceivablesPage::allocateCredit);
    QAction* openDispute =
        makeAction(QStringLiteral("openDispute"), tr("&Open dispute…"), &ReceivablesPage::openDispute);
    QAction* resolveDispute = makeAction(QStringLiteral("resolveDispute"), tr("&Resolve dispute…"),
                                         &ReceivablesPage::resolveDispute);
    QAction* writeOff = makeAction(QStringLiteral("requestWriteOff"), tr("Request &write-off…"),
                                   &ReceivablesPage::requestWriteOff);
    QAction* pending = makeAction(QStringLiteral("pendingWriteOffs"), tr("Pending write-&offs…"),
                                  &ReceivablesPage::pendingWriteOffs);
    QAction* promise =
        makeAction(QStringLiteral("recordPromise"), tr("Pro&mise…"), &ReceivablesPage::recordPromise);
    QAction* demand =
        makeAction(QStringLiteral("recordDemand"), tr("&Demand…"), &ReceivablesPage::recordDemand);
    QAction* collector = makeAction(QStringLiteral("changeCollector"), tr("Change co&llector…"),
                                    &ReceivablesPage::changeCollector);
    QAction* interest = makeAction(QStringLiteral("showInterest"), tr("&Interest and limitation…"),
                                   &ReceivablesPage::showInterest);
    interest->setToolTip(tr("Late interest and the limitation deadline of the instalment (Enter)"));
    auto* customerList = new QAction(tr("The customer's receivables list…"), this);
    customerList->setObjectName(QStringLiteral("printCustomerList"));
    connect(customerList, &QAction::triggered, this, [this] { print(PrintKind::CustomerList); });
    auto* collectorList = new QAction(tr("The collector's receivables list…"), this);
    collectorList->setObjectName(QStringLiteral("printCollectorList"));
    connect(collectorList, &QAction::triggered, this, [this] { print(PrintKind::CollectorList); });
    auto* dunning = new QAction(tr("Dunning letter to the customer…"), this);
    dunning->setObjectName(QStringLiteral("printDunningLetter"));
    connect(dunning, &QAction::triggered, this, [this] { print(PrintKind::DunningLetter); });
    m_actions << customerList << collectorList << dunning;

    auto* tools = new QHBoxLayout;
    auto button = [this, tools](QAction* action) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addWidget(b);
        return b;
    };
    auto menuButton = [this, tools](const QString& name, const QString& text,
                                    const QList<QAction*>& actions) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(b);
        menu->addActions(actions);
        b->setMenu(menu);
        tools->addWidget(b);
        return b;
    };
    button(pay);
    button(credit);
    menuButton(QStringLiteral("disputeMenu"), tr("Dispute"), {openDispute, resolveDispute});
    m_writeOffButton = menuButton(QStringLiteral("writeOffMenu"), tr("Write-off"), {writeOff, pending});
    button(promise);
    button(demand);
    button(collector);
    button(interest);
    menuButton(QStringLiteral("printMenu"), tr("Print"), {customerList, collectorList, dunning});
    tools->addStretch(1);
    layout->addLayout(tools);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("receivablesView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 100);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::DueOn), Qt::AscendingOrder);
    header->resizeSection(int(Column::Customer), 150);
    header->resizeSection(int(Column::Contract), 145);
    header->resizeSection(int(Column::Collector), 65);
    header->resizeSection(int(Column::DueOn), 80);
    header->resizeSection(int(Column::Amount), 100);
    header->resizeSection(int(Column::Paid), 100);
    header->resizeSection(int(Column::Balance), 100);
    header->resizeSection(int(Column::Disputed), 75);
    header->resizeSection(int(Column::DaysPastDue), 60);
    header->resizeSection(int(Column::Bucket), 80);
    header->resizeSection(int(Column::Probability), 60);
    header->resizeSection(int(Column::LastPaidOn), 80);
    ColumnFit::fitToTexts(m_view, int(Column::Bucket), m_model->buckets().labels());
    QStringList letterStates;
    for (core::LetterStatus status : core::allLetterStatuses())
        letterStates << core::letterStatusName(status);
    ColumnFit::fitToTexts(m_view, int(Column::Letter), letterStates);
    ColumnFit::fitToTitles(header);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ReceivablesPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("receivables"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto separator = [this] {
        auto* s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_view->addActions({pay, credit, separator(), openDispute, resolveDispute, writeOff, separator(), promise,
                        demand, collector, interest, separator(), customerList, collectorList, dunning});
    layout->addWidget(m_view, 1);

    const core::Session& s = app().session();
    pay->setVisible(s.can(Permission::RecordPayments));
    credit->setVisible(s.can(Permission::RecordPayments));
    for (QAction* a : {openDispute, resolveDispute, promise, demand, collector})
        a->setVisible(s.can(Permission::ManageCollections));
    writeOff->setVisible(s.can(Permission::RequestWriteOffs));
    pending->setVisible(s.can(Permission::ApproveWriteOffs));
    m_writeOffButton->setVisible(writeOff->isVisible() || pending->isVisible());
    findChild<QToolButton*>(QStringLiteral("disputeMenu"))->setVisible(s.can(Permission::ManageCollections));
    for (QToolButton* b : findChildren<QToolButton*>())
        if (b->defaultAction() && !b->defaultAction()->isVisible())
            b->hide();

    connect(m_filters, &ReceivableFilterBar::changed, this, &ReceivablesPage::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, &ReceivablesPage::showInterest);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &ReceivablesPage::showInterest);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceivablesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceivablesPage::updateActions);
    updateActions();
}

void ReceivablesPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
    updatePendingCount();
}

void ReceivablesPage::applyFilter()
{
    if (!m_loaded)
        return;
    m_model->setFilter(m_filters->filter()); // the first page, at once
    if (!m_filters->problem().isEmpty())
        showError(m_filters->problem());
    refreshTotals();
}

void ReceivablesPage::refreshTotals()
{
    if (!m_loaded)
        return;
    m_totalsTimer->stop();
    const quint64 generation = ++m_totalsGeneration;
    m_totals->setCounting();
    const core::ReceivableQuery::Filter filter = m_model->filter();
    readInBackground<core::ReceivableQuery::Totals>(
        this, app(),
        [filter](const core::Context& ctx) { return core::ReceivableQuery(ctx, filter).totals(); },
        [this, generation](const core::Result<core::ReceivableQuery::Totals>& totals) {
            if (generation != m_totalsGeneration)
                return; // a newer count is on its way
            m_totalsShown = generation;
            if (!totals) {
                m_totals->setFailed(totals.error().message);
                showError(totals.error().message);
            } else {
                m_totals->setTotals(*totals);
                m_model->setTotalCount(totals->count);
            }
            emit totalsLoaded();
        });
}

void ReceivablesPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && ReceivableTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Only indexed orders sort (due date, balance, customer, contract): put the indicator back.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

const ReceivableRow* ReceivablesPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->rowAt(current.row());
}

QList<ReceivableRow> ReceivablesPage::selectedRows() const
{
    QList<ReceivableRow> rows;
    QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : indexes)
        if (const ReceivableRow* row = m_model->rowAt(index.row()))
            rows.append(*row);
    return rows;
}

void ReceivablesPage::selectInstallment(qint64 id)
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

void ReceivablesPage::updateActions()
{
    const ReceivableRow* row = currentRow();
    const bool one = row != nullptr;
    const bool open = one && row->balance > 0;
    action(QStringLiteral("recordPayment"))->setEnabled(true); // without a row: any customer
    action(QStringLiteral("allocateCredit"))->setEnabled(one);
    action(QStringLiteral("openDispute"))->setEnabled(open && row->balance > row->disputed);
    action(QStringLiteral("resolveDispute"))->setEnabled(one && row->disputed > 0);
    action(QStringLiteral("requestWriteOff"))->setEnabled(open);
    action(QStringLiteral("recordPromise"))->setEnabled(open);
    action(QStringLiteral("recordDemand"))->setEnabled(one);
    action(QStringLiteral("changeCollector"))->setEnabled(!selectedRows().isEmpty());
    action(QStringLiteral("showInterest"))->setEnabled(one);
    action(QStringLiteral("printCustomerList"))->setEnabled(one || m_filters->filter().customerId > 0);
    action(QStringLiteral("printCollectorList"))
        ->setEnabled(one || m_filters->filter().collectorId > 0 || app().session().employeeId != 0);
    action(QStringLiteral("printDunningLetter"))->setEnabled(one);
}

void ReceivablesPage::updatePendingCount()
{
    QAction* pending = action(QStringLiteral("pendingWriteOffs"));
    if (!pending->isVisible())
        return;
    auto list = core::WriteOffService(app().core()).pending();
    const int count = list ? int(list->size()) : 0;
    pending->setText(count > 0 ? tr("Pending write-&offs (%1)…").arg(count) : tr("Pending write-&offs…"));
    m_writeOffButton->setText(count > 0 ? tr("Write-off (%1)").arg(count) : tr("Write-off"));
}

void ReceivablesPage::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (m_loaded && entity == QLatin1String("write_offs"))
        updatePendingCount();
}

void ReceivablesPage::recordPayment()
{
    QAction* a = action(QStringLiteral("recordPayment"));
    if (!a->isVisible())
        return;
    const ReceivableRow* row = currentRow();
    const qint64 customerId = row ? row->customerId : m_filters->filter().customerId;
    RecordPaymentDialog dialog(app().core(), this, customerId, row ? row->contractId : 0);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::allocateCredit()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("allocateCredit"))->isVisible() || !row)
        return;
    AllocateCreditDialog dialog(app().core(), 0, row->customerId, this);
    if (!dialog.hasCredit()) {
        showMessage(tr("%1 has no payment with credit left.").arg(row->customerName));
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::openDispute()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("openDispute"))->isVisible() || !row)
        return;
    OpenDisputeDialog dialog(app().core(), *row, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::resolveDispute()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("resolveDispute"))->isVisible() || !row)
        return;
    ResolveDisputeDialog dialog(app().core(), *row, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::requestWriteOff()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("requestWriteOff"))->isVisible() || !row)
        return;
    WriteOffRequestDialog dialog(app().core(), *row, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::pendingWriteOffs()
{
    if (!action(QStringLiteral("pendingWriteOffs"))->isVisible())
        return;
    PendingWriteOffsDialog dialog(app(), this);
    dialog.exec();
}

void ReceivablesPage::recordPromise()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("recordPromise"))->isVisible() || !row)
        return;
    PromiseDialog dialog(app().core(), *row, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::recordDemand()
{
    const ReceivableRow* row = currentRow();
    if (!action(QStringLiteral("recordDemand"))->isVisible() || !row)
        return;
    DemandDialog dialog(app().core(), *row, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::changeCollector()
{
    const QList<ReceivableRow> rows = selectedRows();
    if (!action(QStringLiteral("changeCollector"))->isVisible() || rows.isEmpty())
        return;
    ChangeCollectorDialog dialog(app().core(), rows, this);
    if (dialog.exec() == QDialog::Accepted)
        showSuccess(dialog.summary());
}

void ReceivablesPage::showInterest()
{
    const ReceivableRow* row = currentRow();
    if (!row)
        return;
    InterestDialog dialog(app().core(), *row, this);
    dialog.exec();
}

core::Result<PrintDocument> ReceivablesPage::document(PrintKind kind) const
{
    const core::Context ctx = app().core();
    const QDate today = ctx.clock.today();
    const ReceivableRow* row = currentRow();
    switch (kind) {
    case PrintKind::CustomerList: {
        const qint64 customerId = row ? row->customerId : m_filters->filter().customerId;
        if (customerId <= 0)
            return core::Error::invalid(tr("Choose an instalment of the customer first."));
        auto data = core::ReceivablesListReport(ctx).forCustomer(customerId, today);
        if (!data)
            return data.error();
        return ReportHtml::receivablesListDocument(*data);
    }
    case PrintKind::CollectorList: {
        qint64 collectorId = row ? row->collectorId : m_filters->filter().collectorId;
        if (collectorId <= 0)
            collectorId = ctx.session.employeeId;
        if (collectorId <= 0)
            return core::Error::invalid(tr("Choose an instalment of the collector first."));
        auto data = core::ReceivablesListReport(ctx).forCollector(collectorId, today);
        if (!data)
            return data.error();
        return ReportHtml::receivablesListDocument(*data);
    }
    case PrintKind::DunningLetter: {
        if (!row)
            return core::Error::invalid(tr("Choose an instalment of the customer first."));
        auto letter = core::DunningLetterDocument::build(ctx, row->customerId, today);
        if (!letter)
            return letter.error();
        if (letter->items.isEmpty())
            return core::Error::invalid(
                tr("%1 has nothing overdue: there is no dunning letter to print.").arg(row->customerName));
        return dunningLetterPrintDocument(*letter);
    }
    }
    return core::Error::internal(QStringLiteral("unknown document"));
}

void ReceivablesPage::print(PrintKind kind)
{
    auto doc = document(kind);
    if (!doc) {
        showError(doc.error().message);
        return;
    }
    PrintPreviewDialog dialog(PrintDocuments{*doc}, this);
    dialog.exec();
    if (kind == PrintKind::DunningLetter && app().session().can(Permission::ManageCollections))
        showMessage(tr("Once the letter is sent, record it with Demand… (kind: dunning letter): a documented "
                       "demand restarts the limitation period."));
}

void ReceivablesPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void ReceivablesPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

void ReceivablesPage::showMessage(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showMessage(message, MessageBar::Kind::Information, 10000);
}

} // namespace tl::ui

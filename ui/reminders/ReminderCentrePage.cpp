#include "reminders/ReminderCentrePage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerService.h"
#include "letters/LettersPage.h"
#include "models/ReminderTableModel.h"
#include "pool/BackgroundRead.h"
#include "receivables/ReceivableFilterBar.h"
#include "receivables/ReceivablesPage.h"
#include "reminders/ReminderBadge.h"
#include "reminders/ReminderCentre.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = ReminderTableModel::Column;

namespace {
constexpr int KindRole = Qt::UserRole + 1;
}

ReminderCentrePage::ReminderCentrePage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new ReminderTableModel(this))
{
    setObjectName(QStringLiteral("reminderCentrePage"));
    buildUi();
    m_interval = new QTimer(this);
    m_interval->setInterval(RefreshIntervalMs);
    connect(m_interval, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(ReminderBadge::ChangeDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ReminderCentrePage::reload);
    // Dismissals made here are already removed from the table; other changes collect again.
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_loaded && entity != QLatin1String("reminder_marks") &&
            ReminderBadge::watchedEntities().contains(entity))
            m_delay->start();
    });
    connect(m_model, &ReminderTableModel::countsChanged, this, &ReminderCentrePage::rebuildKinds);
}

QString ReminderCentrePage::title() const
{
    return tr("Reminder centre");
}

QIcon ReminderCentrePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/reminders.svg"));
}

void ReminderCentrePage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(tr("Open what the reminder is about (Enter)"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    m_dismiss->setToolTip(tr("Hide the selected reminders for you (Delete)"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Collect the reminders again (F5)"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_open);
    top->addWidget(m_dismiss);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reminderSplitter"));
    m_kinds = new QListWidget(m_splitter);
    m_kinds->setObjectName(QStringLiteral("reminderKinds"));
    m_kinds->setMinimumWidth(200);
    m_kinds->setStyleSheet(QStringLiteral("QListWidget#reminderKinds::item { padding: 4px 2px; }"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("remindersView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 110);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(int(Column::Kind), 150);
    header->resizeSection(int(Column::Date), 95);
    header->resizeSection(int(Column::Subject), 340);
    header->resizeSection(int(Column::Amount), 120);
    UiSettings::rememberHeader(header, QStringLiteral("reminders"));
    m_splitter->addWidget(m_kinds);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 900});
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("reminders"));
    layout->addWidget(m_splitter, 1);

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_kinds->item(row))
            m_model->setKindFilter(item->data(KindRole).toString());
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &ReminderCentrePage::openCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderCentrePage::dismissSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ReminderCentrePage::reload);
    connect(m_view, &QTableView::doubleClicked, this, &ReminderCentrePage::openCurrent);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &ReminderCentrePage::openCurrent);
    connect(new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &ReminderCentrePage::dismissSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReminderCentrePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReminderCentrePage::updateButtons);
    rebuildKinds();
    updateButtons();
}

void ReminderCentrePage::activate()
{
    m_interval->start();
    if (m_loaded) {
        reload(); // coming back: what changed while another page was shown
        return;
    }
    m_loaded = true;
    reload();
}

void ReminderCentrePage::reload()
{
    if (!m_loaded)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    if (m_model->overview().today.isNull())
        m_summary->setText(tr("Collecting the reminders…"));
    readInBackground<core::ReminderCentre::Overview>(
        this, app(), [](const core::Context& ctx) { return core::ReminderCentre(ctx).collect(LimitPerKind); },
        [this, generation](const core::Result<core::ReminderCentre::Overview>& overview) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!overview) {
                if (MessageBar* bar = app().messageBar())
                    bar->showError(overview.error().message);
                emit loaded();
                return;
            }
            const QStringList keep = selectedKeys();
            m_model->setOverview(*overview);
            for (const QString& key : keep) {
                const int row = m_model->rowOfKey(key);
                if (row >= 0)
                    m_view->selectionModel()->select(m_model->index(row, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            emit loaded();
        });
}

void ReminderCentrePage::rebuildKinds()
{
    const QString current = m_model->kindFilter();
    const QSignalBlocker block(m_kinds);
    m_kinds->clear();
    auto* all = new QListWidgetItem(tr("All reminders (%1)").arg(m_model->total()), m_kinds);
    all->setData(KindRole, QString());
    int currentRow = 0;
    for (const core::ReminderCentre::KindCount& c : m_model->counts()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(c.name).arg(c.count), m_kinds);
        item->setData(KindRole, c.kind);
        if (c.count == 0)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (c.kind == current)
            currentRow = m_kinds->count() - 1;
    }
    m_kinds->setCurrentRow(currentRow);
    // Wide enough for the longest group name with its count.
    m_kinds->setMinimumWidth(std::max(200, m_kinds->sizeHintForColumn(0) + 2 * m_kinds->frameWidth() + 8));
    const core::ReminderCentre::Overview& o = m_model->overview();
    if (!o.today.isNull())
        m_summary->setText(
            o.total == 0
                ? tr("No reminders for %1.").arg(o.today.toString(Qt::ISODate))
                : tr("%n reminder(s) for %1.", nullptr, int(o.total)).arg(o.today.toString(Qt::ISODate)));
}

void ReminderCentrePage::showKind(const QString& kind)
{
    for (int row = 0; row < m_kinds->count(); ++row)
        if (m_kinds->item(row)->data(KindRole).toString() == kind) {
            m_kinds->setCurrentRow(row);
            return;
        }
}

void ReminderCentrePage::selectReminder(const QString& key)
{
    const int row = m_model->rowOfKey(key);
    if (row >= 0)
        m_view->selectRow(row);
}

QList<QString> ReminderCentrePage::selectedKeys() const
{
    QList<QString> keys;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        keys << index.data(ReminderTableModel::KeyRole).toString();
    return keys;
}

void ReminderCentrePage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_open->setEnabled(any);
    m_dismiss->setEnabled(any);
}

bool ReminderCentrePage::dismiss(const QList<QString>& keys)
{
    core::ReminderCentre centre(app().core());
    QStringList failures;
    int done = 0;
    for (const QString& key : keys) {
        const core::Status status = centre.dismiss(key);
        if (!status) {
            failures << status.error().message;
            continue;
        }
        m_model->removeReminder(key);
        ++done;
    }
    if (MessageBar* bar = app().messageBar()) {
        if (!failures.isEmpty())
            bar->showError(failures.join(QLatin1Char('\n')));
        else if (done > 0)
            bar->showSuccess(tr("%n reminder(s) dismissed.", nullptr, done));
    }
    return failures.isEmpty();
}

void ReminderCentrePage::dismissSelected()
{
    const QList<QString> keys = selectedKeys();
    if (!keys.isEmpty())
        dismiss(keys);
}

bool ReminderCentrePage::open(const core::Reminder& reminder)
{
    if (reminder.entityType == QLatin1String("letter")) {
        if (auto* letters = qobject_cast<LettersPage*>(app().showPage(QStringLiteral("letters")))) {
            letters->showLetter(reminder.entityId);
            return true;
        }
    } else if (reminder.entityType == QLatin1String("labour_contract")) {
        if (app().showPage(QStringLiteral("labour-contracts")))
            return true;
    }
    if (reminder.customerId == 0)
        return false;
    // A receivable, a contract's limitation or a promise: the customer's receivables, the instalment
    // selected.
    if (reminder.entityType == QLatin1String("installment") ||
        reminder.entityType == QLatin1String("contract") || reminder.entityType == QLatin1String("promise")) {
        if (auto* receivables =
                qobject_cast<ReceivablesPage*>(app().showPage(QStringLiteral("receivables")))) {
            if (auto customer = core::CustomerService(app().core()).get(reminder.customerId)) {
                receivables->filterBar()->setSearch(customer->name);
                if (reminder.entityType == QLatin1String("installment"))
                    receivables->selectInstallment(reminder.entityId);
                return true;
            }
        }
    }
    auto* dialog = new CustomerDetailDialog(app(), reminder.customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

void ReminderCentrePage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const core::Reminder* reminder = m_model->reminderAt(current.isValid() ? current.row() : -1);
    if (!reminder)
        return;
    if (!open(*reminder) && app().messageBar())
        app().messageBar()->showMessage(tr("There is no page to open for this reminder."),
                                        MessageBar::Kind::Information, 6000);
}

} // namespace tl::ui

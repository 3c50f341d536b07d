#include "letters/LettersPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "common/Clock.h"
#include "letters/EvidenceCoveragePanel.h"
#include "letters/LetterDocument.h"
#include "letters/LetterGenerateDialog.h"
#include "letters/LetterQuery.h"
#include "letters/LetterReplyDialog.h"
#include "letters/LetterSendDialog.h"
#include "letters/LetterStatusBoard.h"
#include "letters/ScanFile.h"
#include "models/LetterTableModel.h"
#include "money/MoneyFormat.h"
#include "pool/BackgroundRead.h"
#include "pool/TeamMembers.h"
#include "printing/LetterHtml.h"
#include "printing/PdfExporter.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "widgets/JobRunner.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = LetterTableModel::Column;
using core::LetterStatus;
using core::Permission;

namespace {

constexpr int MaxPagesToFind = 20; // pages fetched at most to bring a letter into view

QString money(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen));
}

} // namespace

LettersPage::LettersPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new LetterTableModel(app.core(), this))
{
    setObjectName(QStringLiteral("lettersPage"));
    buildUi();
    connect(m_model, &LetterTableModel::totalCountChanged, this, &LettersPage::updateCount);
    connect(m_model, &LetterTableModel::loadFailed, this, &LettersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount(m_model->totalCount());
        updateButtons();
    });
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_loaded && (entity == QLatin1String("letters") || entity == QLatin1String("customers") ||
                         entity == QLatin1String("employees")))
            refreshBoard();
    });
}

LettersPage::~LettersPage() = default;

QString LettersPage::title() const
{
    return tr("Reconciliation letters");
}

QIcon LettersPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/letters.svg"));
}

void LettersPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("lettersTabs"));
    m_tabs->addTab(buildLettersTab(), tr("&Letters"));
    m_coverage = new EvidenceCoveragePanel(app(), m_tabs);
    m_tabs->addTab(m_coverage, tr("&Evidence coverage"));
    layout->addWidget(m_tabs);
    connect(m_coverage, &EvidenceCoveragePanel::failed, this, &LettersPage::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_coverage && !m_coverageLoaded) {
            m_coverageLoaded = true;
            m_coverage->reload();
        }
    });
}

QWidget* LettersPage::buildLettersTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);

    m_board = new LetterStatusBoard(tab);
    layout->addWidget(m_board);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Letter no., customer code or name"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), tab);
    searchLabel->setBuddy(m_search);
    m_salesperson = new QComboBox(tab);
    m_salesperson->setObjectName(QStringLiteral("salespersonFilter"));
    m_salesperson->addItem(tr("Every salesperson"), qint64(0));
    m_salesperson->setMinimumContentsLength(14);
    m_salesperson->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* salespersonLabel = new QLabel(tr("Sales&person:"), tab);
    salespersonLabel->setBuddy(m_salesperson);
    m_overdueOnly = new QCheckBox(tr("Reply &overdue only"), tab);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("count"));
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(salespersonLabel);
    filters->addWidget(m_salesperson);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    const core::Session& s = app().session();
    if (!s.system && s.role == core::Role::Sales) {
        salespersonLabel->hide();
        m_salesperson->hide(); // their own letters only
    }

    auto* buttons = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate…"), tab);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setToolTip(
        tr("Create draft letters for one customer, one salesperson's customers or everyone "
           "with a balance"));
    m_preview = new QPushButton(tr("P&review…"), tab);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setToolTip(tr("Preview and print the selected letters (Enter)"));
    m_pdf = new QPushButton(tr("P&DF…"), tab);
    m_pdf->setObjectName(QStringLiteral("pdf"));
    m_pdf->setToolTip(tr("Save the selected letters as one PDF, each letter starting on a new page"));
    m_sent = new QPushButton(tr("Mark s&ent…"), tab);
    m_sent->setObjectName(QStringLiteral("markSent"));
    m_confirmed = new QPushButton(tr("&Confirmed…"), tab);
    m_confirmed->setObjectName(QStringLiteral("confirmed"));
    m_confirmed->setToolTip(tr("The customer confirmed the balance"));
    m_difference = new QPushButton(tr("&Difference…"), tab);
    m_difference->setObjectName(QStringLiteral("difference"));
    m_difference->setToolTip(tr("The customer states another balance; a lower one opens a dispute"));
    m_noReply = new QPushButton(tr("&No reply"), tab);
    m_noReply->setObjectName(QStringLiteral("noReply"));
    m_noReply->setToolTip(tr("The reply deadline passed without an answer"));
    m_cancel = new QPushButton(tr("Cancel &letter…"), tab);
    m_cancel->setObjectName(QStringLiteral("cancelLetter"));
    m_scan = new QToolButton(tab);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setText(tr("Sc&an"));
    m_scan->setPopupMode(QToolButton::InstantPopup);
    m_scan->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* scanMenu = new QMenu(m_scan);
    m_attachScan = scanMenu->addAction(tr("&Attach the returned scan…"));
    m_openScan = scanMenu->addAction(tr("&Open the scan"));
    m_scan->setMenu(scanMenu);
    for (QWidget* w : std::initializer_list<QWidget*>{m_generate, m_preview, m_pdf, m_sent, m_confirmed,
                                                      m_difference, m_noReply, m_cancel, m_scan})
        buttons->addWidget(w);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(tab);
    m_view->setObjectName(QStringLiteral("lettersView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 100);
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::LetterNo), Qt::DescendingOrder);
    header->resizeSection(int(Column::LetterNo), 130);
    header->resizeSection(int(Column::Customer), 220);
    header->resizeSection(int(Column::Salesperson), 90);
    header->resizeSection(int(Column::AsOf), 95);
    header->resizeSection(int(Column::Balance), 120);
    header->resizeSection(int(Column::Status), 175);
    header->resizeSection(int(Column::SentOn), 95);
    header->resizeSection(int(Column::Method), 80);
    header->resizeSection(int(Column::TrackingNo), 120);
    header->resizeSection(int(Column::ReplyBy), 95);
    header->resizeSection(int(Column::Reply), 220);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LettersPage::onSortIndicatorChanged);
    UiSettings::rememberHeader(header, QStringLiteral("letters"));
    layout->addWidget(m_view, 1);

    const bool manage = s.can(Permission::ManageLetters);
    for (QWidget* w : std::initializer_list<QWidget*>{m_generate, m_sent, m_confirmed, m_noReply, m_cancel})
        w->setVisible(manage);
    m_difference->setVisible(manage && s.can(Permission::ManageCollections));
    m_attachScan->setVisible(manage);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &LettersPage::applyFilter);
    connect(m_salesperson, &QComboBox::currentIndexChanged, this, &LettersPage::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &LettersPage::applyFilter);
    connect(m_board, &LetterStatusBoard::columnChosen, this, &LettersPage::setStatusFilter);
    connect(m_generate, &QPushButton::clicked, this, &LettersPage::generateLetters);
    connect(m_preview, &QPushButton::clicked, this, &LettersPage::previewSelected);
    connect(m_pdf, &QPushButton::clicked, this, &LettersPage::savePdfOfSelected);
    connect(m_sent, &QPushButton::clicked, this, &LettersPage::markSentSelected);
    connect(m_confirmed, &QPushButton::clicked, this, &LettersPage::confirmSelected);
    connect(m_difference, &QPushButton::clicked, this, &LettersPage::differenceSelected);
    connect(m_noReply, &QPushButton::clicked, this, &LettersPage::noReplySelected);
    connect(m_cancel, &QPushButton::clicked, this, &LettersPage::cancelSelected);
    connect(m_attachScan, &QAction::triggered, this, &LettersPage::attachScanToSelected);
    connect(m_openScan, &QAction::triggered, this, &LettersPage::openScanOfSelected);
    connect(m_view, &QTableView::doubleClicked, this, &LettersPage::previewSelected);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &LettersPage::previewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LettersPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LettersPage::updateButtons);
    updateButtons();
    return tab;
}

void LettersPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (!m_salesperson->isHidden()) { // hidden for salespeople: their own letters only
        const QSignalBlocker block(m_salesperson);
        for (const core::Employee& e : TeamMembers::load(app().core(), 0, false))
            m_salesperson->addItem(tr("%1 (%2)").arg(e.name, e.code), e.id);
    }
    applyFilter();
}

void LettersPage::applyFilter()
{
    if (!m_loaded)
        return;
    core::LetterQuery::Filter filter;
    filter.search = m_search->text().trimmed();
    filter.salespersonId = m_salesperson->currentData().toLongLong();
    filter.overdueReply = m_overdueOnly->isChecked() || m_statusKey == QLatin1String("overdue");
    if (m_statusKey == QLatin1String("overdue"))
        filter.statuses = {LetterStatus::Sent};
    else if (const auto status = core::letterStatusFromKey(m_statusKey))
        filter.statuses = {*status};
    m_model->setFilter(filter);
    refreshBoard();
}

void LettersPage::refreshBoard()
{
    if (!m_loaded)
        return;
    // A grouped count over every letter of the filter: on a worker thread (tens of thousands of letters).
    const quint64 generation = ++m_boardGeneration;
    const core::LetterQuery::Filter filter = m_model->filter();
    readInBackground<QList<core::LetterQuery::BoardEntry>>(
        this, app(),
        [filter](const core::Context& ctx) { return core::LetterQuery(ctx, filter).statusBoard(); },
        [this, generation](const core::Result<QList<core::LetterQuery::BoardEntry>>& board) {
            if (generation != m_boardGeneration)
                return;
            m_boardGeneration = 0;
            if (!board) {
                showError(board.error().message);
                return;
            }
            m_board->setEntries(*board);
        });
}

void LettersPage::setSearch(const QString& text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applyFilter();
}

void LettersPage::setSalespersonFilter(qint64 employeeId)
{
    const int index = m_salesperson->findData(employeeId);
    if (index >= 0 && index != m_salesperson->currentIndex())
        m_salesperson->setCurrentIndex(index); // applies
}

void LettersPage::setStatusFilter(const QString& boardKey)
{
    m_statusKey = boardKey;
    m_board->setChosen(boardKey);
    applyFilter();
}

void LettersPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(Column::Count) && LetterTableModel::isSortable(Column(column))) {
        m_model->sort(column, order);
        return;
    }
    // Not sortable: put the indicator back on the column the list is sorted by.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void LettersPage::updateCount(qint64 total)
{
    m_count->setText(tr("%n letter(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
}

QList<qint64> LettersPage::selectedLetterIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(LetterTableModel::LetterIdRole).toLongLong();
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids << m_view->currentIndex().data(LetterTableModel::LetterIdRole).toLongLong();
    // In the list's order.
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_model->rowOfId(a) < m_model->rowOfId(b); });
    return ids;
}

QList<core::Letter> LettersPage::selectedLetters() const
{
    QList<core::Letter> letters;
    for (qint64 id : selectedLetterIds())
        if (const core::Letter* letter = m_model->rowAt(m_model->rowOfId(id)))
            letters << *letter;
    return letters;
}

std::optional<core::Letter> LettersPage::currentLetter() const
{
    const QList<core::Letter> letters = selectedLetters();
    if (letters.size() != 1)
        return std::nullopt;
    return letters.first();
}

void LettersPage::selectLetter(qint64 id)
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

void LettersPage::showLetter(qint64 letterId)
{
    activate();
    auto letter = core::LetterService(app().core()).get(letterId);
    if (!letter) {
        showError(letter.error().message);
        return;
    }
    m_tabs->setCurrentIndex(0);
    {
        const QSignalBlocker a(m_search), b(m_salesperson), c(m_overdueOnly);
        m_search->setText(letter->letterNo);
        m_salesperson->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
    }
    m_statusKey.clear();
    m_board->setChosen(QString());
    applyFilter();
    selectLetter(letterId);
}

void LettersPage::updateButtons()
{
    const QList<core::Letter> letters = selectedLetters();
    const QDate today = app().clock().today();
    const auto all = [&](const std::function<bool(const core::Letter&)>& test) {
        return !letters.isEmpty() && std::all_of(letters.cbegin(), letters.cend(), test);
    };
    const bool one = letters.size() == 1;
    const auto replyable = [](const core::Letter& l) {
        return l.status == LetterStatus::Sent || l.status == LetterStatus::NoReply;
    };
    m_preview->setEnabled(!letters.isEmpty());
    m_pdf->setEnabled(!letters.isEmpty());
    m_sent->setEnabled(all([](const core::Letter& l) { return l.status == LetterStatus::Draft; }));
    m_confirmed->setEnabled(one && replyable(letters.first()));
    m_difference->setEnabled(one && replyable(letters.first()));
    m_noReply->setEnabled(all([&](const core::Letter& l) { return l.replyOverdue(today); }));
    m_cancel->setEnabled(all([](const core::Letter& l) {
        return l.status == LetterStatus::Draft || l.status == LetterStatus::Sent;
    }));
    m_attachScan->setEnabled(one && letters.first().status != LetterStatus::Cancelled);
    m_openScan->setEnabled(one && letters.first().hasScan());
    m_scan->setEnabled(m_attachScan->isEnabled() || m_openScan->isEnabled());
}

void LettersPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void LettersPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

bool LettersPage::forEachLetter(const QList<qint64>& ids, const std::function<core::Status(qint64)>& act,
                                const std::function<QString(int)>& doneText)
{
    int done = 0;
    QStringList failures;
    for (qint64 id : ids) {
        const core::Status status = act(id);
        if (status) {
            ++done;
            continue;
        }
        const core::Letter* letter = m_model->rowAt(m_model->rowOfId(id));
        failures << tr("%1: %2").arg(letter ? letter->letterNo : QString::number(id), status.error().message);
    }
    if (failures.isEmpty()) {
        showSuccess(doneText(done));
        return true;
    }
    QString text = failures.join(QLatin1Char('\n'));
    if (done > 0)
        text = doneText(done) + QLatin1Char('\n') + text;
    showError(text);
    return false;
}

void LettersPage::generateLetters()
{
    if (m_generating || m_generate->isHidden())
        return;
    LetterGenerateDialog dialog(app().core(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    generate(dialog.asOf(), dialog.subject());
}

void LettersPage::generate(const QDate& asOf, const core::LetterSubject& subject)
{
    if (m_generating)
        return;
    m_generating = true;
    m_generate->setEnabled(false);
    auto generated = std::make_shared<core::LetterService::Generated>();
    const core::Session session = app().session();
    const std::shared_ptr<const core::Clock> clock = workerClock(app().clock());
    JobRunner::run(
        this, tr("Generating reconciliation letters"), app().databasePath(),
        [generated, session, clock, asOf, subject](core::Database& db,
                                                   core::Progress& progress) -> core::Status {
            const core::Context ctx{db, *clock, session, nullptr};
            auto result = core::LetterService(ctx).generate(asOf, subject, progress);
            if (!result)
                return result.error();
            *generated = std::move(result).value();
            return {};
        },
        [this, generated, asOf](const core::Status& status) {
            m_generating = false;
            m_generate->setEnabled(true);
            if (!status) {
                // Cancelled (Conflict: nothing was written) is not a failure.
                if (status.error().code == core::ErrorCode::Conflict)
                    app().messageBar()->showMessage(status.error().message, MessageBar::Kind::Information,
                                                    10000);
                else
                    showError(status.error().fullText());
                emit generationFinished(false);
                return;
            }
            if (generated->letterIds.isEmpty()) {
                app().messageBar()->showMessage(
                    tr("No customer of the choice had an open balance on %1; no letter was created.")
                        .arg(asOf.toString(Qt::ISODate)),
                    MessageBar::Kind::Information, 10000);
                emit generationFinished(true);
                return;
            }
            // The job wrote on its own connection without a notifier: tell the application now.
            app().notifier().notify(QStringLiteral("letters"), generated->letterIds);
            const int n = int(generated->letterIds.size());
            showSuccess(
                tr("%n draft letter(s) created (%1 – %2) for a balance of %3. Preview and print them, "
                   "send them and mark them sent.",
                   nullptr, n)
                    .arg(generated->letterNos.first(), generated->letterNos.last(),
                         money(generated->totalBalance)));
            if (m_statusKey != QLatin1String("draft") && !m_statusKey.isEmpty())
                setStatusFilter(QString());
            selectLetter(generated->letterIds.first());
            emit generationFinished(true);
        });
}

void LettersPage::previewSelected()
{
    const QList<qint64> ids = selectedLetterIds();
    if (ids.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto documents = core::LetterDocument::build(app().core(), ids);
    QApplication::restoreOverrideCursor();
    if (!documents) {
        showError(documents.error().message);
        return;
    }
    PrintPreviewDialog dialog(letterPrintDocuments(*documents), this);
    dialog.setSuggestedFileName(ids.size() == 1 ? tr("%1.pdf").arg(documents->first().letterNo)
                                                : tr("Reconciliation letters.pdf"));
    dialog.exec();
}

void LettersPage::savePdfOfSelected()
{
    const QList<qint64> ids = selectedLetterIds();
    if (ids.isEmpty())
        return;
    const QList<core::Letter> letters = selectedLetters();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = letters.size() == 1 ? letters.first().letterNo : tr("Reconciliation letters");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the letters as PDF"),
                                     QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportPdf(ids, path);
}

void LettersPage::exportPdf(const QList<qint64>& ids, const QString& path)
{
    if (ids.isEmpty() || m_exportingPdf)
        return;
    const core::Session session = app().session();
    const std::shared_ptr<const core::Clock> clock = workerClock(app().clock());
    m_exportingPdf = true;
    m_pdf->setEnabled(false);
    JobRunner::run(
        this, tr("Saving the letters as PDF"), app().databasePath(),
        [ids, path, session, clock](core::Database& db, core::Progress& progress) -> core::Status {
            const core::Context ctx{db, *clock, session, nullptr};
            progress.setText(QCoreApplication::translate("tl::ui::LettersPage", "Preparing %n letter(s)…",
                                                         nullptr, int(ids.size())));
            auto documents = core::LetterDocument::build(ctx, ids);
            if (!documents)
                return documents.error();
            if (progress.isCancelled())
                return core::Error::conflict(
                    QCoreApplication::translate("tl::ui::LettersPage", "Saving the PDF was cancelled."));
            progress.setText(QCoreApplication::translate("tl::ui::LettersPage", "Writing %1…")
                                 .arg(QDir::toNativeSeparators(path)));
            auto pages = PdfExporter::write(path, letterPrintDocuments(*documents));
            if (!pages)
                return pages.error();
            return {};
        },
        [this, path, n = int(ids.size())](const core::Status& status) {
            m_exportingPdf = false;
            updateButtons();
            if (!status) {
                showError(status.error().fullText());
                emit pdfFinished(false);
                return;
            }
            showSuccess(tr("%n letter(s) saved to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
            emit pdfFinished(true);
        });
}

bool LettersPage::markSent(const QList<qint64>& ids, const QDate& on, const QString& method,
                           const QString& trackingNo)
{
    core::LetterService service(app().core());
    return forEachLetter(
        ids, [&](qint64 id) { return service.markSent(id, on, method, trackingNo); },
        [&](int n) {
            return tr("%n letter(s) marked as sent on %1 (%2).", nullptr, n)
                .arg(on.toString(Qt::ISODate), core::letterSendMethodName(method));
        });
}

void LettersPage::markSentSelected()
{
    const QList<core::Letter> letters = selectedLetters();
    if (letters.isEmpty() || !m_sent->isEnabled() || m_sent->isHidden())
        return;
    QDate earliest;
    for (const core::Letter& l : letters)
        if (!earliest.isValid() || l.letterDate > earliest)
            earliest = l.letterDate;
    LetterSendDialog dialog(int(letters.size()), earliest, app().clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    markSent(selectedLetterIds(), dialog.sentOn(), dialog.method(), dialog.trackingNo());
}

bool LettersPage::recordConfirmed(qint64 id, const QDate& on, const std::optional<core::LetterScan>& scan)
{
    const core::Status status = core::LetterService(app().core()).recordConfirmed(id, on, scan);
    if (!status) {
        showError(status.error().fullText());
        return false;
    }
    auto letter = core::LetterService(app().core()).get(id);
    showSuccess(letter ? tr("%1: the customer confirmed the balance of %2 on %3.")
                             .arg(letter->letterNo, money(letter->balance), on.toString(Qt::ISODate))
                       : tr("The confirmation was recorded."));
    return true;
}

bool LettersPage::recordDifference(qint64 id, const QDate& on, qint64 statedBalance,
                                   const QString& explanation, const std::optional<core::LetterScan>& scan)
{
    auto outcome =
        core::LetterService(app().core()).recordDifference(id, on, statedBalance, explanation, scan);
    if (!outcome) {
        showError(outcome.error().fullText());
        return false;
    }
    auto letter = core::LetterService(app().core()).get(id);
    const QString letterNo = letter ? letter->letterNo : QString::number(id);
    QString text = tr("%1: the customer states %2, a difference of %3.")
                       .arg(letterNo, money(statedBalance), money(outcome->difference));
    if (!outcome->disputeIds.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n dispute(s) opened for %1; the disputed amount is left out of reminders "
                                  "and automatic allocation until it is resolved.",
                                  nullptr, int(outcome->disputeIds.size()))
                                   .arg(money(outcome->disputed));
    else
        text += QLatin1Char(' ') + tr("No dispute was opened.");
    if (outcome->notDisputed > 0)
        text +=
            QLatin1Char(' ') + tr("%1 of the difference is no longer open on the letter's items and was only "
                                  "recorded.")
                                   .arg(money(outcome->notDisputed));
    app().messageBar()->showMessage(text, outcome->disputeIds.isEmpty() ? MessageBar::Kind::Information
                                                                        : MessageBar::Kind::Warning);
    return true;
}

void LettersPage::confirmSelected()
{
    const std::optional<core::Letter> letter = currentLetter();
    if (!letter || !m_confirmed->isEnabled() || m_confirmed->isHidden())
        return;
    LetterReplyDialog dialog(LetterReplyDialog::Mode::Confirmed, *letter, app().clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordConfirmed(letter->id, dialog.repliedOn(), dialog.scan());
}

void LettersPage::differenceSelected()
{
    const std::optional<core::Letter> letter = currentLetter();
    if (!letter || !m_difference->isEnabled() || m_difference->isHidden())
        return;
    LetterReplyDialog dialog(LetterReplyDialog::Mode::Difference, *letter, app().clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordDifference(letter->id, dialog.repliedOn(), dialog.statedBalance(), dialog.explanation(),
                     dialog.scan());
}

bool LettersPage::markNoReply(const QList<qint64>& ids)
{
    core::LetterService service(app().core());
    return forEachLetter(
        ids, [&](qint64 id) { return service.markNoReply(id); },
        [](int n) { return tr("%n letter(s) marked as unanswered.", nullptr, n); });
}

void LettersPage::noReplySelected()
{
    if (!m_noReply->isEnabled() || m_noReply->isHidden())
        return;
    markNoReply(selectedLetterIds());
}

bool LettersPage::cancelLetters(const QList<qint64>& ids, const QString& reason)
{
    core::LetterService service(app().core());
    return forEachLetter(
        ids, [&](qint64 id) { return service.cancel(id, reason); },
        [](int n) { return tr("%n letter(s) cancelled.", nullptr, n); });
}

void LettersPage::cancelSelected()
{
    const QList<qint64> ids = selectedLetterIds();
    if (ids.isEmpty() || !m_cancel->isEnabled() || m_cancel->isHidden())
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(
            this, tr("Cancel letters"),
            tr("Why are the %n selected letter(s) cancelled? (The letters stay in the list as "
               "cancelled.)",
               nullptr, int(ids.size())),
            QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    cancelLetters(ids, reason);
}

bool LettersPage::attachScan(qint64 id, const core::LetterScan& scan)
{
    const core::Status status = core::LetterService(app().core()).attachScan(id, scan);
    if (!status) {
        showError(status.error().fullText());
        return false;
    }
    showSuccess(tr("The scan %1 was attached.").arg(scan.fileName));
    return true;
}

void LettersPage::attachScanToSelected()
{
    const std::optional<core::Letter> letter = currentLetter();
    if (!letter || !m_attachScan->isEnabled() || !m_attachScan->isVisible())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach the scan of %1").arg(letter->letterNo),
                                                      QString(), ScanFile::dialogFilter());
    if (path.isEmpty())
        return;
    auto scan = ScanFile::read(path);
    if (!scan) {
        showError(scan.error().message);
        return;
    }
    attachScan(letter->id, *scan);
}

core::Result<QString> LettersPage::saveScanCopy(qint64 id)
{
    core::LetterService service(app().core());
    auto letter = service.get(id);
    if (!letter)
        return letter.error();
    auto scan = service.scan(id);
    if (!scan)
        return scan.error();
    if (!m_scanDir)
        m_scanDir = std::make_unique<QTemporaryDir>();
    if (!m_scanDir->isValid())
        return core::Error::internal(tr("No temporary folder is available for the scan."),
                                     m_scanDir->errorString());
    return ScanFile::write(*scan, letter->letterNo, m_scanDir->path());
}

void LettersPage::openScanOfSelected()
{
    const std::optional<core::Letter> letter = currentLetter();
    if (!letter || !letter->hasScan())
        return;
    auto path = saveScanCopy(letter->id);
    if (!path) {
        showError(path.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        showError(tr("No program opens %1; it was saved as %2.")
                      .arg(letter->scanName, QDir::toNativeSeparators(*path)));
}

} // namespace tl::ui

#include "importing/ImportPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "importing/ImportPreview.h"
#include "io/ImportHeader.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "io/ProblemReport.h"
#include "models/ImportPreviewTableModel.h"
#include "models/ImportProblemTableModel.h"
#include "widgets/JobRunner.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace tl::ui {

namespace {

QTableView* tableView(const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setDefaultSectionSize(110);
    return view;
}

} // namespace

ImportPage::ImportPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_previewModel(new ImportPreviewTableModel(this)),
      m_problemModel(new ImportProblemTableModel(this)),
      m_previewWatcher(new QFutureWatcher<ImportPreview>(this))
{
    buildUi();
    connect(m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this, &ImportPage::onPreviewReady);
    if (!app.session().can(core::Permission::ImportData)) {
        setEnabled(false);
        m_summary->setText(tr("Your role may not import data."));
    }
    updateColumnsHint();
    updateButtons();
}

ImportPage::~ImportPage()
{
    m_previewWatcher->waitForFinished(); // the preview reader must not outlive the page
}

QString ImportPage::title() const
{
    return tr("Import");
}

QIcon ImportPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/import.svg"));
}

void ImportPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading =
        new QLabel(tr("<b>Import</b> — bring records in from a CSV file (UTF-8 or GBK, as Excel or WPS "
                      "save it). Check first: every bad cell is listed, and an import writes all rows "
                      "or none."),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& key : core::ImportKinds::keys())
        m_kind->addItem(core::ImportKinds::displayName(key), key);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_template = new QPushButton(tr("Download &template"), this);
    auto* templateMenu = new QMenu(m_template);
    templateMenu->addAction(tr("With Chinese headers…"), this, [this] { downloadTemplate(true); });
    templateMenu->addAction(tr("With English headers…"), this, [this] { downloadTemplate(false); });
    m_template->setMenu(templateMenu);
    form->addWidget(kindLabel, 0, 0);
    form->addWidget(m_kind, 0, 1, Qt::AlignLeft);
    form->addWidget(m_template, 0, 2);
    m_columnsHint = new QLabel(this);
    m_columnsHint->setObjectName(QStringLiteral("columnsHint"));
    m_columnsHint->setWordWrap(true);
    m_columnsHint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    form->addWidget(m_columnsHint, 1, 1, 1, 2);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(tr("&Choose file…"), this);
    auto* fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_choose);
    form->addWidget(fileLabel, 2, 0);
    form->addWidget(m_file, 2, 1);
    form->addWidget(m_choose, 2, 2);
    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setWordWrap(true);
    form->addWidget(new QLabel(tr("Read as:"), this), 3, 0);
    form->addWidget(m_encoding, 3, 1, 1, 2);
    m_existing = new QComboBox(this);
    m_existing->setObjectName(QStringLiteral("existing"));
    m_existing->addItem(tr("Update the stored record"), int(core::ImportOptions::Existing::Update));
    m_existing->addItem(tr("Report it as a problem (new records only)"),
                        int(core::ImportOptions::Existing::Reject));
    auto* existingLabel = new QLabel(tr("&Existing codes:"), this);
    existingLabel->setBuddy(m_existing);
    form->addWidget(existingLabel, 4, 0);
    form->addWidget(m_existing, 4, 1, Qt::AlignLeft);
    layout->addLayout(form);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* previewBox = new QGroupBox(tr("Preview: the first rows as read"), splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewView = tableView(QStringLiteral("previewView"), previewBox);
    m_previewView->setModel(m_previewModel);
    previewLayout->addWidget(m_previewView);

    auto* resultBox = new QGroupBox(tr("Check and import"), splitter);
    auto* resultLayout = new QVBoxLayout(resultBox);
    auto* actions = new QHBoxLayout;
    m_check = new QPushButton(tr("&Validate"), resultBox);
    m_check->setToolTip(tr("Validate every row without writing anything"));
    m_import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import"), resultBox);
    m_import->setToolTip(tr("Write all rows, or none when any row has a problem"));
    m_saveProblems = new QPushButton(tr("&Save problems as CSV…"), resultBox);
    actions->addWidget(m_check);
    actions->addWidget(m_import);
    actions->addStretch(1);
    actions->addWidget(m_saveProblems);
    resultLayout->addLayout(actions);
    m_summary = new QLabel(resultBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summary);
    m_problemView = tableView(QStringLiteral("problemView"), resultBox);
    m_problemView->setModel(m_problemModel);
    m_problemView->verticalHeader()->hide();
    m_problemView->horizontalHeader()->resizeSection(int(ImportProblemTableModel::Column::Row), 60);
    m_problemView->horizontalHeader()->resizeSection(int(ImportProblemTableModel::Column::Value), 180);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    UiSettings::rememberHeader(m_problemView->horizontalHeader(), QStringLiteral("import-problems"));
    resultLayout->addWidget(m_problemView, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(splitter, QStringLiteral("import"));
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateColumnsHint();
        clearResult();
        if (!filePath().isEmpty())
            setFile(filePath()); // re-mark the columns for the new kind
    });
    connect(m_existing, &QComboBox::currentIndexChanged, this, &ImportPage::clearResult);
    connect(m_choose, &QPushButton::clicked, this, &ImportPage::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &ImportPage::check);
    connect(m_import, &QPushButton::clicked, this, &ImportPage::runImport);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportPage::saveProblems);
}

QString ImportPage::kind() const
{
    return m_kind->currentData().toString();
}

QString ImportPage::filePath() const
{
    return m_file->text();
}

QString ImportPage::summaryText() const
{
    return m_summary->text();
}

QString ImportPage::encodingText() const
{
    return m_encoding->text();
}

void ImportPage::updateColumnsHint()
{
    const QList<core::ImportColumn>* columns = core::ImportKinds::columns(kind());
    if (!columns) {
        m_columnsHint->clear();
        return;
    }
    QStringList names;
    for (const core::ImportColumn& column : *columns)
        if (!column.readOnly) // columns of exports that imports ignore
            names << (column.required ? column.displayName() + QLatin1Char('*') : column.displayName());
    m_columnsHint->setText(tr("Columns (* = required): %1").arg(names.join(QStringLiteral(", "))));
}

void ImportPage::chooseFile()
{
    const QString start = filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                     tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportPage::setFile(const QString& path)
{
    m_previewWatcher->waitForFinished();
    m_file->setText(path);
    m_previewOk = false;
    clearResult();
    m_encoding->setText(tr("Reading…"));
    updateButtons();
    m_previewWatcher->setFuture(QtConcurrent::run([path] { return ImportPreview::read(path); }));
}

void ImportPage::onPreviewReady()
{
    const ImportPreview preview = m_previewWatcher->result();
    if (preview.path != filePath())
        return; // another file was chosen meanwhile
    QList<bool> bound;
    if (const QList<core::ImportColumn>* columns = core::ImportKinds::columns(kind())) {
        core::ProblemSink ignored;
        const core::ImportHeader header =
            core::ImportHeader::bind(*columns, core::TableRow{preview.headerRow, preview.header}, ignored);
        for (int i = 0; i < preview.header.size(); ++i)
            bound << header.isBound(i);
    }
    m_previewModel->setPreview(preview, bound);
    m_previewOk = !preview.header.isEmpty();
    QString text;
    if (!preview.encoding.isEmpty())
        text = tr("%1, cells separated by %2").arg(preview.encoding, preview.delimiter);
    if (!preview.rows.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) +
                (preview.truncated ? tr("the first %n row(s) shown", "", int(preview.rows.size()))
                                   : tr("%n data row(s)", "", int(preview.rows.size())));
    if (!preview.ok())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + preview.error;
    m_encoding->setText(text);
    m_encoding->setStyleSheet(preview.ok() ? QString() : QStringLiteral("QLabel { color: #b02020; }"));
    updateButtons();
    emit previewLoaded();
}

void ImportPage::check()
{
    start(true);
}

void ImportPage::runImport()
{
    start(false);
}

void ImportPage::start(bool dryRun)
{
    if (m_busy || filePath().isEmpty())
        return;
    const QString kindKey = kind();
    const QString path = filePath();
    core::ImportOptions options;
    options.dryRun = dryRun;
    options.existing = core::ImportOptions::Existing(m_existing->currentData().toInt());
    const core::Session session = app().session();
    const core::Clock* clock = &app().clock();
    auto outcome = std::make_shared<std::optional<core::ImportResult>>();
    setBusy(true);
    m_summary->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    QPointer<ImportPage> self(this);
    JobRunner::run(
        this,
        dryRun ? tr("Checking %1").arg(QFileInfo(path).fileName())
               : tr("Importing %1").arg(QFileInfo(path).fileName()),
        app().databasePath(),
        [kindKey, path, options, session, clock, outcome](core::Database& db,
                                                          core::Progress& progress) -> core::Status {
            // The worker's own connection; change notifications are sent from the GUI thread afterwards.
            const core::Context ctx{db, *clock, session, nullptr};
            auto result = core::ImportService(ctx).importFile(kindKey, path, options, progress);
            if (!result)
                return result.error();
            *outcome = std::move(result).value();
            return {};
        },
        [self, dryRun, outcome](const core::Status& status) {
            if (self)
                self->finishJob(dryRun, status, *outcome);
        });
}

void ImportPage::finishJob(bool dryRun, const core::Status& status,
                           const std::optional<core::ImportResult>& result)
{
    setBusy(false);
    if (!status) {
        m_result.reset();
        m_problemModel->setProblems(status.error().problems);
        m_summary->setText(status.error().message);
        showError(status.error().message);
        emit jobFinished(false);
        return;
    }
    m_result = result;
    if (m_result)
        showResult(*m_result);
    if (m_result && m_result->committed) {
        // Tell the open pages (the import ran on another connection).
        if (auto kind = core::ImportKinds::create(m_result->kind, app().core()))
            for (const QString& entity : kind->changedEntities())
                app().notifier().notify(entity);
        showSuccess(
            tr("The import is done: %1 created, %2 updated.").arg(m_result->created).arg(m_result->updated));
    } else if (m_result && m_result->hasProblems()) {
        showError(dryRun ? tr("The check found problems; fix them in the file and check again.")
                         : tr("Nothing was imported: the file has problems."));
    }
    updateButtons();
    emit jobFinished(m_result.has_value() && !m_result->hasProblems());
}

void ImportPage::showResult(const core::ImportResult& result)
{
    m_problemModel->setProblems(result.problems, result.problemsOmitted);
    QString text = result.summary();
    const QStringList departments = result.relatedLabels(QStringLiteral("departments"));
    if (!departments.isEmpty() && !text.contains(departments.first()))
        text += QLatin1Char('\n') +
                (result.committed ? tr("Departments created: %1") : tr("Departments to create: %1"))
                    .arg(departments.join(QStringLiteral(", ")));
    m_summary->setText(text);
    m_summary->setStyleSheet(result.hasProblems() ? QStringLiteral("QLabel { color: #b02020; }") : QString());
}

void ImportPage::clearResult()
{
    m_result.reset();
    m_problemModel->setProblems({});
    m_summary->clear();
    m_summary->setStyleSheet({});
    updateButtons();
}

void ImportPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ImportPage::updateButtons()
{
    const bool ready = !m_busy && m_previewOk && !filePath().isEmpty();
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
    m_choose->setEnabled(!m_busy);
    m_kind->setEnabled(!m_busy);
    m_existing->setEnabled(!m_busy);
    m_saveProblems->setEnabled(!m_busy && m_problemModel->rowCount() > 0);
}

void ImportPage::downloadTemplate(bool chineseHeaders)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') + QStringLiteral("%1-template.csv").arg(kind());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import template"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto language = chineseHeaders ? core::HeaderLanguage::Chinese : core::HeaderLanguage::English;
    if (auto written = core::ImportKinds::writeTemplate(kind(), path, language); !written)
        showError(written.error().fullText());
    else
        showSuccess(tr("The template was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportPage::saveProblems()
{
    const QString suggested = QFileInfo(filePath()).absolutePath() + QLatin1Char('/') +
                              tr("%1-problems.csv").arg(QFileInfo(filePath()).completeBaseName());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the problems"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && saveProblemsTo(path))
        showSuccess(tr("The problems were saved as %1.").arg(QDir::toNativeSeparators(path)));
}

bool ImportPage::saveProblemsTo(const QString& path)
{
    auto written = core::ProblemReport::writeCsv(m_problemModel->problems(), path, m_problemModel->omitted());
    if (!written)
        showError(written.error().fullText());
    return written.ok();
}

void ImportPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

void ImportPage::showSuccess(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(message);
}

} // namespace tl::ui

#include "admin/AuditLogPage.h"

#include "admin/AuditRecordView.h"
#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogQuery.h"
#include "models/AuditLabels.h"
#include "models/AuditLogTableModel.h"
#include "widgets/JobRunner.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

namespace {

void setChoices(QComboBox* combo, const QString& allText, const QStringList& values,
                QString (*display)(const QString&))
{
    const QString current = combo->currentData().toString();
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& v : values)
        combo->addItem(display ? display(v) : v, v);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->blockSignals(false);
}

} // namespace

AuditLogPage::AuditLogPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new AuditLogTableModel(this)), m_text(new QLineEdit(this)),
      m_user(new QComboBox(this)), m_entity(new QComboBox(this)), m_action(new QComboBox(this)),
      m_fromEnabled(new QCheckBox(tr("From:"), this)), m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(tr("To:"), this)), m_to(new QDateEdit(this)),
      m_verify(new QPushButton(QIcon(QStringLiteral(":/icons/audit.svg")), tr("&Verify…"), this)),
      m_count(new QLabel(this)), m_view(new QTableView(this)), m_detail(new AuditRecordView(this)),
      m_problems(new QListWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_debounce(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilterBar());

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 150);
    UiSettings::rememberHeader(m_view->horizontalHeader(), QStringLiteral("audit-log"));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("audit-log"));
    layout->addWidget(m_splitter, 1);

    m_problems->setObjectName(QStringLiteral("verifyProblems"));
    m_problems->setMaximumHeight(140);
    m_problems->hide();
    layout->addWidget(m_problems);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::onCurrentChanged);
    connect(m_model, &AuditLogTableModel::loadFailed, this,
            [this](const QString& message) { this->app().messageBar()->showError(message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateCount);
}

QWidget* AuditLogPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("auditSearch"));
    m_text->setPlaceholderText(tr("Search records, users and values…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    for (QComboBox* combo : {m_user, m_entity, m_action}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
    }
    setChoices(m_user, tr("All users"), {}, nullptr);
    setChoices(m_entity, tr("All kinds"), {}, nullptr);
    setChoices(m_action, tr("All actions"), {}, nullptr);
    const QDate today = app().clock().today();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_verify->setToolTip(tr("Check the audit trail's hash chain and that every audited record still "
                            "matches its last audited state"));

    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_user, 0, 3);
    grid->addWidget(m_entity, 0, 4);
    grid->addWidget(m_action, 0, 5);
    grid->addWidget(m_fromEnabled, 1, 0);
    grid->addWidget(m_from, 1, 1);
    auto* toBox = new QHBoxLayout;
    toBox->addWidget(m_toEnabled);
    toBox->addWidget(m_to);
    toBox->addStretch(1);
    grid->addLayout(toBox, 1, 2);
    grid->addWidget(m_count, 1, 3, 1, 2);
    grid->addWidget(m_verify, 1, 5);
    grid->setColumnStretch(2, 1);

    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_user, m_entity, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &AuditLogPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    return bar;
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

QIcon AuditLogPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditLogPage::activate()
{
    // New records are written by every change elsewhere: refresh on each visit.
    loadChoices();
    applyFilter();
}

void AuditLogPage::loadChoices()
{
    const core::Context ctx = app().core();
    auto choices = core::AuditLogQuery(ctx).choices();
    if (!choices) {
        app().messageBar()->showError(choices.error().fullText());
        return;
    }
    setChoices(m_user, tr("All users"), choices->usernames, nullptr);
    setChoices(m_entity, tr("All kinds"), choices->entities, &auditEntityName);
    setChoices(m_action, tr("All actions"), choices->actions, &auditActionName);
}

void AuditLogPage::applyFilter()
{
    m_debounce->stop();
    core::AuditLogQuery::Filter filter;
    filter.text = m_text->text();
    filter.username = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    m_detail->clear();
    if (core::Status s = m_model->setQuery(app().core(), filter); !s)
        app().messageBar()->showError(s.error().fullText());
    updateCount();
}

void AuditLogPage::updateCount()
{
    m_count->setText(tr("%n record(s)", nullptr, static_cast<int>(m_model->totalCount())));
}

void AuditLogPage::onCurrentChanged()
{
    const core::AuditRecord* record = m_model->recordAt(m_view->currentIndex().row());
    if (record)
        m_detail->showRecord(*record);
    else
        m_detail->clear();
}

void AuditLogPage::verify()
{
    auto problems = std::make_shared<QStringList>();
    m_verify->setEnabled(false);
    JobRunner::run(
        this, tr("Verifying the audit trail"), app().databasePath(),
        [problems](core::Database& db, core::Progress& progress) -> core::Status {
            progress.setText(
                QCoreApplication::translate("tl::ui::AuditLogPage", "Verifying the audit trail…"));
            for (const core::AuditLog::Issue& issue : core::AuditLog::verify(db))
                problems->append(issue.what);
            return {};
        },
        [this, problems](const core::Status& status) {
            m_verify->setEnabled(true);
            if (!status) {
                app().messageBar()->showError(status.error().fullText());
                return;
            }
            showVerifyResult(*problems);
        });
}

void AuditLogPage::showVerifyResult(const QStringList& problems)
{
    m_problems->clear();
    m_problems->addItems(problems);
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        app().messageBar()->showMessage(tr("The audit trail verifies: the chain is intact and every audited "
                                           "record matches its last audited state."),
                                        MessageBar::Kind::Positive, 10000);
    else
        app().messageBar()->showMessage(
            tr("The check found %n problem(s), listed below the log: records were "
               "changed outside the application or the trail was altered.",
               nullptr, static_cast<int>(problems.size())),
            MessageBar::Kind::Error);
}

} // namespace tl::ui

#include "pool/SweepDialog.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "models/PoolSweepTableModel.h"
#include "pool/PoolFactsSource.h"
#include "widgets/JobRunner.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

namespace {

QTableView* sweepTable(PoolSweepTableModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    setUpListView(view, QAbstractItemView::ExtendedSelection, 110);
    view->horizontalHeader()->resizeSection(int(PoolSweepTableModel::Column::Customer), 200);
    UiSettings::rememberHeader(view->horizontalHeader(), QStringLiteral("pool-sweep"));
    return view;
}

} // namespace

SweepDialog::SweepDialog(AppContext& app, QWidget* parent)
    : QDialog(parent), m_app(app), m_asOf(new QDateEdit(this)), m_previewButton(new QPushButton(this)),
      m_runButton(new QPushButton(this)), m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_moved(new PoolSweepTableModel(this)), m_warned(new PoolSweepTableModel(this)),
      m_exempt(new PoolSweepTableModel(this))
{
    setWindowTitle(tr("Pool sweep"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The sweep returns customers to the pool when their owner has not followed them up "
                      "or closed a deal within the days the pool rules allow. Preview what it would do, "
                      "then run it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* top = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(app.clock().today());
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setText(tr("&Preview (dry run)"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setText(tr("&Run sweep"));
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(m_previewButton);
    top->addWidget(m_runButton);
    top->addStretch(1);
    layout->addLayout(top);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(sweepTable(m_moved, QStringLiteral("moved"), m_tabs), QString());
    m_tabs->addTab(sweepTable(m_warned, QStringLiteral("warned"), m_tabs), QString());
    m_tabs->addTab(sweepTable(m_exempt, QStringLiteral("exempt"), m_tabs), QString());
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    resize(860, 540);

    connect(m_previewButton, &QPushButton::clicked, this, &SweepDialog::startPreview);
    connect(m_runButton, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        // A preview for another date says nothing about this one.
        m_outcome.reset();
        showOutcome({});
        m_status->setText(tr("Preview the sweep for this date first."));
        updateButtons();
    });
    showOutcome({});
    m_status->setText(tr("Preview the sweep for this date first."));
    updateButtons();
}

void SweepDialog::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

QDate SweepDialog::asOf() const
{
    return m_asOf->date();
}

QString SweepDialog::statusText() const
{
    return m_status->text();
}

void SweepDialog::startPreview()
{
    start(true);
}

void SweepDialog::startSweep()
{
    if (!m_outcome || !m_outcome->dryRun || m_outcome->asOf != asOf())
        return;
    start(false);
}

void SweepDialog::start(bool dryRun)
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    auto outcome = std::make_shared<core::PoolSweep::Outcome>();
    const core::Session session = m_app.session();
    const core::Clock* clock = &m_app.clock();
    const QDate date = asOf();
    QPointer<SweepDialog> self(this);
    JobRunner::run(
        this, dryRun ? tr("Previewing the pool sweep") : tr("Running the pool sweep"), m_app.databasePath(),
        [session, clock, date, dryRun, outcome](core::Database& db,
                                                core::Progress& progress) -> core::Status {
            const core::Context ctx{db, *clock, session, nullptr};
            auto result = core::PoolSweep(ctx, poolFacts(ctx.db)).run(date, dryRun, progress);
            if (!result)
                return result.error();
            *outcome = std::move(result).value();
            return {};
        },
        [self, dryRun, outcome](const core::Status& status) {
            if (self)
                self->finish(dryRun, status, *outcome);
        });
}

void SweepDialog::finish(bool dryRun, const core::Status& status, const core::PoolSweep::Outcome& outcome)
{
    m_busy = false;
    if (!status) {
        m_status->setText(status.error().message);
        updateButtons();
        emit jobFinished(false);
        return;
    }
    m_outcome = outcome;
    showOutcome(outcome);
    const int moved = int(outcome.moved.size());
    const int warned = int(outcome.warned.size());
    const int exempt = int(outcome.exempt.size());
    if (dryRun) {
        m_status->setText(tr("Dry run as of %1: %n customer(s) would return to the pool, %2 would be warned, "
                             "%3 are exempt. Nothing has changed yet.",
                             nullptr, moved)
                              .arg(outcome.asOf.toString(Qt::ISODate))
                              .arg(warned)
                              .arg(exempt));
    } else {
        m_ran = true;
        const QString text =
            tr("The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.", nullptr,
               moved)
                .arg(warned);
        m_status->setText(text);
        if (MessageBar* bar = m_app.messageBar())
            bar->showSuccess(text);
        if (!outcome.moved.isEmpty()) {
            QList<qint64> ids;
            for (const core::PoolSweep::Item& item : outcome.moved)
                ids << item.customerId;
            m_app.notifier().notify(QStringLiteral("customers"), ids);
        }
    }
    updateButtons();
    emit jobFinished(true);
}

void SweepDialog::showOutcome(const core::PoolSweep::Outcome& outcome)
{
    m_moved->setItems(outcome.moved);
    m_warned->setItems(outcome.warned);
    m_exempt->setItems(outcome.exempt);
    const bool done = !outcome.dryRun;
    m_tabs->setTabText(0, done ? tr("&Moved (%1)").arg(outcome.moved.size())
                               : tr("Would &move (%1)").arg(outcome.moved.size()));
    m_tabs->setTabText(1, tr("&Warned (%1)").arg(outcome.warned.size()));
    m_tabs->setTabText(2, tr("&Exempt (%1)").arg(outcome.exempt.size()));
    m_tabs->setTabToolTip(2, tr("Customers with open receivables are never reclaimed automatically; their "
                                "managers are told instead."));
}

void SweepDialog::updateButtons()
{
    m_previewButton->setEnabled(!m_busy);
    m_asOf->setEnabled(!m_busy);
    const bool previewed = m_outcome && m_outcome->dryRun && m_outcome->asOf == asOf();
    m_runButton->setEnabled(!m_busy && previewed);
    m_runButton->setDefault(previewed);
    m_previewButton->setDefault(!previewed);
}

} // namespace tl::ui

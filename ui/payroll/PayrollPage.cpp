#include "payroll/PayrollPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "auth/Session.h"
#include "models/PayrollPayslipTableModel.h"
#include "models/PayrollRunTableModel.h"
#include "money/MoneyFormat.h"
#include "payroll/PayAdjustmentsDialog.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayslipDetailDialog.h"
#include "payroll/PayslipDocument.h"
#include "pool/BackgroundRead.h"
#include "printing/PayslipHtml.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "widgets/JobRunner.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

using core::Permission;

namespace {

struct Review
{
    QList<core::Payslip> current;
    QList<core::Payslip> previous;
};

} // namespace

PayrollPage::PayrollPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_runModel(new PayrollRunTableModel(this)),
      m_payslipModel(new PayrollPayslipTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("YYYY-MM"));
    m_period->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}")), m_period));
    m_period->setMaximumWidth(110);
    m_period->setText(core::PayrollPeriod::of(app.clock().today()).key());
    bar->addWidget(m_period);
    m_status = new QLabel(this);
    bar->addWidget(m_status);
    bar->addStretch();
    m_adjust = new QPushButton(tr("Adjustments…"), this);
    m_adjust->setToolTip(tr("Amounts paid in addition or taken back with the month's pay (corrections of a "
                            "locked month)."));
    m_calculate = new QPushButton(tr("Calculate"), this);
    m_calculate->setToolTip(tr("Calculate the month's payroll (again, until it is approved)."));
    m_approve = new QPushButton(tr("Approve"), this);
    m_lock = new QPushButton(tr("Lock"), this);
    m_lock->setToolTip(tr("Lock the approved run: its payslips can never change again."));
    m_print = new QPushButton(tr("Print payslips…"), this);
    m_printStrips = new QPushButton(tr("Print payslip strips…"), this);
    for (QPushButton* b : {m_adjust, m_calculate, m_approve, m_lock, m_print, m_printStrips})
        bar->addWidget(b);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_runs = new QTableView(splitter);
    m_runs->setModel(m_runModel);
    setUpListView(m_runs, QAbstractItemView::SingleSelection, 110);
    m_payslips = new QTableView(splitter);
    m_payslips->setModel(m_payslipModel);
    setUpListView(m_payslips, QAbstractItemView::SingleSelection, 120);
    m_payslips->setToolTip(tr("Double-click a payslip to see each line and how it was computed."));
    auto* issuesBox = new QWidget(splitter);
    auto* issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    m_issuesTitle = new QLabel(issuesBox);
    m_issues = new QListWidget(issuesBox);
    issuesLayout->addWidget(m_issuesTitle);
    issuesLayout->addWidget(m_issues);
    // About eight months above the review table: the header, eight rows, the frame and room for a
    // horizontal scroll bar. The list keeps that height when the window grows or shrinks; the review table
    // takes the rest. A height the user drags is remembered.
    const int monthsHeight = m_runs->horizontalHeader()->sizeHint().height() +
                             8 * m_runs->verticalHeader()->defaultSectionSize() + 2 * m_runs->frameWidth() +
                             m_runs->horizontalScrollBar()->sizeHint().height();
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({monthsHeight, 520, 120});
    issuesBox->hide();
    splitter->setObjectName(QStringLiteral("payrollSplitter"));
    UiSettings::rememberSplitter(splitter, QStringLiteral("payroll"));
    layout->addWidget(splitter);

    connect(m_adjust, &QPushButton::clicked, this, &PayrollPage::editAdjustments);
    connect(m_calculate, &QPushButton::clicked, this, &PayrollPage::calculate);
    connect(m_approve, &QPushButton::clicked, this, &PayrollPage::approve);
    connect(m_lock, &QPushButton::clicked, this, [this] { lock(true); });
    connect(m_print, &QPushButton::clicked, this, [this] { print(false); });
    connect(m_printStrips, &QPushButton::clicked, this, [this] { print(true); });
    // The list, the review table and the buttons follow the month as it is typed: a month without a run
    // selects nothing and shows no payslips.
    connect(m_period, &QLineEdit::textEdited, this, [this] {
        selectPeriodRow();
        loadPayslips();
        updateButtons();
    });
    // A month chosen in the list (by click or keys) becomes the page's month. Only a selection counts: the
    // view also moves its current index by itself (on focus), which must not change the month.
    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        if (const core::PayrollRun* run = m_runModel->runAt(rows.first().row());
            run && run->period != period())
            setPeriod(run->period);
    });
    connect(m_payslips, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openPayslip(index.row()); });
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("payroll_runs") && isVisible() && !m_busy)
            reload();
    });
    updateButtons();
}

QString PayrollPage::title() const
{
    return tr("Payroll");
}

QIcon PayrollPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void PayrollPage::activate()
{
    reload();
    // Opened for the first time on a month without a run (the month just started): show the newest run.
    if (!m_opened) {
        m_opened = true;
        if (!currentRun() && m_runModel->rowCount() > 0)
            setPeriod(m_runModel->runAt(0)->period); // newest first
    }
}

QString PayrollPage::period() const
{
    const auto parsed = core::PayrollPeriod::parse(m_period->text().trimmed());
    return parsed && parsed->isValid() ? parsed->key() : QString();
}

void PayrollPage::setPeriod(const QString& period)
{
    m_period->setText(period);
    selectPeriodRow();
    loadPayslips();
    updateButtons();
}

const core::PayrollRun* PayrollPage::currentRun() const
{
    return m_runModel->runAt(m_runModel->rowOf(period()));
}

void PayrollPage::info(const QString& text)
{
    if (MessageBar* bar = app().messageBar())
        bar->showMessage(text, MessageBar::Kind::Information, 10000);
}

void PayrollPage::error(const QString& text)
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(text);
}

void PayrollPage::success(const QString& text)
{
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(text);
}

void PayrollPage::reload()
{
    auto runs = core::PayrollRunService(app().core()).runs();
    if (!runs) {
        error(runs.error().fullText());
        return;
    }
    m_runModel->setRuns(*runs);
    selectPeriodRow();
    loadPayslips();
    updateButtons();
}

void PayrollPage::selectPeriodRow()
{
    // The list shows the page's month selected, or nothing (no current row either) when that month has no
    // run yet. The selection model's signals stay connected: the view repaints from them, and the page's
    // own handler finds the month unchanged.
    const int row = m_runModel->rowOf(period());
    if (row >= 0)
        m_runs->selectRow(row);
    else
        m_runs->selectionModel()->clear();
}

void PayrollPage::loadPayslips()
{
    const QString month = period();
    const int generation = ++m_loadGeneration;
    if (month.isEmpty() || !currentRun() || currentRun()->calcNo == 0) {
        m_payslipModel->setPayslips({});
        m_loading = false;
        return;
    }
    const auto parsed = core::PayrollPeriod::parse(month);
    const core::PayrollPeriod before = core::PayrollPeriod::of(parsed->first().addMonths(-1));
    const int previousRow = m_runModel->rowOf(before.key());
    const bool comparePrevious = previousRow >= 0 && m_runModel->runAt(previousRow)->calcNo > 0;
    m_loading = true;
    readInBackground<Review>(
        this, app(),
        [month, previous = before.key(), comparePrevious](const core::Context& ctx) -> core::Result<Review> {
            core::PayrollRunService service(ctx);
            Review review;
            auto current = service.payslips(month);
            if (!current)
                return current.error();
            review.current = std::move(current).value();
            if (comparePrevious) {
                auto last = service.payslips(previous);
                if (last)
                    review.previous = std::move(last).value();
            }
            return review;
        },
        [this, generation](const core::Result<Review>& result) {
            if (generation != m_loadGeneration)
                return; // a newer read replaced this one
            m_loading = false;
            if (!result) {
                m_payslipModel->setPayslips({});
                error(result.error().fullText());
                return;
            }
            m_payslipModel->setPayslips(result->current, result->previous);
        });
}

void PayrollPage::updateButtons()
{
    const core::Session& s = app().session();
    const core::PayrollRun* run = currentRun();
    const bool valid = !period().isEmpty();
    const bool closed = run && run->isClosed();
    const bool calculated = run && run->status == QLatin1String("calculated");
    const bool printable = run && run->calcNo > 0;
    m_calculate->setEnabled(!m_busy && valid && !closed && s.can(Permission::RunPayroll));
    m_approve->setEnabled(!m_busy && calculated && s.can(Permission::ApprovePayroll));
    m_lock->setEnabled(!m_busy && run && run->status == QLatin1String("approved") &&
                       s.can(Permission::ApprovePayroll));
    m_adjust->setEnabled(!m_busy && valid);
    m_adjust->setVisible(s.can(Permission::RunPayroll) || s.can(Permission::ViewSalary));
    m_print->setEnabled(!m_busy && printable);
    m_printStrips->setEnabled(!m_busy && printable);
    m_calculate->setVisible(s.can(Permission::RunPayroll));
    m_approve->setVisible(s.can(Permission::ApprovePayroll));
    m_lock->setVisible(s.can(Permission::ApprovePayroll));
    if (!valid)
        m_status->setText(tr("Enter a month as YYYY-MM."));
    else if (!run)
        m_status->setText(tr("Not calculated yet."));
    else
        m_status->setText(tr("Status: %1").arg(core::PayrollStatus::name(run->status)));
}

void PayrollPage::showIssues(const QList<core::PayrollIssue>& issues)
{
    m_issues->clear();
    for (const core::PayrollIssue& issue : issues) {
        // The message names the employee already.
        auto* item = new QListWidgetItem(issue.message, m_issues);
        item->setData(Qt::UserRole, issue.employeeId);
    }
    m_issuesTitle->setText(tr("%n employee(s) left out of the run:", nullptr, int(issues.size())));
    m_issues->parentWidget()->setVisible(!issues.isEmpty());
}

void PayrollPage::calculate()
{
    const QString month = period();
    if (month.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    auto calculation = std::make_shared<core::PayrollCalculation>();
    const core::Session session = app().session();
    const std::shared_ptr<const core::Clock> clock = workerClock(app().clock());
    JobRunner::run(
        this, tr("Calculating the payroll of %1").arg(month), app().databasePath(),
        [calculation, session, clock, month](core::Database& db, core::Progress& progress) -> core::Status {
            const core::Context ctx{db, *clock, session, nullptr};
            auto result = core::PayrollRunService(ctx).calculate(month, progress);
            if (!result)
                return result.error();
            *calculation = std::move(result).value();
            return {};
        },
        [this, calculation, month](const core::Status& status) {
            m_busy = false;
            if (!status) {
                error(status.error().fullText());
                updateButtons();
                emit calculationFinished(false);
                return;
            }
            // The job wrote on its own connection without a notifier: tell the application now.
            m_period->setText(month); // show the month just calculated, whatever was chosen meanwhile
            app().notifier().notify(QStringLiteral("payroll_runs"), {calculation->run.id});
            showIssues(calculation->issues);
            reload();
            success(tr("The payroll of %1 was calculated: %n payslip(s), net pay %2.", nullptr,
                       calculation->run.payslipCount)
                        .arg(month, core::formatMoney(calculation->run.net)));
            emit calculationFinished(true);
        });
}

void PayrollPage::editAdjustments()
{
    const QString month = period();
    if (month.isEmpty() || m_busy)
        return;
    const core::PayrollRun* run = currentRun();
    PayAdjustmentsDialog dialog(app(), month, run && run->isClosed(), this);
    dialog.exec();
    if (dialog.changed() && run && run->calcNo > 0)
        info(tr("The adjustments of %1 changed: calculate the month again to include them.").arg(month));
}

void PayrollPage::approve()
{
    const QString month = period();
    if (month.isEmpty())
        return;
    const core::Status status = core::PayrollRunService(app().core()).approve(month);
    if (!status) {
        error(status.error().fullText());
        return;
    }
    reload();
    success(tr("The payroll of %1 is approved. Lock it once the salaries are paid.").arg(month));
}

void PayrollPage::lock(bool askFirst)
{
    const QString month = period();
    if (month.isEmpty())
        return;
    if (askFirst &&
        QMessageBox::question(this, tr("Lock the payroll"),
                              tr("Lock the payroll of %1? Its payslips can never be changed again; "
                                 "corrections go into a later month.")
                                  .arg(month)) != QMessageBox::Yes)
        return;
    const core::Status status = core::PayrollRunService(app().core()).lock(month);
    if (!status) {
        error(status.error().fullText());
        return;
    }
    reload();
    success(tr("The payroll of %1 is locked.").arg(month));
}

void PayrollPage::openPayslip(int row)
{
    const core::Payslip* payslip = m_payslipModel->payslipAt(row);
    if (!payslip)
        return;
    PayslipDetailDialog dialog(*payslip, period(), this);
    dialog.exec();
}

void PayrollPage::print(bool strips)
{
    const QString month = period();
    auto documents = core::PayslipDocument::build(app().core(), month);
    if (!documents) {
        error(documents.error().fullText());
        return;
    }
    const auto layout = strips ? PayslipHtml::Layout::Strips : PayslipHtml::Layout::A4;
    PrintPreviewDialog dialog(PayslipHtml::documents(*documents, layout), this);
    dialog.setSuggestedFileName(tr("Payslips %1.pdf").arg(month));
    dialog.exec();
}

} // namespace tl::ui

#include "aging/AgingPage.h"

#include "aging/AgingChart.h"
#include "aging/AgingExport.h"
#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "models/AgingTableModel.h"
#include "models/BasisPointsText.h"
#include "money/MoneyFormat.h"
#include "pool/BackgroundRead.h"
#include "pool/TeamFilter.h"
#include "printing/ReportHtml.h"
#include "printing/widgets/PrintPreviewDialog.h"
#include "settings/CompanyService.h"
#include "widgets/JobRunner.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Dimension = core::AgingReport::Dimension;

namespace {
constexpr int kAmountColumnWidth = 100;
}

AgingPage::AgingPage(AppContext& app, QWidget* parent) : Page(app, parent), m_model(new AgingTableModel(this))
{
    setObjectName(QStringLiteral("agingPage"));
    buildUi();
    // Anything that moves a balance or a collector: payments, allocations, write-offs, schedules, handovers.
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_loaded && (entity == QLatin1String("installments") || entity == QLatin1String("payments") ||
                         entity == QLatin1String("contracts") || entity == QLatin1String("write_offs") ||
                         entity == QLatin1String("settings")))
            reload();
    });
}

QString AgingPage::title() const
{
    return tr("Receivables ageing");
}

QIcon AgingPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/aging.svg"));
}

void AgingPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("dimension"));
    for (Dimension by :
         {Dimension::Salesperson, Dimension::Team, Dimension::Customer, Dimension::CustomerType})
        m_by->addItem(core::AgingReport::dimensionName(by), int(by));
    auto* byLabel = new QLabel(tr("&By:"), this);
    byLabel->setBuddy(m_by);
    m_team = new TeamFilter(app().core(), this);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Compute the ageing again (F5)"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setToolTip(tr("Preview, print or save the ageing report as PDF"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setToolTip(tr("Save the table as CSV or XLSX"));
    filters->addWidget(asOfLabel);
    filters->addWidget(m_asOf);
    filters->addWidget(byLabel);
    filters->addWidget(m_by);
    filters->addWidget(m_team);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_print);
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("agingSplitter"));
    m_charts = new QSplitter(Qt::Horizontal, m_splitter);
    m_charts->setObjectName(QStringLiteral("agingCharts"));
    m_bucketView = new QChartView(m_charts);
    m_bucketView->setObjectName(QStringLiteral("bucketChart"));
    m_typeView = new QChartView(m_charts);
    m_typeView->setObjectName(QStringLiteral("typeChart"));
    for (QChartView* view : {m_bucketView, m_typeView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
    }
    m_charts->addWidget(m_bucketView);
    m_charts->addWidget(m_typeView);
    m_charts->setStretchFactor(0, 1);
    m_charts->setStretchFactor(1, 1);
    m_charts->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_charts, QStringLiteral("aging-charts"));

    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("agingView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 110);
    // Sorted as the report comes (by key) until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(AgingTableModel::KeyColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_splitter->addWidget(m_charts);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 380});
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("aging"));
    layout->addWidget(m_splitter, 1);

    {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(app().clock().today());
    }
    connect(m_asOf, &QDateEdit::dateChanged, this, &AgingPage::reload);
    connect(m_by, &QComboBox::currentIndexChanged, this, &AgingPage::reload);
    connect(m_team, &TeamFilter::changed, this, &AgingPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &AgingPage::reload);
    connect(m_print, &QPushButton::clicked, this, &AgingPage::print);
    connect(m_export, &QPushButton::clicked, this, &AgingPage::exportFile);
    updateActions();
}

void AgingPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_team->load();
    reload();
}

void AgingPage::setAsOf(const QDate& asOf)
{
    if (m_asOf->date() == asOf)
        reload();
    else
        m_asOf->setDate(asOf); // reloads
}

void AgingPage::setDimension(Dimension by)
{
    const int index = m_by->findData(int(by));
    if (index == m_by->currentIndex())
        reload();
    else
        m_by->setCurrentIndex(index); // reloads
}

Dimension AgingPage::dimension() const
{
    return Dimension(m_by->currentData().toInt());
}

QChart* AgingPage::bucketChart() const
{
    return m_bucketView->chart();
}

QChart* AgingPage::typeChart() const
{
    return m_typeView->chart();
}

QString AgingPage::summaryText() const
{
    return m_summary->text();
}

bool AgingPage::hasReport() const
{
    return m_model->hasReport();
}

const core::AgingReport::Report& AgingPage::report() const
{
    return m_model->report();
}

void AgingPage::updateActions()
{
    const bool ready = hasReport() && !m_loading;
    m_print->setEnabled(ready);
    m_export->setEnabled(ready);
}

void AgingPage::reload()
{
    if (!m_loaded)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    updateActions();
    m_summary->setText(tr("Computing the ageing…"));
    const QDate asOf = m_asOf->date();
    const Dimension by = dimension();
    core::AgingReport::Filter filter;
    filter.collectorId = m_team->employeeId();
    filter.departmentId = filter.collectorId == 0 ? m_team->departmentId() : 0;
    readInBackground<Reports>(
        this, app(),
        [asOf, by, filter](const core::Context& ctx) -> core::Result<Reports> {
            const core::AgingReport aging(ctx);
            auto report = aging.run(asOf, by, filter);
            if (!report)
                return report.error();
            Reports reports{std::move(report).value(), {}};
            if (by == Dimension::CustomerType) {
                reports.byType = reports.report;
            } else {
                auto byType = aging.run(asOf, Dimension::CustomerType, filter);
                if (!byType)
                    return byType.error();
                reports.byType = std::move(byType).value();
            }
            return reports;
        },
        [this, generation](const core::Result<Reports>& reports) {
            if (generation != m_generation)
                return; // a newer computation is on its way
            m_loading = false;
            if (!reports) {
                if (MessageBar* bar = app().messageBar())
                    bar->showError(reports.error().message);
                m_model->clear();
                m_summary->clear();
            } else {
                showReports(*reports);
            }
            updateActions();
            emit loaded();
        });
}

void AgingPage::showReports(const Reports& reports)
{
    const core::AgingReport::Report& report = reports.report;
    m_model->setReport(report);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionHidden(AgingTableModel::KeyColumn, report.by == Dimension::CustomerType);
    header->resizeSection(AgingTableModel::NameColumn, report.by == Dimension::Customer ? 220 : 150);
    if (report.by == Dimension::Team)
        header->resizeSection(AgingTableModel::KeyColumn, 200);
    // Amount columns wide enough for the (bold) totals row, the largest figure of each.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int last = m_model->rowCount() - 1;
    for (int column = AgingTableModel::FirstBucketColumn; column < m_model->columnCount(); ++column) {
        const QString text = m_model->index(last, column).data().toString();
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max({kAmountColumnWidth, boldMetrics.horizontalAdvance(text) + 16,
                                                m_view->fontMetrics().horizontalAdvance(title) + 24}));
    }

    QChart* oldBuckets = m_bucketView->chart();
    m_bucketView->setChart(AgingChart::bucketChart(report));
    delete oldBuckets; // the view does not delete a chart it no longer shows
    QChart* oldTypes = m_typeView->chart();
    m_typeView->setChart(AgingChart::typeChart(reports.byType));
    delete oldTypes;

    const core::AgingReport::Row& total = report.total;
    if (total.total == 0) {
        m_summary->setText(tr("Nothing was open on %1.").arg(report.asOf.toString(Qt::ISODate)));
        return;
    }
    const qint64 overdue = total.total - total.amounts.value(0);
    m_summary->setText(tr("As of %1: %2 open in %n instalment(s); %3 past due; %4 more than 90 days past due "
                          "(%5 of the open "
                          "balance).",
                          nullptr, int(total.count))
                           .arg(report.asOf.toString(Qt::ISODate),
                                core::formatMoney(core::Money::fromFen(total.total)),
                                core::formatMoney(core::Money::fromFen(overdue)),
                                core::formatMoney(core::Money::fromFen(report.over90)),
                                basisPointsText(report.over90ShareBp)));
}

QString AgingPage::companyName() const
{
    auto company = core::CompanyService(app().core()).company();
    if (!company)
        return {};
    return company->legalName.isEmpty() ? company->name : company->legalName;
}

PrintDocument AgingPage::printDocument() const
{
    return ReportHtml::agingDocument(report(), companyName());
}

void AgingPage::print()
{
    if (!hasReport())
        return;
    PrintPreviewDialog dialog({printDocument()}, this);
    dialog.setSuggestedFileName(tr("Ageing %1.pdf").arg(report().asOf.toString(Qt::ISODate)));
    dialog.exec();
}

core::Status AgingPage::exportTo(const QString& path) const
{
    return AgingExport::write(report(), path);
}

void AgingPage::exportFile()
{
    if (!hasReport())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("Ageing %1.xlsx").arg(report().asOf.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the ageing"), suggested,
                                                tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".xlsx");
    const core::AgingReport::Report copy = report();
    m_export->setEnabled(false);
    JobRunner::run(
        this, tr("Exporting the ageing"), QString(),
        [copy, path](core::Database&, core::Progress& progress) -> core::Status {
            progress.setText(QCoreApplication::translate("tl::ui::AgingPage", "Writing %1…")
                                 .arg(QDir::toNativeSeparators(path)));
            return AgingExport::write(copy, path);
        },
        [this, path](const core::Status& status) {
            updateActions();
            if (!status) {
                app().messageBar()->showError(status.error().fullText());
                return;
            }
            app().messageBar()->showSuccess(
                tr("The ageing was saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace tl::ui

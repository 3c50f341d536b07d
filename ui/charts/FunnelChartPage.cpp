#include "charts/FunnelChartPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "charts/FunnelChart.h"
#include "models/FunnelTableModel.h"
#include "money/MoneyFormat.h"
#include "pool/BackgroundRead.h"
#include "pool/TeamFilter.h"
#include "widgets/MessageBar.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

FunnelChartPage::FunnelChartPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new FunnelTableModel(this))
{
    buildUi();
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_loaded &&
            (entity == QLatin1String("opportunities") || entity == QLatin1String("opportunity_stages")))
            reload();
    });
}

QString FunnelChartPage::title() const
{
    return tr("Sales funnel");
}

QIcon FunnelChartPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/funnel.svg"));
}

void FunnelChartPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    auto* fromLabel = new QLabel(tr("&Created from:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    m_team = new TeamFilter(app().core(), this);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Compute the funnel again (F5)"));
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_team);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("funnelSplitter"));
    m_chartView = new QChartView(m_splitter);
    m_chartView->setObjectName(QStringLiteral("funnelChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("conversionView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultSectionSize(140);
    header->setStretchLastSection(true);
    header->resizeSection(int(FunnelTableModel::Column::Amount), 180);
    UiSettings::rememberHeader(header, QStringLiteral("funnel"));
    m_splitter->addWidget(m_chartView);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 200});
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("funnel"));
    layout->addWidget(m_splitter, 1);

    const QDate today = app().clock().today();
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &FunnelChartPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &FunnelChartPage::reload);
    connect(m_team, &TeamFilter::changed, this, &FunnelChartPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &FunnelChartPage::reload);
}

void FunnelChartPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_team->load();
    reload();
}

void FunnelChartPage::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

QChart* FunnelChartPage::chart() const
{
    return m_chartView->chart();
}

QString FunnelChartPage::summaryText() const
{
    return m_summary->text();
}

void FunnelChartPage::reload()
{
    if (!m_loaded)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    // A person wins over the team; neither: everything in the session's scope.
    const qint64 person = m_team->employeeId();
    const qint64 team = person == 0 ? m_team->departmentId() : 0;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    readInBackground<core::FunnelReport::Funnel>(
        this, app(),
        [from, to, person, team](const core::Context& ctx) {
            return core::FunnelReport(ctx).compute(from, to, person, team);
        },
        [this, generation](const core::Result<core::FunnelReport::Funnel>& funnel) {
            if (generation != m_generation)
                return; // a newer computation is on its way
            m_loading = false;
            if (!funnel) {
                if (MessageBar* bar = app().messageBar())
                    bar->showError(funnel.error().message);
                m_model->setFunnel({});
                m_summary->clear();
            } else {
                show(*funnel);
            }
            emit loaded();
        });
}

void FunnelChartPage::show(const core::FunnelReport::Funnel& funnel)
{
    m_model->setFunnel(funnel);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(FunnelChart::create(funnel));
    delete old; // the view does not delete a chart it no longer shows

    const int started = funnel.stages.isEmpty() ? 0 : funnel.stages.first().reached;
    const int won = funnel.stages.isEmpty() ? 0 : funnel.stages.last().reached;
    const core::Money wonAmount = funnel.stages.isEmpty() ? core::Money() : funnel.stages.last().amount;
    if (started == 0)
        m_summary->setText(tr("No opportunities were created from %1 to %2.")
                               .arg(funnel.from.toString(Qt::ISODate), funnel.to.toString(Qt::ISODate)));
    else
        m_summary->setText(
            tr("%n opportunity(s) created from %1 to %2: %3 won (%4, %5 of all), %6 lost (%7).", nullptr,
               started)
                .arg(funnel.from.toString(Qt::ISODate), funnel.to.toString(Qt::ISODate))
                .arg(won)
                .arg(core::formatMoney(wonAmount),
                     FunnelTableModel::percentText(int((qint64(won) * 1000000 + started / 2) / started)))
                .arg(funnel.lost)
                .arg(core::formatMoney(funnel.lostAmount)));
}

} // namespace tl::ui

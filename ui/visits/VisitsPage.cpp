#include "visits/VisitsPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "customers/CheckinService.h"
#include "models/CheckinMonthTableModel.h"
#include "models/CheckinTableModel.h"
#include "pool/BackgroundRead.h"
#include "pool/TeamFilter.h"
#include "widgets/JobRunner.h"
#include "widgets/MessageBar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

QDateEdit* makeDateEdit(const QString& name, const QString& format, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(format);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

VisitsPage::VisitsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_checkins(new CheckinTableModel(this)), m_counts(new CheckinMonthTableModel(this))
{
    buildUi();
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_loaded && (entity == QLatin1String("checkins") || entity == QLatin1String("followups")))
            reload();
    });
}

QString VisitsPage::title() const
{
    return tr("Visits");
}

QIcon VisitsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/visits.svg"));
}

void VisitsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_month = makeDateEdit(QStringLiteral("month"), QStringLiteral("yyyy-MM"), this);
    m_month->setCalendarPopup(false);
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_from = makeDateEdit(QStringLiteral("from"), QStringLiteral("yyyy-MM-dd"), this);
    auto* fromLabel = new QLabel(tr("From &day:"), this);
    fromLabel->setBuddy(m_from);
    m_to = makeDateEdit(QStringLiteral("to"), QStringLiteral("yyyy-MM-dd"), this);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    m_team = new TeamFilter(app().core(), this);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the check-ins again (F5)"));
    m_rematch = new QPushButton(tr("Re-check m&atches"), this);
    m_rematch->setObjectName(QStringLiteral("rematch"));
    m_rematch->setToolTip(tr("Match the period's check-ins again with the customers' coordinates and the "
                             "follow-ups logged since"));
    m_rematch->setVisible(app().session().can(core::Permission::EditCustomers));
    for (QWidget* w :
         std::initializer_list<QWidget*>{monthLabel, m_month, fromLabel, m_from, toLabel, m_to, m_team})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_rematch);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("visitsSplitter"));
    auto* listBox = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("Check-&ins:"), listBox);
    m_view = makeTable(m_checkins, QStringLiteral("checkinsView"), listBox);
    listTitle->setBuddy(m_view);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_view, 1);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultSectionSize(110);
    header->resizeSection(int(CheckinTableModel::Column::Time), 130);
    header->resizeSection(int(CheckinTableModel::Column::Address), 200);
    header->resizeSection(int(CheckinTableModel::Column::Customer), 200);
    header->resizeSection(int(CheckinTableModel::Column::Distance), 80);
    header->resizeSection(int(CheckinTableModel::Column::Effective), 80);
    UiSettings::rememberHeader(header, QStringLiteral("visits"));
    auto* countBox = new QWidget(m_splitter);
    auto* countLayout = new QVBoxLayout(countBox);
    countLayout->setContentsMargins(0, 0, 0, 0);
    m_monthTitle = new QLabel(countBox);
    m_monthTitle->setObjectName(QStringLiteral("monthTitle"));
    m_countView = makeTable(m_counts, QStringLiteral("monthCountsView"), countBox);
    m_countView->horizontalHeader()->setDefaultSectionSize(80);
    m_countView->horizontalHeader()->resizeSection(int(CheckinMonthTableModel::Column::Employee), 130);
    UiSettings::rememberHeader(m_countView->horizontalHeader(), QStringLiteral("visits-month"));
    m_monthTitle->setBuddy(m_countView);
    countLayout->addWidget(m_monthTitle);
    countLayout->addWidget(m_countView, 1);
    m_splitter->addWidget(listBox);
    m_splitter->addWidget(countBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({800, 400});
    m_splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(m_splitter, QStringLiteral("visits"));
    layout->addWidget(m_splitter, 1);

    const QDate today = app().clock().today();
    {
        const QSignalBlocker a(m_month), b(m_from), c(m_to);
        m_month->setDate(QDate(today.year(), today.month(), 1));
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    }
    connect(m_month, &QDateEdit::dateChanged, this, [this](const QDate& d) { setMonth(d); });
    connect(m_from, &QDateEdit::dateChanged, this, &VisitsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &VisitsPage::reload);
    connect(m_team, &TeamFilter::changed, this, &VisitsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &VisitsPage::reload);
    connect(m_rematch, &QPushButton::clicked, this, &VisitsPage::rematch);
}

void VisitsPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_team->load();
    reload();
}

void VisitsPage::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_month);
        m_from->setDate(from);
        m_to->setDate(to);
        m_month->setDate(QDate(from.year(), from.month(), 1));
    }
    reload();
}

void VisitsPage::setMonth(const QDate& anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

QDate VisitsPage::from() const
{
    return m_from->date();
}

QDate VisitsPage::to() const
{
    return m_to->date();
}

QString VisitsPage::summaryText() const
{
    return m_summary->text();
}

struct VisitsPage::Data
{
    QList<core::Checkin> checkins;
    QList<core::CheckinService::MonthCount> counts;
    QDate from;
    QDate to;
    QDate month;
};

void VisitsPage::reload()
{
    if (!m_loaded)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_summary->setText(tr("Reading the check-ins…"));
    const qint64 person = m_team->employeeId();
    // A team without a chosen person: the people listed for it (the core limits everything to the scope).
    const bool byTeam = person == 0 && m_team->departmentId() != 0;
    const QList<qint64>& memberList = m_team->memberIds();
    const QSet<qint64> members(memberList.cbegin(), memberList.cend());
    const QDate from = this->from();
    const QDate to = this->to();
    const QDate month = m_month->date();
    readInBackground<Data>(
        this, app(),
        [from, to, month, person, byTeam, members](const core::Context& ctx) -> core::Result<Data> {
            const core::CheckinService service(ctx);
            auto list = service.list(from, to, person);
            if (!list)
                return list.error();
            auto counts = service.monthCounts(month.year(), month.month());
            if (!counts)
                return counts.error();
            Data data{std::move(list).value(), std::move(counts).value(), from, to, month};
            if (byTeam)
                data.checkins.removeIf(
                    [&](const core::Checkin& c) { return !members.contains(c.employeeId); });
            if (person != 0)
                data.counts.removeIf(
                    [&](const core::CheckinService::MonthCount& c) { return c.employeeId != person; });
            else if (byTeam)
                data.counts.removeIf([&](const core::CheckinService::MonthCount& c) {
                    return !members.contains(c.employeeId);
                });
            return data;
        },
        [this, generation](const core::Result<Data>& result) {
            if (generation != m_generation)
                return; // a newer read is on its way
            m_loading = false;
            if (!result) {
                showError(result.error().message);
                show({{}, {}, this->from(), this->to(), m_month->date()});
            } else {
                show(*result);
            }
            emit loaded();
        });
}

void VisitsPage::show(const Data& data)
{
    m_checkins->setCheckins(data.checkins);
    m_counts->setCounts(data.counts);
    m_summary->setText(tr("%n check-in(s) from %1 to %2, %3 effective.", nullptr, m_checkins->rowCount())
                           .arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate))
                           .arg(m_checkins->effectiveCount()));
    m_monthTitle->setText(tr("P&er person in %1:").arg(data.month.toString(QStringLiteral("yyyy-MM"))));
}

void VisitsPage::rematch()
{
    auto changed = std::make_shared<int>(0);
    const core::Session session = app().session();
    const std::shared_ptr<const core::Clock> clock = workerClock(app().clock());
    const QDate from = this->from();
    const QDate to = this->to();
    QPointer<VisitsPage> self(this);
    m_rematch->setEnabled(false);
    JobRunner::run(
        this, tr("Matching the check-ins again"), app().databasePath(),
        [session, clock, from, to, changed](core::Database& db, core::Progress&) -> core::Status {
            const core::Context ctx{db, *clock, session, nullptr};
            auto result = core::CheckinService(ctx).rematch(from, to);
            if (!result)
                return result.error();
            *changed = *result;
            return {};
        },
        [self, changed](const core::Status& status) {
            if (!self)
                return;
            self->m_rematch->setEnabled(true);
            if (!status) {
                self->showError(status.error().message);
                return;
            }
            self->app().notifier().notify(QStringLiteral("checkins"));
            if (MessageBar* bar = self->app().messageBar())
                bar->showSuccess(tr("The check-ins were matched again: %n changed.", nullptr, *changed));
        });
}

void VisitsPage::showError(const QString& message) const
{
    if (MessageBar* bar = app().messageBar())
        bar->showError(message);
}

} // namespace tl::ui

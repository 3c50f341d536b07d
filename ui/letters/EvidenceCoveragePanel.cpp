#include "letters/EvidenceCoveragePanel.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "models/BasisPointsText.h"
#include "money/MoneyFormat.h"
#include "pool/BackgroundRead.h"
#include "pool/TeamMembers.h"
#include "widgets/ListViewSetup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using Column = EvidenceCoverageTableModel::Column;

EvidenceCoveragePanel::EvidenceCoveragePanel(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app), m_model(new EvidenceCoverageTableModel(this)), m_by(new QComboBox(this)),
      m_collector(new QComboBox(this)), m_asOf(new QDateEdit(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("evidenceCoverage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* filters = new QHBoxLayout;
    m_by->setObjectName(QStringLiteral("coverageBy"));
    m_by->addItem(tr("By salesperson"), int(By::Collector));
    m_by->addItem(tr("By customer"), int(By::Customer));
    m_collector->setObjectName(QStringLiteral("coverageCollector"));
    m_collector->addItem(tr("Every salesperson"), qint64(0));
    m_asOf->setObjectName(QStringLiteral("coverageAsOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(app.clock().today());
    }
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    filters->addWidget(m_by);
    filters->addWidget(m_collector);
    filters->addWidget(asOfLabel);
    filters->addWidget(m_asOf);
    filters->addStretch(1);
    filters->addWidget(refresh);
    layout->addLayout(filters);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_view->setObjectName(QStringLiteral("coverageView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 120);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false); // numbers stay by their neighbours
    header->resizeSection(int(Column::Code), 90);
    header->resizeSection(int(Column::Name), 220);
    header->resizeSection(int(Column::Open), 140);
    header->resizeSection(int(Column::Covered), 140);
    header->resizeSection(int(Column::Share), 90);
    UiSettings::rememberHeader(header, QStringLiteral("letters-coverage"));
    layout->addWidget(m_view, 1);
    m_collector->setEnabled(false);

    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        m_collector->setEnabled(By(m_by->currentData().toInt()) == By::Customer);
        reload();
    });
    connect(m_collector, &QComboBox::currentIndexChanged, this, &EvidenceCoveragePanel::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &EvidenceCoveragePanel::reload);
    connect(refresh, &QPushButton::clicked, this, &EvidenceCoveragePanel::reload);
}

void EvidenceCoveragePanel::setBy(By by)
{
    const int index = m_by->findData(int(by));
    if (index == m_by->currentIndex())
        reload();
    else
        m_by->setCurrentIndex(index);
}

void EvidenceCoveragePanel::setAsOf(const QDate& asOf)
{
    if (m_asOf->date() == asOf)
        reload();
    else
        m_asOf->setDate(asOf);
}

void EvidenceCoveragePanel::setCollector(qint64 employeeId)
{
    if (!m_peopleLoaded)
        reload();
    const int index = m_collector->findData(employeeId);
    if (index >= 0 && index != m_collector->currentIndex())
        m_collector->setCurrentIndex(index);
}

QString EvidenceCoveragePanel::summaryText() const
{
    return m_summary->text();
}

void EvidenceCoveragePanel::reload()
{
    if (!m_peopleLoaded) {
        m_peopleLoaded = true;
        const QSignalBlocker block(m_collector);
        for (const core::Employee& e : TeamMembers::load(m_app.core(), 0, false))
            m_collector->addItem(tr("%1 (%2)").arg(e.name, e.code), e.id);
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_summary->setText(tr("Computing the coverage…"));
    const By by = By(m_by->currentData().toInt());
    const QDate asOf = m_asOf->date();
    const qint64 collector = by == By::Customer ? m_collector->currentData().toLongLong() : 0;
    readInBackground<core::EvidenceCoverage::Report>(
        this, m_app,
        [by, asOf, collector](const core::Context& ctx) {
            const core::EvidenceCoverage coverage(ctx);
            return by == By::Collector ? coverage.byCollector(asOf) : coverage.byCustomer(asOf, collector);
        },
        [this, generation, by](const core::Result<core::EvidenceCoverage::Report>& report) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!report) {
                m_model->clear();
                m_summary->clear();
                emit failed(report.error().message);
                emit loaded();
                return;
            }
            m_model->setReport(*report, by);
            const core::EvidenceCoverage::Row& total = report->total;
            if (total.open == 0)
                m_summary->setText(tr("Nothing was open on %1.").arg(report->asOf.toString(Qt::ISODate)));
            else
                m_summary->setText(tr("As of %1, %2 of the open %3 (%4) is backed by a letter the customer "
                                      "replied to in the "
                                      "last 12 months.")
                                       .arg(report->asOf.toString(Qt::ISODate),
                                            core::formatMoney(core::Money::fromFen(total.covered)),
                                            core::formatMoney(core::Money::fromFen(total.open)),
                                            basisPointsText(total.shareBp)));
            emit loaded();
        });
}

} // namespace tl::ui

#include "receivables/ReceivableFilterBar.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "receivables/AgingBuckets.h"
#include "receivables/CustomerPicker.h"
#include "receivables/EmployeePicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace tl::ui {

using Status = core::ReceivableQuery::Status;

namespace {
constexpr int SearchDelayMs = 300;
}

ReceivableFilterBar::ReceivableFilterBar(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_search(new QLineEdit(this)), m_collector(new EmployeePicker(ctx, this)),
      m_customer(new CustomerPicker(ctx, this)), m_bucket(new QComboBox(this)), m_status(new QComboBox(this)),
      m_from(new OptionalDateEdit(tr("Due from"), this)), m_to(new OptionalDateEdit(tr("to"), this)),
      m_searchTimer(new QTimer(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search contract number or customer name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 0, 0, 1, 2);

    auto* collectorLabel = new QLabel(tr("Co&llector:"), this);
    collectorLabel->setBuddy(m_collector->lineEdit());
    m_collector->lineEdit()->setObjectName(QStringLiteral("collectorFilter"));
    m_collector->lineEdit()->setMaximumWidth(140);
    m_collector->setToolTip(tr("The salesperson responsible for collecting"));
    layout->addWidget(collectorLabel, 0, 2);
    layout->addWidget(m_collector, 0, 3);
    const bool seesOthers = m_ctx.session.can(core::Permission::ViewAllReceivables) ||
                            m_ctx.session.role == core::Role::SalesManager;
    collectorLabel->setVisible(seesOthers);
    m_collector->setVisible(seesOthers);

    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer->lineEdit());
    m_customer->lineEdit()->setObjectName(QStringLiteral("customerFilter"));
    m_customer->lineEdit()->setMaximumWidth(140);
    layout->addWidget(customerLabel, 0, 4);
    layout->addWidget(m_customer, 0, 5);

    auto* second = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (Status s :
         {Status::Open, Status::Overdue, Status::Disputed, Status::Paid, Status::WrittenOff, Status::All})
        m_status->addItem(core::ReceivableQuery::statusName(s), core::ReceivableQuery::statusKey(s));
    second->addWidget(statusLabel);
    second->addWidget(m_status);
    auto* bucketLabel = new QLabel(tr("A&geing:"), this);
    bucketLabel->setBuddy(m_bucket);
    m_bucket->setObjectName(QStringLiteral("bucketFilter"));
    m_bucket->addItem(tr("All"), QString());
    auto buckets = core::AgingBuckets::load(m_ctx);
    const core::AgingBuckets b = buckets ? *buckets : core::AgingBuckets();
    for (int i = 0; i < b.count(); ++i)
        m_bucket->addItem(b.label(i), b.key(i));
    second->addWidget(bucketLabel);
    second->addWidget(m_bucket);
    m_from->setObjectName(QStringLiteral("dueFrom"));
    m_to->setObjectName(QStringLiteral("dueTo"));
    const QDate today = m_ctx.clock.today();
    m_from->setDefaultDate(QDate(today.year(), today.month(), 1));
    m_to->setDefaultDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addStretch(1);
    layout->addLayout(second, 1, 0, 1, 6);
    layout->setColumnStretch(1, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ReceivableFilterBar::applyNow);
    connect(m_searchTimer, &QTimer::timeout, this, &ReceivableFilterBar::changed);
    connect(m_collector, &RecordPicker::changed, this, &ReceivableFilterBar::changed);
    connect(m_customer, &RecordPicker::changed, this, &ReceivableFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReceivableFilterBar::changed);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ReceivableFilterBar::changed);
    connect(m_from, &OptionalDateEdit::dateChanged, this, &ReceivableFilterBar::changed);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &ReceivableFilterBar::changed);
}

void ReceivableFilterBar::applyNow()
{
    m_searchTimer->stop();
    emit changed();
}

void ReceivableFilterBar::setSearch(const QString& text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applyNow();
}

void ReceivableFilterBar::setStatus(Status status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(core::ReceivableQuery::statusKey(status))));
}

QString ReceivableFilterBar::problem() const
{
    if (!m_collector->problem().isEmpty())
        return m_collector->problem();
    return m_customer->problem();
}

core::ReceivableQuery::Filter ReceivableFilterBar::filter() const
{
    core::ReceivableQuery::Filter f;
    f.collectorId = std::max<qint64>(0, m_collector->id());
    f.customerId = std::max<qint64>(0, m_customer->id());
    f.bucket = m_bucket->currentData().toString();
    f.status =
        core::ReceivableQuery::statusFromKey(m_status->currentData().toString()).value_or(Status::Open);
    f.dueFrom = m_from->date();
    f.dueTo = m_to->date();
    f.search = m_search->text().trimmed();
    if (m_collector->id() < 0 || m_customer->id() < 0) {
        // A code that names nobody matches nothing (problem() says why): an empty due period.
        f.dueFrom = QDate(9999, 12, 31);
        f.dueTo = QDate(1, 1, 1);
    }
    return f;
}

} // namespace tl::ui

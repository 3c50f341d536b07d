#include "contracts/ContractFilterBar.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "receivables/CustomerPicker.h"
#include "receivables/EmployeePicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace tl::ui {

namespace {
constexpr int SearchDelayMs = 300;
}

ContractFilterBar::ContractFilterBar(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_search(new QLineEdit(this)),
      m_salesperson(new EmployeePicker(ctx, this)), m_customer(new CustomerPicker(ctx, this)),
      m_status(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_from(new OptionalDateEdit(tr("Signed from"), this)), m_to(new OptionalDateEdit(tr("to"), this)),
      m_searchTimer(new QTimer(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search contract number or customer name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 0, 0, 1, 2);

    auto* salespersonLabel = new QLabel(tr("Sa&lesperson:"), this);
    salespersonLabel->setBuddy(m_salesperson->lineEdit());
    m_salesperson->lineEdit()->setObjectName(QStringLiteral("salespersonFilter"));
    m_salesperson->lineEdit()->setMaximumWidth(140);
    layout->addWidget(salespersonLabel, 0, 2);
    layout->addWidget(m_salesperson, 0, 3);
    const core::Session& s = m_ctx.session;
    const bool seesOthers = s.can(core::Permission::ViewAllReceivables) || s.role == core::Role::SalesManager;
    salespersonLabel->setVisible(seesOthers);
    m_salesperson->setVisible(seesOthers);

    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer->lineEdit());
    m_customer->lineEdit()->setObjectName(QStringLiteral("customerFilter"));
    m_customer->lineEdit()->setMaximumWidth(140);
    layout->addWidget(customerLabel, 0, 4);
    layout->addWidget(m_customer, 0, 5);

    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), QString());
    for (core::ContractStatus status : {core::ContractStatus::Draft, core::ContractStatus::Active,
                                        core::ContractStatus::Closed, core::ContractStatus::Cancelled})
        m_status->addItem(core::contractStatusName(status), core::contractStatusKey(status));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All"), QString());
    for (const QString& key : core::contractKindKeys())
        m_kind->addItem(core::contractKindName(key), key);
    auto* second = new QHBoxLayout;
    second->addWidget(statusLabel);
    second->addWidget(m_status);
    second->addWidget(kindLabel);
    second->addWidget(m_kind);
    m_from->setObjectName(QStringLiteral("signedFrom"));
    m_to->setObjectName(QStringLiteral("signedTo"));
    m_from->setDefaultDate(QDate(m_ctx.clock.today().year(), 1, 1));
    m_to->setDefaultDate(m_ctx.clock.today());
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addStretch(1);
    layout->addLayout(second, 1, 0, 1, 6);
    layout->setColumnStretch(1, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ContractFilterBar::applyNow);
    connect(m_searchTimer, &QTimer::timeout, this, &ContractFilterBar::changed);
    connect(m_salesperson, &RecordPicker::changed, this, &ContractFilterBar::changed);
    connect(m_customer, &RecordPicker::changed, this, &ContractFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ContractFilterBar::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContractFilterBar::changed);
    connect(m_from, &OptionalDateEdit::dateChanged, this, &ContractFilterBar::changed);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &ContractFilterBar::changed);
}

void ContractFilterBar::applyNow()
{
    m_searchTimer->stop();
    emit changed();
}

void ContractFilterBar::setSearch(const QString& text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applyNow();
}

QString ContractFilterBar::problem() const
{
    if (!m_salesperson->problem().isEmpty())
        return m_salesperson->problem();
    return m_customer->problem();
}

core::ContractQuery::Filter ContractFilterBar::filter() const
{
    core::ContractQuery::Filter f;
    f.search = m_search->text().trimmed();
    f.salespersonId = m_salesperson->id();
    f.customerId = m_customer->id();
    if (const QString key = m_status->currentData().toString(); !key.isEmpty())
        f.status = core::contractStatusFromKey(key);
    f.kind = m_kind->currentData().toString();
    f.signedFrom = m_from->date();
    f.signedTo = m_to->date();
    return f;
}

} // namespace tl::ui

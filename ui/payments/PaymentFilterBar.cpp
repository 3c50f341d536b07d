#include "payments/PaymentFilterBar.h"

#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "receivables/CustomerPicker.h"
#include "receivables/PaymentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tl::ui {

PaymentFilterBar::PaymentFilterBar(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_customer(new CustomerPicker(ctx, this)),
      m_from(new OptionalDateEdit(tr("Received from"), this)), m_to(new OptionalDateEdit(tr("to"), this)),
      m_method(new QComboBox(this)), m_credit(new QCheckBox(tr("Only with credit &left"), this)),
      m_reversed(new QCheckBox(tr("Include re&versed"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer->lineEdit());
    m_customer->lineEdit()->setObjectName(QStringLiteral("customerFilter"));
    m_customer->lineEdit()->setMaximumWidth(150);
    layout->addWidget(customerLabel);
    layout->addWidget(m_customer, 1);
    m_from->setObjectName(QStringLiteral("receivedFrom"));
    m_to->setObjectName(QStringLiteral("receivedTo"));
    const QDate today = ctx.clock.today();
    m_from->setDefaultDate(QDate(today.year(), today.month(), 1));
    m_to->setDefaultDate(today);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    auto* methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_method->addItem(tr("All"), QString());
    for (const QString& key : core::paymentMethodKeys())
        m_method->addItem(core::paymentMethodName(key), key);
    layout->addWidget(methodLabel);
    layout->addWidget(m_method);
    m_credit->setObjectName(QStringLiteral("creditOnly"));
    m_reversed->setObjectName(QStringLiteral("includeReversed"));
    layout->addWidget(m_credit);
    layout->addWidget(m_reversed);
    layout->addStretch(1);

    connect(m_customer, &RecordPicker::changed, this, &PaymentFilterBar::changed);
    connect(m_from, &OptionalDateEdit::dateChanged, this, &PaymentFilterBar::changed);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &PaymentFilterBar::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentFilterBar::changed);
    connect(m_credit, &QCheckBox::toggled, this, &PaymentFilterBar::changed);
    connect(m_reversed, &QCheckBox::toggled, this, &PaymentFilterBar::changed);
}

QString PaymentFilterBar::problem() const
{
    return m_customer->problem();
}

core::PaymentQuery::Filter PaymentFilterBar::filter() const
{
    core::PaymentQuery::Filter f;
    f.customerId = m_customer->id();
    f.receivedFrom = m_from->date();
    f.receivedTo = m_to->date();
    f.method = m_method->currentData().toString();
    f.onlyWithCredit = m_credit->isChecked();
    f.includeReversed = m_reversed->isChecked();
    return f;
}

} // namespace tl::ui

#include "letters/LetterGenerateDialog.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "letters/CustomerCodeCompleter.h"
#include "pool/TeamMembers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tl::ui {

LetterGenerateDialog::LetterGenerateDialog(const core::Context& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_forCustomer(new QRadioButton(tr("One &customer:"), this)),
      m_forSalesperson(new QRadioButton(tr("The customers of one &salesperson:"), this)),
      m_forAll(new QRadioButton(tr("&Every customer with a balance"), this)), m_customer(new QLineEdit(this)),
      m_completer(new CustomerCodeCompleter(ctx, m_customer)), m_salesperson(new QComboBox(this)),
      m_asOf(new QDateEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Generate reconciliation letters"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One draft letter is created for each customer with an open balance on the "
                                "as-of date, listing the open instalments. Print and send them, then record "
                                "the customers' replies."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_customer->setObjectName(QStringLiteral("customerCode"));
    m_customer->setPlaceholderText(tr("Customer code or part of the name"));
    form->addRow(m_forCustomer, m_customer);
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    const core::Session& s = ctx.session;
    if (!s.system && s.role == core::Role::Sales) {
        // A salesperson writes to their own customers only.
        m_salesperson->addItem(s.displayName.isEmpty() ? s.username : s.displayName, s.employeeId);
    } else {
        for (const core::Employee& e : TeamMembers::load(ctx, 0, false))
            m_salesperson->addItem(tr("%1 (%2)").arg(e.name, e.code), e.id);
    }
    form->addRow(m_forSalesperson, m_salesperson);
    form->addRow(m_forAll);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setMaximumDate(ctx.clock.today());
    m_asOf->setDate(ctx.clock.today());
    form->addRow(tr("&As of:"), m_asOf);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterGenerateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* radio : {m_forCustomer, m_forSalesperson, m_forAll})
        connect(radio, &QRadioButton::toggled, this, &LetterGenerateDialog::updateEnabled);

    if (m_salesperson->count() == 0)
        m_forSalesperson->setEnabled(false);
    if (!s.system && s.role == core::Role::Sales)
        m_forSalesperson->setChecked(true);
    else
        m_forAll->setChecked(true);
    updateEnabled();
}

void LetterGenerateDialog::updateEnabled()
{
    m_customer->setEnabled(m_forCustomer->isChecked());
    m_salesperson->setEnabled(m_forSalesperson->isChecked());
}

QDate LetterGenerateDialog::asOf() const
{
    return m_asOf->date();
}

void LetterGenerateDialog::setCustomerCode(const QString& code)
{
    m_forCustomer->setChecked(true);
    m_customer->setText(code);
}

void LetterGenerateDialog::setSalesperson(qint64 employeeId)
{
    m_forSalesperson->setChecked(true);
    const int index = m_salesperson->findData(employeeId);
    if (index >= 0)
        m_salesperson->setCurrentIndex(index);
}

void LetterGenerateDialog::setAll()
{
    m_forAll->setChecked(true);
}

void LetterGenerateDialog::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

QString LetterGenerateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LetterGenerateDialog::accept()
{
    m_error->hide();
    if (m_forCustomer->isChecked()) {
        const QString code = m_customer->text().trimmed();
        if (code.isEmpty()) {
            m_error->setText(tr("Enter the code of the customer."));
            m_error->show();
            m_customer->setFocus();
            return;
        }
        auto customer = core::CustomerService(m_ctx).getByCode(code);
        if (!customer) {
            m_error->setText(customer.error().message);
            m_error->show();
            m_customer->setFocus();
            return;
        }
        m_subject = core::LetterSubject::customer(customer->id);
    } else if (m_forSalesperson->isChecked()) {
        const qint64 id = m_salesperson->currentData().toLongLong();
        if (id == 0) {
            m_error->setText(tr("Choose the salesperson."));
            m_error->show();
            return;
        }
        m_subject = core::LetterSubject::salesperson(id);
    } else {
        m_subject = core::LetterSubject::all();
    }
    QDialog::accept();
}

} // namespace tl::ui

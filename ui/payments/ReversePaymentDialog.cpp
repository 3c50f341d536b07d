#include "payments/ReversePaymentDialog.h"

#include "common/Clock.h"
#include "receivables/LedgerText.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

ReversePaymentDialog::ReversePaymentDialog(const core::Context& ctx, qint64 paymentId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_problem(new QLabel(this)), m_facts(new QLabel(this)),
      m_date(new QDateEdit(this)), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reverse payment"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);
    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("reversedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(m_ctx.clock.today());
    m_date->setDate(m_ctx.clock.today());
    form->addRow(tr("Reverse &on:"), m_date);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. bank returned the transfer; recorded for the wrong customer"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Reverse…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReversePaymentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto payment = core::PaymentService(m_ctx).get(paymentId);
    if (!payment) {
        showProblem(payment.error().message);
    } else {
        m_payment = *payment;
        m_date->setMinimumDate(m_payment.receivedOn);
        m_facts->setText(tr("Payment %1 from %2 (%3): %4 received on %5, %6 allocated.")
                             .arg(m_payment.paymentNo, m_payment.customerName, m_payment.customerCode,
                                  LedgerText::money(m_payment.amount), LedgerText::date(m_payment.receivedOn),
                                  LedgerText::money(m_payment.allocated)));
        if (m_payment.reversed())
            showProblem(tr("Payment %1 was already reversed on %2.")
                            .arg(m_payment.paymentNo, LedgerText::date(m_payment.reversedOn)));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(isAvailable());
    m_reason->setFocus();
}

QString ReversePaymentDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReversePaymentDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ReversePaymentDialog::reverse(bool confirm)
{
    if (!isAvailable())
        return false;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showProblem(tr("Reason: say why the payment is reversed."));
        m_reason->setFocus();
        return false;
    }
    if (confirm && QMessageBox::warning(
                       this, tr("Reverse payment"),
                       tr("Reverse payment %1 of %2? The %3 it paid to instalments becomes open again. A "
                          "reversal cannot be undone.")
                           .arg(m_payment.paymentNo, LedgerText::money(m_payment.amount),
                                LedgerText::money(m_payment.allocated)),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (const core::Status status = core::PaymentService(m_ctx).reverse(m_payment.id, m_date->date(), reason);
        !status) {
        showProblem(status.error().fullText());
        return false;
    }
    m_summary = tr("Payment %1 was reversed.").arg(m_payment.paymentNo);
    accept();
    return true;
}

} // namespace tl::ui

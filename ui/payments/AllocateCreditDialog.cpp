#include "payments/AllocateCreditDialog.h"

#include "common/Clock.h"
#include "payments/AllocationEditor.h"
#include "receivables/LedgerText.h"
#include "receivables/PaymentQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int MaxPaymentsListed = 200;
}

AllocateCreditDialog::AllocateCreditDialog(const core::Context& ctx, qint64 paymentId, qint64 customerId,
                                           QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_problem(new QLabel(this)), m_payment(new QComboBox(this)),
      m_facts(new QLabel(this)), m_date(new QDateEdit(this)),
      m_allocation(new AllocationEditor(ctx, false, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Allocate credit"));
    setMinimumWidth(820);
    auto* layout = new QVBoxLayout(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* form = new QFormLayout;
    m_payment->setObjectName(QStringLiteral("payment"));
    form->addRow(tr("&Payment:"), m_payment);
    m_facts->setObjectName(QStringLiteral("facts"));
    form->addRow(QString(), m_facts);
    m_date->setObjectName(QStringLiteral("allocateOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(m_ctx.clock.today());
    m_date->setDate(m_ctx.clock.today());
    m_date->setToolTip(tr("The date the credit is applied (from the payment's date to today)"));
    form->addRow(tr("Allocate &on:"), m_date);
    layout->addLayout(form);
    layout->addWidget(m_allocation, 1);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Allocate"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocateCreditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &AllocateCreditDialog::onPaymentChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &AllocateCreditDialog::onPaymentChosen);
    connect(m_allocation, &AllocationEditor::changed, this, [this] {
        saveButton()->setEnabled(current() && m_allocation->isValid() && m_allocation->allocated() > 0);
    });
    loadPayments(paymentId, customerId);
    onPaymentChosen();
}

QPushButton* AllocateCreditDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString AllocateCreditDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AllocateCreditDialog::loadPayments(qint64 paymentId, qint64 customerId)
{
    m_payments.clear();
    if (paymentId > 0) {
        auto payment = core::PaymentService(m_ctx).get(paymentId);
        if (!payment) {
            m_problem->setText(payment.error().message);
            m_problem->show();
        } else if (payment->unallocated() <= 0) {
            m_problem->setText(payment->reversed()
                                   ? tr("Payment %1 was reversed: it has no credit.").arg(payment->paymentNo)
                                   : tr("Payment %1 is fully allocated.").arg(payment->paymentNo));
            m_problem->show();
        } else {
            m_payments.append(*payment);
        }
    } else if (customerId > 0) {
        core::PaymentQuery::Filter filter;
        filter.customerId = customerId;
        filter.onlyWithCredit = true;
        const core::PaymentQuery query(m_ctx, filter, core::PaymentQuery::SortKey::ReceivedOn, true);
        auto page = query.page({}, MaxPaymentsListed);
        if (!page) {
            m_problem->setText(page.error().message);
            m_problem->show();
        } else {
            for (const core::PaymentRow& row : page->rows) {
                core::Payment p;
                p.id = row.id;
                p.paymentNo = row.paymentNo;
                p.customerId = row.customerId;
                p.customerCode = row.customerCode;
                p.customerName = row.customerName;
                p.receivedOn = row.receivedOn;
                p.amount = row.amount;
                p.method = row.method;
                p.contractId = row.contractId;
                p.contractNo = row.contractNo;
                p.allocated = row.allocated;
                m_payments.append(p);
            }
            if (m_payments.isEmpty()) {
                m_problem->setText(tr("The customer has no payment with credit left."));
                m_problem->show();
            }
        }
    }
    const QSignalBlocker block(m_payment);
    for (const core::Payment& p : m_payments)
        m_payment->addItem(
            tr("%1 of %2 — %3 credit left")
                .arg(p.paymentNo, LedgerText::date(p.receivedOn), LedgerText::money(p.unallocated())),
            p.id);
    m_payment->setEnabled(m_payments.size() > 1);
}

const core::Payment* AllocateCreditDialog::current() const
{
    const int index = m_payment->currentIndex();
    return index >= 0 && index < m_payments.size() ? &m_payments.at(index) : nullptr;
}

qint64 AllocateCreditDialog::paymentId() const
{
    const core::Payment* p = current();
    return p ? p->id : 0;
}

void AllocateCreditDialog::onPaymentChosen()
{
    const core::Payment* p = current();
    if (!p) {
        m_facts->clear();
        m_allocation->setContext(0, 0, {}, 0);
        saveButton()->setEnabled(false);
        return;
    }
    m_date->setMinimumDate(p->receivedOn);
    m_facts->setText(tr("%1 (%2): received %3 on %4, %5 allocated, %6 credit left")
                         .arg(p->customerName, p->customerCode, LedgerText::money(p->amount),
                              LedgerText::date(p->receivedOn), LedgerText::money(p->allocated),
                              LedgerText::money(p->unallocated())));
    m_allocation->setContext(p->customerId, p->contractId, m_date->date(), p->unallocated());
    saveButton()->setEnabled(m_allocation->isValid() && m_allocation->allocated() > 0);
}

void AllocateCreditDialog::save()
{
    const core::Payment* p = current();
    if (!p)
        return;
    if (const QStringList problems = m_allocation->problems(); !problems.isEmpty()) {
        m_allocation->showProblems(problems);
        return;
    }
    const core::AllocationMode mode = m_allocation->mode();
    const qint64 allocated = m_allocation->allocated();
    const core::Status status = core::PaymentService(m_ctx).allocateCredit(
        p->id, m_date->date(), mode,
        mode == core::AllocationMode::Manual ? m_allocation->manualLines() : QList<core::AllocationLine>());
    if (!status) {
        QStringList lines;
        for (const core::FieldProblem& problem : status.error().problems)
            lines.append(problem.row > 0 ? tr("Line %1: %2").arg(problem.row).arg(problem.reason)
                                         : problem.reason);
        m_problem->setText(status.error().message);
        m_problem->show();
        m_allocation->showProblems(lines);
        return;
    }
    m_summary =
        tr("%1 of the credit of payment %2 was allocated.").arg(LedgerText::money(allocated), p->paymentNo);
    accept();
}

} // namespace tl::ui

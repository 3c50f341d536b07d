#include "receivables/OpenDisputeDialog.h"

#include "common/Clock.h"
#include "receivables/DisputeService.h"
#include "receivables/LedgerText.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tl::ui {

OpenDisputeDialog::OpenDisputeDialog(const core::Context& ctx, const core::ReceivableRow& row,
                                     QWidget* parent)
    : ReceivableActionDialog(ctx, tr("Open dispute"), {row}, parent),
      m_amount(amountEdit(QStringLiteral("amount"), row.balance - row.disputed)),
      m_reason(new QPlainTextEdit(this)), m_date(new QDateEdit(this))
{
    form()->addRow(tr("Disputed &amount:"), m_amount);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("what the customer objects to, e.g. goods damaged on delivery"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    form()->addRow(tr("&Reason:"), m_reason);
    m_date->setObjectName(QStringLiteral("openedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(ctx.clock.today());
    m_date->setDate(ctx.clock.today());
    form()->addRow(tr("Raised &on:"), m_date);
    m_reason->setFocus();
}

bool OpenDisputeDialog::apply()
{
    const auto amount = readAmount(m_amount, tr("Disputed amount"));
    if (!amount)
        return false;
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showProblem(tr("Reason: say what the customer disputes."));
        m_reason->setFocus();
        return false;
    }
    auto opened = core::DisputeService(m_ctx).open(row().installmentId, *amount, reason, m_date->date());
    if (!opened) {
        showError(opened.error());
        return false;
    }
    m_summary =
        tr("%1 of %2 #%3 is disputed now.").arg(LedgerText::money(*amount), row().contractNo).arg(row().seq);
    return true;
}

} // namespace tl::ui

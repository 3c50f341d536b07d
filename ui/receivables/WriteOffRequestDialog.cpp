#include "receivables/WriteOffRequestDialog.h"

#include "receivables/EvidenceFileField.h"
#include "receivables/LedgerText.h"
#include "receivables/WriteOffService.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tl::ui {

WriteOffRequestDialog::WriteOffRequestDialog(const core::Context& ctx, const core::ReceivableRow& row,
                                             QWidget* parent)
    : ReceivableActionDialog(ctx, tr("Request write-off"), {row}, parent),
      m_amount(amountEdit(QStringLiteral("amount"), row.balance - row.disputed)),
      m_reason(new QPlainTextEdit(this)),
      m_evidence(new EvidenceFileField(core::WriteOffService::kMaxEvidenceBytes, this))
{
    form()->addRow(tr("&Amount to write off:"), m_amount);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("why it cannot be collected, e.g. the customer is bankrupt (court ruling)"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(tr("&Evidence:"), m_evidence);
    okButton()->setText(tr("&Request"));
    m_reason->setFocus();
}

bool WriteOffRequestDialog::apply()
{
    const auto amount = readAmount(m_amount, tr("Amount to write off"));
    if (!amount)
        return false;
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showProblem(tr("Reason: say why the amount cannot be collected."));
        m_reason->setFocus();
        return false;
    }
    if (!m_evidence->problem().isEmpty()) {
        showProblem(tr("Evidence: %1").arg(m_evidence->problem()));
        return false;
    }
    auto requested =
        core::WriteOffService(m_ctx).request(row().installmentId, *amount, reason, m_evidence->fileName(),
                                             m_evidence->mime(), m_evidence->content());
    if (!requested) {
        showError(requested.error());
        return false;
    }
    m_summary = tr("The write-off of %1 on %2 #%3 waits for approval.")
                    .arg(LedgerText::money(*amount), row().contractNo)
                    .arg(row().seq);
    return true;
}

} // namespace tl::ui

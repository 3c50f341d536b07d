#include "receivables/ResolveDisputeDialog.h"

#include "common/Clock.h"
#include "receivables/LedgerText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tl::ui {

using Resolution = core::DisputeService::Resolution;

ResolveDisputeDialog::ResolveDisputeDialog(const core::Context& ctx, const core::ReceivableRow& row,
                                           QWidget* parent)
    : ReceivableActionDialog(ctx, tr("Resolve dispute"), {row}, parent), m_dispute(new QComboBox(this)),
      m_resolution(new QComboBox(this)), m_date(new QDateEdit(this)), m_note(new QPlainTextEdit(this))
{
    m_dispute->setObjectName(QStringLiteral("dispute"));
    form()->addRow(tr("&Dispute:"), m_dispute);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("The customer pays (the claim stands)"), int(Resolution::CustomerPays));
    m_resolution->addItem(tr("Written off"), int(Resolution::WrittenOff));
    m_resolution->addItem(tr("Credited to the customer"), int(Resolution::Credited));
    m_resolution->addItem(tr("The customer withdrew the objection"), int(Resolution::Withdrawn));
    form()->addRow(tr("&Outcome:"), m_resolution);
    m_date->setObjectName(QStringLiteral("resolvedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(ctx.clock.today());
    m_date->setDate(ctx.clock.today());
    form()->addRow(tr("Resolved &on:"), m_date);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    form()->addRow(tr("&Note:"), m_note);

    auto disputes = core::DisputeService(ctx).forInstallment(row.installmentId);
    if (!disputes) {
        showError(disputes.error());
    } else {
        for (const core::Dispute& d : *disputes)
            if (d.open) {
                m_disputes.append(d);
                m_dispute->addItem(
                    tr("%1 since %2: %3")
                        .arg(LedgerText::money(d.amount), LedgerText::date(d.openedOn), d.reason),
                    d.id);
            }
        if (m_disputes.isEmpty())
            showProblem(tr("This instalment has no open dispute."));
    }
    okButton()->setEnabled(!m_disputes.isEmpty());
}

bool ResolveDisputeDialog::apply()
{
    const int index = m_dispute->currentIndex();
    if (index < 0 || index >= m_disputes.size())
        return false;
    const core::Dispute& d = m_disputes.at(index);
    const core::Status status =
        core::DisputeService(m_ctx).resolve(d.id, Resolution(m_resolution->currentData().toInt()),
                                            m_date->date(), m_note->toPlainText().trimmed());
    if (!status) {
        showError(status.error());
        return false;
    }
    m_summary = tr("The dispute over %1 on %2 #%3 is resolved.")
                    .arg(LedgerText::money(d.amount), row().contractNo)
                    .arg(row().seq);
    return true;
}

} // namespace tl::ui

#include "receivables/DemandDialog.h"

#include "common/Clock.h"
#include "receivables/CollectionService.h"
#include "receivables/EvidenceFileField.h"
#include "receivables/LedgerText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tl::ui {

DemandDialog::DemandDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent,
                           const QString& kind)
    : ReceivableActionDialog(ctx, tr("Record payment demand"), {row}, parent), m_kind(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_method(new QLineEdit(this)),
      m_contractOnly(new QCheckBox(
          tr("Only contract %1 (else all of the customer's receivables)").arg(row.contractNo), this)),
      m_note(new QPlainTextEdit(this)),
      m_evidence(new EvidenceFileField(core::CollectionService::kMaxEvidenceBytes, this))
{
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& key : core::demandKindKeys())
        m_kind->addItem(core::demandKindName(key), key);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    form()->addRow(tr("&Kind:"), m_kind);
    m_date->setObjectName(QStringLiteral("onDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(ctx.clock.today());
    m_date->setDate(ctx.clock.today());
    form()->addRow(tr("&Date:"), m_date);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setMaxLength(100);
    m_method->setPlaceholderText(tr("e.g. EMS 1234567890, e-mail, in person"));
    form()->addRow(tr("&How:"), m_method);
    m_contractOnly->setObjectName(QStringLiteral("contractOnly"));
    form()->addRow(QString(), m_contractOnly);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    form()->addRow(tr("&Note:"), m_note);
    form()->addRow(tr("&Evidence:"), m_evidence);
    m_method->setFocus();
}

bool DemandDialog::apply()
{
    if (!m_evidence->problem().isEmpty()) {
        showProblem(tr("Evidence: %1").arg(m_evidence->problem()));
        return false;
    }
    auto recorded = core::CollectionService(m_ctx).recordDemand(
        row().customerId, m_contractOnly->isChecked() ? row().contractId : 0,
        m_kind->currentData().toString(), m_date->date(), m_method->text().trimmed(),
        m_note->toPlainText().trimmed(), m_evidence->fileName(), m_evidence->mime(), m_evidence->content());
    if (!recorded) {
        showError(recorded.error());
        return false;
    }
    m_summary = tr("%1 to %2 on %3 recorded.")
                    .arg(m_kind->currentText(), row().customerName, LedgerText::date(m_date->date()));
    return true;
}

} // namespace tl::ui

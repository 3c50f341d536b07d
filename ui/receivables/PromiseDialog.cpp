#include "receivables/PromiseDialog.h"

#include "common/Clock.h"
#include "receivables/CollectionService.h"
#include "receivables/LedgerText.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tl::ui {

namespace {
constexpr int DefaultPromiseDays = 7;
}

PromiseDialog::PromiseDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent)
    : ReceivableActionDialog(ctx, tr("Record promise"), {row}, parent), m_date(new QDateEdit(this)),
      m_amount(amountEdit(QStringLiteral("amount"), row.balance)), m_note(new QPlainTextEdit(this))
{
    m_date->setObjectName(QStringLiteral("promisedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(ctx.clock.today());
    m_date->setDate(ctx.clock.today().addDays(DefaultPromiseDays));
    form()->addRow(tr("Promised to pay &by:"), m_date);
    form()->addRow(tr("&Amount promised:"), m_amount);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("who promised, how (phone, visit, WeChat)"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    form()->addRow(tr("&Note:"), m_note);
    m_date->setFocus();
}

bool PromiseDialog::apply()
{
    const auto amount = readAmount(m_amount, tr("Amount promised"));
    if (!amount)
        return false;
    auto recorded = core::CollectionService(m_ctx).recordPromise(
        row().customerId, row().installmentId, 0, m_date->date(), *amount, m_note->toPlainText().trimmed());
    if (!recorded) {
        showError(recorded.error());
        return false;
    }
    m_summary = tr("%1 promised to pay %2 by %3.")
                    .arg(row().customerName, LedgerText::money(*amount), LedgerText::date(m_date->date()));
    return true;
}

} // namespace tl::ui

#include "receivables/ChangeCollectorDialog.h"

#include "common/Clock.h"
#include "receivables/CollectionService.h"
#include "receivables/EmployeePicker.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tl::ui {

ChangeCollectorDialog::ChangeCollectorDialog(const core::Context& ctx, const QList<core::ReceivableRow>& rows,
                                             QWidget* parent)
    : ReceivableActionDialog(ctx, tr("Change collector"), rows, parent),
      m_collector(new EmployeePicker(ctx, this)), m_date(new QDateEdit(this)),
      m_note(new QPlainTextEdit(this))
{
    m_collector->lineEdit()->setObjectName(QStringLiteral("collector"));
    m_collector->setNameBelow(true);
    form()->addRow(tr("New &collector:"), m_collector);
    m_date->setObjectName(QStringLiteral("fromOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(ctx.clock.today());
    m_date->setDate(ctx.clock.today());
    form()->addRow(tr("Responsible &from:"), m_date);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 2 + 12);
    form()->addRow(tr("&Note:"), m_note);
    m_collector->setFocus();
}

bool ChangeCollectorDialog::apply()
{
    m_collector->resolve();
    if (m_collector->id() <= 0) {
        showProblem(m_collector->id() < 0
                        ? tr("New collector: %1").arg(m_collector->problem())
                        : tr("New collector: choose the employee who collects from now on."));
        m_collector->setFocus();
        return false;
    }
    QList<qint64> ids;
    for (const core::ReceivableRow& r : rows())
        ids.append(r.installmentId);
    const core::Status status = core::CollectionService(m_ctx).changeCollector(
        ids, m_collector->id(), m_date->date(), core::CollectionService::CollectorReason::Manual,
        m_note->toPlainText().trimmed());
    if (!status) {
        showError(status.error());
        return false;
    }
    m_summary = tr("%1 collects %n instalment(s) now.", nullptr, int(ids.size())).arg(m_collector->name());
    return true;
}

} // namespace tl::ui

#include "receivables/InterestDialog.h"

#include "common/Clock.h"
#include "money/Rate.h"
#include "receivables/InterestCalculator.h"
#include "receivables/LedgerText.h"
#include "receivables/LimitationWatch.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tl::ui {

InterestDialog::InterestDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent)
    : QDialog(parent), m_interest(new QLabel(this)), m_limitation(new QLabel(this))
{
    setWindowTitle(tr("Interest and limitation: %1 #%2").arg(row.contractNo).arg(row.seq));
    setMinimumWidth(600);
    const QDate today = ctx.clock.today();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1 (%2), due %3, as of %4")
            .arg(row.customerName, row.customerCode, LedgerText::date(row.dueOn), LedgerText::date(today)),
        this);
    layout->addWidget(intro);

    auto* interestBox = new QGroupBox(tr("Late interest"), this);
    auto* interestLayout = new QVBoxLayout(interestBox);
    m_interest->setObjectName(QStringLiteral("interest"));
    m_interest->setWordWrap(true);
    m_interest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    interestLayout->addWidget(m_interest);
    layout->addWidget(interestBox);
    if (auto line = core::InterestCalculator(ctx).forInstallment(row.installmentId, today); !line) {
        m_interest->setText(line.error().message);
    } else {
        QStringList lines;
        lines << tr("Principal overdue: %1").arg(LedgerText::money(line->principal))
              << tr("Annual rate: %1% (%2)")
                     .arg(core::Rate::fromPpm(line->ratePpm).percentText(),
                          line->contractRate ? tr("the contract's rate") : tr("the company's default rate"))
              << tr("Days that bore interest: %1").arg(line->overdueDays)
              << tr("Accrued: %1").arg(LedgerText::money(line->accrued))
              << tr("Settled (paid or waived): %1").arg(LedgerText::money(line->settled))
              << tr("Outstanding: %1").arg(LedgerText::money(line->outstanding))
              << core::InterestCalculator::methodText(line->ratePpm) + QLatin1Char('.');
        m_interest->setText(lines.join(QLatin1Char('\n')));
    }

    auto* limitationBox = new QGroupBox(tr("Limitation period (诉讼时效)"), this);
    auto* limitationLayout = new QVBoxLayout(limitationBox);
    m_limitation->setObjectName(QStringLiteral("limitation"));
    m_limitation->setWordWrap(true);
    m_limitation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    limitationLayout->addWidget(m_limitation);
    layout->addWidget(limitationBox);
    if (auto item = core::LimitationWatch(ctx).forContract(row.contractId, today); !item) {
        m_limitation->setText(item.error().message);
    } else {
        QStringList lines;
        lines << tr("Contract %1, open balance %2").arg(item->contractNo, LedgerText::money(item->balance))
              << tr("Counted from: %1").arg(item->reason)
              << tr("Deadline to bring the claim: %1").arg(LedgerText::date(item->deadline));
        if (item->state == core::LimitationWatch::State::Expired)
            lines << tr("Expired %n day(s) ago.", nullptr, -item->daysLeft);
        else
            lines << tr("%n day(s) left.", nullptr, item->daysLeft);
        lines << tr("State: %1").arg(core::LimitationWatch::stateName(item->state));
        if (item->state != core::LimitationWatch::State::Running)
            lines << tr(
                "A payment, a customer-confirmed reconciliation letter or a documented demand restarts the "
                "three years.");
        m_limitation->setText(lines.join(QLatin1Char('\n')));
        if (item->state != core::LimitationWatch::State::Running)
            m_limitation->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString InterestDialog::interestText() const
{
    return m_interest->text();
}

QString InterestDialog::limitationText() const
{
    return m_limitation->text();
}

} // namespace tl::ui

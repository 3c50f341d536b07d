#include "receivables/ReceivableTotalsBar.h"

#include "receivables/LedgerText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace tl::ui {

namespace {

QLabel* figure(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReceivableTotalsBar::ReceivableTotalsBar(QWidget* parent)
    : QFrame(parent), m_count(figure(QStringLiteral("totalCount"), this)),
      m_amount(figure(QStringLiteral("totalAmount"), this)),
      m_paid(figure(QStringLiteral("totalPaid"), this)),
      m_balance(figure(QStringLiteral("totalBalance"), this)),
      m_overdue(figure(QStringLiteral("totalOverdue"), this)),
      m_disputed(figure(QStringLiteral("totalDisputed"), this)),
      m_writtenOff(figure(QStringLiteral("totalWrittenOff"), this))
{
    setObjectName(QStringLiteral("receivableTotals"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#receivableTotals { background: palette(alternate-base); }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(24);
    for (QLabel* label : {m_count, m_amount, m_paid, m_balance, m_overdue, m_disputed, m_writtenOff})
        layout->addWidget(label);
    layout->addStretch(1);
    m_balance->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_overdue->setStyleSheet(QStringLiteral("QLabel { color: #b02020; font-weight: bold; }"));
    setCounting();
}

void ReceivableTotalsBar::setCounting()
{
    m_counting = true;
    m_count->setText(tr("Counting…"));
    for (QLabel* label : {m_amount, m_paid, m_balance, m_overdue, m_disputed, m_writtenOff})
        label->clear();
}

void ReceivableTotalsBar::setFailed(const QString& message)
{
    m_counting = false;
    m_count->setText(tr("Totals unavailable"));
    m_count->setToolTip(message);
    for (QLabel* label : {m_amount, m_paid, m_balance, m_overdue, m_disputed, m_writtenOff})
        label->clear();
}

void ReceivableTotalsBar::setTotals(const core::ReceivableQuery::Totals& t)
{
    m_counting = false;
    m_count->setToolTip({});
    m_count->setText(tr("%Ln instalment(s)", nullptr, int(t.count)));
    m_amount->setText(tr("Amount %1").arg(LedgerText::money(t.amount)));
    m_paid->setText(tr("Received %1").arg(LedgerText::money(t.paid)));
    m_balance->setText(tr("Balance %1").arg(LedgerText::money(t.balance)));
    m_overdue->setText(tr("Overdue %1").arg(LedgerText::money(t.overdue)));
    m_disputed->setText(tr("Disputed %1").arg(LedgerText::money(t.disputed)));
    m_writtenOff->setText(t.writtenOff != 0 ? tr("Written off %1").arg(LedgerText::money(t.writtenOff))
                                            : QString());
}

QString ReceivableTotalsBar::text() const
{
    QStringList parts;
    for (const QLabel* label : {m_count, m_amount, m_paid, m_balance, m_overdue, m_disputed, m_writtenOff})
        if (!label->text().isEmpty())
            parts.append(label->text());
    return parts.join(QStringLiteral(" | "));
}

} // namespace tl::ui

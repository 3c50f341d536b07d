#include "receivables/ReceivableActionDialog.h"

#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "receivables/LedgerText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

ReceivableActionDialog::ReceivableActionDialog(const core::Context& ctx, const QString& title,
                                               const QList<core::ReceivableRow>& rows, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_rows(rows), m_intro(new QLabel(this)), m_problem(new QLabel(this)),
      m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_rows.size() == 1) {
        const core::ReceivableRow& r = m_rows.first();
        const QString head =
            tr("%1 #%2 of %3 (%4)").arg(r.contractNo).arg(r.seq).arg(r.customerName, r.customerCode);
        const QString due = LedgerText::date(r.dueOn);
        QString text;
        if (r.daysPastDue > 0 && r.disputed > 0)
            text = tr("%1, due %2: amount %3, balance %4, of which %5 disputed, %n day(s) overdue.", nullptr,
                      r.daysPastDue)
                       .arg(head, due, LedgerText::money(r.amount), LedgerText::money(r.balance),
                            LedgerText::money(r.disputed));
        else if (r.daysPastDue > 0)
            text = tr("%1, due %2: amount %3, balance %4, %n day(s) overdue.", nullptr, r.daysPastDue)
                       .arg(head, due, LedgerText::money(r.amount), LedgerText::money(r.balance));
        else if (r.disputed > 0)
            text = tr("%1, due %2: amount %3, balance %4, of which %5 disputed.")
                       .arg(head, due, LedgerText::money(r.amount), LedgerText::money(r.balance),
                            LedgerText::money(r.disputed));
        else
            text = tr("%1, due %2: amount %3, balance %4.")
                       .arg(head, due, LedgerText::money(r.amount), LedgerText::money(r.balance));
        m_intro->setText(text);
    } else {
        qint64 balance = 0;
        for (const core::ReceivableRow& r : m_rows)
            balance += r.balance;
        m_intro->setText(tr("%n instalment(s) with a balance of %1.", nullptr, int(m_rows.size()))
                             .arg(LedgerText::money(balance)));
    }
    layout->addWidget(m_intro);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReceivableActionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* ReceivableActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ReceivableActionDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReceivableActionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ReceivableActionDialog::showError(const core::Error& error)
{
    showProblem(error.fullText());
}

QLineEdit* ReceivableActionDialog::amountEdit(const QString& objectName, qint64 initialFen)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(tr("yuan"));
    if (initialFen > 0)
        edit->setText(core::formatMoney(core::Money::fromFen(initialFen), false));
    return edit;
}

std::optional<qint64> ReceivableActionDialog::readAmount(QLineEdit* edit, const QString& field)
{
    const QString text = edit->text().trimmed();
    auto money = core::parseMoney(text);
    if (text.isEmpty()) {
        showProblem(tr("%1: enter an amount.").arg(field));
    } else if (!money) {
        showProblem(tr("%1: %2").arg(field, money.error().message));
    } else if (!money->isPositive()) {
        showProblem(tr("%1: the amount must be greater than zero.").arg(field));
    } else {
        return money->fen();
    }
    edit->setFocus();
    return std::nullopt;
}

void ReceivableActionDialog::save()
{
    showProblem({});
    if (apply())
        accept();
}

} // namespace tl::ui

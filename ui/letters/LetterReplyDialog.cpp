#include "letters/LetterReplyDialog.h"

#include "letters/ScanFile.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

LetterReplyDialog::LetterReplyDialog(Mode mode, const core::Letter& letter, const QDate& today,
                                     QWidget* parent)
    : QDialog(parent), m_mode(mode), m_letter(letter), m_date(new QDateEdit(this)),
      m_scanPath(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::Confirmed ? tr("Record confirmation: %1").arg(letter.letterNo)
                                           : tr("Record difference: %1").arg(letter.letterNo));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    const QString balance = core::formatMoney(core::Money::fromFen(letter.balance));
    auto* intro = new QLabel(
        mode == Mode::Confirmed
            ? tr("%1 %2 confirmed the balance of %3 as of %4.")
                  .arg(letter.customerCode, letter.customerName, balance, letter.asOf.toString(Qt::ISODate))
            : tr("%1 %2 replied that the balance as of %3 is not %4. Enter the balance they state and their "
                 "explanation; what they deny below our balance is opened as a dispute.")
                  .arg(letter.customerCode, letter.customerName, letter.asOf.toString(Qt::ISODate), balance),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("repliedOn"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    if (letter.sentOn.isValid())
        m_date->setMinimumDate(std::min(letter.sentOn, today));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    form->addRow(tr("Reply &received on:"), m_date);
    if (mode == Mode::Difference) {
        m_statedEdit = new QLineEdit(this);
        m_statedEdit->setObjectName(QStringLiteral("statedBalance"));
        m_statedEdit->setPlaceholderText(tr("e.g. 12,000.00"));
        form->addRow(tr("Balance &stated by the customer:"), m_statedEdit);
        m_explanation = new QPlainTextEdit(this);
        m_explanation->setObjectName(QStringLiteral("explanation"));
        m_explanation->setPlaceholderText(tr("The customer's explanation of the difference"));
        m_explanation->setTabChangesFocus(true);
        m_explanation->setMaximumHeight(100);
        form->addRow(tr("&Explanation:"), m_explanation);
    }
    auto* scanLine = new QHBoxLayout;
    m_scanPath->setObjectName(QStringLiteral("scanPath"));
    m_scanPath->setPlaceholderText(tr("Optional: PDF, PNG or JPEG"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    scanLine->addWidget(m_scanPath, 1);
    scanLine->addWidget(browse);
    form->addRow(tr("S&can:"), scanLine);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterReplyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &LetterReplyDialog::chooseScan);
}

QDate LetterReplyDialog::repliedOn() const
{
    return m_date->date();
}

QString LetterReplyDialog::explanation() const
{
    return m_explanation ? m_explanation->toPlainText().trimmed() : QString();
}

void LetterReplyDialog::setStatedBalanceText(const QString& text)
{
    if (m_statedEdit)
        m_statedEdit->setText(text);
}

void LetterReplyDialog::setExplanation(const QString& text)
{
    if (m_explanation)
        m_explanation->setPlainText(text);
}

void LetterReplyDialog::setScanPath(const QString& path)
{
    m_scanPath->setText(path);
}

QString LetterReplyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LetterReplyDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the scan of the reply"), QString(),
                                                      ScanFile::dialogFilter());
    if (!path.isEmpty())
        m_scanPath->setText(path);
}

void LetterReplyDialog::accept()
{
    m_error->hide();
    if (m_mode == Mode::Difference) {
        auto stated = core::parseMoney(m_statedEdit->text());
        if (!stated) {
            m_error->setText(stated.error().message);
            m_error->show();
            m_statedEdit->setFocus();
            return;
        }
        if (stated->fen() < 0 || stated->fen() == m_letter.balance) {
            m_error->setText(
                tr("The stated balance must be zero or more and differ from the letter's balance "
                   "of %1; if it is the same, record a confirmation.")
                    .arg(core::formatMoney(core::Money::fromFen(m_letter.balance))));
            m_error->show();
            m_statedEdit->setFocus();
            return;
        }
        if (explanation().isEmpty()) {
            m_error->setText(tr("Enter the customer's explanation of the difference."));
            m_error->show();
            m_explanation->setFocus();
            return;
        }
        m_stated = stated->fen();
    }
    m_scan.reset();
    const QString path = m_scanPath->text().trimmed();
    if (!path.isEmpty()) {
        auto scan = ScanFile::read(path);
        if (!scan) {
            m_error->setText(scan.error().message);
            m_error->show();
            return;
        }
        m_scan = std::move(scan).value();
    }
    QDialog::accept();
}

} // namespace tl::ui

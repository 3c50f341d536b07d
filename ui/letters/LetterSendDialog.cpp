#include "letters/LetterSendDialog.h"

#include "letters/Letter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

LetterSendDialog::LetterSendDialog(int letterCount, const QDate& earliest, const QDate& today,
                                   QWidget* parent)
    : QDialog(parent), m_count(letterCount), m_date(new QDateEdit(this)), m_method(new QComboBox(this)),
      m_tracking(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Mark letters as sent"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%n letter(s) will be marked as sent.", nullptr, letterCount), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("sentOn"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    if (earliest.isValid())
        m_date->setMinimumDate(std::min(earliest, today));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    form->addRow(tr("Sent &on:"), m_date);
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString& key : core::letterSendMethodKeys())
        m_method->addItem(core::letterSendMethodName(key), key);
    form->addRow(tr("&Method:"), m_method);
    m_tracking->setObjectName(QStringLiteral("trackingNo"));
    m_tracking->setPlaceholderText(tr("Required for EMS and courier"));
    form->addRow(tr("&Tracking no.:"), m_tracking);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &sent"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterSendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate LetterSendDialog::sentOn() const
{
    return m_date->date();
}

QString LetterSendDialog::method() const
{
    return m_method->currentData().toString();
}

QString LetterSendDialog::trackingNo() const
{
    return m_tracking->text().trimmed();
}

void LetterSendDialog::setMethod(const QString& key)
{
    const int index = m_method->findData(key);
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

void LetterSendDialog::setTrackingNo(const QString& text)
{
    m_tracking->setText(text);
}

QString LetterSendDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LetterSendDialog::accept()
{
    m_error->hide();
    if (core::letterSendMethodNeedsTracking(method())) {
        if (m_count > 1) {
            m_error->setText(
                tr("%1 needs the tracking number of each letter: mark the letters one at a time, or "
                   "choose another method.")
                    .arg(core::letterSendMethodName(method())));
            m_error->show();
            return;
        }
        if (trackingNo().isEmpty()) {
            m_error->setText(tr("Enter the tracking number: it is the proof that the letter was delivered."));
            m_error->show();
            m_tracking->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace tl::ui

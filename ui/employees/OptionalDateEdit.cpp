#include "employees/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace tl::ui {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    setTabOrder(m_check, m_edit);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on && m_check->isEnabled());
        emitChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emitChanged();
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

bool OptionalDateEdit::hasDate() const
{
    return m_check->isChecked();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid() && m_check->isEnabled());
    emitChanged();
}

void OptionalDateEdit::setDefaultDate(const QDate& date)
{
    if (!m_check->isChecked() && date.isValid()) {
        const QSignalBlocker block(m_edit);
        m_edit->setDate(date);
    }
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
    m_edit->setEnabled(m_check->isChecked());
}

void OptionalDateEdit::emitChanged()
{
    emit dateChanged(date());
}

} // namespace tl::ui

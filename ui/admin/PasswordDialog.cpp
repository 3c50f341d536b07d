#include "admin/PasswordDialog.h"

#include "auth/PasswordPolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tl::ui {

PasswordDialog::PasswordDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(400);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, core::kMinPasswordLength));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New &password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

QString PasswordDialog::problemWith(const QString& password, const QString& repeat)
{
    if (password != repeat)
        return tr("The two passwords do not match.");
    return core::passwordPolicyProblem(password);
}

void PasswordDialog::accept()
{
    const QString problem = problemWith(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace tl::ui

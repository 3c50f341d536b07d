#include "admin/UserDialog.h"

#include "app/AppContext.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserService.h"
#include "employees/EmployeeCompleter.h"
#include "org/EmployeeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tl::ui {

UserDialog::UserDialog(AppContext& app, const core::User* existing, QWidget* parent)
    : QDialog(parent), m_app(app), m_userId(existing ? existing->id : 0), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)), m_employee(new QLineEdit(this)),
      m_problems(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit user %1").arg(existing->username) : tr("New user"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    form->addRow(tr("&User name:"), m_username);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("Shown in the status bar and the audit log"));
    form->addRow(tr("&Display name:"), m_displayName);
    m_role->setObjectName(QStringLiteral("role"));
    for (core::Role r : core::allRoles())
        m_role->addItem(core::roleDisplayName(r), static_cast<int>(r));
    form->addRow(tr("&Role:"), m_role);
    m_employee->setObjectName(QStringLiteral("employee"));
    m_employee->setPlaceholderText(tr("Employee code (optional)"));
    m_employee->setClearButtonEnabled(true);
    if (m_app.session().can(core::Permission::ViewEmployees))
        new EmployeeCompleter(m_app.core(), m_employee);
    form->addRow(tr("Linked &employee:"), m_employee);

    if (existing) {
        m_username->setText(existing->username);
        m_username->setReadOnly(true);
        m_displayName->setText(existing->displayName);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(existing->role)));
        m_employee->setText(existing->employeeCode);
    } else {
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(core::Role::Sales)));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("At least %n characters", nullptr, core::kMinPasswordLength));
        form->addRow(tr("&Password:"), m_password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Repea&t password:"), m_repeat);
    }

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString UserDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void UserDialog::showProblems(const QList<core::FieldProblem>& problems)
{
    QStringList lines;
    for (const core::FieldProblem& p : problems)
        lines << p.reason;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

qint64 UserDialog::resolveEmployee(QList<core::FieldProblem>& problems) const
{
    const QString code = m_employee->text().trimmed();
    if (code.isEmpty())
        return 0;
    const core::Context ctx = m_app.core();
    auto employee = core::EmployeeService(ctx).getByCode(code);
    if (!employee) {
        problems.append(
            {0, QStringLiteral("employee"), code, tr("There is no employee with the code %1.").arg(code)});
        return 0;
    }
    return employee->id;
}

void UserDialog::accept()
{
    QList<core::FieldProblem> problems;
    core::UserFields fields;
    fields.displayName = m_displayName->text().trimmed();
    fields.role = static_cast<core::Role>(m_role->currentData().toInt());
    fields.employeeId = resolveEmployee(problems);
    const QString username = m_username->text().trimmed();
    QString password; // null: not checked (editing)
    if (m_password) {
        password = m_password->text();
        if (password != m_repeat->text())
            problems.append({0, QStringLiteral("password"), {}, tr("The two passwords do not match.")});
    }
    const core::Context ctx = m_app.core();
    core::UserService users(ctx);
    problems.append(users.validate(m_userId, username, fields, password));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (m_userId == 0) {
        auto created = users.create(username, fields, password);
        if (!created) {
            showProblems({{0, {}, {}, created.error().fullText()}});
            return;
        }
        m_userId = created.value();
    } else if (core::Status s = users.update(m_userId, fields); !s) {
        showProblems({{0, {}, {}, s.error().fullText()}});
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui

#include "employees/EmployeeDialog.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "employees/DepartmentComboBox.h"
#include "employees/EmployeeCompleter.h"
#include "employees/OptionalDateEdit.h"
#include "org/DepartmentService.h"
#include "org/EmployeeService.h"
#include "org/Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

using core::Employee;
using core::EmployeeStatus;
using core::Permission;

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent, int maxLength = 100)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

EmployeeDialog::EmployeeDialog(const core::Context& ctx, qint64 employeeId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_general(new QLabel(this)), m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_readOnly = !m_ctx.session.can(Permission::EditEmployees);
    buildUi();
    loadDepartments();
    if (employeeId != 0)
        loadEmployee(employeeId);
    fillFields();
    applyAccess();
}

EmployeeDialog::~EmployeeDialog() = default;

QWidget* EmployeeDialog::addRow(QFormLayout* form, const QString& label, const QString& column,
                                QWidget* editor, QWidget* extra)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (extra) {
        auto* line = new QHBoxLayout;
        line->addWidget(editor, 1);
        line->addWidget(extra);
        layout->addLayout(line);
    } else {
        layout->addWidget(editor);
    }
    if (!column.isEmpty())
        layout->addWidget(m_problems.addField(column, editor, cell));
    form->addRow(label, cell);
    return cell;
}

void EmployeeDialog::buildUi()
{
    setMinimumWidth(820);
    auto* top = new QVBoxLayout(this);
    top->addWidget(m_general);

    auto* columns = new QHBoxLayout;
    top->addLayout(columns);
    auto* jobBox = new QGroupBox(tr("Employment"), this);
    auto* personBox = new QGroupBox(tr("Personal and payment"), this);
    columns->addWidget(jobBox, 1);
    columns->addWidget(personBox, 1);
    auto* job = new QFormLayout(jobBox);
    auto* person = new QFormLayout(personBox);
    for (QFormLayout* form : {job, person}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }

    m_code = lineEdit(QStringLiteral("code"), this, 32);
    m_code->setPlaceholderText(tr("e.g. E0001"));
    addRow(job, tr("Code:"), QStringLiteral("code"), m_code);
    m_name = lineEdit(QStringLiteral("name"), this, 50);
    addRow(job, tr("Name:"), QStringLiteral("name"), m_name);
    m_department = new DepartmentComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    addRow(job, tr("Department:"), QStringLiteral("department"), m_department);
    m_position = lineEdit(QStringLiteral("position"), this, 50);
    addRow(job, tr("Position:"), QStringLiteral("position"), m_position);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString& key : core::employeeRoleKeys())
        m_role->addItem(core::employeeRoleName(key), key);
    addRow(job, tr("Job role:"), QStringLiteral("role"), m_role);
    m_manager = lineEdit(QStringLiteral("manager"), this, 32);
    m_manager->setPlaceholderText(tr("code, or type a name to search"));
    m_managerCompleter = new EmployeeCompleter(m_ctx, m_manager);
    m_managerName = new QLabel(this);
    m_managerName->setMinimumWidth(90);
    addRow(job, tr("Manager:"), QStringLiteral("manager_code"), m_manager, m_managerName);
    m_problems.addAlias(QStringLiteral("manager"), QStringLiteral("manager_code"));
    m_problems.addAlias(QStringLiteral("manager_id"), QStringLiteral("manager_code"));
    m_hireDate = new QDateEdit(this);
    m_hireDate->setObjectName(QStringLiteral("hireDate"));
    m_hireDate->setCalendarPopup(true);
    m_hireDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hireDate->setDate(m_ctx.clock.today());
    addRow(job, tr("Hire date:"), QStringLiteral("hire_date"), m_hireDate);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (EmployeeStatus status : core::allEmployeeStatuses())
        m_status->addItem(core::employeeStatusName(status), core::employeeStatusKey(status));
    addRow(job, tr("Status:"), QStringLiteral("status"), m_status);
    m_leaveDate = new OptionalDateEdit(tr("Leaves on"), this);
    m_leaveDate->setObjectName(QStringLiteral("leaveDate"));
    addRow(job, tr("Leave date:"), QStringLiteral("leave_date"), m_leaveDate);

    m_idNumber = lineEdit(QStringLiteral("idNumber"), this, 18);
    m_idNumber->setPlaceholderText(tr("18-digit resident ID"));
    m_idDerived = new QLabel(this);
    m_idDerived->setObjectName(QStringLiteral("idDerived"));
    m_idDerived->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    auto* idCell = addRow(person, tr("ID number:"), QStringLiteral("id_number"), m_idNumber);
    qobject_cast<QVBoxLayout*>(idCell->layout())->insertWidget(1, m_idDerived);
    m_phone = lineEdit(QStringLiteral("phone"), this, 20);
    m_phone->setPlaceholderText(tr("11-digit mobile number"));
    addRow(person, tr("Mobile:"), QStringLiteral("phone"), m_phone);
    m_email = lineEdit(QStringLiteral("email"), this, 100);
    addRow(person, tr("Email:"), QStringLiteral("email"), m_email);
    m_bankName = lineEdit(QStringLiteral("bankName"), this, 100);
    addRow(person, tr("Bank:"), QStringLiteral("bank_name"), m_bankName);
    m_bankAccount = lineEdit(QStringLiteral("bankAccount"), this, 40);
    addRow(person, tr("Bank account:"), QStringLiteral("bank_account"), m_bankAccount);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->setEditable(true);
    m_city->setInsertPolicy(QComboBox::NoInsert);
    m_city->addItem(tr("Shanghai"), QStringLiteral("shanghai"));
    m_city->addItem(tr("Beijing"), QStringLiteral("beijing"));
    addRow(person, tr("Work city:"), QStringLiteral("city"), m_city);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    addRow(person, tr("Note:"), QStringLiteral("note"), m_note);

    m_buttons = new QDialogButtonBox(this);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EmployeeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_idNumber, &QLineEdit::textChanged, this, &EmployeeDialog::updateIdDerived);
    connect(m_manager, &QLineEdit::textChanged, this, &EmployeeDialog::updateManagerName);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EmployeeDialog::updateLeaveDate);
    for (QLineEdit* edit :
         {m_code, m_name, m_position, m_manager, m_idNumber, m_phone, m_email, m_bankName, m_bankAccount})
        connect(edit, &QLineEdit::editingFinished, this, &EmployeeDialog::revalidate);
    for (QComboBox* combo : {static_cast<QComboBox*>(m_department), m_role, m_status, m_city})
        connect(combo, &QComboBox::currentIndexChanged, this, &EmployeeDialog::revalidate);
    connect(m_hireDate, &QDateEdit::dateChanged, this, &EmployeeDialog::revalidate);
    connect(m_leaveDate, &OptionalDateEdit::dateChanged, this, &EmployeeDialog::revalidate);
}

void EmployeeDialog::loadDepartments()
{
    auto departments = core::DepartmentService(m_ctx).list();
    m_department->setDepartments(departments ? *departments : QList<core::Department>{}, tr("(none)"));
    if (!departments)
        m_problems.showGeneral(departments.error().message);
}

void EmployeeDialog::loadEmployee(qint64 id)
{
    auto employee = core::EmployeeService(m_ctx).get(id);
    if (!employee) {
        m_problems.showGeneral(employee.error().message);
        m_readOnly = true;
        return;
    }
    m_employee = std::move(employee).value();
}

void EmployeeDialog::setDepartmentId(qint64 departmentId)
{
    m_department->setDepartmentId(departmentId);
}

void EmployeeDialog::fillFields()
{
    const Employee& e = m_employee;
    m_code->setText(e.code);
    m_name->setText(e.name);
    m_department->setDepartmentId(e.departmentId);
    m_position->setText(e.position);
    const int role = m_role->findData(e.role);
    m_role->setCurrentIndex(role >= 0 ? role : 0);
    m_manager->setText(e.managerCode);
    m_managerCompleter->setExcludedId(e.id);
    if (e.hireDate.isValid())
        m_hireDate->setDate(e.hireDate);
    m_status->setCurrentIndex(std::max(0, m_status->findData(core::employeeStatusKey(e.status))));
    m_leaveDate->setDefaultDate(m_ctx.clock.today());
    m_leaveDate->setDate(e.leaveDate);
    m_idNumber->setText(e.idNumber);
    m_phone->setText(e.phone);
    m_email->setText(e.email);
    m_bankName->setText(e.bankName);
    m_bankAccount->setText(e.bankAccount);
    setCityValue(e.city);
    m_note->setPlainText(e.note);
    updateIdDerived();
    updateManagerName();
    updateLeaveDate();
}

void EmployeeDialog::applyAccess()
{
    // Masked values came masked from core: they cannot be shown or edited here.
    const bool existing = m_employee.id != 0;
    m_idMasked = existing && !m_ctx.session.can(Permission::ViewIdNumber);
    m_bankMasked = existing && !m_ctx.session.can(Permission::ViewBankAccount);
    if (m_idMasked) {
        m_idNumber->setReadOnly(true);
        m_idNumber->setToolTip(
            tr("Masked: your role may not see full ID numbers, so this field cannot be changed here."));
    }
    if (m_bankMasked) {
        m_bankAccount->setReadOnly(true);
        m_bankAccount->setToolTip(
            tr("Masked: your role may not see full bank accounts, so this field cannot be changed here."));
    }

    // An existing employee's status changes through "Change status" on the employees page.
    if (existing) {
        m_status->setEnabled(false);
        m_status->setToolTip(tr("Use \"Change status\" on the employees page to change the status."));
        m_leaveDate->setReadOnly(true);
    } else {
        // A new employee starts active or on probation.
        for (int i = m_status->count() - 1; i >= 0; --i) {
            const auto status = core::employeeStatusFromKey(m_status->itemData(i).toString());
            if (status != EmployeeStatus::Active && status != EmployeeStatus::Probation)
                m_status->removeItem(i);
        }
    }

    if (m_readOnly) {
        for (QLineEdit* edit : findChildren<QLineEdit*>())
            edit->setReadOnly(true);
        for (QComboBox* combo : {static_cast<QComboBox*>(m_department), m_role, m_status, m_city})
            combo->setEnabled(false);
        m_hireDate->setReadOnly(true);
        m_hireDate->setCalendarPopup(false);
        m_leaveDate->setReadOnly(true);
        m_note->setReadOnly(true);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        setWindowTitle(tr("Employee %1").arg(m_employee.code));
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Create"));
        m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
        setWindowTitle(existing ? tr("Edit employee %1").arg(m_employee.code) : tr("New employee"));
    }
    updateIdDerived(); // now that masking is known
    (m_readOnly ? static_cast<QWidget*>(m_buttons) : m_code)->setFocus();
}

void EmployeeDialog::updateIdDerived()
{
    if (m_idMasked) {
        // Core masks the birth date with the number (it is part of it); the gender may still be known.
        const QString gender = m_employee.gender == QLatin1String("F")   ? tr("female")
                               : m_employee.gender == QLatin1String("M") ? tr("male")
                                                                         : QString();
        if (m_employee.birthDate.isValid())
            m_idDerived->setText(tr("Born %1, %2").arg(m_employee.birthDate.toString(Qt::ISODate), gender));
        else
            m_idDerived->setText(gender.isEmpty() ? QString() : tr("Gender: %1").arg(gender));
        m_idDerived->setVisible(!m_idDerived->text().isEmpty());
        return;
    }
    const QString text = m_idNumber->text().trimmed();
    QDate birth;
    QString gender;
    QString derived;
    if (text.size() == 18 && core::checkIdNumber(text, &birth, &gender).isEmpty())
        derived =
            tr("Born %1, %2")
                .arg(birth.toString(Qt::ISODate), gender == QLatin1String("F") ? tr("female") : tr("male"));
    m_idDerived->setText(derived);
    m_idDerived->setVisible(!derived.isEmpty());
}

void EmployeeDialog::updateManagerName()
{
    const QString code = m_manager->text().trimmed();
    if (code.isEmpty()) {
        m_managerName->clear();
        return;
    }
    auto manager = core::EmployeeService(m_ctx).getByCode(code);
    m_managerName->setText(manager ? manager->name : tr("unknown"));
}

void EmployeeDialog::updateLeaveDate()
{
    const auto status = core::employeeStatusFromKey(m_status->currentData().toString());
    const bool leaving = status == EmployeeStatus::Leaving || status == EmployeeStatus::Left;
    if (auto* form = qobject_cast<QFormLayout*>(m_leaveDate->parentWidget()->parentWidget()->layout()))
        form->setRowVisible(m_leaveDate->parentWidget(), leaving);
}

QString EmployeeDialog::cityValue() const
{
    const QString text = m_city->currentText().trimmed();
    const int index = m_city->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_city->itemData(index).toString() : text;
}

void EmployeeDialog::setCityValue(const QString& city)
{
    const int index = m_city->findData(city);
    if (index >= 0)
        m_city->setCurrentIndex(index);
    else
        m_city->setEditText(city);
}

Employee EmployeeDialog::employeeFromFields() const
{
    Employee e = m_employee; // id, status of an existing record, masked flag, read-only joins
    e.code = m_code->text().trimmed();
    e.name = m_name->text().trimmed();
    e.departmentId = m_department->departmentId();
    e.position = m_position->text().trimmed();
    e.role = m_role->currentData().toString();
    e.managerCode = m_manager->text().trimmed();
    e.managerId = 0;
    if (!e.managerCode.isEmpty()) {
        auto manager = core::EmployeeService(m_ctx).getByCode(e.managerCode);
        if (manager)
            e.managerId = manager->id;
    }
    e.hireDate = m_hireDate->date();
    if (e.id == 0) {
        e.status =
            core::employeeStatusFromKey(m_status->currentData().toString()).value_or(EmployeeStatus::Active);
        e.leaveDate = {};
    }
    if (!m_idMasked)
        e.idNumber = m_idNumber->text().trimmed().toUpper();
    e.phone = m_phone->text().trimmed();
    e.email = m_email->text().trimmed();
    e.bankName = m_bankName->text().trimmed();
    if (!m_bankMasked)
        e.bankAccount = m_bankAccount->text().remove(QLatin1Char(' '));
    e.city = cityValue();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void EmployeeDialog::revalidate()
{
    if (!m_attempted || m_readOnly)
        return;
    m_problems.show(core::EmployeeService(m_ctx).validate(employeeFromFields()));
}

void EmployeeDialog::save()
{
    if (m_readOnly) {
        reject();
        return;
    }
    m_attempted = true;
    const Employee employee = employeeFromFields();
    core::EmployeeService service(m_ctx);
    const QList<core::FieldProblem> problems = service.validate(employee);
    if (!problems.isEmpty()) {
        m_problems.show(problems);
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    std::optional<core::Error> failure;
    if (employee.id == 0) {
        auto created = service.create(employee);
        if (created)
            m_employee.id = *created;
        else
            failure = created.error();
    } else if (auto updated = service.update(employee); !updated) {
        failure = updated.error();
    }
    if (failure) {
        m_problems.show(failure->problems, failure->problems.isEmpty() ? failure->message : QString());
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    m_problems.clear();
    accept();
}

} // namespace tl::ui

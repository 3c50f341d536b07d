#include "employees/EmployeeStatusDialog.h"

#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "org/EmployeeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

using core::EmployeeStatus;

EmployeeStatusDialog::EmployeeStatusDialog(const core::Context& ctx, const core::Employee& employee,
                                           QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_employee(employee), m_status(new QComboBox(this)),
      m_leaveDate(new OptionalDateEdit(tr("Leaves on"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Change status: %1 %2").arg(employee.code, employee.name));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    form->addRow(
        tr("Employee:"),
        new QLabel(
            tr("%1 %2 — now %3").arg(employee.code, employee.name, core::employeeStatusName(employee.status)),
            this));
    m_status->setObjectName(QStringLiteral("status"));
    for (EmployeeStatus status : core::allEmployeeStatuses())
        m_status->addItem(core::employeeStatusName(status), core::employeeStatusKey(status));
    form->addRow(tr("New status:"), m_status);
    m_leaveDate->setObjectName(QStringLiteral("leaveDate"));
    form->addRow(tr("Leave date:"), m_leaveDate);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployeeStatusDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EmployeeStatusDialog::updateLeaveDate);

    m_leaveDate->setDefaultDate(employee.leaveDate.isValid() ? employee.leaveDate : m_ctx.clock.today());
    m_leaveDate->setDate(employee.leaveDate);
    setStatus(employee.status);
    updateLeaveDate();
}

void EmployeeStatusDialog::setStatus(EmployeeStatus status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(core::employeeStatusKey(status))));
}

EmployeeStatus EmployeeStatusDialog::status() const
{
    return core::employeeStatusFromKey(m_status->currentData().toString()).value_or(EmployeeStatus::Active);
}

QDate EmployeeStatusDialog::leaveDate() const
{
    const EmployeeStatus s = status();
    return s == EmployeeStatus::Leaving || s == EmployeeStatus::Left ? m_leaveDate->date() : QDate();
}

QString EmployeeStatusDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EmployeeStatusDialog::updateLeaveDate()
{
    const EmployeeStatus s = status();
    const bool leaving = s == EmployeeStatus::Leaving || s == EmployeeStatus::Left;
    m_leaveDate->setEnabled(leaving);
    if (leaving && !m_leaveDate->hasDate())
        m_leaveDate->setDate(m_employee.leaveDate.isValid() ? m_employee.leaveDate : m_ctx.clock.today());
}

void EmployeeStatusDialog::save()
{
    auto changed = core::EmployeeService(m_ctx).setStatus(m_employee.id, status(), leaveDate());
    if (!changed) {
        m_error->setText(changed.error().fullText());
        m_error->show();
        return;
    }
    accept();
}

} // namespace tl::ui

#include "payroll/LeaveRequestDialog.h"

#include "common/Context.h"
#include "receivables/EmployeePicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace tl::ui {

using core::AttendanceStatus;

LeaveRequestDialog::LeaveRequestDialog(const core::Context& ctx, qint64 ownEmployeeId, bool anyone,
                                       const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Request leave"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_employee = new EmployeePicker(ctx, this);
    if (ownEmployeeId > 0)
        m_employee->setId(ownEmployeeId);
    m_employee->setReadOnly(!anyone);
    m_kind = new QComboBox(this);
    for (AttendanceStatus kind :
         {AttendanceStatus::AnnualLeave, AttendanceStatus::SickLeave, AttendanceStatus::PersonalLeave})
        m_kind->addItem(core::attendanceStatusName(kind), int(kind));
    m_from = new QDateEdit(today, this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_lastHalf = new QCheckBox(tr("The last day is a half day"), this);
    m_length = new QLabel(this);
    m_reason = new QLineEdit(this);
    form->addRow(tr("Employee:"), m_employee);
    form->addRow(tr("Leave:"), m_kind);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_lastHalf);
    form->addRow(tr("Length:"), m_length);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (request())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_from, &QDateEdit::dateChanged, this, &LeaveRequestDialog::updateLength);
    connect(m_to, &QDateEdit::dateChanged, this, &LeaveRequestDialog::updateLength);
    connect(m_lastHalf, &QCheckBox::toggled, this, &LeaveRequestDialog::updateLength);
    updateLength();
}

int LeaveRequestDialog::halfDaysBetween(const QDate& from, const QDate& to, bool lastHalf)
{
    int halfDays = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            halfDays += 2;
    return halfDays > 0 && lastHalf ? halfDays - 1 : halfDays;
}

void LeaveRequestDialog::updateLength()
{
    const int halfDays = halfDaysBetween(m_from->date(), m_to->date(), m_lastHalf->isChecked());
    m_length->setText(
        tr("%1 working day(s)").arg(QLocale().toString(halfDays / 2.0, 'f', halfDays % 2 ? 1 : 0)));
}

void LeaveRequestDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<LeaveRequestDialog::Request> LeaveRequestDialog::request()
{
    m_employee->resolve();
    Request r;
    r.employeeId = m_employee->id();
    if (r.employeeId <= 0) {
        setProblem(tr("Choose the employee."));
        return std::nullopt;
    }
    r.kind = AttendanceStatus(m_kind->currentData().toInt());
    r.from = m_from->date();
    r.to = m_to->date();
    r.halfDays = halfDaysBetween(r.from, r.to, m_lastHalf->isChecked());
    if (r.halfDays == 0) {
        setProblem(tr("Choose at least one working day."));
        return std::nullopt;
    }
    r.reason = m_reason->text().trimmed();
    setProblem({});
    return r;
}

} // namespace tl::ui

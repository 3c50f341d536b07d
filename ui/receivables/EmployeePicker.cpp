#include "receivables/EmployeePicker.h"

#include "employees/EmployeeCompleter.h"
#include "org/EmployeeService.h"

#include <QLineEdit>

namespace tl::ui {

EmployeePicker::EmployeePicker(const core::Context& ctx, QWidget* parent)
    : RecordPicker(ctx, tr("employee code or name"), parent),
      m_completer(new EmployeeCompleter(ctx, lineEdit()))
{
    setCompleter(m_completer);
}

std::optional<RecordPicker::Found> EmployeePicker::findByCode(const QString& code) const
{
    auto employee = core::EmployeeService(m_ctx).getByCode(code);
    if (!employee)
        return std::nullopt;
    return Found{employee->id, employee->code, employee->name};
}

std::optional<RecordPicker::Found> EmployeePicker::findById(qint64 id) const
{
    auto employee = core::EmployeeService(m_ctx).get(id);
    if (!employee)
        return std::nullopt;
    return Found{employee->id, employee->code, employee->name};
}

QString EmployeePicker::unknownText(const QString& code) const
{
    return tr("No employee %1 in your view").arg(code);
}

} // namespace tl::ui

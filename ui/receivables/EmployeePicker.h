#pragma once

#include "receivables/RecordPicker.h"

namespace tl::ui {

class EmployeeCompleter;

// Chooses an employee (salesperson, collector) by code, with completion on code, name and department
// (EmployeeCompleter).
class EmployeePicker : public RecordPicker
{
    Q_OBJECT
public:
    explicit EmployeePicker(const core::Context& ctx, QWidget* parent = nullptr);

    EmployeeCompleter* completer() const { return m_completer; }

protected:
    std::optional<Found> findByCode(const QString& code) const override;
    std::optional<Found> findById(qint64 id) const override;
    QString unknownText(const QString& code) const override;

private:
    EmployeeCompleter* m_completer;
};

} // namespace tl::ui

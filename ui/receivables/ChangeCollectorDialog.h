#pragma once

#include "receivables/ReceivableActionDialog.h"

class QDateEdit;
class QPlainTextEdit;

namespace tl::ui {

class EmployeePicker;

// 更换催收人: gives the selected instalments a new responsible collector from a date (each change is kept in
// the instalment's collector history).
class ChangeCollectorDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    ChangeCollectorDialog(const core::Context& ctx, const QList<core::ReceivableRow>& rows,
                          QWidget* parent = nullptr);

    EmployeePicker* collector() const { return m_collector; }
    QDateEdit* date() const { return m_date; }
    QPlainTextEdit* note() const { return m_note; }

protected:
    bool apply() override;

private:
    EmployeePicker* m_collector;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
};

} // namespace tl::ui

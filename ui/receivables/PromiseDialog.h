#pragma once

#include "receivables/ReceivableActionDialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

// 承诺回款: records that the customer promised to pay an amount by a date (made today, by the session's
// employee); a promise that passes without the money is flagged as broken in the reminder centre.
class PromiseDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    PromiseDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent = nullptr);

    QDateEdit* date() const { return m_date; }
    QLineEdit* amount() const { return m_amount; }
    QPlainTextEdit* note() const { return m_note; }

protected:
    bool apply() override;

private:
    QDateEdit* m_date;
    QLineEdit* m_amount;
    QPlainTextEdit* m_note;
};

} // namespace tl::ui

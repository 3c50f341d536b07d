#pragma once

#include "receivables/ReceivableActionDialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

// 登记争议: locks an amount of an instalment as disputed (at most its balance not yet disputed), with the
// reason and the date the customer objected. Disputed money gets no reminders and no automatic allocation
// until the dispute is resolved.
class OpenDisputeDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    OpenDisputeDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent = nullptr);

    QLineEdit* amount() const { return m_amount; }
    QPlainTextEdit* reason() const { return m_reason; }
    QDateEdit* date() const { return m_date; }

protected:
    bool apply() override;

private:
    QLineEdit* m_amount;
    QPlainTextEdit* m_reason;
    QDateEdit* m_date;
};

} // namespace tl::ui

#pragma once

#include "receivables/ReceivableActionDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

class EvidenceFileField;

// 申请坏账核销: asks for an amount of an instalment (at most its open balance) to be written off, with the
// reason and an evidence file; another user with the right to approve decides (Pending write-offs).
class WriteOffRequestDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    WriteOffRequestDialog(const core::Context& ctx, const core::ReceivableRow& row,
                          QWidget* parent = nullptr);

    QLineEdit* amount() const { return m_amount; }
    QPlainTextEdit* reason() const { return m_reason; }
    EvidenceFileField* evidence() const { return m_evidence; }

protected:
    bool apply() override;

private:
    QLineEdit* m_amount;
    QPlainTextEdit* m_reason;
    EvidenceFileField* m_evidence;
};

} // namespace tl::ui

#pragma once

#include "receivables/DisputeService.h"
#include "receivables/ReceivableActionDialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace tl::ui {

// 解决争议: closes one of the instalment's open disputes with its outcome (the customer pays after all,
// written off, credited, withdrawn), a date and a note.
class ResolveDisputeDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    ResolveDisputeDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent = nullptr);

    int openDisputes() const { return int(m_disputes.size()); }
    QComboBox* dispute() const { return m_dispute; }
    QComboBox* resolution() const { return m_resolution; }
    QDateEdit* date() const { return m_date; }
    QPlainTextEdit* note() const { return m_note; }

protected:
    bool apply() override;

private:
    QList<core::Dispute> m_disputes;
    QComboBox* m_dispute;
    QComboBox* m_resolution;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
};

} // namespace tl::ui

#pragma once

#include "receivables/ReceivableActionDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

class EvidenceFileField;

// 催款记录: records a documented payment demand (a demand, a dunning letter sent, a repayment plan, a
// lawsuit) for the customer — for the instalment's contract or all of the customer's receivables — with the
// date, how it was made and an evidence file. It interrupts the limitation period (民法典 Art. 195).
class DemandDialog : public ReceivableActionDialog
{
    Q_OBJECT
public:
    DemandDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent = nullptr,
                 const QString& kind = QStringLiteral("demand"));

    QComboBox* kind() const { return m_kind; }
    QDateEdit* date() const { return m_date; }
    QLineEdit* method() const { return m_method; }
    QCheckBox* contractOnly() const { return m_contractOnly; }
    QPlainTextEdit* note() const { return m_note; }
    EvidenceFileField* evidence() const { return m_evidence; }

protected:
    bool apply() override;

private:
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLineEdit* m_method;
    QCheckBox* m_contractOnly;
    QPlainTextEdit* m_note;
    EvidenceFileField* m_evidence;
};

} // namespace tl::ui

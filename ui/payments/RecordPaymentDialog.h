#pragma once

#include "common/Context.h"
#include "employees/FieldProblemPresenter.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tl::ui {

class AllocationEditor;
class CustomerPicker;

// 登记回款: records a payment received — number, customer (with completion), date, amount (read with
// core::parseMoney), method, bank reference, optionally the contract it pays, a note — and shows before
// saving where the money goes (AllocationEditor: automatic, by hand, or kept as credit). A payment is
// never edited afterwards: it is corrected by a reversal. Problems appear under their fields.
class RecordPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId / contractId preselect the customer and the contract (0 = none).
    RecordPaymentDialog(const core::Context& ctx, QWidget* parent = nullptr, qint64 customerId = 0,
                        qint64 contractId = 0);
    ~RecordPaymentDialog() override;

    qint64 paymentId() const { return m_paymentId; } // after a successful save
    // "Payment HK-… of ¥…: ¥… allocated to … , ¥… kept as credit." after a successful save.
    QString summary() const { return m_summary; }
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

    QLineEdit* numberEdit() const { return m_number; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodCombo() const { return m_method; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QComboBox* contractCombo() const { return m_contract; }
    AllocationEditor* allocationEditor() const { return m_allocation; }
    QPushButton* saveButton() const;
    void setContract(qint64 contractId); // one of the customer's, 0 = none

public slots:
    void save();

private:
    void buildUi();
    QWidget* field(const QString& column, QWidget* editor, QWidget* problemTarget = nullptr);
    void loadContracts();
    void updateAllocation();
    std::optional<qint64> amountFen() const;

    core::Context m_ctx;
    qint64 m_paymentId = 0;
    QString m_summary;
    bool m_attempted = false;

    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLineEdit* m_number = nullptr;
    CustomerPicker* m_customer = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_credit = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_contract = nullptr;
    QPlainTextEdit* m_note = nullptr;
    AllocationEditor* m_allocation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui

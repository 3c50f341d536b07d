#pragma once

#include "common/Context.h"
#include "receivables/PaymentService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace tl::ui {

class AllocationEditor;

// 分配余款: applies what is left of a payment (customer credit) to open instalments — automatically, oldest
// due first, or by hand — on a date (not before the payment was received, not after today). Opened for one
// payment, or for a customer: then the customer's payments with credit are offered in a list.
class AllocateCreditDialog : public QDialog
{
    Q_OBJECT
public:
    // paymentId != 0: that payment; else the customer's payments with credit (customerId).
    AllocateCreditDialog(const core::Context& ctx, qint64 paymentId, qint64 customerId = 0,
                         QWidget* parent = nullptr);

    bool hasCredit() const { return !m_payments.isEmpty(); }
    qint64 paymentId() const;
    QString summary() const { return m_summary; }
    QString problemText() const;

    QComboBox* paymentCombo() const { return m_payment; }
    QDateEdit* dateEdit() const { return m_date; }
    AllocationEditor* allocationEditor() const { return m_allocation; }
    QPushButton* saveButton() const;

public slots:
    void save();

private:
    void loadPayments(qint64 paymentId, qint64 customerId);
    void onPaymentChosen();
    const core::Payment* current() const;

    core::Context m_ctx;
    QList<core::Payment> m_payments;
    QString m_summary;
    QLabel* m_problem;
    QComboBox* m_payment;
    QLabel* m_facts;
    QDateEdit* m_date;
    AllocationEditor* m_allocation;
    QDialogButtonBox* m_buttons;
};

} // namespace tl::ui

#pragma once

#include "common/Context.h"
#include "receivables/PaymentService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl::ui {

// 冲销回款: a payment is never edited or deleted; a wrong one is reversed — on a date (not before it was
// received or last allocated, not after today) with a reason — which takes back everything it paid. The
// reversal is confirmed in a question first.
class ReversePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    ReversePaymentDialog(const core::Context& ctx, qint64 paymentId, QWidget* parent = nullptr);

    bool isAvailable() const { return m_payment.id != 0 && !m_payment.reversed(); }
    QString problemText() const;
    QString summary() const { return m_summary; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }

public slots:
    void save() { reverse(true); }
    // confirm = false: without the question (tests).
    bool reverse(bool confirm);

private:
    void showProblem(const QString& text);

    core::Context m_ctx;
    core::Payment m_payment;
    QString m_summary;
    QLabel* m_problem;
    QLabel* m_facts;
    QDateEdit* m_date;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace tl::ui

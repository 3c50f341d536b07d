#pragma once

#include "money/Money.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tl::core {
struct Context;
}

namespace tl::ui {

class EmployeePicker;

// Asks for a loss deduction (工资支付暂行规定 Art. 16): the employee, the amount, the reason and optionally
// an evidence file (at most LossClaimService::kMaxEvidenceBytes).
class LossClaimDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 employeeId = 0;
        core::Money amount;
        QString reason;
        QString evidencePath; // empty = none
    };

    LossClaimDialog(const core::Context& ctx, QWidget* parent = nullptr);

    std::optional<Request> request(); // nothing (the problem shown) when a field is not usable
    void setProblem(const QString& text);

private:
    void chooseEvidence();

    EmployeePicker* m_employee;
    QLineEdit* m_amount;
    QPlainTextEdit* m_reason;
    QLabel* m_evidence;
    QString m_evidencePath;
    QLabel* m_problem;
};

} // namespace tl::ui

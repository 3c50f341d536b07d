#pragma once

#include "common/Context.h"
#include "receivables/ReceivableQuery.h"

#include <QDialog>

class QLabel;

namespace tl::ui {

// 逾期利息与诉讼时效 of one instalment as of today: the late interest (InterestCalculator: principal, annual
// rate and whether it is the contract's own, days that bore interest, accrued, settled, outstanding, and the
// method in words) and the limitation watch of its contract (LimitationWatch: what set the deadline, the
// deadline, days left and the state, highlighted when the warning window has begun or the claim expired).
class InterestDialog : public QDialog
{
    Q_OBJECT
public:
    InterestDialog(const core::Context& ctx, const core::ReceivableRow& row, QWidget* parent = nullptr);

    QString interestText() const;
    QString limitationText() const;

private:
    QLabel* m_interest;
    QLabel* m_limitation;
};

} // namespace tl::ui

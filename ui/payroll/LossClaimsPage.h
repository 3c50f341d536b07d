#pragma once

#include "app/Page.h"
#include "common/Result.h"
#include "money/Money.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tl::ui {

class PayrollLossClaimTableModel;

// 损失赔偿扣款 (DESIGN §2.7, 工资支付暂行规定 Art. 16): the loss-deduction claims in sight with what locked
// payrolls recovered and what is still outstanding (carried forward), and the total outstanding. "Request…"
// (RequestLossClaims) asks for a claim with an evidence file; Approve and Reject (ApproveLossClaims, another
// user than the requester) decide it.
class LossClaimsPage : public Page
{
    Q_OBJECT
public:
    explicit LossClaimsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    core::Result<qint64> requestClaim(qint64 employeeId, core::Money amount, const QString& reason,
                                      const QString& evidencePath = {});
    core::Status decideSelected(bool approve, const QString& note = {});

    PayrollLossClaimTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* summary() const { return m_summary; }

private:
    void reload();
    void updateButtons();
    void askRequest();
    void askDecision(bool approve);

    PayrollLossClaimTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_request;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace tl::ui

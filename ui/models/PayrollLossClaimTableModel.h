#pragma once

#include "payroll/LossClaimService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Loss-deduction claims (工资支付暂行规定 Art. 16): when asked, employee, amount, what locked payrolls
// recovered so far, what is still outstanding (carried to later months), reason, evidence, status, who asked
// and who decided.
class PayrollLossClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        RequestedAt,
        Employee,
        Amount,
        Recovered,
        Outstanding,
        Reason,
        Evidence,
        Status,
        RequestedBy,
        DecidedBy,
        Count
    };
    static constexpr int AmountFenRole = Qt::UserRole + 1;

    explicit PayrollLossClaimTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setClaims(const QList<core::LossClaim>& claims);
    const core::LossClaim* claimAt(int row) const;
    core::Money totalOutstanding() const;

    static QString statusName(const QString& status); // translated requested / approved / rejected / settled

private:
    QList<core::LossClaim> m_rows;
};

} // namespace tl::ui

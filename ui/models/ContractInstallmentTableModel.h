#pragma once

#include "sales/Contract.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace tl::ui {

// The instalments of one contract in its detail view: due date, amount, received, written off, disputed,
// balance, collector and the last payment date; overdue balances in red (as of the date given).
class ContractInstallmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Seq,
        DueOn,
        Amount,
        Paid,
        WrittenOff,
        Disputed,
        Balance,
        Collector,
        LastPaidOn,
        Count
    };
    enum DataRole
    {
        InstallmentIdRole = Qt::UserRole + 1
    };

    explicit ContractInstallmentTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setInstallments(const QList<core::Installment>& installments, const QDate& today);
    const core::Installment* installmentAt(int row) const;

private:
    QList<core::Installment> m_rows;
    QDate m_today;
};

} // namespace tl::ui

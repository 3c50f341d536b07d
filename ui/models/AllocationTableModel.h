#pragma once

#include "receivables/PaymentService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Rows of the allocation ledger (which payment went to which instalment, when and how much): in a contract's
// detail the payments allocated to its instalments, in a payment's detail where its money went. Reversal and
// unallocate rows are negative and shown in red.
class AllocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        OnDate,
        PaymentNo,
        Installment,
        Amount,
        Kind,
        Count
    };

    explicit AllocationTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAllocations(const QList<core::Allocation>& allocations);
    const core::Allocation* allocationAt(int row) const;
    qint64 total() const;

    static QString kindName(const QString& kind); // translated auto / manual / reversal / unallocate

private:
    QList<core::Allocation> m_rows;
};

} // namespace tl::ui

#pragma once

#include "receivables/WriteOffService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Write-off requests (坏账核销), e.g. those waiting for a decision: instalment, customer, amount, reason,
// evidence, who asked and when, and the decision.
class WriteOffTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        RequestedOn,
        Installment,
        Customer,
        Amount,
        Reason,
        Evidence,
        RequestedBy,
        Status,
        Count
    };

    explicit WriteOffTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWriteOffs(const QList<core::WriteOff>& writeOffs);
    const core::WriteOff* writeOffAt(int row) const;

    static QString statusName(const QString& status); // translated pending / approved / rejected

private:
    QList<core::WriteOff> m_rows;
};

} // namespace tl::ui

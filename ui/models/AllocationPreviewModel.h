#pragma once

#include "receivables/PaymentService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// What a payment will be allocated to, shown before it is saved: the open instalments of the customer (or
// of the named contract) in the automatic order with balance, disputed and collectable amounts, and per
// row the amount to allocate — computed by core in Auto mode (oldest due first), typed by the user in
// Manual mode (yuan, read with core::parseMoney), empty when everything is kept as credit.
class AllocationPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Installment,
        DueOn,
        Balance,
        Disputed,
        Collectable,
        Allocate,
        Count
    };
    enum DataRole
    {
        InstallmentIdRole = Qt::UserRole + 1,
        AllocateFenRole
    };

    explicit AllocationPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed manual amounts of instalments still listed are kept.
    void setCandidates(const QList<core::AllocationCandidate>& candidates);
    void setMode(core::AllocationMode mode);
    core::AllocationMode mode() const { return m_mode; }
    const core::AllocationCandidate* candidateAt(int row) const;
    int rowOfInstallment(qint64 installmentId) const;

    // The amount each row takes in the current mode (fen; an unreadable manual amount counts 0).
    qint64 amountAt(int row) const;
    qint64 allocatedTotal() const;
    // Manual lines with an amount (rows in order).
    QList<core::AllocationLine> manualLines() const;
    // Rows (0-based) whose manual amount cannot be read, is not positive or exceeds the collectable part,
    // with the reason.
    QHash<int, QString> manualProblems() const;
    // Sets a manual amount (fen) directly.
    void setManualAmount(int row, qint64 fen);

signals:
    void allocationChanged();

private:
    QList<core::AllocationCandidate> m_rows;
    core::AllocationMode m_mode = core::AllocationMode::Auto;
    QHash<qint64, qint64> m_manual;      // instalment id -> fen
    QHash<qint64, QString> m_manualText; // instalment id -> typed text that cannot be read
};

} // namespace tl::ui

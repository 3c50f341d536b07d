#pragma once

#include "sales/Contract.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The payment schedule being edited in the contract dialog: one row per instalment (期), numbered in order,
// with an editable due date and amount. Amounts are typed in yuan and read with core::parseMoney; a text
// that cannot be read stays in the cell (shown in red) and counts as no amount. Instalments that already
// received money or a write-off keep their due date and amount and cannot be removed (ContractService's
// rule), so their cells are read-only. scheduleChanged() follows every change.
class InstallmentScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Seq,
        DueOn,
        Amount,
        Paid,
        Count
    };

    explicit InstallmentScheduleModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setInstallments(const QList<core::Installment>& installments);
    // The schedule as ContractService reads it: seq 1..n in row order; an unreadable amount is 0.
    QList<core::Installment> installments() const;

    qint64 total() const;              // Σ readable amounts, fen
    qint64 lockedTotal() const;        // Σ amounts of the rows that cannot change
    QList<int> unreadableRows() const; // 0-based rows whose amount text cannot be read
    QString amountText(int row) const; // as typed or formatted
    bool isLocked(int row) const;

    // Appends an instalment (amount in fen, 0 = none yet); returns its row.
    int appendInstallment(const QDate& dueOn, qint64 amount);
    // false when the row is locked or out of range.
    bool removeInstallment(int row);
    // Replaces every row that may change with `count` instalments due monthly from firstDue that share
    // total − lockedTotal() as evenly as whole fen allow (evenSplit). false when count < 1 or nothing is
    // left.
    bool splitEvenly(int count, qint64 total, const QDate& firstDue);

    // `total` fen in `count` parts: each total / count rounded down, the last one taking the remainder, so
    // that the parts add up exactly (10,000,000 in 3: 3,333,333 + 3,333,333 + 3,333,334).
    static QList<qint64> evenSplit(qint64 total, int count);

signals:
    void scheduleChanged();

private:
    struct Line
    {
        core::Installment installment;
        QString amountText; // what was typed when it cannot be read; empty when the amount is valid
    };

    QList<Line> m_lines;
};

} // namespace tl::ui

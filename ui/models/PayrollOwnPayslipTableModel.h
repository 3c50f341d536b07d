#pragma once

#include "payroll/PayrollRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The logged-in employee's own payslips by month ("My payslips"), newest first: gross pay, social insurance
// and housing fund, income tax, loss deduction and net pay.
class PayrollOwnPayslipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Month,
        Gross,
        Contributions,
        Tax,
        LossDeduction,
        Net,
        Count
    };
    static constexpr int AmountFenRole = Qt::UserRole + 1;

    struct Row
    {
        QString period;
        core::Payslip payslip;
    };

    explicit PayrollOwnPayslipTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<Row>& rows);
    const Row* rowAt(int row) const;

private:
    QList<Row> m_rows;
};

} // namespace tl::ui

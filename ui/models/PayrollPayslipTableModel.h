#pragma once

#include "payroll/PayrollRun.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl::ui {

// The review table of a payroll run: every payslip of the period (employee, department, gross pay, the
// employee's contributions, income tax, loss deduction, net pay, employer cost) and a totals row at the end.
// With last month's payslips set, a net pay that differs from last month's (or an employee not paid last
// month) is highlighted and its tooltip says by how much.
class PayrollPayslipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Employee,
        Department,
        Gross,
        Contributions,
        Tax,
        LossDeduction,
        Net,
        EmployerCost,
        Count
    };
    enum Role
    {
        AmountFenRole = Qt::UserRole + 1, // qint64 fen of an amount column
        ChangedRole                       // bool: net pay differs from last month by ¥1.00 or more
    };

    explicit PayrollPayslipTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // previous: last month's payslips (empty = no comparison).
    void setPayslips(const QList<core::Payslip>& payslips, const QList<core::Payslip>& previous = {});
    const core::Payslip* payslipAt(int row) const; // nullptr for the totals row
    int payslipCount() const { return int(m_rows.size()); }
    bool isTotalsRow(int row) const { return !m_rows.isEmpty() && row == m_rows.size(); }
    static constexpr qint64 kNoticeableFen = 100; // ¥1.00
    bool changedFromLastMonth(int row) const;

    // The amount of a column of one payslip (tax: cumulative withholding plus the separately taxed bonus).
    static qint64 amountOf(const core::Payslip& p, Column column);

private:
    qint64 total(Column column) const;

    QList<core::Payslip> m_rows;
    QHash<qint64, qint64> m_previousNet; // employee id → net fen
    bool m_compare = false;
};

} // namespace tl::ui

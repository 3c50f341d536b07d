#pragma once

#include "payroll/IncomeTax.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The tax calculator's month-by-month table of cumulative withholding (IncomeTax::equalMonths): for each
// month the cumulative income, the cumulative taxable income, the rate of its bracket, the cumulative tax,
// the tax withheld this month and the month's pay after insurance and tax. A month whose tax differs from the
// month before (a new bracket) is bold.
class PayrollTaxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Month,
        CumulativeIncome,
        Taxable,
        Rate,
        CumulativeTax,
        ThisMonth,
        NetPay,
        Count
    };
    static constexpr int AmountFenRole = Qt::UserRole + 1;

    explicit PayrollTaxTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMonths(const QList<core::IncomeTax::Month>& months, core::Money monthlyIncome,
                   core::Money monthlyInsurance);
    core::Money totalTax() const;

private:
    QList<core::IncomeTax::Month> m_rows;
    core::Money m_income;
    core::Money m_insurance;
};

} // namespace tl::ui

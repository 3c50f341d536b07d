#pragma once

#include "payroll/SalaryProfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// An employee's salary profiles (薪资档案), oldest first: each version with the date it applies from, the
// amounts (masked ones read "***"), the housing-fund rate, the income-tax flags and the note. The version in
// force on a given day is marked bold.
class PayrollSalaryProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        EffectiveFrom,
        BaseSalary,
        PerformanceSalary,
        Allowance,
        SiBase,
        HfBase,
        HfRate,
        SpecialDeduction,
        TaxFlags,
        Note,
        Count
    };
    static constexpr int AmountFenRole = Qt::UserRole + 1;

    explicit PayrollSalaryProfileTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // today: marks the version in force on that day.
    void setProfiles(const QList<core::SalaryProfile>& profiles, const QDate& today);
    const core::SalaryProfile* profileAt(int row) const;
    int currentRow() const { return m_current; } // -1 when none is in force yet

private:
    QList<core::SalaryProfile> m_rows;
    int m_current = -1;
};

} // namespace tl::ui

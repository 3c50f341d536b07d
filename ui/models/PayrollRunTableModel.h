#pragma once

#include "payroll/PayrollRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The payroll runs (periods) with their status and totals, newest first (PayrollRunService::runs).
class PayrollRunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Period,
        Status,
        Payslips,
        Gross,
        Tax,
        Net,
        EmployerCost,
        Count
    };

    explicit PayrollRunTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRuns(const QList<core::PayrollRun>& runs);
    const core::PayrollRun* runAt(int row) const;
    int rowOf(const QString& period) const; // -1 when absent

private:
    QList<core::PayrollRun> m_rows;
};

} // namespace tl::ui

#pragma once

#include "payroll/PayrollRun.h"

#include <QDialog>

class QTableWidget;

namespace tl::ui {

// One payslip in detail: the employee, every line with its amount and the explanation of how it was computed
// (the employer's costs apart), the totals and the year-to-date figures of cumulative withholding.
class PayslipDetailDialog : public QDialog
{
    Q_OBJECT
public:
    PayslipDetailDialog(const core::Payslip& payslip, const QString& period, QWidget* parent = nullptr);

    QTableWidget* lineTable() const { return m_lines; }

private:
    QTableWidget* m_lines;
};

} // namespace tl::ui

#pragma once

#include "app/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tl::ui {

class PayrollOwnPayslipTableModel;

// 我的工资条 (DESIGN §2.7): the logged-in employee's own payslips of approved and locked runs of the last
// twelve months (PayrollRunService releases nothing else to them), the detail of each line on double-click,
// and a live estimate of the current month (PayrollRunService::estimate: the run's own inputs — salary
// profile in force, the month's attendance so far, the year to date of the locked runs — without writing
// anything); not a payslip until HR runs the payroll.
class MyPayslipsPage : public Page
{
    Q_OBJECT
public:
    explicit MyPayslipsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    bool isLoading() const { return m_loading > 0; }
    PayrollOwnPayslipTableModel* model() const { return m_model; }
    QLabel* estimate() const { return m_estimate; }
    qint64 estimatedNetFen() const { return m_estimatedNet; } // -1 = no estimate
    void openPayslip(int row);

private:
    void reload();
    void loadEstimate();

    PayrollOwnPayslipTableModel* m_model;
    QLabel* m_estimate;
    QLabel* m_note;
    QTableView* m_view;
    int m_loading = 0;
    qint64 m_estimatedNet = -1;
};

} // namespace tl::ui

#pragma once

#include "app/Page.h"
#include "payroll/PayrollRun.h"

#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace tl::ui {

class PayrollPayslipTableModel;
class PayrollRunTableModel;

// 薪资 (DESIGN §2.7): the payroll runs with their status; "Calculate" runs the month's payroll off the GUI
// thread on its own connection with progress and cancel; the review table of every payslip of the chosen
// month with totals and the net pay that changed since last month highlighted; Approve and Lock (with
// confirmation); the employees the calculation left out and why; the payslip detail (double-click) and
// printing of payslips (A4 or strips). It opens on the newest run; the month typed or chosen in the list is
// the page's month. For sessions with ViewSalary, RunPayroll or ApprovePayroll.
class PayrollPage : public Page
{
    Q_OBJECT
public:
    explicit PayrollPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    QString period() const; // the chosen month, "2026-03"
    void setPeriod(const QString& period);
    void calculate();                // as the Calculate button (a background job)
    void editAdjustments();          // as the Adjustments button: the month's pay adjustments
    void approve();                  // as the Approve button
    void lock(bool askFirst = true); // as the Lock button; askFirst = the confirmation dialog
    void openPayslip(int row);       // the detail dialog of a row of the review table

    bool isBusy() const { return m_busy || m_loading; }
    PayrollRunTableModel* runModel() const { return m_runModel; }
    QTableView* runView() const { return m_runs; }
    QLineEdit* periodEdit() const { return m_period; }
    PayrollPayslipTableModel* payslipModel() const { return m_payslipModel; }
    QListWidget* issueList() const { return m_issues; }
    QPushButton* calculateButton() const { return m_calculate; }
    QPushButton* adjustButton() const { return m_adjust; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* printButton() const { return m_print; }

signals:
    void calculationFinished(bool ok);

private:
    void reload();
    void loadPayslips();
    void selectPeriodRow();
    void updateButtons();
    void showIssues(const QList<core::PayrollIssue>& issues);
    void print(bool strips);
    void info(const QString& text);
    void error(const QString& text);
    void success(const QString& text);
    const core::PayrollRun* currentRun() const;

    PayrollRunTableModel* m_runModel;
    PayrollPayslipTableModel* m_payslipModel;
    QTableView* m_runs;
    QTableView* m_payslips;
    QLineEdit* m_period;
    QLabel* m_status;
    QListWidget* m_issues;
    QLabel* m_issuesTitle;
    QPushButton* m_adjust;
    QPushButton* m_calculate;
    QPushButton* m_approve;
    QPushButton* m_lock;
    QPushButton* m_print;
    QPushButton* m_printStrips;
    bool m_busy = false;
    bool m_loading = false;
    bool m_opened = false; // activated once: the newest run was shown
    int m_loadGeneration = 0;
};

} // namespace tl::ui

#pragma once

#include "payroll/PayAdjustmentService.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tl::ui {

class AppContext;
class EmployeePicker;

// 调整项 of one month (DESIGN §2.7): the pay adjustments the month's run includes — 补发 (positive) and 补扣
// (negative) amounts with their reason and the earlier month they correct — listed, added and removed while
// the month's run is open (PayAdjustmentService refuses changes once it is approved or locked). A change
// takes effect when the month is calculated again.
class PayAdjustmentsDialog : public QDialog
{
    Q_OBJECT
public:
    PayAdjustmentsDialog(AppContext& app, const QString& period, bool closed, QWidget* parent = nullptr);

    int rowCount() const;
    bool changed() const { return m_changed; } // something was added or removed
    // The form, as the Add button reads it.
    EmployeePicker* employeePicker() const { return m_employee; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* correctsEdit() const { return m_corrects; }
    QTableWidget* table() const { return m_table; }
    QLabel* problemLabel() const { return m_problem; }

    bool addFromForm();    // as the Add button; false (with the problem shown) when refused
    bool removeSelected(); // as the Remove button

private:
    void reload();

    AppContext& m_app;
    QString m_period;
    QList<core::PayAdjustment> m_rows;
    QTableWidget* m_table;
    EmployeePicker* m_employee;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QLineEdit* m_corrects;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
    bool m_changed = false;
};

} // namespace tl::ui

#pragma once

#include "app/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace tl::ui {

class PayrollTaxTableModel;

// 个税计算器 (DESIGN §2.7, domain-facts §1): cumulative withholding month by month for an equal monthly
// income, insurance and special additional deductions (IncomeTax::equalMonths, the deduction rule chosen),
// and the annual one-off bonus taxed separately with a warning at a bracket cliff (e.g. 36,001 against
// 36,000). No database.
class TaxCalculatorPage : public Page
{
    Q_OBJECT
public:
    explicit TaxCalculatorPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    // The fields as typed (yuan), then recalculated.
    void setInputs(const QString& income, const QString& insurance, const QString& special, int months);
    void setBonus(const QString& bonus);

    PayrollTaxTableModel* model() const { return m_model; }
    QLabel* problem() const { return m_problem; }
    QLabel* bonusResult() const { return m_bonusResult; }
    QLabel* bonusWarning() const { return m_bonusWarning; }

private:
    void recalculate();
    void recalculateBonus();

    PayrollTaxTableModel* m_model;
    QLineEdit* m_income;
    QLineEdit* m_insurance;
    QLineEdit* m_special;
    QSpinBox* m_months;
    QComboBox* m_rule;
    QLabel* m_problem;
    QLabel* m_total;
    QTableView* m_view;
    QLineEdit* m_bonus;
    QLabel* m_bonusResult;
    QLabel* m_bonusWarning;
};

} // namespace tl::ui

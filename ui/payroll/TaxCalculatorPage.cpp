#include "payroll/TaxCalculatorPage.h"

#include "models/PayrollTaxTableModel.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "payroll/IncomeTax.h"
#include "widgets/ListViewSetup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::IncomeTax;
using core::Money;

namespace {

// Empty reads as zero.
std::optional<Money> amount(const QLineEdit* edit, QString* problem)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    const auto parsed = core::parseMoney(text);
    if (!parsed) {
        *problem = parsed.error().message;
        return std::nullopt;
    }
    return *parsed;
}

} // namespace

TaxCalculatorPage::TaxCalculatorPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PayrollTaxTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* wages = new QGroupBox(tr("Wages: cumulative withholding"), this);
    auto* form = new QFormLayout(wages);
    m_income = new QLineEdit(QStringLiteral("30,000.00"), wages);
    m_insurance = new QLineEdit(QStringLiteral("4,500.00"), wages);
    m_special = new QLineEdit(QStringLiteral("2,000.00"), wages);
    m_months = new QSpinBox(wages);
    m_months->setRange(1, 12);
    m_months->setValue(12);
    m_rule = new QComboBox(wages);
    m_rule->addItem(tr("Standard: 5,000 a month employed"), int(IncomeTax::DeductionRule::Standard));
    m_rule->addItem(tr("First job in the year: 5,000 a month from January"),
                    int(IncomeTax::DeductionRule::FirstJobInYear));
    m_rule->addItem(tr("Earned at most 60,000 last year: 60,000 from January"),
                    int(IncomeTax::DeductionRule::LowEarnerPreviousYear));
    form->addRow(tr("Monthly income:"), m_income);
    form->addRow(tr("Social insurance and housing fund a month:"), m_insurance);
    form->addRow(tr("Special additional deductions a month:"), m_special);
    form->addRow(tr("Months from January:"), m_months);
    form->addRow(tr("Basic deduction:"), m_rule);
    top->addWidget(wages, 2);

    auto* bonusBox = new QGroupBox(tr("Annual one-off bonus taxed separately"), this);
    auto* bonusForm = new QFormLayout(bonusBox);
    m_bonus = new QLineEdit(QStringLiteral("36,000.00"), bonusBox);
    m_bonusResult = new QLabel(bonusBox);
    m_bonusResult->setWordWrap(true);
    m_bonusWarning = new QLabel(bonusBox);
    m_bonusWarning->setWordWrap(true);
    m_bonusWarning->setStyleSheet(QStringLiteral("color: #b00020"));
    bonusForm->addRow(tr("Bonus:"), m_bonus);
    bonusForm->addRow(m_bonusResult);
    bonusForm->addRow(m_bonusWarning);
    top->addWidget(bonusBox, 1);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_total = new QLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_total);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::NoSelection, 150);
    layout->addWidget(m_view, 1);

    for (QLineEdit* edit : {m_income, m_insurance, m_special})
        connect(edit, &QLineEdit::textChanged, this, &TaxCalculatorPage::recalculate);
    connect(m_months, &QSpinBox::valueChanged, this, &TaxCalculatorPage::recalculate);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &TaxCalculatorPage::recalculate);
    connect(m_bonus, &QLineEdit::textChanged, this, &TaxCalculatorPage::recalculateBonus);
    recalculate();
    recalculateBonus();
}

QString TaxCalculatorPage::title() const
{
    return tr("Tax calculator");
}

QIcon TaxCalculatorPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void TaxCalculatorPage::setInputs(const QString& income, const QString& insurance, const QString& special,
                                  int months)
{
    m_income->setText(income);
    m_insurance->setText(insurance);
    m_special->setText(special);
    m_months->setValue(months);
    recalculate();
}

void TaxCalculatorPage::setBonus(const QString& bonus)
{
    m_bonus->setText(bonus);
    recalculateBonus();
}

void TaxCalculatorPage::recalculate()
{
    QString problem;
    const auto income = amount(m_income, &problem);
    const auto insurance = amount(m_insurance, &problem);
    const auto special = amount(m_special, &problem);
    if (!income || !insurance || !special) {
        m_problem->setText(problem);
        m_problem->show();
        m_model->setMonths({}, Money(), Money());
        m_total->clear();
        return;
    }
    m_problem->hide();
    const auto rule = IncomeTax::DeductionRule(m_rule->currentData().toInt());
    m_model->setMonths(IncomeTax::equalMonths(*income, *insurance, *special, m_months->value(), rule),
                       *income, *insurance);
    m_total->setText(tr("Tax over %n month(s): %1", nullptr, m_months->value())
                         .arg(core::formatMoney(m_model->totalTax())));
}

void TaxCalculatorPage::recalculateBonus()
{
    QString problem;
    const auto bonus = amount(m_bonus, &problem);
    m_bonusWarning->clear();
    if (!bonus) {
        m_bonusResult->setText(problem);
        return;
    }
    const IncomeTax::BonusTax tax = IncomeTax::bonusSeparately(*bonus);
    m_bonusResult->setText(tr("Tax %1 at %2%; after tax %3")
                               .arg(core::formatMoney(tax.tax),
                                    IncomeTax::monthlyTable().at(tax.bracket).rate.percentText(),
                                    core::formatMoney(*bonus - tax.tax)));
    if (tax.pastCliff())
        m_bonusWarning->setText(
            tr("Bracket cliff: a bonus of %1 would leave %2 more after tax than this one.")
                .arg(core::formatMoney(tax.cliffBonus), core::formatMoney(tax.netLoss)));
}

} // namespace tl::ui

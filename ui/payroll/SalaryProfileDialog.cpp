#include "payroll/SalaryProfileDialog.h"

#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "money/Rate.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tl::ui {

using core::Money;

SalaryProfileDialog::SalaryProfileDialog(const core::SalaryProfile& start, QWidget* parent)
    : QDialog(parent), m_start(start)
{
    setWindowTitle(tr("Salary profile of %1 %2").arg(start.employeeCode, start.employeeName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto money = [this](Money amount) {
        auto* edit = new QLineEdit(core::formatMoney(amount, false), this);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    };
    m_from = new QDateEdit(start.effectiveFrom, this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_base = money(start.baseSalary);
    m_performance = money(start.performanceSalary);
    m_allowance = money(start.allowance);
    m_siBase = money(start.siBase);
    m_hfBase = money(start.hfBase);
    m_hfRate = new QLineEdit(
        start.hfRatePpm == 0 ? QString() : core::Rate::fromPpm(start.hfRatePpm).percentText(), this);
    m_hfRate->setPlaceholderText(tr("City rate"));
    m_special = money(start.specialDeduction);
    m_plan = new QLineEdit(start.commissionPlan, this);
    m_firstJob = new QCheckBox(tr("First job in this tax year (5,000 a month from January)"), this);
    m_firstJob->setChecked(start.firstJobInYear);
    m_lowEarner =
        new QCheckBox(tr("Earned at most 60,000 last year with this employer (60,000 from January)"), this);
    m_lowEarner->setChecked(start.lowEarnerPreviousYear);
    m_bonusSeparately = new QCheckBox(tr("Tax the annual bonus separately"), this);
    m_bonusSeparately->setChecked(start.bonusSeparately);
    m_note = new QLineEdit(start.note, this);
    form->addRow(tr("Applies from:"), m_from);
    form->addRow(tr("Base salary:"), m_base);
    form->addRow(tr("Performance salary:"), m_performance);
    form->addRow(tr("Fixed allowance:"), m_allowance);
    form->addRow(tr("Social-insurance base:"), m_siBase);
    form->addRow(tr("Housing-fund base:"), m_hfBase);
    form->addRow(tr("Housing-fund rate (%):"), m_hfRate);
    form->addRow(tr("Special additional deductions a month:"), m_special);
    form->addRow(tr("Commission plan:"), m_plan);
    form->addRow(QString(), m_firstJob);
    form->addRow(QString(), m_lowEarner);
    form->addRow(QString(), m_bonusSeparately);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (profile())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SalaryProfileDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<core::SalaryProfile> SalaryProfileDialog::profile()
{
    core::SalaryProfile p = m_start;
    p.id = 0;
    p.effectiveFrom = m_from->date();
    const struct
    {
        QLineEdit* edit;
        Money* target;
        QString label;
    } amounts[] = {{m_base, &p.baseSalary, tr("Base salary")},
                   {m_performance, &p.performanceSalary, tr("Performance salary")},
                   {m_allowance, &p.allowance, tr("Fixed allowance")},
                   {m_siBase, &p.siBase, tr("Social-insurance base")},
                   {m_hfBase, &p.hfBase, tr("Housing-fund base")},
                   {m_special, &p.specialDeduction, tr("Special additional deductions")}};
    for (const auto& a : amounts) {
        const QString text = a.edit->text().trimmed();
        if (text.isEmpty()) {
            *a.target = Money();
            continue;
        }
        const auto parsed = core::parseMoney(text);
        if (!parsed) {
            setProblem(tr("%1: %2").arg(a.label, parsed.error().message));
            a.edit->setFocus();
            return std::nullopt;
        }
        *a.target = *parsed;
    }
    const QString rate = m_hfRate->text().trimmed();
    if (rate.isEmpty()) {
        p.hfRatePpm = 0;
    } else {
        const auto parsed = core::Rate::fromPercentText(rate);
        if (!parsed) {
            setProblem(tr("Housing-fund rate: %1").arg(parsed.error().message));
            m_hfRate->setFocus();
            return std::nullopt;
        }
        p.hfRatePpm = int(parsed->ppm());
    }
    p.commissionPlan = m_plan->text().trimmed();
    p.firstJobInYear = m_firstJob->isChecked();
    p.lowEarnerPreviousYear = m_lowEarner->isChecked();
    p.bonusSeparately = m_bonusSeparately->isChecked();
    p.note = m_note->text().trimmed();
    const QList<core::FieldProblem> problems = core::salaryProfileProblems(p);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const core::FieldProblem& problem : problems)
            lines << problem.reason;
        setProblem(lines.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    setProblem({});
    return p;
}

} // namespace tl::ui

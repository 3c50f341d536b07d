#include "admin/CityProfileDialog.h"

#include "app/AppContext.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "money/Rate.h"
#include "settings/CompanyService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace tl::ui {

QString roundingModeName(const QString& mode)
{
    static const struct
    {
        const char* key;
        const char* text;
    } names[] = {
        {"half_up_fen", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Half up to the fen")},
        {"half_up_jiao", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Half up to the jiao")},
        {"half_up_yuan", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Half up to the yuan")},
        {"up_jiao", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Up to the jiao")},
        {"up_yuan", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Up to the yuan")},
        {"down_jiao", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Down to the jiao")},
        {"down_yuan", QT_TRANSLATE_NOOP("tl::ui::CityProfileDialog", "Down to the yuan")},
    };
    for (const auto& n : names)
        if (mode == QLatin1String(n.key))
            return QCoreApplication::translate("tl::ui::CityProfileDialog", n.text);
    return mode;
}

CityProfileDialog::CityProfileDialog(AppContext& app, const core::CityProfile& start, QWidget* parent)
    : QDialog(parent), m_app(app), m_city(new QComboBox(this)),
      m_name(new QLineEdit(core::cityProfileName(start), this)), m_from(new QDateEdit(this)),
      m_siMin(moneyEdit(start.siBaseMin)), m_siMax(moneyEdit(start.siBaseMax)),
      m_pensionEmployee(rateEdit(start.pensionEmployeePpm)),
      m_medicalEmployee(rateEdit(start.medicalEmployeePpm)),
      m_unemploymentEmployee(rateEdit(start.unemploymentEmployeePpm)),
      m_pensionEmployer(rateEdit(start.pensionEmployerPpm)),
      m_medicalEmployer(rateEdit(start.medicalEmployerPpm)),
      m_unemploymentEmployer(rateEdit(start.unemploymentEmployerPpm)),
      m_injuryEmployer(rateEdit(start.injuryEmployerPpm)), m_hfMin(moneyEdit(start.hfBaseMin)),
      m_hfMax(moneyEdit(start.hfBaseMax)), m_hfRate(rateEdit(start.hfRatePpm)),
      m_minimumWage(moneyEdit(start.minimumWage)), m_siRounding(roundingCombo(start.siRounding)),
      m_hfRounding(roundingCombo(start.hfRounding)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("New city profile"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A profile applies from its date on; earlier months keep the profile that was in "
                      "force then. Amounts in yuan, rates in percent."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* head = new QFormLayout;
    m_city->setEditable(true);
    m_city->addItem(core::cityDisplayName(QStringLiteral("shanghai")), QStringLiteral("shanghai"));
    m_city->addItem(core::cityDisplayName(QStringLiteral("beijing")), QStringLiteral("beijing"));
    const int known = m_city->findData(start.city);
    if (known >= 0)
        m_city->setCurrentIndex(known);
    else
        m_city->setEditText(start.city);
    head->addRow(tr("&City:"), m_city);
    head->addRow(tr("&Name:"), m_name);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = app.clock().today();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(1));
    head->addRow(tr("Effective &from:"), m_from);
    layout->addLayout(head);

    auto* si = new QGroupBox(tr("Social insurance"), this);
    auto* siGrid = new QGridLayout(si);
    siGrid->addWidget(new QLabel(tr("Base from"), si), 0, 0);
    siGrid->addWidget(m_siMin, 0, 1);
    siGrid->addWidget(new QLabel(tr("to"), si), 0, 2);
    siGrid->addWidget(m_siMax, 0, 3);
    siGrid->addWidget(new QLabel(tr("Employee, %"), si), 1, 1);
    siGrid->addWidget(new QLabel(tr("Employer, %"), si), 1, 3);
    const QList<std::tuple<QString, QLineEdit*, QLineEdit*>> rows{
        {tr("Pension"), m_pensionEmployee, m_pensionEmployer},
        {tr("Medical"), m_medicalEmployee, m_medicalEmployer},
        {tr("Unemployment"), m_unemploymentEmployee, m_unemploymentEmployer},
        {tr("Work injury"), nullptr, m_injuryEmployer},
    };
    int row = 2;
    for (const auto& [label, employee, employer] : rows) {
        siGrid->addWidget(new QLabel(label, si), row, 0);
        if (employee)
            siGrid->addWidget(employee, row, 1);
        siGrid->addWidget(employer, row, 3);
        ++row;
    }
    siGrid->addWidget(new QLabel(tr("Rounding"), si), row, 0);
    siGrid->addWidget(m_siRounding, row, 1, 1, 3);
    layout->addWidget(si);

    auto* hf = new QGroupBox(tr("Housing fund and minimum wage"), this);
    auto* hfGrid = new QGridLayout(hf);
    hfGrid->addWidget(new QLabel(tr("Base from"), hf), 0, 0);
    hfGrid->addWidget(m_hfMin, 0, 1);
    hfGrid->addWidget(new QLabel(tr("to"), hf), 0, 2);
    hfGrid->addWidget(m_hfMax, 0, 3);
    hfGrid->addWidget(new QLabel(tr("Rate each, %"), hf), 1, 0);
    hfGrid->addWidget(m_hfRate, 1, 1);
    hfGrid->addWidget(new QLabel(tr("Rounding"), hf), 2, 0);
    hfGrid->addWidget(m_hfRounding, 2, 1, 1, 3);
    hfGrid->addWidget(new QLabel(tr("Minimum wage"), hf), 3, 0);
    hfGrid->addWidget(m_minimumWage, 3, 1);
    layout->addWidget(hf);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CityProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit* CityProfileDialog::moneyEdit(qint64 fen)
{
    auto* edit = new QLineEdit(core::formatMoney(core::Money::fromFen(fen), false), this); // 7,460.00
    edit->setAlignment(Qt::AlignRight);
    edit->setMinimumWidth(110);
    return edit;
}

QLineEdit* CityProfileDialog::rateEdit(int ppm)
{
    auto* edit = new QLineEdit(core::Rate::fromPpm(ppm).percentText(), this);
    edit->setAlignment(Qt::AlignRight);
    edit->setMinimumWidth(80);
    return edit;
}

QComboBox* CityProfileDialog::roundingCombo(const QString& mode)
{
    auto* combo = new QComboBox(this);
    for (const QString& key : core::cityRoundingModes())
        combo->addItem(roundingModeName(key), key);
    combo->setCurrentIndex(std::max(0, combo->findData(mode)));
    return combo;
}

core::CityProfile CityProfileDialog::profile(QList<core::FieldProblem>* problems) const
{
    core::CityProfile p;
    const int index = m_city->findText(m_city->currentText());
    p.city = index >= 0 ? m_city->itemData(index).toString() : core::normalizeCityKey(m_city->currentText());
    p.name = m_name->text().trimmed();
    p.effectiveFrom = m_from->date();
    auto money = [&](QLineEdit* edit, const char* column, qint64& target) {
        auto parsed = core::parseMoney(edit->text());
        if (parsed)
            target = parsed->fen();
        else
            problems->append({0, QString::fromLatin1(column), edit->text(), parsed.error().message});
    };
    auto rate = [&](QLineEdit* edit, const char* column, int& target) {
        auto parsed = core::Rate::fromPercentText(edit->text());
        if (parsed)
            target = static_cast<int>(parsed->ppm());
        else
            problems->append({0, QString::fromLatin1(column), edit->text(), parsed.error().message});
    };
    money(m_siMin, "si_base_min", p.siBaseMin);
    money(m_siMax, "si_base_max", p.siBaseMax);
    rate(m_pensionEmployee, "pension_employee", p.pensionEmployeePpm);
    rate(m_medicalEmployee, "medical_employee", p.medicalEmployeePpm);
    rate(m_unemploymentEmployee, "unemployment_employee", p.unemploymentEmployeePpm);
    rate(m_pensionEmployer, "pension_employer", p.pensionEmployerPpm);
    rate(m_medicalEmployer, "medical_employer", p.medicalEmployerPpm);
    rate(m_unemploymentEmployer, "unemployment_employer", p.unemploymentEmployerPpm);
    rate(m_injuryEmployer, "injury_employer", p.injuryEmployerPpm);
    money(m_hfMin, "hf_base_min", p.hfBaseMin);
    money(m_hfMax, "hf_base_max", p.hfBaseMax);
    rate(m_hfRate, "hf_rate", p.hfRatePpm);
    money(m_minimumWage, "minimum_wage", p.minimumWage);
    p.siRounding = m_siRounding->currentData().toString();
    p.hfRounding = m_hfRounding->currentData().toString();
    return p;
}

QString CityProfileDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void CityProfileDialog::accept()
{
    QList<core::FieldProblem> problems;
    const core::CityProfile p = profile(&problems);
    if (problems.isEmpty())
        problems = core::cityProfileProblems(p);
    if (problems.isEmpty()) {
        const core::Context ctx = m_app.core();
        auto added = core::CompanyService(ctx).addCityProfile(p);
        if (added) {
            m_profileId = added.value();
            QDialog::accept();
            return;
        }
        problems.append({0, {}, {}, added.error().fullText()});
    }
    QStringList lines;
    for (const core::FieldProblem& problem : problems)
        lines << problem.toString();
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
}

} // namespace tl::ui

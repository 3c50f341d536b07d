#include "admin/SettingsPage.h"

#include "admin/CityProfilesPanel.h"
#include "app/AppContext.h"
#include "app/Language.h"
#include "app/UiSettings.h"
#include "money/Rate.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace tl::ui {

namespace {

// A field that may be read (and copied from) but not changed, and looks it: the background of the page
// instead of the white of an editable field, as the disabled city box shows.
void showReadOnly(QWidget* field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        edit->setReadOnly(true);
    if (auto* box = qobject_cast<QAbstractSpinBox*>(field)) {
        box->setReadOnly(true);
        box->setButtonSymbols(QAbstractSpinBox::NoButtons);
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
}

} // namespace

SettingsPage::SettingsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_tabs(new QTabWidget(this)), m_name(new QLineEdit(this)),
      m_legalName(new QLineEdit(this)), m_city(new QComboBox(this)), m_address(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_taxId(new QLineEdit(this)),
      m_save(new QPushButton(tr("&Save company data"), this)), m_companyProblems(new QLabel(this)),
      m_profiles(new CityProfilesPanel(app, this)), m_language(new QComboBox(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(buildCompanyTab(), tr("Company"));
    m_tabs->addTab(m_profiles, tr("City profiles"));
    m_tabs->addTab(buildRulesTab(), tr("Receivables rules"));
    m_tabs->addTab(buildLanguageTab(), tr("Language"));
    layout->addWidget(m_tabs);
}

QWidget* SettingsPage::buildCompanyTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    tab->setObjectName(QStringLiteral("companyTab"));
    m_name->setObjectName(QStringLiteral("companyName"));
    form->addRow(tr("Short &name:"), m_name);
    m_legalName->setPlaceholderText(tr("Full name as on the business licence (letters, payslips)"));
    form->addRow(tr("&Legal name:"), m_legalName);
    m_city->setEditable(true);
    m_city->addItem(core::cityDisplayName(QStringLiteral("shanghai")), QStringLiteral("shanghai"));
    m_city->addItem(core::cityDisplayName(QStringLiteral("beijing")), QStringLiteral("beijing"));
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    m_taxId->setPlaceholderText(tr("Unified social credit code"));
    form->addRow(tr("&Tax ID:"), m_taxId);
    layout->addLayout(form);
    m_companyProblems->setWordWrap(true);
    m_companyProblems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_companyProblems->hide();
    layout->addWidget(m_companyProblems);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    // Without ManageSettings every company field is read-only and there is nothing to save.
    const bool manage = app().session().can(core::Permission::ManageSettings);
    if (!manage)
        for (QLineEdit* edit : {m_name, m_legalName, m_address, m_phone, m_taxId})
            showReadOnly(edit);
    m_city->setEnabled(manage);
    m_save->setObjectName(QStringLiteral("saveCompany"));
    m_save->setEnabled(manage);
    m_save->setVisible(manage);
    if (!manage) {
        auto* note = new QLabel(tr("Only a system administrator may change the company data."), tab);
        note->setWordWrap(true);
        layout->insertWidget(0, note);
    }
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveCompany);
    return tab;
}

QWidget* SettingsPage::buildLanguageTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiSettings::language.value())));
    form->addRow(tr("&Language of the interface:"), m_language);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The new language is used from the next start of TeamLedger."), tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { setLanguage(m_language->itemData(index).toString()); });
    return tab;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

QWidget* SettingsPage::buildRulesTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("rulesTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto spin = [tab](const QString& name, const core::SettingDefinition* d, const QString& suffix) {
        auto* box = new QSpinBox(tab);
        box->setObjectName(name);
        if (d)
            box->setRange(d->minimum, d->maximum);
        box->setSuffix(suffix);
        box->setMinimumWidth(120);
        return box;
    };
    const auto definition = [](QLatin1String key) { return core::findSettingDefinition(QString(key)); };
    m_agingBuckets = new QLineEdit(tab);
    m_agingBuckets->setObjectName(QStringLiteral("agingBuckets"));
    m_agingBuckets->setMinimumWidth(220);
    m_agingBuckets->setToolTip(
        tr("The last day of each overdue ageing bucket, e.g. 30,60,90,180,365 gives not due, "
           "1–30, 31–60, 61–90, 91–180, 181–365 and over 365 days"));
    form->addRow(tr("&Ageing buckets (days past due):"), m_agingBuckets);
    m_reminderOffsets = new QLineEdit(tab);
    m_reminderOffsets->setObjectName(QStringLiteral("reminderOffsets"));
    m_reminderOffsets->setToolTip(
        tr("Days before a due date on which a reminder appears, e.g. 7,3,1,0 (0 = on the "
           "due date)"));
    form->addRow(tr("&Reminders before the due date (days):"), m_reminderOffsets);
    m_overdueRepeat = spin(QStringLiteral("overdueRepeatDays"),
                           definition(core::SettingKey::OverdueRepeatDays), tr(" days"));
    m_overdueRepeat->setToolTip(tr("An overdue receivable is reminded of again every this many days"));
    form->addRow(tr("Repeat &overdue reminders every:"), m_overdueRepeat);
    m_interestRate = new QLineEdit(tab);
    m_interestRate->setObjectName(QStringLiteral("interestRate"));
    m_interestRate->setMaximumWidth(120);
    m_interestRate->setToolTip(
        tr("Annual rate for late interest on contracts without their own rate, e.g. 4.5 "
           "(one-year LPR 3.0% × 1.5); simple daily interest, 365 days a year"));
    form->addRow(tr("Default late-&interest rate (% a year):"), m_interestRate);
    m_limitationWarn = spin(QStringLiteral("limitationWarnDays"),
                            definition(core::SettingKey::LimitationWarnDays), tr(" days"));
    m_limitationWarn->setToolTip(
        tr("Warn this many days before a receivable's three-year limitation period ends"));
    form->addRow(tr("&Limitation warning before the deadline:"), m_limitationWarn);
    m_letterPayDays =
        spin(QStringLiteral("letterPayDays"), definition(core::SettingKey::LetterPayDays), tr(" days"));
    m_letterPayDays->setToolTip(
        tr("A reconciliation letter asks for payment within this many days of its date"));
    form->addRow(tr("Letters: &payment demanded within:"), m_letterPayDays);
    m_letterReplyDays =
        spin(QStringLiteral("letterReplyDays"), definition(core::SettingKey::LetterReplyDays), tr(" days"));
    m_letterReplyDays->setToolTip(tr("The reply deadline printed on a reconciliation letter"));
    form->addRow(tr("Letters: reply &deadline after:"), m_letterReplyDays);
    layout->addLayout(form);
    m_rulesProblems = new QLabel(tab);
    m_rulesProblems->setObjectName(QStringLiteral("rulesProblems"));
    m_rulesProblems->setWordWrap(true);
    m_rulesProblems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_rulesProblems->hide();
    layout->addWidget(m_rulesProblems);
    auto* buttons = new QHBoxLayout;
    m_saveRules = new QPushButton(tr("Save &rules"), tab);
    m_saveRules->setObjectName(QStringLiteral("saveRules"));
    buttons->addWidget(m_saveRules);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const bool manage = app().session().can(core::Permission::ManageSettings);
    if (!manage)
        for (QWidget* field : std::initializer_list<QWidget*>{
                 m_agingBuckets, m_reminderOffsets, m_interestRate, m_overdueRepeat, m_limitationWarn,
                 m_letterPayDays, m_letterReplyDays})
            showReadOnly(field);
    m_saveRules->setEnabled(manage);
    m_saveRules->setVisible(manage);
    if (!manage) {
        auto* note = new QLabel(tr("Only a system administrator may change the company's rules."), tab);
        note->setWordWrap(true);
        layout->insertWidget(0, note);
    }
    connect(m_saveRules, &QPushButton::clicked, this, &SettingsPage::saveRules);
    return tab;
}

void SettingsPage::activate()
{
    loadCompany();
    loadRules();
    m_profiles->reload();
}

void SettingsPage::loadRules()
{
    auto settings = core::CompanyService(app().core()).settings();
    if (!settings) {
        app().messageBar()->showError(settings.error().fullText());
        return;
    }
    const auto value = [&](QLatin1String key) { return settings->value(QString(key)); };
    m_agingBuckets->setText(value(core::SettingKey::AgingBuckets));
    m_reminderOffsets->setText(value(core::SettingKey::ReminderOffsets));
    m_overdueRepeat->setValue(value(core::SettingKey::OverdueRepeatDays).toInt());
    m_interestRate->setText(
        core::Rate::fromPpm(value(core::SettingKey::DefaultInterestRatePpm).toLongLong()).percentText());
    m_limitationWarn->setValue(value(core::SettingKey::LimitationWarnDays).toInt());
    m_letterPayDays->setValue(value(core::SettingKey::LetterPayDays).toInt());
    m_letterReplyDays->setValue(value(core::SettingKey::LetterReplyDays).toInt());
    m_rulesProblems->hide();
}

QString SettingsPage::rulesProblemText() const
{
    return m_rulesProblems->isHidden() ? QString() : m_rulesProblems->text();
}

bool SettingsPage::saveRules()
{
    QStringList problems;
    QList<std::pair<QString, QString>> values;
    const auto add = [&](QLatin1String key, const QString& label, const QString& value) {
        const QString problem = core::settingProblem(QString(key), value);
        if (!problem.isEmpty())
            problems << tr("%1 %2").arg(label, problem);
        values.append({QString(key), value});
    };
    const auto list = [](const QLineEdit* edit) {
        QString text = edit->text().simplified();
        text.replace(QChar(0xFF0C), QLatin1Char(',')); // a full-width comma typed with a Chinese input method
        text.remove(QLatin1Char(' '));
        return text;
    };
    add(core::SettingKey::AgingBuckets, tr("Ageing buckets:"), list(m_agingBuckets));
    add(core::SettingKey::ReminderOffsets, tr("Reminders before the due date:"), list(m_reminderOffsets));
    add(core::SettingKey::OverdueRepeatDays, tr("Overdue reminder repeat:"),
        QString::number(m_overdueRepeat->value()));
    auto rate = core::Rate::fromPercentText(m_interestRate->text());
    if (!rate)
        problems << tr("Default late-interest rate: %1").arg(rate.error().message);
    else
        add(core::SettingKey::DefaultInterestRatePpm, tr("Default late-interest rate:"),
            QString::number(rate->ppm()));
    add(core::SettingKey::LimitationWarnDays, tr("Limitation warning:"),
        QString::number(m_limitationWarn->value()));
    add(core::SettingKey::LetterPayDays, tr("Letter payment days:"),
        QString::number(m_letterPayDays->value()));
    add(core::SettingKey::LetterReplyDays, tr("Letter reply days:"),
        QString::number(m_letterReplyDays->value()));
    m_rulesProblems->setText(problems.join(QLatin1Char('\n')));
    m_rulesProblems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return false;

    const core::Context ctx = app().core(); // CompanyService keeps a reference
    core::CompanyService service(ctx);
    auto stored = service.settings();
    if (!stored) {
        app().messageBar()->showError(stored.error().fullText());
        return false;
    }
    int changed = 0;
    for (const auto& [key, value] : values) {
        if (stored->value(key) == value)
            continue;
        if (core::Status s = service.setSetting(key, value); !s) {
            app().messageBar()->showError(s.error().fullText());
            return false;
        }
        ++changed;
    }
    loadRules();
    app().messageBar()->showSuccess(changed == 0 ? tr("The rules were already as entered.")
                                                 : tr("%n rule(s) saved.", nullptr, changed));
    return true;
}

void SettingsPage::loadCompany()
{
    const core::Context ctx = app().core();
    auto company = core::CompanyService(ctx).company();
    if (!company) {
        app().messageBar()->showError(company.error().fullText());
        return;
    }
    m_name->setText(company->name);
    m_legalName->setText(company->legalName);
    const int city = m_city->findData(company->city);
    if (city >= 0)
        m_city->setCurrentIndex(city);
    else
        m_city->setEditText(company->city);
    m_address->setText(company->address);
    m_phone->setText(company->phone);
    m_taxId->setText(company->taxId);
    m_companyLanguage = company->language;
    m_companyProblems->hide();
}

void SettingsPage::showCompanyProblems(const QList<core::FieldProblem>& problems)
{
    QStringList lines;
    for (const core::FieldProblem& p : problems)
        lines << p.toString();
    m_companyProblems->setText(lines.join(QLatin1Char('\n')));
    m_companyProblems->setVisible(!lines.isEmpty());
}

void SettingsPage::saveCompany()
{
    if (!m_save->isEnabled())
        return; // read-only for this session
    const core::Context ctx = app().core();
    core::CompanyService service(ctx);
    auto current = service.company();
    if (!current) {
        app().messageBar()->showError(current.error().fullText());
        return;
    }
    core::Company company = current.value();
    company.name = m_name->text().trimmed();
    company.legalName = m_legalName->text().trimmed();
    const int city = m_city->findText(m_city->currentText());
    company.city = city >= 0 ? m_city->itemData(city).toString() : m_city->currentText().trimmed();
    company.address = m_address->text().trimmed();
    company.phone = m_phone->text().trimmed();
    company.taxId = m_taxId->text().trimmed();
    const QList<core::FieldProblem> problems = service.validate(company);
    showCompanyProblems(problems);
    if (!problems.isEmpty())
        return;
    if (core::Status s = service.updateCompany(company); !s) {
        app().messageBar()->showError(s.error().fullText());
        return;
    }
    app().messageBar()->showSuccess(tr("The company data was saved."));
}

void SettingsPage::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    if (index < 0)
        return;
    m_language->setCurrentIndex(index);
    const bool changed = language != currentLanguage();
    UiSettings::language.setValue(language);
    // The company's language (documents, the default for new workstations) follows an administrator's choice.
    if (app().session().can(core::Permission::ManageSettings)) {
        const core::Context ctx = app().core();
        core::CompanyService service(ctx);
        auto company = service.company();
        if (company && company->language != language) {
            core::Company updated = company.value();
            updated.language = language;
            if (core::Status s = service.updateCompany(updated); !s) {
                app().messageBar()->showError(s.error().fullText());
                return;
            }
        }
    }
    if (changed)
        app().messageBar()->showMessage(tr("The language will change when TeamLedger is started again."),
                                        MessageBar::Kind::Information, 10000);
    else
        app().messageBar()->dismiss();
}

} // namespace tl::ui

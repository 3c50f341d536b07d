#include "admin/SettingsPage.h"

#include "admin/CityProfilesPanel.h"
#include "app/AppContext.h"
#include "app/Language.h"
#include "app/UiSettings.h"
#include "settings/CompanyService.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

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
    m_tabs->addTab(buildLanguageTab(), tr("Language"));
    layout->addWidget(m_tabs);
}

QWidget* SettingsPage::buildCompanyTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
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

    const bool manage = app().session().can(core::Permission::ManageSettings);
    for (QLineEdit* edit : {m_name, m_legalName, m_address, m_phone, m_taxId})
        edit->setReadOnly(!manage);
    m_city->setEnabled(manage);
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

void SettingsPage::activate()
{
    loadCompany();
    m_profiles->reload();
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

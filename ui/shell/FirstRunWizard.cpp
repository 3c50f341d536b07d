#include "shell/FirstRunWizard.h"

#include "auth/PasswordPolicy.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "settings/CityProfile.h"
#include "settings/SetupService.h"
#include "widgets/JobRunner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

QLineEdit* passwordEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString& databasePath, const core::Clock& clock, QWidget* parent)
    : QWizard(parent), m_databasePath(databasePath), m_clock(clock)
{
    setWindowTitle(tr("Welcome to TeamLedger"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamledger.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/teamledger.svg")).pixmap(48, 48));
    setMinimumSize(620, 480);
    setPage(ChoicePage, buildChoicePage());
    setPage(CompanyPage, buildCompanyPage());
    setPage(DemoPage, buildDemoPage());
    setStartId(ChoicePage);
}

QLabel* FirstRunWizard::problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#b02020;"));
    label->hide();
    return label;
}

QWizardPage* FirstRunWizard::buildChoicePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Welcome to TeamLedger"));
    page->setSubTitle(tr("Choose how to start."));
    auto* layout = new QVBoxLayout(page);
    auto* where = new QLabel(tr("The ledger keeps its data in one file on this computer: %1")
                                 .arg(QDir::toNativeSeparators(m_databasePath)),
                             page);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(where);
    m_createChoice = new QRadioButton(tr("&Create my company"), page);
    m_createChoice->setObjectName(QStringLiteral("createChoice"));
    m_createChoice->setChecked(true);
    auto* createNote = new QLabel(tr("Start with an empty ledger: your company, its city and the system "
                                     "administrator's account."),
                                  page);
    createNote->setWordWrap(true);
    createNote->setContentsMargins(24, 0, 0, 8);
    m_demoChoice = new QRadioButton(tr("Open the &demo company"), page);
    m_demoChoice->setObjectName(QStringLiteral("demoChoice"));
    auto* demoNote = new QLabel(tr("A made-up company with departments, employees and labour contracts, to "
                                   "try TeamLedger out. Its users admin, hr, finance, manager, sales and "
                                   "auditor share the password you choose."),
                                page);
    demoNote->setWordWrap(true);
    demoNote->setContentsMargins(24, 0, 0, 8);
    layout->addWidget(m_createChoice);
    layout->addWidget(createNote);
    layout->addWidget(m_demoChoice);
    layout->addWidget(demoNote);
    layout->addStretch(1);
    return page;
}

QWizardPage* FirstRunWizard::buildCompanyPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your company"));
    page->setSubTitle(
        tr("The city selects the built-in social-insurance and housing-fund profile; both can be "
           "changed later in Settings."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_companyName = new QLineEdit(page);
    m_companyName->setObjectName(QStringLiteral("companyName"));
    form->addRow(tr("Company &name:"), m_companyName);
    m_city = new QComboBox(page);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->addItem(core::cityDisplayName(QStringLiteral("shanghai")), QStringLiteral("shanghai"));
    m_city->addItem(core::cityDisplayName(QStringLiteral("beijing")), QStringLiteral("beijing"));
    form->addRow(tr("&City:"), m_city);
    m_adminName = new QLineEdit(QStringLiteral("admin"), page);
    m_adminName->setObjectName(QStringLiteral("adminName"));
    form->addRow(tr("Administrator's &user name:"), m_adminName);
    m_adminDisplayName = new QLineEdit(tr("System administrator"), page);
    m_adminDisplayName->setObjectName(QStringLiteral("adminDisplayName"));
    form->addRow(tr("&Display name:"), m_adminDisplayName);
    m_password = passwordEdit(page, "adminPassword");
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, core::kMinPasswordLength));
    form->addRow(tr("&Password:"), m_password);
    m_repeat = passwordEdit(page, "adminRepeat");
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_companyProblems = problemLabel(page);
    m_companyProblems->setObjectName(QStringLiteral("companyProblems"));
    layout->addWidget(m_companyProblems);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

QWizardPage* FirstRunWizard::buildDemoPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The demo company"));
    page->setSubTitle(
        tr("Choose the password of the demo users (admin, hr, finance, manager, sales, auditor)."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_demoPassword = passwordEdit(page, "demoPassword");
    m_demoPassword->setPlaceholderText(tr("At least %n characters", nullptr, core::kMinPasswordLength));
    form->addRow(tr("&Password:"), m_demoPassword);
    m_demoRepeat = passwordEdit(page, "demoRepeat");
    form->addRow(tr("&Repeat password:"), m_demoRepeat);
    layout->addLayout(form);
    m_demoProblems = problemLabel(page);
    m_demoProblems->setObjectName(QStringLiteral("demoProblems"));
    layout->addWidget(m_demoProblems);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

bool FirstRunWizard::demoChosen() const
{
    return m_demoChoice->isChecked();
}

void FirstRunWizard::setDemoChosen(bool demo)
{
    (demo ? m_demoChoice : m_createChoice)->setChecked(true);
}

QString FirstRunWizard::adminUsername() const
{
    return demoChosen() ? QStringLiteral("admin") : m_adminName->text().trimmed();
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case ChoicePage:
        return demoChosen() ? DemoPage : CompanyPage;
    default:
        return -1;
    }
}

QString FirstRunWizard::problemText() const
{
    const QLabel* label = currentId() == DemoPage ? m_demoProblems : m_companyProblems;
    return label->isHidden() ? QString() : label->text();
}

void FirstRunWizard::showProblems(const QStringList& problems)
{
    QLabel* label = currentId() == DemoPage ? m_demoProblems : m_companyProblems;
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

QString FirstRunWizard::passwordProblem(const QString& password, const QString& repeat)
{
    if (password != repeat)
        return tr("The two passwords do not match.");
    return core::passwordPolicyProblem(password);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == ChoicePage || m_created)
        return true;
    if (m_working)
        return false;
    QStringList problems;
    if (currentId() == CompanyPage) {
        if (m_companyName->text().trimmed().isEmpty())
            problems << tr("Enter the company's name.");
        if (m_adminName->text().trimmed().isEmpty())
            problems << tr("Enter the administrator's user name.");
        if (const QString p = passwordProblem(m_password->text(), m_repeat->text()); !p.isEmpty())
            problems << p;
    } else if (const QString p = passwordProblem(m_demoPassword->text(), m_demoRepeat->text());
               !p.isEmpty()) {
        problems << p;
    }
    if (problems.isEmpty())
        prepareDatabase(problems);
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    if (currentId() == CompanyPage)
        createCompany();
    else
        createDemo();
    return false; // the job's end closes the wizard
}

bool FirstRunWizard::prepareDatabase(QStringList& problems)
{
    // The file is created (and its schema migrated) here, then filled by the job on its own connection.
    auto db = core::Database::open(m_databasePath, core::Database::OpenMode::OpenOrCreate);
    if (!db) {
        problems << db.error().fullText();
        return false;
    }
    if (core::SetupService::isInitialized(**db)) {
        problems << tr("%1 already holds a company; it is not changed.")
                        .arg(QDir::toNativeSeparators(m_databasePath));
        return false;
    }
    return true;
}

void FirstRunWizard::createCompany()
{
    const QString company = m_companyName->text().trimmed();
    const QString city = m_city->currentData().toString();
    const QString admin = m_adminName->text().trimmed();
    const QString display = m_adminDisplayName->text().trimmed();
    const QString password = m_password->text();
    const core::Clock* clock = &m_clock;
    m_working = true;
    button(QWizard::FinishButton)->setEnabled(false);
    JobRunner::run(
        this, tr("Creating the company"), m_databasePath,
        [=](core::Database& db, core::Progress& progress) -> core::Status {
            progress.setText(QCoreApplication::translate("tl::ui::FirstRunWizard", "Creating the company…"));
            return core::SetupService::initialize(db, *clock, company, city, admin, password, display);
        },
        [this](const core::Status& status) { jobFinished(status ? QString() : status.error().fullText()); });
}

void FirstRunWizard::createDemo()
{
    core::DemoGenerator::Options options;
    options.adminPassword = m_demoPassword->text();
    const core::Clock* clock = &m_clock;
    m_working = true;
    button(QWizard::FinishButton)->setEnabled(false);
    JobRunner::run(
        this, tr("Generating the demo company"), m_databasePath,
        [=](core::Database& db, core::Progress& progress) -> core::Status {
            progress.setText(
                QCoreApplication::translate("tl::ui::FirstRunWizard", "Generating the demo company…"));
            return core::DemoGenerator::generate(db, *clock, options, progress);
        },
        [this](const core::Status& status) { jobFinished(status ? QString() : status.error().fullText()); });
}

void FirstRunWizard::jobFinished(const QString& error)
{
    m_working = false;
    button(QWizard::FinishButton)->setEnabled(true);
    if (!error.isEmpty()) {
        showProblems({error});
        return;
    }
    m_created = true;
    accept();
}

} // namespace tl::ui

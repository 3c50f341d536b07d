// The city profiles in Settings: HR keeps them (the yearly change of contribution bases is payroll work),
// built-in cities are named in the reader's language whatever name was stored, amounts read 7,460.00.
#include "PayrollFixture.h"

#include "admin/CityProfileDialog.h"
#include "admin/CityProfilesPanel.h"
#include "admin/SettingsPage.h"
#include "app/AppContext.h"
#include "settings/CompanyService.h"
#include "support/Builders.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>

using namespace tl;
using tl::test::PayrollFixture;

TEST_CASE("city profiles: HR may add them, built-in cities show their own name, amounts are grouped",
          "[ui][payroll][city]")
{
    PayrollFixture f;
    // The stored name of the Shanghai profile as some other process wrote it.
    const core::Context system = f.t.context();
    core::CompanyService company(system);
    core::CityProfile shanghai = *company.effectiveCityProfile(QStringLiteral("shanghai"), QDate(2026, 3, 1));
    shanghai.name = QStringLiteral("SH (imported)");
    REQUIRE(company.updateCityProfile(shanghai).ok());

    auto hrApp = f.app(f.hr());
    ui::CityProfilesPanel panel(*hrApp);
    panel.reload();
    CHECK_FALSE(panel.addButton()->isHidden());
    CHECK(panel.addButton()->isEnabled());
    REQUIRE(panel.rowCount() >= 3);
    QStringList names;
    for (int row = 0; row < panel.rowCount(); ++row)
        for (int column = 0; column < panel.table()->columnCount(); ++column)
            if (const QTableWidgetItem* item = panel.table()->item(row, column))
                names << item->text();
    CHECK(names.contains(core::cityDisplayName(QStringLiteral("shanghai"))));
    CHECK_FALSE(names.contains(QStringLiteral("SH (imported)")));

    ui::CityProfileDialog dialog(*hrApp, shanghai);
    CHECK(dialog.nameEdit()->text() == core::cityDisplayName(QStringLiteral("shanghai")));
    CHECK(dialog.siMinEdit()->text() == QStringLiteral("7,460.00"));
    QList<core::FieldProblem> problems;
    const core::CityProfile typed = dialog.profile(&problems);
    CHECK(problems.isEmpty());
    CHECK(typed.siBaseMin == 746'000); // read back from the grouped text

    // A salesperson reads them only.
    auto salesApp = f.app(f.sales(f.e1));
    ui::CityProfilesPanel readOnly(*salesApp);
    readOnly.reload();
    CHECK_FALSE(readOnly.addButton()->isEnabled());
}

TEST_CASE("settings: the company's data is read-only, and looks it, for whoever may not change it",
          "[ui][payroll][settings]")
{
    PayrollFixture f;
    const auto companyFields = [](ui::SettingsPage& page) {
        QWidget* tab = page.findChild<QWidget*>(QStringLiteral("companyTab"));
        REQUIRE(tab);
        return tab;
    };

    // HR sees Settings for the city profiles; the company's data is an administrator's.
    auto hrApp = f.app(f.hr());
    ui::MessageBar bar;
    hrApp->setMessageBar(&bar);
    ui::SettingsPage page(*hrApp);
    page.activate();
    QWidget* tab = companyFields(page);
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("companyName"));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("测试薪资公司"));
    const QList<QLineEdit*> edits = tab->findChildren<QLineEdit*>();
    CHECK(edits.size() >= 6); // name, legal name, the city box's, address, phone, tax ID
    for (QLineEdit* edit : edits) {
        INFO(edit->objectName().toStdString() << " " << edit->text().toStdString());
        CHECK((edit->isReadOnly() || !edit->isEnabled()));
        // An editable field is white; a read-only one has the page's background, as the disabled city box.
        if (edit->isEnabled())
            CHECK(edit->palette().color(QPalette::Base) == edit->palette().color(QPalette::Window));
    }
    for (QComboBox* box : tab->findChildren<QComboBox*>())
        CHECK_FALSE(box->isEnabled());
    auto* save = tab->findChild<QPushButton*>(QStringLiteral("saveCompany"));
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    CHECK(save->isHidden());
    page.saveCompany(); // as a shortcut would: nothing happens
    CHECK(bar.text().isEmpty());

    // The administrator edits them.
    core::Session admin = tl::test::sessionFor(core::Role::Admin);
    admin.userId = 1;
    auto adminApp = f.app(admin);
    adminApp->setMessageBar(&bar);
    ui::SettingsPage editable(*adminApp);
    editable.activate();
    QWidget* adminTab = companyFields(editable);
    for (QLineEdit* edit : adminTab->findChildren<QLineEdit*>()) {
        CHECK_FALSE(edit->isReadOnly());
        CHECK(edit->isEnabled());
        CHECK(edit->palette().color(QPalette::Base) != edit->palette().color(QPalette::Window));
    }
    auto* adminSave = adminTab->findChild<QPushButton*>(QStringLiteral("saveCompany"));
    REQUIRE(adminSave);
    CHECK(adminSave->isEnabled());
    editable.findChild<QLineEdit*>(QStringLiteral("companyName"))->setText(QStringLiteral("测试薪资公司二"));
    editable.saveCompany();
    CHECK(bar.text() == QStringLiteral("The company data was saved."));
}

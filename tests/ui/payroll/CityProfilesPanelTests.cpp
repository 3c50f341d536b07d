// The city profiles in Settings: HR keeps them (the yearly change of contribution bases is payroll work),
// built-in cities are named in the reader's language whatever name was stored, amounts read 7,460.00.
#include "PayrollFixture.h"

#include "admin/CityProfileDialog.h"
#include "admin/CityProfilesPanel.h"
#include "app/AppContext.h"
#include "settings/CompanyService.h"

#include <QLineEdit>
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

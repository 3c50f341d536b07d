#include "Receivables2Fixture.h"

#include "admin/SettingsPage.h"
#include "customers/CustomerDetailDialog.h"
#include "customers/CustomerListPage.h"
#include "customers/CustomerQuery.h"
#include "models/CustomerTableModel.h"
#include "receivables/DisputeService.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"
#include "support/Builders.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

using namespace tl;
using tl::test::Receivables2Fixture;
using tl::test::waitUntil;
using Column = ui::CustomerTableModel::Column;

namespace {

QString risk(const ui::CustomerTableModel& model, int row)
{
    return model.data(model.index(row, int(Column::Risk))).toString();
}

} // namespace

TEST_CASE("customer rows show the risk level and score, and the customer detail explains it", "[ui][risk]")
{
    Receivables2Fixture f;
    auto app = f.app(f.finance());
    ui::CustomerTableModel model(app->core());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::CustomerQuery::Filter filter;
    filter.scope = core::CustomerQuery::Scope::Team;
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == int(Column::Count));
    CHECK(model.headerData(int(Column::Risk), Qt::Horizontal).toString() == QStringLiteral("Risk"));

    // By hand (RiskScore's formula) as of 2026-03-15:
    //   C001: 1 paid instalment, paid 10 days late → 30 × 1/1 = 30; 20 × 10/90 = 2.2 → 2; overdue 40,000 of
    //         70,000 open → 25 × 4/7 = 14.3 → 14; no disputes or letters → 46, medium.
    //   C002: nothing paid in full → 0 + 0; all 45,000 open is past due → 25 → low.
    //   C003: 80,000 open, all past due → 25 → low.
    CHECK(risk(model, 0) == QStringLiteral("Medium 46"));
    CHECK(risk(model, 1) == QStringLiteral("Low 25"));
    CHECK(risk(model, 2) == QStringLiteral("Low 25"));
    CHECK(model.data(model.index(0, int(Column::Risk)), ui::CustomerTableModel::RiskScoreRole).toInt() == 46);
    CHECK(model.data(model.index(0, int(Column::Risk)), ui::CustomerTableModel::RiskLevelRole).toString() ==
          QStringLiteral("medium"));
    const QString tip = model.data(model.index(0, int(Column::Risk)), Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Paid late: 1 of 1 paid instalments: 30 of 30 points.")));
    CHECK(tip.contains(QStringLiteral("Risk score 0–100")));

    // A dispute on C002 adds 5 points (25 + 5 = 30: medium); the column follows the notification.
    TL_R2_REQUIRE_OK(
        core::DisputeService(app->core())
            .open(f.installment(f.contract2, 2), 1000000, QStringLiteral("质量问题"), QDate(2026, 3, 15)));
    CHECK(risk(model, 1) == QStringLiteral("Medium 30"));

    ui::CustomerDetailDialog detail(*app, f.c1);
    CHECK(detail.riskText() == QStringLiteral("Risk: Medium 46"));
    CHECK(detail.riskExplanation().startsWith(QStringLiteral("Risk as of 2026-03-15")));
    CHECK(detail.riskExplanation().contains(QStringLiteral("Score 46 of 100: Medium risk.")));

    // The team customers page shows the column to roles that may view receivables.
    ui::CustomerListPage page(*app, ui::CustomerListPage::Mode::Team);
    page.activate();
    CHECK_FALSE(page.view()->horizontalHeader()->isSectionHidden(int(Column::Risk)));
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(risk(*page.model(), 0) == QStringLiteral("Medium 46"));
}

TEST_CASE("the settings page stores the receivables rules, with the interest rate as a percentage",
          "[ui][settings]")
{
    Receivables2Fixture f;
    core::Session admin = tl::test::sessionFor(core::Role::Admin);
    admin.userId = 1;
    auto app = f.app(admin);
    ui::MessageBar bar;
    app->setMessageBar(&bar);
    ui::SettingsPage page(*app);
    page.activate();
    auto* rate = page.findChild<QLineEdit*>(QStringLiteral("interestRate"));
    auto* buckets = page.findChild<QLineEdit*>(QStringLiteral("agingBuckets"));
    auto* payDays = page.findChild<QSpinBox*>(QStringLiteral("letterPayDays"));
    auto* warn = page.findChild<QSpinBox*>(QStringLiteral("limitationWarnDays"));
    REQUIRE(rate);
    REQUIRE(buckets);
    REQUIRE(payDays);
    REQUIRE(warn);
    CHECK(rate->text() == QStringLiteral("4.5")); // 45,000 ppm
    CHECK(buckets->text() == QStringLiteral("30,60,90,180,365"));
    CHECK(payDays->value() == 15);
    CHECK(warn->value() == 180);

    rate->setText(QStringLiteral("5.25"));
    buckets->setText(QStringLiteral("30，60，90")); // full-width commas from a Chinese input method
    payDays->setValue(10);
    REQUIRE(page.saveRules());
    CHECK(bar.text() == QStringLiteral("3 rule(s) saved."));
    const core::Context ctx = app->core();
    const core::CompanyService company(ctx);
    CHECK(company.intSetting(QString(core::SettingKey::DefaultInterestRatePpm)).value() == 52500);
    CHECK(company.setting(QString(core::SettingKey::AgingBuckets)).value() == QStringLiteral("30,60,90"));
    CHECK(company.intSetting(QString(core::SettingKey::LetterPayDays)).value() == 10);
    CHECK(rate->text() == QStringLiteral("5.25"));

    rate->setText(QStringLiteral("abc"));
    buckets->setText(QStringLiteral("0,5"));
    CHECK_FALSE(page.saveRules());
    CHECK(page.rulesProblemText().contains(QStringLiteral("Default late-interest rate:")));
    CHECK(page.rulesProblemText().contains(QStringLiteral("Ageing buckets:")));
    CHECK(company.intSetting(QString(core::SettingKey::DefaultInterestRatePpm)).value() == 52500);

    // Without ManageSettings the rules are shown read-only.
    auto financeApp = f.app(f.finance());
    ui::SettingsPage readOnly(*financeApp);
    readOnly.activate();
    CHECK(readOnly.findChild<QLineEdit*>(QStringLiteral("interestRate"))->isReadOnly());
    CHECK(readOnly.findChild<QLineEdit*>(QStringLiteral("interestRate"))->text() == QStringLiteral("5.25"));
}

// A payslip reads in the language of whoever looks at it: the run stores each line's explanation in its
// source form (TrText) and payslips() translates it with the translators installed at reading time.
#include "PayrollFixture.h"

#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace tl::core;
using tl::test::PayrollFixture;

TEST_CASE("payslip explanations: calculated in English, read in Chinese", "[payrollrun]")
{
    PayrollFixture f;
    const qint64 e = f.employee(QStringLiteral("E401"), QStringLiteral("孙悦"), QDate(2024, 1, 1));
    f.profile(e, QDate(2025, 7, 1), "10000");
    f.calc(QStringLiteral("2026-03")); // no translator installed: the process is English

    // Stored in source form, not as English text.
    const QString stored = SqlQuery::scalar(f.db(), QStringLiteral("SELECT explanation FROM payslip_lines "
                                                                   "WHERE code = 'base'"))
                               .toString();
    CHECK(stored.startsWith(QStringLiteral("{\"c\":\"tl::core::PayslipCalculator\"")));
    CHECK(stored.contains(QStringLiteral("monthly base salary")));

    const auto englishLine = [&](const QString& code) {
        for (const PayslipLine& l : f.payslipOf(QStringLiteral("2026-03"), QStringLiteral("E401")).lines)
            if (l.code == code)
                return l.explanation;
        return QString();
    };
    CHECK(englishLine(QStringLiteral("base")) == QStringLiteral("monthly base salary"));
    CHECK(englishLine(QStringLiteral("pension")) == QStringLiteral("base ¥10,000.00 × 8%"));

    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/teamledger_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QString base = englishLine(QStringLiteral("base"));
    const QString pension = englishLine(QStringLiteral("pension"));
    QCoreApplication::removeTranslator(&chinese);
    CHECK(base == QStringLiteral("月基本工资"));
    CHECK(pension == QStringLiteral("缴费基数 ¥10,000.00 × 8%"));
}

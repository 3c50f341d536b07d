#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace tl::core;

namespace {

struct TaxRun
{
    int code = -1;
    QString out;
    QString err;
};

TaxRun tax(QStringList arguments)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    TaxRun run;
    QTextStream out(&run.out), err(&run.err);
    arguments.prepend(QStringLiteral("tax"));
    arguments.prepend(QStringLiteral("teamledger-cli"));
    run.code = CliApp(out, err, clock).run(arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace

TEST_CASE("tax iit prints the official example in the JSON shape of DESIGN §4, without a database",
          "[cli][iit]")
{
    const TaxRun run = tax({QStringLiteral("iit"), QStringLiteral("--income"), QStringLiteral("30000"),
                            QStringLiteral("--insurance"), QStringLiteral("4500"),
                            QStringLiteral("--special"), QStringLiteral("2000"), QStringLiteral("--months"),
                            QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--db"), QStringLiteral("/nonexistent/never-opened.db")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray months = doc.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 3);
    // domain-facts §1.3: 555, 625, 1,850.
    const char* taxable[] = {"18500.00", "37000.00", "55500.00"};
    const char* cumulative[] = {"555.00", "1180.00", "3030.00"};
    const char* withheld[] = {"555.00", "625.00", "1850.00"};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject m = months[i].toObject();
        CHECK(m.value(QStringLiteral("month")).toInt() == i + 1);
        CHECK(m.value(QStringLiteral("taxable")).toString() == QLatin1String(taxable[i]));
        CHECK(m.value(QStringLiteral("cumulative_tax")).toString() == QLatin1String(cumulative[i]));
        CHECK(m.value(QStringLiteral("withheld")).toString() == QLatin1String(withheld[i]));
    }
}

TEST_CASE("tax iit refuses bad arguments with exit code 1", "[cli][iit]")
{
    CHECK(tax({QStringLiteral("iit")}).code == 1); // no income
    CHECK(tax({QStringLiteral("iit"), QStringLiteral("--income"), QStringLiteral("abc")}).code == 1);
    CHECK(tax({QStringLiteral("iit"), QStringLiteral("--income"), QStringLiteral("100"),
               QStringLiteral("--months"), QStringLiteral("13")})
              .code == 1);
    CHECK(tax({QStringLiteral("vat")}).code == 1);
    const TaxRun text = tax({QStringLiteral("iit"), QStringLiteral("--income"), QStringLiteral("6000"),
                             QStringLiteral("--insurance"), QStringLiteral("600"), QStringLiteral("--months"),
                             QStringLiteral("1")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("¥12.00"))); // (6,000 − 5,000 − 600) × 3%
}

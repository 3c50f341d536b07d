// End-to-end tests of `pool sweep` and the customer imports and exports through the real teamledger-cli
// binary (DESIGN §4; issue 3, "Done means" 2). The database is built from CSV files only
// (tests/data/custio/pool_*.csv); what the sweep must report was worked out by hand, as of 2026-06-30 with
// the default rules (reclaimed after 30 days without a follow-up by the owner, counted from the later of
// the last follow-up and the ownership start, or 90 days without a deal from the ownership start; warned
// from 7 days before):
//
//   customer owner since       owner's last follow-up  no follow-up due  no deal due  outcome
//   C001     E002  2026-05-01  2026-05-20 (E003 06-25)  06-19             07-30        moved, no_follow_up
//   C002     E002  2026-03-15  2026-06-28               07-28             06-13        moved, no_deal
//   C003     E002  2026-05-10  2026-06-03               07-03             08-08        warned, 3 days left
//   C004     E003  2026-04-06  2026-06-20               07-20             07-05        warned no_deal, 5 days
//   C005     E003  2026-05-25  (2026-05-20, before it)  06-24             08-23        moved, no_follow_up
//   C006     E003  2026-06-01  2026-06-25               07-25             08-30        -
//   C007     the pool                                                                 -
//   C009     E002  2026-05-08  2026-06-07               07-07             08-06        warned, 7 days left
//   C010     E002  2026-05-08  2026-06-08               07-08             08-06        - (8 days left)
//   C011     E003  2026-05-15  2026-05-31               06-30             08-13        moved (due on the day)
//
// No customer is exempt: exemption needs open receivables (the CLI reads them through
// ReceivablesPoolFacts) and this data has no contracts, so `exempt` is asserted empty.
#include "CliWorkspace.h"
#include "support/TestData.h"
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

const QString kPassword = QStringLiteral("pool-secret-1");

using Outcome = tl::test::CliOutcome;

QString dataFile(const QString& name)
{
    return tl::test::testDataPath(QStringLiteral("custio/") + name);
}

// A temporary folder with a database path and a password file; runs the CLI against them.
class PoolWorkspace : public tl::test::CliWorkspace
{
public:
    PoolWorkspace() : CliWorkspace(kPassword) {}

    // The scenario: a new company, then employees, customers and follow-ups from CSV.
    void buildScenario() const
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("公海测试有限公司")});
        ok({QStringLiteral("import"), QStringLiteral("employees"),
            dataFile(QStringLiteral("pool_employees.csv"))});
        ok({QStringLiteral("import"), QStringLiteral("customers"),
            dataFile(QStringLiteral("pool_customers.csv"))});
        ok({QStringLiteral("import"), QStringLiteral("followups"),
            dataFile(QStringLiteral("pool_followups.csv"))});
    }
};

QJsonObject parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

const QString kOwners = QStringLiteral("SELECT c.code, ifnull(e.code, '-') FROM customers c "
                                       "LEFT JOIN employees e ON e.id = c.owner_id ORDER BY c.code");

} // namespace

TEST_CASE("cli pool: the hand-written sweep scenario, previewed, carried out and repeated", "[cli][pool]")
{
    PoolWorkspace w;
    w.buildScenario();
    const QStringList ownersBefore = w.rows("SELECT c.code, ifnull(e.code, '-') FROM customers c "
                                            "LEFT JOIN employees e ON e.id = c.owner_id ORDER BY c.code");
    CHECK(ownersBefore == QStringList{QStringLiteral("C001|E002"), QStringLiteral("C002|E002"),
                                      QStringLiteral("C003|E002"), QStringLiteral("C004|E003"),
                                      QStringLiteral("C005|E003"), QStringLiteral("C006|E003"),
                                      QStringLiteral("C007|-"), QStringLiteral("C009|E002"),
                                      QStringLiteral("C010|E002"), QStringLiteral("C011|E003")});

    const QJsonObject expected = parse(QStringLiteral(
        R"({"as_of":"2026-06-30",
            "moved":[{"customer":"C001","from":"E002","reason":"no_follow_up"},
                     {"customer":"C002","from":"E002","reason":"no_deal"},
                     {"customer":"C005","from":"E003","reason":"no_follow_up"},
                     {"customer":"C011","from":"E003","reason":"no_follow_up"}],
            "warned":[{"customer":"C003","from":"E002","reason":"no_follow_up","days_left":3},
                      {"customer":"C004","from":"E003","reason":"no_deal","days_left":5},
                      {"customer":"C009","from":"E002","reason":"no_follow_up","days_left":7}],
            "exempt":[]})"));

    // The preview changes nothing.
    const Outcome dry = w.ok({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--dry-run"),
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-06-30")});
    CHECK(dry.out.endsWith(QLatin1Char('\n')));
    CHECK(parse(dry.out) == expected);
    CHECK(w.rows(kOwners.toUtf8().constData()) == ownersBefore);
    CHECK(w.rows("SELECT count(*) FROM customer_ownership") == QStringList{QStringLiteral("9")});
    CHECK(w.rows("SELECT count(*) FROM pool_sweeps") == QStringList{QStringLiteral("0")});

    // The sweep itself, in text: one line per customer and a summary.
    const Outcome swept = w.ok({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-06-30")});
    const QStringList lines = swept.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(
        lines ==
        QStringList{
            QString::fromUtf8("moved C001 上海一号贸易有限公司 (owner E002): no follow-up (due 2026-06-19)"),
            QString::fromUtf8("moved C002 上海二号科技有限公司 (owner E002): no deal (due 2026-06-13)"),
            QString::fromUtf8("moved C005 上海五号物流有限公司 (owner E003): no follow-up (due 2026-06-24)"),
            QString::fromUtf8(
                "moved C011 上海十一号广告有限公司 (owner E003): no follow-up (due 2026-06-30)"),
            QString::fromUtf8("warned C003 上海三号实业有限公司 (owner E002): no follow-up (due 2026-07-03), "
                              "3 day(s) left"),
            QString::fromUtf8("warned C004 上海四号电子有限公司 (owner E003): no deal (due 2026-07-05), "
                              "5 day(s) left"),
            QString::fromUtf8("warned C009 上海九号化工有限公司 (owner E002): no follow-up (due 2026-07-07), "
                              "7 day(s) left"),
            QStringLiteral("Pool sweep as of 2026-06-30: 4 moved, 3 warned, 0 exempt.")});

    // Moved to the pool, with history and audit records.
    CHECK(w.rows(kOwners.toUtf8().constData()) ==
          QStringList{QStringLiteral("C001|-"), QStringLiteral("C002|-"), QStringLiteral("C003|E002"),
                      QStringLiteral("C004|E003"), QStringLiteral("C005|-"), QStringLiteral("C006|E003"),
                      QStringLiteral("C007|-"), QStringLiteral("C009|E002"), QStringLiteral("C010|E002"),
                      QStringLiteral("C011|-")});
    CHECK(w.rows("SELECT c.code, c.pool_since, c.owned_since IS NULL FROM customers c "
                 "WHERE c.code IN ('C001', 'C002', 'C005', 'C011') ORDER BY c.code") ==
          QStringList{QStringLiteral("C001|2026-06-30|1"), QStringLiteral("C002|2026-06-30|1"),
                      QStringLiteral("C005|2026-06-30|1"), QStringLiteral("C011|2026-06-30|1")});
    CHECK(w.rows("SELECT c.code, f.code, ifnull(h.to_owner_id, '-'), substr(h.at, 1, 10), h.reason "
                 "FROM customer_ownership h JOIN customers c ON c.id = h.customer_id "
                 "JOIN employees f ON f.id = h.from_owner_id ORDER BY c.code") ==
          QStringList{QStringLiteral("C001|E002|-|2026-06-30|reclaimed_no_follow_up"),
                      QStringLiteral("C002|E002|-|2026-06-30|reclaimed_no_deal"),
                      QStringLiteral("C005|E003|-|2026-06-30|reclaimed_no_follow_up"),
                      QStringLiteral("C011|E003|-|2026-06-30|reclaimed_no_follow_up")});
    CHECK(w.rows("SELECT a.action, a.label FROM audit_log a WHERE a.entity = 'customers' AND a.entity_id IS "
                 "NOT NULL "
                 "ORDER BY a.id") == QStringList{QStringLiteral("reclaimed_no_follow_up|C001"),
                                                 QStringLiteral("reclaimed_no_deal|C002"),
                                                 QStringLiteral("reclaimed_no_follow_up|C005"),
                                                 QStringLiteral("reclaimed_no_follow_up|C011")});
    CHECK(w.rows("SELECT count(*) FROM audit_log WHERE entity = 'customer_ownership' AND action = 'create' "
                 "AND entity_id IS NOT NULL") == QStringList{QStringLiteral("4")});
    CHECK(w.rows("SELECT as_of, moved, warned, exempt FROM pool_sweeps") ==
          QStringList{QStringLiteral("2026-06-30|4|3|0")});

    // Again: nothing left to move; the warnings stay.
    const Outcome again =
        w.ok({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--format"),
              QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    QJsonObject nothingMoved = expected;
    nothingMoved.insert(QStringLiteral("moved"), QJsonArray());
    CHECK(parse(again.out) == nothingMoved);
    CHECK(w.rows("SELECT count(*) FROM customer_ownership") == QStringList{QStringLiteral("13")});

    const Outcome check = w.run({QStringLiteral("check")});
    INFO(check.out.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("cli pool: usage errors, permissions and the command list", "[cli][pool]")
{
    PoolWorkspace w;
    w.ok({QStringLiteral("demo")});
    const auto code = [&](const QStringList& args) { return w.run(args).code; };
    CHECK(code({QStringLiteral("pool")}) == 1);
    CHECK(code({QStringLiteral("pool"), QStringLiteral("drain")}) == 1);
    CHECK(code({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("now")}) == 1);
    CHECK(code({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--as-of"),
                QStringLiteral("2026-02-30")}) == 1);
    CHECK(code({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--format"),
                QStringLiteral("xml")}) == 1);
    CHECK(code({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--fast")}) == 1);
    const Outcome bad = w.run({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--as-of"),
                               QStringLiteral("yesterday")});
    CHECK(bad.err.startsWith(
        QStringLiteral("The as-of date must be a date (YYYY-MM-DD): 'yesterday'.\nUsage: ")));

    // Running the sweep needs the right to manage the pool rules: not HR, not a salesperson.
    const qint64 history = w.rows("SELECT count(*) FROM customer_ownership").value(0).toLongLong();
    CHECK(code({QStringLiteral("--user"), QStringLiteral("hr"), QStringLiteral("pool"),
                QStringLiteral("sweep")}) == 3);
    CHECK(code({QStringLiteral("--user"), QStringLiteral("sales"), QStringLiteral("pool"),
                QStringLiteral("sweep"), QStringLiteral("--dry-run")}) == 3);
    CHECK(w.rows("SELECT count(*) FROM customer_ownership").value(0).toLongLong() == history);

    // The demo company's preview as of today: some would move, more are warned; the CLI never sweeps by
    // itself, so nothing moved before this.
    CHECK(w.rows("SELECT count(*) FROM pool_sweeps") == QStringList{QStringLiteral("0")});
    const Outcome preview =
        w.ok({QStringLiteral("pool"), QStringLiteral("sweep"), QStringLiteral("--dry-run")});
    CHECK(preview.out.contains(QStringLiteral("(dry run, nothing changed)")));
    CHECK(w.rows("SELECT count(*) FROM customer_ownership").value(0).toLongLong() == history);

    const Outcome help = w.ok({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("  pool ")));
    const Outcome importHelp = w.ok({QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(importHelp.out.contains(QStringLiteral("employees, customers, followups, checkins")));
}

TEST_CASE("cli pool: customer imports report bad cells, exports follow the session's scope", "[cli][pool]")
{
    PoolWorkspace w;
    w.buildScenario();
    QFile bad(w.path(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("customer_code,employee_code,at,method\nC001,E002,2026-06-31 "
              "10:00,phone\nC404,E002,2026-06-01,fax\n");
    bad.close();
    const qint64 before = w.rows("SELECT count(*) FROM followups").value(0).toLongLong();
    const Outcome rejected = w.run({QStringLiteral("import"), QStringLiteral("followups"), bad.fileName()});
    CHECK(rejected.code == 2);
    CHECK(rejected.err.contains(QStringLiteral("row 2, column at: no such date 2026-06-31\n")));
    CHECK(
        rejected.err.contains(QStringLiteral("row 3, column customer_code: customer C404 does not exist\n")));
    CHECK(rejected.err.contains(
        QStringLiteral("row 3, column method: unknown value fax; use phone, visit, wechat, "
                       "email, other\n")));
    CHECK(w.rows("SELECT count(*) FROM followups").value(0).toLongLong() == before);

    const QString csv = w.path(QStringLiteral("customers.csv"));
    const Outcome exported = w.ok({QStringLiteral("export"), QStringLiteral("customers"), csv});
    CHECK(exported.out == QStringLiteral("Exported 10 row(s) to %1.\n").arg(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.startsWith("\xEF\xBB\xBF"
                             "code,name,type,level,industry,region,address,latitude,longitude,contact,"
                             "phone,owner_code,created_on,owned_since\r\n"));
    CHECK(content.contains(
        QString::fromUtf8("C001,上海一号贸易有限公司,sme,C,,,,,,,,E002,2026-01-05,2026-05-01\r\n").toUtf8()));
    CHECK(w.run({QStringLiteral("check")}).code == 0);
}

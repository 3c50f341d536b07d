#include <catch2/catch.hpp>

#include "IoTestHelpers.h"
#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "io/CellParsers.h"
#include "io/CsvReader.h"
#include "io/ImportHeader.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "io/ProblemReport.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QFile>

using namespace tl::core;
using tl::test::sessionFor;
using tl::test::TestDatabase;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A minimal kind for testing the pipeline: code (required, unique), amount (yuan), day (date).
// Writes into a table of its own (not audited) and fails on purpose in write() for the code "FAIL".
class FakeKind final : public ImportKind
{
public:
    enum Column
    {
        Code,
        Amount,
        Day
    };

    explicit FakeKind(Database& db) : m_db(db) {}

    QString key() const override { return QStringLiteral("fake"); }
    const QList<ImportColumn>& columns() const override
    {
        static const QList<ImportColumn> spec{
            {QStringLiteral("code"), {u("编号")}, true, CellParsers::text(10)},
            {QStringLiteral("amount"), {u("金额")}, false, CellParsers::yuanToFen()},
            {QStringLiteral("day"), {u("日期")}, false, CellParsers::date()},
        };
        return spec;
    }
    Status prepare(const ImportOptions&) override
    {
        ++prepared;
        return {};
    }
    void addRow(const ImportRow& row, ProblemSink& problems) override
    {
        if (!row.present(Code))
            return; // reported on the header row
        if (row.isEmpty(Code)) {
            problems.add(row.number(), Code, {}, QStringLiteral("code is required"));
            return;
        }
        if (seen.contains(row.text(Code)))
            problems.add(row.number(), Code, row.text(Code), QStringLiteral("duplicate"));
        seen << row.text(Code);
        rows << Row{row.text(Code), row.has(Amount) ? row.value(Amount).toLongLong() : 0,
                    row.has(Day) ? row.value(Day).toDate() : QDate()};
    }
    void finish(ProblemSink&, ImportResult& result) override { result.created = int(rows.size()); }
    Status write(ProblemSink& problems, Progress&, ImportResult&) override
    {
        ++writes;
        for (const Row& r : rows) {
            if (r.code == QLatin1String("FAIL")) {
                problems.add(
                    FieldProblem{0, QStringLiteral("code"), r.code, QStringLiteral("refused while writing")});
                continue;
            }
            SqlQuery(m_db, QStringLiteral("INSERT INTO io_fake (code, amount, day) VALUES (?,?,?)"))
                .bind(r.code)
                .bind(r.amount)
                .bind(SqlQuery::nullable(r.day))
                .exec();
        }
        return {};
    }
    QStringList changedEntities() const override { return {QStringLiteral("io_fake")}; }

    struct Row
    {
        QString code;
        qint64 amount;
        QDate day;
    };
    QList<Row> rows;
    QStringList seen;
    int prepared = 0;
    int writes = 0;

private:
    Database& m_db;
};

struct Fixture
{
    TestDatabase t;
    Fixture()
    {
        t.db().execScript(QStringLiteral("CREATE TABLE io_fake (code TEXT, amount INTEGER, day TEXT)"));
    }
    qint64 stored()
    {
        return SqlQuery::scalar(t.db(), QStringLiteral("SELECT count(*) FROM io_fake")).toLongLong();
    }

    Result<ImportResult> run(const QByteArray& csv, ImportOptions options = {},
                             Session session = Session::systemSession(), Progress* progress = nullptr)
    {
        FakeKind kind(t.db());
        return run(kind, csv, options, session, progress);
    }
    Result<ImportResult> run(FakeKind& kind, const QByteArray& csv, ImportOptions options = {},
                             Session session = Session::systemSession(), Progress* progress = nullptr)
    {
        NullProgress none;
        const Context ctx = t.context(session);
        auto reader = CsvReader::fromBytes(csv);
        return ImportService(ctx).run(kind, *reader, options, progress ? *progress : none);
    }
};

QList<std::pair<int, QString>> cells(const QList<FieldProblem>& problems)
{
    QList<std::pair<int, QString>> list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

} // namespace

TEST_CASE("headers match keys and aliases ignoring case, spaces, BOM and separators", "[io][import]")
{
    Fixture f;
    FakeKind kind(f.t.db());
    const auto result = f.run(kind, QByteArray("\xEF\xBB\xBF  CODE ,") + u("金额").toUtf8() +
                                        ",Day\nA1,\"1,234.50\",2024/2/29\n");
    REQUIRE(result.ok());
    CHECK_FALSE(result->hasProblems());
    REQUIRE(kind.rows.size() == 1);
    CHECK(kind.rows[0].code == QStringLiteral("A1"));
    CHECK(kind.rows[0].amount == 123450);
    CHECK(kind.rows[0].day == QDate(2024, 2, 29));
    CHECK(ImportHeader::normalize(QStringLiteral(" Hire Date ")) ==
          ImportHeader::normalize(QStringLiteral("hire_date")));
    CHECK(ImportHeader::normalize(QStringLiteral("manager-code")) == QStringLiteral("manager_code"));
}

TEST_CASE("unknown, repeated and missing required headers are problems on row 1", "[io][import]")
{
    Fixture f;
    SECTION("unknown and repeated")
    {
        const auto result = f.run(QByteArray("code,") + u("备注,编号").toUtf8() + "\nA1,x,A1\n");
        REQUIRE(result.ok());
        CHECK(cells(result->problems) == QList<std::pair<int, QString>>{{1, u("备注")}, {1, u("编号")}});
        CHECK(result->problems[0].toString().startsWith(u("row 1, column 备注: unknown column")));
        CHECK_FALSE(result->committed);
    }
    SECTION("missing required")
    {
        const auto result = f.run("amount,day\n1,2024-01-01\n");
        REQUIRE(result.ok());
        REQUIRE(result->problems.size() == 1);
        CHECK(result->problems[0].row == 1);
        CHECK(result->problems[0].toString() ==
              u("row 1, column code (编号): this required column is missing"));
    }
    CHECK(f.stored() == 0);
}

TEST_CASE("bad cells are reported with spreadsheet row numbers and the header as written", "[io][import]")
{
    Fixture f;
    const QByteArray csv = u("编号,金额,日期\n"
                             "A1,12.345,2024-01-01\n"
                             "\n"
                             "A2,10,2023-02-30\n"
                             "A3,abc,2024-13-01\n"
                             "A4,5,2024-01-01,stray\n")
                               .toUtf8();
    const auto result = f.run(csv);
    REQUIRE(result.ok());
    CHECK(cells(result->problems) ==
          QList<std::pair<int, QString>>{
              {2, u("金额")}, {4, u("日期")}, {5, u("金额")}, {5, u("日期")}, {6, QStringLiteral("D")}});
    CHECK(result->problems[1].value == QStringLiteral("2023-02-30"));
    CHECK(result->problems[1].reason == QStringLiteral("no such date 2023-02-30"));
    CHECK(result->problems[4].reason == QStringLiteral("this cell is in a column without a header"));
    CHECK(result->rows == 4);
    CHECK_FALSE(result->committed);
    CHECK(f.stored() == 0);
}

TEST_CASE("a dry run checks everything and writes nothing, a clean commit writes and audits", "[io][import]")
{
    Fixture f;
    const QByteArray csv = "code,amount\nA1,1\nA2,2\n";
    {
        FakeKind kind(f.t.db());
        ImportOptions options;
        options.dryRun = true;
        const auto result = f.run(kind, csv, options);
        REQUIRE(result.ok());
        CHECK(result->dryRun);
        CHECK_FALSE(result->committed);
        CHECK(result->created == 2);
        CHECK(kind.writes == 0);
        CHECK(f.stored() == 0);
    }
    const qint64 auditBefore =
        SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const auto result = f.run(csv);
    REQUIRE(result.ok());
    CHECK(result->committed);
    CHECK(f.stored() == 2);
    CHECK(SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                                    "AND label = 'fake'"))
              .toLongLong() == 1);
    CHECK(SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() ==
          auditBefore + 1);
    CHECK(AuditLog::verify(f.t.db()).isEmpty());
}

TEST_CASE("any problem, also one found while writing, rolls the whole import back", "[io][import]")
{
    Fixture f;
    SECTION("a problem in validation: write() is never called")
    {
        FakeKind kind(f.t.db());
        const auto result = f.run(kind, "code\nA1\nA1\n");
        REQUIRE(result.ok());
        CHECK(result->problems.size() == 1);
        CHECK(kind.writes == 0);
    }
    SECTION("a problem while writing after other rows were written")
    {
        const auto result = f.run("code\nA1\nFAIL\nA3\n");
        REQUIRE(result.ok());
        CHECK(result->problems.size() == 1);
        CHECK_FALSE(result->committed);
    }
    CHECK(f.stored() == 0);
    CHECK(SqlQuery::scalar(f.t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == 0);
}

TEST_CASE("an import needs the kind's permission", "[io][import]")
{
    Fixture f;
    for (const Role role : {Role::Sales, Role::SalesManager, Role::Finance, Role::Auditor}) {
        const auto result = f.run("code\nA1\n", {}, sessionFor(role));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(f.run("code\nA1\n", {}, sessionFor(Role::Hr)).ok());
}

TEST_CASE("a cancelled import returns an error and writes nothing", "[io][import]")
{
    Fixture f;
    NullProgress progress;
    progress.cancel();
    QByteArray csv = "code\n";
    for (int i = 0; i < 600; ++i)
        csv += "C" + QByteArray::number(i) + "\n";
    const auto result = f.run(csv, {}, Session::systemSession(), &progress);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Conflict);
    CHECK(f.stored() == 0);
}

TEST_CASE("problems beyond the limit are counted, not kept", "[io][import]")
{
    Fixture f;
    ImportOptions options;
    options.maxProblems = 2;
    const auto result = f.run("code,amount\nA,x\nB,x\nC,x\nD,x\nE,x\n", options);
    REQUIRE(result.ok());
    CHECK(result->problems.size() == 2);
    CHECK(result->problemsOmitted == 3);
    CHECK(result->summary().contains(QStringLiteral("5 problem(s) found")));
    CHECK(result->toError().code == ErrorCode::Invalid);
}

TEST_CASE("cell parsers", "[io][import]")
{
    const CellParser money = CellParsers::yuanToFen();
    CHECK(money(QStringLiteral("1,234.50")).value.toLongLong() == 123450);
    CHECK(money(u("¥8")).value.toLongLong() == 800);
    CHECK_FALSE(money(QStringLiteral("-5")).ok());
    CHECK(CellParsers::yuanToFen(true)(QStringLiteral("-12.50")).value.toLongLong() == -1250);
    CHECK_FALSE(money(QStringLiteral("1.234")).ok());

    const CellParser number = CellParsers::integer(1, 12);
    CHECK(number(QStringLiteral("12")).value.toLongLong() == 12);
    CHECK(number(QStringLiteral("13")).problem == QStringLiteral("13 is not between 1 and 12"));
    CHECK(number(QStringLiteral("1.5")).problem == QStringLiteral("1.5 is not a whole number"));

    const CellParser date = CellParsers::date();
    CHECK(date(QStringLiteral("2024/2/9")).value.toDate() == QDate(2024, 2, 9));
    CHECK(date(QStringLiteral("2023-02-30")).problem == QStringLiteral("no such date 2023-02-30"));

    const CellParser text = CellParsers::text(3);
    CHECK(text(QStringLiteral("abc")).ok());
    CHECK_FALSE(text(QStringLiteral("abcd")).ok());

    const CellParser choice = CellParsers::choice(
        [](const QString& t) {
            return t == QLatin1String("y") ? std::optional<QString>(QStringLiteral("yes")) : std::nullopt;
        },
        QStringLiteral("y"));
    CHECK(choice(QStringLiteral("y")).value.toString() == QStringLiteral("yes"));
    CHECK(choice(QStringLiteral("n")).problem == QStringLiteral("unknown value n; use y"));
}

TEST_CASE("row ranges in the summary", "[io][import]")
{
    CHECK(ImportResult::formatRowRanges({7, 2, 3, 4, 9, 10}) == QStringLiteral("2-4, 7, 9-10"));
    CHECK(ImportResult::formatRowRanges({5}) == QStringLiteral("5"));
    CHECK(ImportResult::formatRowRanges({}).isEmpty());
}

TEST_CASE("spreadsheet column letters", "[io][import]")
{
    CHECK(ImportHeader::columnLetter(0) == QStringLiteral("A"));
    CHECK(ImportHeader::columnLetter(25) == QStringLiteral("Z"));
    CHECK(ImportHeader::columnLetter(26) == QStringLiteral("AA"));
    CHECK(ImportHeader::columnLetter(27) == QStringLiteral("AB"));
}

TEST_CASE("templates give the header line in English or Chinese", "[io][import]")
{
    const auto english = ImportKinds::templateCsv(QStringLiteral("employees"));
    REQUIRE(english.ok());
    CHECK(*english ==
          QStringLiteral("code,name,department,position,role,manager_code,hire_date,id_number,phone,"
                         "bank_name,bank_account,city\r\n"));
    const auto chinese = ImportKinds::templateCsv(QStringLiteral("employees"), HeaderLanguage::Chinese);
    REQUIRE(chinese.ok());
    CHECK(*chinese ==
          u("工号,姓名,部门,岗位,角色,上级工号,入职日期,身份证号,手机号,开户行,银行账号,工作城市\r\n"));
    const QStringList keys = ImportKinds::keys();
    CHECK(keys.mid(0, 4) == QStringList{QStringLiteral("employees"), QStringLiteral("customers"),
                                        QStringLiteral("followups"), QStringLiteral("checkins")});
    for (const char* receivables : {"contracts", "installments", "payments"})
        CHECK(keys.contains(QLatin1String(receivables)));
    const auto unknown = ImportKinds::templateCsv(QStringLiteral("nonsense"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Invalid);

    TestDatabase t;
    const QString path = t.dir() + QStringLiteral("/template.csv");
    REQUIRE(ImportKinds::writeTemplate(QStringLiteral("employees"), path, HeaderLanguage::Chinese).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBF") + chinese->toUtf8());
}

TEST_CASE("the problems can be saved as CSV (row, column, value, reason)", "[io][import]")
{
    TestDatabase t;
    const QString path = t.dir() + QStringLiteral("/errors.csv");
    const QList<FieldProblem> problems{
        {2, QStringLiteral("hire_date"), QStringLiteral("2023-02-30"),
         QStringLiteral("no such date 2023-02-30")},
        {5, u("姓名"), QString(), QStringLiteral("name is required")},
        {7, QStringLiteral("note"), QStringLiteral("=cmd()"), QStringLiteral("bad, \"very\"")}};
    REQUIRE(ProblemReport::writeCsv(problems, path, 4).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBF"
                                       "row,column,value,reason\r\n"
                                       "2,hire_date,2023-02-30,no such date 2023-02-30\r\n"
                                       "5,") +
                                u("姓名").toUtf8() +
                                QByteArray(",,name is required\r\n"
                                           "7,note,'=cmd(),\"bad, \"\"very\"\"\"\r\n"
                                           ",,,4 more problem(s) not listed\r\n"));
}

TEST_CASE("a workbook is refused with a message asking for CSV", "[io][import]")
{
    TestDatabase t;
    const QString path = t.dir() + QStringLiteral("/book.xlsx");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
    file.close();
    const auto reader = ImportService::openReader(path);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::Invalid);
    const auto missing = ImportService::openReader(t.dir() + QStringLiteral("/missing.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

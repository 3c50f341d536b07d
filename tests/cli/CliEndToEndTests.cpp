// End-to-end tests: the real teamledger-cli binary, its output and exit codes (DESIGN §4). Changes "outside
// the application" are made with the sqlite3 C API, as the sqlite3 shell would make them.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

const QString kPassword = QStringLiteral("e2e-secret-1");

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// A temporary folder with a database path and a password file; runs the CLI against them.
class Workspace
{
public:
    Workspace()
    {
        REQUIRE(m_dir.isValid());
        write(QStringLiteral("password.txt"), kPassword.toUtf8() + "\n");
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("ledger.db")); }

    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path(name);
    }

    // Runs teamledger-cli --db <db> [--password-file <file>] ARGS (the environment has no password).
    Outcome run(const QStringList& args, bool withPassword = true) const
    {
        QStringList all{QStringLiteral("--db"), db()};
        if (withPassword)
            all << QStringLiteral("--password-file") << path(QStringLiteral("password.txt"));
        return raw(all + args);
    }

    static Outcome raw(const QStringList& args, const QProcessEnvironment& env = cleanEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TL_CLI_PATH), args);
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TEAMLEDGER_PASSWORD"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    void demo() const
    {
        const Outcome o = run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")});
        INFO(o.err.toStdString());
        REQUIRE(o.code == 0);
    }

    // Runs SQL on the database file directly, bypassing the application.
    void sql(const char* statements) const { sqlOn(db(), statements); }

    static void sqlOn(const QString& file, const char* statements)
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(file.toUtf8().constData(), &handle) == SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(handle, statements, nullptr, nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        sqlite3_close(handle);
        REQUIRE(rc == SQLITE_OK);
    }

    qint64 count(const char* query) const
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(db().toUtf8().constData(), &handle) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, query, -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        const qint64 value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return value;
    }

private:
    QTemporaryDir m_dir;
};

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QByteArray kHeader =
    "code,name,department,position,role,manager_code,hire_date,id_number,phone,bank_name,"
    "bank_account,city\n";

} // namespace

TEST_CASE("cli: version, help and usage errors", "[cli]")
{
    const Outcome version = Workspace::raw({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("teamledger-cli ")));

    const Outcome help = Workspace::raw({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("COMMAND")));

    const Outcome unknown = Workspace::raw({QStringLiteral("payroll-magic")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.startsWith(QStringLiteral("Unknown command 'payroll-magic'.\nUsage: teamledger-cli ")));

    const Outcome badOption = Workspace::raw({QStringLiteral("check"), QStringLiteral("--fast")});
    CHECK(badOption.code == 1);
    CHECK(badOption.err.contains(QStringLiteral("Usage: teamledger-cli [global options] check")));
}

TEST_CASE("cli: init creates the database once, passwords are checked", "[cli]")
{
    Workspace w;
    const Outcome init =
        w.run({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("测试科技有限公司"),
               QStringLiteral("--city"), QStringLiteral("beijing")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(QFileInfo::exists(w.db()));
    CHECK(w.count("SELECT count(*) FROM company WHERE name = '测试科技有限公司' AND city = 'beijing'") == 1);
    CHECK(w.count("SELECT count(*) FROM users WHERE username = 'admin' AND role = 'admin'") == 1);

    const qint64 size = QFileInfo(w.db()).size();
    const Outcome again = w.run({QStringLiteral("init")});
    CHECK(again.code == 5);
    CHECK(QFileInfo(w.db()).size() == size);

    CHECK(w.run({QStringLiteral("check")}).code == 0);

    w.write(QStringLiteral("wrong.txt"), "not-the-password\n");
    const Outcome wrong = Workspace::raw({QStringLiteral("--db"), w.db(), QStringLiteral("--password-file"),
                                          w.path(QStringLiteral("wrong.txt")), QStringLiteral("check")});
    CHECK(wrong.code == 3);
    CHECK(wrong.out.isEmpty());

    const Outcome none = w.run({QStringLiteral("check")}, false);
    CHECK(none.code == 3);
    CHECK(none.err.contains(QStringLiteral("TEAMLEDGER_PASSWORD")));

    QProcessEnvironment env = Workspace::cleanEnvironment();
    env.insert(QStringLiteral("TEAMLEDGER_PASSWORD"), kPassword);
    CHECK(Workspace::raw({QStringLiteral("--db"), w.db(), QStringLiteral("check")}, env).code == 0);

    const Outcome stranger =
        w.run({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("check")});
    CHECK(stranger.code == 3);

    // the failed logins are themselves audited: the check stays clean
    CHECK(w.run({QStringLiteral("check")}).code == 0);
}

TEST_CASE("cli: demo, export, check", "[cli]")
{
    Workspace w;
    w.demo();
    CHECK(w.count("SELECT count(*) FROM employees") == 60);
    CHECK(w.count("SELECT count(*) FROM users") == 6);
    CHECK(w.run({QStringLiteral("demo")}).code == 5); // never over an existing file

    const Outcome check = w.run({QStringLiteral("check")});
    INFO(check.out.toStdString());
    CHECK(check.code == 0);

    const QString csv = w.path(QStringLiteral("people.csv"));
    const Outcome exported = w.run({QStringLiteral("export"), QStringLiteral("employees"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    const qint64 employed = w.count("SELECT count(*) FROM employees WHERE status <> 'left'");
    CHECK(exported.out.startsWith(QStringLiteral("Exported %1 ").arg(employed))); // "row(s)" until translated
    CHECK(exported.out.endsWith(QStringLiteral(" to %1.\n").arg(csv)));
    QByteArray content = readAll(csv);
    CHECK(content.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    content.replace("\r\n", "\n");
    CHECK(content.mid(3).startsWith(kHeader));
    CHECK(lines(QString::fromUtf8(content)).size() == employed + 1);
    CHECK(content.contains("\nE00001,"));

    // a salesperson may not export the employee list; the auditor may
    const QString own = w.path(QStringLiteral("own.csv"));
    CHECK(w.run({QStringLiteral("--user"), QStringLiteral("sales"), QStringLiteral("export"),
                 QStringLiteral("employees"), own})
              .code == 3);
    CHECK_FALSE(QFileInfo::exists(own));
    CHECK(w.run({QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("export"),
                 QStringLiteral("employees"), own})
              .code == 0);
    CHECK(lines(QString::fromUtf8(readAll(own))).size() == employed + 1);

    const Outcome xlsx =
        w.run({QStringLiteral("export"), QStringLiteral("employees"), w.path(QStringLiteral("p.xlsx"))});
    CHECK(xlsx.code == 0);
    CHECK(readAll(w.path(QStringLiteral("p.xlsx"))).startsWith("PK\x03\x04"));
    const Outcome xls =
        w.run({QStringLiteral("export"), QStringLiteral("employees"), w.path(QStringLiteral("p.xls"))});
    CHECK(xls.code == 2);
    CHECK_FALSE(QFileInfo::exists(w.path(QStringLiteral("p.xls"))));
}

TEST_CASE("cli: import a good file, a dry run and a bad file", "[cli]")
{
    Workspace w;
    w.demo();
    const QByteArray good =
        kHeader +
        "N0001,周晓梅,销售中心/华东大区/上海一部,销售代表,sales,E00007,2026-01-05,310104199001011233,"
        "13812345678,招商银行上海分行,6225880000000001,shanghai\n"
        "N0002,孙立新,人事部,人事专员,hr,E00003,2025-12-01,310115198812314566,13912345678,,,上海\n";
    const QString goodFile = w.write(QStringLiteral("good.csv"), good);
    const qint64 auditBefore = w.count("SELECT count(*) FROM audit_log");

    const Outcome dry =
        w.run({QStringLiteral("import"), QStringLiteral("employees"), goodFile, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(dry.out.contains(QStringLiteral("To create: 2. To update: 0. Unchanged: 0.")));
    CHECK(w.count("SELECT count(*) FROM employees WHERE code LIKE 'N%'") == 0);

    const Outcome imported = w.run({QStringLiteral("import"), QStringLiteral("employees"), goodFile});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("Created: 2. Updated: 0. Unchanged: 0.")));
    CHECK(w.count("SELECT count(*) FROM employees e JOIN employees m ON m.id = e.manager_id "
                  "WHERE e.code = 'N0001' AND m.code = 'E00007' AND e.phone = '13812345678'") == 1);
    CHECK(w.count("SELECT count(*) FROM employees WHERE code = 'N0002' AND city = 'shanghai'") == 1);
    CHECK(w.run({QStringLiteral("check")}).code == 0);

    // A bad file: every problem on stderr as "row N, column C: reason", nothing written.
    const QByteArray bad =
        kHeader + "N0003,钱多多,人事部,人事专员,hr,,2026-01-05,310104199001011234,13812345670,,,上海\n"
                  "N0004,赵小花,人事部,人事专员,hr,,2026-01-05,,12345,,,上海\n"
                  "N0005,李四,人事部,人事专员,hr,,2026-02-30,,13812345671,,,上海\n"
                  "N0006,王五,人事部,人事专员,hr,E99999,2026-01-05,,13812345672,,,上海\n";
    const QString badFile = w.write(QStringLiteral("bad.csv"), bad);
    const qint64 auditAfterGood = w.count("SELECT count(*) FROM audit_log WHERE action <> 'login'");
    CHECK(auditAfterGood > auditBefore);
    const QString report = w.path(QStringLiteral("problems.csv"));
    const Outcome rejected = w.run(
        {QStringLiteral("import"), QStringLiteral("employees"), badFile, QStringLiteral("--errors"), report});
    CHECK(rejected.code == 2);
    CHECK(rejected.out.isEmpty());
    const QStringList errLines = rejected.errLines();
    REQUIRE(errLines.size() == 5);
    CHECK(errLines.at(0).startsWith(QStringLiteral("The import of employee records has 4 problem")));
    CHECK(errLines.at(1).startsWith(QStringLiteral("row 2, column id_number: ")));
    CHECK(errLines.at(2).startsWith(QStringLiteral("row 3, column phone: ")));
    CHECK(errLines.at(3).startsWith(QStringLiteral("row 4, column hire_date: ")));
    CHECK(errLines.at(4).startsWith(QStringLiteral("row 5, column manager_code: ")));
    CHECK(w.count("SELECT count(*) FROM employees WHERE code IN ('N0003', 'N0004', 'N0005', 'N0006')") == 0);
    CHECK(w.count("SELECT count(*) FROM audit_log WHERE action <> 'login'") ==
          auditAfterGood); // only the login
    const QString reportText = QString::fromUtf8(readAll(report));
    CHECK(lines(reportText).size() == 5); // header + 4 problems
    CHECK(reportText.contains(QStringLiteral("12345")));

    const Outcome missing =
        w.run({QStringLiteral("import"), QStringLiteral("employees"), w.path(QStringLiteral("none.csv"))});
    CHECK(missing.code == 4);
}

TEST_CASE("cli: check finds rows and audit records changed outside the application", "[cli]")
{
    Workspace w;
    w.demo();
    REQUIRE(w.run({QStringLiteral("check")}).code == 0);

    SECTION("an employee row")
    {
        w.sql("UPDATE employees SET phone = '13900000000' WHERE code = 'E00005'");
        const Outcome check = w.run({QStringLiteral("check")});
        CHECK(check.code == 5);
        CHECK(lines(check.out) ==
              QStringList{
                  QStringLiteral("row 5 of employees (E00005) was changed outside the application: phone")});
        CHECK(check.err.startsWith(QStringLiteral("1 problem")));
    }
    SECTION("a row added and a row deleted")
    {
        w.sql("INSERT INTO settings (key, value) VALUES ('backdoor', '1');"
              "DELETE FROM labour_contracts WHERE id = (SELECT max(id) FROM labour_contracts)");
        const Outcome check = w.run({QStringLiteral("check")});
        CHECK(check.code == 5);
        const QStringList found = lines(check.out);
        REQUIRE(found.size() == 2);
        CHECK(found.at(0).contains(QStringLiteral(" of settings was added outside the application")));
        CHECK(found.at(1).contains(QStringLiteral(" of labour_contracts (")));
        CHECK(found.at(1).endsWith(QStringLiteral(") was deleted outside the application")));
    }
    SECTION("an audit record")
    {
        w.sql("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET label = 'nobody' WHERE id = 3");
        const Outcome check = w.run({QStringLiteral("check")});
        CHECK(check.code == 5);
        CHECK(lines(check.out).contains(QStringLiteral("audit record 3 was altered after it was written")));
    }
    SECTION("a broken foreign key")
    {
        w.sql("PRAGMA foreign_keys = OFF; UPDATE employees SET department_id = 9999 WHERE code = 'E00010'");
        const Outcome check = w.run({QStringLiteral("check")});
        CHECK(check.code == 5);
        CHECK(lines(check.out).contains(
            QStringLiteral("row 10 of employees refers to a row of departments that does not exist")));
    }
}

TEST_CASE("cli: backup and restore round trip, unfit backups are refused", "[cli]")
{
    Workspace w;
    w.demo();
    const QString backup = w.path(QStringLiteral("copies/monday.db"));
    const Outcome made = w.run({QStringLiteral("backup"), backup});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.startsWith(QStringLiteral("Backup written to %1 (").arg(backup)));
    CHECK(w.run({QStringLiteral("backup"), backup}).code == 5); // never overwrites

    // A change after the backup, made through the application.
    const QString file =
        w.write(QStringLiteral("one.csv"), kHeader + "N0100,吴新人,人事部,人事专员,hr,,2026-01-05,,,,,\n");
    REQUIRE(w.run({QStringLiteral("import"), QStringLiteral("employees"), file}).code == 0);
    CHECK(w.count("SELECT count(*) FROM employees") == 61);

    // The sales user may not restore.
    CHECK(
        w.run({QStringLiteral("--user"), QStringLiteral("sales"), QStringLiteral("restore"), backup}).code ==
        3);

    const Outcome restored = w.run({QStringLiteral("restore"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(w.count("SELECT count(*) FROM employees") == 60);
    CHECK(w.count("SELECT count(*) FROM audit_log WHERE action = 'restore' AND username = 'admin'") == 1);
    CHECK(QDir(w.path(QString())).entryList({QStringLiteral("ledger.db.before-restore-*")}).size() == 1);
    CHECK(w.run({QStringLiteral("check")}).code == 0);

    // Unfit backups are refused with the problems on stderr, and change nothing.
    QByteArray bytes = readAll(backup);
    REQUIRE(bytes.size() > 40000);
    for (int i = 8192; i < 40000; ++i)
        bytes[i] = char(0x5A);
    const QString damaged = w.write(QStringLiteral("damaged.db"), bytes);
    const Outcome refusedDamaged = w.run({QStringLiteral("restore"), damaged});
    CHECK(refusedDamaged.code == 5);
    CHECK(refusedDamaged.errLines().first() ==
          QStringLiteral("The backup damaged.db is not fit for a restore; nothing was changed."));
    CHECK(refusedDamaged.errLines().size() >= 2);

    const QString junk = w.write(QStringLiteral("junk.db"), QByteArray(16384, 'j'));
    const Outcome refusedJunk = w.run({QStringLiteral("restore"), junk});
    CHECK(refusedJunk.code == 5);
    CHECK(refusedJunk.errLines().value(1) ==
          QStringLiteral("junk.db is not an SQLite database or is damaged."));

    const QString edited = w.path(QStringLiteral("edited.db"));
    REQUIRE(QFile::copy(backup, edited));
    Workspace::sqlOn(edited,
                     "UPDATE employees SET bank_account = '6222000000000000000' WHERE code = 'E00008'");
    const Outcome refusedEdited = w.run({QStringLiteral("restore"), edited});
    CHECK(refusedEdited.code == 5);
    CHECK(refusedEdited.errLines().value(1) ==
          QStringLiteral("row 8 of employees (E00008) was changed outside the application: bank_account"));

    CHECK(w.run({QStringLiteral("restore"), w.path(QStringLiteral("none.db"))}).code == 4);

    // Without a database (lost disk), the user logs in to the backup itself.
    const QString elsewhere = w.path(QStringLiteral("new/ledger.db"));
    const QString passwordFile = w.path(QStringLiteral("password.txt"));
    const Outcome fresh =
        Workspace::raw({QStringLiteral("--db"), elsewhere, QStringLiteral("--password-file"), passwordFile,
                        QStringLiteral("restore"), backup});
    INFO(fresh.err.toStdString());
    CHECK(fresh.code == 0);
    CHECK(Workspace::raw({QStringLiteral("--db"), elsewhere, QStringLiteral("--password-file"), passwordFile,
                          QStringLiteral("check")})
              .code == 0);
    const Outcome freshJunk =
        Workspace::raw({QStringLiteral("--db"), w.path(QStringLiteral("other/ledger.db")),
                        QStringLiteral("--password-file"), passwordFile, QStringLiteral("restore"), junk});
    CHECK(freshJunk.code == 5);
    CHECK_FALSE(QFileInfo::exists(w.path(QStringLiteral("other/ledger.db"))));

    // Whatever was refused, the database is as it was.
    CHECK(w.count("SELECT count(*) FROM employees") == 60);
    CHECK(w.run({QStringLiteral("check")}).code == 0);
}

#include <catch2/catch.hpp>

#include "cli/CliApp.h"
#include "cli/CliRuntime.h"
#include "common/Clock.h"
#include "db/DefaultPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tl::core;

namespace {

// Runs the CLI in-process with captured output and a fixed clock.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(QStringList arguments)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    Run run;
    QTextStream out(&run.out), err(&run.err);
    arguments.prepend(QStringLiteral("teamledger-cli"));
    run.code = CliApp(out, err, clock).run(arguments);
    out.flush();
    err.flush();
    return run;
}

QString writePasswordFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(QStringLiteral("password.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("version and help", "[cli]")
{
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out == QStringLiteral("teamledger-cli %1\n").arg(QStringLiteral(TL_VERSION)));

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(QStringLiteral(
        "Usage: teamledger-cli [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...\n")));
    for (const char* command : {"init", "demo", "import", "export", "backup", "restore", "check"})
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QString::fromLatin1(command))));

    const Run initHelp = cli({QStringLiteral("init"), QStringLiteral("--help")});
    CHECK(initHelp.code == 0);
    CHECK(initHelp.out.startsWith(QStringLiteral(
        "Usage: teamledger-cli [global options] init [--company NAME] [--city shanghai|beijing]\n")));
    CHECK(initHelp.out.contains(QStringLiteral("--company NAME")));
}

TEST_CASE("usage errors exit with 1 and a usage line", "[cli]")
{
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--colour"), QStringLiteral("init")},
        {QStringLiteral("init"), QStringLiteral("--colour")},
        {QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("paris")},
        {QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("huge")},
        {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")},
        {QStringLiteral("import"), QStringLiteral("employees")},
        {QStringLiteral("import"), QStringLiteral("planets"), QStringLiteral("x.csv")},
        {QStringLiteral("export"), QStringLiteral("planets"), QStringLiteral("x.csv")},
        {QStringLiteral("backup")},
        {QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("b.db")},
        {QStringLiteral("check"), QStringLiteral("now")},
    };
    for (const QStringList& args : cases) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(args);
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("Usage: teamledger-cli")));
        CHECK(run.out.isEmpty());
    }
    CHECK(cli({QStringLiteral("frobnicate")})
              .err.startsWith(QStringLiteral("Unknown command 'frobnicate'.\n")));
}

TEST_CASE("the password comes from the first line of the password file or the environment", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    const QString file = writePasswordFile(dir, "secret-123\r\nsecond line\n");

    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("--password-file"), file,
                          QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("测试公司")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out == QStringLiteral("Created %1 for 测试公司 with the administrator admin.\n").arg(db));

    // global options may also follow the command
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--password-file"), file})
              .code == 0);

    qputenv(CliRuntime::kPasswordVariable, "secret-123");
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    qputenv(CliRuntime::kPasswordVariable, "secret-124");
    const Run wrong = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(wrong.code == 3);
    qunsetenv(CliRuntime::kPasswordVariable);

    const Run none = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(none.code == 3);
    CHECK(none.err ==
          QStringLiteral("No password given: use --password-file FILE or set TEAMLEDGER_PASSWORD.\n"));

    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("--password-file"),
                             dir.filePath(QStringLiteral("nope.txt")), QStringLiteral("check")});
    CHECK(missing.code == 4);

    const Run empty = cli({QStringLiteral("--db"), db, QStringLiteral("--password-file"),
                           writePasswordFile(dir, "\n"), QStringLiteral("check")});
    CHECK(empty.code == 3);
}

TEST_CASE("init refuses an existing file and leaves nothing behind on bad input", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    const QString file = writePasswordFile(dir, "secret-123\n");
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("--password-file"), file, QStringLiteral("init")})
                .code == 0);
    const Run again =
        cli({QStringLiteral("--db"), db, QStringLiteral("--password-file"), file, QStringLiteral("init")});
    CHECK(again.code == 5);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    const QString other = dir.filePath(QStringLiteral("other.db"));
    const Run weak = cli({QStringLiteral("--db"), other, QStringLiteral("--password-file"),
                          writePasswordFile(dir, "short\n"), QStringLiteral("init")});
    CHECK(weak.code == 2);
    CHECK(weak.err.contains(QStringLiteral("column password: ")));
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("a database that does not exist is not found", "[cli]")
{
    QTemporaryDir dir;
    const QString file = writePasswordFile(dir, "secret-123\n");
    const Run run = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                         QStringLiteral("--password-file"), file, QStringLiteral("check")});
    CHECK(run.code == 4);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
}

TEST_CASE("the default database lives in the application data folder of teamledger", "[cli]")
{
    const QString path = defaultDatabasePath();
    CHECK(path.endsWith(QStringLiteral("/TeamLedger/teamledger/teamledger.db")));
    CHECK(QCoreApplication::applicationName() !=
          QStringLiteral("teamledger")); // the caller's name is restored
}

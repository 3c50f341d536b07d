#include "CliWorkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <sqlite3.h>

namespace tl::test {

CliWorkspace::CliWorkspace(const QString& password)
{
    REQUIRE(m_dir.isValid());
    QFile f(path(QStringLiteral("password.txt")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(password.toUtf8() + "\n");
}

QProcessEnvironment CliWorkspace::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TEAMLEDGER_PASSWORD"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliOutcome CliWorkspace::run(const QStringList& args, const QProcessEnvironment& env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TL_CLI_PATH),
                  QStringList{QStringLiteral("--db"), db(), QStringLiteral("--password-file"),
                              path(QStringLiteral("password.txt"))} +
                      args);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliOutcome CliWorkspace::ok(const QStringList& args) const
{
    const CliOutcome o = run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << o.err.toStdString());
    REQUIRE(o.code == 0);
    return o;
}

QStringList CliWorkspace::rows(const char* query) const
{
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(db().toUtf8().constData(), &handle) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(handle, query, -1, &stmt, nullptr) == SQLITE_OK);
    QStringList list;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
        list << columns.join(QLatin1Char('|'));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return list;
}

} // namespace tl::test

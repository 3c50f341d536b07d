#pragma once

// What the end-to-end tests of the real teamledger-cli binary share: a temporary folder with a database
// path and a password file, the binary run against them, and reading the file back as the sqlite3 shell
// would.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tl::test {

struct CliOutcome
{
    int code = -1;
    QString out;
    QString err;
};

class CliWorkspace
{
public:
    explicit CliWorkspace(const QString& password);

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("ledger.db")); }

    // The test's environment without TEAMLEDGER_PASSWORD, in the C.UTF-8 locale (English messages).
    static QProcessEnvironment environment();
    // `teamledger-cli --db DB --password-file FILE args…`
    CliOutcome run(const QStringList& args, const QProcessEnvironment& env = environment()) const;
    // Runs and requires exit code 0.
    CliOutcome ok(const QStringList& args) const;
    // Every row of a query on the file, columns joined by '|' (as the sqlite3 shell would read it).
    QStringList rows(const char* query) const;

private:
    QTemporaryDir m_dir;
};

} // namespace tl::test

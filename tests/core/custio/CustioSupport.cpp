#include "CustioSupport.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "support/Builders.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>

using namespace tl::core;

namespace tl::test {

QString custioDataPath(const QString& file)
{
    return tl::test::testDataPath(QStringLiteral("custio/") + file);
}

Team makeTeam(const Context& ctx)
{
    Team team;
    const qint64 centre = makeDepartment(ctx, QStringLiteral("销售中心"));
    team.department = makeDepartment(ctx, QStringLiteral("销售中心/销售一部"));
    team.manager = makeEmployee(ctx, QStringLiteral("E001"), QStringLiteral("张伟"), centre,
                                QStringLiteral("sales_manager"), 0, QDate(2020, 1, 15));
    team.li = makeEmployee(ctx, QStringLiteral("E002"), QStringLiteral("李娜"), team.department,
                           QStringLiteral("sales"), team.manager, QDate(2023, 3, 1));
    team.wang = makeEmployee(ctx, QStringLiteral("E003"), QStringLiteral("王强"), team.department,
                             QStringLiteral("sales"), team.manager, QDate(2024, 2, 29));
    return team;
}

Session adminSession()
{
    return sessionFor(Role::Admin);
}

Result<ImportResult> importFile(const Context& ctx, const QString& kind, const QString& file,
                                ImportOptions options)
{
    NullProgress progress;
    return ImportService(ctx).importFile(kind, custioDataPath(file), options, progress);
}

Result<ImportResult> importCsv(const Context& ctx, const QString& kind, const QByteArray& csv,
                               ImportOptions options)
{
    NullProgress progress;
    auto importKind = ImportKinds::create(kind, ctx);
    REQUIRE(importKind);
    auto reader = CsvReader::fromBytes(csv);
    return ImportService(ctx).run(*importKind, *reader, options, progress);
}

void importSample(const Context& ctx, const QString& kind, const QString& file)
{
    const auto result = importFile(ctx, kind, file);
    INFO(kind.toStdString() << " from " << file.toStdString() << ": "
                            << (result ? result->summary() : result.error().fullText()).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    REQUIRE(result->committed);
}

QList<std::pair<int, QString>> cells(const QList<FieldProblem>& problems)
{
    QList<std::pair<int, QString>> list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

QStringList rows(Database& db, const QString& sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QStringList list;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.raw().record().count(); ++i)
            columns << q.text(i);
        list << columns.join(QLatin1Char('|'));
    }
    return list;
}

qint64 scalar(Database& db, const QString& sql)
{
    return SqlQuery::scalar(db, sql).toLongLong();
}

void requireAuditClean(Database& db)
{
    const QList<AuditLog::Issue> issues = AuditLog::verify(db);
    for (const AuditLog::Issue& issue : issues)
        UNSCOPED_INFO(issue.what.toStdString());
    REQUIRE(issues.isEmpty());
}

} // namespace tl::test

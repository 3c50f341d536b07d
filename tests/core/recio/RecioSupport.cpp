#include "RecioSupport.h"

#include "audit/AuditLog.h"
#include "common/Progress.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "io/CsvReader.h"
#include "io/ImportKinds.h"
#include "io/ImportService.h"
#include "receivables/PaymentService.h"
#include "sales/ContractService.h"
#include "support/Builders.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QSqlRecord>

using namespace tl::core;

namespace tl::test {

QString recioDataPath(const QString& file)
{
    return testDataPath(QStringLiteral("recio/") + file);
}

Ledger makeLedger(const Context& ctx)
{
    Ledger l;
    const qint64 centre = makeDepartment(ctx, QStringLiteral("销售中心"));
    l.department = makeDepartment(ctx, QStringLiteral("销售中心/销售一部"));
    l.manager = makeEmployee(ctx, QStringLiteral("E001"), QStringLiteral("张伟"), centre,
                             QStringLiteral("sales_manager"), 0, QDate(2020, 1, 15));
    l.li = makeEmployee(ctx, QStringLiteral("E002"), QStringLiteral("李娜"), l.department,
                        QStringLiteral("sales"), l.manager, QDate(2023, 3, 1));
    l.wang = makeEmployee(ctx, QStringLiteral("E003"), QStringLiteral("王强"), l.department,
                          QStringLiteral("sales"), l.manager, QDate(2024, 2, 29));
    l.k001 = makeCustomer(ctx, QStringLiteral("K001"), QStringLiteral("上海瑞丰贸易有限公司"), l.li);
    l.k002 = makeCustomer(ctx, QStringLiteral("K002"), QStringLiteral("杭州云帆科技有限公司"), l.wang);
    l.k003 = makeCustomer(ctx, QStringLiteral("K003"), QStringLiteral("北京盛达实业有限公司"), l.li);
    return l;
}

Session financeSession()
{
    return sessionFor(Role::Finance);
}

qint64 makeContract(const Context& ctx, const QString& number, qint64 customerId, qint64 salespersonId,
                    const QDate& signedOn, qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule,
                    ContractStatus status)
{
    Contract c;
    c.contractNo = number;
    c.customerId = customerId;
    c.salespersonId = salespersonId;
    c.signedOn = signedOn;
    c.amount = amountYuan * 100;
    c.status = status;
    int seq = 0;
    for (const auto& [due, yuan] : schedule) {
        Installment i;
        i.seq = ++seq;
        i.dueOn = due;
        i.amount = yuan * 100;
        c.installments << i;
    }
    const Result<qint64> id = ContractService(ctx).create(c);
    INFO((id ? QString() : id.error().fullText()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 recordPayment(const Context& ctx, const QString& number, qint64 customerId, const QDate& receivedOn,
                     qint64 amountYuan, qint64 contractId)
{
    Payment p;
    p.paymentNo = number;
    p.customerId = customerId;
    p.receivedOn = receivedOn;
    p.amount = amountYuan * 100;
    p.contractId = contractId;
    const Result<qint64> id = PaymentService(ctx).record(p);
    INFO((id ? QString() : id.error().fullText()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

Result<ImportResult> importPath(const Context& ctx, const QString& kind, const QString& path,
                                ImportOptions options)
{
    NullProgress progress;
    return ImportService(ctx).importFile(kind, path, options, progress);
}

Result<ImportResult> importFile(const Context& ctx, const QString& kind, const QString& file,
                                ImportOptions options)
{
    return importPath(ctx, kind, recioDataPath(file), options);
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

void requireCommitted(const Result<ImportResult>& result)
{
    INFO((result ? result->summary() + QLatin1Char('\n') + result->toError().fullText()
                 : result.error().fullText())
             .toStdString());
    REQUIRE(result.ok());
    REQUIRE(result->problems.isEmpty());
    REQUIRE(result->committed);
}

void importSample(const Context& ctx, const QString& kind, const QString& file)
{
    INFO(kind.toStdString() << " from " << file.toStdString());
    requireCommitted(importFile(ctx, kind, file));
}

QList<std::pair<int, QString>> cells(const QList<FieldProblem>& problems)
{
    QList<std::pair<int, QString>> list;
    for (const FieldProblem& p : problems)
        list << std::make_pair(p.row, p.column);
    return list;
}

QStringList problemTexts(const QList<FieldProblem>& problems)
{
    QStringList list;
    for (const FieldProblem& p : problems)
        list << p.toString();
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
        UNSCOPED_INFO(issue.table.toStdString() << " " << issue.id << ": " << issue.what.toStdString());
    REQUIRE(issues.isEmpty());
}

QString ledgerChecksum(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"contracts", "installments", "installment_collectors", "payments", "allocations", "audit_log"})
        hash.addData(rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)))
                         .join(QLatin1Char('\n'))
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tl::test

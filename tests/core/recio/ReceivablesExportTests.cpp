#include <catch2/catch.hpp>

#include "RecioSupport.h"

#include "common/Progress.h"
#include "db/Database.h"
#include "io/ExportService.h"
#include "io/XlsxReader.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QFile>

using namespace tl::core;
using namespace tl::test;

namespace {

// The sample contracts, schedules and payments (no dispute).
void sampleLedger(TestDatabase& t)
{
    const Context ctx = t.context(financeSession());
    importSample(ctx, QStringLiteral("contracts"), QStringLiteral("contracts_en_utf8.csv"));
    importSample(ctx, QStringLiteral("installments"), QStringLiteral("installments_en_utf8.csv"));
    importSample(ctx, QStringLiteral("payments"), QStringLiteral("payments_en_utf8.csv"));
}

QStringList csvLines(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Result<qint64> exportTo(const Context& ctx, const QString& kind, const QString& path,
                        ExportOptions options = {})
{
    NullProgress progress;
    return ExportService(ctx).exportFile(kind, path, options, progress);
}

const QString kContracts = QStringLiteral(
    "SELECT c.contract_no, cu.code, e.code, c.signed_on, c.amount, c.kind, c.status FROM contracts c JOIN "
    "customers "
    "cu ON cu.id = c.customer_id JOIN employees e ON e.id = c.salesperson_id ORDER BY c.contract_no");
const QString kInstallments = QStringLiteral(
    "SELECT c.contract_no, i.seq, i.due_on, i.amount, e.code, i.paid_total, coalesce(i.last_paid_on, '') "
    "FROM "
    "installments i JOIN contracts c ON c.id = i.contract_id JOIN employees e ON e.id = i.collector_id "
    "ORDER BY c.contract_no, i.seq");
const QString kPayments = QStringLiteral(
    "SELECT p.payment_no, cu.code, p.received_on, p.amount, p.method, p.reference, coalesce(c.contract_no, "
    "''), "
    "p.allocated_total FROM payments p JOIN customers cu ON cu.id = p.customer_id LEFT JOIN contracts c ON "
    "c.id = p.contract_id ORDER BY p.payment_no");
const QString kAllocations = QStringLiteral("SELECT p.payment_no, c.contract_no, i.seq, a.amount, a.on_date, "
                                            "a.kind FROM allocations a JOIN payments p ON "
                                            "p.id = a.payment_id JOIN installments i ON i.id = "
                                            "a.installment_id JOIN contracts c ON c.id = i.contract_id "
                                            "ORDER BY p.payment_no, a.id");

} // namespace

TEST_CASE("export receivables: the template's columns first, then the read-only figures", "[recio][export]")
{
    TestDatabase t;
    makeLedger(t.context());
    sampleLedger(t);
    const Context ctx = t.context(financeSession());
    const QString contracts = t.dir() + QStringLiteral("/contracts.csv");
    REQUIRE(exportTo(ctx, QStringLiteral("contracts"), contracts).ok());
    // Collected and balance per contract from the payments test's allocations (no dispute here, so P-002
    // takes HT-001#3 whole: 2000 + 2500 + 1500 = 6000):
    //  HT-001: 4000 + 1000 + 2000 + 1500 = 8,500 collected, 1,500 open;  HT-002: 2500 + 1000 = 3,500, 1,500
    //  open; HT-003: 4000 + 500.25 + 3500.25 = 8,000.50, 0 open;               HT-004: 3,000, 0 open.
    CHECK(
        csvLines(contracts) ==
        QStringList{
            QStringLiteral("contract_no,customer_code,salesperson_code,signed_on,amount,kind,customer_name,"
                           "salesperson_name,status,installment_count,collected,written_off,balance"),
            QString::fromUtf8("HT-001,K001,E002,2025-01-10,10000.00,new,上海瑞丰贸易有限公司,李娜,active,3,"
                              "8500.00,0.00,1500.00"),
            QString::fromUtf8("HT-002,K001,E002,2025-06-01,5000.00,renewal,上海瑞丰贸易有限公司,李娜,active,"
                              "2,3500.00,0.00,1500.00"),
            QString::fromUtf8("HT-003,K002,E003,2025-03-01,8000.50,addon,杭州云帆科技有限公司,王强,active,2,"
                              "8000.50,0.00,0.00"),
            QString::fromUtf8("HT-004,K002,E003,2025-12-01,3000.00,new,杭州云帆科技有限公司,王强,active,1,"
                              "3000.00,0.00,0.00")});

    const QString installments = t.dir() + QStringLiteral("/installments.csv");
    ExportOptions chinese;
    chinese.headers = HeaderLanguage::Chinese;
    REQUIRE(exportTo(ctx, QStringLiteral("installments"), installments, chinese).ok());
    const QStringList lines = csvLines(installments);
    REQUIRE(lines.size() == 9);
    CHECK(lines.at(0) ==
          QString::fromUtf8("合同编号,期数,应收日期,应收金额,客户编号,客户名称,收款负责人工号,收款负责人,"
                            "已回款,已核销,争议金额,未收余额,最近回款日期,合同状态"));
    CHECK(lines.at(3) ==
          QString::fromUtf8("HT-001,3,2025-08-10,3000.00,K001,上海瑞丰贸易有限公司,E002,李娜,1500.00,"
                            "0.00,0.00,1500.00,2025-07-15,active"));

    const QString payments = t.dir() + QStringLiteral("/payments.csv");
    REQUIRE(exportTo(ctx, QStringLiteral("payments"), payments).ok());
    CHECK(
        csvLines(payments) ==
        QStringList{
            QStringLiteral("payment_no,customer_code,received_on,amount,method,reference,contract_no,"
                           "customer_name,allocated,unallocated,reversed_on"),
            QString::fromUtf8("P-001,K001,2025-03-01,5000.00,bank_transfer,BR001,,上海瑞丰贸易有限公司,"
                              "5000.00,0.00,"),
            QString::fromUtf8("P-004,K002,2025-05-01,4500.25,acceptance_bill,,,杭州云帆科技有限公司,4500.25,"
                              "0.00,"),
            QString::fromUtf8("P-002,K001,2025-07-15,6000.00,cash,,,上海瑞丰贸易有限公司,6000.00,0.00,"),
            QString::fromUtf8("P-003,K001,2025-11-01,1000.00,cheque,,HT-002,上海瑞丰贸易有限公司,1000.00,"
                              "0.00,"),
            QString::fromUtf8("P-005,K002,2026-01-05,10000.00,online,REF5,,杭州云帆科技有限公司,6500.25,"
                              "3499.75,"),
            QString::fromUtf8(
                "P-006,K002,2026-02-01,100.00,other,,HT-003,杭州云帆科技有限公司,0.00,100.00,")});
}

TEST_CASE("export receivables: CSV and XLSX exports import again into another database as they were",
          "[recio][export]")
{
    const std::string format = GENERATE(as<std::string>{}, "csv", "xlsx");
    const bool chineseHeaders = GENERATE(false, true);
    CAPTURE(format, chineseHeaders);
    TestDatabase source;
    makeLedger(source.context());
    sampleLedger(source);
    const Context from = source.context(financeSession());
    ExportOptions options;
    options.headers = chineseHeaders ? HeaderLanguage::Chinese : HeaderLanguage::English;

    TestDatabase target;
    makeLedger(target.context());
    const Context to = target.context(financeSession());
    for (const char* kind : {"contracts", "installments", "payments"}) {
        const QString path = source.dir() + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('.') +
                             QString::fromStdString(format);
        const auto exported = exportTo(from, QLatin1String(kind), path, options);
        REQUIRE(exported.ok());
        if (format == "xlsx" && QLatin1String(kind) == QLatin1String("payments")) {
            // Amounts are numbers in the workbook, dates are dates.
            auto reader = XlsxReader::openFile(path);
            REQUIRE(reader.ok());
            REQUIRE((*reader)->readHeader().ok());
            TableRow row;
            REQUIRE(*(*reader)->readRow(row));
            using K = XlsxReader::CellKind;
            CHECK((*reader)->cellKinds().mid(0, 4) == QList<K>{K::Text, K::Text, K::Date, K::Number});
            CHECK(row.cells.mid(0, 4) == QStringList{QStringLiteral("P-001"), QStringLiteral("K001"),
                                                     QStringLiteral("2025-03-01"),
                                                     QStringLiteral("5000.00")});
        }
        requireCommitted(importPath(to, QLatin1String(kind), path));
    }
    CHECK(rows(target.db(), kContracts) == rows(source.db(), kContracts));
    CHECK(rows(target.db(), kInstallments) == rows(source.db(), kInstallments));
    CHECK(rows(target.db(), kPayments) == rows(source.db(), kPayments));
    CHECK(rows(target.db(), kAllocations) == rows(source.db(), kAllocations));
    requireAuditClean(target.db());

    // The contracts export re-imports into the same database as unchanged rows.
    const QString again = source.dir() + QStringLiteral("/again.") + QString::fromStdString(format);
    REQUIRE(exportTo(from, QStringLiteral("contracts"), again, options).ok());
    const auto unchanged = importPath(from, QStringLiteral("contracts"), again);
    requireCommitted(unchanged);
    CHECK(unchanged->unchanged == 4);
}

TEST_CASE("export receivables: a salesperson exports what they collect", "[recio][export]")
{
    TestDatabase t;
    const Ledger l = makeLedger(t.context());
    sampleLedger(t);
    const Context sales = t.context(sessionFor(Role::Sales, l.li));
    const QString installments = t.dir() + QStringLiteral("/own.csv");
    REQUIRE(*exportTo(sales, QStringLiteral("installments"), installments) == 5);
    const QStringList lines = csvLines(installments);
    for (const QString& line : lines.mid(1))
        CHECK(line.contains(QStringLiteral(",E002,")));
    CHECK(*exportTo(sales, QStringLiteral("contracts"), t.dir() + QStringLiteral("/c.csv")) == 2);
    CHECK(*exportTo(sales, QStringLiteral("payments"), t.dir() + QStringLiteral("/p.csv")) == 3); // K001's
    // Whoever may not view receivables may not export them.
    const auto hr = exportTo(t.context(sessionFor(Role::Hr)), QStringLiteral("contracts"),
                             t.dir() + QStringLiteral("/h.csv"));
    REQUIRE_FALSE(hr.ok());
    CHECK(hr.error().code == ErrorCode::PermissionDenied);
    // A manager sees the department's.
    const Context manager = t.context(sessionFor(Role::SalesManager, l.manager, {l.department}));
    CHECK(*exportTo(manager, QStringLiteral("installments"), t.dir() + QStringLiteral("/m.csv")) == 8);
}

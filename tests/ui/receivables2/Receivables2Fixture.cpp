#include "Receivables2Fixture.h"

#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "receivables/PaymentService.h"
#include "sales/ContractService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <stdexcept>

namespace tl::test {

namespace {

template <typename R> auto valueOrThrow(R result)
{
    if (!result)
        throw std::runtime_error(result.error().fullText().toStdString());
    return std::move(result).value();
}

void okOrThrow(const core::Status& status)
{
    if (!status)
        throw std::runtime_error(status.error().fullText().toStdString());
}

constexpr qint64 yuan(qint64 y)
{
    return y * 100;
}

} // namespace

Receivables2Fixture::Receivables2Fixture() : sys(t.context())
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_receivables2"));
    okOrThrow(core::SetupService::initialize(t.db(), t.clock(), QStringLiteral("测试贸易公司"),
                                             QStringLiteral("shanghai"), QStringLiteral("admin"),
                                             QStringLiteral("admin-pass-1"), QStringLiteral("管理员")));
    teamOne = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    teamTwo = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
    e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), teamOne);
    e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), teamOne);
    e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("赵三"), teamTwo);

    c1 = customer(QStringLiteral("C001"), QStringLiteral("甲公司"), QStringLiteral("key_account"), e1);
    c2 = customer(QStringLiteral("C002"), QStringLiteral("乙公司"), QStringLiteral("sme"), e2);
    c3 = customer(QStringLiteral("C003"), QStringLiteral("丙公司"), QStringLiteral("sme"), e3);

    contract1 = contract(QStringLiteral("HT-001"), c1, e1, QDate(2025, 1, 10),
                         {{QDate(2025, 2, 10), yuan(30000)},
                          {QDate(2025, 10, 10), yuan(40000)},
                          {QDate(2026, 3, 18), yuan(30000)}});
    contract2 = contract(QStringLiteral("HT-002"), c2, e2, QDate(2025, 12, 1),
                         {{QDate(2026, 2, 1), yuan(20000)}, {QDate(2026, 3, 10), yuan(30000)}});
    contract3 =
        contract(QStringLiteral("HT-003"), c3, e3, QDate(2024, 6, 1), {{QDate(2024, 12, 31), yuan(80000)}});
    payment(QStringLiteral("P-001"), c1, QDate(2025, 2, 20), yuan(30000));
    payment(QStringLiteral("P-002"), c2, QDate(2026, 3, 1), yuan(5000));
}

qint64 Receivables2Fixture::customer(const QString& code, const QString& name, const QString& type,
                                     qint64 ownerId)
{
    core::Customer c = customerSpec(code, name, ownerId);
    c.type = type;
    c.level = QStringLiteral("C");
    c.createdOn = QDate(2024, 1, 1);
    c.ownedSince = QDate(2024, 1, 1);
    return valueOrThrow(core::CustomerService(sys).create(c));
}

qint64 Receivables2Fixture::contract(const QString& no, qint64 customerId, qint64 salespersonId,
                                     const QDate& signedOn, const QList<std::pair<QDate, qint64>>& schedule)
{
    core::Contract c;
    c.contractNo = no;
    c.customerId = customerId;
    c.salespersonId = salespersonId;
    c.signedOn = signedOn;
    c.kind = QStringLiteral("new");
    c.status = core::ContractStatus::Active;
    int seq = 0;
    for (const auto& [due, amount] : schedule) {
        core::Installment i;
        i.seq = ++seq;
        i.dueOn = due;
        i.amount = amount;
        c.amount += amount;
        c.installments << i;
    }
    return valueOrThrow(core::ContractService(sys).create(c));
}

void Receivables2Fixture::payment(const QString& no, qint64 customerId, const QDate& on, qint64 fen)
{
    core::Payment p;
    p.paymentNo = no;
    p.customerId = customerId;
    p.receivedOn = on;
    p.amount = fen;
    valueOrThrow(core::PaymentService(sys).record(p));
}

qint64 Receivables2Fixture::installment(qint64 contractId, int seq)
{
    return core::SqlQuery::scalar(
               t.db(), QStringLiteral("SELECT id FROM installments WHERE contract_id = ? AND seq = ?"),
               {contractId, seq})
        .toLongLong();
}

core::Session Receivables2Fixture::finance() const
{
    core::Session s = sessionFor(core::Role::Finance);
    s.userId = 92; // reminder marks are per user
    return s;
}

core::Session Receivables2Fixture::sales(qint64 employeeId) const
{
    core::Session s = sessionFor(core::Role::Sales, employeeId);
    s.userId = 90;
    return s;
}

std::unique_ptr<ui::AppContext> Receivables2Fixture::app(const core::Session& session, const QDateTime& now)
{
    auto db = core::Database::open(t.path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(
        std::move(db).value(), session,
        std::make_unique<core::FixedClock>(now.isValid() ? now : t.clock().now()));
}

} // namespace tl::test

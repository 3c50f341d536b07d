#include "ReceivablesFixture.h"

#include "customers/CustomerService.h"
#include "org/DepartmentService.h"
#include "org/EmployeeService.h"
#include "sales/ContractService.h"
#include "settings/Company.h"
#include "settings/CompanyService.h"
#include "settings/SetupService.h"

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

} // namespace

ReceivablesFixture::ReceivablesFixture()
{
    // Header and splitter states go to Qt's test locations, never to the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tl_test_ui_receivables"));
    if (const core::Status s = core::SetupService::initialize(
            m_db.db(), m_db.clock(), QStringLiteral("示例贸易"), QStringLiteral("shanghai"),
            QStringLiteral("admin"), QStringLiteral("admin-pass-1"), QStringLiteral("Admin"));
        !s)
        throw std::runtime_error(s.error().fullText().toStdString());
    core::Company company;
    company.name = QStringLiteral("示例贸易");
    company.legalName = QStringLiteral("上海示例贸易有限公司");
    company.city = QStringLiteral("shanghai");
    company.address = QStringLiteral("上海市黄浦区中山东一路1号");
    company.phone = QStringLiteral("021-12345678");
    if (const core::Status s = core::CompanyService(system()).updateCompany(company); !s)
        throw std::runtime_error(s.error().fullText().toStdString());
    east = valueOrThrow(core::DepartmentService(system()).create(QStringLiteral("Sales East"), 0));
    west = valueOrThrow(core::DepartmentService(system()).create(QStringLiteral("Sales West"), 0));
    manager =
        employee(QStringLiteral("M001"), QStringLiteral("赵经理"), east, QStringLiteral("sales_manager"));
    s1 = employee(QStringLiteral("S001"), QStringLiteral("张三"), east, QStringLiteral("sales"), manager);
    s2 = employee(QStringLiteral("S002"), QStringLiteral("李四"), east, QStringLiteral("sales"), manager);
    s3 = employee(QStringLiteral("S003"), QStringLiteral("王五"), west, QStringLiteral("sales"));
    c1 = customer(QStringLiteral("C001"), QStringLiteral("甲公司"), s1);
    c2 = customer(QStringLiteral("C002"), QStringLiteral("乙公司"), s2);
    c3 = customer(QStringLiteral("C003"), QStringLiteral("丙公司"), s3);
    ht1 = contract(
        contractSpec(QStringLiteral("HT-001"), c1, s1, QDate(2025, 12, 1), 120000,
                     {{QDate(2026, 1, 1), 40000}, {QDate(2026, 2, 1), 40000}, {QDate(2026, 4, 1), 40000}}));
    ht2 = contract(contractSpec(QStringLiteral("HT-002"), c2, s2, QDate(2026, 1, 10), 60000,
                                {{QDate(2026, 2, 10), 30000}, {QDate(2026, 5, 10), 30000}}));
    ht3 = contract(contractSpec(QStringLiteral("HT-003"), c3, s3, QDate(2025, 6, 1), 50000,
                                {{QDate(2025, 7, 1), 50000}}));
    for (auto [id, items] : {std::pair{ht1, &ht1Items}, std::pair{ht2, &ht2Items}, std::pair{ht3, &ht3Items}})
        for (const core::Installment& i : valueOrThrow(core::ContractService(system()).get(id)).installments)
            items->append(i.id);
}

qint64 ReceivablesFixture::employee(const QString& code, const QString& name, qint64 departmentId,
                                    const QString& role, qint64 managerId)
{
    core::Employee e;
    e.code = code;
    e.name = name;
    e.departmentId = departmentId;
    e.position = QStringLiteral("Sales");
    e.role = role;
    e.managerId = managerId;
    e.hireDate = QDate(2024, 1, 1);
    e.status = core::EmployeeStatus::Active;
    e.city = QStringLiteral("shanghai");
    return valueOrThrow(core::EmployeeService(system()).create(e));
}

qint64 ReceivablesFixture::customer(const QString& code, const QString& name, qint64 ownerId)
{
    core::Customer c;
    c.code = code;
    c.name = name;
    c.level = QStringLiteral("B");
    c.type = QStringLiteral("sme");
    c.ownerId = ownerId;
    c.ownedSince = QDate(2025, 1, 1);
    c.createdOn = QDate(2025, 1, 1);
    return valueOrThrow(core::CustomerService(system()).create(c));
}

core::Session ReceivablesFixture::salesSession(qint64 employeeId) const
{
    core::Session s;
    s.userId = 90 + employeeId;
    s.username = QStringLiteral("sales");
    s.displayName = QStringLiteral("Sales");
    s.role = core::Role::Sales;
    s.employeeId = employeeId;
    return s;
}

core::Session ReceivablesFixture::managerSession() const
{
    core::Session s;
    s.userId = 80;
    s.username = QStringLiteral("manager");
    s.displayName = QStringLiteral("Manager");
    s.role = core::Role::SalesManager;
    s.employeeId = manager;
    s.departmentScope = {east};
    return s;
}

core::Session ReceivablesFixture::session(core::Role role, qint64 userId) const
{
    core::Session s;
    s.userId = userId;
    s.username = QStringLiteral("user%1").arg(userId);
    s.displayName = s.username;
    s.role = role;
    return s;
}

std::unique_ptr<ui::AppContext> ReceivablesFixture::app(const core::Session& session)
{
    auto db = core::Database::open(m_db.path(), core::Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return std::make_unique<ui::AppContext>(std::move(db).value(), session,
                                            std::make_unique<core::FixedClock>(m_db.clock().now()));
}

core::Contract ReceivablesFixture::contractSpec(const QString& no, qint64 customerId, qint64 salespersonId,
                                                const QDate& signedOn, qint64 amountYuan,
                                                const QList<std::pair<QDate, qint64>>& scheduleYuan)
{
    core::Contract c;
    c.contractNo = no;
    c.customerId = customerId;
    c.salespersonId = salespersonId;
    c.signedOn = signedOn;
    c.amount = amountYuan * 100;
    c.kind = QStringLiteral("new");
    c.status = core::ContractStatus::Active;
    int seq = 0;
    for (const auto& [due, yuan] : scheduleYuan) {
        core::Installment i;
        i.seq = ++seq;
        i.dueOn = due;
        i.amount = yuan * 100;
        c.installments.append(i);
    }
    return c;
}

qint64 ReceivablesFixture::contract(const core::Contract& spec)
{
    return valueOrThrow(core::ContractService(system()).create(spec));
}

qint64 ReceivablesFixture::payment(const QString& no, qint64 customerId, const QDate& on, qint64 amountFen,
                                   core::AllocationMode mode)
{
    core::Payment p;
    p.paymentNo = no;
    p.customerId = customerId;
    p.receivedOn = on;
    p.amount = amountFen;
    return valueOrThrow(core::PaymentService(system()).record(p, mode));
}

} // namespace tl::test

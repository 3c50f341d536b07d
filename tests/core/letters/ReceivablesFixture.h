#pragma once

// A small receivables ledger for the letter and reminder tests (tests/core/letters, tests/core/reminders),
// written with SQL directly (every row audited like a service would) so that these tests do not depend on the
// contract and payment services. Header-only: both test folders include it.
#include <catch2/catch.hpp>

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "common/ChangeNotifier.h"
#include "common/Context.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "settings/CompanyService.h"
#include "settings/SetupService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>
#include <utility>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace tl::test {

// Records every notification as "entity:id,id" (after commit).
class NotificationRecorder
{
public:
    NotificationRecorder()
    {
        QObject::connect(&notifier, &core::ChangeNotifier::changed,
                         [this](const QString& entity, const QList<qint64>& ids) {
                             QStringList list;
                             for (qint64 id : ids)
                                 list << QString::number(id);
                             seen << entity + QLatin1Char(':') + list.join(QLatin1Char(','));
                         });
    }
    core::ChangeNotifier notifier;
    QStringList seen;
};

// 销售中心/销售一部: E001 王一, E002 王二, manager M001 李经理; 销售中心/销售二部: E003 赵三. The company
// "上海测试科技有限公司" is set up (default settings: letters pay and reply in 15 days, reminders 7/3/1/0 and
// every 7 days overdue). The clock stands at 2026-03-15 09:00.
class ReceivablesFixture
{
public:
    ReceivablesFixture() : sys(t.context())
    {
        const core::Status setup = core::SetupService::initialize(
            t.db(), t.clock(), QStringLiteral("上海测试"), QStringLiteral("shanghai"),
            QStringLiteral("admin"), QStringLiteral("secret-pass-1"), QStringLiteral("管理员"));
        if (!setup)
            throw std::runtime_error(setup.error().fullText().toStdString());
        core::CompanyService company(sys);
        auto c = company.company();
        c->legalName = QStringLiteral("上海测试科技有限公司");
        c->address = QStringLiteral("上海市浦东新区世纪大道100号");
        c->phone = QStringLiteral("021-12345678");
        if (const auto s = company.updateCompany(*c); !s)
            throw std::runtime_error(s.error().fullText().toStdString());
        teamOne = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
        teamTwo = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
        manager = makeEmployee(sys, QStringLiteral("M001"), QStringLiteral("李经理"), teamOne,
                               QStringLiteral("sales_manager"));
        e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), teamOne,
                          QStringLiteral("sales"), manager);
        e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), teamOne,
                          QStringLiteral("sales"), manager);
        e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("赵三"), teamTwo);
    }

    TestDatabase t;
    core::Context sys;
    qint64 teamOne = 0, teamTwo = 0;
    qint64 manager = 0, e1 = 0, e2 = 0, e3 = 0;

    core::Context as(const core::Session& session) { return t.context(session); }
    core::Session sales(qint64 employeeId, qint64 userId = 0) const
    {
        core::Session s = sessionFor(core::Role::Sales, employeeId);
        s.userId = userId;
        return s;
    }
    core::Session managerOfTeamOne() const
    {
        return sessionFor(core::Role::SalesManager, manager, {teamOne});
    }
    core::Session finance(qint64 userId = 0) const
    {
        core::Session s = sessionFor(core::Role::Finance);
        s.userId = userId;
        return s;
    }

    // A customer owned by `owner` (0 = pool) since ownedSince (default 2025-01-01), with an address.
    qint64 customer(const QString& code, const QString& name, qint64 owner, const QDate& ownedSince = {})
    {
        core::Customer c = customerSpec(code, name, owner);
        c.address = name + QStringLiteral("地址");
        c.createdOn = QDate(2024, 1, 1);
        c.ownedSince = ownedSince.isValid() ? ownedSince : QDate(2025, 1, 1);
        return makeCustomer(sys, c);
    }

    // An active contract with instalments {due, amount fen}; collector = the salesperson unless given.
    struct Due
    {
        QDate on;
        qint64 amount = 0;
        qint64 collector = 0;
    };
    qint64 contract(const QString& no, qint64 customerId, qint64 salesperson, const QDate& signedOn,
                    const QList<Due>& schedule, QList<qint64>* installmentIds = nullptr,
                    const QString& status = QStringLiteral("active"))
    {
        qint64 amount = 0;
        for (const Due& d : schedule)
            amount += d.amount;
        core::Transaction tx(t.db());
        core::AuditLog audit(sys);
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO contracts (contract_no, customer_id, salesperson_id, "
                                        "signed_on, amount, kind, status, created_at) "
                                        "VALUES (?,?,?,?,?,'new',?,'2024-01-01T00:00:00')"));
        q.bind(no)
            .bind(customerId)
            .bind(salesperson)
            .bind(signedOn.toString(Qt::ISODate))
            .bind(amount)
            .bind(status);
        q.exec();
        const qint64 id = q.lastInsertId();
        audited(audit, QStringLiteral("contracts"), id, no);
        int seq = 0;
        for (const Due& d : schedule) {
            core::SqlQuery i(
                t.db(), QStringLiteral("INSERT INTO installments (contract_id, customer_id, seq, due_on, "
                                       "amount, collector_id) VALUES (?,?,?,?,?,?)"));
            i.bind(id)
                .bind(customerId)
                .bind(++seq)
                .bind(d.on.toString(Qt::ISODate))
                .bind(d.amount)
                .bind(d.collector != 0 ? d.collector : salesperson)
                .exec();
            const qint64 iid = i.lastInsertId();
            audited(audit, QStringLiteral("installments"), iid, no + QStringLiteral("#%1").arg(seq));
            if (installmentIds)
                *installmentIds << iid;
        }
        tx.commit();
        return id;
    }

    // A payment allocated as given ({installment, amount}) on its received date; the rest stays credit.
    qint64 payment(const QString& no, qint64 customerId, const QDate& receivedOn, qint64 amount,
                   const QList<std::pair<qint64, qint64>>& allocations)
    {
        core::Transaction tx(t.db());
        core::AuditLog audit(sys);
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO payments (payment_no, customer_id, received_on, amount, "
                                        "created_at) VALUES (?,?,?,?,'2024-01-01T00:00:00')"));
        q.bind(no).bind(customerId).bind(receivedOn.toString(Qt::ISODate)).bind(amount).exec();
        const qint64 id = q.lastInsertId();
        audited(audit, QStringLiteral("payments"), id, no);
        qint64 allocated = 0;
        for (const auto& [installment, part] : allocations) {
            core::SqlQuery a(
                t.db(), QStringLiteral("INSERT INTO allocations (payment_id, installment_id, amount, "
                                       "on_date, kind, at) VALUES (?,?,?,?,'auto','2024-01-01T00:00:00')"));
            a.bind(id).bind(installment).bind(part).bind(receivedOn.toString(Qt::ISODate)).exec();
            audited(audit, QStringLiteral("allocations"), a.lastInsertId(), no);
            core::SqlQuery u(t.db(), QStringLiteral("UPDATE installments SET paid_total = paid_total + ?, "
                                                    "last_paid_on = ? WHERE id = ?"));
            u.bind(part).bind(receivedOn.toString(Qt::ISODate)).bind(installment).exec();
            allocated += part;
        }
        core::SqlQuery p(t.db(), QStringLiteral("UPDATE payments SET allocated_total = ? WHERE id = ?"));
        p.bind(allocated).bind(id).exec();
        tx.commit();
        return id;
    }

    qint64 dispute(qint64 installmentId, qint64 amount, const QDate& openedOn)
    {
        core::Transaction tx(t.db());
        core::AuditLog audit(sys);
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO disputes (installment_id, amount, reason, opened_on) "
                                        "VALUES (?,?,'客户称质量问题',?)"));
        q.bind(installmentId).bind(amount).bind(openedOn.toString(Qt::ISODate)).exec();
        const qint64 id = q.lastInsertId();
        audited(audit, QStringLiteral("disputes"), id, QStringLiteral("dispute"));
        tx.commit();
        return id;
    }

    qint64 promise(qint64 customerId, qint64 installmentId, const QDate& madeOn, const QDate& promisedOn,
                   qint64 amount, qint64 employeeId)
    {
        core::Transaction tx(t.db());
        core::AuditLog audit(sys);
        core::SqlQuery q(t.db(),
                         QStringLiteral("INSERT INTO payment_promises (customer_id, installment_id, made_on, "
                                        "promised_on, amount, employee_id) VALUES (?,?,?,?,?,?)"));
        q.bind(customerId)
            .bind(core::SqlQuery::nullableId(installmentId))
            .bind(madeOn.toString(Qt::ISODate))
            .bind(promisedOn.toString(Qt::ISODate))
            .bind(amount)
            .bind(core::SqlQuery::nullableId(employeeId))
            .exec();
        const qint64 id = q.lastInsertId();
        audited(audit, QStringLiteral("payment_promises"), id, QStringLiteral("promise"));
        tx.commit();
        return id;
    }

    qint64 count(const QString& sql, const QVariantList& args = {})
    {
        return core::SqlQuery::scalar(t.db(), sql, args).toLongLong();
    }
    QStringList auditIssues()
    {
        QStringList list;
        for (const auto& issue : core::AuditLog::verify(t.db()))
            list << issue.table + QLatin1Char(':') + QString::number(issue.id) + QLatin1Char(' ') +
                        issue.what;
        return list;
    }

private:
    void audited(core::AuditLog& audit, const QString& table, qint64 id, const QString& label)
    {
        audit.record(table, id, label, QStringLiteral("create"), {},
                     core::AuditLog::snapshot(t.db(), table, id));
    }
};

// Amounts in fen from yuan and fen: yuan(7654, 40) = 765,440 fen.
constexpr qint64 yuan(qint64 whole, qint64 fen = 0)
{
    return whole * 100 + fen;
}

} // namespace tl::test

#include "receivables/CollectionService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"
#include "receivables/LedgerScope.h"
#include "receivables/LedgerWriter.h"

#include <QFileInfo>
#include <QSet>

namespace tl::core {

QStringList demandKindKeys()
{
    return {QStringLiteral("demand"), QStringLiteral("dunning_letter"), QStringLiteral("repayment_plan"),
            QStringLiteral("lawsuit")};
}

QString demandKindName(const QString& key)
{
    if (key == QLatin1String("demand"))
        return QCoreApplication::translate("tl::core::CollectionService", "Payment demand");
    if (key == QLatin1String("dunning_letter"))
        return QCoreApplication::translate("tl::core::CollectionService", "Dunning letter");
    if (key == QLatin1String("repayment_plan"))
        return QCoreApplication::translate("tl::core::CollectionService", "Repayment plan");
    if (key == QLatin1String("lawsuit"))
        return QCoreApplication::translate("tl::core::CollectionService", "Lawsuit or arbitration");
    return key;
}

namespace {

const QString kPromises = QStringLiteral("payment_promises");
const QString kDemands = QStringLiteral("payment_demands");
const QString kSettlements = QStringLiteral("interest_settlements");
const QString kInstallments = QStringLiteral("installments");
const QString kCollectors = QStringLiteral("installment_collectors");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString money(qint64 fen)
{
    return formatMoney(Money::fromFen(fen));
}

QString nowText(const Clock& clock)
{
    return clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QString& entity,
                       const QList<qint64>& ids)
{
    tx.afterCommit([notifier, entity, ids] {
        if (notifier)
            notifier->notify(entity, ids);
    });
}

// The customer's code, or nothing when there is no such customer.
QString customerCode(const Database& db, qint64 customerId)
{
    const QVariant code =
        SqlQuery::scalar(db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customerId});
    return code.isValid() ? code.toString() : QString();
}

Error customerNotFound(qint64 id)
{
    return Error::notFound(CollectionService::tr("Customer %1 does not exist.").arg(id),
                           QStringLiteral("customer:%1").arg(id));
}

} // namespace

Result<qint64> CollectionService::recordPromise(qint64 customerId, qint64 installmentId, qint64 followupId,
                                                const QDate& promisedOn, qint64 amount, const QString& note)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ManageCollections))
            return Error::denied(tr("You may not record promised payments."));
        Transaction tx(m_ctx.db);
        const QString code = customerCode(m_ctx.db, customerId);
        if (code.isNull())
            return customerNotFound(customerId);
        const LedgerScope scope(m_ctx);
        if (!scope.customer(customerId))
            return Error::denied(tr("You may not record promised payments of customer %1.").arg(code));
        const QDate today = m_ctx.clock.today();
        QList<FieldProblem> problems;
        if (installmentId > 0) {
            AuditLog audit(m_ctx);
            const auto t = LedgerWriter(m_ctx, audit).target(installmentId);
            if (!t)
                problems << problem("installment", QString::number(installmentId),
                                    tr("there is no instalment %1").arg(installmentId));
            else if (t->customerId != customerId)
                problems << problem("installment", t->label(),
                                    tr("instalment %1 belongs to another customer").arg(t->label()));
            else if (!scope.installment(installmentId))
                return Error::denied(
                    tr("You may not record promised payments on instalment %1.").arg(t->label()));
        }
        if (followupId > 0) {
            const QVariant followupCustomer = SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT customer_id FROM followups WHERE id = ?"), {followupId});
            if (!followupCustomer.isValid())
                problems << problem("followup", QString::number(followupId),
                                    tr("there is no follow-up %1").arg(followupId));
            else if (followupCustomer.toLongLong() != customerId)
                problems << problem("followup", QString::number(followupId),
                                    tr("the follow-up is about another customer"));
        }
        if (!promisedOn.isValid())
            problems << problem("promised_on", {}, tr("the promised date is missing or not a valid date"));
        else if (promisedOn < today)
            problems << problem(
                "promised_on", iso(promisedOn),
                tr("the promised date %1 is before today (%2)").arg(iso(promisedOn), iso(today)));
        if (amount <= 0)
            problems << problem("amount", money(amount), tr("the amount must be greater than zero"));
        if (!problems.isEmpty())
            return Error::invalid(tr("The promised payment of customer %1 cannot be recorded.").arg(code),
                                  problems);

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO payment_promises (customer_id, installment_id, followup_id, "
                           "made_on, promised_on, amount, employee_id, note) VALUES (?,?,?,?,?,?,?,?)"));
        q.bind(customerId)
            .bind(SqlQuery::nullableId(installmentId))
            .bind(SqlQuery::nullableId(followupId))
            .bind(iso(today))
            .bind(iso(promisedOn))
            .bind(amount)
            .bind(SqlQuery::nullableId(m_ctx.session.employeeId))
            .bind(notNull(note).trimmed())
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kPromises, id, code + QLatin1Char('/') + iso(promisedOn),
                               QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kPromises, id));
        notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("promises"), {id});
        tx.commit();
        return id;
    });
}

Result<qint64> CollectionService::recordDemand(qint64 customerId, qint64 contractId, const QString& kind,
                                               const QDate& on, const QString& method, const QString& note,
                                               const QString& evidenceName, const QString& evidenceMime,
                                               const QByteArray& evidence)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ManageCollections))
            return Error::denied(tr("You may not record payment demands."));
        Transaction tx(m_ctx.db);
        const QString code = customerCode(m_ctx.db, customerId);
        if (code.isNull())
            return customerNotFound(customerId);
        const LedgerScope scope(m_ctx);
        if (!scope.customer(customerId))
            return Error::denied(tr("You may not record payment demands to customer %1.").arg(code));
        const QDate today = m_ctx.clock.today();
        const QString name = QFileInfo(notNull(evidenceName).trimmed()).fileName();
        QList<FieldProblem> problems;
        if (contractId > 0) {
            SqlQuery c(m_ctx.db,
                       QStringLiteral("SELECT contract_no, customer_id FROM contracts WHERE id = ?"));
            c.bind(contractId).exec();
            if (!c.next())
                problems << problem("contract_no", QString::number(contractId),
                                    tr("there is no contract %1").arg(contractId));
            else if (c.integer(1) != customerId)
                problems << problem("contract_no", c.text(0),
                                    tr("contract %1 belongs to another customer").arg(c.text(0)));
            else if (!scope.contract(contractId))
                return Error::denied(
                    tr("You may not record payment demands for contract %1.").arg(c.text(0)));
        }
        if (!demandKindKeys().contains(kind))
            problems << problem(
                "kind", kind,
                tr("unknown kind %1 (demand, dunning_letter, repayment_plan or lawsuit)").arg(kind));
        if (!on.isValid())
            problems << problem("on_date", {}, tr("the date is missing or not a valid date"));
        else if (on > today)
            problems << problem("on_date", iso(on),
                                tr("the date %1 is after today (%2)").arg(iso(on), iso(today)));
        if (!evidence.isEmpty() && name.isEmpty())
            problems << problem("evidence_name", {}, tr("the evidence needs a file name"));
        if (evidence.size() > kMaxEvidenceBytes)
            problems << problem(
                "evidence", name,
                tr("the file %1 is larger than %2 MB").arg(name).arg(kMaxEvidenceBytes / (1024 * 1024)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The payment demand to customer %1 cannot be recorded.").arg(code),
                                  problems);

        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO payment_demands (customer_id, contract_id, kind, on_date, "
                                  "method, note, evidence_name, evidence_mime, evidence, at, user_id) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        q.bind(customerId)
            .bind(SqlQuery::nullableId(contractId))
            .bind(kind)
            .bind(iso(on))
            .bind(notNull(method).trimmed())
            .bind(notNull(note).trimmed())
            .bind(evidence.isEmpty() ? QStringLiteral("") : name)
            .bind(evidence.isEmpty() ? QStringLiteral("")
                                     : (notNull(evidenceMime).trimmed().isEmpty()
                                            ? QStringLiteral("application/octet-stream")
                                            : evidenceMime.trimmed()))
            .bind(evidence.isEmpty() ? QVariant() : QVariant(evidence))
            .bind(nowText(m_ctx.clock))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kDemands, id, code + QLatin1Char('/') + kind, QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kDemands, id));
        notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("demands"), {id});
        tx.commit();
        return id;
    });
}

Result<qint64> CollectionService::settleInterest(qint64 installmentId, const QDate& on, qint64 amount,
                                                 const QString& kind, const QString& note)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::RecordPayments))
            return Error::denied(tr("You may not settle late interest."));
        Transaction tx(m_ctx.db);
        AuditLog audit(m_ctx);
        const auto t = LedgerWriter(m_ctx, audit).target(installmentId);
        if (!t)
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not settle interest on instalment %1.").arg(t->label()));
        const QDate today = m_ctx.clock.today();
        QList<FieldProblem> problems;
        if (kind != QLatin1String("paid") && kind != QLatin1String("waived"))
            problems << problem("kind", kind, tr("unknown kind %1 (paid or waived)").arg(kind));
        if (amount <= 0)
            problems << problem("amount", money(amount), tr("the amount must be greater than zero"));
        if (!on.isValid())
            problems << problem("on_date", {}, tr("the date is missing or not a valid date"));
        else if (on > today || on <= t->dueOn)
            problems << problem("on_date", iso(on),
                                tr("late interest is settled after the due date %1 and not after today (%2)")
                                    .arg(iso(t->dueOn), iso(today)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The late interest of instalment %1 cannot be settled.").arg(t->label()),
                                  problems);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO interest_settlements (installment_id, on_date, amount, kind, "
                                  "note, at, user_id) VALUES (?,?,?,?,?,?,?)"));
        q.bind(installmentId)
            .bind(iso(on))
            .bind(amount)
            .bind(kind)
            .bind(notNull(note).trimmed())
            .bind(nowText(m_ctx.clock))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        audit.record(kSettlements, id, t->label(), QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kSettlements, id));
        notifyAfterCommit(tx, m_ctx.notifier, kInstallments, {installmentId});
        tx.commit();
        return id;
    });
}

Status CollectionService::changeCollector(const QList<qint64>& installmentIds, qint64 collectorId,
                                          const QDate& from, CollectorReason reason, const QString& note)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ManageCollections))
            return Error::denied(tr("You may not change collectors."));
        Transaction tx(m_ctx.db);
        const LedgerScope scope(m_ctx);
        const QDate today = m_ctx.clock.today();
        QList<FieldProblem> problems;
        QString collectorLabel;
        {
            SqlQuery e(m_ctx.db, QStringLiteral("SELECT code, name, status FROM employees WHERE id = ?"));
            e.bind(collectorId).exec();
            if (!e.next()) {
                problems << problem("collector", QString::number(collectorId),
                                    tr("there is no employee %1").arg(collectorId));
            } else {
                collectorLabel = e.text(0);
                if (e.text(2) == QLatin1String("left"))
                    problems << problem("collector", e.text(0),
                                        tr("%1 (%2) has left the company").arg(e.text(1), e.text(0)));
                else if (!scope.employee(collectorId))
                    return Error::denied(
                        tr("You may not hand receivables to %1 (%2).").arg(e.text(1), e.text(0)));
            }
        }
        if (installmentIds.isEmpty())
            problems << problem("installments", {}, tr("no instalment is selected"));
        if (!from.isValid())
            problems << problem("from_on", {}, tr("the date is missing or not a valid date"));
        else if (from > today)
            problems << problem("from_on", iso(from),
                                tr("the date %1 is after today (%2)").arg(iso(from), iso(today)));

        AuditLog audit(m_ctx);
        const LedgerWriter ledger(m_ctx, audit);
        QList<LedgerWriter::Target> moving;
        QSet<qint64> seen;
        for (qint64 id : installmentIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const auto t = ledger.target(id);
            if (!t) {
                problems << problem("installments", QString::number(id),
                                    tr("there is no instalment %1").arg(id));
                continue;
            }
            if (!scope.installment(id))
                return Error::denied(
                    tr("You may not change the collector of instalment %1.").arg(t->label()));
            if (t->collectorId == collectorId)
                continue;
            const QDate latest = QDate::fromString(
                SqlQuery::scalar(
                    m_ctx.db,
                    QStringLiteral(
                        "SELECT max(from_on) FROM installment_collectors WHERE installment_id = ?"),
                    {id})
                    .toString(),
                Qt::ISODate);
            if (from.isValid() && latest.isValid() && from < latest)
                problems << problem(
                    "from_on", iso(from),
                    tr("instalment %1 changed collector on %2; a later change cannot start before it")
                        .arg(t->label(), iso(latest)));
            moving << *t;
        }
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The collector cannot be changed: %n problem(s).", nullptr, int(problems.size())),
                problems);

        const QString reasonKey =
            reason == CollectorReason::Handover ? QStringLiteral("handover") : QStringLiteral("manual");
        QList<qint64> changed;
        for (const LedgerWriter::Target& t : moving) {
            const QJsonObject before = AuditLog::snapshot(m_ctx.db, kInstallments, t.installmentId);
            SqlQuery(m_ctx.db, QStringLiteral("UPDATE installments SET collector_id = ? WHERE id = ?"))
                .bind(collectorId)
                .bind(t.installmentId)
                .exec();
            audit.record(kInstallments, t.installmentId, t.label(), QStringLiteral("update"), before,
                         AuditLog::snapshot(m_ctx.db, kInstallments, t.installmentId));
            SqlQuery h(m_ctx.db,
                       QStringLiteral("INSERT INTO installment_collectors (installment_id, collector_id, "
                                      "from_on, at, reason, note, user_id) VALUES (?,?,?,?,?,?,?)"));
            h.bind(t.installmentId)
                .bind(collectorId)
                .bind(iso(from))
                .bind(nowText(m_ctx.clock))
                .bind(reasonKey)
                .bind(notNull(note).trimmed())
                .bind(SqlQuery::nullableId(m_ctx.session.userId))
                .exec();
            const qint64 historyId = h.lastInsertId();
            audit.record(kCollectors, historyId, t.label() + QStringLiteral(": ") + collectorLabel,
                         QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kCollectors, historyId));
            changed << t.installmentId;
        }
        if (!changed.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, kInstallments, changed);
        tx.commit();
        return {};
    });
}

Result<QList<PaymentPromise>> CollectionService::promises(qint64 customerId) const
{
    return guarded([&]() -> Result<QList<PaymentPromise>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view promised payments."));
        const QString code = customerCode(m_ctx.db, customerId);
        if (code.isNull())
            return customerNotFound(customerId);
        if (!LedgerScope(m_ctx).customer(customerId))
            return Error::denied(tr("You may not view the promised payments of customer %1.").arg(code));
        SqlQuery q(
            m_ctx.db,
            QStringLiteral(
                "SELECT pp.id, pp.customer_id, pp.installment_id, c.contract_no, i.seq, pp.followup_id, "
                "pp.made_on, pp.promised_on, pp.amount, pp.employee_id, e.name, pp.note, "
                "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.customer_id = "
                " pp.customer_id AND p.received_on BETWEEN pp.made_on AND pp.promised_on AND NOT "
                " EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)) "
                "FROM payment_promises pp LEFT JOIN installments i ON i.id = pp.installment_id "
                "LEFT JOIN contracts c ON c.id = i.contract_id "
                "LEFT JOIN employees e ON e.id = pp.employee_id "
                "WHERE pp.customer_id = ? ORDER BY pp.promised_on DESC, pp.id DESC"));
        q.bind(customerId).exec();
        const QDate today = m_ctx.clock.today();
        QList<PaymentPromise> list;
        while (q.next()) {
            PaymentPromise p;
            p.id = q.integer(0);
            p.customerId = q.integer(1);
            p.installmentId = q.isNull(2) ? 0 : q.integer(2);
            if (p.installmentId != 0)
                p.installmentLabel = q.text(3) + QLatin1Char('#') + q.text(4);
            p.followupId = q.isNull(5) ? 0 : q.integer(5);
            p.madeOn = QDate::fromString(q.text(6), Qt::ISODate);
            p.promisedOn = QDate::fromString(q.text(7), Qt::ISODate);
            p.amount = q.integer(8);
            p.employeeId = q.isNull(9) ? 0 : q.integer(9);
            p.employeeName = q.text(10);
            p.note = q.text(11);
            p.paidInWindow = q.integer(12);
            p.broken = p.promisedOn < today && p.paidInWindow < p.amount;
            list << p;
        }
        return list;
    });
}

Result<QList<PaymentDemand>> CollectionService::demands(qint64 customerId) const
{
    return guarded([&]() -> Result<QList<PaymentDemand>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payment demands."));
        const QString code = customerCode(m_ctx.db, customerId);
        if (code.isNull())
            return customerNotFound(customerId);
        if (!LedgerScope(m_ctx).customer(customerId))
            return Error::denied(tr("You may not view the payment demands to customer %1.").arg(code));
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("SELECT d.id, d.customer_id, d.contract_id, c.contract_no, d.kind, d.on_date, "
                           "d.method, d.note, d.evidence_name, ifnull(length(d.evidence), 0) "
                           "FROM payment_demands d LEFT JOIN contracts c ON c.id = d.contract_id "
                           "WHERE d.customer_id = ? ORDER BY d.on_date DESC, d.id DESC"));
        q.bind(customerId).exec();
        QList<PaymentDemand> list;
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.isNull(2) ? 0 : q.integer(2), q.text(3), q.text(4),
                         QDate::fromString(q.text(5), Qt::ISODate), q.text(6), q.text(7), q.text(8),
                         q.integer(9)});
        return list;
    });
}

Result<QList<CollectorChange>> CollectionService::collectorHistory(qint64 installmentId) const
{
    return guarded([&]() -> Result<QList<CollectorChange>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM installments WHERE id = ?"),
                              {installmentId})
                 .isValid())
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not view this instalment."));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT h.id, h.installment_id, h.collector_id, e.code, e.name, h.from_on, "
                                  "h.reason, h.note FROM installment_collectors h "
                                  "JOIN employees e ON e.id = h.collector_id WHERE h.installment_id = ? "
                                  "ORDER BY h.from_on, h.id"));
        q.bind(installmentId).exec();
        QList<CollectorChange> list;
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.integer(2), q.text(3), q.text(4),
                         QDate::fromString(q.text(5), Qt::ISODate), q.text(6), q.text(7)});
        return list;
    });
}

} // namespace tl::core

#include "receivables/WriteOffService.h"

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

namespace tl::core {

namespace {

const QString kWriteOffs = QStringLiteral("write_offs");

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString money(qint64 fen)
{
    return formatMoney(Money::fromFen(fen));
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 writeOffId, qint64 installmentId)
{
    tx.afterCommit([notifier, writeOffId, installmentId] {
        if (notifier) {
            notifier->notify(QStringLiteral("write_offs"), {writeOffId});
            notifier->notify(QStringLiteral("installments"), {installmentId});
        }
    });
}

const QString kSelect =
    QStringLiteral("SELECT w.id, w.installment_id, i.contract_id, c.contract_no, i.seq, i.customer_id, "
                   "cu.code, cu.name, w.amount, "
                   "w.reason, w.evidence_name, w.evidence_mime, ifnull(length(w.evidence), 0), "
                   "w.requested_on, w.requested_by, "
                   "ru.username, w.status, w.decided_on, w.decided_by, du.username, w.decision_note "
                   "FROM write_offs w JOIN installments i ON i.id = w.installment_id JOIN contracts c ON "
                   "c.id = i.contract_id "
                   "JOIN customers cu ON cu.id = i.customer_id LEFT JOIN users ru ON ru.id = w.requested_by "
                   "LEFT JOIN users du ON du.id = w.decided_by ");

QList<WriteOff> readWriteOffs(SqlQuery& q)
{
    QList<WriteOff> list;
    while (q.next()) {
        WriteOff w;
        w.id = q.integer(0);
        w.installmentId = q.integer(1);
        w.contractId = q.integer(2);
        w.contractNo = q.text(3);
        w.seq = int(q.integer(4));
        w.customerId = q.integer(5);
        w.customerCode = q.text(6);
        w.customerName = q.text(7);
        w.amount = q.integer(8);
        w.reason = q.text(9);
        w.evidenceName = q.text(10);
        w.evidenceMime = q.text(11);
        w.evidenceSize = q.integer(12);
        w.requestedOn = QDate::fromString(q.text(13), Qt::ISODate);
        w.requestedBy = q.isNull(14) ? 0 : q.integer(14);
        w.requestedByName = q.isNull(14) ? QStringLiteral("system") : q.text(15);
        w.status = q.text(16);
        w.decidedOn = QDate::fromString(q.text(17), Qt::ISODate);
        w.decidedBy = q.isNull(18) ? 0 : q.integer(18);
        w.decidedByName = q.isNull(17) ? QString() : (q.isNull(18) ? QStringLiteral("system") : q.text(19));
        w.decisionNote = q.text(20);
        list << w;
    }
    return list;
}

} // namespace

Result<qint64> WriteOffService::request(qint64 installmentId, qint64 amount, const QString& reason,
                                        const QString& evidenceName, const QString& evidenceMime,
                                        const QByteArray& evidence)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::RequestWriteOffs))
            return Error::denied(tr("You may not request write-offs."));
        Transaction tx(m_ctx.db);
        AuditLog audit(m_ctx);
        const LedgerWriter ledger(m_ctx, audit);
        const auto t = ledger.target(installmentId);
        if (!t)
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not request write-offs on instalment %1.").arg(t->label()));
        const QString why = reason.trimmed();
        const QString name = QFileInfo(evidenceName.trimmed()).fileName();
        QList<FieldProblem> problems;
        if (t->contractStatus != QLatin1String("active"))
            problems << problem(
                "installment", t->label(),
                tr("contract %1 is not active; nothing of it can be written off").arg(t->contractNo));
        if (amount <= 0)
            problems << problem("amount", money(amount), tr("the amount must be greater than zero"));
        else if (amount > t->balance())
            problems << problem("amount", money(amount),
                                tr("%1 is more than the open balance %2 of instalment %3")
                                    .arg(money(amount), money(t->balance()), t->label()));
        if (why.isEmpty())
            problems << problem("reason", {}, tr("the reason is required"));
        if (!evidence.isEmpty() && name.isEmpty())
            problems << problem("evidence_name", {}, tr("the evidence needs a file name"));
        if (evidence.size() > kMaxEvidenceBytes)
            problems << problem(
                "evidence", name,
                tr("the file %1 is larger than %2 MB").arg(name).arg(kMaxEvidenceBytes / (1024 * 1024)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The write-off of instalment %1 cannot be requested.").arg(t->label()),
                                  problems);

        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO write_offs (installment_id, amount, reason, evidence_name, "
                                  "evidence_mime, evidence, requested_on, requested_by) "
                                  "VALUES (?,?,?,?,?,?,?,?)"));
        q.bind(installmentId)
            .bind(amount)
            .bind(why)
            .bind(evidence.isEmpty() ? QStringLiteral("") : name)
            .bind(evidence.isEmpty()
                      ? QStringLiteral("")
                      : (evidenceMime.trimmed().isEmpty() ? QStringLiteral("application/octet-stream")
                                                          : evidenceMime.trimmed()))
            .bind(evidence.isEmpty() ? QVariant() : QVariant(evidence))
            .bind(iso(m_ctx.clock.today()))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        audit.record(kWriteOffs, id, t->label(), QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kWriteOffs, id));
        notifyAfterCommit(tx, m_ctx.notifier, id, installmentId);
        tx.commit();
        return id;
    });
}

Status WriteOffService::approve(qint64 writeOffId, const QString& note)
{
    return decide(writeOffId, true, note);
}

Status WriteOffService::reject(qint64 writeOffId, const QString& note)
{
    return decide(writeOffId, false, note);
}

Status WriteOffService::decide(qint64 writeOffId, bool approve, const QString& note)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ApproveWriteOffs))
            return Error::denied(tr("You may not decide on write-offs."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT installment_id, amount, status, requested_by FROM write_offs "
                                  "WHERE id = ?"));
        q.bind(writeOffId).exec();
        if (!q.next())
            return Error::notFound(tr("Write-off %1 does not exist.").arg(writeOffId),
                                   QStringLiteral("write_off:%1").arg(writeOffId));
        const qint64 installmentId = q.integer(0);
        const qint64 amount = q.integer(1);
        const QString status = q.text(2);
        const qint64 requestedBy = q.isNull(3) ? 0 : q.integer(3);
        AuditLog audit(m_ctx);
        LedgerWriter ledger(m_ctx, audit);
        const auto t = ledger.target(installmentId);
        if (!t)
            return Error::internal(tr("The instalment of write-off %1 is missing.").arg(writeOffId));
        const QString entity = QStringLiteral("write_off:%1").arg(writeOffId);
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not decide on write-offs of instalment %1.").arg(t->label()));
        if (!m_ctx.session.system && requestedBy == m_ctx.session.userId)
            return Error::denied(
                tr("You requested the write-off of instalment %1 yourself; another user must decide on it.")
                    .arg(t->label()));
        if (status != QLatin1String("pending"))
            return Error::conflict(tr("The write-off of instalment %1 is already decided.").arg(t->label()),
                                   entity);
        if (approve) {
            if (t->contractStatus != QLatin1String("active"))
                return Error::conflict(
                    tr("Contract %1 is not active; nothing of it can be written off.").arg(t->contractNo),
                    entity);
            const qint64 free = t->balance() - t->disputed;
            if (amount > free)
                return Error::conflict(
                    t->disputed > 0
                        ? tr("The write-off of %1 is more than the %2 left of instalment %3 besides the %4 "
                             "under "
                             "dispute; resolve the dispute first.")
                              .arg(money(amount), money(free > 0 ? free : 0), t->label(), money(t->disputed))
                        : tr("The write-off of %1 is more than the open balance %2 of instalment %3.")
                              .arg(money(amount), money(t->balance()), t->label()),
                    entity);
        }
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kWriteOffs, writeOffId);
        SqlQuery(m_ctx.db, QStringLiteral("UPDATE write_offs SET status = ?, decided_on = ?, decided_by = ?, "
                                          "decision_note = ? WHERE id = ?"))
            .bind(approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(iso(m_ctx.clock.today()))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .bind(note.isNull() ? QStringLiteral("") : note.trimmed())
            .bind(writeOffId)
            .exec();
        audit.record(kWriteOffs, writeOffId, t->label(), QStringLiteral("update"), before,
                     AuditLog::snapshot(m_ctx.db, kWriteOffs, writeOffId));
        if (approve) {
            ledger.touchInstallment(installmentId);
            ledger.refresh();
        }
        notifyAfterCommit(tx, m_ctx.notifier, writeOffId, installmentId);
        tx.commit();
        return {};
    });
}

Result<QList<WriteOff>> WriteOffService::pending() const
{
    return guarded([&]() -> Result<QList<WriteOff>> {
        if (!m_ctx.session.can(Permission::RequestWriteOffs) &&
            !m_ctx.session.can(Permission::ApproveWriteOffs) &&
            !m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view write-offs."));
        // Scope on the collector of the instalment, as for every other instalment record.
        QVariantList args;
        const QString condition =
            LedgerScope(m_ctx).collectorCondition(QStringLiteral("i.collector_id"), args);
        SqlQuery q(m_ctx.db, kSelect + QStringLiteral("WHERE w.status = 'pending' AND ") + condition +
                                 QStringLiteral(" ORDER BY w.requested_on, w.id"));
        for (const QVariant& arg : args)
            q.bind(arg);
        q.exec();
        const QList<WriteOff> list = readWriteOffs(q);
        return list;
    });
}

Result<QList<WriteOff>> WriteOffService::forInstallment(qint64 installmentId) const
{
    return guarded([&]() -> Result<QList<WriteOff>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view write-offs."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM installments WHERE id = ?"),
                              {installmentId})
                 .isValid())
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not view this instalment."));
        SqlQuery q(m_ctx.db, kSelect + QStringLiteral("WHERE w.installment_id = ? ORDER BY w.id"));
        q.bind(installmentId).exec();
        return readWriteOffs(q);
    });
}

Result<QByteArray> WriteOffService::evidence(qint64 writeOffId) const
{
    return guarded([&]() -> Result<QByteArray> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view write-offs."));
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT evidence, installment_id FROM write_offs WHERE id = ?"));
        q.bind(writeOffId).exec();
        if (!q.next())
            return Error::notFound(tr("Write-off %1 does not exist.").arg(writeOffId),
                                   QStringLiteral("write_off:%1").arg(writeOffId));
        if (!LedgerScope(m_ctx).installment(q.integer(1)))
            return Error::denied(tr("You may not view this write-off."));
        return q.value(0).toByteArray();
    });
}

} // namespace tl::core

#include "receivables/DisputeService.h"

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

namespace tl::core {

namespace {

const QString kDisputes = QStringLiteral("disputes");

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

QString resolutionKey(DisputeService::Resolution resolution)
{
    switch (resolution) {
    case DisputeService::Resolution::CustomerPays:
        return QStringLiteral("customer_pays");
    case DisputeService::Resolution::WrittenOff:
        return QStringLiteral("written_off");
    case DisputeService::Resolution::Credited:
        return QStringLiteral("credited");
    case DisputeService::Resolution::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 disputeId, qint64 installmentId)
{
    tx.afterCommit([notifier, disputeId, installmentId] {
        if (notifier) {
            notifier->notify(QStringLiteral("disputes"), {disputeId});
            notifier->notify(QStringLiteral("installments"), {installmentId});
        }
    });
}

} // namespace

Result<qint64> DisputeService::open(qint64 installmentId, qint64 amount, const QString& reason,
                                    const QDate& on, qint64 letterId)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ManageCollections))
            return Error::denied(tr("You may not record disputes."));
        Transaction tx(m_ctx.db);
        AuditLog audit(m_ctx);
        const LedgerWriter ledger(m_ctx, audit);
        const auto t = ledger.target(installmentId);
        if (!t)
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not record disputes on instalment %1.").arg(t->label()));

        const QString why = reason.trimmed();
        const QDate today = m_ctx.clock.today();
        const qint64 free = t->balance() - t->disputed;
        QList<FieldProblem> problems;
        if (t->contractStatus != QLatin1String("active") && t->contractStatus != QLatin1String("closed"))
            problems << problem(
                "installment", t->label(),
                tr("contract %1 is a draft or cancelled; it has no receivables").arg(t->contractNo));
        if (amount <= 0)
            problems << problem("amount", money(amount), tr("the amount must be greater than zero"));
        else if (amount > free)
            problems << problem(
                "amount", money(amount),
                tr("only %1 of instalment %2 can be disputed (balance %3, already disputed %4)")
                    .arg(money(free > 0 ? free : 0), t->label(), money(t->balance()), money(t->disputed)));
        if (why.isEmpty())
            problems << problem("reason", {}, tr("the reason is required"));
        if (!on.isValid())
            problems << problem("opened_on", {}, tr("the date is missing or not a valid date"));
        else if (on > today || on < t->signedOn)
            problems << problem("opened_on", iso(on),
                                tr("the date must lie between the signing date %1 and today (%2)")
                                    .arg(iso(t->signedOn), iso(today)));
        if (letterId > 0) {
            const QVariant customer = SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT customer_id FROM letters WHERE id = ?"), {letterId});
            if (!customer.isValid())
                problems << problem("letter", QString::number(letterId),
                                    tr("there is no letter %1").arg(letterId));
            else if (customer.toLongLong() != t->customerId)
                problems << problem("letter", QString::number(letterId),
                                    tr("the letter was sent to another customer"));
        }
        if (!problems.isEmpty())
            return Error::invalid(tr("The dispute on instalment %1 cannot be opened.").arg(t->label()),
                                  problems);

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO disputes (installment_id, amount, reason, opened_on, opened_by, "
                           "letter_id) VALUES (?,?,?,?,?,?)"));
        q.bind(installmentId)
            .bind(amount)
            .bind(why)
            .bind(iso(on))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .bind(SqlQuery::nullableId(letterId))
            .exec();
        const qint64 id = q.lastInsertId();
        audit.record(kDisputes, id, t->label(), QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kDisputes, id));
        notifyAfterCommit(tx, m_ctx.notifier, id, installmentId);
        tx.commit();
        return id;
    });
}

Status DisputeService::resolve(qint64 disputeId, Resolution resolution, const QDate& on, const QString& note)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ManageCollections))
            return Error::denied(tr("You may not resolve disputes."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT d.installment_id, d.status, d.opened_on, c.contract_no, i.seq "
                                  "FROM disputes d JOIN installments i ON i.id = d.installment_id "
                                  "JOIN contracts c ON c.id = i.contract_id WHERE d.id = ?"));
        q.bind(disputeId).exec();
        if (!q.next())
            return Error::notFound(tr("Dispute %1 does not exist.").arg(disputeId),
                                   QStringLiteral("dispute:%1").arg(disputeId));
        const qint64 installmentId = q.integer(0);
        const QString label = q.text(3) + QLatin1Char('#') + q.text(4);
        const QDate openedOn = QDate::fromString(q.text(2), Qt::ISODate);
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not resolve disputes on instalment %1.").arg(label));
        if (q.text(1) != QLatin1String("open"))
            return Error::conflict(tr("The dispute on instalment %1 is already resolved.").arg(label),
                                   QStringLiteral("dispute:%1").arg(disputeId));
        const QDate today = m_ctx.clock.today();
        if (!on.isValid() || on < openedOn || on > today)
            return Error::invalid(
                tr("The dispute on instalment %1 cannot be resolved on that date.").arg(label),
                {problem("resolved_on", iso(on),
                         tr("the date must lie between the day the dispute was opened (%1) and "
                            "today (%2)")
                             .arg(iso(openedOn), iso(today)))});
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kDisputes, disputeId);
        SqlQuery(m_ctx.db,
                 QStringLiteral("UPDATE disputes SET status = 'resolved', resolved_on = ?, resolution = ?, "
                                "resolution_note = ? WHERE id = ?"))
            .bind(iso(on))
            .bind(resolutionKey(resolution))
            .bind(note.isNull() ? QStringLiteral("") : note.trimmed())
            .bind(disputeId)
            .exec();
        AuditLog(m_ctx).record(kDisputes, disputeId, label, QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kDisputes, disputeId));
        notifyAfterCommit(tx, m_ctx.notifier, disputeId, installmentId);
        tx.commit();
        return {};
    });
}

Result<QList<Dispute>> DisputeService::forInstallment(qint64 installmentId) const
{
    return guarded([&]() -> Result<QList<Dispute>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view disputes."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM installments WHERE id = ?"),
                              {installmentId})
                 .isValid())
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not view the disputes of instalment %1.").arg(installmentId));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT id, installment_id, amount, reason, opened_on, letter_id, status, "
                                  "resolved_on, resolution, resolution_note FROM disputes "
                                  "WHERE installment_id = ? ORDER BY status = 'resolved', opened_on, id"));
        q.bind(installmentId).exec();
        QList<Dispute> list;
        while (q.next()) {
            Dispute d;
            d.id = q.integer(0);
            d.installmentId = q.integer(1);
            d.amount = q.integer(2);
            d.reason = q.text(3);
            d.openedOn = QDate::fromString(q.text(4), Qt::ISODate);
            d.letterId = q.integer(5);
            d.open = q.text(6) == QLatin1String("open");
            d.resolvedOn = QDate::fromString(q.text(7), Qt::ISODate);
            d.resolution = q.text(8);
            d.resolutionNote = q.text(9);
            list << d;
        }
        return list;
    });
}

} // namespace tl::core

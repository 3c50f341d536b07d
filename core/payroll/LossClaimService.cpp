#include "payroll/LossClaimService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"

#include <QFileInfo>

namespace tl::core {

namespace {

// Qt binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString kTable = QStringLiteral("loss_claims");

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

QString label(const QString& employeeCode, qint64 id)
{
    return QStringLiteral("%1 #%2").arg(employeeCode).arg(id);
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.employee_id, e.code, e.name, ifnull(e.department_id, 0), c.amount, c.reason, "
    "c.evidence_name, c.evidence_mime, ifnull(length(c.evidence), 0), ifnull(c.write_off_id, 0), c.status, "
    "c.requested_at, ifnull(c.requested_by, 0), ifnull(coalesce(nullif(ru.display_name, ''), ru.username), "
    "''), "
    "ifnull(c.approver_id, 0), ifnull(coalesce(nullif(au.display_name, ''), au.username), ''), c.decided_at, "
    "c.decision_note, c.recovered "
    "FROM loss_claims c JOIN employees e ON e.id = c.employee_id "
    "LEFT JOIN users ru ON ru.id = c.requested_by LEFT JOIN users au ON au.id = c.approver_id ");

LossClaim readClaim(const SqlQuery& q, qint64* departmentId)
{
    LossClaim c;
    c.id = q.integer(0);
    c.employeeId = q.integer(1);
    c.employeeCode = q.text(2);
    c.employeeName = q.text(3);
    if (departmentId)
        *departmentId = q.integer(4);
    c.amount = Money::fromFen(q.integer(5));
    c.reason = q.text(6);
    c.evidenceName = q.text(7);
    c.evidenceMime = q.text(8);
    c.evidenceSize = q.integer(9);
    c.writeOffId = q.integer(10);
    c.status = q.text(11);
    c.requestedAt = QDateTime::fromString(q.text(12), Qt::ISODate);
    c.requestedBy = q.integer(13);
    c.requestedByName = q.text(14);
    c.approverId = q.integer(15);
    c.approverName = q.text(16);
    c.decidedAt = QDateTime::fromString(q.text(17), Qt::ISODate);
    c.decisionNote = q.text(18);
    c.recovered = Money::fromFen(q.integer(19));
    return c;
}

} // namespace

bool LossClaimService::inSight(qint64 employeeId, qint64 departmentId) const
{
    const Session& s = m_ctx.session;
    if (s.system || s.can(Permission::ViewSalary))
        return true;
    if (s.employeeId != 0 && s.employeeId == employeeId)
        return true;
    return s.can(Permission::RequestLossClaims) && s.canSeeEmployee(employeeId, departmentId);
}

Result<qint64> LossClaimService::request(qint64 employeeId, Money amount, const QString& reason,
                                         const QString& evidenceName, const QString& evidenceMime,
                                         const QByteArray& evidence, qint64 writeOffId)
{
    return guarded([&]() -> Result<qint64> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::RequestLossClaims))
            return Error::denied(tr("You may not request loss deductions."));
        SqlQuery e(m_ctx.db,
                   QStringLiteral("SELECT code, ifnull(department_id, 0) FROM employees WHERE id = ?"));
        e.bind(employeeId).exec();
        if (!e.next())
            return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                   QStringLiteral("employee:%1").arg(employeeId));
        const QString code = e.text(0);
        if (!s.system && (!s.canSeeEmployee(employeeId, e.integer(1)) ||
                          (s.employeeId != 0 && s.employeeId == employeeId)))
            return Error::denied(tr("You may not request a loss deduction from %1.").arg(code));

        const QString why = reason.trimmed();
        const QString name = QFileInfo(evidenceName.trimmed()).fileName();
        QList<FieldProblem> problems;
        if (!amount.isPositive())
            problems << problem("amount", formatPlain(amount), tr("the amount must be greater than zero"));
        if (why.isEmpty())
            problems << problem("reason", {}, tr("the reason is required"));
        if (!evidence.isEmpty() && name.isEmpty())
            problems << problem("evidence_name", {}, tr("the evidence needs a file name"));
        if (evidence.size() > kMaxEvidenceBytes)
            problems << problem(
                "evidence", name,
                tr("the file %1 is larger than %2 MB").arg(name).arg(kMaxEvidenceBytes / (1024 * 1024)));
        if (writeOffId != 0 &&
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT status FROM write_offs WHERE id = ?"),
                             {writeOffId})
                    .toString() != QLatin1String("approved"))
            problems << problem("write_off", QString::number(writeOffId),
                                tr("write-off %1 does not exist or is not approved").arg(writeOffId));
        if (!problems.isEmpty())
            return Error::invalid(tr("The loss deduction from %1 cannot be requested.").arg(code), problems);

        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO loss_claims (employee_id, amount, reason, evidence_name, "
                                  "evidence_mime, evidence, write_off_id, requested_at, requested_by) "
                                  "VALUES (?,?,?,?,?,?,?,?,?)"));
        q.bind(employeeId)
            .bind(amount.fen())
            .bind(why)
            .bind(evidence.isEmpty() ? QStringLiteral("") : name)
            .bind(evidence.isEmpty()
                      ? QStringLiteral("")
                      : (evidenceMime.trimmed().isEmpty() ? QStringLiteral("application/octet-stream")
                                                          : evidenceMime.trimmed()))
            .bind(evidence.isEmpty() ? QVariant() : QVariant(evidence))
            .bind(SqlQuery::nullableId(writeOffId))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(s.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kTable, id, label(code, id), QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kTable, id));
        ChangeNotifier* notifier = m_ctx.notifier;
        tx.afterCommit([notifier, id] {
            if (notifier)
                notifier->notify(kTable, {id});
        });
        tx.commit();
        return id;
    });
}

Status LossClaimService::approve(qint64 claimId, const QString& note)
{
    return decide(claimId, true, note);
}

Status LossClaimService::reject(qint64 claimId, const QString& note)
{
    return decide(claimId, false, note);
}

Status LossClaimService::decide(qint64 claimId, bool approve, const QString& note)
{
    return guarded([&]() -> Status {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ApproveLossClaims))
            return Error::denied(tr("You may not decide on loss deductions."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db, kSelect + QStringLiteral("WHERE c.id = ?"));
        q.bind(claimId).exec();
        if (!q.next())
            return Error::notFound(tr("Loss claim %1 does not exist.").arg(claimId),
                                   QStringLiteral("loss_claim:%1").arg(claimId));
        const LossClaim claim = readClaim(q, nullptr);
        const QString name = label(claim.employeeCode, claimId);
        if (!s.system && claim.requestedBy == s.userId)
            return Error::denied(
                tr("You requested the loss deduction %1 yourself; another user must decide on it.")
                    .arg(name));
        if (claim.status != QLatin1String("requested"))
            return Error::conflict(tr("The loss deduction %1 is already decided.").arg(name), name);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, claimId);
        SqlQuery u(m_ctx.db,
                   QStringLiteral("UPDATE loss_claims SET status = ?, approver_id = ?, decided_at = ?, "
                                  "decision_note = ? WHERE id = ?"));
        u.bind(approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(SqlQuery::nullableId(s.userId))
            .bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(notNull(note.trimmed()))
            .bind(claimId)
            .exec();
        AuditLog(m_ctx).record(kTable, claimId, name,
                               approve ? QStringLiteral("approve") : QStringLiteral("reject"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, claimId));
        ChangeNotifier* notifier = m_ctx.notifier;
        tx.afterCommit([notifier, claimId] {
            if (notifier)
                notifier->notify(kTable, {claimId});
        });
        tx.commit();
        return {};
    });
}

Result<QList<LossClaim>> LossClaimService::claims(qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<LossClaim>> {
        SqlQuery q(m_ctx.db,
                   kSelect + (employeeId != 0 ? QStringLiteral("WHERE c.employee_id = ? ORDER BY c.id")
                                              : QStringLiteral("ORDER BY c.id")));
        if (employeeId != 0)
            q.bind(employeeId);
        q.exec();
        QList<LossClaim> list;
        while (q.next()) {
            qint64 department = 0;
            LossClaim c = readClaim(q, &department);
            if (inSight(c.employeeId, department))
                list.append(c);
        }
        return list;
    });
}

Result<LossClaim> LossClaimService::claim(qint64 claimId) const
{
    return guarded([&]() -> Result<LossClaim> {
        SqlQuery q(m_ctx.db, kSelect + QStringLiteral("WHERE c.id = ?"));
        q.bind(claimId).exec();
        if (!q.next())
            return Error::notFound(tr("Loss claim %1 does not exist.").arg(claimId),
                                   QStringLiteral("loss_claim:%1").arg(claimId));
        qint64 department = 0;
        LossClaim c = readClaim(q, &department);
        if (!inSight(c.employeeId, department))
            return Error::denied(tr("You may not see this loss claim."));
        return c;
    });
}

Result<QByteArray> LossClaimService::evidence(qint64 claimId) const
{
    const Result<LossClaim> c = claim(claimId);
    if (!c)
        return c.error();
    return guarded([&]() -> Result<QByteArray> {
        return SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT evidence FROM loss_claims WHERE id = ?"),
                                {claimId})
            .toByteArray();
    });
}

} // namespace tl::core

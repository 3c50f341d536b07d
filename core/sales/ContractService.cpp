#include "sales/ContractService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"
#include "receivables/LedgerScope.h"
#include "sales/ContractRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace tl::core {

namespace {

const QString kContracts = QStringLiteral("contracts");
const QString kInstallments = QStringLiteral("installments");
const QString kCollectors = QStringLiteral("installment_collectors");
const QString kAttachments = QStringLiteral("contract_attachments");

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
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

FieldProblem problem(int row, const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{row, QString::fromLatin1(column), value, reason};
}

QString installmentLabel(const QString& contractNo, int seq)
{
    return contractNo + QLatin1Char('#') + QString::number(seq);
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QString& entity,
                       const QList<qint64>& ids)
{
    tx.afterCommit([notifier, entity, ids] {
        if (notifier)
            notifier->notify(entity, ids);
    });
}

void normalize(Contract& c)
{
    c.contractNo = notNull(c.contractNo).trimmed();
    c.kind = notNull(c.kind).trimmed();
    c.title = notNull(c.title).trimmed();
    c.note = notNull(c.note);
}

// What refers to one stored instalment.
struct Usage
{
    Installment stored;
    bool ledger = false;     // allocations or write-offs: seq, due date and amount are fixed
    bool referenced = false; // disputes, promises, letter items, interest settlements
};

QHash<qint64, Usage> usageOf(const Database& db, const QList<Installment>& stored)
{
    QHash<qint64, Usage> usage;
    for (const Installment& i : stored) {
        Usage u;
        u.stored = i;
        const QVariantList args{i.id, i.id};
        u.ledger = SqlQuery::scalar(
                       db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM allocations WHERE installment_id = ?) "
                                      "OR EXISTS (SELECT 1 FROM write_offs WHERE installment_id = ?)"),
                       args)
                       .toBool();
        u.referenced =
            SqlQuery::scalar(
                db,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM disputes WHERE installment_id = ?) "
                               "OR EXISTS (SELECT 1 FROM payment_promises WHERE installment_id = ?) "
                               "OR EXISTS (SELECT 1 FROM letter_items WHERE installment_id = ?) "
                               "OR EXISTS (SELECT 1 FROM interest_settlements WHERE installment_id = ?)"),
                {i.id, i.id, i.id, i.id})
                .toBool();
        usage.insert(i.id, u);
    }
    return usage;
}

// Inserts one instalment with its first collector row (reason "contract"), audited.
qint64 insertInstallment(const Context& ctx, AuditLog& audit, const Contract& c, const Installment& i)
{
    SqlQuery q(ctx.db,
               QStringLiteral("INSERT INTO installments (contract_id, customer_id, seq, due_on, amount, "
                              "collector_id) VALUES (?,?,?,?,?,?)"));
    q.bind(c.id)
        .bind(c.customerId)
        .bind(i.seq)
        .bind(iso(i.dueOn))
        .bind(i.amount)
        .bind(c.salespersonId)
        .exec();
    const qint64 id = q.lastInsertId();
    const QString label = installmentLabel(c.contractNo, i.seq);
    audit.record(kInstallments, id, label, QStringLiteral("create"), {},
                 AuditLog::snapshot(ctx.db, kInstallments, id));
    SqlQuery h(ctx.db, QStringLiteral(
                           "INSERT INTO installment_collectors (installment_id, collector_id, from_on, at, "
                           "reason, note, user_id) VALUES (?,?,?,?,'contract','',?)"));
    h.bind(id)
        .bind(c.salespersonId)
        .bind(iso(c.signedOn))
        .bind(ContractRepository::nowText(ctx.clock.now()))
        .bind(SqlQuery::nullableId(ctx.session.userId))
        .exec();
    const qint64 historyId = h.lastInsertId();
    audit.record(kCollectors, historyId, label, QStringLiteral("create"), {},
                 AuditLog::snapshot(ctx.db, kCollectors, historyId));
    return id;
}

} // namespace

QList<FieldProblem> ContractService::validateSchedule(qint64 amount, const QList<Installment>& installments,
                                                      const QDate& signedOn)
{
    QList<FieldProblem> problems;
    if (installments.isEmpty()) {
        problems << problem(0, "installments", {}, tr("the payment schedule has no instalments"));
        return problems;
    }
    qint64 sum = 0;
    bool overflow = false;
    const int n = int(installments.size());
    for (int k = 0; k < n; ++k) {
        const Installment& i = installments.at(k);
        const int row = k + 1;
        if (i.seq != row)
            problems << problem(
                row, "seq", QString::number(i.seq),
                tr("instalment number %1 is out of sequence: the instalments are numbered 1 to %2 "
                   "in schedule order, so this one should be %3")
                    .arg(i.seq)
                    .arg(n)
                    .arg(row));
        if (!i.dueOn.isValid()) {
            problems << problem(row, "due_on", {}, tr("the due date is missing or not a valid date"));
        } else {
            if (signedOn.isValid() && i.dueOn < signedOn)
                problems << problem(
                    row, "due_on", iso(i.dueOn),
                    tr("the due date %1 is before the signing date %2").arg(iso(i.dueOn), iso(signedOn)));
            if (k > 0 && installments.at(k - 1).dueOn.isValid() && i.dueOn < installments.at(k - 1).dueOn)
                problems << problem(row, "due_on", iso(i.dueOn),
                                    tr("the due date %1 is before the due date %2 of the previous instalment")
                                        .arg(iso(i.dueOn), iso(installments.at(k - 1).dueOn)));
        }
        if (i.amount <= 0)
            problems << problem(row, "amount", money(i.amount), tr("the amount must be greater than zero"));
        if (__builtin_add_overflow(sum, i.amount, &sum))
            overflow = true;
    }
    if (overflow) {
        problems << problem(0, "amount", {}, tr("the instalment amounts are too large"));
    } else if (amount > 0 && sum != amount) {
        if (sum < amount)
            problems << problem(0, "amount", money(sum),
                                tr("the instalments add up to %1, %2 less than the contract amount")
                                    .arg(money(sum), money(amount - sum)));
        else
            problems << problem(0, "amount", money(sum),
                                tr("the instalments add up to %1, %2 more than the contract amount")
                                    .arg(money(sum), money(sum - amount)));
    }
    return problems;
}

namespace {

// Header checks shared by create and update (the schedule is checked by validateSchedule).
QList<FieldProblem> checkHeader(const Context& ctx, const Contract& c)
{
    QList<FieldProblem> problems;
    if (c.contractNo.isEmpty())
        problems << problem(0, "contract_no", {}, ContractService::tr("the contract number is required"));
    else if (c.contractNo.size() > 64)
        problems << problem(0, "contract_no", c.contractNo,
                            ContractService::tr("the contract number is longer than 64 characters"));
    else if (const auto other = ContractRepository(ctx.db).idForNo(c.contractNo); other && *other != c.id)
        problems << problem(0, "contract_no", c.contractNo,
                            ContractService::tr("the contract number %1 is already used by another contract")
                                .arg(c.contractNo));
    if (c.customerId <= 0 ||
        !SqlQuery::scalar(ctx.db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {c.customerId})
             .isValid())
        problems << problem(0, "customer_code", QString::number(c.customerId),
                            c.customerId <= 0
                                ? ContractService::tr("the customer is required")
                                : ContractService::tr("there is no customer %1").arg(c.customerId));
    if (c.salespersonId <= 0 ||
        !SqlQuery::scalar(ctx.db, QStringLiteral("SELECT 1 FROM employees WHERE id = ?"), {c.salespersonId})
             .isValid())
        problems << problem(0, "salesperson_code", QString::number(c.salespersonId),
                            c.salespersonId <= 0
                                ? ContractService::tr("the salesperson is required")
                                : ContractService::tr("there is no employee %1").arg(c.salespersonId));
    const QDate today = ctx.clock.today();
    if (!c.signedOn.isValid())
        problems << problem(0, "signed_on", {},
                            ContractService::tr("the signing date is missing or not a valid date"));
    else if (c.signedOn > today && c.status != ContractStatus::Draft)
        problems << problem(
            0, "signed_on", iso(c.signedOn),
            ContractService::tr(
                "the signing date %1 is after today (%2); record the contract as a draft until it "
                "is signed")
                .arg(iso(c.signedOn), iso(today)));
    if (c.amount <= 0)
        problems << problem(0, "amount", money(c.amount),
                            ContractService::tr("the contract amount must be greater than zero"));
    if (!contractKindKeys().contains(c.kind))
        problems << problem(
            0, "kind", c.kind,
            ContractService::tr("unknown contract kind %1 (new, renewal or addon)").arg(c.kind));
    if (c.interestRatePpm && (*c.interestRatePpm < 0 || *c.interestRatePpm > 1000000))
        problems << problem(0, "interest_rate_ppm", QString::number(*c.interestRatePpm),
                            ContractService::tr("the interest rate must lie between 0 and 100%"));
    return problems;
}

Error invalidContract(const Contract& c, const QList<FieldProblem>& problems)
{
    return Error::invalid(
        ContractService::tr("The contract %1 has %n problem(s).", nullptr, int(problems.size()))
            .arg(c.contractNo),
        problems);
}

Error contractNotFound(qint64 id)
{
    return Error::notFound(ContractService::tr("Contract %1 does not exist.").arg(id),
                           QStringLiteral("contract:%1").arg(id));
}

} // namespace

Result<Contract> ContractService::get(qint64 id) const
{
    return guarded([&]() -> Result<Contract> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        const ContractRepository repo(m_ctx.db);
        auto c = repo.load(id);
        if (!c)
            return contractNotFound(id);
        if (!LedgerScope(m_ctx).contract(id))
            return Error::denied(tr("You may not view contract %1.").arg(c->contractNo));
        c->installments = repo.installments(id);
        return *c;
    });
}

Result<Contract> ContractService::getByNo(const QString& contractNo) const
{
    const auto id = guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        const auto found = ContractRepository(m_ctx.db).idForNo(contractNo.trimmed());
        if (!found)
            return Error::notFound(tr("Contract %1 does not exist.").arg(contractNo),
                                   QStringLiteral("contract:%1").arg(contractNo));
        return *found;
    });
    if (!id)
        return id.error();
    return get(*id);
}

QList<FieldProblem> ContractService::validate(const Contract& contract) const
{
    const auto result = guarded([&]() -> Result<QList<FieldProblem>> {
        Contract c = contract;
        normalize(c);
        QList<FieldProblem> problems = checkHeader(m_ctx, c);
        problems << validateSchedule(c.amount, c.installments, c.signedOn);
        return problems;
    });
    if (!result)
        return {FieldProblem{0, {}, {}, result.error().message}};
    return *result;
}

Result<qint64> ContractService::create(const Contract& contract)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditContracts))
            return Error::denied(tr("You may not edit contracts."));
        Contract c = contract;
        c.id = 0;
        normalize(c);
        Transaction tx(m_ctx.db);
        QList<FieldProblem> problems = checkHeader(m_ctx, c);
        if (c.status != ContractStatus::Draft && c.status != ContractStatus::Active)
            problems << problem(0, "status", contractStatusKey(c.status),
                                tr("a new contract is either a draft or active"));
        problems << validateSchedule(c.amount, c.installments, c.signedOn);
        if (!problems.isEmpty())
            return invalidContract(c, problems);
        if (!LedgerScope(m_ctx).employee(c.salespersonId))
            return Error::denied(tr("You may not record contracts for this salesperson."));

        SqlQuery q(m_ctx.db,
                   QStringLiteral(
                       "INSERT INTO contracts (contract_no, customer_id, salesperson_id, signed_on, amount, "
                       "kind, status, interest_rate_ppm, title, note, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        q.bind(c.contractNo)
            .bind(c.customerId)
            .bind(c.salespersonId)
            .bind(iso(c.signedOn))
            .bind(c.amount)
            .bind(c.kind)
            .bind(contractStatusKey(c.status))
            .bind(c.interestRatePpm ? QVariant(qint64(*c.interestRatePpm)) : QVariant())
            .bind(c.title)
            .bind(c.note)
            .bind(ContractRepository::nowText(m_ctx.clock.now()))
            .exec();
        c.id = q.lastInsertId();
        AuditLog audit(m_ctx);
        audit.record(kContracts, c.id, c.contractNo, QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kContracts, c.id));
        QList<qint64> ids;
        for (const Installment& i : c.installments)
            ids << insertInstallment(m_ctx, audit, c, i);
        notifyAfterCommit(tx, m_ctx.notifier, kContracts, {c.id});
        notifyAfterCommit(tx, m_ctx.notifier, kInstallments, ids);
        tx.commit();
        return c.id;
    });
}

Status ContractService::update(const Contract& contract)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditContracts))
            return Error::denied(tr("You may not edit contracts."));
        Transaction tx(m_ctx.db);
        const ContractRepository repo(m_ctx.db);
        const auto stored = repo.load(contract.id);
        if (!stored)
            return contractNotFound(contract.id);
        const LedgerScope scope(m_ctx);
        if (!scope.contract(stored->id))
            return Error::denied(tr("You may not edit contract %1.").arg(stored->contractNo));
        if (stored->status == ContractStatus::Cancelled)
            return Error::conflict(
                tr("Contract %1 is cancelled and cannot be edited.").arg(stored->contractNo),
                QStringLiteral("contract:%1").arg(stored->id));

        Contract c = contract;
        normalize(c);
        c.status = stored->status;
        QList<FieldProblem> problems = checkHeader(m_ctx, c);
        problems << validateSchedule(c.amount, c.installments, c.signedOn);

        const QList<Installment> storedSchedule = repo.installments(c.id);
        const QHash<qint64, Usage> usage = usageOf(m_ctx.db, storedSchedule);
        bool anyHistory = false;
        for (const Usage& u : usage)
            anyHistory = anyHistory || u.ledger || u.referenced;
        if (c.customerId != stored->customerId && anyHistory)
            problems << problem(0, "customer_code", QString::number(c.customerId),
                                tr("the customer cannot change: payments or collection records exist for the "
                                   "instalments of this contract"));
        const QVariant firstAllocation = SqlQuery::scalar(
            m_ctx.db,
            QStringLiteral(
                "SELECT min(a.on_date) FROM allocations a JOIN installments i ON i.id = a.installment_id "
                "WHERE i.contract_id = ?"),
            {c.id});
        if (!firstAllocation.isNull() && c.signedOn.isValid() && iso(c.signedOn) > firstAllocation.toString())
            problems << problem(
                0, "signed_on", iso(c.signedOn),
                tr("the signing date cannot be after %1, the date of the first payment allocated "
                   "to this contract")
                    .arg(firstAllocation.toString()));

        QSet<qint64> kept;
        for (int k = 0; k < c.installments.size(); ++k) {
            const Installment& i = c.installments.at(k);
            if (i.id == 0)
                continue;
            const int row = k + 1;
            if (!usage.contains(i.id)) {
                problems << problem(
                    row, "seq", QString::number(i.seq),
                    tr("instalment %1 is not part of contract %2").arg(i.id).arg(stored->contractNo));
                continue;
            }
            if (kept.contains(i.id)) {
                problems << problem(row, "seq", QString::number(i.seq),
                                    tr("the instalment appears twice in the schedule"));
                continue;
            }
            kept.insert(i.id);
            const Usage& u = usage.value(i.id);
            if (u.ledger &&
                (i.seq != u.stored.seq || i.dueOn != u.stored.dueOn || i.amount != u.stored.amount))
                problems << problem(
                    row, "amount", money(i.amount),
                    tr("instalment %1 has payments or write-offs: its number, due date and amount "
                       "cannot change")
                        .arg(u.stored.seq));
            if (i.amount < u.stored.disputed)
                problems << problem(row, "amount", money(i.amount),
                                    tr("the amount cannot be less than the %1 disputed on this instalment")
                                        .arg(money(u.stored.disputed)));
        }
        QList<Installment> removed;
        for (const Installment& s : storedSchedule) {
            if (kept.contains(s.id))
                continue;
            const Usage& u = usage.value(s.id);
            if (u.ledger)
                problems << problem(
                    0, "installments", QString::number(s.seq),
                    tr("instalment %1 has payments or write-offs and cannot be removed").arg(s.seq));
            else if (u.referenced)
                problems << problem(0, "installments", QString::number(s.seq),
                                    tr("instalment %1 has collection records (disputes, promises, letters or "
                                       "interest) and cannot be removed")
                                        .arg(s.seq));
            else
                removed << s;
        }
        if (!problems.isEmpty())
            return invalidContract(c, problems);
        if (c.salespersonId != stored->salespersonId && !scope.employee(c.salespersonId))
            return Error::denied(tr("You may not credit contracts to this salesperson."));

        AuditLog audit(m_ctx);
        // The header.
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kContracts, c.id);
        SqlQuery(m_ctx.db,
                 QStringLiteral("UPDATE contracts SET contract_no = ?, customer_id = ?, salesperson_id = ?, "
                                "signed_on = ?, amount = ?, kind = ?, interest_rate_ppm = ?, title = ?, "
                                "note = ? WHERE id = ?"))
            .bind(c.contractNo)
            .bind(c.customerId)
            .bind(c.salespersonId)
            .bind(iso(c.signedOn))
            .bind(c.amount)
            .bind(c.kind)
            .bind(c.interestRatePpm ? QVariant(qint64(*c.interestRatePpm)) : QVariant())
            .bind(c.title)
            .bind(c.note)
            .bind(c.id)
            .exec();
        const QJsonObject after = AuditLog::snapshot(m_ctx.db, kContracts, c.id);
        if (after != before)
            audit.record(kContracts, c.id, c.contractNo, QStringLiteral("update"), before, after);

        QList<qint64> changedIds;
        // Removed instalments and their collector history (nothing else refers to them). The history rows
        // may go once their instalment is gone (schema 5), so foreign keys are checked at commit.
        if (!removed.isEmpty()) {
            m_ctx.db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            for (const Installment& r : removed) {
                const QString label = installmentLabel(stored->contractNo, r.seq);
                const QJsonObject gone = AuditLog::snapshot(m_ctx.db, kInstallments, r.id);
                SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM installments WHERE id = ?")).bind(r.id).exec();
                audit.record(kInstallments, r.id, label, QStringLiteral("delete"), gone, {});
                SqlQuery history(
                    m_ctx.db,
                    QStringLiteral("SELECT id FROM installment_collectors WHERE installment_id = ?"));
                history.bind(r.id).exec();
                QList<qint64> historyIds;
                while (history.next())
                    historyIds << history.integer(0);
                for (qint64 h : historyIds) {
                    const QJsonObject row = AuditLog::snapshot(m_ctx.db, kCollectors, h);
                    SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM installment_collectors WHERE id = ?"))
                        .bind(h)
                        .exec();
                    audit.record(kCollectors, h, label, QStringLiteral("delete"), row, {});
                }
                changedIds << r.id;
            }
            m_ctx.db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
        }

        // Kept instalments: numbers move out of the way first (UNIQUE (contract_id, seq)), then every
        // change is written and audited once.
        QHash<qint64, QJsonObject> befores;
        for (const Installment& i : c.installments)
            if (i.id != 0)
                befores.insert(i.id, AuditLog::snapshot(m_ctx.db, kInstallments, i.id));
        for (const Installment& i : c.installments)
            if (i.id != 0 && i.seq != usage.value(i.id).stored.seq)
                SqlQuery(m_ctx.db, QStringLiteral("UPDATE installments SET seq = seq + 1000000 WHERE id = ?"))
                    .bind(i.id)
                    .exec();
        for (const Installment& i : c.installments) {
            if (i.id == 0)
                continue;
            SqlQuery(m_ctx.db, QStringLiteral(
                                   "UPDATE installments SET seq = ?, due_on = ?, amount = ?, customer_id = ? "
                                   "WHERE id = ?"))
                .bind(i.seq)
                .bind(iso(i.dueOn))
                .bind(i.amount)
                .bind(c.customerId)
                .bind(i.id)
                .exec();
            QJsonObject current = AuditLog::snapshot(m_ctx.db, kInstallments, i.id);
            // A new credited salesperson takes over what the previous one collects.
            if (c.salespersonId != stored->salespersonId &&
                usage.value(i.id).stored.collectorId == stored->salespersonId) {
                const QDate latest = QDate::fromString(
                    SqlQuery::scalar(m_ctx.db,
                                     QStringLiteral("SELECT max(from_on) FROM installment_collectors "
                                                    "WHERE installment_id = ?"),
                                     {i.id})
                        .toString(),
                    Qt::ISODate);
                const QDate from =
                    latest.isValid() && latest > m_ctx.clock.today() ? latest : m_ctx.clock.today();
                SqlQuery(m_ctx.db, QStringLiteral("UPDATE installments SET collector_id = ? WHERE id = ?"))
                    .bind(c.salespersonId)
                    .bind(i.id)
                    .exec();
                current = AuditLog::snapshot(m_ctx.db, kInstallments, i.id);
                SqlQuery h(m_ctx.db,
                           QStringLiteral(
                               "INSERT INTO installment_collectors (installment_id, collector_id, from_on, "
                               "at, reason, note, user_id) VALUES (?,?,?,?,'contract',?,?)"));
                h.bind(i.id)
                    .bind(c.salespersonId)
                    .bind(iso(from))
                    .bind(ContractRepository::nowText(m_ctx.clock.now()))
                    .bind(tr("credited salesperson changed"))
                    .bind(SqlQuery::nullableId(m_ctx.session.userId))
                    .exec();
                const qint64 historyId = h.lastInsertId();
                audit.record(kCollectors, historyId, installmentLabel(c.contractNo, i.seq),
                             QStringLiteral("create"), {},
                             AuditLog::snapshot(m_ctx.db, kCollectors, historyId));
            }
            if (current != befores.value(i.id)) {
                audit.record(kInstallments, i.id, installmentLabel(c.contractNo, i.seq),
                             QStringLiteral("update"), befores.value(i.id), current);
                changedIds << i.id;
            }
        }
        for (const Installment& i : c.installments)
            if (i.id == 0)
                changedIds << insertInstallment(m_ctx, audit, c, i);

        notifyAfterCommit(tx, m_ctx.notifier, kContracts, {c.id});
        if (!changedIds.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, kInstallments, changedIds);
        tx.commit();
        return {};
    });
}

Status ContractService::setStatus(qint64 id, ContractStatus status)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditContracts))
            return Error::denied(tr("You may not edit contracts."));
        Transaction tx(m_ctx.db);
        const ContractRepository repo(m_ctx.db);
        const auto c = repo.load(id);
        if (!c)
            return contractNotFound(id);
        if (!LedgerScope(m_ctx).contract(id))
            return Error::denied(tr("You may not edit contract %1.").arg(c->contractNo));
        if (c->status == status)
            return {};
        const QString entity = QStringLiteral("contract:%1").arg(id);
        using S = ContractStatus;
        const bool allowed = (c->status == S::Draft && (status == S::Active || status == S::Cancelled)) ||
                             (c->status == S::Active && (status == S::Closed || status == S::Cancelled)) ||
                             (c->status == S::Closed && status == S::Active);
        if (!allowed)
            return Error::conflict(
                tr("Contract %1 is %2 and cannot become %3.")
                    .arg(c->contractNo, contractStatusName(c->status), contractStatusName(status)),
                entity);
        const QList<Installment> schedule = repo.installments(id);
        qint64 balance = 0, paid = 0, writtenOff = 0, disputed = 0, pending = 0;
        QList<qint64> ids;
        for (const Installment& i : schedule) {
            balance += i.balance();
            paid += i.paid;
            writtenOff += i.writtenOff;
            disputed += i.disputed;
            pending += i.pendingWriteOff;
            ids << i.id;
        }
        if (status == S::Active && c->status == S::Draft && c->signedOn > m_ctx.clock.today())
            return Error::conflict(
                tr("Contract %1 is signed on %2, after today; it becomes active once signed.")
                    .arg(c->contractNo, iso(c->signedOn)),
                entity);
        if (status == S::Closed && balance > 0)
            return Error::conflict(
                tr("Contract %1 still has %2 to collect; it can be closed once everything is paid "
                   "or written off.")
                    .arg(c->contractNo, money(balance)),
                entity);
        if (status == S::Cancelled) {
            if (paid > 0 || writtenOff > 0)
                return Error::conflict(tr("Contract %1 cannot be cancelled: %2 is paid and %3 written off.")
                                           .arg(c->contractNo, money(paid), money(writtenOff)),
                                       entity);
            if (disputed > 0 || pending > 0)
                return Error::conflict(
                    tr("Contract %1 cannot be cancelled while disputes or write-off requests on "
                       "it are open.")
                        .arg(c->contractNo),
                    entity);
        }
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kContracts, id);
        SqlQuery(m_ctx.db, QStringLiteral("UPDATE contracts SET status = ? WHERE id = ?"))
            .bind(contractStatusKey(status))
            .bind(id)
            .exec();
        AuditLog(m_ctx).record(kContracts, id, c->contractNo, QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kContracts, id));
        notifyAfterCommit(tx, m_ctx.notifier, kContracts, {id});
        notifyAfterCommit(tx, m_ctx.notifier, kInstallments, ids);
        tx.commit();
        return {};
    });
}

Result<QList<ContractAttachment>> ContractService::attachments(qint64 contractId) const
{
    return guarded([&]() -> Result<QList<ContractAttachment>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        const auto c = ContractRepository(m_ctx.db).load(contractId);
        if (!c)
            return contractNotFound(contractId);
        if (!LedgerScope(m_ctx).contract(contractId))
            return Error::denied(tr("You may not view contract %1.").arg(c->contractNo));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT id, contract_id, file_name, mime, length(content), added_at "
                                  "FROM contract_attachments WHERE contract_id = ? ORDER BY id DESC"));
        q.bind(contractId).exec();
        QList<ContractAttachment> list;
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.text(2), q.text(3), q.integer(4),
                         QDateTime::fromString(q.text(5), Qt::ISODate)});
        return list;
    });
}

Result<QByteArray> ContractService::attachmentContent(qint64 attachmentId) const
{
    return guarded([&]() -> Result<QByteArray> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT content, contract_id FROM contract_attachments WHERE id = ?"));
        q.bind(attachmentId).exec();
        if (!q.next())
            return Error::notFound(tr("Document %1 does not exist.").arg(attachmentId),
                                   QStringLiteral("contract_attachment:%1").arg(attachmentId));
        if (!LedgerScope(m_ctx).contract(q.integer(1)))
            return Error::denied(tr("You may not view this document."));
        return q.value(0).toByteArray();
    });
}

Result<qint64> ContractService::addAttachment(qint64 contractId, const QString& fileName,
                                              const QString& mimeType, const QByteArray& content)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditContracts))
            return Error::denied(tr("You may not edit contracts."));
        const QString name = QFileInfo(notNull(fileName).trimmed()).fileName();
        QList<FieldProblem> problems;
        if (name.isEmpty())
            problems << problem(0, "file_name", fileName, tr("the file name is required"));
        if (content.isEmpty())
            problems << problem(0, "content", name, tr("the file %1 is empty").arg(name));
        if (content.size() > kMaxAttachmentBytes)
            problems << problem(
                0, "content", name,
                tr("the file %1 is larger than %2 MB").arg(name).arg(kMaxAttachmentBytes / (1024 * 1024)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The document cannot be added."), problems);

        Transaction tx(m_ctx.db);
        const auto c = ContractRepository(m_ctx.db).load(contractId);
        if (!c)
            return contractNotFound(contractId);
        if (!LedgerScope(m_ctx).contract(contractId))
            return Error::denied(tr("You may not edit contract %1.").arg(c->contractNo));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO contract_attachments (contract_id, file_name, mime, content, "
                                  "added_at, user_id) VALUES (?,?,?,?,?,?)"));
        q.bind(contractId)
            .bind(name)
            .bind(notNull(mimeType).trimmed().isEmpty() ? QStringLiteral("application/octet-stream")
                                                        : mimeType.trimmed())
            .bind(content)
            .bind(ContractRepository::nowText(m_ctx.clock.now()))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kAttachments, id, c->contractNo + QLatin1Char('/') + name,
                               QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kAttachments, id));
        notifyAfterCommit(tx, m_ctx.notifier, kContracts, {contractId});
        tx.commit();
        return id;
    });
}

Status ContractService::removeAttachment(qint64 attachmentId)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditContracts))
            return Error::denied(tr("You may not edit contracts."));
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT a.file_name, c.id, c.contract_no FROM contract_attachments a "
                                  "JOIN contracts c ON c.id = a.contract_id WHERE a.id = ?"));
        q.bind(attachmentId).exec();
        if (!q.next())
            return Error::notFound(tr("Document %1 does not exist.").arg(attachmentId),
                                   QStringLiteral("contract_attachment:%1").arg(attachmentId));
        const qint64 contractId = q.integer(1);
        const QString label = q.text(2) + QLatin1Char('/') + q.text(0);
        if (!LedgerScope(m_ctx).contract(contractId))
            return Error::denied(tr("You may not edit this document."));
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kAttachments, attachmentId);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM contract_attachments WHERE id = ?"))
            .bind(attachmentId)
            .exec();
        AuditLog(m_ctx).record(kAttachments, attachmentId, label, QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, kContracts, {contractId});
        tx.commit();
        return {};
    });
}

} // namespace tl::core

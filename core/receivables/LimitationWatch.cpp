#include "receivables/LimitationWatch.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "receivables/ReceivableSql.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <QHash>

#include <algorithm>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

constexpr int kLimitationYears = 3; // 民法典 Art. 188

QString demandKindName(const QString& kind)
{
    if (kind == QLatin1String("dunning_letter"))
        return LimitationWatch::tr("Dunning letter");
    if (kind == QLatin1String("repayment_plan"))
        return LimitationWatch::tr("Repayment plan");
    if (kind == QLatin1String("lawsuit"))
        return LimitationWatch::tr("Lawsuit or arbitration");
    return LimitationWatch::tr("Payment demand");
}

struct Interruption
{
    QDate on;
    LimitationWatch::Basis basis = LimitationWatch::Basis::LastDue;
    QString reference;
    QString reason;
};

void consider(Interruption& latest, const Interruption& candidate)
{
    if (candidate.on.isValid() && (!latest.on.isValid() || candidate.on > latest.on))
        latest = candidate;
}

// Items of the contracts chosen by `where` (on contracts c; values in whereArgs), counting as of asOf and
// with an instalment in the session's scope. openOnly: only contracts with a balance > 0 as of asOf.
QList<LimitationWatch::Item> collect(const Context& ctx, const QDate& asOf, int warnDays,
                                     const QString& where, const QVariantList& whereArgs, bool openOnly)
{
    const bool cache = R::cacheCovers(ctx.db, asOf);
    QVariantList args;
    QString sql =
        QStringLiteral("SELECT c.id, c.contract_no, c.customer_id, cu.code, cu.name, c.salesperson_id, "
                       "(SELECT sum(CASE WHEN b > 0 THEN b ELSE 0 END) FROM (SELECT %1 AS b FROM "
                       "installments i WHERE i.contract_id = c.id)), "
                       "(SELECT max(x.due_on) FROM installments x WHERE x.contract_id = c.id) AS last_due "
                       "FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE ")
            .arg(R::balance(cache, asOf, args));
    sql += R::contractCounts(asOf, args);
    if (!R::seesAll(ctx.session)) {
        QVariantList scopeArgs;
        const QString scope = R::collectorScope(ctx.session, QStringLiteral("i.collector_id"), scopeArgs);
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM installments i WHERE i.contract_id = c.id AND %1)")
                   .arg(scope);
        args << scopeArgs;
    }
    if (openOnly && cache)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM installments i WHERE i.contract_id = c.id AND "
                              "i.paid_total + i.written_off_total < i.amount)");
    sql += QStringLiteral(" AND ") + where;
    args << whereArgs;

    QList<LimitationWatch::Item> items;
    QHash<qint64, qsizetype> byContract;
    QList<qint64> contractIds;
    QList<qint64> customerIds;
    {
        R::Reader r(ctx.db, sql, args);
        while (r.next()) {
            LimitationWatch::Item item;
            item.contractId = r.integer(0);
            item.contractNo = r.text(1);
            item.customerId = r.integer(2);
            item.customerCode = r.text(3);
            item.customerName = r.text(4);
            item.salespersonId = r.integer(5);
            item.balance = r.integer(6);
            item.lastDueOn = r.date(7);
            if (openOnly && item.balance <= 0)
                continue;
            byContract.insert(item.contractId, items.size());
            contractIds << item.contractId;
            if (!customerIds.contains(item.customerId))
                customerIds << item.customerId;
            items << item;
        }
    }
    if (items.isEmpty())
        return items;

    QHash<qint64, Interruption> latest;
    const QString contracts = R::idArray(contractIds);
    {
        // Payments (not reversed as of asOf) with an allocation to the contract.
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT i.contract_id, p.received_on, p.payment_no FROM allocations a "
                           "JOIN installments i ON i.id = a.installment_id JOIN payments p ON p.id = "
                           "a.payment_id WHERE i.contract_id IN (SELECT value FROM json_each(?)) AND "
                           "a.amount > 0 AND a.on_date <= ? AND p.received_on <= ? AND NOT EXISTS (SELECT "
                           "1 FROM payment_reversals pr WHERE pr.payment_id = p.id AND pr.reversed_on <= ?)"),
            {contracts, asOf, asOf, asOf});
        while (r.next()) {
            const QDate on = r.date(1);
            consider(latest[r.integer(0)],
                     {on, LimitationWatch::Basis::Payment, r.text(2),
                      LimitationWatch::tr("Payment %1 received on %2").arg(r.text(2), R::iso(on))});
        }
    }
    {
        // Letters confirmed (also with a difference) listing one of the contract's instalments.
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT DISTINCT i.contract_id, l.confirmed_on, l.letter_no FROM letter_items li "
                           "JOIN letters l ON l.id = li.letter_id JOIN installments i ON i.id = "
                           "li.installment_id WHERE i.contract_id IN (SELECT value FROM json_each(?)) AND "
                           "l.status IN ('confirmed', 'difference') AND l.confirmed_on <= ?"),
            {contracts, asOf});
        while (r.next()) {
            const QDate on = r.date(1);
            consider(latest[r.integer(0)],
                     {on, LimitationWatch::Basis::Letter, r.text(2),
                      LimitationWatch::tr("Letter %1 confirmed on %2").arg(r.text(2), R::iso(on))});
        }
    }
    {
        // Demands for the customer's receivables (contract_id NULL) or for this contract.
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT customer_id, contract_id, on_date, kind, method FROM payment_demands "
                           "WHERE customer_id IN (SELECT value FROM json_each(?)) AND on_date <= ?"),
            {R::idArray(customerIds), asOf});
        while (r.next()) {
            const qint64 customer = r.integer(0);
            const qint64 contract = r.isNull(1) ? 0 : r.integer(1);
            const QDate on = r.date(2);
            const QString kind = r.text(3);
            const QString method = r.text(4);
            const QString what = method.isEmpty()
                                     ? demandKindName(kind)
                                     : LimitationWatch::tr("%1 (%2)").arg(demandKindName(kind), method);
            const Interruption demand{on, LimitationWatch::Basis::Demand, kind,
                                      LimitationWatch::tr("%1 on %2").arg(what, R::iso(on))};
            if (contract != 0) {
                if (byContract.contains(contract))
                    consider(latest[contract], demand);
            } else {
                for (const LimitationWatch::Item& item : items)
                    if (item.customerId == customer)
                        consider(latest[item.contractId], demand);
            }
        }
    }

    for (LimitationWatch::Item& item : items) {
        const Interruption last = latest.value(item.contractId);
        item.lastInterruption = last.on;
        if (last.on.isValid() && (!item.lastDueOn.isValid() || last.on > item.lastDueOn)) {
            item.basis = last.basis;
            item.reference = last.reference;
            item.reason = last.reason;
        } else {
            item.basis = LimitationWatch::Basis::LastDue;
            item.reason = LimitationWatch::tr("Last instalment due on %1").arg(R::iso(item.lastDueOn));
        }
        item.deadline = LimitationWatch::deadlineFor(item.lastDueOn, item.lastInterruption);
        item.warnFrom = item.deadline.addDays(-warnDays);
        item.daysLeft = int(asOf.daysTo(item.deadline));
        item.state = asOf > item.deadline    ? LimitationWatch::State::Expired
                     : asOf >= item.warnFrom ? LimitationWatch::State::Warning
                                             : LimitationWatch::State::Running;
    }
    return items;
}

Result<int> warnDaysSetting(const Context& ctx)
{
    return CompanyService(ctx).intSetting(QString(SettingKey::LimitationWarnDays));
}

} // namespace

QString LimitationWatch::stateKey(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString LimitationWatch::stateName(State state)
{
    switch (state) {
    case State::Running:
        return tr("Running");
    case State::Warning:
        return tr("Expiring soon");
    case State::Expired:
        return tr("Expired");
    }
    return {};
}

QString LimitationWatch::basisKey(Basis basis)
{
    switch (basis) {
    case Basis::LastDue:
        return QStringLiteral("last_due");
    case Basis::Payment:
        return QStringLiteral("payment");
    case Basis::Letter:
        return QStringLiteral("letter");
    case Basis::Demand:
        return QStringLiteral("demand");
    }
    return {};
}

QDate LimitationWatch::deadlineFor(const QDate& lastDueOn, const QDate& lastInterruption)
{
    QDate start = lastDueOn;
    if (lastInterruption.isValid() && (!start.isValid() || lastInterruption > start))
        start = lastInterruption;
    return start.isValid() ? start.addYears(kLimitationYears) : QDate();
}

Result<LimitationWatch::Item> LimitationWatch::forContract(qint64 contractId, const QDate& asOf) const
{
    return guarded([&]() -> Result<Item> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        auto warn = warnDaysSetting(m_ctx);
        if (!warn)
            return warn.error();
        const QList<Item> items =
            collect(m_ctx, asOf, warn.value(), QStringLiteral("c.id = ?"), {contractId}, false);
        if (items.isEmpty())
            return Error::notFound(
                tr("No signed contract with this id is visible to you as of %1.").arg(R::iso(asOf)),
                QStringLiteral("contract:%1").arg(contractId));
        return items.first();
    });
}

Result<QList<LimitationWatch::Item>> LimitationWatch::expiring(const QDate& asOf, int withinDays,
                                                               bool includeExpired, qint64 collectorId,
                                                               qint64 customerId) const
{
    return guarded([&]() -> Result<QList<Item>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        auto warn = warnDaysSetting(m_ctx);
        if (!warn)
            return warn.error();
        const int within = withinDays < 0 ? warn.value() : withinDays;
        const QDate horizon = asOf.addDays(within);
        // deadline <= horizon needs lastDue + 3 years <= horizon (a day of slack for 29 February): contracts
        // with an instalment due by then (a range of installments_due, small next to all contracts), whose
        // last instalment is due by then too.
        const QDate cutoff = horizon.addYears(-kLimitationYears).addDays(1);
        QString where =
            QStringLiteral("c.id IN (SELECT w.contract_id FROM installments w WHERE w.due_on <= ?) AND "
                           "(SELECT max(x.due_on) FROM installments x WHERE x.contract_id = c.id) <= ?");
        QVariantList args{cutoff, cutoff};
        if (collectorId > 0) {
            where +=
                QStringLiteral(" AND EXISTS (SELECT 1 FROM installments y WHERE y.contract_id = c.id AND "
                               "y.collector_id = ?)");
            args << collectorId;
        }
        if (customerId > 0) {
            where += QStringLiteral(" AND c.customer_id = ?");
            args << customerId;
        }
        QList<Item> items;
        for (const Item& item : collect(m_ctx, asOf, warn.value(), where, args, true))
            if (item.deadline <= horizon && (includeExpired || item.state != State::Expired))
                items << item;
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            return a.deadline != b.deadline ? a.deadline < b.deadline : a.contractNo < b.contractNo;
        });
        return items;
    });
}

} // namespace tl::core

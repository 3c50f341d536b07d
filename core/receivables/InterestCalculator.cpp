#include "receivables/InterestCalculator.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "money/Rate.h"
#include "money/Rounding.h"
#include "receivables/ReceivableSql.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <QHash>

#include <algorithm>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

constexpr qint64 kDayCountDenominator = Rate::PpmPerUnit * 365;

} // namespace

qint64 InterestCalculator::fenDays(qint64 amount, const QDate& due, const QList<BalanceChange>& changes,
                                   const QDate& asOf, int* overdueDays)
{
    if (overdueDays)
        *overdueDays = 0;
    if (!due.isValid() || !asOf.isValid() || asOf <= due)
        return 0;
    QList<BalanceChange> sorted;
    for (const BalanceChange& c : changes)
        if (c.on.isValid() && c.on <= asOf)
            sorted << c;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const BalanceChange& a, const BalanceChange& b) { return a.on < b.on; });

    // Day d bears the balance owed at its start: the amount and every change dated before d.
    qint64 balance = amount;
    qsizetype next = 0;
    for (; next < sorted.size() && sorted.at(next).on <= due; ++next)
        balance += sorted.at(next).delta;
    qint64 total = 0;
    int days = 0;
    QDate start = due.addDays(1);
    const auto bear = [&](const QDate& last) { // days start..last at the current balance
        const qint64 n = start.daysTo(last) + 1;
        if (n > 0 && balance > 0) {
            total += balance * n;
            days += int(n);
        }
    };
    while (next < sorted.size()) {
        const QDate on = sorted.at(next).on;
        bear(on);
        for (; next < sorted.size() && sorted.at(next).on == on; ++next)
            balance += sorted.at(next).delta;
        start = on.addDays(1);
    }
    bear(asOf);
    if (overdueDays)
        *overdueDays = days;
    return total;
}

qint64 InterestCalculator::interestFor(qint64 fenDaysValue, qint64 ratePpm)
{
    if (fenDaysValue <= 0 || ratePpm <= 0)
        return 0;
    return applyRatio(Money::fromFen(fenDaysValue), ratePpm, kDayCountDenominator, Rounding::HalfUpFen).fen();
}

Result<qint64> InterestCalculator::defaultRatePpm() const
{
    auto rate = CompanyService(m_ctx).intSetting(QString(SettingKey::DefaultInterestRatePpm));
    if (!rate)
        return rate.error();
    return qint64(rate.value());
}

QString InterestCalculator::methodText(qint64 ratePpm)
{
    return tr("Simple daily interest at %1% a year (actual/365) on the overdue principal from the day after "
              "the due date")
        .arg(Rate::fromPpm(ratePpm).percentText());
}

InterestCalculator::Totals InterestCalculator::total(const QList<Line>& lines)
{
    Totals t;
    for (const Line& l : lines) {
        t.principal += l.principal;
        t.accrued += l.accrued;
        t.settled += l.settled;
        t.outstanding += l.outstanding;
    }
    return t;
}

namespace {

// Lines of the instalments matching `where` (on installments i), in scope, of contracts counting as of asOf.
QList<InterestCalculator::Line> compute(const Context& ctx, const QDate& asOf, qint64 defaultRate,
                                        const QString& where, const QVariantList& whereArgs)
{
    QVariantList args;
    QString ids =
        QStringLiteral("SELECT i.id FROM installments i JOIN contracts c ON c.id = i.contract_id WHERE ");
    ids += R::contractCounts(asOf, args);
    ids += QStringLiteral(" AND ") + R::collectorScope(ctx.session, QStringLiteral("i.collector_id"), args);
    ids += QStringLiteral(" AND ") + where;
    args << whereArgs;

    QList<InterestCalculator::Line> lines;
    {
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT i.id, i.contract_id, c.contract_no, i.seq, i.customer_id, "
                           "i.collector_id, i.due_on, i.amount, c.interest_rate_ppm FROM installments i "
                           "JOIN contracts c ON c.id = i.contract_id WHERE i.id IN (%1) "
                           "ORDER BY i.due_on, c.contract_no, i.seq")
                .arg(ids),
            args);
        while (r.next()) {
            InterestCalculator::Line l;
            l.installmentId = r.integer(0);
            l.contractId = r.integer(1);
            l.contractNo = r.text(2);
            l.seq = int(r.integer(3));
            l.customerId = r.integer(4);
            l.collectorId = r.integer(5);
            l.dueOn = r.date(6);
            l.amount = r.integer(7);
            l.contractRate = !r.isNull(8);
            l.ratePpm = l.contractRate ? r.integer(8) : defaultRate;
            lines << l;
        }
    }
    if (lines.isEmpty())
        return lines;

    QHash<qint64, QList<InterestCalculator::BalanceChange>> changes;
    {
        QVariantList a = args;
        a << asOf;
        a << args;
        a << asOf;
        R::Reader r(
            ctx.db,
            QStringLiteral("SELECT installment_id, on_date, -amount FROM allocations WHERE installment_id "
                           "IN (%1) AND on_date <= ? UNION ALL SELECT installment_id, decided_on, -amount "
                           "FROM write_offs WHERE installment_id IN (%1) AND +status = 'approved' AND "
                           "+decided_on <= ?")
                .arg(ids),
            a);
        while (r.next())
            changes[r.integer(0)] << InterestCalculator::BalanceChange{r.date(1), r.integer(2)};
    }
    QHash<qint64, qint64> settled;
    {
        QVariantList a = args;
        a << asOf;
        R::Reader r(ctx.db,
                    QStringLiteral("SELECT installment_id, sum(amount) FROM interest_settlements WHERE "
                                   "installment_id IN (%1) AND on_date <= ? GROUP BY installment_id")
                        .arg(ids),
                    a);
        while (r.next())
            settled.insert(r.integer(0), r.integer(1));
    }

    for (InterestCalculator::Line& l : lines) {
        const QList<InterestCalculator::BalanceChange> c = changes.value(l.installmentId);
        qint64 balance = l.amount;
        for (const auto& change : c)
            balance += change.delta;
        l.principal = std::max<qint64>(balance, 0);
        l.fenDays = InterestCalculator::fenDays(l.amount, l.dueOn, c, asOf, &l.overdueDays);
        l.accrued = InterestCalculator::interestFor(l.fenDays, l.ratePpm);
        l.settled = settled.value(l.installmentId);
        l.outstanding = l.accrued - l.settled;
    }
    return lines;
}

} // namespace

Result<InterestCalculator::Line> InterestCalculator::forInstallment(qint64 installmentId,
                                                                    const QDate& asOf) const
{
    return guarded([&]() -> Result<Line> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        const qint64 collector = R::scalarInteger(
            m_ctx.db, QStringLiteral("SELECT collector_id FROM installments WHERE id = ?"), {installmentId});
        if (collector == 0)
            return Error::notFound(tr("The instalment does not exist."),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!R::seesAll(m_ctx.session) && !OpportunityScope(m_ctx.session).includes(m_ctx.db, collector))
            return Error::denied(tr("You may not view the receivables this employee collects."));
        auto rate = defaultRatePpm();
        if (!rate)
            return rate.error();
        const QList<Line> lines =
            compute(m_ctx, asOf, rate.value(), QStringLiteral("i.id = ?"), {installmentId});
        if (lines.isEmpty())
            return Error::notFound(
                tr("The instalment's contract is not signed or is cancelled as of %1.").arg(R::iso(asOf)),
                QStringLiteral("installment:%1").arg(installmentId));
        return lines.first();
    });
}

namespace {

Result<QList<InterestCalculator::Line>> listFor(const Context& ctx, const InterestCalculator& calc,
                                                const QDate& asOf, const QString& where, qint64 id)
{
    return guarded([&]() -> Result<QList<InterestCalculator::Line>> {
        if (!ctx.session.can(Permission::ViewReceivables))
            return Error::denied(InterestCalculator::tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(InterestCalculator::tr("The as-of date is not a valid date."));
        auto rate = calc.defaultRatePpm();
        if (!rate)
            return rate.error();
        QList<InterestCalculator::Line> lines;
        for (const InterestCalculator::Line& l : compute(ctx, asOf, rate.value(), where, {id}))
            if (l.outstanding != 0 || (l.principal > 0 && l.dueOn < asOf))
                lines << l;
        return lines;
    });
}

} // namespace

Result<QList<InterestCalculator::Line>> InterestCalculator::forContract(qint64 contractId,
                                                                        const QDate& asOf) const
{
    return listFor(m_ctx, *this, asOf, QStringLiteral("i.contract_id = ?"), contractId);
}

Result<QList<InterestCalculator::Line>> InterestCalculator::forCustomer(qint64 customerId,
                                                                        const QDate& asOf) const
{
    return listFor(m_ctx, *this, asOf, QStringLiteral("i.customer_id = ?"), customerId);
}

Result<QList<InterestCalculator::Line>> InterestCalculator::forCollector(qint64 collectorId,
                                                                         const QDate& asOf) const
{
    if (collectorId > 0 && !R::seesAll(m_ctx.session)) {
        auto in = guarded([&]() -> Result<bool> {
            return OpportunityScope(m_ctx.session).includes(m_ctx.db, collectorId);
        });
        if (!in)
            return in.error();
        if (!in.value())
            return Error::denied(tr("You may not view the receivables this employee collects."));
    }
    return listFor(m_ctx, *this, asOf, QStringLiteral("i.collector_id = ?"), collectorId);
}

} // namespace tl::core

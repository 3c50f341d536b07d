#include "receivables/RiskScore.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "money/MoneyFormat.h"
#include "receivables/ReceivableSql.h"

#include <QStringList>

#include <algorithm>

namespace tl::core {

namespace {

namespace R = ReceivableSql;

constexpr int kLateWeight = 30;
constexpr int kDaysLateWeight = 20;
constexpr int kDaysLateCap = 90;
constexpr int kOverdueWeight = 25;
constexpr int kDisputeWeight = 10;
constexpr int kDisputeEach = 5;
constexpr int kLetterWeight = 15;
constexpr int kLetterEach = 5;

// numerator ÷ denominator rounded half-up (both >= 0, denominator > 0).
qint64 halfUp(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

} // namespace

RiskScore::Level RiskScore::levelOf(int score)
{
    return score < 30 ? Level::Low : score < 60 ? Level::Medium : Level::High;
}

QString RiskScore::levelKey(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("low");
    case Level::Medium:
        return QStringLiteral("medium");
    case Level::High:
        return QStringLiteral("high");
    }
    return {};
}

QString RiskScore::levelName(Level level)
{
    switch (level) {
    case Level::Low:
        //: Customer risk level
        return tr("Low");
    case Level::Medium:
        //: Customer risk level
        return tr("Medium");
    case Level::High:
        //: Customer risk level
        return tr("High");
    }
    return {};
}

void RiskScore::score(Risk& risk)
{
    risk.latePoints =
        risk.paidCount > 0 ? int(halfUp(qint64(kLateWeight) * risk.paidLateCount, risk.paidCount)) : 0;
    if (risk.paidCount <= 0)
        risk.daysLatePoints = 0;
    else if (risk.daysLateSum >= qint64(kDaysLateCap) * risk.paidCount)
        risk.daysLatePoints = kDaysLateWeight;
    else
        risk.daysLatePoints =
            int(halfUp(qint64(kDaysLateWeight) * risk.daysLateSum, qint64(kDaysLateCap) * risk.paidCount));
    risk.overduePoints = risk.openBalance > 0
                             ? int(halfUp(qint64(kOverdueWeight) * risk.overdueBalance, risk.openBalance))
                             : 0;
    risk.disputePoints = std::min(kDisputeWeight, kDisputeEach * risk.openDisputes);
    risk.letterPoints = std::min(kLetterWeight, kLetterEach * risk.unansweredLetters);
    risk.score = std::clamp(risk.latePoints + risk.daysLatePoints + risk.overduePoints + risk.disputePoints +
                                risk.letterPoints,
                            0, 100);
    risk.level = levelOf(risk.score);
}

int RiskScore::baseBp(int daysPastDue)
{
    if (daysPastDue <= 0)
        return 9800;
    if (daysPastDue <= 30)
        return 9500;
    if (daysPastDue <= 60)
        return 9000;
    if (daysPastDue <= 90)
        return 8000;
    if (daysPastDue <= 180)
        return 6000;
    if (daysPastDue <= 365)
        return 4000;
    return 1500;
}

int RiskScore::collectionBp(int daysPastDue, int score)
{
    const int s = std::clamp(score, 0, 100);
    return int(halfUp(qint64(baseBp(daysPastDue)) * (200 - s), 200));
}

QString RiskScore::formulaText()
{
    return tr(
        "Risk score 0–100 = 30 × share of paid instalments paid late + 20 × average days late (capped at "
        "90) ÷ 90 + 25 × overdue share of the open balance + 5 per open dispute (at most 10) + 5 per letter "
        "unanswered after its reply date (at most 15). Low below 30, medium below 60, high from 60.");
}

QString RiskScore::Risk::explain() const
{
    QStringList lines;
    lines << tr("Paid late: %1 of %2 paid instalments: %3 of 30 points.")
                 .arg(paidLateCount)
                 .arg(paidCount)
                 .arg(latePoints);
    const qint64 average = paidCount > 0 ? halfUp(daysLateSum, paidCount) : 0;
    lines << tr("Average days late of paid instalments: %1 (capped at 90): %2 of 20 points.")
                 .arg(average)
                 .arg(daysLatePoints);
    lines << tr("Overdue: %1 of the open balance of %2: %3 of 25 points.")
                 .arg(formatMoney(Money::fromFen(overdueBalance)), formatMoney(Money::fromFen(openBalance)))
                 .arg(overduePoints);
    lines << tr("Open disputes: %n, %1 of 10 points.", nullptr, openDisputes).arg(disputePoints);
    lines << tr("Letters unanswered after the reply date: %n, %1 of 15 points.", nullptr, unansweredLetters)
                 .arg(letterPoints);
    lines << tr("Score %1 of 100: %2 risk.").arg(score).arg(levelName(level));
    return lines.join(QLatin1Char('\n'));
}

Result<QHash<qint64, RiskScore::Risk>> RiskScore::forCustomers(const QList<qint64>& customerIds,
                                                               const QDate& asOf) const
{
    return guarded([&]() -> Result<QHash<qint64, Risk>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        if (!asOf.isValid())
            return Error::invalid(tr("The as-of date is not a valid date."));
        QHash<qint64, Risk> risks;
        for (qint64 id : customerIds) {
            Risk r;
            r.customerId = id;
            r.asOf = asOf;
            risks.insert(id, r);
        }
        if (customerIds.isEmpty())
            return risks;
        const QString ids = R::idArray(customerIds);
        const bool cache = R::cacheCovers(m_ctx.db, asOf);

        // The instalments: amount, due, balance and the last allocation date as of asOf.
        {
            QVariantList args;
            const QString paid = R::paid(cache, asOf, args);
            const QString writtenOff = R::writtenOff(cache, asOf, args);
            args << asOf;
            QString sql =
                QStringLiteral("SELECT i.customer_id, i.due_on, i.amount, %1, %2, (SELECT max(a.on_date) "
                               "FROM allocations a WHERE a.installment_id = i.id AND a.on_date <= ?) "
                               "FROM installments i JOIN contracts c ON c.id = i.contract_id WHERE "
                               "i.customer_id IN (SELECT value FROM json_each(?)) AND ")
                    .arg(paid, writtenOff);
            args << ids;
            sql += R::contractCounts(asOf, args);
            sql += QStringLiteral(" AND ") +
                   R::collectorScope(m_ctx.session, QStringLiteral("i.collector_id"), args);
            R::Reader r(m_ctx.db, sql, args);
            while (r.next()) {
                Risk& risk = risks[r.integer(0)];
                const QDate due = r.date(1);
                const qint64 amount = r.integer(2);
                const qint64 paidAmount = r.integer(3);
                const qint64 balance = amount - paidAmount - r.integer(4);
                if (balance > 0) {
                    risk.openBalance += balance;
                    if (due < asOf)
                        risk.overdueBalance += balance;
                } else if (paidAmount > 0) {
                    const QDate paidOn = r.date(5);
                    const qint64 late = paidOn.isValid() ? std::max<qint64>(0, due.daysTo(paidOn)) : 0;
                    ++risk.paidCount;
                    if (late > 0)
                        ++risk.paidLateCount;
                    risk.daysLateSum += late;
                }
            }
        }
        // Open disputes as of asOf on those instalments.
        {
            QVariantList args{asOf, asOf, ids};
            QString sql =
                QStringLiteral("SELECT i.customer_id, count(*) FROM disputes d JOIN installments i ON "
                               "i.id = d.installment_id WHERE d.opened_on <= ? AND (d.resolved_on IS "
                               "NULL OR d.resolved_on > ?) AND i.customer_id IN (SELECT value FROM "
                               "json_each(?)) AND ");
            sql += R::collectorScope(m_ctx.session, QStringLiteral("i.collector_id"), args);
            sql += QStringLiteral(" GROUP BY i.customer_id");
            R::Reader r(m_ctx.db, sql, args);
            while (r.next())
                risks[r.integer(0)].openDisputes = int(r.integer(1));
        }
        // Letters sent and not answered by their reply date.
        {
            R::Reader r(m_ctx.db,
                        QStringLiteral(
                            "SELECT customer_id, count(*) FROM letters WHERE customer_id IN (SELECT "
                            "value FROM json_each(?)) AND +status IN ('sent', 'no_reply') AND reply_by < ? "
                            "AND (sent_on IS NULL OR sent_on <= ?) GROUP BY customer_id"),
                        {ids, asOf, asOf});
            while (r.next())
                risks[r.integer(0)].unansweredLetters = int(r.integer(1));
        }
        for (Risk& risk : risks)
            score(risk);
        return risks;
    });
}

Result<RiskScore::Risk> RiskScore::forCustomer(qint64 customerId, const QDate& asOf) const
{
    auto risks = forCustomers({customerId}, asOf);
    if (!risks)
        return risks.error();
    return risks->value(customerId);
}

} // namespace tl::core

#include "customers/FunnelReport.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/DepartmentService.h"

#include <QStringList>

#include <array>

namespace tl::core {

namespace {

// The funnel's stages in order; "lost" is reported beside them, not as a stage.
const std::array<QLatin1String, 5> kStages{QLatin1String("contact"), QLatin1String("research"),
                                           QLatin1String("proposal"), QLatin1String("negotiation"),
                                           QLatin1String("won")};
constexpr int kWon = 4;
constexpr qint64 kMillion = 1000000;

// The position of a stage in the funnel; lost (and anything else) does not move an opportunity forward.
QString stageIndexSql(const QString& column)
{
    return QStringLiteral("(CASE %1 WHEN 'research' THEN 1 WHEN 'proposal' THEN 2 WHEN 'negotiation' THEN 3 "
                          "WHEN 'won' THEN 4 ELSE 0 END)")
        .arg(column);
}

} // namespace

// How far each opportunity got ("reached"), from its stage history (opportunity_stages) and its current
// stage:
//  - the furthest stage it ever entered counts, and every earlier stage counts as passed: an opportunity
//    that jumped from contact straight to proposal has reached research too (it could not have been
//    proposed without knowing the needs), and one that was lost during negotiation has reached negotiation;
//  - "won" counts only opportunities won now: a won deal that was reopened counts up to negotiation;
//  - every opportunity created in the period has reached contact.
// Lost: opportunities lost now, with their amounts. Amounts are the opportunities' current amounts.
//
// Conversion from stage k-1 to stage k in parts per million, integers only, rounded half-up:
//   ppm = floor((reached[k] × 1,000,000 × 2 + reached[k-1]) / (reached[k-1] × 2)), 0 when reached[k-1] = 0;
// e.g. 2 of 3 -> 666,667; 1 of 8 -> 125,000. The first stage is 1,000,000 (0 when nothing was created).
Result<FunnelReport::Funnel> FunnelReport::compute(const QDate& from, const QDate& to, qint64 employeeId,
                                                   qint64 departmentId) const
{
    return guarded([&]() -> Result<Funnel> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view the sales funnel."));
        if (!from.isValid() || !to.isValid() || from > to)
            return Error::invalid(tr("The period of the funnel is not valid."));

        const OpportunityScope scope(m_ctx.session);
        QVariantList args{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
        QString where = QStringLiteral("o.created_on BETWEEN ? AND ?");
        if (employeeId > 0) {
            const QVariant name = SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT name FROM employees WHERE id = ?"), {employeeId});
            if (!name.isValid())
                return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                       QStringLiteral("employee:%1").arg(employeeId));
            if (!scope.includes(m_ctx.db, employeeId))
                return Error::denied(tr("You may not view the funnel of %1.").arg(name.toString()));
            where += QStringLiteral(" AND o.owner_id = ?");
            args << employeeId;
        }
        if (departmentId > 0) {
            const auto subtree = DepartmentService(m_ctx).subtree(departmentId);
            if (!subtree)
                return subtree.error();
            if (!scope.includesDepartment(departmentId))
                return Error::denied(tr("You may not view the funnel of this department."));
            QStringList marks;
            for (qint64 id : *subtree) {
                marks << QStringLiteral("?");
                args << id;
            }
            where += QStringLiteral(" AND e.department_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        where += QStringLiteral(" AND ") +
                 scope.condition(QStringLiteral("o.owner_id"), QStringLiteral("e.department_id"), args);

        const QString reached =
            QStringLiteral("CASE WHEN o.stage = 'won' THEN 4 ELSE min(3, max(%1, coalesce((SELECT max(%2) "
                           "FROM opportunity_stages s WHERE s.opportunity_id = o.id), 0))) END")
                .arg(stageIndexSql(QStringLiteral("o.stage")), stageIndexSql(QStringLiteral("s.to_stage")));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT reached, lost, count(*), sum(amount) FROM ("
                                  "SELECT %1 AS reached, o.stage = 'lost' AS lost, o.amount AS amount "
                                  "FROM opportunities o JOIN employees e ON e.id = o.owner_id WHERE %2) "
                                  "GROUP BY reached, lost")
                       .arg(reached, where));
        for (const QVariant& a : std::as_const(args))
            q.bind(a);
        q.exec();

        std::array<qint64, kStages.size()> counts{};
        std::array<Money, kStages.size()> amounts{};
        Funnel funnel;
        funnel.from = from;
        funnel.to = to;
        while (q.next()) {
            const int furthest = int(q.integer(0));
            const qint64 count = q.integer(2);
            const Money amount = Money::fromFen(q.integer(3));
            for (int k = 0; k <= furthest && k <= kWon; ++k) {
                counts[k] += count;
                amounts[k] += amount;
            }
            if (q.integer(1) != 0) {
                funnel.lost += int(count);
                funnel.lostAmount += amount;
            }
        }
        for (int k = 0; k <= kWon; ++k) {
            Stage stage;
            stage.stage = kStages[k];
            stage.reached = int(counts[k]);
            stage.amount = amounts[k];
            if (k == 0)
                stage.conversionPpm = counts[0] > 0 ? int(kMillion) : 0;
            else if (counts[k - 1] > 0)
                stage.conversionPpm = int((counts[k] * kMillion * 2 + counts[k - 1]) / (counts[k - 1] * 2));
            funnel.stages << stage;
        }
        return funnel;
    });
}

} // namespace tl::core

#include "customers/OpportunityService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <optional>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("opportunities");
const QString kStages = QStringLiteral("opportunity_stages");

// The joined columns of one opportunity, plus its customer's current owner (for the scope).
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.customer_id, cu.code, cu.name, o.owner_id, e.name, o.name, o.amount, o.stage, "
    "o.expected_close_on, o.created_on, o.closed_on, o.note, cu.owner_id "
    "FROM opportunities o JOIN customers cu ON cu.id = o.customer_id JOIN employees e ON e.id = o.owner_id ");

struct Loaded
{
    Opportunity opportunity;
    qint64 customerOwnerId = 0;
};

Loaded readRow(const SqlQuery& q)
{
    Loaded l;
    Opportunity& o = l.opportunity;
    o.id = q.integer(0);
    o.customerId = q.integer(1);
    o.customerCode = q.text(2);
    o.customerName = q.text(3);
    o.ownerId = q.integer(4);
    o.ownerName = q.text(5);
    o.name = q.text(6);
    o.amount = Money::fromFen(q.integer(7));
    o.stage = q.text(8);
    o.expectedCloseOn = QDate::fromString(q.text(9), Qt::ISODate);
    o.createdOn = QDate::fromString(q.text(10), Qt::ISODate);
    o.closedOn = QDate::fromString(q.text(11), Qt::ISODate);
    o.note = q.text(12);
    l.customerOwnerId = q.isNull(13) ? 0 : q.integer(13);
    return l;
}

std::optional<Loaded> load(const Database& db, qint64 id)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE o.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

// Visible and editable (DESIGN §1, like customers): when its owner is in the session's scope, or the
// customer's current owner is (a successor sees the opportunities of the customers handed to them).
bool inScope(const Database& db, const Session& session, const Loaded& l)
{
    const OpportunityScope scope(session);
    return scope.includes(db, l.opportunity.ownerId) ||
           (l.customerOwnerId > 0 && scope.includes(db, l.customerOwnerId));
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString nowText(const Clock& clock)
{
    return clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

QString label(const Opportunity& o)
{
    return o.customerCode + QLatin1Char('/') + o.name;
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 id)
{
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(QStringLiteral("opportunities"), {id});
    });
}

// Appends a stage row and audits it.
void addStageRow(const Context& ctx, AuditLog& audit, const Opportunity& o, const QString& from,
                 const QString& to, const QString& note)
{
    SqlQuery q(ctx.db,
               QStringLiteral("INSERT INTO opportunity_stages (opportunity_id, from_stage, to_stage, at, "
                              "user_id, note) VALUES (?,?,?,?,?,?)"));
    q.bind(o.id)
        .bind(SqlQuery::nullable(from))
        .bind(to)
        .bind(nowText(ctx.clock))
        .bind(SqlQuery::nullableId(ctx.session.userId))
        .bind(notNull(note).trimmed())
        .exec();
    const qint64 id = q.lastInsertId();
    audit.record(kStages, id, label(o) + QLatin1Char(':') + to, QStringLiteral("create"), {},
                 AuditLog::snapshot(ctx.db, kStages, id));
}

} // namespace

QStringList opportunityStageKeys()
{
    return {QStringLiteral("contact"),     QStringLiteral("research"), QStringLiteral("proposal"),
            QStringLiteral("negotiation"), QStringLiteral("won"),      QStringLiteral("lost")};
}

QString opportunityStageName(const QString& key)
{
    if (key == QLatin1String("contact"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Initial contact");
    if (key == QLatin1String("research"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Needs analysis");
    if (key == QLatin1String("proposal"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Proposal submitted");
    if (key == QLatin1String("negotiation"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Negotiation");
    if (key == QLatin1String("won"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Won");
    if (key == QLatin1String("lost"))
        return QCoreApplication::translate("tl::core::OpportunityService", "Lost");
    return key;
}

bool isClosedStage(const QString& key)
{
    return key == QLatin1String("won") || key == QLatin1String("lost");
}

Result<qint64> OpportunityService::create(const Opportunity& opportunity)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit opportunities."));
        Opportunity o = opportunity;
        o.id = 0;
        o.name = notNull(o.name).trimmed();
        o.ownerId = o.ownerId > 0 ? o.ownerId : m_ctx.session.employeeId;
        const QDate today = m_ctx.clock.today();
        if (!o.createdOn.isValid())
            o.createdOn = today;

        Transaction tx(m_ctx.db);
        QList<FieldProblem> problems;
        qint64 customerOwner = 0;
        {
            SqlQuery customer(m_ctx.db,
                              QStringLiteral("SELECT code, name, owner_id FROM customers WHERE id = ?"));
            customer.bind(o.customerId).exec();
            if (!customer.next()) {
                problems << problem("customer_code", QString::number(o.customerId),
                                    tr("there is no customer %1").arg(o.customerId));
            } else {
                o.customerCode = customer.text(0);
                o.customerName = customer.text(1);
                customerOwner = customer.isNull(2) ? 0 : customer.integer(2);
            }
        }
        const QVariant owner = SqlQuery::scalar(
            m_ctx.db, QStringLiteral("SELECT name FROM employees WHERE id = ?"), {o.ownerId});
        if (o.ownerId <= 0)
            problems << problem("owner_code", {}, tr("the owner is required"));
        else if (!owner.isValid())
            problems << problem("owner_code", QString::number(o.ownerId),
                                tr("there is no employee %1").arg(o.ownerId));
        if (o.name.isEmpty())
            problems << problem("name", {}, tr("the name is required"));
        if (o.amount.isNegative())
            problems << problem("amount", QString::number(o.amount.fen()),
                                tr("the amount cannot be negative"));
        if (!opportunityStageKeys().contains(o.stage))
            problems << problem("stage", o.stage, tr("unknown stage %1").arg(o.stage));
        if (o.createdOn > today)
            problems << problem("created_on", o.createdOn.toString(Qt::ISODate),
                                tr("the creation date %1 is after today (%2)")
                                    .arg(o.createdOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        if (o.expectedCloseOn.isValid() && o.expectedCloseOn < o.createdOn)
            problems << problem("expected_close_on", o.expectedCloseOn.toString(Qt::ISODate),
                                tr("the expected closing date is before the creation date %1")
                                    .arg(o.createdOn.toString(Qt::ISODate)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The opportunity has %n problem(s).", nullptr, int(problems.size())),
                                  problems);

        const OpportunityScope scope(m_ctx.session);
        if (!scope.includes(m_ctx.db, o.ownerId))
            return Error::denied(tr("You may not create opportunities for %1.").arg(owner.toString()));
        if (!scope.all() && !(customerOwner > 0 && scope.includes(m_ctx.db, customerOwner)))
            return Error::denied(tr("You may not create opportunities for the customer %1 (%2).")
                                     .arg(o.customerName, o.customerCode));

        o.closedOn = isClosedStage(o.stage) ? today : QDate();
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, "
                                  "expected_close_on, created_on, closed_on, note) "
                                  "VALUES (?,?,?,?,?,?,?,?,?)"));
        q.bind(o.customerId)
            .bind(o.ownerId)
            .bind(o.name)
            .bind(o.amount.fen())
            .bind(o.stage)
            .bind(SqlQuery::nullable(o.expectedCloseOn))
            .bind(o.createdOn.toString(Qt::ISODate))
            .bind(SqlQuery::nullable(o.closedOn))
            .bind(notNull(o.note).trimmed())
            .exec();
        o.id = q.lastInsertId();
        AuditLog audit(m_ctx);
        audit.record(kTable, o.id, label(o), QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kTable, o.id));
        addStageRow(m_ctx, audit, o, {}, o.stage, {});
        notifyAfterCommit(tx, m_ctx.notifier, o.id);
        tx.commit();
        return o.id;
    });
}

Status OpportunityService::update(const Opportunity& opportunity)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit opportunities."));
        Transaction tx(m_ctx.db);
        const auto stored = load(m_ctx.db, opportunity.id);
        if (!stored)
            return Error::notFound(tr("Opportunity %1 does not exist.").arg(opportunity.id),
                                   QStringLiteral("opportunity:%1").arg(opportunity.id));
        if (!inScope(m_ctx.db, m_ctx.session, *stored))
            return Error::denied(tr("You may not edit the opportunity %1.").arg(stored->opportunity.name));

        const QString name = notNull(opportunity.name).trimmed();
        QList<FieldProblem> problems;
        if (name.isEmpty())
            problems << problem("name", {}, tr("the name is required"));
        if (opportunity.amount.isNegative())
            problems << problem("amount", QString::number(opportunity.amount.fen()),
                                tr("the amount cannot be negative"));
        const QDate createdOn = stored->opportunity.createdOn;
        if (opportunity.expectedCloseOn.isValid() && opportunity.expectedCloseOn < createdOn)
            problems << problem("expected_close_on", opportunity.expectedCloseOn.toString(Qt::ISODate),
                                tr("the expected closing date is before the creation date %1")
                                    .arg(createdOn.toString(Qt::ISODate)));
        if (!problems.isEmpty())
            return Error::invalid(tr("The opportunity %1 has %n problem(s).", nullptr, int(problems.size()))
                                      .arg(stored->opportunity.name),
                                  problems);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, opportunity.id);
        SqlQuery(m_ctx.db,
                 QStringLiteral("UPDATE opportunities SET name = ?, amount = ?, expected_close_on = ?, "
                                "note = ? WHERE id = ?"))
            .bind(name)
            .bind(opportunity.amount.fen())
            .bind(SqlQuery::nullable(opportunity.expectedCloseOn))
            .bind(notNull(opportunity.note).trimmed())
            .bind(opportunity.id)
            .exec();
        Opportunity labelled = stored->opportunity;
        labelled.name = name;
        AuditLog(m_ctx).record(kTable, opportunity.id, label(labelled), QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, opportunity.id));
        notifyAfterCommit(tx, m_ctx.notifier, opportunity.id);
        tx.commit();
        return {};
    });
}

Status OpportunityService::moveTo(qint64 id, const QString& stage, const QString& note)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not edit opportunities."));
        if (!opportunityStageKeys().contains(stage))
            return Error::invalid(tr("Unknown stage %1.").arg(stage),
                                  {problem("stage", stage, tr("unknown stage %1").arg(stage))});
        Transaction tx(m_ctx.db);
        const auto stored = load(m_ctx.db, id);
        if (!stored)
            return Error::notFound(tr("Opportunity %1 does not exist.").arg(id),
                                   QStringLiteral("opportunity:%1").arg(id));
        const Opportunity& o = stored->opportunity;
        if (!inScope(m_ctx.db, m_ctx.session, *stored))
            return Error::denied(tr("You may not edit the opportunity %1.").arg(o.name));
        if (o.stage == stage)
            return Error::conflict(
                tr("The opportunity %1 is already at the stage %2.").arg(o.name, opportunityStageName(stage)),
                QStringLiteral("opportunity:%1").arg(id));

        // Closing (won or lost) dates it today; reopening clears the date.
        const QDate closedOn = isClosedStage(stage) ? m_ctx.clock.today() : QDate();
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery(m_ctx.db, QStringLiteral("UPDATE opportunities SET stage = ?, closed_on = ? WHERE id = ?"))
            .bind(stage)
            .bind(SqlQuery::nullable(closedOn))
            .bind(id)
            .exec();
        AuditLog audit(m_ctx);
        audit.record(kTable, id, label(o), QStringLiteral("stage"), before,
                     AuditLog::snapshot(m_ctx.db, kTable, id));
        addStageRow(m_ctx, audit, o, o.stage, stage, note);
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

Result<Opportunity> OpportunityService::get(qint64 id) const
{
    return guarded([&]() -> Result<Opportunity> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view opportunities."));
        const auto stored = load(m_ctx.db, id);
        if (!stored)
            return Error::notFound(tr("Opportunity %1 does not exist.").arg(id),
                                   QStringLiteral("opportunity:%1").arg(id));
        if (!inScope(m_ctx.db, m_ctx.session, *stored))
            return Error::denied(tr("You may not view the opportunity %1.").arg(stored->opportunity.name));
        return stored->opportunity;
    });
}

Result<QList<Opportunity>> OpportunityService::forCustomer(qint64 customerId) const
{
    return guarded([&]() -> Result<QList<Opportunity>> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view opportunities."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId})
                 .isValid())
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId),
                                   QStringLiteral("customer:%1").arg(customerId));
        const OpportunityScope scope(m_ctx.session);
        QVariantList args{customerId};
        const QString byOwner =
            scope.condition(QStringLiteral("o.owner_id"), QStringLiteral("e.department_id"), args);
        const QString byCustomer =
            scope.condition(QStringLiteral("cu.owner_id"), QStringLiteral("ce.department_id"), args);
        SqlQuery q(m_ctx.db, kSelect + QStringLiteral("LEFT JOIN employees ce ON ce.id = cu.owner_id "
                                                      "WHERE o.customer_id = ? AND (%1 OR %2) "
                                                      "ORDER BY o.created_on DESC, o.id DESC")
                                           .arg(byOwner, byCustomer));
        for (const QVariant& a : std::as_const(args))
            q.bind(a);
        q.exec();
        QList<Opportunity> list;
        while (q.next())
            list << readRow(q).opportunity;
        return list;
    });
}

Result<QList<StageChange>> OpportunityService::history(qint64 id) const
{
    auto opportunity = get(id); // permission and scope
    if (!opportunity)
        return opportunity.error();
    return guarded([&]() -> Result<QList<StageChange>> {
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT s.id, s.opportunity_id, s.from_stage, s.to_stage, s.at, "
                                            "u.username, s.user_id, s.note "
                                            "FROM opportunity_stages s LEFT JOIN users u ON u.id = s.user_id "
                                            "WHERE s.opportunity_id = ? ORDER BY s.at, s.id"));
        q.bind(id).exec();
        QList<StageChange> list;
        while (q.next()) {
            StageChange c;
            c.id = q.integer(0);
            c.opportunityId = q.integer(1);
            c.fromStage = q.text(2);
            c.toStage = q.text(3);
            c.at = QDateTime::fromString(q.text(4), Qt::ISODate);
            // Rows written by internal jobs (demo data, imports as the system) carry no user.
            c.username = q.isNull(6) ? QStringLiteral("system") : q.text(5);
            c.note = q.text(7);
            list << c;
        }
        return list;
    });
}

} // namespace tl::core

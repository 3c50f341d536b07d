#include "sales/ContractQuery.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "org/EmployeeRepository.h"
#include "receivables/LedgerScope.h"
#include "sales/ContractRepository.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <atomic>

namespace tl::core {

namespace {

struct Where
{
    QStringList parts;
    QVariantList args;

    void add(const QString& sql, const QVariantList& values = {})
    {
        parts << sql;
        args << values;
    }
    QString sql() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// How the search term is written (see ContractQuery::page):
//  None:  left out;
//  Plain: tested on each row (the customer names matched once) — for walks over few or ordered rows;
//  Set:   the matching ids are found first (the contract number index and the customer names are scanned),
//         so that a rare match does not walk the whole sort index.
enum class SearchForm
{
    None,
    Plain,
    Set
};

Where filterWhere(const Context& ctx, const ContractQuery::Filter& filter, SearchForm form)
{
    Where where;
    QVariantList scopeArgs;
    const QString scope = LedgerScope(ctx).contractCondition(QStringLiteral("c.id"), scopeArgs);
    if (scope != QLatin1String("1"))
        where.add(scope, scopeArgs);
    const QString search = filter.search.trimmed();
    if (!search.isEmpty() && form != SearchForm::None) {
        const QString p = likePattern(search);
        if (form == SearchForm::Plain)
            where.add(QStringLiteral("(c.contract_no LIKE ? ESCAPE '\\' OR c.customer_id IN "
                                     "(SELECT cu.id FROM customers cu WHERE cu.name LIKE ? ESCAPE '\\'))"),
                      {p, p});
        else
            where.add(
                QStringLiteral("c.id IN (SELECT s.id FROM contracts s WHERE s.contract_no LIKE ? ESCAPE '\\' "
                               "UNION SELECT s.id FROM customers cu CROSS JOIN contracts s "
                               "ON s.customer_id = cu.id WHERE cu.name LIKE ? ESCAPE '\\')"),
                {p, p});
    }
    if (filter.salespersonId != 0)
        where.add(QStringLiteral("c.salesperson_id = ?"), {filter.salespersonId});
    if (filter.customerId != 0)
        where.add(QStringLiteral("c.customer_id = ?"), {filter.customerId});
    if (filter.status)
        where.add(QStringLiteral("c.status = ?"), {contractStatusKey(*filter.status)});
    if (!filter.kind.isEmpty())
        where.add(QStringLiteral("c.kind = ?"), {filter.kind});
    if (filter.signedFrom.isValid())
        where.add(QStringLiteral("c.signed_on >= ?"), {filter.signedFrom.toString(Qt::ISODate)});
    if (filter.signedTo.isValid())
        where.add(QStringLiteral("c.signed_on <= ?"), {filter.signedTo.toString(Qt::ISODate)});
    return where;
}

// A search over the whole list first tests this many rows of the sort order in place; when they do not fill
// the page, the rest comes from the set of matching ids.
std::atomic<int> g_searchChunk{25000};

QString sortColumn(ContractQuery::SortKey sort)
{
    switch (sort) {
    case ContractQuery::SortKey::ContractNo:
        return QStringLiteral("c.contract_no");
    case ContractQuery::SortKey::Amount:
        return QStringLiteral("c.amount");
    case ContractQuery::SortKey::SignedOn:
        break;
    }
    return QStringLiteral("c.signed_on");
}

} // namespace

ContractQuery::ContractQuery(const Context& ctx) : ContractQuery(ctx, Filter{}) {}

ContractQuery::ContractQuery(const Context& ctx, Filter filter, SortKey sort, bool ascending)
    : m_ctx(ctx), m_filter(std::move(filter)), m_sort(sort), m_ascending(ascending)
{}

Result<qint64> ContractQuery::count() const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        const Where where = filterWhere(m_ctx, m_filter, narrow() ? SearchForm::Plain : SearchForm::Set);
        return SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT count(*) FROM contracts c") + where.sql(),
                                where.args)
            .toLongLong();
    });
}

int ContractQuery::searchChunkRows()
{
    return g_searchChunk.load();
}

void ContractQuery::setSearchChunkRows(int rows)
{
    g_searchChunk.store(std::max(rows, 1));
}

bool ContractQuery::narrow() const
{
    return m_filter.salespersonId != 0 || m_filter.customerId != 0 || !LedgerScope(m_ctx).all();
}

Result<ContractQuery::Page> ContractQuery::page(const Cursor& after, int limit) const
{
    return guarded([&]() -> Result<Page> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        limit = std::max(limit, 1);
        const QString column = sortColumn(m_sort);
        const QString direction = m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString gt = m_ascending ? QStringLiteral(">") : QStringLiteral("<");
        const QString le = m_ascending ? QStringLiteral("<=") : QStringLiteral(">=");
        const QString keyTerm = QStringLiteral("(%1, c.id) %2 (?, ?)");
        const QString order = QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(column, direction);

        // The page's ids and keys first, then its rows and aggregates by id.
        QList<qint64> ids;
        QVariantList keyValues;
        auto readKeys = [&](Where where, const QVariant& fromKey, qint64 fromId, int wanted) {
            if (fromId != 0)
                where.add(keyTerm.arg(column, gt), {fromKey, fromId});
            SqlQuery keys(m_ctx.db, QStringLiteral("SELECT c.id, %1 FROM contracts c").arg(column) +
                                        where.sql() + order + QStringLiteral(" LIMIT ?"));
            for (const QVariant& arg : where.args)
                keys.bind(arg);
            keys.bind(wanted).exec();
            while (keys.next()) {
                ids << keys.integer(0);
                keyValues << keys.value(1);
            }
        };
        const bool search = !m_filter.search.trimmed().isEmpty();
        if (!search || narrow()) {
            readKeys(filterWhere(m_ctx, m_filter, SearchForm::Plain), after.key, after.id, limit + 1);
        } else {
            // A search over the whole list: the next searchChunkRows() rows of the sort order are tested in
            // place (enough when matches are common); the rest of the page comes from the set of matching
            // ids.
            Where walk = filterWhere(m_ctx, m_filter, SearchForm::None);
            if (after.valid())
                walk.add(keyTerm.arg(column, gt), {after.key, after.id});
            SqlQuery boundary(m_ctx.db, QStringLiteral("SELECT %1, c.id FROM contracts c").arg(column) +
                                            walk.sql() + order + QStringLiteral(" LIMIT 1 OFFSET ?"));
            for (const QVariant& arg : walk.args)
                boundary.bind(arg);
            boundary.bind(std::max(g_searchChunk.load(), 1) - 1).exec();
            const bool more = boundary.next();
            const QVariant boundaryKey = more ? boundary.value(0) : QVariant();
            const qint64 boundaryId = more ? boundary.integer(1) : 0;
            Where chunk = filterWhere(m_ctx, m_filter, SearchForm::Plain);
            if (more)
                chunk.add(keyTerm.arg(column, le), {boundaryKey, boundaryId});
            readKeys(chunk, after.key, after.id, limit + 1);
            if (more && ids.size() <= limit)
                readKeys(filterWhere(m_ctx, m_filter, SearchForm::Set), boundaryKey, boundaryId,
                         limit + 1 - int(ids.size()));
        }
        Page page;
        if (ids.size() > limit) {
            ids.resize(limit);
            page.next = Cursor{keyValues.at(limit - 1), ids.last()};
        }
        if (ids.isEmpty())
            return page;

        const QString idArray = EmployeeRepository::idArray(ids);
        QHash<qint64, ContractRow> rows;
        {
            SqlQuery q(m_ctx.db, ContractRepository::selectSql() +
                                     QStringLiteral(" WHERE c.id IN (SELECT value FROM json_each(?))"));
            q.bind(idArray).exec();
            while (q.next()) {
                ContractRow row;
                row.contract = ContractRepository::fromRow(q);
                rows.insert(row.contract.id, row);
            }
        }
        {
            SqlQuery q(
                m_ctx.db,
                QStringLiteral(
                    "SELECT i.contract_id, sum(i.paid_total), sum(i.paid_total >= i.amount), count(*), "
                    "min(CASE WHEN i.paid_total + i.written_off_total < i.amount THEN i.due_on END) "
                    "FROM installments i WHERE i.contract_id IN (SELECT value FROM json_each(?)) "
                    "GROUP BY i.contract_id"));
            q.bind(idArray).exec();
            while (q.next()) {
                auto it = rows.find(q.integer(0));
                if (it == rows.end())
                    continue;
                it->collected = q.integer(1);
                it->paidInstallments = int(q.integer(2));
                it->totalInstallments = int(q.integer(3));
                it->nextDueOn = QDate::fromString(q.text(4), Qt::ISODate);
                // Rounded down, so that 100% means fully collected.
                it->collectedBp =
                    it->contract.amount > 0 ? int(it->collected * 10000 / it->contract.amount) : 0;
            }
        }
        for (qint64 id : ids)
            if (rows.contains(id))
                page.rows << rows.value(id);
        return page;
    });
}

Result<QList<Installment>> ContractQuery::contractInstallments(qint64 contractId) const
{
    return guarded([&]() -> Result<QList<Installment>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view contracts."));
        const ContractRepository repo(m_ctx.db);
        const auto c = repo.load(contractId);
        if (!c)
            return Error::notFound(tr("Contract %1 does not exist.").arg(contractId),
                                   QStringLiteral("contract:%1").arg(contractId));
        if (!LedgerScope(m_ctx).contract(contractId))
            return Error::denied(tr("You may not view contract %1.").arg(c->contractNo));
        return repo.installments(contractId);
    });
}

} // namespace tl::core

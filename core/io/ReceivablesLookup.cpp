#include "io/ReceivablesLookup.h"

#include "db/Database.h"
#include "db/NativeStatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

namespace {

constexpr int kBatch = 200; // contract numbers per IN list

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QByteArray inList(const char* head, const char* tail)
{
    QByteArray sql(head);
    for (int i = 0; i < kBatch; ++i)
        sql += i == 0 ? "?" : ",?";
    return sql + tail;
}

// Runs `q` once per batch of values (the last one padded with NULLs, which match nothing).
template <typename T, typename Bind, typename Row>
void inBatches(NativeStatement& q, const QList<T>& values, Bind bind, Row row)
{
    for (qsizetype start = 0; start < values.size(); start += kBatch) {
        for (int k = 0; k < kBatch; ++k) {
            if (start + k < values.size())
                bind(q, k + 1, values.at(start + k));
            else
                q.bindNull(k + 1);
        }
        while (q.step())
            row(q.raw());
    }
}

} // namespace

QHash<QString, ReceivablesLookup::Employee> ReceivablesLookup::employees(const Context& ctx)
{
    QHash<QString, Employee> byCode;
    NativeStatement q(ctx.db.nativeHandle(), "SELECT id, code, department_id FROM employees");
    while (q.step())
        byCode.insert(columnText(q.raw(), 1),
                      Employee{sqlite3_column_int64(q.raw(), 0), sqlite3_column_int64(q.raw(), 2)});
    return byCode;
}

QHash<QString, ReceivablesLookup::Contract>
ReceivablesLookup::contracts(const Context& ctx, const QStringList& numbers, bool withSchedule)
{
    QHash<QString, Contract> found;
    if (numbers.isEmpty())
        return found;
    found.reserve(numbers.size());
    sqlite3* handle = ctx.db.nativeHandle();
    const auto bindText = [](NativeStatement& q, int i, const QString& v) { q.bind(i, v); };
    const auto bindId = [](NativeStatement& q, int i, qint64 v) { q.bind(i, v); };
    {
        const QByteArray sql =
            inList("SELECT id, contract_no, customer_id, salesperson_id, signed_on, amount, kind, "
                   "status FROM contracts WHERE contract_no IN (",
                   ")");
        NativeStatement q(handle, sql.constData());
        inBatches(q, numbers, bindText, [&](sqlite3_stmt* s) {
            Contract c;
            c.id = sqlite3_column_int64(s, 0);
            c.customerId = sqlite3_column_int64(s, 2);
            c.salespersonId = sqlite3_column_int64(s, 3);
            c.signedOn = QDate::fromString(columnText(s, 4), Qt::ISODate);
            c.amount = sqlite3_column_int64(s, 5);
            c.kind = columnText(s, 6);
            c.status = columnText(s, 7);
            found.insert(columnText(s, 1), c);
        });
    }
    if (!withSchedule || found.isEmpty())
        return found;

    // The stored schedules (most contracts of a big import have none yet: one indexed probe each).
    QHash<qint64, Contract*> byId;
    QList<qint64> ids;
    for (auto it = found.begin(); it != found.end(); ++it) {
        byId.insert(it->id, &*it);
        ids << it->id;
    }
    std::sort(ids.begin(), ids.end());
    QList<qint64> scheduled;
    {
        const QByteArray sql =
            inList("SELECT contract_id, count(*), sum(amount), min(due_on), max(due_on) FROM "
                   "installments WHERE contract_id IN (",
                   ") GROUP BY contract_id");
        NativeStatement q(handle, sql.constData());
        inBatches(q, ids, bindId, [&](sqlite3_stmt* s) {
            Contract* c = byId.value(sqlite3_column_int64(s, 0));
            c->installments = sqlite3_column_int(s, 1);
            c->scheduled = sqlite3_column_int64(s, 2);
            c->firstDue = QDate::fromString(columnText(s, 3), Qt::ISODate);
            c->lastDue = QDate::fromString(columnText(s, 4), Qt::ISODate);
            scheduled << c->id;
        });
    }
    // What refers to those schedules (ContractService: allocations and write-offs; disputes, promises,
    // letter items and interest records).
    const QByteArray sql = inList(
        "SELECT c.id, EXISTS (SELECT 1 FROM installments i JOIN allocations a ON a.installment_id = i.id "
        "WHERE i.contract_id = c.id) OR EXISTS (SELECT 1 FROM installments i JOIN write_offs w ON "
        "w.installment_id = i.id WHERE i.contract_id = c.id), "
        "EXISTS (SELECT 1 FROM installments i JOIN disputes d ON d.installment_id = i.id "
        "WHERE i.contract_id = c.id) OR EXISTS (SELECT 1 FROM installments i JOIN letter_items l ON "
        "l.installment_id = i.id WHERE i.contract_id = c.id) OR EXISTS (SELECT 1 FROM installments i "
        "JOIN interest_settlements s ON s.installment_id = i.id WHERE i.contract_id = c.id) OR "
        "EXISTS (SELECT 1 FROM payment_promises p WHERE p.customer_id = c.customer_id AND "
        "p.installment_id IN (SELECT i.id FROM installments i WHERE i.contract_id = c.id)) "
        "FROM contracts c WHERE c.id IN (",
        ")");
    NativeStatement q(handle, sql.constData());
    inBatches(q, scheduled, bindId, [&](sqlite3_stmt* s) {
        Contract* c = byId.value(sqlite3_column_int64(s, 0));
        c->paid = sqlite3_column_int(s, 1) != 0;
        c->referenced = sqlite3_column_int(s, 2) != 0;
    });
    return found;
}

bool ReceivablesLookup::inScope(const Session& session, qint64 employeeId, qint64 departmentId)
{
    if (session.system || session.can(Permission::ViewAllReceivables) ||
        (session.role != Role::Sales && session.role != Role::SalesManager))
        return true;
    if (session.employeeId != 0 && employeeId == session.employeeId)
        return true;
    return session.role == Role::SalesManager && session.departmentScope.contains(departmentId);
}

} // namespace tl::core

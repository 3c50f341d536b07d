#include "io/ContractExport.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/ContractImport.h"
#include "money/MoneyFormat.h"
#include "receivables/LedgerScope.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

QString text(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QString money(sqlite3_stmt* s, int i)
{
    return formatPlain(Money::fromFen(sqlite3_column_int64(s, i)));
}

} // namespace

Result<qint64> ContractExport::write(TableWriter& writer, Progress& progress)
{
    if (!m_ctx.session.can(permission()))
        return Error::denied(tr("You may not export the contract list."));

    QStringList header;
    for (const ImportColumn& column : ContractImport::columnSpec())
        header << column.header(m_options.headers);
    using T = ColumnType;
    // The order of ContractImport::Column.
    writer.setColumnTypes({T::Text, T::Text, T::Text, T::Date, T::Money, T::Text, T::Text, T::Text, T::Text,
                           T::Integer, T::Money, T::Money, T::Money});
    if (Status written = writer.writeRow(header); !written)
        return written.error();

    return guarded([&]() -> Result<qint64> {
        QVariantList args;
        const QString scope = LedgerScope(m_ctx).contractCondition(QStringLiteral("c.id"), args);
        const QByteArray sql =
            QStringLiteral(
                "SELECT c.contract_no, cu.code, e.code, c.signed_on, c.amount, c.kind, cu.name, e.name, "
                "c.status, "
                "count(i.id), coalesce(sum(i.paid_total), 0), coalesce(sum(i.written_off_total), 0), "
                "coalesce(sum(i.amount - i.paid_total - i.written_off_total), 0) "
                "FROM contracts c JOIN customers cu ON cu.id = c.customer_id "
                "JOIN employees e ON e.id = c.salesperson_id LEFT JOIN installments i ON i.contract_id = "
                "c.id "
                "WHERE %1 GROUP BY c.id ORDER BY c.contract_no")
                .arg(scope)
                .toUtf8();
        NativeStatement q(m_ctx.db.nativeHandle(), sql.constData());
        for (int k = 0; k < args.size(); ++k)
            q.bind(k + 1, args.at(k).toLongLong());
        qint64 rows = 0;
        while (q.step()) {
            if (++rows % 256 == 0) {
                progress.setDone(rows);
                if (progress.isCancelled()) {
                    q.reset();
                    return Error{ErrorCode::Conflict, tr("The export was cancelled."), {}, {}, {}};
                }
            }
            sqlite3_stmt* s = q.raw();
            const Status written = writer.writeRow(
                {text(s, 0), text(s, 1), text(s, 2), text(s, 3), money(s, 4), text(s, 5), text(s, 6),
                 text(s, 7), text(s, 8), text(s, 9), money(s, 10), money(s, 11), money(s, 12)});
            if (!written) {
                q.reset();
                return written.error();
            }
        }
        progress.setDone(rows);
        return rows;
    });
}

} // namespace tl::core

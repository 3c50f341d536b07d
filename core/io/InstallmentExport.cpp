#include "io/InstallmentExport.h"

#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/InstallmentImport.h"
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

QString money(qint64 fen)
{
    return formatPlain(Money::fromFen(fen));
}

} // namespace

Result<qint64> InstallmentExport::write(TableWriter& writer, Progress& progress)
{
    if (!m_ctx.session.can(permission()))
        return Error::denied(tr("You may not export the receivables."));

    QStringList header;
    for (const ImportColumn& column : InstallmentImport::columnSpec())
        header << column.header(m_options.headers);
    using T = ColumnType;
    // The order of InstallmentImport::Column.
    writer.setColumnTypes({T::Text, T::Integer, T::Date, T::Money, T::Text, T::Text, T::Text, T::Text,
                           T::Money, T::Money, T::Money, T::Money, T::Date, T::Text});
    if (Status written = writer.writeRow(header); !written)
        return written.error();

    return guarded([&]() -> Result<qint64> {
        // The instalments whose collector is in scope (everything for ViewAllReceivables).
        QVariantList args;
        const QString scope =
            LedgerScope(m_ctx).all()
                ? QStringLiteral("1")
                : OpportunityScope(m_ctx.session)
                      .condition(QStringLiteral("i.collector_id"), QStringLiteral("col.department_id"), args);
        const QByteArray sql =
            QStringLiteral(
                "SELECT c.contract_no, i.seq, i.due_on, i.amount, cu.code, cu.name, col.code, col.name, "
                "i.paid_total, "
                "i.written_off_total, (SELECT coalesce(sum(d.amount), 0) FROM disputes d WHERE "
                "d.installment_id = i.id "
                "AND d.status = 'open'), i.last_paid_on, c.status "
                "FROM installments i JOIN contracts c ON c.id = i.contract_id "
                "JOIN customers cu ON cu.id = i.customer_id JOIN employees col ON col.id = i.collector_id "
                "WHERE %1 ORDER BY i.contract_id, i.seq")
                .arg(scope)
                .toUtf8();
        NativeStatement q(m_ctx.db.nativeHandle(), sql.constData());
        for (int k = 0; k < args.size(); ++k)
            q.bind(k + 1, args.at(k).toLongLong());
        qint64 rows = 0;
        while (q.step()) {
            if (++rows % 1024 == 0) {
                progress.setDone(rows);
                if (progress.isCancelled()) {
                    q.reset();
                    return Error{ErrorCode::Conflict, tr("The export was cancelled."), {}, {}, {}};
                }
            }
            sqlite3_stmt* s = q.raw();
            const qint64 amount = sqlite3_column_int64(s, 3);
            const qint64 paid = sqlite3_column_int64(s, 8);
            const qint64 writtenOff = sqlite3_column_int64(s, 9);
            const Status written = writer.writeRow(
                {text(s, 0), text(s, 1), text(s, 2), money(amount), text(s, 4), text(s, 5), text(s, 6),
                 text(s, 7), money(paid), money(writtenOff), money(sqlite3_column_int64(s, 10)),
                 money(amount - paid - writtenOff), text(s, 11), text(s, 12)});
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

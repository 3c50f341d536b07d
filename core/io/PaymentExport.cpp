#include "io/PaymentExport.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/PaymentImport.h"
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

Result<qint64> PaymentExport::write(TableWriter& writer, Progress& progress)
{
    if (!m_ctx.session.can(permission()))
        return Error::denied(tr("You may not export the payments."));

    QStringList header;
    for (const ImportColumn& column : PaymentImport::columnSpec())
        header << column.header(m_options.headers);
    using T = ColumnType;
    // The order of PaymentImport::Column.
    writer.setColumnTypes({T::Text, T::Text, T::Date, T::Money, T::Text, T::Text, T::Text, T::Text, T::Money,
                           T::Money, T::Date});
    if (Status written = writer.writeRow(header); !written)
        return written.error();

    return guarded([&]() -> Result<qint64> {
        QVariantList args;
        const QString scope = LedgerScope(m_ctx).customerCondition(QStringLiteral("p.customer_id"), args);
        const QByteArray sql =
            QStringLiteral("SELECT p.payment_no, cu.code, p.received_on, p.amount, p.method, p.reference, "
                           "c.contract_no, cu.name, p.allocated_total, r.reversed_on "
                           "FROM payments p JOIN customers cu ON cu.id = p.customer_id "
                           "LEFT JOIN contracts c ON c.id = p.contract_id "
                           "LEFT JOIN payment_reversals r ON r.payment_id = p.id "
                           "WHERE %1 ORDER BY p.received_on, p.id")
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
            const qint64 allocated = sqlite3_column_int64(s, 8);
            const bool reversed = sqlite3_column_type(s, 9) != SQLITE_NULL;
            const Status written = writer.writeRow(
                {text(s, 0), text(s, 1), text(s, 2), money(amount), text(s, 4), text(s, 5), text(s, 6),
                 text(s, 7), money(allocated), money(reversed ? 0 : amount - allocated), text(s, 9)});
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

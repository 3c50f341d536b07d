#include "printing/cli/ReceivablesListTable.h"

#include "money/MoneyFormat.h"

#include <QHash>

namespace tl::ui {

namespace {

QString plain(qint64 fen)
{
    return core::formatPlain(core::Money::fromFen(fen));
}

} // namespace

QStringList ReceivablesListTable::header()
{
    return {QStringLiteral("customer_code"),
            QStringLiteral("customer_name"),
            QStringLiteral("contract_no"),
            QStringLiteral("seq"),
            QStringLiteral("due_on"),
            QStringLiteral("amount"),
            QStringLiteral("paid"),
            QStringLiteral("written_off"),
            QStringLiteral("balance"),
            QStringLiteral("disputed"),
            QStringLiteral("days_past_due"),
            QStringLiteral("bucket"),
            QStringLiteral("interest_outstanding"),
            QStringLiteral("collector_code"),
            QStringLiteral("collector_name"),
            QStringLiteral("letter_no"),
            QStringLiteral("letter_status")};
}

QList<core::ColumnType> ReceivablesListTable::columnTypes()
{
    using T = core::ColumnType;
    return {T::Text,  T::Text,    T::Text, T::Integer, T::Date, T::Money, T::Money, T::Money, T::Money,
            T::Money, T::Integer, T::Text, T::Money,   T::Text, T::Text,  T::Text,  T::Text};
}

QList<QStringList> ReceivablesListTable::rows(const core::ReceivablesListReport::Data& data)
{
    QHash<qint64, const core::ReceivablesListReport::CustomerLine*> customers;
    for (const auto& line : data.customers)
        customers.insert(line.customerId, &line);
    QList<QStringList> rows;
    rows.reserve(data.items.size());
    for (const core::ReceivablesListReport::Item& item : data.items) {
        const core::OpenItem& open = item.item;
        const auto* customer = customers.value(open.customerId);
        rows << QStringList{item.customerCode,
                            item.customerName,
                            open.contractNo,
                            QString::number(open.seq),
                            open.dueOn.toString(Qt::ISODate),
                            plain(open.amount),
                            plain(open.paid),
                            plain(open.writtenOff),
                            plain(open.balance),
                            plain(open.disputed),
                            QString::number(open.daysPastDue),
                            item.bucketKey,
                            plain(item.interestOutstanding),
                            item.collectorCode,
                            item.collectorName,
                            customer ? customer->letterNo : QString(),
                            customer ? customer->letterStatus : QString()};
    }
    return rows;
}

core::Status ReceivablesListTable::write(const core::ReceivablesListReport::Data& data,
                                         core::TableWriter& writer)
{
    writer.setColumnTypes(columnTypes());
    if (core::Status status = writer.writeRow(header()); !status)
        return status;
    for (const QStringList& row : rows(data))
        if (core::Status status = writer.writeRow(row); !status)
            return status;
    return writer.finish();
}

core::ReceivablesListReport::Data
ReceivablesListTable::restrictToCustomer(const core::ReceivablesListReport::Data& data, qint64 customerId,
                                         qint64 interestOutstanding)
{
    core::ReceivablesListReport::Data narrowed = data;
    narrowed.items.clear();
    narrowed.customers.clear();
    narrowed.bucketTotals = QList<qint64>(data.buckets.count(), 0);
    narrowed.amount = narrowed.paid = narrowed.writtenOff = narrowed.balance = narrowed.disputed = 0;
    narrowed.overdue = 0;
    for (const core::ReceivablesListReport::Item& item : data.items) {
        if (item.item.customerId != customerId)
            continue;
        narrowed.items << item;
        narrowed.amount += item.item.amount;
        narrowed.paid += item.item.paid;
        narrowed.writtenOff += item.item.writtenOff;
        narrowed.balance += item.item.balance;
        narrowed.disputed += item.item.disputed;
        if (item.item.daysPastDue > 0)
            narrowed.overdue += item.item.balance;
        if (item.bucket >= 0 && item.bucket < narrowed.bucketTotals.size())
            narrowed.bucketTotals[item.bucket] += item.item.balance;
    }
    for (const core::ReceivablesListReport::CustomerLine& line : data.customers)
        if (line.customerId == customerId)
            narrowed.customers << line;
    narrowed.interestOutstanding = interestOutstanding;
    return narrowed;
}

} // namespace tl::ui

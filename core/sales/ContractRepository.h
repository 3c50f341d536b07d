#pragma once

#include "sales/Contract.h"

#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

class Database;
class SqlQuery;

// Reads contracts and instalments (no permission checks: the services and queries do them). Throws
// DbException.
class ContractRepository
{
public:
    explicit ContractRepository(const Database& db) : m_db(db) {}

    std::optional<Contract> load(qint64 id) const; // header only
    std::optional<qint64> idForNo(const QString& contractNo) const;
    // The schedule by seq, with paid, written off, open disputes, pending write-offs and the collector.
    QList<Installment> installments(qint64 contractId) const;

    // "SELECT <header columns> FROM contracts c JOIN customers cu ... JOIN employees s ..." and the reader.
    static QString selectSql();
    static Contract fromRow(const SqlQuery& q);

    static QString nowText(const QDateTime& now); // "yyyy-MM-ddTHH:mm:ss"

private:
    const Database& m_db;
};

} // namespace tl::core

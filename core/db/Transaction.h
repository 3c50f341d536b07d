#pragma once

#include <functional>

namespace tl::core {

class Database;

// RAII unit of work (KMyMoney's MyMoneyFileTransaction): BEGIN IMMEDIATE on the outermost level,
// SAVEPOINT when nested; rolls back unless commit() was called. Callbacks registered with
// afterCommit() run once the outermost transaction has committed (change notifications).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit(); // throws DbException
    void afterCommit(std::function<void()> callback);

private:
    void rollback() noexcept;
    Database& m_db;
    int m_level;
    bool m_done = false;
};

} // namespace tl::core

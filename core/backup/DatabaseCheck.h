#pragma once

#include "audit/AuditLog.h"
#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

class Database;

// The full check of a database (CLI `check`, restore, the GUI's background check): SQLite's
// integrity_check, foreign_key_check, and the audit log (hash chain and audited tables, AuditLog::verify).
// Every issue names its table and row id; `what` is a complete translated sentence.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DatabaseCheck)
public:
    explicit DatabaseCheck(const Context& ctx) : m_ctx(ctx) {}

    // Needs ViewAudit. Empty list = clean.
    Result<QList<AuditLog::Issue>> run() const;

    // The same check without a session (restore inspects a file before anybody can log in to it).
    static Result<QList<AuditLog::Issue>> runOn(const Database& db);

private:
    const Context& m_ctx;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// One record of the audit trail as read for display.
struct AuditRecord
{
    qint64 id = 0;
    QString at; // ISO date-time with milliseconds, local time of the writer
    qint64 userId = 0;
    QString username;
    QString entity; // table name ("employees") or "event"
    qint64 entityId = 0;
    QString label;  // code or name of the row, or the event's label
    QString action; // "create", "update", "delete", "login", "backup", ...
    QJsonObject before;
    QJsonObject after;
};

// A paged, filterable read of the audit log for the UI (newest first, keyset paging on the id:
// WHERE id < ? ORDER BY id DESC LIMIT n). The count is a separate query. Needs ViewAudit.
class AuditLogQuery
{
public:
    struct Filter
    {
        QString text;     // contained in the label, user, entity, action or the before/after values
        QString username; // exact; empty = all
        QString entity;   // exact; empty = all
        QString action;   // exact; empty = all
        QDate from;       // inclusive; invalid = open
        QDate to;         // inclusive; invalid = open
    };

    struct Page
    {
        QList<AuditRecord> rows;
        qint64 nextBefore = 0; // pass as `before` for the next page; 0 when this was the last page
    };

    // The values seen in the log, for the filter choices.
    struct Choices
    {
        QStringList usernames;
        QStringList entities;
        QStringList actions;
    };

    explicit AuditLogQuery(const Context& ctx, Filter filter = {});

    Result<qint64> count() const;
    // Records with id < before (before <= 0: from the newest), at most limit of them.
    Result<Page> page(qint64 before, int limit) const;
    Result<AuditRecord> get(qint64 id) const;
    Result<Choices> choices() const;

private:
    Status checkPermission() const;
    QString whereClause(QVariantList& args) const;

    const Context& m_ctx;
    Filter m_filter;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace tl::core {

// Every customer's code with what bulk imports need to know about it, loaded with one query so that rows
// are looked up without a SELECT of their own (200,000 customers load in well under a second). Unscoped:
// callers apply the session's scope (CustomerRepository).
class CustomerDirectory
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 ownerId = 0; // 0 = in the pool
        qint64 ownerDepartmentId = 0;
        QDate ownedSince;
        QString lastOwnerFollowUpAt; // as stored ("yyyy-MM-ddTHH:mm:ss"), empty when none
    };

    Status load(const Context& ctx);

    const Entry* byCode(const QString& code) const;
    qsizetype size() const { return m_byCode.size(); }

private:
    QHash<QString, Entry> m_byCode;
};

} // namespace tl::core

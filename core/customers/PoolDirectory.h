#pragma once

#include "common/Context.h"
#include "customers/PoolRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tl::core {

// A customer as claim, release and assignment see it.
struct PoolCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 ownerId = 0; // 0 = in the pool
    QString ownerCode;
    QString ownerName;
    qint64 ownerDepartmentId = 0;
    bool hasDeal = false; // a contract signed (PoolFacts)
};

// A possible owner: the claim limits in force for the employee's role and the owned customers that
// count against the cap.
struct PoolMember
{
    qint64 id = 0;
    QString code;
    QString name;
    QString role;   // employee role: sales, sales_manager, ...
    QString status; // active, probation, leaving, left
    qint64 departmentId = 0;
    PoolLimit limit;
    int owned = 0;     // every owned customer
    int counted = 0;   // owned customers counted against limit.ownedCap
    qint64 wonFen = 0; // opportunities won in the last 90 days (ranking; filled by loadRanking)

    bool mayOwn() const { return status == QLatin1String("active") || status == QLatin1String("probation"); }
    // Whether owning this customer counts against the cap (customers with deals are left out unless the
    // limit says they count).
    bool counts(const PoolCustomer& customer) const { return limit.dealCustomersCount || !customer.hasDeal; }
    bool isFullFor(const PoolCustomer& customer) const
    {
        return counts(customer) && counted + 1 > limit.ownedCap;
    }
};

// Reads what the pool's decisions need, as of `today`. Throws DbException (use inside guarded()).
class PoolDirectory
{
public:
    // dealDates: PoolFacts::lastDealDates(today).
    PoolDirectory(const Context& ctx, QHash<qint64, QDate> dealDates, const QDate& today);

    std::optional<PoolCustomer> customer(qint64 id) const;
    std::optional<PoolMember> member(qint64 employeeId) const;

    // Ownership rows "claimed" to the employee dated `day`.
    int claimsOn(qint64 employeeId, const QDate& day) const;

    // The former-owner cooldown: when the employee last lost the customer (released or reclaimed) and
    // how many days are left before the employee may claim it again (0 = free to claim).
    struct Cooldown
    {
        QDate lostOn;
        int daysLeft = 0;
    };
    Cooldown cooldown(const PoolMember& member, qint64 customerId) const;

    // Fills wonFen: amounts of the members' opportunities won between today - 90 days and today.
    void loadRanking(QList<PoolMember>& members) const;

private:
    Context m_ctx;
    QHash<qint64, QDate> m_dealDates;
    QDate m_today;
};

} // namespace tl::core

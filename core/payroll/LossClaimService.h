#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// A claim for a loss the employee caused (工资支付暂行规定 Art. 16), e.g. an approved share of a
// written-off receivable: once approved it is deducted from the employee's wages, oldest claim first, at
// most 20% of the month's wage and never below the minimum wage; the rest carries to later months. The
// part each locked payroll run deducted is a loss recovery; the claim is settled when fully recovered.
struct LossClaim
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode;
    QString employeeName;
    Money amount;
    QString reason;
    QString evidenceName;
    QString evidenceMime;
    qint64 evidenceSize = 0; // bytes; 0 = no evidence
    qint64 writeOffId = 0;   // the written-off receivable it comes from, 0 = none
    QString status;          // requested, approved, rejected, settled
    QDateTime requestedAt;
    qint64 requestedBy = 0;  // user id, 0 = system
    QString requestedByName; // the user's display name; empty for the system
    qint64 approverId = 0;
    QString approverName; // display name; empty while undecided
    QDateTime decidedAt;
    QString decisionNote;
    Money recovered; // by locked payroll runs

    // What later payrolls still deduct: amount − recovered for an approved claim, else nothing.
    Money outstanding() const { return status == QLatin1String("approved") ? amount - recovered : Money(); }
};

// Loss-deduction claims. request() needs RequestLossClaims and the employee in sight (a sales manager: the
// department scope, not themselves); approve() and reject() need ApproveLossClaims and a user other than
// the requester (the system session is exempt). Claims are listed to ViewSalary sessions, to requesters
// for the employees in their sight, and to the employee. Each write is one transaction, audited
// ("loss_claims") and announced after commit.
class LossClaimService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LossClaimService)

public:
    static constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;

    explicit LossClaimService(const Context& ctx) : m_ctx(ctx) {}

    // amount > 0; reason required; evidence optional (a file name with it, at most kMaxEvidenceBytes);
    // writeOffId 0 = none, else an approved write-off.
    Result<qint64> request(qint64 employeeId, Money amount, const QString& reason,
                           const QString& evidenceName = {}, const QString& evidenceMime = {},
                           const QByteArray& evidence = {}, qint64 writeOffId = 0);
    // Conflict when the claim is decided already.
    Status approve(qint64 claimId, const QString& note = {});
    Status reject(qint64 claimId, const QString& note = {});

    Result<QList<LossClaim>> claims(qint64 employeeId = 0) const; // 0 = all in sight; oldest first
    Result<LossClaim> claim(qint64 claimId) const;
    Result<QByteArray> evidence(qint64 claimId) const;

private:
    Status decide(qint64 claimId, bool approve, const QString& note);
    bool inSight(qint64 employeeId, qint64 departmentId) const;
    Context m_ctx;
};

} // namespace tl::core

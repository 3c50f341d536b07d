#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// 商机 with stages 初步接触 → 需求调研 → 方案提交 → 商务谈判 → 赢单/输单 (DESIGN §2.2); every stage change is
// a row of opportunity_stages.
QStringList opportunityStageKeys();               // contact, research, proposal, negotiation, won, lost
QString opportunityStageName(const QString& key); // translated
bool isClosedStage(const QString& key);           // won, lost

struct Opportunity
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode; // read only
    QString customerName; // read only
    qint64 ownerId = 0;   // 0 = the session's employee
    QString ownerName;    // read only
    QString name;
    Money amount;
    QString stage = QStringLiteral("contact");
    QDate expectedCloseOn;
    QDate createdOn;
    QDate closedOn;
    QString note;
};

struct StageChange
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    QString fromStage; // empty for the first row
    QString toStage;
    QDateTime at;
    QString username;
    QString note; // given with moveTo()
};

class OpportunityService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::OpportunityService)

public:
    explicit OpportunityService(const Context& ctx) : m_ctx(ctx) {}

    Result<qint64> create(const Opportunity& opportunity); // writes the first stage row
    Status update(const Opportunity& opportunity);         // name, amount, expected close, note
    // Moves to another stage (forward, back, or closed as won/lost; a closed one may be reopened).
    Status moveTo(qint64 id, const QString& stage, const QString& note = {});
    Result<Opportunity> get(qint64 id) const;
    Result<QList<Opportunity>> forCustomer(qint64 customerId) const;
    Result<QList<StageChange>> history(qint64 id) const;

private:
    Context m_ctx;
};

} // namespace tl::core

#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tl::core {

// A transparent customer risk score 0–100 from the customer's history as of a date (DESIGN §2.3). Five
// components, each rounded half-up to whole points, then added:
//
//   late share   30 × (paid instalments paid late ÷ paid instalments)
//   days late    20 × min(average days late of paid instalments, 90) ÷ 90
//   overdue      25 × (open balance past due ÷ open balance)
//   disputes     min(10, 5 × open disputes)
//   letters      min(15, 5 × letters sent and unanswered past their reply date)
//
// A paid instalment is one whose balance as of asOf is 0 with something paid (paid > 0); it was paid on
// the date of its last allocation, and late when that date is after its due date; its days late are that
// date − due date (0 when on time) and the average runs over all paid instalments. The open balance counts
// instalments of active or closed contracts (OpenItems); past due = due before asOf. An unanswered letter
// has status sent or no_reply and reply_by before asOf. A component without data (no paid instalment, no
// open balance) is 0.
//
// Level: low < 30 <= medium < 60 <= high.
//
// Collection probability of an open instalment, in basis points: base(days past due) × (1 − score/200),
// half-up, with base 98% not due, 95% 1–30, 90% 31–60, 80% 61–90, 60% 91–180, 40% 181–365, 15% over 365
// days (the default buckets; the bases follow days past due whatever the ageing setting).
//
// Needs ViewReceivables (customers outside the session's receivables scope are computed from the
// instalments the session may see).
class RiskScore
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::RiskScore)

public:
    enum class Level
    {
        Low,
        Medium,
        High
    };
    static Level levelOf(int score);
    static QString levelKey(Level level);  // low, medium, high
    static QString levelName(Level level); // translated: 低 / 中 / 高

    struct Risk
    {
        qint64 customerId = 0;
        QDate asOf;
        // Inputs
        int paidCount = 0;
        int paidLateCount = 0;
        qint64 daysLateSum = 0;
        qint64 openBalance = 0;    // fen
        qint64 overdueBalance = 0; // fen
        int openDisputes = 0;
        int unansweredLetters = 0;
        // Points
        int latePoints = 0;     // 0..30
        int daysLatePoints = 0; // 0..20
        int overduePoints = 0;  // 0..25
        int disputePoints = 0;  // 0..10
        int letterPoints = 0;   // 0..15
        int score = 0;          // 0..100
        Level level = Level::Low;

        // The formula with this customer's figures, one component a line (translated), for the UI.
        QString explain() const;
    };

    explicit RiskScore(const Context& ctx) : m_ctx(ctx) {}

    // The formula from the inputs (fills points, score and level).
    static void score(Risk& risk);
    // Basis points of collection for an open instalment days past due of a customer with this score.
    static int collectionBp(int daysPastDue, int score);
    static int baseBp(int daysPastDue); // 9800, 9500, 9000, 8000, 6000, 4000, 1500

    // Batch for a page of customers (one query per component for all of them); every id gets an entry.
    Result<QHash<qint64, Risk>> forCustomers(const QList<qint64>& customerIds, const QDate& asOf) const;
    Result<Risk> forCustomer(qint64 customerId, const QDate& asOf) const;

    // A short text of the formula (translated), e.g. for a tooltip.
    static QString formulaText();

private:
    Context m_ctx;
};

} // namespace tl::core

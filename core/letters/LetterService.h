#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "letters/Letter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

class Progress;

// Who a batch of letters is for (DESIGN §2.4).
struct LetterSubject
{
    enum class Kind
    {
        Customer, // one customer: every open item the session may see (refused when it collects none of them)
        Salesperson, // the customers of one collector: only the instalments that employee collects
        All          // every customer with a balance (in the session's scope)
    };
    Kind kind = Kind::All;
    qint64 id = 0; // customer id or employee id; unused for All

    static LetterSubject customer(qint64 customerId) { return {Kind::Customer, customerId}; }
    static LetterSubject salesperson(qint64 employeeId) { return {Kind::Salesperson, employeeId}; }
    static LetterSubject all() { return {Kind::All, 0}; }
};

// Reconciliation letters (对账函, DESIGN §2.4, domain-facts §5.1). Writes need ManageLetters, reads
// ViewReceivables; both are limited to the session's scope (OpportunityScope on the collector: a letter is in
// scope when the collector it was generated for, or the current collector of one of its instalments, is).
// Every write is audited ("letters", "letter_items") in one transaction and notifies "letters" after commit.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LetterService)

public:
    explicit LetterService(const Context& ctx) : m_ctx(ctx) {}

    struct Generated
    {
        QList<qint64> letterIds; // in the order of generation (by customer code)
        QStringList letterNos;
        qint64 totalBalance = 0; // fen
    };

    // One DRAFT letter per customer of the subject with a balance > 0 as of asOf (OpenItems), dated today:
    // letter_no "DZ-<year of today>-<serial of that year, 6 digits>", pay_by = today + LetterPayDays,
    // reply_by = today + LetterReplyDays, the open items as a snapshot. For a Salesperson subject the letter
    // lists only that collector's instalments and records them as its salesperson; otherwise the salesperson
    // is the collector of all its items when they share one.
    // All in one transaction; progress counts customers and a cancellation (Conflict) leaves nothing behind.
    // A subject without any balance gives an empty result (no error). asOf may not be after today.
    Result<Generated> generate(const QDate& asOf, const LetterSubject& subject, Progress& progress);
    Result<Generated> generate(const QDate& asOf, const LetterSubject& subject);

    Result<Letter> get(qint64 letterId) const; // with its items
    Result<Letter> getByNo(const QString& letterNo) const;

    // draft → sent. method: letterSendMethodKeys(); a tracking number is required for ems and express.
    // on: not before the letter date and not after today.
    Status markSent(qint64 letterId, const QDate& on, const QString& method, const QString& trackingNo);
    // sent or no_reply → confirmed: the customer confirmed the letter's balance (confirmed_balance =
    // balance). on: not before the day it was sent, not after today. An optional scan of the signed reply is
    // attached.
    Status recordConfirmed(qint64 letterId, const QDate& on, const std::optional<LetterScan>& scan = {});

    struct DifferenceOutcome
    {
        qint64 difference = 0;    // letter balance - stated balance (negative when stated above ours)
        QList<qint64> disputeIds; // disputes opened (DisputeService::open), latest due item first
        qint64 disputed = 0;      // their total
        qint64 notDisputed = 0;   // part of a positive difference that no item could take any more (paid
                                  // or disputed since the letter): not disputed (the letter keeps the
                                  // whole difference in difference_amount)
    };
    // sent or no_reply → difference: the customer states another balance (>= 0, not equal to ours) with an
    // explanation. When the stated balance is below ours, the difference is opened as disputes on the
    // letter's instalments, from the latest due first, each up to what is still collectable on it now
    // (balance - open disputes); a stated balance above ours opens nothing but is recorded.
    // Needs ManageCollections as well (disputes).
    Result<DifferenceOutcome> recordDifference(qint64 letterId, const QDate& on, qint64 statedBalance,
                                               const QString& explanation,
                                               const std::optional<LetterScan>& scan = {});
    // sent → no_reply, only once the reply deadline has passed (today > reply_by).
    Status markNoReply(qint64 letterId);
    // draft or sent → cancelled, with a reason (stored in the note).
    Status cancel(qint64 letterId, const QString& reason);

    // Attaches (or replaces) the scan of a letter that is not cancelled. The content must match the type
    // (%PDF, PNG or JPEG signature) and be at most 20 MB.
    Status attachScan(qint64 letterId, const LetterScan& scan);
    Result<LetterScan> scan(qint64 letterId) const; // NotFound when none is attached

    // Problems of a scan before it is stored (columns file_name, mime, content); empty = acceptable.
    static QList<FieldProblem> validateScan(const LetterScan& scan);

    static QString letterNoPrefix() { return QStringLiteral("DZ"); }

    // Batches of up to this many letters (default 2,000) write one audit record per letter and item; bigger
    // batches write fingerprint runs (BulkAuditWriter::addCreated), which AuditLog::verify checks as well.
    // Tests lower it to run both ways on small data.
    static int perRowAuditLetters();
    static void setPerRowAuditLetters(int letters);

private:
    Context m_ctx;
};

} // namespace tl::core

#pragma once

#include "demo/DemoOrgPlan.h"
#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace tl::core::demo {

struct PlannedCustomer;

// The demo company's contracts and receivables (DESIGN §2.3, §2.4), planned one customer at a time on the
// planning thread and run through an in-memory copy of the allocation ledger, so that every row is what
// the services would have written:
//  - contracts only inside the customer's deal windows (PlannedDealWindow: the current owner during the
//    ownership, or a colleague before the handover), so the pool clocks stay as planned;
//  - 1-8 instalments summing to the contract amount, collected by the credited salesperson; instalments
//    still open when a salesperson left are handed over to the new owner (installment_collectors);
//  - payments allocated by PaymentService's automatic rule (oldest due first: due date, signing date,
//    contract number, seq; the named contract only, else the customer's active contracts signed by
//    then; each instalment up to its balance minus open disputes), the rest kept as customer credit;
//    reversals cancel a payment's net allocation per instalment;
//  - disputes, write-offs (approved ones reduce the balance), promises (kept or broken by the
//    CollectionService rule), demands, late-interest settlements, and reconciliation letters whose items
//    are the open items as of the letter's date (OpenItems) and whose differences open disputes as
//    LetterService::recordDifference does.
// Amounts in fen; employees are OrgPlan indexes; indexes below are into the customer's own lists.
struct ReceivablesSettings
{
    QDateTime now;
    int letterPayDays = 15;
    int letterReplyDays = 15;
    qint64 defaultInterestPpm = 45000;
    QDate checkinsFrom; // no follow-up is added from this day on (check-ins were matched to follow-ups)
};

struct PlanInstallment
{
    int contract = -1;
    int seq = 0;
    QDate dueOn;
    qint64 amount = 0;
    int collector = -1; // credited salesperson
    int handedTo = -1;  // the new collector after a handover (-1: none)
    QDate handedOn;     // from this day
    qint64 paid = 0;    // ledger results (caches)
    qint64 writtenOff = 0;
    qint64 disputed = 0; // open disputes
    QDate lastPaidOn;
    QDate settledOn; // the day the balance reached 0 (invalid while open)
    qint64 id = 0;   // set when its row is planned
};

struct PlanContract
{
    QString number;
    QDate signedOn;
    QDateTime createdAt;
    qint64 amount = 0;
    QString kind;           // new, renewal, addon
    QString status;         // draft, active, closed, cancelled
    qint64 interestPpm = 0; // 0 = the default rate (NULL)
    QString title;
    int salesperson = -1;
    int firstInstallment = 0;
    int installments = 0;
    qint64 id = 0;
};

struct PlanPayment
{
    QString number;
    QDate receivedOn;
    QDateTime createdAt;
    qint64 amount = 0;
    QString method;
    QString reference;
    int contract = -1; // named contract
    int intended = -1; // the contract an unnamed payment was meant for
    qint64 allocated = 0;
    QDate reversedOn;
    QDateTime reversedAt;
    QString reversalReason;
    qint64 id = 0;
};

struct PlanAllocation
{
    int payment = -1;
    int installment = -1;
    qint64 amount = 0;
    QDate onDate;
    QString kind; // auto, reversal
    QDateTime at;
};

struct PlanDispute
{
    int installment = -1;
    qint64 amount = 0;
    QString reason;
    QDate openedOn;
    QDate resolvedOn; // invalid = open
    QString resolution;
    QString resolutionNote;
    int letter = -1;   // pending letter (ReceivablesPlanner::letters()) that opened it
    int writeOff = -1; // the write-off that settles it (credited, written off)
};

struct PlanWriteOff
{
    int installment = -1;
    qint64 amount = 0;
    QString reason;
    QString evidenceName;
    QString evidenceMime;
    QByteArray evidence;
    QDate requestedOn;
    QString status; // pending, approved, rejected
    QDate decidedOn;
    QString decisionNote;
};

struct PlanPromise
{
    int installment = -1; // -1: the customer's receivables in general
    int followUp = -1;    // index into the customer's follow-ups after plan() (-1: none)
    QDate madeOn;
    QDate promisedOn;
    qint64 amount = 0;
    int employee = -1;
    QString note;
};

struct PlanDemand
{
    int contract = -1; // -1: all of the customer's receivables
    QString kind;      // demand, dunning_letter, repayment_plan, lawsuit
    QDate onDate;
    QString method;
    QString note;
    QDateTime at;
};

struct PlanInterest
{
    int installment = -1;
    QDate onDate;
    qint64 amount = 0;
    QString kind; // paid, waived
    QString note;
    QDateTime at;
};

struct PlanLetterItem
{
    int installment = -1; // in the customer's list; installmentId once its row is planned
    qint64 installmentId = 0;
    QString contractNo;
    int seq = 0;
    QDate dueOn;
    qint64 amount = 0;
    qint64 paid = 0; // amount - balance, as LetterService stores it
    qint64 balance = 0;
};

// A letter waits until every customer is planned: the letter numbers run by date over the company.
struct PlanLetter
{
    qint64 customerId = 0;
    int salesperson = -1; // the one collector of its items, if there is one
    QDate asOf;
    QDateTime createdAt;
    qint64 balance = 0;
    QString status; // draft, sent, confirmed, difference, no_reply, cancelled
    QDate sentOn;
    QString sentMethod;
    QString trackingNo;
    QDate confirmedOn;
    qint64 confirmedBalance = -1; // -1: NULL
    qint64 differenceAmount = -1; // -1: NULL
    QString differenceNote;
    QString note;
    std::vector<PlanLetterItem> items;
    QString number; // set once all letters are known
    qint64 id = 0;
};

struct CustomerReceivables
{
    std::vector<PlanContract> contracts;
    std::vector<PlanInstallment> installments;
    std::vector<PlanPayment> payments;
    std::vector<PlanAllocation> allocations;
    std::vector<PlanDispute> disputes; // letter disputes are kept with the letters
    std::vector<PlanWriteOff> writeOffs;
    std::vector<PlanPromise> promises;
    std::vector<PlanDemand> demands;
    std::vector<PlanInterest> interest;
    std::vector<int> letters; // this customer's pending letters

    void clear();
};

class ReceivablesPlanner
{
public:
    ReceivablesPlanner(const OrgPlan& org, const ReceivablesSettings& settings, quint64 seed);
    ~ReceivablesPlanner();
    ReceivablesPlanner(const ReceivablesPlanner&) = delete;
    ReceivablesPlanner& operator=(const ReceivablesPlanner&) = delete;

    // Plans the customer's receivables (current()); may add follow-ups that record promises (keeping
    // c.followUps in time order; promises point at them by index).
    void plan(PlannedCustomer& c, qint64 customerId);
    CustomerReceivables& current() { return m_current; }

    // Letters of every customer so far, and the disputes their differences opened.
    std::vector<PlanLetter>& letters() { return m_letters; }
    struct LetterDispute
    {
        PlanDispute dispute;
        qint64 installmentId = 0; // set with the customer's rows
    };
    std::vector<LetterDispute>& letterDisputes() { return m_letterDisputes; }
    std::vector<int>& currentLetterDisputes() { return m_currentLetterDisputes; }
    // Numbers the letters by date (DZ-YYYY-NNNNNN, a serial per year of the letter's creation, as
    // LetterService numbers them) and orders them by creation.
    void numberLetters();

private:
    struct Ledger;
    enum class Payer
    {
        Punctual,
        Slow,
        Erratic,
        Bad
    };
    Payer pickPayer(const PlannedCustomer& c);
    void planContracts(const PlannedCustomer& c);
    void planSchedule(PlanContract& contract, int index, const PlannedCustomer& c);
    void planEvents(const PlannedCustomer& c, Ledger& ledger, Payer payer);
    void planAfter(PlannedCustomer& c, const Ledger& ledger, Payer payer);
    QString contractNumber(const QDate& day);
    QString paymentNumber(const QDate& day);
    // A payment of the current customer (number later); its index.
    int newPayment(const QDate& day, qint64 amount, int contract, bool individual);
    QDateTime at(const QDate& day);
    bool employed(int employee, const QDate& day) const;

    const OrgPlan& m_org;
    ReceivablesSettings m_settings;
    QDate m_today;
    DemoRandom m_random;
    CustomerReceivables m_current;
    std::vector<PlanLetter> m_letters;
    std::vector<LetterDispute> m_letterDisputes;
    std::vector<int> m_currentLetterDisputes;
    std::vector<QDate> m_letterDates;  // reconciliation rounds (as-of dates)
    QHash<int, int> m_contractSerials; // per month of signing (yyyymm)
    QHash<int, int> m_paymentSerials;  // per month received
    qint64 m_customerId = 0;
};

} // namespace tl::core::demo

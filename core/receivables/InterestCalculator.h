#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Late-payment interest (逾期利息, DESIGN §2.3, domain-facts §5.3).
//
// Rate: the contract's interest_rate_ppm, or the company's DefaultInterestRatePpm setting when the contract
// has none (annual, parts per million; 45,000 = 4.5% = one-year LPR 3.0% × 1.5).
//
// Method: simple daily interest on the overdue principal of each instalment, actual/365, from the day after
// the due date. Day d (due < d <= asOf) bears interest on the balance owed at the start of that day, i.e.
// amount − allocations dated before d − write-offs approved before d (a payment on day p still bears the
// day p: an instalment due 01-31 and paid 02-10 bears 10 days, its days past due on the payment date). So
// with the balance changing on the dates of the ledger, piecewise:
//
//   interest = Σ balance_i × days_i × rate_ppm / (1,000,000 × 365)
//
// computed exactly (Σ balance_i × days_i in fen-days, then one exact ratio) and rounded half-up to the fen
// ONCE per instalment at the end (money/Rounding: applyRatio, HalfUpFen). Leap years are not special:
// 366 calendar days bear 366/365 of the annual rate. Open disputes do not stop interest. Reversed
// allocations restore the balance from their date.
//
// Settled: interest_settlements (paid or waived) dated on or before asOf. Outstanding = accrued − settled;
// an instalment stays reported after its principal is paid until its interest is settled.
// Instalments of active or closed contracts signed on or before asOf. Needs ViewReceivables and the
// collector in the session's scope (ViewAllReceivables: everyone).
class InterestCalculator
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::InterestCalculator)

public:
    struct Line
    {
        qint64 installmentId = 0;
        qint64 contractId = 0;
        QString contractNo;
        int seq = 0;
        qint64 customerId = 0;
        qint64 collectorId = 0;
        QDate dueOn;
        qint64 amount = 0;
        qint64 principal = 0;      // balance as of asOf
        qint64 ratePpm = 0;        // annual
        bool contractRate = false; // the contract's own rate (false: the default setting)
        int overdueDays = 0;       // days that bore interest (balance > 0)
        qint64 fenDays = 0;        // Σ balance_i × days_i
        qint64 accrued = 0;        // fen, half-up once
        qint64 settled = 0;
        qint64 outstanding = 0; // accrued − settled
    };
    struct Totals
    {
        qint64 principal = 0;
        qint64 accrued = 0;
        qint64 settled = 0;
        qint64 outstanding = 0;
    };

    // A change of an instalment's balance on a date (an allocation: negative; a reversal: positive; an
    // approved write-off: negative).
    struct BalanceChange
    {
        QDate on;
        qint64 delta = 0;
    };

    explicit InterestCalculator(const Context& ctx) : m_ctx(ctx) {}

    // The pure method above: fen-days of an instalment of `amount` due on `due` with the ledger changes
    // (any order; those after asOf are ignored) up to asOf; *overdueDays (optional): days with balance > 0.
    static qint64 fenDays(qint64 amount, const QDate& due, const QList<BalanceChange>& changes,
                          const QDate& asOf, int* overdueDays = nullptr);
    // fenDays × ratePpm / (1,000,000 × 365), rounded half-up to the fen.
    static qint64 interestFor(qint64 fenDays, qint64 ratePpm);
    // The company's default annual rate (ppm).
    Result<qint64> defaultRatePpm() const;

    Result<Line> forInstallment(qint64 installmentId, const QDate& asOf) const;
    // Every instalment of the contract (or customer, or collected by the employee) with interest outstanding
    // (accrued and not settled) or a balance overdue as of asOf, by due date, contract no, seq.
    Result<QList<Line>> forContract(qint64 contractId, const QDate& asOf) const;
    Result<QList<Line>> forCustomer(qint64 customerId, const QDate& asOf) const;
    Result<QList<Line>> forCollector(qint64 collectorId, const QDate& asOf) const;
    static Totals total(const QList<Line>& lines);

    // "Simple daily interest at 4.5% a year (actual/365) on the overdue principal from the day after the due
    // date" (translated), for letters and dialogs.
    static QString methodText(qint64 ratePpm);

private:
    Context m_ctx;
};

} // namespace tl::core

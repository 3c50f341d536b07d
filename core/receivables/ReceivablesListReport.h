#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "receivables/AgingBuckets.h"
#include "receivables/OpenItems.h"
#include "settings/Company.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Data of the printed receivables list (应收账款明细表, DESIGN §2.3, §4 `report receivables`) of one
// collector (salesperson) or one customer as of a date; ui/printing renders it (signature lines are the
// printer's). Items and totals come from OpenItems; the bucket totals equal AgingReport's total row for the
// same subject and date (filter collectorId or customerId). Needs ViewReceivables and the subject in scope.
class ReceivablesListReport
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ReceivablesListReport)

public:
    enum class Subject
    {
        Collector, // the instalments that employee collects
        Customer   // the customer's instalments (in the session's scope)
    };

    struct Item
    {
        OpenItem item; // balance, paid, written off, disputed, daysPastDue as of asOf
        QString customerCode;
        QString customerName;
        QString collectorCode;
        QString collectorName;
        int bucket = 0; // AgingBuckets index
        QString bucketKey;
        qint64 interestOutstanding = 0; // late interest accrued and not settled (InterestCalculator), fen
    };

    struct CustomerLine
    {
        qint64 customerId = 0;
        QString code;
        QString name;
        qint64 balance = 0; // Σ of its items
        int items = 0;
        QString letterStatus; // latest letter (not cancelled) as of asOf: letters.status; empty = none
        QString letterNo;
        QDate letterAsOf;
    };

    struct Data
    {
        Company company;
        QDate asOf;
        QDate printedOn; // the clock's today
        Subject subject = Subject::Collector;
        qint64 subjectId = 0;
        QString subjectCode; // employee or customer code
        QString subjectName;
        QString subjectDepartment; // collector: department path; customer: ""
        AgingBuckets buckets;
        QList<Item> items;             // by customer code, due date, contract no, seq
        QList<CustomerLine> customers; // by code
        QList<qint64> bucketTotals;    // per bucket (size buckets.count())
        qint64 amount = 0;             // Σ instalment amounts of the items
        qint64 paid = 0;
        qint64 writtenOff = 0;
        qint64 balance = 0; // Σ bucketTotals
        qint64 disputed = 0;
        qint64 overdue = 0; // balance past due
        // Late interest outstanding of the subject: open items and instalments already paid whose
        // interest is not settled.
        qint64 interestOutstanding = 0;
    };

    explicit ReceivablesListReport(const Context& ctx) : m_ctx(ctx) {}

    Result<Data> forCollector(qint64 employeeId, const QDate& asOf) const;
    Result<Data> forCustomer(qint64 customerId, const QDate& asOf) const;

private:
    Context m_ctx;
};

} // namespace tl::core

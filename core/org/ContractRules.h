#pragma once

#include "common/Error.h"
#include "org/Employee.h"

#include <QCoreApplication>
#include <QList>

namespace tl::core {

// The rules of 劳动合同法 for labour contracts (Arts. 14, 19, 82; domain-facts.md §4), without database:
// checks of a contract's dates against the employee's other contracts, Art. 19 probation limits,
// warnings before saving and reminders as of a date.
class ContractRules
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ContractRules)

public:
    // What the rules need to know about the employee.
    struct Person
    {
        qint64 id = 0;
        QString code;
        QString name;
        QDate hireDate;
        EmployeeStatus status = EmployeeStatus::Active;
        QDate leaveDate;
    };

    // Art. 19: the longest probation for the contract's term, in months: 0 for task contracts and fixed
    // terms under 3 months, 1 for 3 months to under 1 year, 2 for 1 to under 3 years, 6 for 3 years or more
    // and for open-ended contracts. A term of N months runs from the start to start + N months - 1 day.
    static int maxProbationMonths(const LabourContract& contract);
    // The last day a probation may end on (start + max months - 1 day); invalid when none is allowed.
    static QDate latestProbationEnd(const LabourContract& contract);

    // Blocking problems of a contract (columns: type, start_date, end_date, probation_end): missing or
    // inverted dates, an end date where there is none (open-ended) or none where one is needed (fixed term),
    // a probation outside the contract, overlaps with `others` and contracts out of seq order.
    static QList<FieldProblem> check(const LabourContract& contract, const QList<LabourContract>& others);

    // Warnings for a contract before it is saved (ThirdFixedTerm, TenYears, ProbationTooLong,
    // SecondProbation). `others`: the employee's other contracts; `today` gives daysLeft.
    static QList<ContractAlert> preview(const Person& person, const QList<LabourContract>& others,
                                        const LabourContract& contract, const QDate& today);

    // Reminders and warnings as of a date for one employee; `history` sorted by seq. None for someone who
    // has left.
    static QList<ContractAlert> alerts(const Person& person, const QList<LabourContract>& history,
                                       const QDate& asOf);

    // The day service reaches 10 years: 10 years after the earlier of hire date and first contract start.
    static QDate tenYearDate(const Person& person, const QList<LabourContract>& history);

    static constexpr int kEndingWindowDays = 30;
    static constexpr int kProbationWindowDays = 7;
    static constexpr int kTenYearWindowDays = 30;

private:
    static void addProbationProblems(const Person& person, const QList<LabourContract>& all,
                                     const LabourContract& contract, const QDate& today,
                                     QList<ContractAlert>& out);
};

} // namespace tl::core

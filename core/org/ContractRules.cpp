#include "org/ContractRules.h"

#include <algorithm>

namespace tl::core {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

// The last day of a contract; open-ended (and task contracts without a date) run on.
QDate lastDay(const LabourContract& c)
{
    return c.endDate.isValid() ? c.endDate : QDate(9999, 12, 31);
}

// Whether the term from start to end (both included) lasts at least `months` months.
bool termAtLeast(const LabourContract& c, int months)
{
    return c.endDate >= c.startDate.addMonths(months).addDays(-1);
}

ContractAlert makeAlert(ContractAlert::Kind kind, const ContractRules::Person& person, qint64 contractId,
                        const QDate& date, const QDate& asOf, const QString& message)
{
    ContractAlert a;
    a.kind = kind;
    a.employeeId = person.id;
    a.employeeCode = person.code;
    a.employeeName = person.name;
    a.contractId = contractId;
    a.date = date;
    a.daysLeft = int(asOf.daysTo(date));
    a.message = message;
    return a;
}

QList<LabourContract> sortedBySeq(QList<LabourContract> contracts)
{
    std::sort(contracts.begin(), contracts.end(),
              [](const LabourContract& a, const LabourContract& b) { return a.seq < b.seq; });
    return contracts;
}

} // namespace

int ContractRules::maxProbationMonths(const LabourContract& c)
{
    switch (c.type) {
    case ContractType::Task:
        return 0;
    case ContractType::OpenEnded:
        return 6;
    case ContractType::FixedTerm:
        break;
    }
    if (!c.startDate.isValid() || !c.endDate.isValid() || !termAtLeast(c, 3))
        return 0;
    if (!termAtLeast(c, 12))
        return 1;
    if (!termAtLeast(c, 36))
        return 2;
    return 6;
}

QDate ContractRules::latestProbationEnd(const LabourContract& c)
{
    const int months = maxProbationMonths(c);
    if (months == 0)
        return {};
    return c.startDate.addMonths(months).addDays(-1);
}

QDate ContractRules::tenYearDate(const Person& person, const QList<LabourContract>& history)
{
    QDate start = person.hireDate;
    for (const LabourContract& c : history)
        if (c.startDate.isValid() && (!start.isValid() || c.startDate < start))
            start = c.startDate;
    return start.isValid() ? start.addYears(10) : QDate();
}

QList<FieldProblem> ContractRules::check(const LabourContract& c, const QList<LabourContract>& others)
{
    QList<FieldProblem> problems;
    if (!c.startDate.isValid())
        problems << problem("start_date", {}, tr("start date is required"));
    if (c.type == ContractType::FixedTerm && !c.endDate.isValid())
        problems << problem("end_date", {}, tr("a fixed-term contract needs an end date"));
    if (c.type == ContractType::OpenEnded && c.endDate.isValid())
        problems << problem("end_date", iso(c.endDate), tr("an open-ended contract has no end date"));
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        problems << problem(
            "end_date", iso(c.endDate),
            tr("end date %1 is before the start date %2").arg(iso(c.endDate), iso(c.startDate)));
    if (c.probationEnd.isValid()) {
        if (c.startDate.isValid() && c.probationEnd < c.startDate)
            problems << problem("probation_end", iso(c.probationEnd),
                                tr("probation end %1 is before the start date %2")
                                    .arg(iso(c.probationEnd), iso(c.startDate)));
        if (c.endDate.isValid() && c.probationEnd > c.endDate)
            problems << problem(
                "probation_end", iso(c.probationEnd),
                tr("probation end %1 is after the end date %2").arg(iso(c.probationEnd), iso(c.endDate)));
    }
    if (!c.startDate.isValid())
        return problems;
    for (const LabourContract& o : others) {
        if (o.id != 0 && o.id == c.id)
            continue;
        if (c.startDate <= lastDay(o) && o.startDate <= lastDay(c)) {
            problems << problem("start_date", iso(c.startDate),
                                o.endDate.isValid()
                                    ? tr("the contract overlaps contract %1 (%2 to %3)")
                                          .arg(o.seq)
                                          .arg(iso(o.startDate), iso(o.endDate))
                                    : tr("the contract overlaps contract %1 (from %2, without an end date)")
                                          .arg(o.seq)
                                          .arg(iso(o.startDate)));
        } else if ((o.seq < c.seq && o.startDate >= c.startDate) ||
                   (o.seq > c.seq && o.startDate <= c.startDate)) {
            problems << problem("start_date", iso(c.startDate),
                                tr("contract %1 starts on %2; contracts must follow each other in order")
                                    .arg(o.seq)
                                    .arg(iso(o.startDate)));
        }
    }
    return problems;
}

void ContractRules::addProbationProblems(const Person& person, const QList<LabourContract>& all,
                                         const LabourContract& c, const QDate& today,
                                         QList<ContractAlert>& out)
{
    if (!c.probationEnd.isValid() || !c.startDate.isValid())
        return;
    const int months = maxProbationMonths(c);
    if (months == 0) {
        out << makeAlert(
            ContractAlert::Kind::ProbationTooLong, person, c.id, c.probationEnd, today,
            tr("The probation of %1 (%2) until %3 is not allowed: Labour Contract Law Art. 19 allows no "
               "probation for task contracts or contracts shorter than 3 months.")
                .arg(person.name, person.code, iso(c.probationEnd)));
    } else if (c.probationEnd > latestProbationEnd(c)) {
        out << makeAlert(
            ContractAlert::Kind::ProbationTooLong, person, c.id, c.probationEnd, today,
            tr("The probation of %1 (%2) until %3 is longer than Labour Contract Law Art. 19 allows for "
               "this contract: at most %n month(s), until %4.",
               nullptr, months)
                .arg(person.name, person.code, iso(c.probationEnd), iso(latestProbationEnd(c))));
    }
    const bool earlier = std::any_of(all.begin(), all.end(), [&](const LabourContract& o) {
        return o.seq < c.seq && o.probationEnd.isValid();
    });
    if (earlier)
        out << makeAlert(
            ContractAlert::Kind::SecondProbation, person, c.id, c.startDate, today,
            tr("The contract of %1 (%2) starting on %3 has a probation, but %1 already had one: only one "
               "probation is allowed with the same employee (Labour Contract Law Art. 19).")
                .arg(person.name, person.code, iso(c.startDate)));
}

QList<ContractAlert> ContractRules::preview(const Person& person, const QList<LabourContract>& others,
                                            const LabourContract& contract, const QDate& today)
{
    QList<LabourContract> previous;
    QList<LabourContract> all;
    LabourContract c = contract;
    int maxSeq = 0;
    for (const LabourContract& o : others) {
        if (o.id != 0 && o.id == c.id)
            continue;
        maxSeq = std::max(maxSeq, o.seq);
        all << o;
    }
    if (c.seq == 0)
        c.seq = maxSeq + 1;
    for (const LabourContract& o : all)
        if (o.seq < c.seq)
            previous << o;
    previous = sortedBySeq(previous);
    all << c;

    QList<ContractAlert> out;
    if (c.type == ContractType::FixedTerm && previous.size() >= 2 &&
        previous.at(previous.size() - 1).type == ContractType::FixedTerm &&
        previous.at(previous.size() - 2).type == ContractType::FixedTerm)
        out << makeAlert(
            ContractAlert::Kind::ThirdFixedTerm, person, c.id, c.startDate, today,
            tr("This would be the third consecutive fixed-term contract of %1 (%2), starting on %3: an "
               "open-ended contract is mandatory unless the employee asks for a fixed term (Labour "
               "Contract Law Art. 14).")
                .arg(person.name, person.code, iso(c.startDate)));
    const QDate ten = tenYearDate(person, all);
    if (c.type != ContractType::OpenEnded && ten.isValid() && c.startDate.isValid() && ten <= c.startDate)
        out << makeAlert(
            ContractAlert::Kind::TenYears, person, c.id, ten, today,
            tr("%1 (%2) reached 10 years of service on %3: this contract must be open-ended unless the "
               "employee asks for a fixed term (Labour Contract Law Art. 14).")
                .arg(person.name, person.code, iso(ten)));
    addProbationProblems(person, all, c, today, out);
    return out;
}

QList<ContractAlert> ContractRules::alerts(const Person& person, const QList<LabourContract>& unsorted,
                                           const QDate& asOf)
{
    QList<ContractAlert> out;
    if (person.status == EmployeeStatus::Left)
        return out;
    const QList<LabourContract> history = sortedBySeq(unsorted);
    const auto leavingBy = [&](const QDate& date) {
        return person.leaveDate.isValid() && person.leaveDate <= date;
    };

    const QDate ten = tenYearDate(person, history);
    const bool openEnded = !history.isEmpty() && history.last().type == ContractType::OpenEnded;
    if (ten.isValid() && !openEnded && !leavingBy(ten)) {
        const qint64 days = asOf.daysTo(ten);
        if (days > 0 && days <= kTenYearWindowDays)
            out << makeAlert(
                ContractAlert::Kind::TenYears, person, history.isEmpty() ? 0 : history.last().id, ten, asOf,
                tr("%1 (%2) reaches 10 years of service on %3, in %n day(s): on renewal an open-ended "
                   "contract is mandatory unless the employee asks for a fixed term (Labour Contract Law "
                   "Art. 14).",
                   nullptr, int(days))
                    .arg(person.name, person.code, iso(ten)));
        else if (days <= 0 && !history.isEmpty() && history.last().type == ContractType::FixedTerm)
            out << makeAlert(
                ContractAlert::Kind::TenYears, person, history.last().id, ten, asOf,
                tr("%1 (%2) reached 10 years of service on %3 and still has a fixed-term contract: on "
                   "renewal an open-ended contract is mandatory unless the employee asks for a fixed term "
                   "(Labour Contract Law Art. 14).")
                    .arg(person.name, person.code, iso(ten)));
    }

    if (history.isEmpty()) {
        if (person.hireDate.isValid() && person.hireDate <= asOf)
            out << makeAlert(
                ContractAlert::Kind::NoContract, person, 0, person.hireDate, asOf,
                tr("%1 (%2) has been employed since %3 without a written labour contract: from the second "
                   "month double wages are owed (Labour Contract Law Art. 82).")
                    .arg(person.name, person.code, iso(person.hireDate)));
        return out;
    }

    int current = -1; // the last contract that has started
    for (int i = 0; i < history.size(); ++i)
        if (history.at(i).startDate <= asOf)
            current = i;
    if (current < 0)
        return out; // only a contract that starts later

    const LabourContract& c = history.at(current);
    const bool renewed = current + 1 < history.size();
    if (c.type == ContractType::FixedTerm && !renewed && c.endDate.isValid() &&
        asOf.daysTo(c.endDate) <= kEndingWindowDays && !leavingBy(c.endDate)) {
        const qint64 days = asOf.daysTo(c.endDate);
        QString message;
        if (days > 0)
            message =
                tr("The fixed-term labour contract of %1 (%2) ends on %3, in %n day(s).", nullptr, int(days))
                    .arg(person.name, person.code, iso(c.endDate));
        else if (days == 0)
            message = tr("The fixed-term labour contract of %1 (%2) ends today (%3).")
                          .arg(person.name, person.code, iso(c.endDate));
        else
            message = tr("The fixed-term labour contract of %1 (%2) ended on %3 and has not been renewed.")
                          .arg(person.name, person.code, iso(c.endDate));
        out << makeAlert(ContractAlert::Kind::EndingSoon, person, c.id, c.endDate, asOf, message);

        int chain = 0; // consecutive fixed-term contracts up to the current one
        for (int i = current; i >= 0 && history.at(i).type == ContractType::FixedTerm; --i)
            ++chain;
        if (chain >= 2)
            out << makeAlert(
                ContractAlert::Kind::ThirdFixedTerm, person, c.id, c.endDate, asOf,
                tr("%1 (%2) has had two consecutive fixed-term contracts and the current one ends on %3: "
                   "on renewal an open-ended contract is mandatory unless the employee asks for a fixed "
                   "term (Labour Contract Law Art. 14).")
                    .arg(person.name, person.code, iso(c.endDate)));
    }

    for (int i = current; i < history.size(); ++i) {
        const LabourContract& k = history.at(i);
        if (k.probationEnd.isValid()) {
            const qint64 days = asOf.daysTo(k.probationEnd);
            if (days > 0 && days <= kProbationWindowDays)
                out << makeAlert(ContractAlert::Kind::ProbationEnding, person, k.id, k.probationEnd, asOf,
                                 tr("The probation of %1 (%2) ends on %3, in %n day(s).", nullptr, int(days))
                                     .arg(person.name, person.code, iso(k.probationEnd)));
            else if (days == 0)
                out << makeAlert(ContractAlert::Kind::ProbationEnding, person, k.id, k.probationEnd, asOf,
                                 tr("The probation of %1 (%2) ends today (%3).")
                                     .arg(person.name, person.code, iso(k.probationEnd)));
        }
        addProbationProblems(person, history, k, asOf, out);
    }
    return out;
}

} // namespace tl::core

#include "OrgTestSupport.h"

#include "org/ContractRules.h"

#include <algorithm>

using namespace tl::core;
using namespace Qt::StringLiterals;
using Kind = ContractAlert::Kind;

namespace {

const QDate kAsOf(2026, 3, 15);

ContractRules::Person person(const QDate& hireDate)
{
    return ContractRules::Person{1, u"E001"_s, u"张三"_s, hireDate, EmployeeStatus::Active, {}};
}

LabourContract contract(int seq, ContractType type, const QDate& start, const QDate& end = {},
                        const QDate& probationEnd = {})
{
    LabourContract c;
    c.id = seq * 10;
    c.employeeId = 1;
    c.seq = seq;
    c.type = type;
    c.startDate = start;
    c.endDate = end;
    c.probationEnd = probationEnd;
    return c;
}

LabourContract fixed(int seq, const QDate& start, const QDate& end, const QDate& probationEnd = {})
{
    return contract(seq, ContractType::FixedTerm, start, end, probationEnd);
}

int countOf(const QList<ContractAlert>& alerts, Kind kind)
{
    return int(
        std::count_if(alerts.begin(), alerts.end(), [&](const ContractAlert& a) { return a.kind == kind; }));
}

const ContractAlert& only(const QList<ContractAlert>& alerts, Kind kind)
{
    const auto it =
        std::find_if(alerts.begin(), alerts.end(), [&](const ContractAlert& a) { return a.kind == kind; });
    REQUIRE(it != alerts.end());
    REQUIRE(countOf(alerts, kind) == 1);
    return *it;
}

} // namespace

TEST_CASE("Art. 19 probation limits at each term boundary", "[org][contracts]")
{
    const QDate start(2026, 1, 1);
    // Fixed terms: a term of N months ends on start + N months - 1 day.
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2026, 3, 30))) ==
          0); // 3 months minus a day
    CHECK_FALSE(ContractRules::latestProbationEnd(fixed(1, start, QDate(2026, 3, 30))).isValid());
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2026, 3, 31))) == 1); // exactly 3 months
    CHECK(ContractRules::latestProbationEnd(fixed(1, start, QDate(2026, 3, 31))) == QDate(2026, 1, 31));
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2026, 12, 30))) == 1); // a year minus a day
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2026, 12, 31))) == 2); // exactly 1 year
    CHECK(ContractRules::latestProbationEnd(fixed(1, start, QDate(2026, 12, 31))) == QDate(2026, 2, 28));
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2028, 12, 30))) ==
          2); // 3 years minus a day
    CHECK(ContractRules::maxProbationMonths(fixed(1, start, QDate(2028, 12, 31))) == 6); // exactly 3 years
    CHECK(ContractRules::latestProbationEnd(fixed(1, start, QDate(2028, 12, 31))) == QDate(2026, 6, 30));
    CHECK(ContractRules::maxProbationMonths(contract(1, ContractType::OpenEnded, start)) == 6);
    CHECK(ContractRules::latestProbationEnd(contract(1, ContractType::OpenEnded, start)) ==
          QDate(2026, 6, 30));
    CHECK(ContractRules::maxProbationMonths(contract(1, ContractType::Task, start, QDate(2027, 12, 31))) ==
          0);
}

TEST_CASE("a probation at the Art. 19 limit passes, one day more is flagged", "[org][contracts]")
{
    const QDate start(2026, 1, 1);
    const auto p = person(start);
    struct Case
    {
        QDate end;
        QDate latest;
    };
    const Case cases[] = {{QDate(2026, 3, 31), QDate(2026, 1, 31)},
                          {QDate(2026, 12, 31), QDate(2026, 2, 28)},
                          {QDate(2028, 12, 31), QDate(2026, 6, 30)}};
    for (const Case& c : cases) {
        CAPTURE(c.end);
        CHECK(countOf(ContractRules::preview(p, {}, fixed(0, start, c.end, c.latest), kAsOf),
                      Kind::ProbationTooLong) == 0);
        const auto alerts = ContractRules::preview(p, {}, fixed(0, start, c.end, c.latest.addDays(1)), kAsOf);
        CHECK(only(alerts, Kind::ProbationTooLong).date == c.latest.addDays(1));
    }
    const auto tooLong =
        ContractRules::preview(p, {}, fixed(0, start, QDate(2026, 12, 31), QDate(2026, 3, 1)), kAsOf);
    CHECK(only(tooLong, Kind::ProbationTooLong).message ==
          u"The probation of 张三 (E001) until 2026-03-01 is longer than Labour Contract Law Art. 19 allows "
          u"for this "
          "contract: at most 2 month(s), until 2026-02-28."_s);

    // No probation at all for terms under 3 months and for task contracts.
    const auto shortTerm =
        ContractRules::preview(p, {}, fixed(0, start, QDate(2026, 3, 30), QDate(2026, 1, 2)), kAsOf);
    CHECK(only(shortTerm, Kind::ProbationTooLong).message ==
          u"The probation of 张三 (E001) until 2026-01-02 is not allowed: Labour Contract Law Art. 19 allows "
          u"no "
          "probation for task contracts or contracts shorter than 3 months."_s);
    const auto task = ContractRules::preview(
        p, {}, contract(0, ContractType::Task, start, QDate(2027, 1, 1), QDate(2026, 1, 10)), kAsOf);
    CHECK(countOf(task, Kind::ProbationTooLong) == 1);
    const auto openEnded = ContractRules::preview(
        p, {}, contract(0, ContractType::OpenEnded, start, {}, QDate(2026, 6, 30)), kAsOf);
    CHECK(openEnded.isEmpty());
}

TEST_CASE("contract ending: 30 days ahead alerts, 31 does not", "[org][contracts]")
{
    const auto p = person(QDate(2025, 4, 15));
    const auto at30 = ContractRules::alerts(p, {fixed(1, QDate(2025, 4, 15), QDate(2026, 4, 14))}, kAsOf);
    const ContractAlert& a = only(at30, Kind::EndingSoon);
    CHECK(a.daysLeft == 30);
    CHECK(a.date == QDate(2026, 4, 14));
    CHECK(a.contractId == 10);
    CHECK(a.employeeCode == u"E001"_s);
    CHECK(a.message == u"The fixed-term labour contract of 张三 (E001) ends on 2026-04-14, in 30 day(s)."_s);
    CHECK(at30.size() == 1);

    CHECK(ContractRules::alerts(p, {fixed(1, QDate(2025, 4, 15), QDate(2026, 4, 15))}, kAsOf).isEmpty());

    const auto today = ContractRules::alerts(p, {fixed(1, QDate(2025, 4, 15), kAsOf)}, kAsOf);
    CHECK(only(today, Kind::EndingSoon).message ==
          u"The fixed-term labour contract of 张三 (E001) ends today (2026-03-15)."_s);

    const auto ended = ContractRules::alerts(p, {fixed(1, QDate(2025, 3, 2), QDate(2026, 3, 1))}, kAsOf);
    CHECK(only(ended, Kind::EndingSoon).daysLeft == -14);
    CHECK(only(ended, Kind::EndingSoon).message ==
          u"The fixed-term labour contract of 张三 (E001) ended on 2026-03-01 and has not been renewed."_s);

    // Renewed, open-ended, or the employee leaves by the end date: nothing to remind.
    CHECK(ContractRules::alerts(p,
                                {fixed(1, QDate(2025, 4, 15), QDate(2026, 4, 14)),
                                 contract(2, ContractType::OpenEnded, QDate(2026, 4, 15))},
                                kAsOf)
              .isEmpty());
    CHECK(ContractRules::alerts(p, {contract(1, ContractType::OpenEnded, QDate(2025, 4, 15))}, kAsOf)
              .isEmpty());
    auto leaving = p;
    leaving.status = EmployeeStatus::Leaving;
    leaving.leaveDate = QDate(2026, 4, 14);
    CHECK(
        ContractRules::alerts(leaving, {fixed(1, QDate(2025, 4, 15), QDate(2026, 4, 14))}, kAsOf).isEmpty());
    auto left = p;
    left.status = EmployeeStatus::Left;
    left.leaveDate = QDate(2026, 3, 1);
    CHECK(ContractRules::alerts(left, {fixed(1, QDate(2025, 3, 2), QDate(2026, 3, 1))}, kAsOf).isEmpty());
}

TEST_CASE("probation ending: 7 days ahead alerts, 8 does not", "[org][contracts]")
{
    const auto p = person(QDate(2025, 12, 23));
    const QDate start(2025, 12, 23);
    const QDate end(2028, 12, 22); // 3 years: up to 6 months of probation
    const auto at7 = ContractRules::alerts(p, {fixed(1, start, end, QDate(2026, 3, 22))}, kAsOf);
    CHECK(at7.size() == 1);
    CHECK(only(at7, Kind::ProbationEnding).daysLeft == 7);
    CHECK(only(at7, Kind::ProbationEnding).message ==
          u"The probation of 张三 (E001) ends on 2026-03-22, in 7 day(s)."_s);
    CHECK(ContractRules::alerts(p, {fixed(1, start, end, QDate(2026, 3, 23))}, kAsOf).isEmpty());
    CHECK(
        only(ContractRules::alerts(p, {fixed(1, start, end, kAsOf)}, kAsOf), Kind::ProbationEnding).message ==
        u"The probation of 张三 (E001) ends today (2026-03-15)."_s);
    CHECK(ContractRules::alerts(p, {fixed(1, start, end, QDate(2026, 3, 14))}, kAsOf).isEmpty());
}

TEST_CASE("ten years of service: 30 days ahead, or reached with a fixed-term contract", "[org][contracts]")
{
    const auto current = fixed(1, QDate(2025, 1, 1), QDate(2027, 12, 31));
    const auto at30 = ContractRules::alerts(person(QDate(2016, 4, 14)), {current}, kAsOf);
    CHECK(at30.size() == 1);
    CHECK(only(at30, Kind::TenYears).date == QDate(2026, 4, 14));
    CHECK(only(at30, Kind::TenYears).daysLeft == 30);
    CHECK(only(at30, Kind::TenYears).message ==
          u"张三 (E001) reaches 10 years of service on 2026-04-14, in 30 day(s): on renewal an open-ended "
          u"contract is "
          "mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14)."_s);

    CHECK(ContractRules::alerts(person(QDate(2016, 4, 15)), {current}, kAsOf).isEmpty());

    const auto reached = ContractRules::alerts(person(QDate(2016, 3, 1)), {current}, kAsOf);
    CHECK(only(reached, Kind::TenYears).daysLeft == -14);
    CHECK(
        only(reached, Kind::TenYears).message ==
        u"张三 (E001) reached 10 years of service on 2026-03-01 and still has a fixed-term contract: on "
        u"renewal an "
        "open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14)."_s);

    // Service counts from the first contract when it started before the recorded hire date.
    CHECK(countOf(ContractRules::alerts(person(QDate(2020, 1, 1)),
                                        {fixed(1, QDate(2016, 3, 1), QDate(2024, 12, 31)),
                                         fixed(2, QDate(2025, 1, 1), QDate(2027, 12, 31))},
                                        kAsOf),
                  Kind::TenYears) == 1);
    // Open-ended already: nothing to warn about.
    CHECK(ContractRules::alerts(person(QDate(2016, 3, 1)),
                                {contract(1, ContractType::OpenEnded, QDate(2025, 1, 1))}, kAsOf)
              .isEmpty());
}

TEST_CASE("renewal would be the third consecutive fixed-term contract", "[org][contracts]")
{
    const auto p = person(QDate(2020, 1, 1));
    const auto first = fixed(1, QDate(2020, 1, 1), QDate(2022, 12, 31));
    const auto at30 =
        ContractRules::alerts(p, {first, fixed(2, QDate(2023, 1, 1), QDate(2026, 4, 14))}, kAsOf);
    CHECK(at30.size() == 2);
    CHECK(countOf(at30, Kind::EndingSoon) == 1);
    CHECK(only(at30, Kind::ThirdFixedTerm).date == QDate(2026, 4, 14));
    CHECK(only(at30, Kind::ThirdFixedTerm).message == u"张三 (E001) has had two consecutive fixed-term "
                                                      u"contracts and the current one ends on 2026-04-14: on "
                                                      "renewal an open-ended contract is mandatory unless "
                                                      "the employee asks for a fixed term (Labour Contract "
                                                      "Law Art. 14)."_s);
    CHECK(
        ContractRules::alerts(p, {first, fixed(2, QDate(2023, 1, 1), QDate(2026, 4, 15))}, kAsOf).isEmpty());
    // Only one fixed-term contract so far, or the chain is broken by a task contract.
    CHECK(countOf(ContractRules::alerts(p, {fixed(1, QDate(2023, 1, 1), QDate(2026, 4, 14))}, kAsOf),
                  Kind::ThirdFixedTerm) == 0);
    CHECK(countOf(ContractRules::alerts(
                      p,
                      {first, contract(2, ContractType::Task, QDate(2023, 1, 1), QDate(2023, 6, 30)),
                       fixed(3, QDate(2023, 7, 1), QDate(2026, 4, 14))},
                      kAsOf),
                  Kind::ThirdFixedTerm) == 0);
}

TEST_CASE("employed without a written contract", "[org][contracts]")
{
    const auto alerts = ContractRules::alerts(person(QDate(2026, 1, 5)), {}, kAsOf);
    CHECK(alerts.size() == 1);
    CHECK(only(alerts, Kind::NoContract).daysLeft == -69);
    CHECK(only(alerts, Kind::NoContract).message == u"张三 (E001) has been employed since 2026-01-05 without "
                                                    u"a written labour contract: from the second month "
                                                    "double wages are owed (Labour Contract Law Art. 82)."_s);
    CHECK(ContractRules::alerts(person(QDate(2026, 4, 1)), {}, kAsOf).isEmpty()); // starts later
    auto left = person(QDate(2026, 1, 5));
    left.status = EmployeeStatus::Left;
    left.leaveDate = QDate(2026, 2, 1);
    CHECK(ContractRules::alerts(left, {}, kAsOf).isEmpty());
}

TEST_CASE("a second probation with the same employee", "[org][contracts]")
{
    const auto p = person(QDate(2024, 1, 1));
    const auto first = fixed(1, QDate(2024, 1, 1), QDate(2025, 12, 31), QDate(2024, 2, 29));
    const auto second = fixed(2, QDate(2026, 1, 1), QDate(2028, 12, 31), QDate(2026, 2, 28));
    const auto alerts = ContractRules::alerts(p, {first, second}, kAsOf);
    CHECK(alerts.size() == 1);
    CHECK(only(alerts, Kind::SecondProbation).message ==
          u"The contract of 张三 (E001) starting on 2026-01-01 has a probation, but 张三 already had one: "
          u"only one "
          "probation is allowed with the same employee (Labour Contract Law Art. 19)."_s);
    auto renewal = second;
    renewal.id = 0;
    renewal.seq = 0;
    CHECK(countOf(ContractRules::preview(p, {first}, renewal, kAsOf), Kind::SecondProbation) == 1);
    renewal.probationEnd = QDate();
    CHECK(ContractRules::preview(p, {first}, renewal, kAsOf).isEmpty());
}

TEST_CASE("preview warns before a third fixed-term contract or after ten years", "[org][contracts]")
{
    const auto p = person(QDate(2020, 1, 1));
    const QList<LabourContract> two{fixed(1, QDate(2020, 1, 1), QDate(2022, 12, 31)),
                                    fixed(2, QDate(2023, 1, 1), QDate(2025, 12, 31))};
    LabourContract third = fixed(0, QDate(2026, 1, 1), QDate(2028, 12, 31));
    third.id = 0;
    const auto alerts = ContractRules::preview(p, two, third, kAsOf);
    CHECK(alerts.size() == 1);
    CHECK(
        only(alerts, Kind::ThirdFixedTerm).message ==
        u"This would be the third consecutive fixed-term contract of 张三 (E001), starting on 2026-01-01: an "
        "open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law "
        "Art. 14)."_s);
    LabourContract openEnded = contract(0, ContractType::OpenEnded, QDate(2026, 1, 1));
    openEnded.id = 0;
    CHECK(ContractRules::preview(p, two, openEnded, kAsOf).isEmpty());
    CHECK(ContractRules::preview(p, {two.first()}, third, kAsOf).isEmpty());

    const auto veteran = person(QDate(2015, 1, 1));
    LabourContract renewal = fixed(0, QDate(2025, 1, 1), QDate(2027, 12, 31));
    renewal.id = 0;
    const auto ten = ContractRules::preview(veteran, {}, renewal, kAsOf);
    CHECK(only(ten, Kind::TenYears).date == QDate(2025, 1, 1));
    CHECK(
        only(ten, Kind::TenYears).message ==
        u"张三 (E001) reached 10 years of service on 2025-01-01: this contract must be open-ended unless the "
        "employee asks for a fixed term (Labour Contract Law Art. 14)."_s);
    renewal.startDate = QDate(2024, 12, 31);
    CHECK(ContractRules::preview(veteran, {}, renewal, kAsOf).isEmpty());
}

TEST_CASE("contract dates are checked against each other and the other contracts", "[org][contracts]")
{
    const auto first = fixed(1, QDate(2024, 1, 1), QDate(2025, 12, 31));
    auto columns = [](const QList<FieldProblem>& problems) {
        QStringList list;
        for (const FieldProblem& p : problems)
            list << p.column + u": "_s + p.reason;
        return list;
    };

    CHECK(ContractRules::check(fixed(2, QDate(2026, 1, 1), QDate(2026, 12, 31)), {first}).isEmpty());
    CHECK(columns(ContractRules::check(fixed(2, QDate(2025, 12, 31), QDate(2026, 12, 31)), {first})) ==
          QStringList{u"start_date: the contract overlaps contract 1 (2024-01-01 to 2025-12-31)"_s});
    CHECK(columns(ContractRules::check(fixed(2, QDate(2023, 1, 1), QDate(2023, 6, 30)), {first})) ==
          QStringList{
              u"start_date: contract 1 starts on 2024-01-01; contracts must follow each other in order"_s});
    CHECK(columns(ContractRules::check(fixed(2, QDate(2030, 1, 1), {}),
                                       {contract(1, ContractType::OpenEnded, QDate(2024, 1, 1))})) ==
          QStringList{
              u"end_date: a fixed-term contract needs an end date"_s,
              u"start_date: the contract overlaps contract 1 (from 2024-01-01, without an end date)"_s});
    CHECK(columns(ContractRules::check(
              contract(1, ContractType::OpenEnded, QDate(2024, 1, 1), QDate(2025, 1, 1)), {})) ==
          QStringList{u"end_date: an open-ended contract has no end date"_s});
    CHECK(columns(ContractRules::check(fixed(1, QDate(2024, 1, 1), QDate(2023, 12, 31)), {})) ==
          QStringList{u"end_date: end date 2023-12-31 is before the start date 2024-01-01"_s});
    CHECK(columns(ContractRules::check(fixed(1, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2025, 1, 1)),
                                       {})) ==
          QStringList{u"probation_end: probation end 2025-01-01 is after the end date 2024-12-31"_s});
    CHECK(columns(ContractRules::check(fixed(1, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2023, 12, 1)),
                                       {})) ==
          QStringList{u"probation_end: probation end 2023-12-01 is before the start date 2024-01-01"_s});
    CHECK(columns(ContractRules::check(contract(1, ContractType::Task, {}), {})) ==
          QStringList{u"start_date: start date is required"_s});
    // A task contract may run without an end date.
    CHECK(ContractRules::check(contract(1, ContractType::Task, QDate(2024, 1, 1)), {}).isEmpty());
}

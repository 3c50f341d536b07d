#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace tl::core {

class Database;

// A payroll month ("2026-01").
struct PayrollPeriod
{
    int year = 0;
    int month = 0; // 1..12

    bool isValid() const { return year >= 2000 && year <= 2100 && month >= 1 && month <= 12; }
    QString key() const; // "2026-01"
    QDate first() const { return QDate(year, month, 1); }
    QDate last() const { return first().addMonths(1).addDays(-1); }
    PayrollPeriod january() const { return {year, 1}; }

    // "2026-01" (also "2026-1", "2026/01"); nothing for anything else.
    static std::optional<PayrollPeriod> parse(const QString& text);
    static PayrollPeriod of(const QDate& date) { return {date.year(), date.month()}; }

    friend bool operator==(const PayrollPeriod&, const PayrollPeriod&) = default;
    friend auto operator<=>(const PayrollPeriod&, const PayrollPeriod&) = default;
};

// The states of a payroll run (payroll_runs.status).
class PayrollStatus
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::PayrollStatus)

public:
    static QString name(const QString& key); // translated: draft, calculated, approved, locked

    // The status of the run of the period ("" = no run). Throws DbException.
    static QString of(const Database& db, const PayrollPeriod& period);
    // Whether the run of the month of `date` is approved or locked: the month's pay inputs (attendance,
    // salary profiles, year-to-date openings) are then closed; changes apply to later months.
    static bool isClosed(const Database& db, const QDate& date);
    // "the payroll of 2026-01 is locked: …" for a change to a closed month.
    static QString closedReason(const PayrollPeriod& period, const QString& status);
};

} // namespace tl::core

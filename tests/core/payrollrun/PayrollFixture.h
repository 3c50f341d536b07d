#pragma once

#include <catch2/catch.hpp>

#include "common/Context.h"
#include "common/Result.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "payroll/PayrollRun.h"
#include "payroll/SalaryProfile.h"
#include "support/TestDatabase.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Readable Catch2 output for the Qt values the tests compare.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[\n  " + value.join(QStringLiteral("\n  ")).toStdString() + "\n]";
    }
};
template <> struct StringMaker<tl::core::Money>
{
    static std::string convert(const tl::core::Money& value)
    {
        return tl::core::formatPlain(value).toStdString();
    }
};
} // namespace Catch

namespace tl::core {
class PayComponentsSource;
struct ImportResult;
struct ImportOptions;
} // namespace tl::core

namespace tl::test {

// "1234.56" -> Money (fails the test on a bad literal).
core::Money yuan(const char* text);

// A company in Shanghai with the built-in city profiles (SetupService), the clock at 2026-03-15 09:00.
class PayrollFixture
{
public:
    PayrollFixture();

    TestDatabase t;
    core::Database& db() { return t.db(); }
    core::Context system() { return t.context(); }
    core::Context as(const core::Session& session) { return t.context(session); }

    // An employee through EmployeeService (role sales unless given).
    qint64 employee(const QString& code, const QString& name, const QDate& hired,
                    const QString& city = QStringLiteral("shanghai"), qint64 departmentId = 0,
                    const QString& role = QStringLiteral("sales"));
    // A user account of the role, linked to the employee, and its session (department scope for managers).
    core::Session user(const QString& username, core::Role role, qint64 employeeId = 0,
                       const QList<qint64>& scope = {});

    // A profile from `from`: base salary, social-insurance and housing-fund bases = base, the city's
    // housing-fund rate, no allowance or deductions. Saved through SalaryProfileService (system).
    static core::SalaryProfile profileSpec(qint64 employeeId, const QDate& from, const char* base);
    qint64 save(const core::SalaryProfile& profile);
    qint64 profile(qint64 employeeId, const QDate& from, const char* base)
    {
        return save(profileSpec(employeeId, from, base));
    }

    // Payroll steps as the system session, failing the test on an error.
    core::PayrollCalculation calc(const QString& period, core::PayComponentsSource* components = nullptr);
    void approve(const QString& period);
    void lock(const QString& period);
    void close(const QString& period) // calculate, approve and lock
    {
        calc(period);
        approve(period);
        lock(period);
    }
    QList<core::Payslip> payslips(const QString& period);
    core::Payslip payslipOf(const QString& period, const QString& code);

    core::Result<core::ImportResult> importCsv(const core::Context& ctx, const QString& kind,
                                               const QByteArray& csv, const core::ImportOptions& options);
    core::Result<core::ImportResult> importCsv(const QString& kind, const QByteArray& csv);

    QStringList rows(const QString& sql);
    qint64 scalar(const QString& sql);
    void requireAuditClean();
};

// The lines of a payslip as "code amount" (plain amounts), in payslip order.
QStringList lineTexts(const core::Payslip& payslip);
// (row, column) of each problem.
QList<std::pair<int, QString>> cells(const QList<core::FieldProblem>& problems);

} // namespace tl::test

namespace Catch {
template <> struct StringMaker<std::pair<int, QString>>
{
    static std::string convert(const std::pair<int, QString>& value)
    {
        return "(" + std::to_string(value.first) + ", " + value.second.toStdString() + ")";
    }
};
} // namespace Catch

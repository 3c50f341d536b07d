#pragma once

#include <catch2/catch.hpp>

#include "app/AppContext.h"
#include "auth/Session.h"
#include "common/Context.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QString>
#include <QTest>

#include <memory>

#define TL_PAY_REQUIRE_OK(expr)                                                                              \
    do {                                                                                                     \
        const auto& tlResult_ = (expr);                                                                      \
        INFO((tlResult_.ok() ? QString() : tlResult_.error().fullText()).toStdString());                     \
        REQUIRE(tlResult_.ok());                                                                             \
    } while (false)

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace tl::test {

// A small company in Shanghai for the payroll UI tests, written through the core services as the system. The
// clock stands at 2026-03-15 09:00.
//   销售中心/销售一部: E001 王一, E002 王二, E003 赵三 (sales, hired 2024-01-01)
//   Salary profiles from 2026-01-01: E001 and E002 base ¥10,000.00, no allowance, social-insurance and
//   housing-fund base ¥10,000.00, housing fund 7%, no special additional deduction; E002 from 2026-02-01
//   base ¥12,000.00 (the rest unchanged). E003 has no salary profile (left out of every run).
class PayrollFixture
{
public:
    PayrollFixture();

    TestDatabase t;
    core::Context sys;
    qint64 team = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0;

    qint64 hrUser = 0, salesUser = 0; // users 人事 (HR) and 王一 (sales, linked to E001)

    core::Session hr() const;                     // Role::Hr, hrUser
    core::Session sales(qint64 employeeId) const; // Role::Sales, salesUser
    std::unique_ptr<ui::AppContext> app(const core::Session& session);

    void salaryProfile(qint64 employeeId, const QDate& from, qint64 baseYuan);
};

template <typename F> bool waitUntil(F condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace tl::test

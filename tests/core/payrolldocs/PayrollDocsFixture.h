#pragma once

#include "support/TestDatabase.h"

#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace tl::test {

// A company in Shanghai with four employees paid in January 2026 (the clock: 2026-03-15), the same people
// as tests/data/payrollrun (README.md there has the rules) but without attendance records, so everyone is
// paid in full:
//   E001 张伟  销售中心           Shanghai, base 20,000, allowance 500, SI/HF base 15,000, HF 7%, special
//   2,000 E002 李娜  北京销售部         Beijing, base 5,000, SI/HF base 5,000 (clamped to 7,162), HF 12%
//   (city's);
//              no ID number
//   E003 王强  销售中心/销售一部  Shanghai, hired 2026-01-12, base 12,000, allowance 300, SI/HF 12,000, 7%,
//              special 1,500; no bank account
//   E004 赵敏  北京销售部         Beijing, base 9,000, SI/HF 9,000, HF 10%; an approved loss claim of 2,500
// Hand-computed January payslips (DESIGN §2.7, §5; domain-facts §1–3):
//   E001 gross 20,500.00; pension 1,200.00 medical 300.00 unemployment 75.00 housing fund 1,050.00
//   (2,625.00);
//        tax (20,500 − 5,000 − 2,625 − 2,000) × 3% = 10,875 × 3% = 326.25; net 20,500 − 2,625 − 326.25 =
//        17,548.75; employer 2,400 + 1,500 + 75 + 24 + 1,050 = 5,049.00
//   E002 gross 5,000.00; 7,162 × 8% = 572.96, × 2% = 143.24, × 0.5% = 35.81, × 12% = 859.44 → 859.00 (to the
//        yuan) (1,611.01); no tax; net 3,388.99; employer 1,145.92 + 701.88 + 35.81 + 28.65 + 859.00 =
//        2,771.26
//   E003 base 12,000 × 15 ÷ 22 working days = 8,181.82; gross 8,481.82; 960 + 240 + 60 + 840 = 2,100.00;
//        tax (8,481.82 − 5,000 − 2,100 − 1,500) < 0 → 0; net 6,381.82; employer 1,920 + 1,200 + 60 + 19.20 +
//        840 = 4,039.20
//   E004 gross 9,000.00; 720 + 180 + 45 + 900 = 1,845.00; tax (9,000 − 5,000 − 1,845) × 3% = 64.65; loss
//        min(20% × 9,000 = 1,800, 9,000 − 1,845 − 2,540 = 4,615, 2,500) = 1,800.00, 700.00 carried; net
//        9,000 − 1,845 − 64.65 − 1,800 = 5,290.35; employer 1,440 + 882 + 45 + 36 + 900 = 3,303.00
//   run: gross 42,981.82; net 32,609.91; tax 390.90; employer 15,162.46
class PayrollDocsFixture
{
public:
    PayrollDocsFixture();

    TestDatabase& database() { return m_db; }
    core::Context system() { return m_db.context(); }
    core::Context as(core::Role role, qint64 employeeId = 0);

    qint64 e001 = 0, e002 = 0, e003 = 0, e004 = 0;

    void calculate(const QString& period);
    void approve(const QString& period);
    void lock(const QString& period);

private:
    TestDatabase m_db;
};

} // namespace tl::test

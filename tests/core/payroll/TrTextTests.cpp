// TrText: payslip explanations stored in their source form and translated when read (the Chinese catalogue
// embedded in teamledger_core, ":/i18n/teamledger_zh_CN.qm", is the translator).
#include <catch2/catch.hpp>

#include "common/TrText.h"
#include "money/Money.h"
#include "payroll/PayslipCalculator.h"
#include "settings/BuiltinCityProfiles.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace tl::core;

namespace {

const char* const kContext = "tl::core::PayslipCalculator";

// The Chinese translator for the scope of one test.
class Chinese
{
public:
    Chinese()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/teamledger_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace

TEST_CASE("TrText: one-pass placeholders, nested sentences, stored and rendered", "[payroll][trtext]")
{
    const TrText base = TrText(kContext, "base %1").arg(QStringLiteral("¥13,900.00"));
    const TrText line = TrText(kContext, "%1 × %2").arg(base, QStringLiteral("8%"));
    CHECK(line.toString() == QStringLiteral("base ¥13,900.00 × 8%"));
    CHECK(line.serialize() ==
          QStringLiteral("{\"c\":\"tl::core::PayslipCalculator\",\"s\":\"%1 × %2\",\"a\":[{\"c\":"
                         "\"tl::core::PayslipCalculator\",\"s\":\"base %1\",\"a\":[\"¥13,900."
                         "00\"]},\"8%\"]}"));
    CHECK(TrText::render(line.serialize()) == line.toString());

    // An argument that contains a placeholder is not substituted again; a lone % stays.
    const TrText tricky =
        TrText("ctx", "%2 and %1, 20% of it").arg(QStringLiteral("%2"), QStringLiteral("a \"b\""));
    CHECK(tricky.toString() == QStringLiteral("a \"b\" and %2, 20% of it"));
    CHECK(TrText::render(tricky.serialize()) == tricky.toString());

    // Text that is not a stored sentence is shown as it is.
    CHECK(TrText::render(QStringLiteral("月基本工资")) == QStringLiteral("月基本工资"));
    CHECK(TrText::render(QStringLiteral("{\"c\": broken")) == QStringLiteral("{\"c\": broken"));
    CHECK(TrText::render(QString()).isEmpty());
    CHECK(TrText().isEmpty());
    CHECK(TrText().serialize().isEmpty());
}

TEST_CASE("TrText: a payslip line made in English reads in Chinese once the Chinese translator is installed",
          "[payroll][trtext]")
{
    // A month's pay of 10,000 in Shanghai (built-in profile), calculated without a translator (English).
    PayInputs in;
    in.year = 2026;
    in.month = 3;
    in.baseSalary = Money::fromFen(1'000'000);
    in.allowance = Money::fromFen(50'000);
    in.siBase = in.hfBase = Money::fromFen(1'000'000);
    const PayResult r = PayslipCalculator::calculate(in, builtinCityProfiles().first());
    QHash<QString, QString> stored, english;
    for (const PayLine& l : r.lines) {
        stored.insert(l.code, l.explanation.serialize());
        english.insert(l.code, l.explanation.toString());
    }
    CHECK(english.value(QStringLiteral("base")) == QStringLiteral("monthly base salary"));
    CHECK(english.value(QStringLiteral("pension")) == QStringLiteral("base ¥10,000.00 × 8%"));

    {
        const Chinese zh;
        CHECK(TrText::render(stored.value(QStringLiteral("base"))) == QStringLiteral("月基本工资"));
        CHECK(TrText::render(stored.value(QStringLiteral("allowance"))) == QStringLiteral("固定津贴"));
        const QString pension = TrText::render(stored.value(QStringLiteral("pension")));
        CHECK(pension.contains(QStringLiteral("¥10,000.00 × 8%")));
        CHECK_FALSE(pension.contains(QStringLiteral("base")));
        const QString iit = TrText::render(stored.value(QStringLiteral("iit")));
        CHECK_FALSE(iit.contains(QStringLiteral("cumulative")));
        CHECK(iit.contains(QStringLiteral("¥5,000.00"))); // the first month employed: basic deduction 5,000
    }
    // Without the translator again: English.
    CHECK(TrText::render(stored.value(QStringLiteral("base"))) == QStringLiteral("monthly base salary"));
}

#include "payroll/PayLines.h"

#include <QCoreApplication>

namespace tl::core {

const QStringList& payLineCodes()
{
    static const QStringList codes{
        QStringLiteral("base"),
        QStringLiteral("performance"),
        QStringLiteral("commission"),
        QStringLiteral("bonus"),
        QStringLiteral("allowance"),
        QStringLiteral("visit_allowance"),
        QStringLiteral("adjustment"),
        QStringLiteral("absence_deduction"),
        QStringLiteral("pension"),
        QStringLiteral("medical"),
        QStringLiteral("unemployment"),
        QStringLiteral("housing_fund"),
        QStringLiteral("iit"),
        QStringLiteral("loss_deduction"),
        QStringLiteral("employer_pension"),
        QStringLiteral("employer_medical"),
        QStringLiteral("employer_unemployment"),
        QStringLiteral("employer_injury"),
        QStringLiteral("employer_housing_fund"),
    };
    return codes;
}

QString payLineName(const QString& code)
{
    struct Name
    {
        const char* code;
        const char* text;
    };
    static constexpr Name names[] = {
        {"base", QT_TRANSLATE_NOOP("tl::core::PayLines", "Base salary")},
        {"performance", QT_TRANSLATE_NOOP("tl::core::PayLines", "Performance pay")},
        {"commission", QT_TRANSLATE_NOOP("tl::core::PayLines", "Commission")},
        {"bonus", QT_TRANSLATE_NOOP("tl::core::PayLines", "Bonus")},
        {"allowance", QT_TRANSLATE_NOOP("tl::core::PayLines", "Allowance")},
        {"visit_allowance", QT_TRANSLATE_NOOP("tl::core::PayLines", "Visit allowance")},
        {"adjustment", QT_TRANSLATE_NOOP("tl::core::PayLines", "Adjustment")},
        {"absence_deduction", QT_TRANSLATE_NOOP("tl::core::PayLines", "Absence deduction")},
        {"pension", QT_TRANSLATE_NOOP("tl::core::PayLines", "Pension insurance")},
        {"medical", QT_TRANSLATE_NOOP("tl::core::PayLines", "Medical insurance")},
        {"unemployment", QT_TRANSLATE_NOOP("tl::core::PayLines", "Unemployment insurance")},
        {"housing_fund", QT_TRANSLATE_NOOP("tl::core::PayLines", "Housing fund")},
        {"iit", QT_TRANSLATE_NOOP("tl::core::PayLines", "Individual income tax")},
        {"loss_deduction", QT_TRANSLATE_NOOP("tl::core::PayLines", "Loss deduction")},
        {"employer_pension", QT_TRANSLATE_NOOP("tl::core::PayLines", "Pension insurance (employer)")},
        {"employer_medical", QT_TRANSLATE_NOOP("tl::core::PayLines", "Medical insurance (employer)")},
        {"employer_unemployment",
         QT_TRANSLATE_NOOP("tl::core::PayLines", "Unemployment insurance (employer)")},
        {"employer_injury", QT_TRANSLATE_NOOP("tl::core::PayLines", "Work injury insurance (employer)")},
        {"employer_housing_fund", QT_TRANSLATE_NOOP("tl::core::PayLines", "Housing fund (employer)")},
    };
    for (const Name& n : names)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("tl::core::PayLines", n.text);
    return code;
}

bool isPayDeduction(const QString& code)
{
    return code == QLatin1String("absence_deduction") || code == QLatin1String("pension") ||
           code == QLatin1String("medical") || code == QLatin1String("unemployment") ||
           code == QLatin1String("housing_fund") || code == QLatin1String("iit") ||
           code == QLatin1String("loss_deduction");
}

} // namespace tl::core

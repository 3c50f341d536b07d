#include "models/RiskLevelStyle.h"

#include <QCoreApplication>

namespace tl::ui {

QString RiskLevelStyle::text(const core::RiskScore::Risk& risk)
{
    //: Customer risk cell: level and score, e.g. "中 45"
    return QCoreApplication::translate("tl::ui::RiskLevelStyle", "%1 %2")
        .arg(core::RiskScore::levelName(risk.level))
        .arg(risk.score);
}

QColor RiskLevelStyle::colour(core::RiskScore::Level level)
{
    switch (level) {
    case core::RiskScore::Level::Low:
        return QColor(0x1e, 0x7b, 0x34);
    case core::RiskScore::Level::Medium:
        return QColor(0xb3, 0x6b, 0x00);
    case core::RiskScore::Level::High:
        return QColor(0xb0, 0x20, 0x20);
    }
    return {};
}

bool RiskLevelStyle::hasHistory(const core::RiskScore::Risk& risk)
{
    return risk.openBalance > 0 || risk.paidCount > 0 || risk.openDisputes > 0 || risk.unansweredLetters > 0;
}

} // namespace tl::ui

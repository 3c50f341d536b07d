#pragma once

#include "receivables/RiskScore.h"

#include <QColor>
#include <QString>

namespace tl::ui {

// How a customer's risk (core::RiskScore) is shown on customer rows and in the customer detail:
// "中 45" — the level's name and the score — in green, orange or red.
struct RiskLevelStyle
{
    static QString text(const core::RiskScore::Risk& risk);
    static QColor colour(core::RiskScore::Level level);
    // A customer with neither an open balance nor any paid instalment has no history to score.
    static bool hasHistory(const core::RiskScore::Risk& risk);
};

} // namespace tl::ui

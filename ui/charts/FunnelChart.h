#pragma once

#include "customers/FunnelReport.h"

#include <QCoreApplication>

class QBarSet;
class QChart;

namespace tl::ui {

// Draws a FunnelReport as a Qt Charts funnel: one horizontal bar per stage (first stage on top), centred by
// an invisible bar on its left so that the bars narrow like a funnel; each bar is labelled with its count
// and the stage's axis label carries the amount and the conversion from the previous stage.
class FunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::FunnelChart)

public:
    // A new chart (the caller owns it, usually through a QChartView).
    static QChart* create(const core::FunnelReport::Funnel& funnel);
    // The bars holding the counts and the invisible ones centring them, from the bottom of the chart up:
    // the last stage (won) first, the first stage (contact) last.
    static QBarSet* countSet(const QChart* chart);
    static QBarSet* paddingSet(const QChart* chart);
    // The label of a stage on the axis (HTML): name, amount, conversion.
    static QString stageLabel(const core::FunnelReport::Funnel& funnel, int index);
};

} // namespace tl::ui

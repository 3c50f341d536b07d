#pragma once

#include "receivables/AgingReport.h"

#include <QCoreApplication>

class QBarSet;
class QChart;
class QPieSeries;

namespace tl::ui {

// The ageing report as Qt Charts: the open balance per bucket as bars (in 万元; buckets more than 90 days
// past due in red, the others in blue), and the balance per customer type as a pie with the shares in the
// legend. Pointing at a bar or a slice shows its amount. Chart values are
// for drawing only; every figure shown as text comes from the report's fen.
class AgingChart
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::AgingChart)

public:
    // New charts (the caller owns them, usually through a QChartView).
    static QChart* bucketChart(const core::AgingReport::Report& report);
    static QChart* typeChart(const core::AgingReport::Report& byType);

    // The bars: within 90 days past due and over 90 days, one value per bucket (0 where the other set draws).
    static QBarSet* withinSet(const QChart* chart);
    static QBarSet* overSet(const QChart* chart);
    static QPieSeries* typeSeries(const QChart* chart);

    // Whether a bucket lies entirely beyond 90 days past due (its first day is 91 or later).
    static bool isOver90(const core::AgingBuckets& buckets, int bucket);
    // The label of a bucket on the axis (HTML, on two lines), and the tooltip of its bar (amount and share).
    static QString bucketLabel(const core::AgingReport::Report& report, int bucket);
    static QString bucketToolTip(const core::AgingReport::Report& report, int bucket);
};

} // namespace tl::ui

#include "aging/AgingChart.h"

#include "models/BasisPointsText.h"
#include "money/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace tl::ui {

namespace {

const QString kWithinSet = QStringLiteral("within90");
const QString kOverSet = QStringLiteral("over90");
const QColor kBlue(0x2b, 0x57, 0x97);
const QColor kRed(0xc0, 0x39, 0x2b);
constexpr double kFenPerTenThousandYuan = 1000000.0; // 万元, for drawing only

QBarSet* findSet(const QChart* chart, const QString& name)
{
    if (!chart)
        return nullptr;
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                if (set->objectName() == name)
                    return set;
    return nullptr;
}

int shareBp(qint64 part, qint64 whole)
{
    return whole <= 0 ? 0 : int((part * 10000 + whole / 2) / whole);
}

} // namespace

bool AgingChart::isOver90(const core::AgingBuckets& buckets, int bucket)
{
    return bucket > 0 && buckets.firstDay(bucket) > 90;
}

QString AgingChart::bucketLabel(const core::AgingReport::Report& report, int bucket)
{
    // Two short lines ("91–180<br>days") so that seven labels fit side by side; CJK labels have no space.
    QString label = report.buckets.label(bucket).toHtmlEscaped();
    const qsizetype space = label.lastIndexOf(QLatin1Char(' '));
    if (space > 0)
        label.replace(space, 1, QStringLiteral("<br>"));
    return label;
}

QString AgingChart::bucketToolTip(const core::AgingReport::Report& report, int bucket)
{
    const qint64 amount = report.total.amounts.value(bucket);
    return tr("%1: %2 (%3 of the open balance)")
        .arg(report.buckets.label(bucket), core::formatMoney(core::Money::fromFen(amount)),
             basisPointsText(shareBp(amount, report.total.total)));
}

QChart* AgingChart::bucketChart(const core::AgingReport::Report& report)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Open balance by age as of %1").arg(report.asOf.toString(Qt::ISODate)));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* within = new QBarSet(tr("Up to 90 days past due"));
    within->setObjectName(kWithinSet);
    within->setColor(kBlue);
    within->setBorderColor(kBlue);
    auto* over = new QBarSet(tr("More than 90 days past due"));
    over->setObjectName(kOverSet);
    over->setColor(kRed);
    over->setBorderColor(kRed);

    QStringList categories;
    double highest = 0;
    for (int bucket = 0; bucket < report.buckets.count(); ++bucket) {
        const double value = double(report.total.amounts.value(bucket)) / kFenPerTenThousandYuan;
        highest = std::max(highest, value);
        const bool late = isOver90(report.buckets, bucket);
        within->append(late ? 0.0 : value);
        over->append(late ? value : 0.0);
        categories << bucketLabel(report, bucket);
    }
    auto* series = new QStackedBarSeries;
    series->append(within);
    series->append(over);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    // The amount of a bucket when the pointer rests on its bar.
    QStringList tips;
    for (int bucket = 0; bucket < report.buckets.count(); ++bucket)
        tips << bucketToolTip(report, bucket);
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [tips](bool on, int index, QBarSet*) {
        if (on && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });

    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // seven bucket names side by side
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("10,000 yuan"));
    axisY->setLabelFormat(highest >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axisY->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* AgingChart::typeChart(const core::AgingReport::Report& byType)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Open balance by customer type"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    auto* series = new QPieSeries;
    series->setObjectName(QStringLiteral("types"));
    const QList<QColor> palette{kBlue,
                                QColor(0x3f, 0x9b, 0x5a),
                                QColor(0xe0, 0x8e, 0x0b),
                                QColor(0x8e, 0x44, 0xad),
                                QColor(0x16, 0xa0, 0x85),
                                QColor(0x7f, 0x8c, 0x8d),
                                kRed};
    int colour = 0;
    for (const core::AgingReport::Row& row : byType.rows) {
        if (row.total <= 0)
            continue;
        const int bp = shareBp(row.total, byType.total.total);
        // The legend (right) names the type and its share; the amount shows when the pointer is on the slice.
        auto* slice = series->append(tr("%1 %2").arg(row.name, basisPointsText(bp)),
                                     double(row.total) / kFenPerTenThousandYuan);
        slice->setColor(palette.at(colour++ % palette.size()));
        slice->setBorderColor(Qt::white);
        const QString tip =
            tr("%1: %2 (%3 of the open balance)")
                .arg(row.name, core::formatMoney(core::Money::fromFen(row.total)), basisPointsText(bp));
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    const QList<QPieSlice*> slices = series->slices();
    if (slices.isEmpty())
        chart->setTitle(tr("Open balance by customer type: nothing open"));
    return chart;
}

QBarSet* AgingChart::withinSet(const QChart* chart)
{
    return findSet(chart, kWithinSet);
}

QBarSet* AgingChart::overSet(const QChart* chart)
{
    return findSet(chart, kOverSet);
}

QPieSeries* AgingChart::typeSeries(const QChart* chart)
{
    if (!chart)
        return nullptr;
    for (QAbstractSeries* series : chart->series())
        if (auto* pie = qobject_cast<QPieSeries*>(series))
            return pie;
    return nullptr;
}

} // namespace tl::ui

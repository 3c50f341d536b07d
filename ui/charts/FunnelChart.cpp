#include "charts/FunnelChart.h"

#include "customers/OpportunityService.h"
#include "models/FunnelTableModel.h"
#include "money/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace tl::ui {

namespace {

const QString kCountSet = QStringLiteral("counts");
const QString kPaddingSet = QStringLiteral("padding");

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

} // namespace

QString FunnelChart::stageLabel(const core::FunnelReport::Funnel& funnel, int index)
{
    const core::FunnelReport::Stage& stage = funnel.stages.at(index);
    const QString name = core::opportunityStageName(stage.stage).toHtmlEscaped();
    const QString amount = core::formatMoney(stage.amount).toHtmlEscaped();
    if (index == 0)
        return tr("%1<br>%2").arg(name, amount);
    return tr("%1<br>%2 · %3").arg(name, amount, FunnelTableModel::percentText(stage.conversionPpm));
}

QChart* FunnelChart::create(const core::FunnelReport::Funnel& funnel)
{
    auto* chart = new QChart;
    chart->setTitle(
        tr("Sales funnel %1 – %2").arg(funnel.from.toString(Qt::ISODate), funnel.to.toString(Qt::ISODate)));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);

    auto* padding = new QBarSet(QString());
    padding->setObjectName(kPaddingSet);
    padding->setColor(Qt::transparent);
    padding->setBorderColor(Qt::transparent);
    padding->setLabelColor(Qt::transparent);
    auto* counts = new QBarSet(tr("Opportunities"));
    counts->setObjectName(kCountSet);
    counts->setColor(QColor(0x2b, 0x57, 0x97));
    counts->setBorderColor(QColor(0x2b, 0x57, 0x97));
    counts->setLabelColor(Qt::white);

    int widest = 0;
    for (const core::FunnelReport::Stage& stage : funnel.stages)
        widest = std::max(widest, stage.reached);
    // A horizontal bar chart draws its first category at the bottom (QBarCategoryAxis::setReverse has no
    // effect on it in Qt 6.4): the stages go in from the last, so that the first one is drawn on top.
    QStringList categories;
    for (int i = int(funnel.stages.size()) - 1; i >= 0; --i) {
        const int reached = funnel.stages.at(i).reached;
        padding->append((widest - reached) / 2.0);
        counts->append(reached);
        categories << stageLabel(funnel, i);
    }

    auto* series = new QHorizontalStackedBarSeries;
    series->append(padding);
    series->append(counts);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);

    auto* stages = new QBarCategoryAxis;
    stages->append(categories);
    stages->setGridLineVisible(false);
    chart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    auto* values = new QValueAxis;
    values->setRange(0, std::max(widest, 1));
    values->setVisible(false);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

QBarSet* FunnelChart::countSet(const QChart* chart)
{
    return findSet(chart, kCountSet);
}

QBarSet* FunnelChart::paddingSet(const QChart* chart)
{
    return findSet(chart, kPaddingSet);
}

} // namespace tl::ui

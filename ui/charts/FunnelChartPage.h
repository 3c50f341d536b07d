#pragma once

#include "app/Page.h"
#include "customers/FunnelReport.h"

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tl::ui {

class FunnelTableModel;
class TeamFilter;

// 销售漏斗: the opportunities created in a period (per person, team, or everyone in scope) as a funnel
// chart — how many reached each stage, with their amounts — and a table of the stage-to-stage conversion.
class FunnelChartPage : public Page
{
    Q_OBJECT
public:
    explicit FunnelChartPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setPeriod(const QDate& from, const QDate& to);
    TeamFilter* teamFilter() const { return m_team; }
    QChart* chart() const;
    FunnelTableModel* table() const { return m_model; }
    QString summaryText() const;
    // The report is computed on a worker thread (a year of a big company's opportunities).
    bool isLoading() const { return m_loading; }

public slots:
    void reload();

signals:
    void loaded();

private:
    void buildUi();
    void show(const core::FunnelReport::Funnel& funnel);

    FunnelTableModel* m_model;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    TeamFilter* m_team = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chartView = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0; // the newest computation; older results are dropped
};

} // namespace tl::ui

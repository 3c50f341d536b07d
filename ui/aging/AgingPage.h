#pragma once

#include "app/Page.h"
#include "printing/PrintDocument.h"
#include "receivables/AgingReport.h"

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tl::ui {

class AgingTableModel;
class TeamFilter;

// 账龄分析: the open receivables as of a date in the ageing buckets (core::AgingReport), by customer,
// salesperson, team or customer type, optionally for one team or person: a bar chart of the balance per
// bucket, a pie of the balance per customer type, the table with its totals row and the "over 90 days"
// total and share. Computed on a worker thread (two reports: the chosen dimension and the customer types).
// Print/PDF through the print preview (ui/printing) and export to CSV or XLSX.
class AgingPage : public Page
{
    Q_OBJECT
public:
    explicit AgingPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setAsOf(const QDate& asOf);
    void setDimension(core::AgingReport::Dimension by);
    core::AgingReport::Dimension dimension() const;
    TeamFilter* teamFilter() const { return m_team; }
    AgingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QChart* bucketChart() const;
    QChart* typeChart() const;
    QString summaryText() const;
    bool isLoading() const { return m_loading; }
    bool hasReport() const;
    const core::AgingReport::Report& report() const;

    // The printable report (what Print… previews).
    PrintDocument printDocument() const;
    // Writes the shown report to a CSV or XLSX file (by extension) on the calling thread.
    core::Status exportTo(const QString& path) const;

public slots:
    void reload();
    void print();
    void exportFile();

signals:
    void loaded();

private:
    struct Reports
    {
        core::AgingReport::Report report;
        core::AgingReport::Report byType;
    };

    void buildUi();
    void showReports(const Reports& reports);
    void updateActions();
    QString companyName() const;

    AgingTableModel* m_model;
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_by = nullptr;
    TeamFilter* m_team = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_bucketView = nullptr;
    QChartView* m_typeView = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_charts = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace tl::ui

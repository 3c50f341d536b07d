#pragma once

#include "models/EvidenceCoverageTableModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace tl::ui {

class AppContext;

// Evidence coverage report (DESIGN §2.4, core::EvidenceCoverage): for each salesperson or each customer (of
// one salesperson or everyone), how much of the open receivables is backed by a letter the customer replied
// to in the last 12 months, with the total. Computed on a worker thread.
class EvidenceCoveragePanel : public QWidget
{
    Q_OBJECT
public:
    using By = EvidenceCoverageTableModel::By;

    explicit EvidenceCoveragePanel(AppContext& app, QWidget* parent = nullptr);

    void setBy(By by);
    void setAsOf(const QDate& asOf);
    void setCollector(qint64 employeeId); // by customer: only that collector's instalments (0 = everyone)
    EvidenceCoverageTableModel* model() const { return m_model; }
    QString summaryText() const;
    bool isLoading() const { return m_loading; }

public slots:
    // Loads the people for the filter (once) and computes the report.
    void reload();

signals:
    void loaded();
    void failed(const QString& message);

private:
    AppContext& m_app;
    EvidenceCoverageTableModel* m_model;
    QComboBox* m_by;
    QComboBox* m_collector;
    QDateEdit* m_asOf;
    QLabel* m_summary;
    QTableView* m_view;
    bool m_peopleLoaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace tl::ui

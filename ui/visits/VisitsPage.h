#pragma once

#include "app/Page.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tl::ui {

class CheckinMonthTableModel;
class CheckinTableModel;
class TeamFilter;

// 外勤签到: the check-ins of a period (time, employee, address, matched customer, distance, effective visit
// or not and why) and, beside them, check-ins and effective visits per person for the month. Managers
// filter by team and person; a salesperson sees their own.
class VisitsPage : public Page
{
    Q_OBJECT
public:
    explicit VisitsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setPeriod(const QDate& from, const QDate& to);
    void setMonth(const QDate& anyDayOfMonth); // the period becomes that month
    QDate from() const;
    QDate to() const;
    TeamFilter* teamFilter() const { return m_team; }
    CheckinTableModel* checkins() const { return m_checkins; }
    CheckinMonthTableModel* monthCounts() const { return m_counts; }
    QString summaryText() const;
    // Reads run on a worker thread (a month of check-ins can be tens of thousands of rows).
    bool isLoading() const { return m_loading; }

public slots:
    void reload();
    void rematch();

signals:
    void loaded();

private:
    struct Data;
    void buildUi();
    void show(const Data& data);
    void showError(const QString& message) const;

    CheckinTableModel* m_checkins;
    CheckinMonthTableModel* m_counts;
    QDateEdit* m_month = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    TeamFilter* m_team = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_rematch = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_monthTitle = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_countView = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0; // the newest read; older results are dropped
};

} // namespace tl::ui

#pragma once

#include "customers/PoolSweep.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace tl::ui {

class AppContext;
class PoolSweepTableModel;

// "Run sweep…" (ManagePoolRules): a dry run first lists what the pool sweep would do as of a date —
// customers it would move (and by which rule), customers warned with the days left, customers exempt
// because of open receivables — and only then "Run sweep" carries it out. Both run off the GUI thread on
// their own connection (JobRunner) with progress and Cancel.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SweepDialog(AppContext& app, QWidget* parent = nullptr);

    void setAsOf(const QDate& date);
    QDate asOf() const;
    bool isBusy() const { return m_busy; }
    // The last result shown (dry run or real run).
    const std::optional<core::PoolSweep::Outcome>& outcome() const { return m_outcome; }
    bool hasRun() const { return m_ran; }
    QString statusText() const;

public slots:
    void startPreview(); // dry run
    void startSweep();   // the real run, after a preview for the same date

signals:
    void jobFinished(bool ok);

private:
    void start(bool dryRun);
    void finish(bool dryRun, const core::Status& status, const core::PoolSweep::Outcome& outcome);
    void updateButtons();
    void showOutcome(const core::PoolSweep::Outcome& outcome);

    AppContext& m_app;
    QDateEdit* m_asOf;
    QPushButton* m_previewButton;
    QPushButton* m_runButton;
    QLabel* m_status;
    QTabWidget* m_tabs;
    PoolSweepTableModel* m_moved;
    PoolSweepTableModel* m_warned;
    PoolSweepTableModel* m_exempt;
    std::optional<core::PoolSweep::Outcome> m_outcome;
    bool m_busy = false;
    bool m_ran = false;
};

} // namespace tl::ui

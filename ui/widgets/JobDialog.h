#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tl::ui {

class JobProgress;

// The progress window of a running job: a text, a bar and Cancel. Polls the job's progress on a
// timer (so worker threads never touch widgets and a fast job cannot flood the event loop) and
// appears only when the job takes longer than a moment.
class JobDialog : public QDialog
{
    Q_OBJECT
public:
    JobDialog(QWidget* parent, const QString& title, std::shared_ptr<JobProgress> progress);
    ~JobDialog() override;

    // The job ended: stop polling and close.
    void finish();

public slots:
    void reject() override; // Escape and the window's close button cancel the job

private:
    void poll();
    void cancel();

    std::shared_ptr<JobProgress> m_progress;
    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_pollTimer;
    QTimer* m_showTimer;
    bool m_finished = false;
};

} // namespace tl::ui

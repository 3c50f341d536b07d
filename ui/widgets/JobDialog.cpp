#include "widgets/JobDialog.h"

#include "widgets/JobProgress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

namespace {
constexpr int kPollMs = 100;
constexpr int kShowAfterMs = 300;
constexpr int kBarMaximum = 1000;
} // namespace

JobDialog::JobDialog(QWidget* parent, const QString& title, std::shared_ptr<JobProgress> progress)
    : QDialog(parent), m_progress(std::move(progress)), m_text(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_pollTimer(new QTimer(this)), m_showTimer(new QTimer(this))
{
    setWindowTitle(title);
    setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    m_text->setWordWrap(true);
    m_text->setText(title);
    layout->addWidget(m_text);
    m_bar->setRange(0, 0); // busy until the job tells its total
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &JobDialog::cancel);

    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobDialog::poll);
    m_pollTimer->start();
    m_showTimer->setSingleShot(true);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (!m_finished) {
            poll();
            show();
        }
    });
    m_showTimer->start(kShowAfterMs);
}

JobDialog::~JobDialog()
{
    // A window closing under a running job stops the job.
    if (!m_finished)
        m_progress->cancel();
}

void JobDialog::finish()
{
    m_finished = true;
    m_pollTimer->stop();
    m_showTimer->stop();
    hide();
}

void JobDialog::reject()
{
    cancel();
}

void JobDialog::cancel()
{
    if (m_finished)
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling…"));
}

void JobDialog::poll()
{
    if (m_progress->isCancelled())
        return;
    const QString text = m_progress->text();
    if (!text.isEmpty() && text != m_text->text())
        m_text->setText(text);
    const qint64 total = m_progress->total();
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_bar->setTextVisible(false);
        return;
    }
    const qint64 done = std::clamp<qint64>(m_progress->done(), 0, total);
    m_bar->setRange(0, kBarMaximum);
    m_bar->setValue(static_cast<int>(done * kBarMaximum / total));
    m_bar->setTextVisible(true);
}

} // namespace tl::ui

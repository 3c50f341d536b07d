#pragma once

#include "common/Progress.h"

#include <QMutex>
#include <QString>

#include <atomic>

namespace tl::ui {

// Progress shared between a worker thread (writes) and the GUI thread (polls and shows):
// the worker never touches widgets, the GUI reads a snapshot at its own pace (throttled).
class JobProgress final : public core::Progress
{
public:
    void setTotal(qint64 total) override { m_total = total; }
    void setDone(qint64 done) override { m_done = done; }
    void setText(const QString& text) override;
    bool isCancelled() const override { return m_cancelled.load(); }

    void cancel() { m_cancelled = true; }
    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }
    QString text() const;

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_text;
};

} // namespace tl::ui

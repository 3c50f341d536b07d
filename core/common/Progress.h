#pragma once

#include <QString>

#include <atomic>

namespace tl::core {

// Progress and cancellation for long jobs (imports, demo generation, backups, payroll...).
// Implementations must be thread-safe: jobs call these from a worker thread.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void setTotal(qint64 total) = 0;
    virtual void setDone(qint64 done) = 0;
    virtual void setText(const QString& text) { Q_UNUSED(text); }
    virtual bool isCancelled() const = 0;
};

// Progress that reports nowhere; cancel() can still stop the job (tests, CLI).
class NullProgress final : public Progress
{
public:
    void setTotal(qint64) override {}
    void setDone(qint64) override {}
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl::core

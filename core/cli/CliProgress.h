#pragma once

#include "common/Progress.h"

#include <QTextStream>

#include <atomic>

namespace tl::core {

// Progress of a long CLI job: a percentage on stderr when it is a terminal, nothing otherwise.
class CliProgress final : public Progress
{
public:
    CliProgress(QTextStream& err, bool visible) : m_err(err), m_visible(visible) {}
    ~CliProgress() override;

    void setTotal(qint64 total) override { m_total = total; }
    void setDone(qint64 done) override;
    void setText(const QString& text) override;
    bool isCancelled() const override { return false; }

private:
    QTextStream& m_err;
    bool m_visible;
    QString m_text;
    std::atomic<qint64> m_total{0};
    int m_shown = -1;
};

} // namespace tl::core

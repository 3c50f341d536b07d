#include "cli/CliProgress.h"

#include <algorithm>

namespace tl::core {

CliProgress::~CliProgress()
{
    if (m_visible && m_shown >= 0)
        m_err << '\n' << Qt::flush;
}

void CliProgress::setDone(qint64 done)
{
    const qint64 total = m_total;
    if (!m_visible || total <= 0)
        return;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    if (percent == m_shown)
        return;
    m_shown = percent;
    m_err << '\r' << m_text << ' ' << percent << '%' << Qt::flush;
}

void CliProgress::setText(const QString& text)
{
    m_text = text;
    if (m_visible) {
        m_err << (m_shown >= 0 ? "\n" : "\r") << text << Qt::flush;
        m_shown = -1;
    }
}

} // namespace tl::core

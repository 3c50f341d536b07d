#include "widgets/JobProgress.h"

#include <QMutexLocker>

namespace tl::ui {

void JobProgress::setText(const QString& text)
{
    QMutexLocker lock(&m_mutex);
    m_text = text;
}

QString JobProgress::text() const
{
    QMutexLocker lock(&m_mutex);
    return m_text;
}

} // namespace tl::ui

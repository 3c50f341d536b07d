#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace tl::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("MessageBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, int autoHideMs)
{
    m_kind = kind;
    const char* colors = "background:#e8f0fb; border:1px solid #9bb7d9;";
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Positive:
        colors = "background:#e6f4e6; border:1px solid #8cc48c;";
        break;
    case Kind::Warning:
        colors = "background:#fdf3dc; border:1px solid #e0b659;";
        break;
    case Kind::Error:
        colors = "background:#fbe4e4; border:1px solid #d88a8a;";
        break;
    }
    setStyleSheet(QStringLiteral("#MessageBar { %1 border-radius:4px; }").arg(QLatin1String(colors)));
    m_label->setText(text);
    show();
    if (autoHideMs > 0)
        m_timer->start(autoHideMs);
    else
        m_timer->stop();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::dismiss()
{
    m_timer->stop();
    hide();
}

} // namespace tl::ui

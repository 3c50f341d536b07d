#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QTimer;

namespace tl::ui {

// An inline message bar for recoverable errors and confirmations (KeePassXC's MessageWidget):
// shown above the page, never a modal pop-up.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Information, int autoHideMs = 0);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showSuccess(const QString& text) { showMessage(text, Kind::Positive, 6000); }
    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    void dismiss();

private:
    QLabel* m_label;
    QToolButton* m_close;
    QTimer* m_timer;
    Kind m_kind = Kind::Information;
};

} // namespace tl::ui

#pragma once

#include "common/Context.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tl::ui {

class FollowUpTableModel;

// The follow-up timeline tab of the customer detail: newest first, with the selected entry's full
// content underneath and a button to log a new one (the detail's Ctrl+F does the same).
class FollowUpTimelinePanel : public QWidget
{
    Q_OBJECT
public:
    FollowUpTimelinePanel(const core::Context& ctx, QWidget* parent = nullptr);

    void setCustomer(qint64 customerId, bool canLog);
    FollowUpTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void logRequested();
    void failed(const QString& message);

private:
    void showSelected();

    FollowUpTableModel* m_model;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QPushButton* m_log = nullptr;
};

} // namespace tl::ui

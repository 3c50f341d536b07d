#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace tl::ui {

class AppContext;
class MessageBar;
class WriteOffTableModel;

// 待审批核销: the write-off requests waiting for a decision, for users who approve them. Approve… (after a
// confirmation: the amount leaves the receivable for good), Reject (with a note) and Open evidence. A user
// never decides their own request (core refuses; the buttons say so).
class PendingWriteOffsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingWriteOffsDialog(AppContext& app, QWidget* parent = nullptr);

    WriteOffTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MessageBar* messageBar() const { return m_bar; }

public slots:
    void reload();
    // confirm = false: without the question (tests). note: the decision note.
    bool approveCurrent(bool confirm = true, const QString& note = {});
    bool rejectCurrent(const QString& note);
    void rejectWithNote();
    void openEvidence();

private:
    void updateButtons();

    AppContext& m_app;
    WriteOffTableModel* m_model;
    MessageBar* m_bar;
    QTableView* m_view;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_evidence;
};

} // namespace tl::ui

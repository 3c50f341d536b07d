#pragma once

#include "app/Page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace tl::ui {

class AuditLogTableModel;
class AuditRecordView;

// The audit log (administrators, auditors), read only: filters by text, user, kind, action and dates,
// the list newest first in keyset pages, the selected record's before/after field by field, and
// "Verify" checking the hash chain and every audited table against its last audited state.
class AuditLogPage : public Page
{
    Q_OBJECT
public:
    explicit AuditLogPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    AuditLogTableModel* model() const { return m_model; }
    void applyFilter(); // reloads the list with the current filter
    void verify();      // runs the check off the GUI thread

private:
    QWidget* buildFilterBar();
    void loadChoices();
    void onCurrentChanged();
    void showVerifyResult(const QStringList& problems);
    void updateCount();

    AuditLogTableModel* m_model;
    QLineEdit* m_text;
    QComboBox* m_user;
    QComboBox* m_entity;
    QComboBox* m_action;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_count;
    QTableView* m_view;
    AuditRecordView* m_detail;
    QListWidget* m_problems;
    QSplitter* m_splitter;
    QTimer* m_debounce;
};

} // namespace tl::ui

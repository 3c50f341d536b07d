#pragma once

#include "customers/PoolService.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace tl::ui {

class AppContext;
class DepartmentComboBox;
class PoolMoveTableModel;

// 分配客户: a manager gives selected customers (from the pool or the team) to one person, or spreads them
// round-robin, by the current ranking or at random over chosen team members. Shows a PREVIEW of every move
// (customer → new owner, or why it is skipped) computed by PoolService::preview, and Assign carries out
// exactly that input with PoolService::assign. Used by the pool page and the team customers page.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(AppContext& app, QList<qint64> customerIds, QWidget* parent = nullptr);

    core::PoolService::Strategy strategy() const;
    void setStrategy(core::PoolService::Strategy strategy);
    QList<qint64> memberIds() const; // the checked members
    // Checks exactly these members (others unchecked); members not listed are ignored.
    void setMemberIds(const QList<qint64>& ids);
    void setDepartmentId(qint64 id);
    quint64 seed() const { return m_seed; }

    // The moves of the current preview (empty until previewed or after the input changed).
    const QList<core::PoolService::Move>& previewMoves() const;
    // What assign() did (after Assign succeeded).
    const QList<core::PoolService::Move>& assignedMoves() const { return m_assigned; }
    bool isPreviewCurrent() const { return m_previewCurrent; }
    QString summaryText() const;

public slots:
    // Computes the preview for the current input; false (with the reason shown) when refused.
    bool preview();
    // Carries out the previewed assignment; accepts the dialog on success.
    bool assign();

private:
    void buildUi();
    void loadMembers();
    void onInputChanged();
    void onMemberChanged(int row);
    void updateButtons();
    void showProblem(const QString& text);
    QHash<qint64, QString> ownerNames(const QList<core::PoolService::Move>& moves);

    AppContext& m_app;
    const QList<qint64> m_customerIds;
    const quint64 m_seed;
    QComboBox* m_strategy = nullptr;
    DepartmentComboBox* m_department = nullptr;
    QListWidget* m_members = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_assign = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    PoolMoveTableModel* m_model = nullptr;
    QHash<qint64, QString> m_names; // employee names by id, read once each
    QList<core::PoolService::Move> m_assigned;
    bool m_previewCurrent = false;
    bool m_updatingChecks = false;
};

} // namespace tl::ui

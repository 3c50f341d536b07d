#pragma once

#include "common/Error.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tl::core {
struct User;
}

namespace tl::ui {

class AppContext;

// Creates a user account (user name, display name, role, linked employee, password twice) or edits one
// (display name, role, linked employee). Saves through UserService and stays open, listing the
// problems, when the input is refused.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // existing == nullptr: a new user.
    UserDialog(AppContext& app, const core::User* existing, QWidget* parent = nullptr);

    qint64 userId() const { return m_userId; } // the saved user
    QString problemText() const;

public slots:
    void accept() override;

private:
    void showProblems(const QList<core::FieldProblem>& problems);
    qint64 resolveEmployee(QList<core::FieldProblem>& problems) const;

    AppContext& m_app;
    qint64 m_userId = 0;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_employee;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problems;
};

} // namespace tl::ui

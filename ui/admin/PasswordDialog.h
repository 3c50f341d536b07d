#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tl::ui {

// Asks for a new password twice and checks the match and the length rule before closing.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    QString password() const;

    // The problem with a password pair (mismatch, too short); empty = fine.
    static QString problemWith(const QString& password, const QString& repeat);

public slots:
    void accept() override;

private:
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};

} // namespace tl::ui

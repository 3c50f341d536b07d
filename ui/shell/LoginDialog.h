#pragma once

#include "auth/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tl::core {
class Clock;
}

namespace tl::ui {

// Asks for the user name and password. The check (Argon2id, about 0.1 s) runs off the GUI thread on its
// own connection to the database; a wrong password and a lockout (with its end time) are shown inline.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // clock must outlive any login attempt (the application's clock; a FixedClock in tests).
    LoginDialog(const QString& databasePath, const core::Clock& clock, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    void setPassword(const QString& password);
    void setCompanyName(const QString& name);
    // An information line above the fields (e.g. "The backup was restored").
    void setNotice(const QString& notice);

    core::Session session() const { return m_session; } // after Accepted
    QString errorText() const;
    bool isBusy() const { return m_busy; }

signals:
    void attemptFinished(bool ok);

public slots:
    void accept() override; // starts a login attempt; the dialog closes when it succeeds

private:
    struct Outcome;
    void finishAttempt(const Outcome& outcome);
    void setBusy(bool busy);
    void showError(const QString& text);

    QString m_databasePath;
    const core::Clock& m_clock;
    core::Session m_session;
    bool m_busy = false;
    QLabel* m_company;
    QLabel* m_notice;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_login;
};

} // namespace tl::ui

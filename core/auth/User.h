#pragma once

#include "auth/Session.h"

#include <QDateTime>
#include <QString>

namespace tl::core {

// What an administrator edits on a user account.
struct UserFields
{
    QString displayName; // empty = the user name
    Role role = Role::Sales;
    qint64 employeeId = 0; // linked employee (salesperson, manager); 0 = none
};

// A user account as listed to administrators and auditors (never the password hash).
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Sales;
    qint64 employeeId = 0;
    QString employeeCode; // joined from employees
    QString employeeName;
    bool active = true;
    int failedLogins = 0;  // consecutive failed logins
    QDateTime lockedUntil; // invalid = never locked
    QDateTime lastLoginAt; // invalid = never logged in
    QDateTime createdAt;

    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

} // namespace tl::core

#include "auth/PasswordPolicy.h"

#include <QCoreApplication>

namespace tl::core {

QString passwordPolicyProblem(const QString& password)
{
    if (password.toUcs4().size() < kMinPasswordLength)
        return QCoreApplication::translate("tl::core::PasswordPolicy",
                                           "The password must have at least %n characters.", nullptr,
                                           kMinPasswordLength);
    return {};
}

} // namespace tl::core

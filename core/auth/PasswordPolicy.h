#pragma once

#include <QString>

namespace tl::core {

// The minimum password policy: at least kMinPasswordLength characters (Unicode code points).
constexpr int kMinPasswordLength = 8;

// Empty when the password is acceptable, else the translated reason (naming the minimum length).
QString passwordPolicyProblem(const QString& password);

} // namespace tl::core

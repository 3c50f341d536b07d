#pragma once

#include <QStringList>

namespace tl::core {

// teamledger-cli (DESIGN §4).
class CliApp
{
public:
    int run(const QStringList& arguments);
};

} // namespace tl::core

#include "cli/CliApp.h"

namespace tl::core {

int CliApp::run(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    return 1;
}

} // namespace tl::core

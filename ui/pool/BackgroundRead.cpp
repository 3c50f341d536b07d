#include "pool/BackgroundRead.h"

namespace tl::ui {

std::shared_ptr<const core::Clock> workerClock(const core::Clock& clock)
{
    if (dynamic_cast<const core::SystemClock*>(&clock))
        return std::make_shared<core::SystemClock>();
    return std::make_shared<core::FixedClock>(clock.now());
}

} // namespace tl::ui

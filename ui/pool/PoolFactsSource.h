#pragma once

#include "customers/PoolFacts.h"

namespace tl::ui {

// The facts the pool rules read from later modules (contracts signed, open receivables), for every pool
// action started from the GUI. Until contracts and receivables exist there are none (core::NoPoolFacts);
// this is the one place to hand over the real source then.
inline const core::PoolFacts& poolFacts()
{
    static const core::NoPoolFacts facts;
    return facts;
}

} // namespace tl::ui

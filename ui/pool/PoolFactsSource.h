#pragma once

#include "receivables/ReceivablesPoolFacts.h"

namespace tl::core {
class Database;
}

namespace tl::ui {

// The facts the pool rules read from contracts and receivables (deals signed, open receivables), for every
// pool action started from the GUI. One per database connection: it holds only the connection and reads
// when asked, so make it where the connection is (a worker thread uses its own).
inline core::ReceivablesPoolFacts poolFacts(const core::Database& db)
{
    return core::ReceivablesPoolFacts(db);
}

} // namespace tl::ui

#pragma once

#include "auth/Session.h"

namespace tl::core {

class Database;
class Clock;
class ChangeNotifier;

// What every service needs, injected instead of reached through singletons.
struct Context
{
    Database& db;
    const Clock& clock;
    Session session;
    ChangeNotifier* notifier = nullptr; // may be null (CLI, tests)
};

} // namespace tl::core

#pragma once

// Builders for test data. Modules add helpers here as they need them.
namespace tl::test {
} // namespace tl::test

#pragma once

#include <QString>

namespace tl::test {

// Path of a checked-in test file: tests/data/<relative>. The source tree's data folder is compiled in
// (an absolute path, independent of how the compiler or ccache spells __FILE__); TL_TEST_DATA overrides it.
QString testDataPath(const QString& relative);

} // namespace tl::test

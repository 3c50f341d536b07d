#include "TestData.h"

#include <QDir>

namespace tl::test {

QString testDataPath(const QString& relative)
{
    QString root = qEnvironmentVariable("TL_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(TL_TEST_DATA_DIR);
    return QDir(root).filePath(relative);
}

} // namespace tl::test

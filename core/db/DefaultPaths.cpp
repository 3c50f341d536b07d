#include "db/DefaultPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace tl::core {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
}

QString defaultDatabasePath()
{
    // QStandardPaths reads the names from QCoreApplication; use ours for the look-up, then restore.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    applyApplicationIdentity();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder + QStringLiteral("/teamledger.db");
}

} // namespace tl::core

#include "app/Pages.h"

#include "admin/AuditLogPage.h"
#include "admin/BackupPage.h"
#include "admin/SettingsPage.h"
#include "admin/UsersPage.h"
#include "auth/Session.h"
#include "employees/EmployeesPage.h"
#include "employees/LabourContractsPage.h"
#include "importing/ImportPage.h"

#include <QCoreApplication>

namespace tl::ui {

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

template <typename P> std::function<Page*(AppContext&, QWidget*)> factory()
{
    return [](AppContext& app, QWidget* parent) -> Page* { return new P(app, parent); };
}

std::function<bool(const core::Session&)> needs(core::Permission permission)
{
    return [permission](const core::Session& s) { return s.can(permission); };
}

} // namespace

QList<PageEntry> allPages()
{
    using core::Permission;
    const QString people = QCoreApplication::translate("tl::ui::Pages", "People");
    const QString admin = QCoreApplication::translate("tl::ui::Pages", "System");
    QList<PageEntry> pages;
    pages << PageEntry{QStringLiteral("employees"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Employees"),
                       icon("employees"),
                       needs(Permission::ViewEmployees),
                       factory<EmployeesPage>()};
    pages << PageEntry{QStringLiteral("labour-contracts"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Labour contracts"),
                       icon("contracts"),
                       needs(Permission::ViewLabourContracts),
                       factory<LabourContractsPage>()};
    pages << PageEntry{QStringLiteral("import"),
                       people,
                       QCoreApplication::translate("tl::ui::Pages", "Import"),
                       icon("import"),
                       needs(Permission::ImportData),
                       factory<ImportPage>()};
    pages << PageEntry{QStringLiteral("users"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Users and roles"),
                       icon("users"),
                       needs(Permission::ManageUsers),
                       factory<UsersPage>()};
    pages << PageEntry{QStringLiteral("audit-log"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Audit log"),
                       icon("audit"),
                       needs(Permission::ViewAudit),
                       factory<AuditLogPage>()};
    // Everyone may choose the language; company fields and city profiles need ManageSettings.
    pages << PageEntry{QStringLiteral("settings"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Settings"),
                       icon("settings"),
                       [](const core::Session&) { return true; },
                       factory<SettingsPage>()};
    pages << PageEntry{QStringLiteral("backup"),
                       admin,
                       QCoreApplication::translate("tl::ui::Pages", "Backup and restore"),
                       icon("backup"),
                       needs(Permission::BackupRestore),
                       factory<BackupPage>()};
    return pages;
}

QList<PageEntry> pagesFor(const core::Session& session)
{
    QList<PageEntry> result;
    for (PageEntry& entry : allPages())
        if (entry.allowed(session))
            result.append(std::move(entry));
    return result;
}

} // namespace tl::ui

#include "models/AuditLabels.h"

#include <QCoreApplication>

namespace tl::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tl::ui::AuditLabels", text);
}

} // namespace

QString auditEntityName(const QString& entity)
{
    struct Name
    {
        const char* key;
        const char* text;
    };
    static const Name names[] = {
        {"company", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Company")},
        {"settings", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Setting")},
        {"city_profiles", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "City profile")},
        {"users", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "User")},
        {"departments", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Department")},
        {"employees", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Employee")},
        {"employee_attachments", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Employee attachment")},
        {"labour_contracts", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Labour contract")},
        {"customers", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Customer")},
        {"customer_contacts", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Customer contact")},
        {"customer_ownership", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Customer ownership")},
        {"followups", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Follow-up")},
        {"checkins", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Check-in")},
        {"opportunities", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Opportunity")},
        {"opportunity_stages", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Opportunity stage")},
        {"pool_rules", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Pool rule")},
        {"pool_limits", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Pool limit")},
        {"pool_sweeps", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Pool sweep")},
        {"event", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Event")},
    };
    for (const Name& n : names)
        if (entity == QLatin1String(n.key))
            return tr(n.text);
    return entity;
}

QString auditActionName(const QString& action)
{
    struct Name
    {
        const char* key;
        const char* text;
    };
    static const Name names[] = {
        {"create", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Created")},
        {"update", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Changed")},
        {"delete", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Deleted")},
        {"login", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Logged in")},
        {"login_failed", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Login failed")},
        {"locked", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Locked out")},
        {"logout", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Logged out")},
        {"reset_password", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Password reset")},
        {"change_password", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Password changed")},
        {"unlock", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Unlocked")},
        {"activate", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Activated")},
        {"deactivate", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Deactivated")},
        {"backup", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Backup")},
        {"restore", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Restore")},
        {"import", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Import")},
        {"export", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Export")},
        {"initialize", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Set up")},
        {"bulk_create", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Created in bulk")},
        {"claimed", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Claimed from the pool")},
        {"assigned", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Assigned")},
        {"released", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Released to the pool")},
        {"reclaimed_no_follow_up", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Reclaimed: no follow-up")},
        {"reclaimed_no_deal", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Reclaimed: no deal")},
        {"handover", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Handed over")},
        {"manual", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Owner changed by hand")},
        {"rematch", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Visit re-matched")},
        {"stage", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Stage changed")},
        {"sweep", QT_TRANSLATE_NOOP("tl::ui::AuditLabels", "Pool sweep")},
    };
    for (const Name& n : names)
        if (action == QLatin1String(n.key))
            return tr(n.text);
    return action;
}

} // namespace tl::ui

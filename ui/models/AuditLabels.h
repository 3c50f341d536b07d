#pragma once

#include <QString>

namespace tl::ui {

// Display names for the audit log's technical keys: entity (table name) and action. Unknown keys are
// shown as they are.
QString auditEntityName(const QString& entity);
QString auditActionName(const QString& action);

} // namespace tl::ui

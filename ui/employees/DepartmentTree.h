#pragma once

#include "org/Employee.h"

#include <QList>
#include <QString>

#include <utility>

namespace tl::ui {

// Helpers over the flat department list of core::DepartmentService::list().
class DepartmentTree
{
public:
    // Depth-first order (children under their parent, by name) with each department's depth (0 = top).
    static QList<std::pair<core::Department, int>> flatten(const QList<core::Department>& departments);
    // "销售中心 / 销售一部" for a department id; empty for 0 or unknown.
    static QString path(const QList<core::Department>& departments, qint64 id);
};

} // namespace tl::ui

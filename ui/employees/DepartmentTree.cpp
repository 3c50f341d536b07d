#include "employees/DepartmentTree.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace tl::ui {

QList<std::pair<core::Department, int>> DepartmentTree::flatten(const QList<core::Department>& departments)
{
    QHash<qint64, QList<const core::Department*>> children;
    QSet<qint64> ids;
    for (const core::Department& d : departments)
        ids.insert(d.id);
    for (const core::Department& d : departments) {
        // A parent outside the list (scope) makes the department a top-level one here.
        children[ids.contains(d.parentId) ? d.parentId : 0].append(&d);
    }
    QCollator collator;
    collator.setNumericMode(true);
    for (auto& list : children)
        std::stable_sort(list.begin(), list.end(), [&](const core::Department* a, const core::Department* b) {
            return collator.compare(a->name, b->name) < 0;
        });

    QList<std::pair<core::Department, int>> out;
    out.reserve(departments.size());
    QSet<qint64> visited;
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (const core::Department* d : children.value(parent)) {
            if (visited.contains(d->id))
                continue;
            visited.insert(d->id);
            out.append({*d, depth});
            walk(d->id, depth + 1);
        }
    };
    walk(0, 0);
    return out;
}

QString DepartmentTree::path(const QList<core::Department>& departments, qint64 id)
{
    QHash<qint64, const core::Department*> byId;
    for (const core::Department& d : departments)
        byId.insert(d.id, &d);
    QStringList parts;
    QSet<qint64> seen;
    while (id != 0 && byId.contains(id) && !seen.contains(id)) {
        seen.insert(id);
        parts.prepend(byId.value(id)->name);
        id = byId.value(id)->parentId;
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace tl::ui

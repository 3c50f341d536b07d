#include "employees/DepartmentPanel.h"

#include "auth/Session.h"
#include "employees/DepartmentTree.h"
#include "org/DepartmentService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

DepartmentPanel::DepartmentPanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_tree(new QTreeWidget(this)), m_add(new QToolButton(this)),
      m_rename(new QToolButton(this)), m_remove(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setHeaderLabel(tr("Departments"));
    m_tree->setUniformRowHeights(true);
    // Long names scroll sideways instead of being cut off.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumWidth(160);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto* addAction = new QAction(tr("Add…"), this);
    addAction->setToolTip(tr("Add a sub-department under the selected one"));
    auto* renameAction = new QAction(tr("Rename…"), this);
    renameAction->setToolTip(tr("Rename the selected department"));
    auto* removeAction = new QAction(tr("Delete"), this);
    removeAction->setToolTip(
        tr("Delete the selected department (only when it has no sub-departments and no employees)"));
    const bool edit = m_ctx.session.can(core::Permission::EditEmployees);
    const std::pair<QToolButton*, QAction*> pairs[] = {
        {m_add, addAction}, {m_rename, renameAction}, {m_remove, removeAction}};
    for (const auto& [button, action] : pairs) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setVisible(edit);
        buttons->addWidget(button);
        if (edit)
            m_tree->addAction(action);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_tree->setContextMenuPolicy(edit ? Qt::ActionsContextMenu : Qt::NoContextMenu);

    connect(addAction, &QAction::triggered, this, &DepartmentPanel::addDepartment);
    connect(renameAction, &QAction::triggered, this, &DepartmentPanel::renameDepartment);
    connect(removeAction, &QAction::triggered, this, &DepartmentPanel::removeDepartment);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        emit departmentSelected(currentDepartmentId());
    });
    updateButtons();
}

qint64 DepartmentPanel::currentDepartmentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

QTreeWidgetItem* DepartmentPanel::itemFor(qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    return nullptr;
}

void DepartmentPanel::setCurrentDepartmentId(qint64 id)
{
    if (QTreeWidgetItem* item = itemFor(id))
        m_tree->setCurrentItem(item);
}

void DepartmentPanel::reload()
{
    const qint64 keep = currentDepartmentId();
    auto list = core::DepartmentService(m_ctx).list();
    if (!list) {
        emit failed(list.error().message);
        return;
    }
    m_departments = *list;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto* all = new QTreeWidgetItem(m_tree, {tr("All departments")});
    all->setData(0, IdRole, qint64(0));
    QHash<qint64, QTreeWidgetItem*> items;
    for (const auto& [department, depth] : DepartmentTree::flatten(m_departments)) {
        QTreeWidgetItem* parent = items.value(department.parentId, all);
        const QString text = department.employeeCount > 0
                                 ? tr("%1 (%2)").arg(department.name).arg(department.employeeCount)
                                 : department.name;
        auto* item = new QTreeWidgetItem(parent, {text});
        item->setData(0, IdRole, department.id);
        item->setToolTip(0, DepartmentTree::path(m_departments, department.id));
        items.insert(department.id, item);
    }
    m_tree->expandAll();
    QTreeWidgetItem* current = itemFor(keep);
    m_tree->setCurrentItem(current ? current : all);
    updateButtons();
    if (!current && keep != 0)
        emit departmentSelected(0);
}

void DepartmentPanel::updateButtons()
{
    const bool selected = currentDepartmentId() != 0;
    m_rename->defaultAction()->setEnabled(selected);
    m_remove->defaultAction()->setEnabled(selected);
}

void DepartmentPanel::addDepartment()
{
    const qint64 parentId = currentDepartmentId();
    bool ok = false;
    const QString label =
        parentId == 0
            ? tr("Name of the new top-level department:")
            : tr("Name of the new department under %1:").arg(DepartmentTree::path(m_departments, parentId));
    const QString name =
        QInputDialog::getText(this, tr("Add department"), label, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    auto created = core::DepartmentService(m_ctx).create(name, parentId);
    if (!created) {
        emit failed(created.error().fullText());
        return;
    }
    reload();
    setCurrentDepartmentId(*created);
    emit succeeded(tr("Department %1 was added.").arg(name));
}

void DepartmentPanel::renameDepartment()
{
    const qint64 id = currentDepartmentId();
    auto department = core::DepartmentService(m_ctx).get(id);
    if (!department) {
        emit failed(department.error().message);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename department"), tr("New name:"),
                                               QLineEdit::Normal, department->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == department->name)
        return;
    core::Department changed = *department;
    changed.name = name;
    if (auto status = core::DepartmentService(m_ctx).update(changed); !status) {
        emit failed(status.error().fullText());
        return;
    }
    reload();
    emit succeeded(tr("The department was renamed to %1.").arg(name));
}

void DepartmentPanel::removeDepartment()
{
    const qint64 id = currentDepartmentId();
    if (id == 0)
        return;
    const QString path = DepartmentTree::path(m_departments, id);
    if (QMessageBox::question(this, tr("Delete department"), tr("Delete the department %1?").arg(path)) !=
        QMessageBox::Yes)
        return;
    if (auto status = core::DepartmentService(m_ctx).remove(id); !status) {
        emit failed(status.error().fullText());
        return;
    }
    reload();
    emit succeeded(tr("Department %1 was deleted.").arg(path));
}

} // namespace tl::ui

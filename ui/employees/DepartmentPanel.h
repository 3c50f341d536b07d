#pragma once

#include "common/Context.h"
#include "org/Employee.h"

#include <QWidget>

class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tl::ui {

// The department tree on the left of the employees page: "All departments" and the tree under it,
// each with its number of (not yet left) employees. Selecting one filters the employee list. With
// EditEmployees: add a sub-department, rename, delete (only an empty one) through DepartmentService.
class DepartmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DepartmentPanel(const core::Context& ctx, QWidget* parent = nullptr);

    qint64 currentDepartmentId() const; // 0 = all departments
    void setCurrentDepartmentId(qint64 id);
    const QList<core::Department>& departments() const { return m_departments; }

public slots:
    void reload();
    void addDepartment();
    void renameDepartment();
    void removeDepartment();

signals:
    void departmentSelected(qint64 id);
    void failed(const QString& message);
    void succeeded(const QString& message);

private:
    void updateButtons();
    QTreeWidgetItem* itemFor(qint64 id) const;

    core::Context m_ctx;
    QList<core::Department> m_departments;
    QTreeWidget* m_tree;
    QToolButton* m_add;
    QToolButton* m_rename;
    QToolButton* m_remove;
};

} // namespace tl::ui

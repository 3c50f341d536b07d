#include "employees/DepartmentComboBox.h"

#include "employees/DepartmentTree.h"

#include <QAbstractItemView>
#include <QStyledItemDelegate>

namespace tl::ui {

namespace {

constexpr int DepthRole = Qt::UserRole + 1;

// Indents the entries of the pop-up by their depth in the tree (the closed box shows the name alone).
class IndentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->rect.adjust(index.data(DepthRole).toInt() * 16, 0, 0, 0);
    }
};

} // namespace

DepartmentComboBox::DepartmentComboBox(QWidget* parent) : QComboBox(parent)
{
    view()->setItemDelegate(new IndentDelegate(view()));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
}

void DepartmentComboBox::setDepartments(const QList<core::Department>& departments, const QString& noneText)
{
    const qint64 current = departmentId();
    const QSignalBlocker block(this);
    clear();
    if (!noneText.isEmpty())
        addItem(noneText, qint64(0));
    for (const auto& [department, depth] : DepartmentTree::flatten(departments)) {
        addItem(department.name, department.id);
        setItemData(count() - 1, depth, DepthRole);
        setItemData(count() - 1, DepartmentTree::path(departments, department.id), Qt::ToolTipRole);
    }
    setDepartmentId(current);
}

qint64 DepartmentComboBox::departmentId() const
{
    return currentIndex() >= 0 ? currentData().toLongLong() : 0;
}

void DepartmentComboBox::setDepartmentId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
}

} // namespace tl::ui

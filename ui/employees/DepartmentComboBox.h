#pragma once

#include "org/Employee.h"

#include <QComboBox>

namespace tl::ui {

// Choose a department: the tree flattened with indentation ("销售中心", "    销售一部"), item data = id.
class DepartmentComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit DepartmentComboBox(QWidget* parent = nullptr);

    // noneText: the first entry with id 0 ("(none)", "All departments"); empty = no such entry.
    void setDepartments(const QList<core::Department>& departments, const QString& noneText);
    qint64 departmentId() const;
    void setDepartmentId(qint64 id); // 0 = the "none" entry
};

} // namespace tl::ui

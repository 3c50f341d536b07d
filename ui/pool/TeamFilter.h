#pragma once

#include "common/Context.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace tl::ui {

class DepartmentComboBox;

// "Team" and "Person" filters of the visits and funnel pages: a department (subtree) and one person of it.
// A salesperson sees only their own records, so the filter hides itself for them; a sales manager is
// offered the departments of their scope. The person box can be typed into (matching any part).
class TeamFilter : public QWidget
{
    Q_OBJECT
public:
    explicit TeamFilter(const core::Context& ctx, QWidget* parent = nullptr);

    // Reads the departments and people (call when the page is first shown).
    void load();
    qint64 departmentId() const;
    qint64 employeeId() const;
    void setEmployeeId(qint64 id);
    void setDepartmentId(qint64 id);
    // The people listed for the chosen department (all of them when it is "all").
    const QList<qint64>& memberIds() const { return m_memberIds; }
    // Whether the session may filter at all (not for a salesperson).
    bool isAvailable() const { return m_available; }

signals:
    void changed();

private:
    void loadPeople();

    core::Context m_ctx;
    DepartmentComboBox* m_department;
    QComboBox* m_person;
    QList<qint64> m_memberIds;
    bool m_available;
};

} // namespace tl::ui

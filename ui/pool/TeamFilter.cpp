#include "pool/TeamFilter.h"

#include "employees/DepartmentComboBox.h"
#include "pool/TeamMembers.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace tl::ui {

TeamFilter::TeamFilter(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_department(new DepartmentComboBox(this)), m_person(new QComboBox(this)),
      m_available(ctx.session.system || ctx.session.role != core::Role::Sales)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_department);
    m_department->setObjectName(QStringLiteral("teamFilter"));
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setMinimumContentsLength(14);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    layout->addWidget(teamLabel);
    layout->addWidget(m_department);
    layout->addWidget(personLabel);
    layout->addWidget(m_person);
    setVisible(m_available);

    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        loadPeople();
        emit changed();
    });
    connect(m_person, &QComboBox::activated, this, [this] { emit changed(); });
}

void TeamFilter::load()
{
    if (!m_available)
        return;
    const bool manager = !m_ctx.session.system && m_ctx.session.role == core::Role::SalesManager;
    {
        const QSignalBlocker block(m_department);
        m_department->setDepartments(TeamMembers::departments(m_ctx),
                                     manager ? tr("All my teams") : tr("All departments"));
    }
    loadPeople();
}

void TeamFilter::loadPeople()
{
    const qint64 current = employeeId();
    const QSignalBlocker block(m_person);
    m_person->clear();
    m_memberIds.clear();
    m_person->addItem(tr("Everyone"), qint64(0));
    for (const core::Employee& e : TeamMembers::load(m_ctx, m_department->departmentId(), false)) {
        m_person->addItem(tr("%1 (%2)").arg(e.name, e.code), e.id);
        m_memberIds.append(e.id);
    }
    setEmployeeId(current);
}

qint64 TeamFilter::departmentId() const
{
    return m_available ? m_department->departmentId() : 0;
}

qint64 TeamFilter::employeeId() const
{
    if (!m_available || m_person->currentIndex() < 0)
        return 0;
    // A typed text that matches no entry means "everyone".
    if (m_person->currentText() != m_person->itemText(m_person->currentIndex()))
        return 0;
    return m_person->currentData().toLongLong();
}

void TeamFilter::setEmployeeId(qint64 id)
{
    const int index = m_person->findData(id);
    m_person->setCurrentIndex(index >= 0 ? index : 0);
}

void TeamFilter::setDepartmentId(qint64 id)
{
    m_department->setDepartmentId(id);
}

} // namespace tl::ui

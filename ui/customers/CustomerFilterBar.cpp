#include "customers/CustomerFilterBar.h"

#include "employees/EmployeeCompleter.h"
#include "org/EmployeeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace tl::ui {

namespace {
constexpr int DefaultReclaimDays = 7;
constexpr int SearchDelayMs = 300;
} // namespace

CustomerFilterBar::CustomerFilterBar(const core::Context& ctx, bool withOwner, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_search(new QLineEdit(this)), m_level(new QComboBox(this)),
      m_type(new QComboBox(this)), m_reclaim(new QCheckBox(tr("Re&claimed within"), this)),
      m_reclaimDays(new QSpinBox(this)), m_searchTimer(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search code, name, region or industry"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    layout->addWidget(m_search, 2);

    auto* levelLabel = new QLabel(tr("Le&vel:"), this);
    levelLabel->setBuddy(m_level);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All"), QString());
    for (const QString& level : core::customerLevels())
        m_level->addItem(level, level);
    layout->addWidget(levelLabel);
    layout->addWidget(m_level);

    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All"), QString());
    for (const QString& key : core::customerTypeKeys())
        m_type->addItem(core::customerTypeName(key), key);
    layout->addWidget(typeLabel);
    layout->addWidget(m_type);

    m_reclaim->setObjectName(QStringLiteral("reclaimFilter"));
    m_reclaim->setToolTip(tr("Only customers that go back to the pool within this many days"));
    m_reclaimDays->setObjectName(QStringLiteral("reclaimDays"));
    m_reclaimDays->setRange(0, 365);
    m_reclaimDays->setValue(DefaultReclaimDays);
    m_reclaimDays->setSuffix(tr(" days"));
    m_reclaimDays->setEnabled(false);
    layout->addWidget(m_reclaim);
    layout->addWidget(m_reclaimDays);

    if (withOwner) {
        auto* ownerLabel = new QLabel(tr("O&wner:"), this);
        m_owner = new QLineEdit(this);
        m_owner->setObjectName(QStringLiteral("ownerFilter"));
        m_owner->setPlaceholderText(tr("code or name"));
        m_owner->setClearButtonEnabled(true);
        m_owner->setMaximumWidth(160);
        ownerLabel->setBuddy(m_owner);
        m_ownerCompleter = new EmployeeCompleter(m_ctx, m_owner);
        m_ownerName = new QLabel(this);
        m_ownerName->setObjectName(QStringLiteral("ownerFilterName"));
        layout->addWidget(ownerLabel);
        layout->addWidget(m_owner);
        layout->addWidget(m_ownerName);
        connect(m_owner, &QLineEdit::returnPressed, this, &CustomerFilterBar::applyNow);
        connect(m_owner, &QLineEdit::editingFinished, this, [this] {
            const qint64 before = m_ownerId;
            resolveOwner();
            if (before != m_ownerId)
                emit changed();
        });
        connect(m_ownerCompleter, qOverload<const QString&>(&QCompleter::activated), this,
                &CustomerFilterBar::applyNow);
    }

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerFilterBar::applyNow);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerFilterBar::changed);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::changed);
    connect(m_reclaim, &QCheckBox::toggled, this, [this](bool on) {
        m_reclaimDays->setEnabled(on);
        emit changed();
    });
    connect(m_reclaimDays, &QSpinBox::valueChanged, this, [this] {
        if (m_reclaim->isChecked())
            emit changed();
    });
}

void CustomerFilterBar::applyNow()
{
    m_searchTimer->stop();
    resolveOwner();
    emit changed();
}

void CustomerFilterBar::resolveOwner()
{
    if (!m_owner)
        return;
    const QString code = m_owner->text().trimmed();
    m_ownerProblem.clear();
    if (code.isEmpty()) {
        m_ownerId = 0;
        m_ownerName->clear();
    } else if (auto owner = core::EmployeeService(m_ctx).getByCode(code); owner) {
        m_ownerId = owner->id;
        m_ownerName->setText(owner->name);
    } else {
        m_ownerId = -1; // matches no customer
        m_ownerProblem = tr("No employee %1 in your view").arg(code);
        m_ownerName->setText(tr("unknown"));
    }
    m_owner->setToolTip(m_ownerProblem);
    m_owner->setStyleSheet(
        m_ownerProblem.isEmpty()
            ? QString()
            : QStringLiteral("#ownerFilter { border: 1px solid #d03030; background: #fff5f5; }"));
}

core::CustomerQuery::Filter CustomerFilterBar::filter(core::CustomerQuery::Scope scope) const
{
    core::CustomerQuery::Filter f;
    f.scope = scope;
    f.search = m_search->text().trimmed();
    f.level = m_level->currentData().toString();
    f.type = m_type->currentData().toString();
    f.reclaimWithinDays = m_reclaim->isChecked() ? m_reclaimDays->value() : -1;
    f.ownerId = m_owner ? m_ownerId : 0;
    return f;
}

void CustomerFilterBar::setSearch(const QString& text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applyNow();
}

void CustomerFilterBar::setLevel(const QString& level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

void CustomerFilterBar::setType(const QString& typeKey)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(typeKey)));
}

void CustomerFilterBar::setReclaimWithin(int days)
{
    const QSignalBlocker block(m_reclaimDays);
    if (days >= 0)
        m_reclaimDays->setValue(days);
    if (m_reclaim->isChecked() != (days >= 0))
        m_reclaim->setChecked(days >= 0);
    else
        emit changed();
}

void CustomerFilterBar::setOwnerCode(const QString& code)
{
    if (!m_owner)
        return;
    {
        const QSignalBlocker block(m_owner);
        m_owner->setText(code);
    }
    applyNow();
}

} // namespace tl::ui

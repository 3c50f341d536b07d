#include "pool/AssignDialog.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "employees/DepartmentComboBox.h"
#include "models/PoolMoveTableModel.h"
#include "org/EmployeeService.h"
#include "pool/PoolFactsSource.h"
#include "pool/TeamMembers.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::PoolService;
using Strategy = PoolService::Strategy;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

AssignDialog::AssignDialog(AppContext& app, QList<qint64> customerIds, QWidget* parent)
    : QDialog(parent), m_app(app), m_customerIds(std::move(customerIds)),
      m_seed(QRandomGenerator::global()->generate64()), m_model(new PoolMoveTableModel(this))
{
    setWindowTitle(tr("Assign customers"));
    buildUi();
    loadMembers();
    updateButtons();
}

void AssignDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%n customer(s) selected. Choose how to assign them and check the preview "
                                "before assigning.",
                                nullptr, int(m_customerIds.size())),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->addItem(tr("To one person"), int(Strategy::ToPerson));
    m_strategy->addItem(tr("Round-robin over the members"), int(Strategy::RoundRobin));
    m_strategy->addItem(tr("By ranking (best performers first)"), int(Strategy::ByRanking));
    m_strategy->addItem(tr("At random among the members"), int(Strategy::Random));
    form->addRow(tr("&Strategy:"), m_strategy);
    m_department = new DepartmentComboBox(this);
    m_department->setObjectName(QStringLiteral("team"));
    form->addRow(tr("&Team:"), m_department);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Optional; kept in the ownership history"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* memberBox = new QWidget(splitter);
    auto* memberLayout = new QVBoxLayout(memberBox);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    auto* membersLabel = new QLabel(tr("&Members:"), memberBox);
    m_members = new QListWidget(memberBox);
    m_members->setObjectName(QStringLiteral("members"));
    membersLabel->setBuddy(m_members);
    memberLayout->addWidget(membersLabel);
    memberLayout->addWidget(m_members, 1);
    auto* memberButtons = new QHBoxLayout;
    m_all = new QPushButton(tr("Check &all"), memberBox);
    m_none = new QPushButton(tr("Chec&k none"), memberBox);
    memberButtons->addWidget(m_all);
    memberButtons->addWidget(m_none);
    memberButtons->addStretch(1);
    memberLayout->addLayout(memberButtons);

    auto* previewBox = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("Pre&view:"), previewBox);
    m_view = new QTableView(previewBox);
    m_view->setObjectName(QStringLiteral("preview"));
    previewLabel->setBuddy(m_view);
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 110);
    m_view->horizontalHeader()->resizeSection(int(PoolMoveTableModel::Column::Code), 90);
    m_view->horizontalHeader()->resizeSection(int(PoolMoveTableModel::Column::Customer), 180);
    UiSettings::rememberHeader(m_view->horizontalHeader(), QStringLiteral("assign-preview"));
    m_summary = new QLabel(previewBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_view, 1);
    previewLayout->addWidget(m_summary);
    splitter->addWidget(memberBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a03030;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(this);
    m_preview = m_buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setShortcut(QKeySequence(Qt::Key_F5));
    m_preview->setToolTip(tr("Compute the moves again (F5)"));
    m_assign = m_buttons->addButton(tr("Assi&gn"), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    resize(960, 560);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        if (strategy() == Strategy::ToPerson) {
            // One person only: keep the first checked member.
            const QList<qint64> checked = memberIds();
            setMemberIds(checked.isEmpty() ? QList<qint64>{} : QList<qint64>{checked.first()});
            return;
        }
        onInputChanged();
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        loadMembers();
        onInputChanged();
    });
    connect(m_members, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onMemberChanged(m_members->row(item)); });
    connect(m_all, &QPushButton::clicked, this, [this] {
        QList<qint64> all;
        for (int row = 0; row < m_members->count(); ++row)
            all << m_members->item(row)->data(IdRole).toLongLong();
        if (strategy() == Strategy::ToPerson && !all.isEmpty())
            all = {all.first()};
        setMemberIds(all);
    });
    connect(m_none, &QPushButton::clicked, this, [this] { setMemberIds({}); });
    connect(m_preview, &QPushButton::clicked, this, &AssignDialog::preview);
    connect(m_assign, &QPushButton::clicked, this, &AssignDialog::assign);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AssignDialog::loadMembers()
{
    const bool manager = !m_app.session().system && m_app.session().role == core::Role::SalesManager;
    if (m_department->count() == 0) {
        const QSignalBlocker block(m_department);
        m_department->setDepartments(TeamMembers::departments(m_app.core()),
                                     manager ? tr("All my teams") : tr("All departments"));
    }
    const QList<qint64> checked = memberIds();
    const QSignalBlocker block(m_members);
    m_members->clear();
    for (const core::Employee& e : TeamMembers::load(m_app.core(), m_department->departmentId(), true)) {
        QString text = tr("%1 (%2)").arg(e.name, e.code);
        if (!e.departmentName.isEmpty())
            text = tr("%1 · %2").arg(text, e.departmentName);
        auto* item = new QListWidgetItem(text, m_members);
        item->setData(IdRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(e.id) ? Qt::Checked : Qt::Unchecked);
        m_names.insert(e.id, e.name);
    }
}

Strategy AssignDialog::strategy() const
{
    return Strategy(m_strategy->currentData().toInt());
}

void AssignDialog::setStrategy(Strategy strategy)
{
    m_strategy->setCurrentIndex(m_strategy->findData(int(strategy)));
}

QList<qint64> AssignDialog::memberIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_members->count(); ++row)
        if (m_members->item(row)->checkState() == Qt::Checked)
            ids << m_members->item(row)->data(IdRole).toLongLong();
    return ids;
}

void AssignDialog::setMemberIds(const QList<qint64>& ids)
{
    const QSignalBlocker block(m_members);
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem* item = m_members->item(row);
        item->setCheckState(ids.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    onInputChanged();
}

void AssignDialog::setDepartmentId(qint64 id)
{
    m_department->setDepartmentId(id);
}

void AssignDialog::onMemberChanged(int row)
{
    QListWidgetItem* changed = m_members->item(row);
    if (changed && strategy() == Strategy::ToPerson && changed->checkState() == Qt::Checked) {
        // To one person: checking someone unchecks the others.
        const QSignalBlocker block(m_members);
        for (int other = 0; other < m_members->count(); ++other)
            if (other != row)
                m_members->item(other)->setCheckState(Qt::Unchecked);
    }
    onInputChanged();
}

void AssignDialog::onInputChanged()
{
    m_previewCurrent = false;
    m_model->clear();
    m_problem->hide();
    if (memberIds().isEmpty())
        m_summary->setText(strategy() == Strategy::ToPerson
                               ? tr("Check the person who gets the customers.")
                               : tr("Check the members to share the customers among."));
    else
        preview();
    updateButtons();
}

const QList<PoolService::Move>& AssignDialog::previewMoves() const
{
    return m_model->moves();
}

bool AssignDialog::preview()
{
    m_problem->hide();
    const QList<qint64> members = memberIds();
    if (members.isEmpty()) {
        showProblem(tr("Check at least one member."));
        return false;
    }
    auto moves =
        PoolService(m_app.core(), poolFacts(m_app.db())).preview(m_customerIds, strategy(), members, m_seed);
    if (!moves) {
        m_previewCurrent = false;
        m_model->clear();
        showProblem(moves.error().message);
        updateButtons();
        return false;
    }
    m_model->setMoves(*moves, ownerNames(*moves));
    m_previewCurrent = true;
    m_summary->setText(summaryText());
    updateButtons();
    return true;
}

QString AssignDialog::summaryText() const
{
    const int placed = m_model->placedCount();
    const int skipped = m_model->skippedCount();
    if (skipped == 0)
        return tr("%n customer(s) will be assigned.", nullptr, placed);
    return tr("%n customer(s) will be assigned; %1 cannot be placed (see the note of each).", nullptr, placed)
        .arg(skipped);
}

bool AssignDialog::assign()
{
    if (!m_previewCurrent && !preview())
        return false;
    if (m_model->placedCount() == 0) {
        showProblem(tr("Nobody can take these customers: see the notes in the preview."));
        return false;
    }
    auto done = PoolService(m_app.core(), poolFacts(m_app.db()))
                    .assign(m_customerIds, strategy(), memberIds(), m_seed, m_note->text().trimmed());
    if (!done) {
        showProblem(done.error().message);
        preview(); // the situation changed: show what would happen now
        return false;
    }
    m_assigned = *done;
    int placed = 0;
    for (const PoolService::Move& move : m_assigned)
        placed += move.toOwnerId != 0 ? 1 : 0;
    if (MessageBar* bar = m_app.messageBar())
        bar->showSuccess(tr("%n customer(s) were assigned.", nullptr, placed));
    accept();
    return true;
}

QHash<qint64, QString> AssignDialog::ownerNames(const QList<PoolService::Move>& moves)
{
    const core::EmployeeService employees(m_app.core());
    QHash<qint64, QString> names;
    for (const PoolService::Move& move : moves) {
        if (move.fromOwnerId == 0 || names.contains(move.fromOwnerId))
            continue;
        if (!m_names.contains(move.fromOwnerId)) {
            auto e = employees.get(move.fromOwnerId);
            m_names.insert(move.fromOwnerId, e ? e->name : tr("(not visible)"));
        }
        names.insert(move.fromOwnerId, m_names.value(move.fromOwnerId));
    }
    return names;
}

void AssignDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void AssignDialog::updateButtons()
{
    const bool canPreview = !memberIds().isEmpty() && !m_customerIds.isEmpty();
    m_preview->setEnabled(canPreview);
    m_assign->setEnabled(canPreview && (!m_previewCurrent || m_model->placedCount() > 0));
    m_assign->setDefault(m_previewCurrent);
}

} // namespace tl::ui

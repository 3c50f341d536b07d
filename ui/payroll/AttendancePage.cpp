#include "payroll/AttendancePage.h"

#include "app/AppContext.h"
#include "attendance/AttendanceService.h"
#include "auth/Session.h"
#include "models/PayrollAttendanceTableModel.h"
#include "models/PayrollLeaveTableModel.h"
#include "payroll/LeaveRequestDialog.h"
#include "payroll/PayrollPeriod.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::Permission;

AttendancePage::AttendancePage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_summary(new PayrollAttendanceTableModel(this)),
      m_leave(new PayrollLeaveTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    m_period = new QLineEdit(core::PayrollPeriod::of(app.clock().today()).key(), this);
    m_period->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}")), m_period));
    m_period->setMaximumWidth(110);
    bar->addWidget(m_period);
    m_summaryNote = new QLabel(this);
    bar->addWidget(m_summaryNote, 1);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_summaryView = new QTableView(splitter);
    m_summaryView->setModel(m_summary);
    setUpListView(m_summaryView, QAbstractItemView::SingleSelection, 90);
    auto* leaveBox = new QWidget(splitter);
    auto* leaveLayout = new QVBoxLayout(leaveBox);
    leaveLayout->setContentsMargins(0, 0, 0, 0);
    auto* leaveBar = new QHBoxLayout;
    leaveBar->addWidget(new QLabel(tr("Leave requests"), leaveBox), 1);
    m_request = new QPushButton(tr("Request leave…"), leaveBox);
    m_approve = new QPushButton(tr("Approve"), leaveBox);
    m_reject = new QPushButton(tr("Reject…"), leaveBox);
    leaveBar->addWidget(m_request);
    leaveBar->addWidget(m_approve);
    leaveBar->addWidget(m_reject);
    leaveLayout->addLayout(leaveBar);
    m_leaveView = new QTableView(leaveBox);
    m_leaveView->setModel(m_leave);
    setUpListView(m_leaveView, QAbstractItemView::SingleSelection, 110);
    leaveLayout->addWidget(m_leaveView);
    layout->addWidget(splitter, 1);

    const core::Session& s = app.session();
    m_request->setVisible(s.employeeId != 0 || s.can(Permission::ManageAttendance));
    m_approve->setVisible(s.can(Permission::ApproveLeave));
    m_reject->setVisible(s.can(Permission::ApproveLeave));
    connect(m_period, &QLineEdit::editingFinished, this, &AttendancePage::reload);
    connect(m_request, &QPushButton::clicked, this, &AttendancePage::askRequest);
    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    connect(m_leaveView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttendancePage::updateButtons);
    updateButtons();
}

QString AttendancePage::title() const
{
    return tr("Attendance and leave");
}

QIcon AttendancePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void AttendancePage::activate()
{
    reload();
}

QString AttendancePage::period() const
{
    const auto parsed = core::PayrollPeriod::parse(m_period->text().trimmed());
    return parsed && parsed->isValid() ? parsed->key() : QString();
}

void AttendancePage::setPeriod(const QString& period)
{
    m_period->setText(period);
    reload();
}

void AttendancePage::reload()
{
    core::AttendanceService service(app().core());
    const auto parsed = core::PayrollPeriod::parse(period());
    if (parsed) {
        auto summary = service.monthSummary(*parsed);
        if (summary) {
            m_summary->setSummaries(*summary);
            m_summaryNote->setText(
                tr("%n employee(s) with attendance records; employees without records are paid in full.",
                   nullptr, int(summary->size())));
        } else {
            m_summary->setSummaries({});
            m_summaryNote->setText(summary.error().message);
        }
    } else {
        m_summary->setSummaries({});
        m_summaryNote->setText(tr("Enter a month as YYYY-MM."));
    }
    auto requests = service.leaveRequests();
    m_leave->setRequests(requests ? *requests : QList<core::LeaveRequest>{});
    updateButtons();
}

void AttendancePage::updateButtons()
{
    const QModelIndexList rows = m_leaveView->selectionModel()->selectedRows();
    const core::LeaveRequest* r = rows.isEmpty() ? nullptr : m_leave->requestAt(rows.first().row());
    const bool pending = r && r->status == QLatin1String("requested");
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
}

core::Status AttendancePage::decideSelected(bool approve, const QString& note)
{
    const QModelIndexList rows = m_leaveView->selectionModel()->selectedRows();
    const core::LeaveRequest* r = rows.isEmpty() ? nullptr : m_leave->requestAt(rows.first().row());
    if (!r)
        return {};
    core::AttendanceService service(app().core());
    const core::Status status =
        approve ? service.approveLeave(r->id, note) : service.rejectLeave(r->id, note);
    if (status)
        reload();
    return status;
}

void AttendancePage::askRequest()
{
    const core::Session& s = app().session();
    LeaveRequestDialog dialog(app().core(), s.employeeId, s.can(Permission::ManageAttendance),
                              app().clock().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto r = dialog.request();
        if (!r)
            continue;
        const auto id = core::AttendanceService(app().core())
                            .requestLeave(r->employeeId, r->kind, r->from, r->to, r->halfDays, r->reason);
        if (id) {
            reload();
            if (MessageBar* bar = app().messageBar())
                bar->showSuccess(tr("The leave request was saved; it waits for approval."));
            return;
        }
        dialog.setProblem(id.error().fullText());
    }
}

void AttendancePage::askDecision(bool approve)
{
    QString note;
    if (!approve) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Reject the leave request"), tr("Why is the leave rejected?"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const core::Status status = decideSelected(approve, note);
    if (!status)
        if (MessageBar* bar = app().messageBar())
            bar->showError(status.error().fullText());
}

} // namespace tl::ui

#include "payroll/MyPayslipsPage.h"

#include "app/AppContext.h"
#include "models/PayrollOwnPayslipTableModel.h"
#include "money/MoneyFormat.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"
#include "payroll/PayslipDetailDialog.h"
#include "pool/BackgroundRead.h"
#include "widgets/ListViewSetup.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::Money;

namespace {

using Rows = QList<PayrollOwnPayslipTableModel::Row>;

} // namespace

MyPayslipsPage::MyPayslipsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PayrollOwnPayslipTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    layout->addWidget(m_estimate);
    m_note = new QLabel(this);
    layout->addWidget(m_note);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 140);
    m_view->setToolTip(tr("Double-click a month to see each line of the payslip."));
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openPayslip(i.row()); });
}

QString MyPayslipsPage::title() const
{
    return tr("My payslips");
}

QIcon MyPayslipsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void MyPayslipsPage::activate()
{
    reload();
    loadEstimate();
}

void MyPayslipsPage::reload()
{
    const core::PayrollPeriod now = core::PayrollPeriod::of(app().clock().today());
    ++m_loading;
    readInBackground<Rows>(
        this, app(),
        [now](const core::Context& ctx) -> core::Result<Rows> {
            core::PayrollRunService service(ctx);
            Rows rows;
            for (int back = 0; back < 12; ++back) {
                const core::PayrollPeriod p = core::PayrollPeriod::of(now.first().addMonths(-back));
                // Nothing released for the month (no run, not approved yet) is not an error here.
                auto own = service.payslips(p.key());
                if (!own)
                    continue;
                for (const core::Payslip& slip : *own)
                    rows.append({p.key(), slip});
            }
            return rows;
        },
        [this](const core::Result<Rows>& rows) {
            --m_loading;
            m_model->setRows(rows ? *rows : Rows{});
            m_note->setText(
                rows && rows->isEmpty()
                    ? tr("No payslip released to you in the last twelve months.")
                    : tr("Your payslips of the last twelve months, once HR has approved the payroll."));
        });
}

void MyPayslipsPage::loadEstimate()
{
    const qint64 employeeId = app().session().employeeId;
    const core::PayrollPeriod period = core::PayrollPeriod::of(app().clock().today());
    if (employeeId == 0) {
        m_estimate->setText(tr("Your user is not linked to an employee: there is no pay to estimate."));
        return;
    }
    ++m_loading;
    readInBackground<core::PayEstimate>(
        this, app(),
        [employeeId, period](const core::Context& ctx) -> core::Result<core::PayEstimate> {
            return core::PayrollRunService(ctx).estimate(period.key(), employeeId);
        },
        [this, period](const core::Result<core::PayEstimate>& e) {
            --m_loading;
            if (!e) {
                m_estimate->setText(e.error().message);
                return;
            }
            if (!e->payable) {
                m_estimatedNet = -1;
                m_estimate->setText(tr("No estimate for %1: %2").arg(period.key(), e->issue));
                return;
            }
            const core::PayResult& r = e->result;
            m_estimatedNet = r.net.fen();
            m_estimate->setText(
                tr("<b>Estimate for %1: net pay %2</b> (gross %3, social insurance and housing fund %4, "
                   "income tax "
                   "%5%6). Commission and performance pay are not included; the payslip follows when HR runs "
                   "the "
                   "payroll.")
                    .arg(period.key(), core::formatMoney(r.net), core::formatMoney(r.gross),
                         core::formatMoney(r.employeeContributions),
                         core::formatMoney(r.withholding.thisMonth + r.annualBonusTax),
                         r.lossDeducted.isPositive()
                             ? tr(", loss deduction %1").arg(core::formatMoney(r.lossDeducted))
                             : QString()));
        });
}

void MyPayslipsPage::openPayslip(int row)
{
    const PayrollOwnPayslipTableModel::Row* r = m_model->rowAt(row);
    if (!r)
        return;
    PayslipDetailDialog dialog(r->payslip, r->period, this);
    dialog.exec();
}

} // namespace tl::ui

#include "admin/CityProfilesPanel.h"

#include "admin/CityProfileDialog.h"
#include "app/AppContext.h"
#include "money/MoneyFormat.h"
#include "money/Rate.h"
#include "settings/CompanyService.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

QString money(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen), false);
}

QString percent(int ppm)
{
    return core::Rate::fromPpm(ppm).percentText() + QLatin1Char('%');
}

} // namespace

CityProfilesPanel::CityProfilesPanel(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app), m_table(new QTableWidget(0, 9, this)),
      m_add(new QPushButton(tr("&Add a dated profile…"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Contribution bases, rates and the minimum wage per city, each valid from its date. "
                      "A change is a new profile from a date on, so past payrolls keep their figures."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("cityProfiles"));
    m_table->setHorizontalHeaderLabels({tr("City"), tr("From"), tr("Social insurance base"),
                                        tr("Employee rates"), tr("Employer rates"), tr("Housing fund base"),
                                        tr("Housing fund rate"), tr("Minimum wage"), tr("Rounding")});
    m_table->horizontalHeaderItem(3)->setToolTip(tr("Pension / medical / unemployment"));
    m_table->horizontalHeaderItem(4)->setToolTip(tr("Pension / medical / unemployment / work injury"));
    m_table->horizontalHeaderItem(8)->setToolTip(tr("Social insurance / housing fund"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_add->setEnabled(app.session().can(core::Permission::EditCityProfiles));
    m_add->setVisible(app.session().can(core::Permission::EditCityProfiles));
    connect(m_add, &QPushButton::clicked, this, &CityProfilesPanel::addProfile);
    connect(m_table, &QTableWidget::doubleClicked, this, [this] {
        if (m_add->isEnabled())
            addProfile();
    });
}

int CityProfilesPanel::rowCount() const
{
    return m_table->rowCount();
}

void CityProfilesPanel::reload()
{
    const core::Context ctx = m_app.core();
    auto profiles = core::CompanyService(ctx).cityProfiles();
    if (!profiles) {
        m_app.messageBar()->showError(profiles.error().fullText());
        return;
    }
    m_profiles = profiles.value();
    m_table->setRowCount(static_cast<int>(m_profiles.size()));
    for (int row = 0; row < m_profiles.size(); ++row) {
        const core::CityProfile& p = m_profiles.at(row);
        const QStringList cells{
            core::cityProfileName(p),
            p.effectiveFrom.toString(Qt::ISODate),
            tr("%1 – %2").arg(money(p.siBaseMin), money(p.siBaseMax)),
            QStringLiteral("%1 / %2 / %3")
                .arg(percent(p.pensionEmployeePpm), percent(p.medicalEmployeePpm),
                     percent(p.unemploymentEmployeePpm)),
            QStringLiteral("%1 / %2 / %3 / %4")
                .arg(percent(p.pensionEmployerPpm), percent(p.medicalEmployerPpm),
                     percent(p.unemploymentEmployerPpm), percent(p.injuryEmployerPpm)),
            tr("%1 – %2").arg(money(p.hfBaseMin), money(p.hfBaseMax)),
            percent(p.hfRatePpm),
            money(p.minimumWage),
            QStringLiteral("%1 / %2").arg(roundingModeName(p.siRounding), roundingModeName(p.hfRounding)),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void CityProfilesPanel::addProfile()
{
    // Start from the selected profile, else the newest one of the company's city.
    core::CityProfile start;
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_profiles.size())
        start = m_profiles.at(row);
    else if (!m_profiles.isEmpty())
        start = m_profiles.last();
    CityProfileDialog dialog(m_app, start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_app.messageBar()->showSuccess(tr("The city profile was added."));
}

} // namespace tl::ui

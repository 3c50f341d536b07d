#include "customers/CustomerLocationPanel.h"

#include "customers/CoordinateText.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

CustomerLocationPanel::CustomerLocationPanel(QWidget* parent)
    : QWidget(parent), m_region(new QLabel(this)), m_address(new QLabel(this)),
      m_coordinates(new QLabel(this)), m_copyCoordinates(new QPushButton(tr("Copy coor&dinates"), this)),
      m_copyAddress(new QPushButton(tr("Copy addre&ss"), this))
{
    m_coordinates->setObjectName(QStringLiteral("coordinates"));
    m_copyCoordinates->setObjectName(QStringLiteral("copyCoordinates"));
    m_copyAddress->setObjectName(QStringLiteral("copyAddress"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    for (QLabel* label : {m_region, m_address, m_coordinates}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Coordinates:"), m_coordinates);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_copyCoordinates, m_copyAddress}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* note =
        new QLabel(tr("Latitude and longitude in WGS-84 degrees; paste them into a map application. "
                      "Field check-ins within the visit distance of these coordinates count as visits."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_copyCoordinates, &QPushButton::clicked, this, &CustomerLocationPanel::copyCoordinates);
    connect(m_copyAddress, &QPushButton::clicked, this, &CustomerLocationPanel::copyAddress);
}

void CustomerLocationPanel::setCustomer(const core::Customer& customer)
{
    m_region->setText(customer.region.isEmpty() ? tr("(none)") : customer.region);
    m_address->setText(customer.address.isEmpty() ? tr("(none)") : customer.address);
    m_coordinatesText = customer.location ? CoordinateText::formatPair(customer.location->latitudeE6,
                                                                       customer.location->longitudeE6)
                                          : QString();
    m_coordinates->setText(m_coordinatesText.isEmpty()
                               ? tr("(not recorded)")
                               : tr("latitude, longitude: %1").arg(m_coordinatesText));
    m_copyCoordinates->setEnabled(!m_coordinatesText.isEmpty());
    m_copyAddress->setEnabled(!customer.address.isEmpty());
}

void CustomerLocationPanel::copyCoordinates()
{
    if (m_coordinatesText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_coordinatesText);
    emit copied(tr("Coordinates copied: %1").arg(m_coordinatesText));
}

void CustomerLocationPanel::copyAddress()
{
    const QString address = m_address->text();
    if (!m_copyAddress->isEnabled())
        return;
    QGuiApplication::clipboard()->setText(address);
    emit copied(tr("Address copied."));
}

} // namespace tl::ui

#pragma once

#include "customers/Customer.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tl::ui {

// The Location tab of the customer detail: region, address and coordinates as text, with buttons that
// copy the coordinates (for a map application) or the address. No map tiles: the app works offline.
class CustomerLocationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerLocationPanel(QWidget* parent = nullptr);

    void setCustomer(const core::Customer& customer);
    QString coordinatesText() const { return m_coordinatesText; }

public slots:
    void copyCoordinates();
    void copyAddress();

signals:
    void copied(const QString& message);

private:
    QLabel* m_region;
    QLabel* m_address;
    QLabel* m_coordinates;
    QPushButton* m_copyCoordinates;
    QPushButton* m_copyAddress;
    QString m_coordinatesText;
};

} // namespace tl::ui

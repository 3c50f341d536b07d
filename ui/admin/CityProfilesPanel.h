#pragma once

#include "settings/CityProfile.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tl::ui {

class AppContext;

// The dated city profiles (everyone may read them; adding one needs EditCityProfiles: admin and HR).
class CityProfilesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CityProfilesPanel(AppContext& app, QWidget* parent = nullptr);

    void reload();
    int rowCount() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

private:
    void addProfile();

    AppContext& m_app;
    QList<core::CityProfile> m_profiles;
    QTableWidget* m_table;
    QPushButton* m_add;
};

} // namespace tl::ui

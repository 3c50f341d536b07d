#pragma once

#include "app/Page.h"
#include "common/Error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace tl::ui {

class CityProfilesPanel;

// Settings: the company's data (editable with ManageSettings), the dated city profiles, and the language
// of the interface (for everyone; applied at the next start).
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void saveCompany();
    void setLanguage(const QString& language); // "zh_CN" or "en"

private:
    QWidget* buildCompanyTab();
    QWidget* buildLanguageTab();
    void loadCompany();
    void showCompanyProblems(const QList<core::FieldProblem>& problems);

    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QLineEdit* m_legalName;
    QComboBox* m_city;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_taxId;
    QPushButton* m_save;
    QLabel* m_companyProblems;
    CityProfilesPanel* m_profiles;
    QComboBox* m_language;
    QString m_companyLanguage;
};

} // namespace tl::ui

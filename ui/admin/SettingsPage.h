#pragma once

#include "app/Page.h"
#include "common/Error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tl::ui {

class CityProfilesPanel;

// Settings: the company's data (editable with ManageSettings), the dated city profiles, the receivables
// rules (ageing buckets, reminder offsets and repeat, default late-interest rate shown as a percentage,
// limitation warning, letter payment and reply days; company settings in the database), and the language
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
    // Checks and stores the receivables rules as entered; false (problems shown) when one is not acceptable.
    bool saveRules();
    QString rulesProblemText() const;

private:
    QWidget* buildCompanyTab();
    QWidget* buildLanguageTab();
    QWidget* buildRulesTab();
    void loadCompany();
    void loadRules();
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
    QLineEdit* m_agingBuckets = nullptr;
    QLineEdit* m_reminderOffsets = nullptr;
    QSpinBox* m_overdueRepeat = nullptr;
    QLineEdit* m_interestRate = nullptr; // percent a year
    QSpinBox* m_limitationWarn = nullptr;
    QSpinBox* m_letterPayDays = nullptr;
    QSpinBox* m_letterReplyDays = nullptr;
    QPushButton* m_saveRules = nullptr;
    QLabel* m_rulesProblems = nullptr;
    QComboBox* m_language;
    QString m_companyLanguage;
};

} // namespace tl::ui

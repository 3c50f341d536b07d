#pragma once

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tl::core {
class Clock;
}

namespace tl::ui {

// First start (DESIGN §3): create the company (name, city, administrator with a password typed twice)
// or open the demo company (generated with an administrator password chosen here). The database file is
// created and filled off the GUI thread through JobRunner; the wizard closes when that succeeded and
// shows any problem inline on its page otherwise.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoicePage,
        CompanyPage,
        DemoPage
    };

    FirstRunWizard(const QString& databasePath, const core::Clock& clock, QWidget* parent = nullptr);

    bool demoChosen() const;
    void setDemoChosen(bool demo);
    QString adminUsername() const; // for the login that follows
    QString problemText() const;   // the problems shown on the current page
    bool isWorking() const { return m_working; }

    int nextId() const override;
    bool validateCurrentPage() override;

    // The problems with an administrator password pair (mismatch, policy); empty = fine.
    static QString passwordProblem(const QString& password, const QString& repeat);

private:
    QWizardPage* buildChoicePage();
    QWizardPage* buildCompanyPage();
    QWizardPage* buildDemoPage();
    QLabel* problemLabel(QWidget* parent);
    void showProblems(const QStringList& problems);
    bool prepareDatabase(QStringList& problems);
    void createCompany();
    void createDemo();
    void jobFinished(const QString& error);

    QString m_databasePath;
    const core::Clock& m_clock;
    bool m_working = false;
    bool m_created = false;

    QRadioButton* m_createChoice;
    QRadioButton* m_demoChoice;
    QLineEdit* m_companyName;
    QComboBox* m_city;
    QLineEdit* m_adminName;
    QLineEdit* m_adminDisplayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_companyProblems;
    QLineEdit* m_demoPassword;
    QLineEdit* m_demoRepeat;
    QLabel* m_demoProblems;
};

} // namespace tl::ui

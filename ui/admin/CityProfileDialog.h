#pragma once

#include "common/Error.h"
#include "settings/CityProfile.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tl::ui {

class AppContext;

// A new dated city profile (social-insurance and housing-fund bases and rates, minimum wage), prefilled
// from the profile in force so that only what changed needs typing. Saved through CompanyService.
class CityProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CityProfileDialog(AppContext& app, const core::CityProfile& start, QWidget* parent = nullptr);

    qint64 profileId() const { return m_profileId; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* siMinEdit() const { return m_siMin; }
    // The profile as typed, with every problem of parsing (amounts in yuan, rates in percent).
    core::CityProfile profile(QList<core::FieldProblem>* problems) const;
    QString problemText() const;

public slots:
    void accept() override;

private:
    QLineEdit* moneyEdit(qint64 fen);
    QLineEdit* rateEdit(int ppm);
    QComboBox* roundingCombo(const QString& mode);

    AppContext& m_app;
    qint64 m_profileId = 0;
    QComboBox* m_city;
    QLineEdit* m_name;
    QDateEdit* m_from;
    QLineEdit* m_siMin;
    QLineEdit* m_siMax;
    QLineEdit* m_pensionEmployee;
    QLineEdit* m_medicalEmployee;
    QLineEdit* m_unemploymentEmployee;
    QLineEdit* m_pensionEmployer;
    QLineEdit* m_medicalEmployer;
    QLineEdit* m_unemploymentEmployer;
    QLineEdit* m_injuryEmployer;
    QLineEdit* m_hfMin;
    QLineEdit* m_hfMax;
    QLineEdit* m_hfRate;
    QLineEdit* m_minimumWage;
    QComboBox* m_siRounding;
    QComboBox* m_hfRounding;
    QLabel* m_problems;
};

// Translated name of a rounding mode key (half_up_fen → "Half up to the fen").
QString roundingModeName(const QString& mode);

} // namespace tl::ui

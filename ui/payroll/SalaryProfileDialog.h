#pragma once

#include "payroll/SalaryProfile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tl::ui {

// A new version of an employee's salary profile (or a correction of the version starting on the same day):
// the date it applies from and every field of core::SalaryProfile, prefilled from the version before. Amounts
// are typed in yuan (core::parseMoney), the housing-fund rate in percent (empty = the city's). The fields'
// problems are shown in the dialog; the service's are shown after Save by the caller (setProblem).
class SalaryProfileDialog : public QDialog
{
    Q_OBJECT
public:
    SalaryProfileDialog(const core::SalaryProfile& start, QWidget* parent = nullptr);

    // The profile as typed, or nothing (the problem shown) when a field cannot be read.
    std::optional<core::SalaryProfile> profile();
    void setProblem(const QString& text);

    QDateEdit* fromEdit() const { return m_from; }
    QLineEdit* baseEdit() const { return m_base; }

private:
    core::SalaryProfile m_start;
    QDateEdit* m_from;
    QLineEdit* m_base;
    QLineEdit* m_performance;
    QLineEdit* m_allowance;
    QLineEdit* m_siBase;
    QLineEdit* m_hfBase;
    QLineEdit* m_hfRate;
    QLineEdit* m_special;
    QLineEdit* m_plan;
    QCheckBox* m_firstJob;
    QCheckBox* m_lowEarner;
    QCheckBox* m_bonusSeparately;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace tl::ui

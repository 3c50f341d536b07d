#pragma once

#include "common/Context.h"
#include "employees/FieldProblemPresenter.h"
#include "org/Employee.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace tl::ui {

class OptionalDateEdit;

// Adds or edits one labour contract of an employee. The warnings of LabourContractService::preview
// (third consecutive fixed-term contract, ten years of service, probation too long for the term, a second
// probation) are shown live while the fields change, before saving; they do not block saving. Errors
// (bad dates, overlaps) are shown in place and nothing is saved until they are fixed.
class LabourContractDialog : public QDialog
{
    Q_OBJECT
public:
    // contract.id 0 = a new contract (the next seq) for employee.id.
    LabourContractDialog(const core::Context& ctx, const core::Employee& employee,
                         const core::LabourContract& contract, QWidget* parent = nullptr);

    // Defaults for the first contract of an employee: fixed term of three years from the hire date.
    static core::LabourContract firstContract(const core::Employee& employee);
    // Defaults for a renewal of `last`: starts the day after it ends, same length, no probation.
    static core::LabourContract renewalOf(const core::LabourContract& last, const QDate& today);

    core::LabourContract contractFromFields() const;
    qint64 contractId() const { return m_contract.id; }
    QStringList warnings() const { return m_warningTexts; }
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

public slots:
    void updatePreview();
    void save();

private:
    void buildUi();
    void fillFields();
    void updateEndDateState();
    void schedulePreview();

    core::Context m_ctx;
    core::Employee m_employee;
    core::LabourContract m_contract;
    QStringList m_warningTexts;

    QLabel* m_general = nullptr;
    FieldProblemPresenter m_problems;
    QComboBox* m_type = nullptr;
    QDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    OptionalDateEdit* m_probationEnd = nullptr;
    OptionalDateEdit* m_signedOn = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_warnings = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace tl::ui

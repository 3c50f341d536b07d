#pragma once

#include "common/Context.h"
#include "customers/OpportunityService.h"
#include "employees/FieldProblemPresenter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

class OptionalDateEdit;

// Create or edit an opportunity (商机) of a customer: name, amount, expected close date, note, and for a
// new one its first stage. Later stage changes go through "Move to stage" (each one a history row).
class OpportunityDialog : public QDialog
{
    Q_OBJECT
public:
    // opportunity.id 0 = a new opportunity of opportunity.customerId.
    OpportunityDialog(const core::Context& ctx, const core::Opportunity& opportunity,
                      QWidget* parent = nullptr);
    ~OpportunityDialog() override;

    core::Opportunity opportunityFromFields() const;
    qint64 opportunityId() const { return m_opportunity.id; }
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

public slots:
    void save();

private:
    core::Context m_ctx;
    core::Opportunity m_opportunity;
    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_stage = nullptr;
    OptionalDateEdit* m_expectedClose = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui

#pragma once

#include "common/Context.h"
#include "employees/FieldProblemPresenter.h"
#include "sales/Contract.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tl::ui {

class ContractAttachmentsPanel;
class CustomerPicker;
class EmployeePicker;
class ScheduleEditor;

// Create or edit a sales contract (销售合同): the header (number, customer and credited salesperson with
// completion, kind, signing date, amount, an own late-interest rate, title, note; a new contract may be saved
// as a draft), the payment schedule (ScheduleEditor, with the live total and difference) and the files.
// Save stays disabled — and save() refuses — until the instalments add up to the contract amount; every
// other problem found by core::ContractService is shown under its field. A cancelled contract opens
// read-only.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    // contractId 0 = a new contract; customerId (new only) preselects the customer.
    ContractDialog(const core::Context& ctx, qint64 contractId, QWidget* parent = nullptr,
                   qint64 customerId = 0);
    ~ContractDialog() override;

    qint64 contractId() const { return m_contract.id; } // the new id after a successful save
    bool isNew() const { return m_contract.id == 0; }
    QString warning() const { return m_warning; }

    core::Contract contractFromFields() const;
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

    ScheduleEditor* scheduleEditor() const { return m_schedule; }
    ContractAttachmentsPanel* attachments() const { return m_attachments; }
    QPushButton* saveButton() const;
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* amountEdit() const { return m_amount; }
    QDateEdit* signedOnEdit() const { return m_signedOn; }
    CustomerPicker* customerPicker() const { return m_customer; }
    EmployeePicker* salespersonPicker() const { return m_salesperson; }

public slots:
    void save();

private:
    void buildUi();
    QWidget* field(const QString& column, QWidget* editor, QWidget* problemTarget = nullptr);
    void load(qint64 id);
    void fillFields();
    void onAmountEdited();
    void updateSaveButton();
    QList<core::FieldProblem> parseProblems() const;
    QList<core::FieldProblem> problems(const core::Contract& contract) const;
    void showProblems(const QList<core::FieldProblem>& problems, const QString& general = {});
    void revalidate();

    core::Context m_ctx;
    core::Contract m_contract;
    bool m_attempted = false;
    bool m_readOnly = false;
    QString m_warning;

    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLineEdit* m_number = nullptr;
    CustomerPicker* m_customer = nullptr;
    EmployeePicker* m_salesperson = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_signedOn = nullptr;
    QCheckBox* m_draft = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountCapitals = nullptr;
    QCheckBox* m_ownRate = nullptr;
    QLineEdit* m_rate = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_note = nullptr;
    ScheduleEditor* m_schedule = nullptr;
    ContractAttachmentsPanel* m_attachments = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui

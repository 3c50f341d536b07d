#pragma once

#include "common/Context.h"
#include "customers/Customer.h"
#include "employees/FieldProblemPresenter.h"

#include <QDialog>

class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tl::ui {

class OptionalDateEdit;

// 跟进记录, fast from the keyboard: the customer is preselected; keys 1–5 choose the method
// (电话/拜访/微信/邮件/其他) while the method row has the focus (Alt+1…Alt+5 anywhere), then the focus goes
// to the content; Ctrl+Enter saves from anywhere; the next follow-up date is typed or set with +3 / +7
// days; an optional promised payment date (承诺回款日). Problems reported by core::FollowUpService are
// shown under their fields and nothing is saved until they are fixed.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(const core::Context& ctx, qint64 customerId, QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    qint64 followUpId() const { return m_savedId; }
    core::FollowUp followUpFromFields() const;
    QString method() const;
    void setMethod(const QString& key);
    void setNextInDays(int days); // +3 / +7 buttons

    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

public slots:
    void save();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildUi();
    void loadCustomer();
    QList<core::FieldProblem> problems(const core::FollowUp& followUp) const;
    void revalidate();

    core::Context m_ctx;
    qint64 m_customerId;
    qint64 m_savedId = 0;
    bool m_attempted = false;
    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLabel* m_customer = nullptr;
    QButtonGroup* m_methods = nullptr;
    QWidget* m_methodRow = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QPlainTextEdit* m_content = nullptr;
    OptionalDateEdit* m_next = nullptr;
    QPushButton* m_plus3 = nullptr;
    QPushButton* m_plus7 = nullptr;
    OptionalDateEdit* m_promised = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui

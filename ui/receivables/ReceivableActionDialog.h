#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "receivables/ReceivableQuery.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tl::ui {

// The frame of the actions on instalments of the Receivables page (dispute, write-off, promise, demand,
// collector): what the action is about at the top, a form, a red problem line naming the field, and
// OK / Cancel. save() calls apply(); the dialog closes only when apply() succeeds, and summary() then says
// what was done (for the page's message bar).
class ReceivableActionDialog : public QDialog
{
    Q_OBJECT
public:
    QString problemText() const;
    QString summary() const { return m_summary; }
    QPushButton* okButton() const;
    const QList<core::ReceivableRow>& rows() const { return m_rows; }

public slots:
    void save();

protected:
    ReceivableActionDialog(const core::Context& ctx, const QString& title,
                           const QList<core::ReceivableRow>& rows, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    const core::ReceivableRow& row() const { return m_rows.first(); }
    // Does the work: true on success (set m_summary), else showProblem()/showError() and false.
    virtual bool apply() = 0;
    void showProblem(const QString& text);
    void showError(const core::Error& error);
    // An amount field: parsed with core::parseMoney, > 0; nullopt (and the problem shown, naming `field`).
    std::optional<qint64> readAmount(QLineEdit* edit, const QString& field);
    QLineEdit* amountEdit(const QString& objectName, qint64 initialFen);

    core::Context m_ctx;
    QList<core::ReceivableRow> m_rows;
    QString m_summary;

private:
    QLabel* m_intro;
    QLabel* m_problem;
    QFormLayout* m_form;
    QDialogButtonBox* m_buttons;
};

} // namespace tl::ui

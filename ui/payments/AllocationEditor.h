#pragma once

#include "common/Context.h"
#include "receivables/PaymentService.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QRadioButton;
class QTableView;

namespace tl::ui {

class AllocationPreviewModel;

// Where the money of a payment goes, decided before it is saved: "Automatic" shows which instalments core
// allocates it to (oldest due first), "By hand" lets the user type an amount per open instalment, "Keep as
// credit" allocates nothing. A live line shows what is allocated and the credit left — red when the typed
// amounts exceed the money or an instalment's collectable part. The instalments are read again whenever the
// customer, contract, date or amount changes (setContext).
class AllocationEditor : public QWidget
{
    Q_OBJECT
public:
    // withKeepAsCredit: offer "Keep as credit" (recording a payment; not when allocating credit).
    AllocationEditor(const core::Context& ctx, bool withKeepAsCredit, QWidget* parent = nullptr);

    // customerId <= 0: nothing to show. amount: the money to allocate (fen).
    void setContext(qint64 customerId, qint64 contractId, const QDate& on, qint64 amount);
    void setMode(core::AllocationMode mode);
    core::AllocationMode mode() const;
    QList<core::AllocationLine> manualLines() const;

    qint64 allocated() const;  // in the current mode
    qint64 creditLeft() const; // amount − allocated
    // Problems of the current choice (typed amounts, over-allocation); empty when it can be saved.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // Shows problems reported by core for the manual lines (row = line position).
    void showProblems(const QStringList& problems);

    AllocationPreviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }
    QRadioButton* autoButton() const { return m_auto; }
    QRadioButton* manualButton() const { return m_manual; }
    QRadioButton* creditButton() const { return m_credit; }

signals:
    void changed();

private:
    void reload();
    void refresh();

    core::Context m_ctx;
    AllocationPreviewModel* m_model;
    QRadioButton* m_auto;
    QRadioButton* m_manual;
    QRadioButton* m_credit = nullptr;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_problemText;
    qint64 m_customerId = 0;
    qint64 m_contractId = 0;
    QDate m_on;
    qint64 m_amount = 0;
    QStringList m_coreProblems;
};

} // namespace tl::ui

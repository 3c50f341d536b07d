#pragma once

#include "common/Error.h"
#include "sales/Contract.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tl::ui {

class InstallmentScheduleModel;

// The payment schedule editor of the contract dialog: the instalments (due date and amount per row, edited
// in place), Add / Remove, and "split evenly into N monthly instalments from <date>". A live line under the
// table shows the schedule's total and its difference from the contract amount — red while they differ —
// and the schedule's other problems (core::ContractService::validateSchedule: order of the due dates, dates
// before the signing date, amounts that cannot be read). isBalanced() is what the dialog's Save waits for.
class ScheduleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleEditor(QWidget* parent = nullptr);

    InstallmentScheduleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* problemLabel() const { return m_problemText; }
    QSpinBox* splitCount() const { return m_splitCount; }
    QDateEdit* splitFrom() const { return m_splitFrom; }

    // nullopt: the contract amount cannot be read yet.
    void setContractAmount(std::optional<qint64> fen);
    void setSignedOn(const QDate& signedOn);
    void setSchedule(const QList<core::Installment>& installments);
    QList<core::Installment> schedule() const;
    void setReadOnly(bool readOnly);

    // The schedule's problems: what validateSchedule finds and the amounts that cannot be read.
    QList<core::FieldProblem> problems() const;
    // The instalments add up to the contract amount and the schedule has no problem.
    bool isBalanced() const;
    qint64 difference() const; // contract amount − total (0 when the amount cannot be read)

public slots:
    void addInstallment();
    void removeSelected();
    void splitEvenly();

signals:
    void changed();

private:
    void refresh();

    InstallmentScheduleModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QSpinBox* m_splitCount;
    QDateEdit* m_splitFrom;
    QPushButton* m_split;
    QLabel* m_summary;
    QLabel* m_problemText;
    std::optional<qint64> m_amount;
    QDate m_signedOn;
    bool m_readOnly = false;
    bool m_splitFromTouched = false;
};

} // namespace tl::ui

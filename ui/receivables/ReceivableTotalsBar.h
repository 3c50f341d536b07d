#pragma once

#include "receivables/ReceivableQuery.h"

#include <QFrame>

class QLabel;

namespace tl::ui {

// The totals of the Receivables list over every matching instalment (not only the loaded rows), from
// core::ReceivableQuery::totals: count, amount, received, balance, overdue, disputed and written off.
// Shows "counting…" while the page computes them on a worker thread.
class ReceivableTotalsBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReceivableTotalsBar(QWidget* parent = nullptr);

    void setCounting();
    void setTotals(const core::ReceivableQuery::Totals& totals);
    void setFailed(const QString& message);
    QString text() const; // all figures in one line (tests, tooltips)
    bool isCounting() const { return m_counting; }

private:
    QLabel* m_count;
    QLabel* m_amount;
    QLabel* m_paid;
    QLabel* m_balance;
    QLabel* m_overdue;
    QLabel* m_disputed;
    QLabel* m_writtenOff;
    bool m_counting = false;
};

} // namespace tl::ui

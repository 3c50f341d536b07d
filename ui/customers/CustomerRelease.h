#pragma once

#include "common/Context.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace tl::ui {

// Releasing customers back to the pool (PoolService::release, reason "released") from the customer
// lists and the customer detail: a confirmation naming the customers, then one release per customer
// (each its own audited use case), with a summary for the message bar.
class CustomerRelease
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::CustomerRelease)

public:
    struct Target
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct Outcome
    {
        int released = 0;
        QStringList failures; // one translated message per customer that was not released
        QString summary() const;
        bool ok() const { return failures.isEmpty(); }
    };

    // Asks "Release … to the pool?" (a modal question: the step cannot be undone by the salesperson).
    static bool confirm(QWidget* parent, const QList<Target>& customers);
    static Outcome release(const core::Context& ctx, const QList<Target>& customers);
};

} // namespace tl::ui

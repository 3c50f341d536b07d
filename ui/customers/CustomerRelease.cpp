#include "customers/CustomerRelease.h"

#include "customers/PoolService.h"
#include "pool/PoolFactsSource.h"

#include <QMessageBox>

namespace tl::ui {

namespace {
constexpr int MaxNamesInQuestion = 5;
}

QString CustomerRelease::Outcome::summary() const
{
    QStringList lines;
    if (released > 0)
        lines.append(tr("%n customer(s) released to the pool.", nullptr, released));
    lines.append(failures);
    return lines.join(QLatin1Char('\n'));
}

bool CustomerRelease::confirm(QWidget* parent, const QList<Target>& customers)
{
    if (customers.isEmpty())
        return false;
    QString question;
    if (customers.size() == 1) {
        question =
            tr("Release %1 (%2) to the customer pool?").arg(customers.first().name, customers.first().code);
    } else {
        QStringList names;
        for (const Target& t : customers.mid(0, MaxNamesInQuestion))
            names.append(t.name);
        //: separator between customer names in a list; Chinese: 、
        QString list = names.join(tr(", "));
        if (customers.size() > MaxNamesInQuestion)
            list = tr("%1 and %n more", nullptr, int(customers.size()) - MaxNamesInQuestion).arg(list);
        question =
            tr("Release %n customer(s) to the customer pool?\n%1", nullptr, int(customers.size())).arg(list);
    }
    QMessageBox box(QMessageBox::Question, tr("Release to the pool"), question, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("releaseQuestion"));
    box.setInformativeText(tr("Anyone may then claim them; the former owner only after the cooldown."));
    box.addButton(tr("Release"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.buttonRole(box.clickedButton()) == QMessageBox::AcceptRole;
}

CustomerRelease::Outcome CustomerRelease::release(const core::Context& ctx, const QList<Target>& customers)
{
    Outcome outcome;
    const auto facts = poolFacts(ctx.db);
    core::PoolService service(ctx, facts);
    for (const Target& t : customers) {
        if (auto released = service.release(t.id); released)
            ++outcome.released;
        else
            outcome.failures.append(released.error().message);
    }
    return outcome;
}

} // namespace tl::ui

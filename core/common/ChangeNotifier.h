#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace tl::core {

// Typed change notifications sent by services after commit; table models map them to row signals.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // entity: the table name ("employees", "users", ...); ids empty = many rows changed (reload).
    void notify(const QString& entity, const QList<qint64>& ids = {}) { emit changed(entity, ids); }

signals:
    void changed(const QString& entity, const QList<qint64>& ids);
};

} // namespace tl::core

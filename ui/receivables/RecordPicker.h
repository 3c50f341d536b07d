#pragma once

#include "common/Context.h"

#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;

namespace tl::ui {

// Chooses one record by its code: a line edit with completion and, beside it, the name of the record the
// code names ("unknown" in red when none). The code is resolved when editing finishes, on Enter and when a
// suggestion is chosen; changed() follows every change of the chosen id. Subclasses say how a code is
// looked up and which completer suggests codes.
class RecordPicker : public QWidget
{
    Q_OBJECT
public:
    // The chosen record: 0 = none (empty code), -1 = a code that names nothing the session may see.
    qint64 id() const { return m_id; }
    QString code() const;
    QString name() const { return m_name; }
    // Why the typed code is not usable ("" when fine or empty).
    QString problem() const { return m_problem; }

    void setId(qint64 id);             // 0 clears
    void setCode(const QString& code); // resolves at once
    void setReadOnly(bool readOnly);
    void clear() { setId(0); }
    // The name under the code instead of beside it (forms, where long company names need the room).
    void setNameBelow(bool below);

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* nameLabel() const { return m_nameLabel; }

public slots:
    // Reads the code typed so far (normally on editing finished).
    void resolve();

signals:
    void changed(qint64 id);

protected:
    struct Found
    {
        qint64 id = 0;
        QString code;
        QString name;
    };

    RecordPicker(const core::Context& ctx, const QString& placeholder, QWidget* parent);
    // Call from the subclass' constructor.
    void setCompleter(QCompleter* completer);

    virtual std::optional<Found> findByCode(const QString& code) const = 0;
    virtual std::optional<Found> findById(qint64 id) const = 0;
    virtual QString unknownText(const QString& code) const = 0;

    core::Context m_ctx;

private:
    void show(const QString& code, qint64 id, const QString& name, const QString& problem);

    QLineEdit* m_edit;
    QLabel* m_nameLabel;
    qint64 m_id = 0;
    QString m_name;
    QString m_problem;
};

} // namespace tl::ui

#pragma once

#include "common/Error.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace tl::ui {

// Shows validation problems (core::FieldProblem) in place: a red message under each field and a
// highlighted editor; problems of columns without a field go to a general label.
class FieldProblemPresenter
{
public:
    explicit FieldProblemPresenter(QLabel* generalLabel);

    // Creates the message label for a field; put the returned label under the editor in the layout.
    QLabel* addField(const QString& column, QWidget* editor, QWidget* labelParent);
    // Another column name reported for the same field (e.g. "manager" for "manager_code").
    void addAlias(const QString& alias, const QString& column);

    void show(const QList<core::FieldProblem>& problems, const QString& generalMessage = {});
    void showGeneral(const QString& message);
    void clear();

    bool hasProblems() const { return m_count > 0; }
    QString problemText(const QString& column) const; // "" when the field is fine
    QString generalText() const;
    QWidget* firstProblemEditor() const;

private:
    struct Field
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
        int order = 0;
    };
    void mark(Field& field, const QString& text);

    QLabel* m_general;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_aliases;
    int m_count = 0;
};

} // namespace tl::ui

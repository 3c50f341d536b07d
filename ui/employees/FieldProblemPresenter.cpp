#include "employees/FieldProblemPresenter.h"

#include <QLabel>
#include <QWidget>

#include <climits>

namespace tl::ui {

namespace {

const char* const HighlightProperty = "tlFieldProblem";

void highlight(QWidget* editor, bool on)
{
    if (!editor || editor->property(HighlightProperty).toBool() == on)
        return;
    editor->setProperty(HighlightProperty, on);
    // Only the editor itself gets the red frame, not its children.
    const QString name = editor->objectName();
    if (on && !name.isEmpty())
        editor->setStyleSheet(
            QStringLiteral("#%1 { border: 1px solid #d03030; background: #fff5f5; }").arg(name));
    else
        editor->setStyleSheet({});
}

} // namespace

FieldProblemPresenter::FieldProblemPresenter(QLabel* generalLabel) : m_general(generalLabel)
{
    if (m_general) {
        m_general->setWordWrap(true);
        m_general->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
        m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_general->hide();
    }
}

QLabel* FieldProblemPresenter::addField(const QString& column, QWidget* editor, QWidget* labelParent)
{
    auto* label = new QLabel(labelParent);
    label->setObjectName(QStringLiteral("problem_") + column);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    label->hide();
    m_fields.insert(column, Field{editor, label, int(m_fields.size())});
    return label;
}

void FieldProblemPresenter::addAlias(const QString& alias, const QString& column)
{
    m_aliases.insert(alias, column);
}

void FieldProblemPresenter::mark(Field& field, const QString& text)
{
    if (field.label) {
        field.label->setText(text);
        field.label->setVisible(!text.isEmpty());
    }
    highlight(field.editor, !text.isEmpty());
}

void FieldProblemPresenter::clear()
{
    for (Field& field : m_fields)
        mark(field, {});
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
    m_count = 0;
}

void FieldProblemPresenter::show(const QList<core::FieldProblem>& problems, const QString& generalMessage)
{
    clear();
    QHash<QString, QStringList> byColumn;
    QStringList general;
    if (!generalMessage.isEmpty())
        general.append(generalMessage);
    for (const core::FieldProblem& problem : problems) {
        const QString column = m_aliases.value(problem.column, problem.column);
        if (m_fields.contains(column))
            byColumn[column].append(problem.reason);
        else
            general.append(problem.toString());
    }
    for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it)
        mark(m_fields[it.key()], it.value().join(QLatin1Char('\n')));
    if (m_general && !general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
    m_count = int(problems.size()) + (generalMessage.isEmpty() ? 0 : 1);
}

void FieldProblemPresenter::showGeneral(const QString& message)
{
    show({}, message);
}

QString FieldProblemPresenter::problemText(const QString& column) const
{
    const auto it = m_fields.constFind(m_aliases.value(column, column));
    if (it == m_fields.cend() || !it->label || it->label->isHidden())
        return {};
    return it->label->text();
}

QString FieldProblemPresenter::generalText() const
{
    return m_general && !m_general->isHidden() ? m_general->text() : QString();
}

QWidget* FieldProblemPresenter::firstProblemEditor() const
{
    QWidget* first = nullptr;
    int best = INT_MAX;
    for (const Field& field : m_fields) {
        if (field.label && !field.label->text().isEmpty() && field.order < best) {
            best = field.order;
            first = field.editor;
        }
    }
    return first;
}

} // namespace tl::ui

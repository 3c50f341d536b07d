#include "receivables/RecordPicker.h"

#include <QBoxLayout>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>

namespace tl::ui {

RecordPicker::RecordPicker(const core::Context& ctx, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_edit(new QLineEdit(this)), m_nameLabel(new QLabel(this))
{
    auto* layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(64);
    m_edit->setMinimumWidth(110);
    m_nameLabel->setMinimumWidth(60);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_edit, 2);
    layout->addWidget(m_nameLabel, 1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &RecordPicker::resolve);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_id != 0)
            resolve(); // the clear button
    });
}

void RecordPicker::setNameBelow(bool below)
{
    auto* box = static_cast<QBoxLayout*>(layout());
    box->setDirection(below ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    box->setSpacing(below ? 2 : -1);
    m_nameLabel->setWordWrap(below);
}

void RecordPicker::setCompleter(QCompleter* completer)
{
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& code) {
        const QSignalBlocker block(m_edit);
        m_edit->setText(code);
        resolve();
    });
}

QString RecordPicker::code() const
{
    return m_edit->text().trimmed();
}

void RecordPicker::show(const QString& code, qint64 id, const QString& name, const QString& problem)
{
    {
        const QSignalBlocker block(m_edit);
        if (m_edit->text() != code)
            m_edit->setText(code);
    }
    const bool changedId = id != m_id;
    m_id = id;
    m_name = name;
    m_problem = problem;
    m_nameLabel->setText(problem.isEmpty() ? name : tr("unknown"));
    m_nameLabel->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b02020; }"));
    m_edit->setToolTip(problem);
    if (changedId)
        emit changed(m_id);
}

void RecordPicker::resolve()
{
    const QString typed = code();
    if (typed.isEmpty()) {
        show({}, 0, {}, {});
        return;
    }
    if (m_id > 0 && m_problem.isEmpty() && typed == m_edit->property("tlResolvedCode").toString())
        return; // unchanged
    if (const auto found = findByCode(typed)) {
        m_edit->setProperty("tlResolvedCode", found->code);
        show(found->code, found->id, found->name, {});
    } else {
        m_edit->setProperty("tlResolvedCode", QString());
        show(typed, -1, {}, unknownText(typed));
    }
}

void RecordPicker::setId(qint64 id)
{
    if (id <= 0) {
        m_edit->setProperty("tlResolvedCode", QString());
        show({}, 0, {}, {});
        return;
    }
    if (const auto found = findById(id)) {
        m_edit->setProperty("tlResolvedCode", found->code);
        show(found->code, found->id, found->name, {});
    } else {
        show(QString::number(id), -1, {}, unknownText(QString::number(id)));
    }
}

void RecordPicker::setCode(const QString& code)
{
    {
        const QSignalBlocker block(m_edit);
        m_edit->setText(code);
    }
    resolve();
}

void RecordPicker::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
}

} // namespace tl::ui

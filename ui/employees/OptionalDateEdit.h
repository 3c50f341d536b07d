#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace tl::ui {

// A date that may be absent (contract end, probation end, leave date): a check box that enables a
// date edit with a calendar pop-up. date() is invalid while unchecked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);        // an invalid date unchecks
    void setDefaultDate(const QDate& date); // shown when the box is checked without a date
    bool hasDate() const;
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate& date);

private:
    void emitChanged();

    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace tl::ui

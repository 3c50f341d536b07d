#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tl::ui {

// Records how letters were sent (DESIGN §2.4): the date, the method (EMS, courier, e-mail, in person, fax)
// and the tracking number, which EMS and courier require as the proof of delivery. Several letters share
// one date and method; a tracking number belongs to one letter, so those methods take one letter at a time.
class LetterSendDialog : public QDialog
{
    Q_OBJECT
public:
    // letterCount: how many letters are marked; earliest: the first allowed date (the newest letter date).
    LetterSendDialog(int letterCount, const QDate& earliest, const QDate& today, QWidget* parent = nullptr);

    QDate sentOn() const;
    QString method() const; // letterSendMethodKeys()
    QString trackingNo() const;

    void setMethod(const QString& key);
    void setTrackingNo(const QString& text);
    QString errorText() const;

public slots:
    void accept() override; // checks the tracking number

private:
    int m_count;
    QDateEdit* m_date;
    QComboBox* m_method;
    QLineEdit* m_tracking;
    QLabel* m_error;
};

} // namespace tl::ui

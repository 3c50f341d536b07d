#pragma once

#include "letters/Letter.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

// Records a customer's reply to a letter (DESIGN §2.4): the date and, optionally, the scan of the sealed
// reply (PDF, PNG or JPEG). Confirmation: the customer confirmed our balance. Difference: the balance the
// customer states and their explanation (a lower balance opens a dispute for what they deny).
class LetterReplyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Confirmed,
        Difference
    };

    LetterReplyDialog(Mode mode, const core::Letter& letter, const QDate& today, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QDate repliedOn() const;
    qint64 statedBalance() const { return m_stated; } // fen (Difference), after accept()
    QString explanation() const;
    const std::optional<core::LetterScan>& scan() const { return m_scan; } // after accept()

    void setStatedBalanceText(const QString& text);
    void setExplanation(const QString& text);
    void setScanPath(const QString& path);
    QString errorText() const;

public slots:
    void accept() override; // reads the amount and the scan, then closes

private:
    void chooseScan();

    Mode m_mode;
    core::Letter m_letter;
    QDateEdit* m_date;
    QLineEdit* m_statedEdit = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QLineEdit* m_scanPath;
    QLabel* m_error;
    qint64 m_stated = 0;
    std::optional<core::LetterScan> m_scan;
};

} // namespace tl::ui

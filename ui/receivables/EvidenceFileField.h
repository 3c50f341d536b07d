#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace tl::ui {

// A file kept as evidence with a write-off request or a payment demand (a scan, an EMS receipt, an e-mail):
// Choose… reads it into memory, Clear drops it. At most maxBytes.
class EvidenceFileField : public QWidget
{
    Q_OBJECT
public:
    EvidenceFileField(qint64 maxBytes, QWidget* parent = nullptr);

    // Reads the file; false (and problem() set) when it cannot be read or is too large.
    bool load(const QString& path);
    void clear();
    bool hasFile() const { return !m_fileName.isEmpty(); }
    QString fileName() const { return m_fileName; }
    QString mime() const { return m_mime; }
    QByteArray content() const { return m_content; }
    QString problem() const { return m_problem; }

public slots:
    void choose();

private:
    qint64 m_maxBytes;
    QLineEdit* m_name;
    QPushButton* m_choose;
    QPushButton* m_clear;
    QString m_fileName;
    QString m_mime;
    QByteArray m_content;
    QString m_problem;
};

} // namespace tl::ui

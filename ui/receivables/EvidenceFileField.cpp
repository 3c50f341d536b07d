#include "receivables/EvidenceFileField.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>

namespace tl::ui {

EvidenceFileField::EvidenceFileField(qint64 maxBytes, QWidget* parent)
    : QWidget(parent), m_maxBytes(maxBytes), m_name(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose…"), this)), m_clear(new QPushButton(tr("Clear"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name->setObjectName(QStringLiteral("evidence"));
    m_name->setReadOnly(true);
    m_name->setPlaceholderText(tr("no file (optional)"));
    layout->addWidget(m_name, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    m_clear->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &EvidenceFileField::choose);
    connect(m_clear, &QPushButton::clicked, this, &EvidenceFileField::clear);
}

bool EvidenceFileField::load(const QString& path)
{
    QFile file(path);
    m_problem.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem =
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > m_maxBytes) {
        m_problem = tr("The file %1 is larger than %2.")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(m_maxBytes));
        return false;
    }
    m_content = file.readAll();
    m_fileName = QFileInfo(path).fileName();
    m_mime = QMimeDatabase().mimeTypeForFileNameAndData(m_fileName, m_content).name();
    m_name->setText(tr("%1 (%2)").arg(m_fileName, QLocale().formattedDataSize(m_content.size())));
    m_clear->setEnabled(true);
    return true;
}

void EvidenceFileField::clear()
{
    m_fileName.clear();
    m_mime.clear();
    m_content.clear();
    m_problem.clear();
    m_name->clear();
    m_clear->setEnabled(false);
}

void EvidenceFileField::choose()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the evidence"), QString(),
                                     tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff "
                                        "*.eml *.msg *.doc *.docx);;All files (*)"));
    if (path.isEmpty() || load(path))
        return;
    const QString problem = m_problem; // shown in the field; the previous file is dropped
    clear();
    m_problem = problem;
    m_name->setText(problem);
}

} // namespace tl::ui

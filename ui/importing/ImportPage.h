#pragma once

#include "app/Page.h"
#include "common/Result.h"
#include "io/ImportResult.h"

#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tl::ui {

class ImportPreviewTableModel;
class ImportProblemTableModel;
struct ImportPreview;

// 数据导入: choose the kind and a CSV file, see its first rows as read (and the encoding), "Check" (a dry
// run listing every bad cell: row, column, value, reason), then "Import" (all or nothing) on a worker
// thread with its own database connection, with a progress bar and Cancel. Templates to download, problems
// to save as CSV. Needs ImportData.
class ImportPage : public Page
{
    Q_OBJECT
public:
    explicit ImportPage(AppContext& app, QWidget* parent = nullptr);
    ~ImportPage() override;

    QString title() const override;
    QIcon icon() const override;

    QString kind() const;
    QString filePath() const;
    ImportPreviewTableModel* previewModel() const { return m_previewModel; }
    ImportProblemTableModel* problemModel() const { return m_problemModel; }
    const std::optional<core::ImportResult>& lastResult() const { return m_result; }
    QString summaryText() const;
    QString encodingText() const;

public slots:
    // Loads the preview of a file (without a file dialog).
    void setFile(const QString& path);
    void chooseFile();
    void check();     // dry run
    void runImport(); // commit
    void downloadTemplate(bool chineseHeaders);
    void saveProblems(); // asks for a file name
    // Writes the listed problems to a CSV file.
    bool saveProblemsTo(const QString& path);

signals:
    void previewLoaded();
    void jobFinished(bool ok);

private:
    void buildUi();
    void updateColumnsHint();
    void onPreviewReady();
    void start(bool dryRun);
    void finishJob(bool dryRun, const core::Status& status, const std::optional<core::ImportResult>& result);
    void showResult(const core::ImportResult& result);
    void setBusy(bool busy);
    void updateButtons();
    void clearResult();
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    ImportPreviewTableModel* m_previewModel;
    ImportProblemTableModel* m_problemModel;
    QFutureWatcher<ImportPreview>* m_previewWatcher;
    QComboBox* m_kind = nullptr;
    QLabel* m_columnsHint = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_template = nullptr;
    QLabel* m_encoding = nullptr;
    QComboBox* m_existing = nullptr;
    QTableView* m_previewView = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_problemView = nullptr;
    QPushButton* m_saveProblems = nullptr;
    std::optional<core::ImportResult> m_result;
    bool m_previewOk = false;
    bool m_busy = false;
};

} // namespace tl::ui

#pragma once

#include "app/Page.h"
#include "letters/Letter.h"
#include "letters/LetterService.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTemporaryDir;
class QToolButton;

namespace tl::ui {

class EvidenceCoveragePanel;
class LetterStatusBoard;
class LetterTableModel;

// 对账函 (DESIGN §2.4): the status board (drafts, sent, awaiting a reply past the deadline, confirmed,
// difference, no reply, cancelled: counts and balances, a click filters the list), the keyset-paged list of
// letters with search, salesperson and "reply overdue" filters, and the actions: generate a batch (one
// customer, one salesperson's customers or everyone with a balance) as a background job with progress and
// Cancel; preview, print or save as PDF the selected letters; mark sent (date, method, tracking no.); record
// a confirmation or a difference (which opens disputes); mark no reply; cancel; attach the returned scan and
// open it. A second tab shows the evidence coverage by salesperson or customer.
//
// The action slots ask with dialogs; the methods below them do the work and report in the message bar
// (tests call them directly).
class LettersPage : public Page
{
    Q_OBJECT
public:
    explicit LettersPage(AppContext& app, QWidget* parent = nullptr);
    ~LettersPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    LetterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LetterStatusBoard* board() const { return m_board; }
    EvidenceCoveragePanel* coveragePanel() const { return m_coverage; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<qint64> selectedLetterIds() const;
    void selectLetter(qint64 id);
    // Shows one letter: clears the filters, searches its number and selects it (e.g. from a reminder).
    void showLetter(qint64 letterId);
    void setSearch(const QString& text);
    void setSalespersonFilter(qint64 employeeId);
    void setStatusFilter(const QString& boardKey); // a board key ("draft", "overdue", ...; "" = all)
    bool isGenerating() const { return m_generating; }
    bool isBoardLoading() const { return m_boardGeneration != 0; } // the board is counted in the background

    // The work behind the actions; each reports success or failure in the message bar.
    void generate(const QDate& asOf, const core::LetterSubject& subject);
    bool markSent(const QList<qint64>& ids, const QDate& on, const QString& method,
                  const QString& trackingNo);
    bool recordConfirmed(qint64 id, const QDate& on, const std::optional<core::LetterScan>& scan);
    bool recordDifference(qint64 id, const QDate& on, qint64 statedBalance, const QString& explanation,
                          const std::optional<core::LetterScan>& scan);
    bool markNoReply(const QList<qint64>& ids);
    bool cancelLetters(const QList<qint64>& ids, const QString& reason);
    bool attachScan(qint64 id, const core::LetterScan& scan);
    // Writes the letter's scan into a temporary folder of the page (removed with it) and returns the path.
    core::Result<QString> saveScanCopy(qint64 id);
    // Writes the letters as one PDF (each letter from a new page) in a background job; pdfFinished() at the
    // end.
    void exportPdf(const QList<qint64>& ids, const QString& path);
    bool isExportingPdf() const { return m_exportingPdf; }

public slots:
    void applyFilter();
    void refreshBoard();
    void generateLetters();
    void previewSelected();
    void savePdfOfSelected();
    void markSentSelected();
    void confirmSelected();
    void differenceSelected();
    void noReplySelected();
    void cancelSelected();
    void attachScanToSelected();
    void openScanOfSelected();

signals:
    void generationFinished(bool ok);
    void pdfFinished(bool ok);

private:
    void buildUi();
    QWidget* buildLettersTab();
    void updateButtons();
    void updateCount(qint64 total);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    QList<core::Letter> selectedLetters() const;
    std::optional<core::Letter> currentLetter() const;
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;
    // Runs `act` for every id; reports "N done" or the failures (letter no: reason). True when all succeeded.
    bool forEachLetter(const QList<qint64>& ids, const std::function<core::Status(qint64)>& act,
                       const std::function<QString(int)>& doneText);

    LetterTableModel* m_model;
    QTabWidget* m_tabs = nullptr;
    LetterStatusBoard* m_board = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_salesperson = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_sent = nullptr;
    QPushButton* m_confirmed = nullptr;
    QPushButton* m_difference = nullptr;
    QPushButton* m_noReply = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_scan = nullptr;
    QAction* m_attachScan = nullptr;
    QAction* m_openScan = nullptr;
    QTableView* m_view = nullptr;
    EvidenceCoveragePanel* m_coverage = nullptr;
    std::unique_ptr<QTemporaryDir> m_scanDir;
    QString m_statusKey; // the board column filtering the list ("" = all)
    bool m_loaded = false;
    bool m_coverageLoaded = false;
    bool m_generating = false;
    bool m_exportingPdf = false;
    quint64 m_boardGeneration = 0; // the newest board count under way, 0 = none
};

} // namespace tl::ui

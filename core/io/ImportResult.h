#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tl::core {

// What an import did, or (dry run) would do.
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ImportResult)

public:
    QString kind; // "employees"
    bool dryRun = false;
    bool committed = false; // true only when the data was written

    int rows = 0;           // data rows read (blank rows not counted)
    int created = 0;        // records created (or to be created in a dry run)
    int updated = 0;        // records changed
    int unchanged = 0;      // rows equal to the stored record: nothing to write
    QList<int> createdRows; // spreadsheet row numbers of each group
    QList<int> updatedRows;
    QList<int> unchangedRows;

    // Records of other kinds created on the way (entity -> labels), e.g. "departments" -> the paths.
    struct Related
    {
        QString entity;
        QStringList labels;
    };
    QList<Related> relatedCreated;
    QStringList notes; // translated lines the kind adds to the summary ("3 departments will be created: ...")

    QList<FieldProblem> problems;
    qint64 problemsOmitted = 0; // problems beyond ImportOptions::maxProblems, counted only

    bool hasProblems() const { return !problems.isEmpty() || problemsOmitted > 0; }
    QStringList relatedLabels(const QString& entity) const;

    // A translated, multi-line summary: counts, the rows of each group, the notes, the number of problems.
    QString summary() const;
    // Error::invalid listing every problem (for callers that report failure as an Error, e.g. the CLI).
    Error toError() const;

    // "2-4, 7, 9-10".
    static QString formatRowRanges(QList<int> rows);
};

} // namespace tl::core

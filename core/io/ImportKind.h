#pragma once

#include "auth/Session.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "io/ImportColumn.h"
#include "io/ImportOptions.h"
#include "io/ImportResult.h"
#include "io/ImportRow.h"
#include "io/ProblemSink.h"

#include <QList>
#include <QStringList>

namespace tl::core {

// One kind of import (employees; later customers, contracts, installments, payments...). ImportService
// reads the file, binds the header to columns(), parses every cell, and drives the kind through:
//
//   prepare()  once: load lookups (code -> id maps) so that rows need no SELECT of their own
//   addRow()   every data row: check it, keep what write() needs in compact typed form
//   finish()   checks across rows (duplicates, references forward in the file, cycles) and the plan:
//              counts of rows to create / update for the summary
//   write()    only when no problem was found and it is not a dry run; inside the import's transaction
//
// On a committing run all four run inside one transaction (BEGIN IMMEDIATE), so nothing can change between
// validation and writing, and any problem or error rolls everything back. Every write to an audited table
// must be recorded in the audit log with its snapshot (through the services, or identically by hand).
class ImportKind
{
public:
    virtual ~ImportKind() = default;

    virtual QString key() const = 0; // "employees"
    virtual const QList<ImportColumn>& columns() const = 0;
    virtual Permission permission() const { return Permission::ImportData; }

    virtual Status prepare(const ImportOptions& options) = 0;
    virtual void addRow(const ImportRow& row, ProblemSink& problems) = 0;
    virtual void finish(ProblemSink& problems, ImportResult& result) = 0;
    // Problems found while writing (which validation should have caught) go to `problems` and make the
    // import roll back; an Error aborts it.
    virtual Status write(ProblemSink& problems, Progress& progress, ImportResult& result) = 0;

    // Entities to announce through the ChangeNotifier after the commit ("employees", "departments").
    virtual QStringList changedEntities() const = 0;
};

} // namespace tl::core

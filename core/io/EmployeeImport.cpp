#include "io/EmployeeImport.h"

#include "io/CellParsers.h"
#include "io/ImportService.h"
#include "org/DepartmentService.h"
#include "org/EmployeeService.h"
#include "org/EmployeeValidator.h"
#include "settings/CityProfile.h"

#include <QRegularExpression>

namespace tl::core {

namespace {

const QString kDepartments = QStringLiteral("departments");

} // namespace

EmployeeImport::EmployeeImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& EmployeeImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("code"),
         {QStringLiteral("工号"), QStringLiteral("员工编号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("name"), {QStringLiteral("姓名")}, true, CellParsers::text(100)},
        {QStringLiteral("department"), {QStringLiteral("部门")}, false, CellParsers::text(200)},
        {QStringLiteral("position"),
         {QStringLiteral("岗位"), QStringLiteral("职位")},
         false,
         CellParsers::text(100)},
        {QStringLiteral("role"),
         {QStringLiteral("角色")},
         false,
         CellParsers::choice(employeeRoleFromText, employeeRoleKeys().join(QStringLiteral(", ")))},
        {QStringLiteral("manager_code"), {QStringLiteral("上级工号")}, false, CellParsers::text(64)},
        {QStringLiteral("hire_date"), {QStringLiteral("入职日期")}, false, CellParsers::date()},
        {QStringLiteral("id_number"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码")},
         false,
         CellParsers::text(64)},
        {QStringLiteral("phone"),
         {QStringLiteral("手机号"), QStringLiteral("手机号码"), QStringLiteral("手机")},
         false,
         CellParsers::text(64)},
        {QStringLiteral("bank_name"), {QStringLiteral("开户行")}, false, CellParsers::text(100)},
        {QStringLiteral("bank_account"),
         {QStringLiteral("银行账号"), QStringLiteral("银行卡号")},
         false,
         CellParsers::text(64)},
        {QStringLiteral("city"), {QStringLiteral("工作城市")}, false, CellParsers::text(100)},
    };
    return spec;
}

Status EmployeeImport::prepare(const ImportOptions& options)
{
    m_options = options;
    m_rows.clear();
    m_rowByCode.clear();
    m_rowByIdNumber.clear();
    m_departments.clear();
    m_existingPaths.clear();
    m_newDepartments.clear();
    const Status loaded = m_directory.load(m_ctx);
    if (!loaded)
        return loaded;
    for (const tl::core::Department& d : m_directory.departments())
        m_existingPaths.insert(d.path, d.id);
    return {};
}

const EmployeeImport::DepartmentRef& EmployeeImport::department(const QString& text)
{
    if (const auto it = m_departments.constFind(text); it != m_departments.constEnd())
        return *it;
    DepartmentRef ref;
    const Result<qint64> found = DepartmentService(m_ctx).resolvePath(text, false);
    if (found) {
        ref.id = *found;
    } else if (found.error().code == ErrorCode::NotFound) {
        // Every level from the first missing one down will be created.
        static const QRegularExpression separator(QStringLiteral("[/\\x{FF0F}]"));
        QString path;
        for (const QString& part : text.split(separator)) {
            path = path.isEmpty() ? part.trimmed() : path + QLatin1Char('/') + part.trimmed();
            if (!m_existingPaths.contains(path) && !m_newDepartments.contains(path))
                m_newDepartments << path;
        }
    } else {
        const Error& error = found.error();
        ref.problem = error.problems.isEmpty() ? error.message : error.problems.first().reason;
    }
    return *m_departments.insert(text, ref);
}

void EmployeeImport::applyCells(const ImportRow& row, PendingRow& pending)
{
    Employee& e = pending.employee;
    auto take = [&row](int column, QString& field) {
        if (row.has(column))
            field = row.value(column).toString();
    };
    take(Name, e.name);
    take(Position, e.position);
    take(Role, e.role);
    take(IdNumber, e.idNumber);
    take(Phone, e.phone);
    take(BankName, e.bankName);
    take(BankAccount, e.bankAccount);
    if (row.has(City))
        e.city = normalizeCityKey(row.value(City).toString());
    if (row.has(HireDate))
        e.hireDate = row.value(HireDate).toDate();
    if (row.has(Department))
        pending.department = row.value(Department).toString();
    if (row.has(ManagerCode)) {
        pending.managerCode = row.value(ManagerCode).toString();
        pending.managerFromFile = true;
    }
    EmployeeValidator::normalize(e);
}

void EmployeeImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(Code))
        return; // the missing column is reported on the header row
    const QString code = row.text(Code);
    if (const auto it = m_rowByCode.constFind(code); !code.isEmpty() && it != m_rowByCode.constEnd()) {
        problems.add(row.number(), Code, code,
                     tr("code %1 already appears in row %2").arg(code).arg(m_rows.at(*it).number));
        return;
    }

    PendingRow pending;
    pending.number = row.number();
    const Employee* stored = code.isEmpty() ? nullptr : m_directory.byCode(code);
    if (stored) {
        pending.isNew = false;
        pending.employee = *stored;
        pending.managerCode = stored->managerCode;
        if (m_options.existing == ImportOptions::Existing::Reject)
            problems.add(row.number(), Code, code,
                         tr("employee %1 already exists; this import only adds new employees").arg(code));
    } else {
        pending.employee.code = code;
    }
    applyCells(row, pending);

    if (!pending.department.isEmpty()) {
        const DepartmentRef& ref = department(pending.department);
        if (!ref.problem.isEmpty())
            problems.add(row.number(), Department, row.text(Department), ref.problem);
        else
            pending.employee.departmentId = ref.id;
    }

    const qint64 before = problems.count();
    validate(row, pending, problems);

    // One person is not employed twice: an ID number appears once among the people of the file.
    const Employee& e = pending.employee;
    if (row.has(IdNumber) && !e.idNumber.isEmpty() && e.status != EmployeeStatus::Left &&
        problems.count() == before) {
        if (const auto other = m_rowByIdNumber.constFind(e.idNumber); other != m_rowByIdNumber.constEnd())
            problems.add(row.number(), IdNumber, row.text(IdNumber),
                         tr("the same ID number is in row %1").arg(*other));
        else
            m_rowByIdNumber.insert(e.idNumber, row.number());
    }

    if (code.isEmpty())
        return; // reported by validate(); nothing can refer to this row
    m_rowByCode.insert(code, m_rows.size());
    m_rows.push_back(std::move(pending));
}

void EmployeeImport::validate(const ImportRow& row, const PendingRow& pending, ProblemSink& problems) const
{
    // Managers are checked across the file in finish(): the manager may be a later row.
    Employee check = pending.employee;
    check.managerId = 0;
    check.managerCode.clear();
    const QList<ImportColumn>& spec = columnSpec();
    for (const FieldProblem& p : EmployeeService(m_ctx).validate(check)) {
        int column = -1;
        for (qsizetype c = 0; c < spec.size(); ++c)
            if (spec.at(c).key == p.column)
                column = int(c);
        if (column == ManagerCode)
            continue;
        if (column >= 0 && row.failed(column))
            continue; // the cell was already reported as unreadable
        if (column >= 0 && !row.present(column) && spec.at(column).required)
            continue; // the missing column was reported on the header row
        const QString shown = column >= 0 ? problems.columnName(column) : p.column;
        const QString value = column >= 0 && row.present(column) ? row.text(column) : p.value;
        problems.add(FieldProblem{row.number(), shown, value, p.reason});
    }
}

QString EmployeeImport::managerOf(const QString& code) const
{
    if (const auto it = m_rowByCode.constFind(code); it != m_rowByCode.constEnd()) {
        const PendingRow& p = m_rows.at(*it);
        return p.managerCode == code ? QString() : p.managerCode;
    }
    const Employee* stored = m_directory.byCode(code);
    return stored ? stored->managerCode : QString();
}

void EmployeeImport::checkManagers(ProblemSink& problems) const
{
    for (const PendingRow& p : m_rows) {
        if (!p.managerFromFile || p.managerCode.isEmpty())
            continue;
        if (p.managerCode == p.employee.code)
            problems.add(p.number, ManagerCode, p.managerCode, tr("an employee cannot be their own manager"));
        else if (!m_rowByCode.contains(p.managerCode) && !m_directory.byCode(p.managerCode))
            problems.add(p.number, ManagerCode, p.managerCode,
                         tr("manager %1 is neither in the database nor in this file").arg(p.managerCode));
    }

    // Walk up from every row; meeting the walk itself again is a cycle (stored chains have none, so a cycle
    // always runs through a manager given in the file).
    QHash<QString, int> state; // 1 = on the current walk, 2 = finished
    for (const PendingRow& p : m_rows) {
        QStringList walk;
        QString current = p.employee.code;
        while (!current.isEmpty() && state.value(current) == 0) {
            state.insert(current, 1);
            walk << current;
            current = managerOf(current);
        }
        if (!current.isEmpty() && state.value(current) == 1) {
            const QStringList cycle = walk.mid(walk.indexOf(current));
            const QString chain = (cycle + QStringList{current}).join(QStringLiteral(" → "));
            for (const QString& member : cycle) {
                const auto it = m_rowByCode.constFind(member);
                if (it == m_rowByCode.constEnd() || !m_rows.at(*it).managerFromFile)
                    continue;
                const PendingRow& row = m_rows.at(*it);
                problems.add(row.number, ManagerCode, row.managerCode,
                             tr("the reporting line %1 is a cycle").arg(chain));
            }
        }
        for (const QString& code : walk)
            state.insert(code, 2);
    }
}

bool EmployeeImport::differsFromStored(const PendingRow& p) const
{
    const Employee* stored = m_directory.byCode(p.employee.code);
    if (!stored)
        return true;
    const Employee& e = p.employee;
    if (!p.department.isEmpty() && m_departments.value(p.department).id != stored->departmentId)
        return true;
    return e.name != stored->name || e.position != stored->position || e.role != stored->role ||
           p.managerCode != stored->managerCode || e.hireDate != stored->hireDate ||
           e.idNumber != stored->idNumber || e.phone != stored->phone || e.bankName != stored->bankName ||
           e.bankAccount != stored->bankAccount || e.city != stored->city;
}

void EmployeeImport::finish(ProblemSink& problems, ImportResult& result)
{
    checkManagers(problems);
    for (PendingRow& p : m_rows) {
        p.changed = p.isNew || differsFromStored(p);
        if (p.isNew) {
            ++result.created;
            result.createdRows << p.number;
        } else if (p.changed) {
            ++result.updated;
            result.updatedRows << p.number;
        } else {
            ++result.unchanged;
            result.unchangedRows << p.number;
        }
    }
    if (!m_newDepartments.isEmpty()) {
        result.relatedCreated.append({kDepartments, m_newDepartments});
        result.notes << tr("%n department(s) to create: %1", nullptr, int(m_newDepartments.size()))
                            .arg(m_newDepartments.join(QStringLiteral(", ")));
    }
}

std::vector<size_t> EmployeeImport::writeOrder() const
{
    // Managers before the people reporting to them (validation excluded cycles; state 1 guards anyway).
    std::vector<size_t> order;
    order.reserve(m_rows.size());
    std::vector<char> state(m_rows.size(), 0);
    for (size_t start = 0; start < m_rows.size(); ++start) {
        std::vector<size_t> chain;
        size_t current = start;
        while (state[current] == 0) {
            state[current] = 1;
            chain.push_back(current);
            const QString& manager = m_rows.at(current).managerCode;
            const auto it = m_rowByCode.constFind(manager);
            if (manager.isEmpty() || it == m_rowByCode.constEnd())
                break;
            current = *it;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            state[*it] = 2;
            order.push_back(*it);
        }
    }
    return order;
}

void EmployeeImport::reportServiceProblems(const Error& error, const PendingRow& pending,
                                           ProblemSink& problems) const
{
    if (error.problems.isEmpty()) {
        problems.add(FieldProblem{pending.number, {}, {}, error.message});
        return;
    }
    const QList<ImportColumn>& spec = columnSpec();
    for (const FieldProblem& p : error.problems) {
        QString shown = p.column;
        for (qsizetype c = 0; c < spec.size(); ++c)
            if (spec.at(c).key == p.column)
                shown = problems.columnName(int(c));
        problems.add(FieldProblem{pending.number, shown, p.value, p.reason});
    }
}

Status EmployeeImport::write(ProblemSink& problems, Progress& progress, ImportResult& result)
{
    // Departments first, in the order of the file; resolvePath creates every missing level of a path.
    DepartmentService departments(m_ctx);
    for (const PendingRow& p : m_rows) {
        if (p.department.isEmpty() || m_departments.value(p.department).id != 0)
            continue;
        const Result<qint64> id = departments.resolvePath(p.department, true);
        if (!id) {
            if (id.error().code != ErrorCode::Invalid)
                return id.error();
            reportServiceProblems(id.error(), p, problems);
            continue;
        }
        m_departments[p.department].id = *id;
    }
    if (!problems.isEmpty())
        return {};

    EmployeeService employees(m_ctx);
    QHash<QString, qint64> createdIds;
    auto managerId = [&](const QString& code) -> qint64 {
        if (code.isEmpty())
            return 0;
        if (const auto it = createdIds.constFind(code); it != createdIds.constEnd())
            return *it;
        const Employee* stored = m_directory.byCode(code);
        return stored ? stored->id : 0;
    };

    progress.setTotal(qint64(m_rows.size()));
    qint64 done = 0;
    for (const size_t index : writeOrder()) {
        if (++done % 64 == 0) {
            progress.setDone(done);
            if (progress.isCancelled())
                return ImportService::cancelledError();
        }
        const PendingRow& p = m_rows.at(index);
        if (!p.changed)
            continue;
        Employee e = p.employee;
        if (!p.department.isEmpty())
            e.departmentId = m_departments.value(p.department).id;
        e.managerCode = p.managerCode;
        e.managerId = managerId(p.managerCode);
        if (p.isNew) {
            const Result<qint64> id = employees.create(e);
            if (!id) {
                if (id.error().code != ErrorCode::Invalid)
                    return id.error();
                reportServiceProblems(id.error(), p, problems);
                continue;
            }
            createdIds.insert(e.code, *id);
        } else {
            const Status updated = employees.update(e);
            if (!updated) {
                if (updated.error().code != ErrorCode::Invalid)
                    return updated.error();
                reportServiceProblems(updated.error(), p, problems);
            }
        }
    }
    progress.setDone(qint64(m_rows.size()));

    if (!m_newDepartments.isEmpty()) {
        result.notes.clear();
        result.notes << tr("%n department(s) created: %1", nullptr, int(m_newDepartments.size()))
                            .arg(m_newDepartments.join(QStringLiteral(", ")));
    }
    return {};
}

QStringList EmployeeImport::changedEntities() const
{
    QStringList entities{QStringLiteral("employees")};
    if (!m_newDepartments.isEmpty())
        entities.prepend(kDepartments);
    return entities;
}

} // namespace tl::core

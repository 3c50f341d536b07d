<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>TeamLedger: sales team ledger for small and medium companies.</source>
        <translation>TeamLedger: sales team ledger for small and medium companies.</translation>
    </message>
    <message>
        <source>Open the database file PATH instead of the default one.</source>
        <translation>Open the database file PATH instead of the default one.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
</context>
<context>
    <name>tl::core</name>
    <message>
        <source>a valid start date is required</source>
        <translation>a valid start date is required</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>the amount must not be negative</translation>
    </message>
    <message>
        <source>the housing-fund rate must be between 5% and 12%</source>
        <translation>the housing-fund rate must be between 5% and 12%</translation>
    </message>
    <message>
        <source>the plan name is longer than 100 characters</source>
        <translation>the plan name is longer than 100 characters</translation>
    </message>
</context>
<context>
    <name>tl::core::AgingBuckets</name>
    <message>
        <source>Not due</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>Over %1 days</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <extracomment>An ageing bucket: days past due from %1 to %2 (1–30天).</extracomment>
        <translation>%1–%2 days</translation>
    </message>
</context>
<context>
    <name>tl::core::AgingReport</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>You may not view the receivables this employee collects.</translation>
    </message>
    <message>
        <source>You may not view the receivables of this department.</source>
        <translation>You may not view the receivables of this department.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
</context>
<context>
    <name>tl::core::Attendance</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
</context>
<context>
    <name>tl::core::AttendanceImport</name>
    <message>
        <source>%1 is not yes or no (是/否)</source>
        <translation>%1 is not yes or no (是/否)</translation>
    </message>
    <message>
        <source>You may not record attendance.</source>
        <translation>You may not record attendance.</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>the employee is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <source>%1 (%2) was hired on %3</source>
        <translation>%1 (%2) was hired on %3</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1 (%2) left on %3</translation>
    </message>
    <message>
        <source>the status is required</source>
        <translation>the status is required</translation>
    </message>
    <message>
        <source>only an absence, a late arrival or leave can cover half a day</source>
        <translation>only an absence, a late arrival or leave can cover half a day</translation>
    </message>
    <message>
        <source>%1 on %2 already appears in row %3</source>
        <translation>%1 on %2 already appears in row %3</translation>
    </message>
    <message>
        <source>%1 already has an attendance record on %2</source>
        <translation>%1 already has an attendance record on %2</translation>
    </message>
</context>
<context>
    <name>tl::core::AttendanceService</name>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not record attendance.</source>
        <translation>You may not record attendance.</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>a valid date is required</translation>
    </message>
    <message>
        <source>%1 (%2) was hired on %3</source>
        <translation>%1 (%2) was hired on %3</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1 (%2) left on %3</translation>
    </message>
    <message>
        <source>only an absence, a late arrival or leave can cover half a day</source>
        <translation>only an absence, a late arrival or leave can cover half a day</translation>
    </message>
    <message>
        <source>The attendance of %1 cannot be recorded.</source>
        <translation>The attendance of %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>The attendance of %1 on %2 cannot change: %3.</source>
        <translation>The attendance of %1 on %2 cannot change: %3.</translation>
    </message>
    <message>
        <source>%1 has no attendance record on %2.</source>
        <translation>%1 has no attendance record on %2.</translation>
    </message>
    <message>
        <source>You may not see the attendance of %1.</source>
        <translation>You may not see the attendance of %1.</translation>
    </message>
    <message>
        <source>You may request leave only for yourself.</source>
        <translation>You may request leave only for yourself.</translation>
    </message>
    <message>
        <source>the kind of leave must be annual, sick or personal leave</source>
        <translation>the kind of leave must be annual, sick or personal leave</translation>
    </message>
    <message>
        <source>the leave must end on or after its first day</source>
        <translation>the leave must end on or after its first day</translation>
    </message>
    <message>
        <source>the leave covers no working day</source>
        <translation>the leave covers no working day</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 has %n working day(s): give %3 half days, or %4 when the last day is a half day</source>
        <translation>
            <numerusform>%1 to %2 has %n working day(s): give %3 half days, or %4 when the last day is a half day</numerusform>
            <numerusform>%1 to %2 has %n working day(s): give %3 half days, or %4 when the last day is a half day</numerusform>
        </translation>
    </message>
    <message>
        <source>it overlaps the leave %1</source>
        <translation>it overlaps the leave %1</translation>
    </message>
    <message>
        <source>The leave of %1 cannot be requested.</source>
        <translation>The leave of %1 cannot be requested.</translation>
    </message>
    <message>
        <source>You may not decide on leave requests.</source>
        <translation>You may not decide on leave requests.</translation>
    </message>
    <message>
        <source>Leave request %1 does not exist.</source>
        <translation>Leave request %1 does not exist.</translation>
    </message>
    <message>
        <source>Another user must decide on your own leave.</source>
        <translation>Another user must decide on your own leave.</translation>
    </message>
    <message>
        <source>You entered the leave request %1 yourself; another user must decide on it.</source>
        <translation>You entered the leave request %1 yourself; another user must decide on it.</translation>
    </message>
    <message>
        <source>You may not decide on the leave of %1.</source>
        <translation>You may not decide on the leave of %1.</translation>
    </message>
    <message>
        <source>The leave request %1 is already decided.</source>
        <translation>The leave request %1 is already decided.</translation>
    </message>
    <message>
        <source>The leave %1 cannot be approved: %2.</source>
        <translation>The leave %1 cannot be approved: %2.</translation>
    </message>
</context>
<context>
    <name>tl::core::AuditLog</name>
    <message>
        <source>audit records %1 to %2 are missing</source>
        <translation>audit records %1 to %2 are missing</translation>
    </message>
    <message>
        <source>audit record %1 does not follow the record before it</source>
        <translation>audit record %1 does not follow the record before it</translation>
    </message>
    <message>
        <source>audit record %1 was altered after it was written</source>
        <translation>audit record %1 was altered after it was written</translation>
    </message>
    <message>
        <source>row %1 of %2 was added outside the application</source>
        <translation>row %1 of %2 was added outside the application</translation>
    </message>
    <message>
        <source>row %1 of %2 was deleted in the application but exists again</source>
        <translation>row %1 of %2 was deleted in the application but exists again</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was changed outside the application: %4</source>
        <translation>row %1 of %2 (%3) was changed outside the application: %4</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was deleted outside the application</source>
        <translation>row %1 of %2 (%3) was deleted outside the application</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was changed outside the application</source>
        <translation>row %1 of %2 (%3) was changed outside the application</translation>
    </message>
</context>
<context>
    <name>tl::core::AuditLogQuery</name>
    <message>
        <source>You are not allowed to read the audit log.</source>
        <translation>You are not allowed to read the audit log.</translation>
    </message>
    <message>
        <source>Audit record %1 does not exist.</source>
        <translation>Audit record %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>tl::core::AuthService</name>
    <message>
        <source>The user account %1 is deactivated.</source>
        <translation>The user account %1 is deactivated.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>Too many failed logins: the account is locked until %1.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>User %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>tl::core::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database to FILE.</source>
        <translation>Write a consistent copy of the database to FILE.</translation>
    </message>
    <message>
        <source>Give exactly one backup file.</source>
        <translation>Give exactly one backup file.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>Backup written to %1 (%2 bytes).</translation>
    </message>
</context>
<context>
    <name>tl::core::BackupService</name>
    <message>
        <source>Your role may not make backups.</source>
        <translation>Your role may not make backups.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>A backup cannot run inside a transaction.</source>
        <translation>A backup cannot run inside a transaction.</translation>
    </message>
    <message>
        <source>Copying the database to %1</source>
        <translation>Copying the database to %1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>At least one backup must be kept.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Cannot create a temporary folder.</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>Your role may not restore backups.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>The backup %1 is not fit for a restore; nothing was changed.</source>
        <translation>The backup %1 is not fit for a restore; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; is it still open?</source>
        <translation>Cannot move %1 aside; is it still open?</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1.</source>
        <translation>Cannot move the restored database into place at %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>Cannot copy %1.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database or is damaged.</source>
        <translation>%1 is not an SQLite database or is damaged.</translation>
    </message>
    <message>
        <source>%1 is not a TeamLedger database.</source>
        <translation>%1 is not a TeamLedger database.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program knows (%3).</source>
        <translation>%1 has schema version %2, newer than this program knows (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
</context>
<context>
    <name>tl::core::BankFile</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Employee code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>You may not write the bank file of the payroll.</source>
        <translation>You may not write the bank file of the payroll.</translation>
    </message>
    <message>
        <source>You may not see bank accounts, which the bank file holds.</source>
        <translation>You may not see bank accounts, which the bank file holds.</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: the bank file is written only for an approved or locked run.</source>
        <translation>The payroll of %1 is %2: the bank file is written only for an approved or locked run.</translation>
    </message>
    <message>
        <source>Salary %1</source>
        <translation>Salary %1</translation>
    </message>
    <message>
        <source>no bank account</source>
        <translation>no bank account</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>nothing to pay</translation>
    </message>
    <message>
        <source>The payslips of %1 do not add up to the run's net total %2.</source>
        <translation>The payslips of %1 do not add up to the run's net total %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer(s)</numerusform>
            <numerusform>%n transfer(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::CellParsers</name>
    <message numerus="yes">
        <source>longer than %n character(s)</source>
        <translation>
            <numerusform>longer than %n character(s)</numerusform>
            <numerusform>longer than %n character(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount may not be negative</source>
        <translation>the amount may not be negative</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 is not between %2 and %3</translation>
    </message>
    <message>
        <source>unknown value %1; use %2</source>
        <translation>unknown value %1; use %2</translation>
    </message>
    <message>
        <source>%1 is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>%1 is not a date and time (use YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>no such time of day %1</source>
        <translation>no such time of day %1</translation>
    </message>
</context>
<context>
    <name>tl::core::CheckCommand</name>
    <message>
        <source>Verify the database: integrity, foreign keys and the audit trail.</source>
        <translation>Verify the database: integrity, foreign keys and the audit trail.</translation>
    </message>
    <message>
        <source>Prints every problem with its table and row. Finds rows changed, added or deleted outside the application and altered audit records. Exit code 0 when clean, 5 when anything is wrong.</source>
        <translation>Prints every problem with its table and row. Finds rows changed, added or deleted outside the application and altered audit records. Exit code 0 when clean, 5 when anything is wrong.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>The database is sound: integrity, foreign keys and the audit trail check out.</source>
        <translation>The database is sound: integrity, foreign keys and the audit trail check out.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem(s) found.</numerusform>
            <numerusform>%n problem(s) found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::CheckinImport</name>
    <message>
        <source>You may not record check-ins.</source>
        <translation>You may not record check-ins.</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>the employee is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>you may not record check-ins for %1 (%2)</source>
        <translation>you may not record check-ins for %1 (%2)</translation>
    </message>
    <message>
        <source>the time is required</source>
        <translation>the time is required</translation>
    </message>
    <message>
        <source>the time %1 is after today (%2)</source>
        <translation>the time %1 is after today (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1 (%2) left on %3</translation>
    </message>
    <message>
        <source>the coordinates are required</source>
        <translation>the coordinates are required</translation>
    </message>
    <message numerus="yes">
        <source>Effective visits: %1 of %n check-in(s).</source>
        <translation>
            <numerusform>Effective visits: %1 of %n check-in(s).</numerusform>
            <numerusform>Effective visits: %1 of %n check-in(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::CheckinService</name>
    <message>
        <source>Effective visit: close enough to the customer, and a follow-up with them was logged the same day</source>
        <translation>Effective visit: close enough to the customer, and a follow-up with them was logged the same day</translation>
    </message>
    <message>
        <source>Not effective: no customer with coordinates is close enough</source>
        <translation>Not effective: no customer with coordinates is close enough</translation>
    </message>
    <message>
        <source>Not effective: no follow-up with a nearby customer was logged by the same person that day</source>
        <translation>Not effective: no follow-up with a nearby customer was logged by the same person that day</translation>
    </message>
    <message>
        <source>You may not record check-ins.</source>
        <translation>You may not record check-ins.</translation>
    </message>
    <message>
        <source>The check-in has no employee.</source>
        <translation>The check-in has no employee.</translation>
    </message>
    <message>
        <source>employee is required</source>
        <translation>employee is required</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not record check-ins for %1 (%2).</source>
        <translation>You may not record check-ins for %1 (%2).</translation>
    </message>
    <message>
        <source>the time is required</source>
        <translation>the time is required</translation>
    </message>
    <message>
        <source>the time %1 is after today (%2)</source>
        <translation>the time %1 is after today (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1 (%2) left on %3</translation>
    </message>
    <message>
        <source>a latitude lies between -90 and 90 degrees</source>
        <translation>a latitude lies between -90 and 90 degrees</translation>
    </message>
    <message>
        <source>a longitude lies between -180 and 180 degrees</source>
        <translation>a longitude lies between -180 and 180 degrees</translation>
    </message>
    <message numerus="yes">
        <source>The check-in of %1 (%2) has %n problem(s).</source>
        <translation>
            <numerusform>The check-in of %1 (%2) has %n problem(s).</numerusform>
            <numerusform>The check-in of %1 (%2) has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not re-match check-ins.</source>
        <translation>You may not re-match check-ins.</translation>
    </message>
    <message>
        <source>The period to re-match is not valid.</source>
        <translation>The period to re-match is not valid.</translation>
    </message>
    <message>
        <source>You may not view check-ins.</source>
        <translation>You may not view check-ins.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
    <message>
        <source>You may not view the check-ins of %1 (%2).</source>
        <translation>You may not view the check-ins of %1 (%2).</translation>
    </message>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 is not a month.</translation>
    </message>
</context>
<context>
    <name>tl::core::CityProfile</name>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>a city is required</source>
        <translation>a city is required</translation>
    </message>
    <message>
        <source>a valid start date is required</source>
        <translation>a valid start date is required</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>the amount must not be negative</translation>
    </message>
    <message>
        <source>the social-insurance base cap is below its floor</source>
        <translation>the social-insurance base cap is below its floor</translation>
    </message>
    <message>
        <source>the housing-fund base cap is below its floor</source>
        <translation>the housing-fund base cap is below its floor</translation>
    </message>
    <message>
        <source>a rate must be between 0% and 100%</source>
        <translation>a rate must be between 0% and 100%</translation>
    </message>
    <message>
        <source>unknown rounding mode (known: %1)</source>
        <translation>unknown rounding mode (known: %1)</translation>
    </message>
</context>
<context>
    <name>tl::core::CliApp</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <source>User name (default: admin).</source>
        <translation>User name (default: admin).</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (otherwise from the environment variable %1).</source>
        <translation>Read the password from the first line of FILE (otherwise from the environment variable %1).</translation>
    </message>
    <message>
        <source>Show this help, or a command's help after the command.</source>
        <translation>Show this help, or a command's help after the command.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...</source>
        <translation>Usage: %1 [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...</translation>
    </message>
    <message>
        <source>TeamLedger on the command line: the same data, permissions and audit trail as the application.</source>
        <translation>TeamLedger on the command line: the same data, permissions and audit trail as the application.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for the options of a command.</source>
        <translation>Run '%1 COMMAND --help' for the options of a command.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 invalid input, 3 permission denied or wrong password, 4 not found, 5 locked or conflicting state, 10 internal error.</source>
        <translation>Exit codes: 0 ok, 1 usage, 2 invalid input, 3 permission denied or wrong password, 4 not found, 5 locked or conflicting state, 10 internal error.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 %3</source>
        <translation>Usage: %1 [global options] %2 %3</translation>
    </message>
    <message>
        <source>Global options: --db PATH, --user NAME, --password-file FILE (see '%1 --help').</source>
        <translation>Global options: --db PATH, --user NAME, --password-file FILE (see '%1 --help').</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Run '%1 --help' for the commands.</source>
        <translation>Run '%1 --help' for the commands.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Unknown command '%1'.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
</context>
<context>
    <name>tl::core::CliRuntime</name>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>The password file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>The password file %1 is empty.</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or set %1.</source>
        <translation>No password given: use --password-file FILE or set %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::CollectionService</name>
    <message>
        <source>Payment demand</source>
        <translation>Payment demand</translation>
    </message>
    <message>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Lawsuit or arbitration</source>
        <translation>Lawsuit or arbitration</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not record promised payments.</source>
        <translation>You may not record promised payments.</translation>
    </message>
    <message>
        <source>You may not record promised payments of customer %1.</source>
        <translation>You may not record promised payments of customer %1.</translation>
    </message>
    <message>
        <source>there is no instalment %1</source>
        <translation>there is no instalment %1</translation>
    </message>
    <message>
        <source>instalment %1 belongs to another customer</source>
        <translation>instalment %1 belongs to another customer</translation>
    </message>
    <message>
        <source>You may not record promised payments on instalment %1.</source>
        <translation>You may not record promised payments on instalment %1.</translation>
    </message>
    <message>
        <source>there is no follow-up %1</source>
        <translation>there is no follow-up %1</translation>
    </message>
    <message>
        <source>the follow-up is about another customer</source>
        <translation>the follow-up is about another customer</translation>
    </message>
    <message>
        <source>the promised date is missing or not a valid date</source>
        <translation>the promised date is missing or not a valid date</translation>
    </message>
    <message>
        <source>the promised date %1 is before today (%2)</source>
        <translation>the promised date %1 is before today (%2)</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>The promised payment of customer %1 cannot be recorded.</source>
        <translation>The promised payment of customer %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>You may not record payment demands.</source>
        <translation>You may not record payment demands.</translation>
    </message>
    <message>
        <source>You may not record payment demands to customer %1.</source>
        <translation>You may not record payment demands to customer %1.</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>there is no contract %1</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>contract %1 belongs to another customer</translation>
    </message>
    <message>
        <source>You may not record payment demands for contract %1.</source>
        <translation>You may not record payment demands for contract %1.</translation>
    </message>
    <message>
        <source>unknown kind %1 (demand, dunning_letter, repayment_plan or lawsuit)</source>
        <translation>unknown kind %1 (demand, dunning_letter, repayment_plan or lawsuit)</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date</source>
        <translation>the date is missing or not a valid date</translation>
    </message>
    <message>
        <source>the date %1 is after today (%2)</source>
        <translation>the date %1 is after today (%2)</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>the evidence needs a file name</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>The payment demand to customer %1 cannot be recorded.</source>
        <translation>The payment demand to customer %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>You may not settle late interest.</source>
        <translation>You may not settle late interest.</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>Instalment %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not settle interest on instalment %1.</source>
        <translation>You may not settle interest on instalment %1.</translation>
    </message>
    <message>
        <source>unknown kind %1 (paid or waived)</source>
        <translation>unknown kind %1 (paid or waived)</translation>
    </message>
    <message>
        <source>late interest is settled after the due date %1 and not after today (%2)</source>
        <translation>late interest is settled after the due date %1 and not after today (%2)</translation>
    </message>
    <message>
        <source>The late interest of instalment %1 cannot be settled.</source>
        <translation>The late interest of instalment %1 cannot be settled.</translation>
    </message>
    <message>
        <source>You may not change collectors.</source>
        <translation>You may not change collectors.</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>there is no employee %1</translation>
    </message>
    <message>
        <source>%1 (%2) has left the company</source>
        <translation>%1 (%2) has left the company</translation>
    </message>
    <message>
        <source>You may not hand receivables to %1 (%2).</source>
        <translation>You may not hand receivables to %1 (%2).</translation>
    </message>
    <message>
        <source>no instalment is selected</source>
        <translation>no instalment is selected</translation>
    </message>
    <message>
        <source>You may not change the collector of instalment %1.</source>
        <translation>You may not change the collector of instalment %1.</translation>
    </message>
    <message>
        <source>instalment %1 changed collector on %2; a later change cannot start before it</source>
        <translation>instalment %1 changed collector on %2; a later change cannot start before it</translation>
    </message>
    <message numerus="yes">
        <source>The collector cannot be changed: %n problem(s).</source>
        <translation>
            <numerusform>The collector cannot be changed: %n problem(s).</numerusform>
            <numerusform>The collector cannot be changed: %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not view promised payments.</source>
        <translation>You may not view promised payments.</translation>
    </message>
    <message>
        <source>You may not view the promised payments of customer %1.</source>
        <translation>You may not view the promised payments of customer %1.</translation>
    </message>
    <message>
        <source>You may not view payment demands.</source>
        <translation>You may not view payment demands.</translation>
    </message>
    <message>
        <source>You may not view the payment demands to customer %1.</source>
        <translation>You may not view the payment demands to customer %1.</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>You may not view this instalment.</translation>
    </message>
</context>
<context>
    <name>tl::core::CompanyService</name>
    <message>
        <source>Only a system administrator may change the company settings.</source>
        <translation>Only a system administrator may change the company settings.</translation>
    </message>
    <message>
        <source>The company has not been set up yet.</source>
        <translation>The company has not been set up yet.</translation>
    </message>
    <message>
        <source>a company name is required</source>
        <translation>a company name is required</translation>
    </message>
    <message>
        <source>a city is required</source>
        <translation>a city is required</translation>
    </message>
    <message>
        <source>the language is zh_CN or en</source>
        <translation>the language is zh_CN or en</translation>
    </message>
    <message>
        <source>a tax ID has 18 digits or capital letters (15 or 20 for older numbers)</source>
        <translation>a tax ID has 18 digits or capital letters (15 or 20 for older numbers)</translation>
    </message>
    <message>
        <source>The company data cannot be saved.</source>
        <translation>The company data cannot be saved.</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>There is no setting %1.</translation>
    </message>
    <message>
        <source>The setting %1 is not a single number.</source>
        <translation>The setting %1 is not a single number.</translation>
    </message>
    <message>
        <source>The setting %1 has the value "%2", which is not a number.</source>
        <translation>The setting %1 has the value "%2", which is not a number.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be saved.</source>
        <translation>The setting %1 cannot be saved.</translation>
    </message>
    <message>
        <source>City profile %1 does not exist.</source>
        <translation>City profile %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no city profile for %1 in force on %2.</source>
        <translation>There is no city profile for %1 in force on %2.</translation>
    </message>
    <message>
        <source>The city profile cannot be saved.</source>
        <translation>The city profile cannot be saved.</translation>
    </message>
    <message>
        <source>%1 already has a profile starting on %2.</source>
        <translation>%1 already has a profile starting on %2.</translation>
    </message>
    <message>
        <source>Only a system administrator or an HR administrator may change the city profiles.</source>
        <translation>Only a system administrator or an HR administrator may change the city profiles.</translation>
    </message>
</context>
<context>
    <name>tl::core::Contract</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractExport</name>
    <message>
        <source>You may not export the contract list.</source>
        <translation>You may not export the contract list.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractImport</name>
    <message>
        <source>You may not create or change contracts.</source>
        <translation>You may not create or change contracts.</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>the contract number is required</translation>
    </message>
    <message>
        <source>contract %1 already appears in row %2</source>
        <translation>contract %1 already appears in row %2</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>customer %1 does not exist</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>you may not import contracts of %1</source>
        <translation>you may not import contracts of %1</translation>
    </message>
    <message>
        <source>the contract amount must be greater than zero</source>
        <translation>the contract amount must be greater than zero</translation>
    </message>
    <message>
        <source>signing date %1 is after today (%2)</source>
        <translation>signing date %1 is after today (%2)</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>the customer is required</translation>
    </message>
    <message>
        <source>the credited salesperson is required</source>
        <translation>the credited salesperson is required</translation>
    </message>
    <message>
        <source>the signing date is required</source>
        <translation>the signing date is required</translation>
    </message>
    <message>
        <source>the contract amount is required</source>
        <translation>the contract amount is required</translation>
    </message>
    <message>
        <source>contract %1 already exists</source>
        <translation>contract %1 already exists</translation>
    </message>
    <message>
        <source>contract %1 is cancelled and cannot be changed</source>
        <translation>contract %1 is cancelled and cannot be changed</translation>
    </message>
    <message>
        <source>you may not change contract %1: it is not in your scope</source>
        <translation>you may not change contract %1: it is not in your scope</translation>
    </message>
    <message>
        <source>the customer of contract %1 cannot change: its instalments already have payments, write-offs, disputes, promises, letters or interest records</source>
        <translation>the customer of contract %1 cannot change: its instalments already have payments, write-offs, disputes, promises, letters or interest records</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 less than the contract amount; change the amount and the schedule together</source>
        <translation>the instalments of contract %1 add up to %2, %3 less than the contract amount; change the amount and the schedule together</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 more than the contract amount; change the amount and the schedule together</source>
        <translation>the instalments of contract %1 add up to %2, %3 more than the contract amount; change the amount and the schedule together</translation>
    </message>
    <message>
        <source>signing date %1 is after the due date of the first instalment (%2)</source>
        <translation>signing date %1 is after the due date of the first instalment (%2)</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractQuery</name>
    <message>
        <source>You may not view contracts.</source>
        <translation>You may not view contracts.</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>Contract %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view contract %1.</source>
        <translation>You may not view contract %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractRules</name>
    <message>
        <source>start date is required</source>
        <translation>start date is required</translation>
    </message>
    <message>
        <source>a fixed-term contract needs an end date</source>
        <translation>a fixed-term contract needs an end date</translation>
    </message>
    <message>
        <source>an open-ended contract has no end date</source>
        <translation>an open-ended contract has no end date</translation>
    </message>
    <message>
        <source>end date %1 is before the start date %2</source>
        <translation>end date %1 is before the start date %2</translation>
    </message>
    <message>
        <source>probation end %1 is before the start date %2</source>
        <translation>probation end %1 is before the start date %2</translation>
    </message>
    <message>
        <source>probation end %1 is after the end date %2</source>
        <translation>probation end %1 is after the end date %2</translation>
    </message>
    <message>
        <source>the contract overlaps contract %1 (%2 to %3)</source>
        <translation>the contract overlaps contract %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>the contract overlaps contract %1 (from %2, without an end date)</source>
        <translation>the contract overlaps contract %1 (from %2, without an end date)</translation>
    </message>
    <message>
        <source>contract %1 starts on %2; contracts must follow each other in order</source>
        <translation>contract %1 starts on %2; contracts must follow each other in order</translation>
    </message>
    <message>
        <source>The probation of %1 (%2) until %3 is not allowed: Labour Contract Law Art. 19 allows no probation for task contracts or contracts shorter than 3 months.</source>
        <translation>The probation of %1 (%2) until %3 is not allowed: Labour Contract Law Art. 19 allows no probation for task contracts or contracts shorter than 3 months.</translation>
    </message>
    <message numerus="yes">
        <source>The probation of %1 (%2) until %3 is longer than Labour Contract Law Art. 19 allows for this contract: at most %n month(s), until %4.</source>
        <translation>
            <numerusform>The probation of %1 (%2) until %3 is longer than Labour Contract Law Art. 19 allows for this contract: at most %n month(s), until %4.</numerusform>
            <numerusform>The probation of %1 (%2) until %3 is longer than Labour Contract Law Art. 19 allows for this contract: at most %n month(s), until %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract of %1 (%2) starting on %3 has a probation, but %1 already had one: only one probation is allowed with the same employee (Labour Contract Law Art. 19).</source>
        <translation>The contract of %1 (%2) starting on %3 has a probation, but %1 already had one: only one probation is allowed with the same employee (Labour Contract Law Art. 19).</translation>
    </message>
    <message>
        <source>This would be the third consecutive fixed-term contract of %1 (%2), starting on %3: an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>This would be the third consecutive fixed-term contract of %1 (%2), starting on %3: an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</translation>
    </message>
    <message>
        <source>%1 (%2) reached 10 years of service on %3: this contract must be open-ended unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1 (%2) reached 10 years of service on %3: this contract must be open-ended unless the employee asks for a fixed term (Labour Contract Law Art. 14).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) reaches 10 years of service on %3, in %n day(s): on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>
            <numerusform>%1 (%2) reaches 10 years of service on %3, in %n day(s): on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</numerusform>
            <numerusform>%1 (%2) reaches 10 years of service on %3, in %n day(s): on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) reached 10 years of service on %3 and still has a fixed-term contract: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1 (%2) reached 10 years of service on %3 and still has a fixed-term contract: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</translation>
    </message>
    <message>
        <source>%1 (%2) has been employed since %3 without a written labour contract: from the second month double wages are owed (Labour Contract Law Art. 82).</source>
        <translation>%1 (%2) has been employed since %3 without a written labour contract: from the second month double wages are owed (Labour Contract Law Art. 82).</translation>
    </message>
    <message numerus="yes">
        <source>The fixed-term labour contract of %1 (%2) ends on %3, in %n day(s).</source>
        <translation>
            <numerusform>The fixed-term labour contract of %1 (%2) ends on %3, in %n day(s).</numerusform>
            <numerusform>The fixed-term labour contract of %1 (%2) ends on %3, in %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The fixed-term labour contract of %1 (%2) ends today (%3).</source>
        <translation>The fixed-term labour contract of %1 (%2) ends today (%3).</translation>
    </message>
    <message>
        <source>The fixed-term labour contract of %1 (%2) ended on %3 and has not been renewed.</source>
        <translation>The fixed-term labour contract of %1 (%2) ended on %3 and has not been renewed.</translation>
    </message>
    <message>
        <source>%1 (%2) has had two consecutive fixed-term contracts and the current one ends on %3: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1 (%2) has had two consecutive fixed-term contracts and the current one ends on %3: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</translation>
    </message>
    <message numerus="yes">
        <source>The probation of %1 (%2) ends on %3, in %n day(s).</source>
        <translation>
            <numerusform>The probation of %1 (%2) ends on %3, in %n day(s).</numerusform>
            <numerusform>The probation of %1 (%2) ends on %3, in %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The probation of %1 (%2) ends today (%3).</source>
        <translation>The probation of %1 (%2) ends today (%3).</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractService</name>
    <message>
        <source>the payment schedule has no instalments</source>
        <translation>the payment schedule has no instalments</translation>
    </message>
    <message>
        <source>instalment number %1 is out of sequence: the instalments are numbered 1 to %2 in schedule order, so this one should be %3</source>
        <translation>instalment number %1 is out of sequence: the instalments are numbered 1 to %2 in schedule order, so this one should be %3</translation>
    </message>
    <message>
        <source>the due date is missing or not a valid date</source>
        <translation>the due date is missing or not a valid date</translation>
    </message>
    <message>
        <source>the due date %1 is before the signing date %2</source>
        <translation>the due date %1 is before the signing date %2</translation>
    </message>
    <message>
        <source>the due date %1 is before the due date %2 of the previous instalment</source>
        <translation>the due date %1 is before the due date %2 of the previous instalment</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>the instalment amounts are too large</source>
        <translation>the instalment amounts are too large</translation>
    </message>
    <message>
        <source>the instalments add up to %1, %2 less than the contract amount</source>
        <translation>the instalments add up to %1, %2 less than the contract amount</translation>
    </message>
    <message>
        <source>the instalments add up to %1, %2 more than the contract amount</source>
        <translation>the instalments add up to %1, %2 more than the contract amount</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>the contract number is required</translation>
    </message>
    <message>
        <source>the contract number is longer than 64 characters</source>
        <translation>the contract number is longer than 64 characters</translation>
    </message>
    <message>
        <source>the contract number %1 is already used by another contract</source>
        <translation>the contract number %1 is already used by another contract</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>the customer is required</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>there is no customer %1</translation>
    </message>
    <message>
        <source>the salesperson is required</source>
        <translation>the salesperson is required</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>there is no employee %1</translation>
    </message>
    <message>
        <source>the signing date is missing or not a valid date</source>
        <translation>the signing date is missing or not a valid date</translation>
    </message>
    <message>
        <source>the signing date %1 is after today (%2); record the contract as a draft until it is signed</source>
        <translation>the signing date %1 is after today (%2); record the contract as a draft until it is signed</translation>
    </message>
    <message>
        <source>the contract amount must be greater than zero</source>
        <translation>the contract amount must be greater than zero</translation>
    </message>
    <message>
        <source>unknown contract kind %1 (new, renewal or addon)</source>
        <translation>unknown contract kind %1 (new, renewal or addon)</translation>
    </message>
    <message>
        <source>the interest rate must lie between 0 and 100%</source>
        <translation>the interest rate must lie between 0 and 100%</translation>
    </message>
    <message numerus="yes">
        <source>The contract %1 has %n problem(s).</source>
        <translation>
            <numerusform>The contract %1 has %n problem(s).</numerusform>
            <numerusform>The contract %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>Contract %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view contracts.</source>
        <translation>You may not view contracts.</translation>
    </message>
    <message>
        <source>You may not view contract %1.</source>
        <translation>You may not view contract %1.</translation>
    </message>
    <message>
        <source>You may not edit contracts.</source>
        <translation>You may not edit contracts.</translation>
    </message>
    <message>
        <source>a new contract is either a draft or active</source>
        <translation>a new contract is either a draft or active</translation>
    </message>
    <message>
        <source>You may not record contracts for this salesperson.</source>
        <translation>You may not record contracts for this salesperson.</translation>
    </message>
    <message>
        <source>You may not edit contract %1.</source>
        <translation>You may not edit contract %1.</translation>
    </message>
    <message>
        <source>Contract %1 is cancelled and cannot be edited.</source>
        <translation>Contract %1 is cancelled and cannot be edited.</translation>
    </message>
    <message>
        <source>the customer cannot change: payments or collection records exist for the instalments of this contract</source>
        <translation>the customer cannot change: payments or collection records exist for the instalments of this contract</translation>
    </message>
    <message>
        <source>the signing date cannot be after %1, the date of the first payment allocated to this contract</source>
        <translation>the signing date cannot be after %1, the date of the first payment allocated to this contract</translation>
    </message>
    <message>
        <source>instalment %1 is not part of contract %2</source>
        <translation>instalment %1 is not part of contract %2</translation>
    </message>
    <message>
        <source>the instalment appears twice in the schedule</source>
        <translation>the instalment appears twice in the schedule</translation>
    </message>
    <message>
        <source>instalment %1 has payments or write-offs: its number, due date and amount cannot change</source>
        <translation>instalment %1 has payments or write-offs: its number, due date and amount cannot change</translation>
    </message>
    <message>
        <source>the amount cannot be less than the %1 disputed on this instalment</source>
        <translation>the amount cannot be less than the %1 disputed on this instalment</translation>
    </message>
    <message>
        <source>instalment %1 has payments or write-offs and cannot be removed</source>
        <translation>instalment %1 has payments or write-offs and cannot be removed</translation>
    </message>
    <message>
        <source>instalment %1 has collection records (disputes, promises, letters or interest) and cannot be removed</source>
        <translation>instalment %1 has collection records (disputes, promises, letters or interest) and cannot be removed</translation>
    </message>
    <message>
        <source>You may not credit contracts to this salesperson.</source>
        <translation>You may not credit contracts to this salesperson.</translation>
    </message>
    <message>
        <source>credited salesperson changed</source>
        <translation>credited salesperson changed</translation>
    </message>
    <message>
        <source>Contract %1 is %2 and cannot become %3.</source>
        <translation>Contract %1 is %2 and cannot become %3.</translation>
    </message>
    <message>
        <source>Contract %1 is signed on %2, after today; it becomes active once signed.</source>
        <translation>Contract %1 is signed on %2, after today; it becomes active once signed.</translation>
    </message>
    <message>
        <source>Contract %1 still has %2 to collect; it can be closed once everything is paid or written off.</source>
        <translation>Contract %1 still has %2 to collect; it can be closed once everything is paid or written off.</translation>
    </message>
    <message>
        <source>Contract %1 cannot be cancelled: %2 is paid and %3 written off.</source>
        <translation>Contract %1 cannot be cancelled: %2 is paid and %3 written off.</translation>
    </message>
    <message>
        <source>Contract %1 cannot be cancelled while disputes or write-off requests on it are open.</source>
        <translation>Contract %1 cannot be cancelled while disputes or write-off requests on it are open.</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>Document %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view this document.</source>
        <translation>You may not view this document.</translation>
    </message>
    <message>
        <source>the file name is required</source>
        <translation>the file name is required</translation>
    </message>
    <message>
        <source>the file %1 is empty</source>
        <translation>the file %1 is empty</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>The document cannot be added.</source>
        <translation>The document cannot be added.</translation>
    </message>
    <message>
        <source>You may not edit this document.</source>
        <translation>You may not edit this document.</translation>
    </message>
</context>
<context>
    <name>tl::core::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and GB18030 decoding is not available.</source>
        <translation>The file is not UTF-8 and GB18030 decoding is not available.</translation>
    </message>
    <message>
        <source>The file is not valid CSV.</source>
        <translation>The file is not valid CSV.</translation>
    </message>
    <message>
        <source>a quoted cell is not closed before the end of the file</source>
        <translation>a quoted cell is not closed before the end of the file</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>readHeader() must be called before readRow().</source>
        <translation>readHeader() must be called before readRow().</translation>
    </message>
</context>
<context>
    <name>tl::core::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::core::Customer</name>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Small or medium business</source>
        <translation>Small or medium business</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>Channel partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>Claimed from the pool</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Reclaimed: no follow-up</source>
        <translation>Reclaimed: no follow-up</translation>
    </message>
    <message>
        <source>Reclaimed: no deal</source>
        <translation>Reclaimed: no deal</translation>
    </message>
    <message>
        <source>Released to the pool</source>
        <translation>Released to the pool</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Changed by hand</source>
        <translation>Changed by hand</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerExport</name>
    <message>
        <source>You may not export the customer list.</source>
        <translation>You may not export the customer list.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerImport</name>
    <message>
        <source>You may not create customers.</source>
        <translation>You may not create customers.</translation>
    </message>
    <message>
        <source>you may not put new customers into the pool; give an owner in your scope</source>
        <translation>you may not put new customers into the pool; give an owner in your scope</translation>
    </message>
    <message>
        <source>you may not create customers for %1 (%2)</source>
        <translation>you may not create customers for %1 (%2)</translation>
    </message>
    <message>
        <source>code %1 already appears in row %2</source>
        <translation>code %1 already appears in row %2</translation>
    </message>
    <message>
        <source>an ownership start needs an owner (owner_code); customers without one go to the pool</source>
        <translation>an ownership start needs an owner (owner_code); customers without one go to the pool</translation>
    </message>
    <message>
        <source>Customers with an owner: %1. Customers in the pool: %2.</source>
        <translation>Customers with an owner: %1. Customers in the pool: %2.</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerQuery</name>
    <message>
        <source>You may not view customers.</source>
        <translation>You may not view customers.</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerService</name>
    <message>
        <source>You may not view customers.</source>
        <translation>You may not view customers.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view customer %1 (%2).</source>
        <translation>You may not view customer %1 (%2).</translation>
    </message>
    <message>
        <source>You may not edit customers.</source>
        <translation>You may not edit customers.</translation>
    </message>
    <message numerus="yes">
        <source>The record of customer %1 has %n problem(s).</source>
        <translation>
            <numerusform>The record of customer %1 has %n problem(s).</numerusform>
            <numerusform>The record of customer %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not put new customers into the pool; create them as your own.</source>
        <translation>You may not put new customers into the pool; create them as your own.</translation>
    </message>
    <message>
        <source>You may not create customers for %1 (%2).</source>
        <translation>You may not create customers for %1 (%2).</translation>
    </message>
    <message>
        <source>You may not edit customer %1 (%2).</source>
        <translation>You may not edit customer %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The contact of customer %1 has %n problem(s).</source>
        <translation>
            <numerusform>The contact of customer %1 has %n problem(s).</numerusform>
            <numerusform>The contact of customer %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Contact %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not edit the contacts of this customer.</source>
        <translation>You may not edit the contacts of this customer.</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerValidator</name>
    <message>
        <source>customer code is required</source>
        <translation>customer code is required</translation>
    </message>
    <message>
        <source>customer code %1 is already used</source>
        <translation>customer code %1 is already used</translation>
    </message>
    <message>
        <source>customer name is required</source>
        <translation>customer name is required</translation>
    </message>
    <message>
        <source>unknown customer type %1; use key_account, sme, individual, channel or other</source>
        <translation>unknown customer type %1; use key_account, sme, individual, channel or other</translation>
    </message>
    <message>
        <source>unknown customer level %1; use A, B or C</source>
        <translation>unknown customer level %1; use A, B or C</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>latitude %1 is outside -90 to 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>longitude %1 is outside -180 to 180</translation>
    </message>
    <message>
        <source>credit limit cannot be negative</source>
        <translation>credit limit cannot be negative</translation>
    </message>
    <message>
        <source>payment terms cannot be a negative number of days</source>
        <translation>payment terms cannot be a negative number of days</translation>
    </message>
    <message>
        <source>creation date %1 is in the future</source>
        <translation>creation date %1 is in the future</translation>
    </message>
    <message>
        <source>ownership start %1 is in the future</source>
        <translation>ownership start %1 is in the future</translation>
    </message>
    <message>
        <source>ownership start %1 is before the creation date %2</source>
        <translation>ownership start %1 is before the creation date %2</translation>
    </message>
    <message>
        <source>owner %1 does not exist</source>
        <translation>owner %1 does not exist</translation>
    </message>
    <message>
        <source>owner %1 (%2) has left the company</source>
        <translation>owner %1 (%2) has left the company</translation>
    </message>
    <message>
        <source>contact name is required</source>
        <translation>contact name is required</translation>
    </message>
    <message>
        <source>%1 is not a telephone number</source>
        <translation>%1 is not a telephone number</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 is not an e-mail address</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation>latitude and longitude must be given together</translation>
    </message>
    <message>
        <source>%1 is not a number of degrees</source>
        <translation>%1 is not a number of degrees</translation>
    </message>
</context>
<context>
    <name>tl::core::Database</name>
    <message>
        <source>Database file %1 does not exist.</source>
        <translation>Database file %1 does not exist.</translation>
    </message>
    <message>
        <source>Database file %1 already exists; it is not overwritten.</source>
        <translation>Database file %1 already exists; it is not overwritten.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open database %1.</source>
        <translation>Cannot open database %1.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>The SQLite driver gave no native handle.</translation>
    </message>
    <message>
        <source>%1 is not a TeamLedger database.</source>
        <translation>%1 is not a TeamLedger database.</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>Cannot configure the database.</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2). Use a newer TeamLedger.</source>
        <translation>This database has schema version %1, newer than this program knows (%2). Use a newer TeamLedger.</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>Cannot read migration %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the database schema.</source>
        <translation>Cannot upgrade the database schema.</translation>
    </message>
    <message>
        <source>The change conflicts with stored data: %1</source>
        <translation>The change conflicts with stored data: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
</context>
<context>
    <name>tl::core::DatabaseCheck</name>
    <message>
        <source>Your role may not run the database check.</source>
        <translation>Your role may not run the database check.</translation>
    </message>
    <message>
        <source>database integrity: %1</source>
        <translation>database integrity: %1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>row %1 of %2 refers to a row of %3 that does not exist</translation>
    </message>
</context>
<context>
    <name>tl::core::DecimalText</name>
    <message>
        <source>no digits in "%1"</source>
        <translation>no digits in "%1"</translation>
    </message>
    <message>
        <source>more than one decimal point in "%1"</source>
        <translation>more than one decimal point in "%1"</translation>
    </message>
    <message>
        <source>unexpected character "%1" in "%2"</source>
        <translation>unexpected character "%1" in "%2"</translation>
    </message>
    <message>
        <source>misplaced thousands separator in "%1"</source>
        <translation>misplaced thousands separator in "%1"</translation>
    </message>
    <message>
        <source>no digits before the decimal point in "%1"</source>
        <translation>no digits before the decimal point in "%1"</translation>
    </message>
    <message>
        <source>no digits after the decimal point in "%1"</source>
        <translation>no digits after the decimal point in "%1"</translation>
    </message>
    <message>
        <source>more than %1 decimals in "%2"</source>
        <translation>more than %1 decimals in "%2"</translation>
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation>"%1" is too large</translation>
    </message>
</context>
<context>
    <name>tl::core::DemoCommand</name>
    <message>
        <source>Create a new database filled with a reproducible demo company.</source>
        <translation>Create a new database filled with a reproducible demo company.</translation>
    </message>
    <message>
        <source>small (default), medium or large.</source>
        <translation>small (default), medium or large.</translation>
    </message>
    <message>
        <source>Random seed (default: 20260101).</source>
        <translation>Random seed (default: 20260101).</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>Unknown scale '%1': use small, medium or large.</source>
        <translation>Unknown scale '%1': use small, medium or large.</translation>
    </message>
    <message>
        <source>The seed must be a whole number: '%1'.</source>
        <translation>The seed must be a whole number: '%1'.</translation>
    </message>
    <message>
        <source>Users: admin, hr, finance, manager, sales, auditor (all with the given password).</source>
        <translation>Users: admin, hr, finance, manager, sales, auditor (all with the given password).</translation>
    </message>
    <message>
        <source>Scales: small (about 60 employees and 300 customers), medium (about 1,000 employees and 10,000 customers), large (10,000 employees, 8,000 of them in sales, 200,000 customers with about 2,000,000 follow-ups). Customers come with contacts, ownership history, a share in the pool, follow-ups, field check-ins and opportunities. The same seed gives the same company. Users: admin, hr, finance, manager, sales and auditor, all with the given password. An existing file is never overwritten (exit code 5).</source>
        <translation>Scales: small (about 60 employees and 300 customers), medium (about 1,000 employees and 10,000 customers), large (10,000 employees, 8,000 of them in sales, 200,000 customers with about 2,000,000 follow-ups). Customers come with contacts, ownership history, a share in the pool, follow-ups, field check-ins and opportunities. The same seed gives the same company. Users: admin, hr, finance, manager, sales and auditor, all with the given password. An existing file is never overwritten (exit code 5).</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo company in %1: %n employee(s) and %2 customers in %3 s.</source>
        <translation>
            <numerusform>Created the demo company in %1: %n employee(s) and %2 customers in %3 s.</numerusform>
            <numerusform>Created the demo company in %1: %n employee(s) and %2 customers in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::DemoCustomerWriter</name>
    <message>
        <source>Creating customers, follow-ups and visits</source>
        <translation>Creating customers, follow-ups and visits</translation>
    </message>
    <message>
        <source>Creating the indexes of customers and receivables</source>
        <translation>Creating the indexes of customers and receivables</translation>
    </message>
</context>
<context>
    <name>tl::core::DemoGenerator</name>
    <message>
        <source>The demo company needs a new, empty database.</source>
        <translation>The demo company needs a new, empty database.</translation>
    </message>
    <message>
        <source>Creating the demo company</source>
        <translation>Creating the demo company</translation>
    </message>
    <message>
        <source>The demo generation was cancelled; nothing was written.</source>
        <translation>The demo generation was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Saving the demo company</source>
        <translation>Saving the demo company</translation>
    </message>
    <message>
        <source>Writing salary profiles</source>
        <translation>Writing salary profiles</translation>
    </message>
</context>
<context>
    <name>tl::core::DepartmentService</name>
    <message>
        <source>name is required</source>
        <translation>name is required</translation>
    </message>
    <message>
        <source>a department name cannot contain /</source>
        <translation>a department name cannot contain /</translation>
    </message>
    <message>
        <source>parent department %1 does not exist</source>
        <translation>parent department %1 does not exist</translation>
    </message>
    <message>
        <source>a department named %1 already exists there</source>
        <translation>a department named %1 already exists there</translation>
    </message>
    <message>
        <source>manager %1 does not exist</source>
        <translation>manager %1 does not exist</translation>
    </message>
    <message>
        <source>You may not view the departments.</source>
        <translation>You may not view the departments.</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>Department %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not edit departments.</source>
        <translation>You may not edit departments.</translation>
    </message>
    <message>
        <source>The department cannot be created.</source>
        <translation>The department cannot be created.</translation>
    </message>
    <message>
        <source>a department cannot be moved under itself or one of its sub-departments</source>
        <translation>a department cannot be moved under itself or one of its sub-departments</translation>
    </message>
    <message>
        <source>The department %1 cannot be changed.</source>
        <translation>The department %1 cannot be changed.</translation>
    </message>
    <message>
        <source>The department %1 has sub-departments and cannot be deleted.</source>
        <translation>The department %1 has sub-departments and cannot be deleted.</translation>
    </message>
    <message>
        <source>The department %1 still has employees (former ones included) and cannot be deleted.</source>
        <translation>The department %1 still has employees (former ones included) and cannot be deleted.</translation>
    </message>
    <message>
        <source>%1 is not a department path.</source>
        <translation>%1 is not a department path.</translation>
    </message>
    <message>
        <source>%1 is not a department path</source>
        <translation>%1 is not a department path</translation>
    </message>
    <message>
        <source>The department %1 does not exist.</source>
        <translation>The department %1 does not exist.</translation>
    </message>
    <message>
        <source>There are several departments named %1.</source>
        <translation>There are several departments named %1.</translation>
    </message>
    <message>
        <source>there are several departments named %1; give the full path, e.g. parent/%1</source>
        <translation>there are several departments named %1; give the full path, e.g. parent/%1</translation>
    </message>
    <message>
        <source>You may not create departments.</source>
        <translation>You may not create departments.</translation>
    </message>
    <message>
        <source>The department %1 cannot be created.</source>
        <translation>The department %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>tl::core::DisputeService</name>
    <message>
        <source>You may not record disputes.</source>
        <translation>You may not record disputes.</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>Instalment %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not record disputes on instalment %1.</source>
        <translation>You may not record disputes on instalment %1.</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it has no receivables</source>
        <translation>contract %1 is a draft or cancelled; it has no receivables</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>only %1 of instalment %2 can be disputed (balance %3, already disputed %4)</source>
        <translation>only %1 of instalment %2 can be disputed (balance %3, already disputed %4)</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>the reason is required</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date</source>
        <translation>the date is missing or not a valid date</translation>
    </message>
    <message>
        <source>the date must lie between the signing date %1 and today (%2)</source>
        <translation>the date must lie between the signing date %1 and today (%2)</translation>
    </message>
    <message>
        <source>there is no letter %1</source>
        <translation>there is no letter %1</translation>
    </message>
    <message>
        <source>the letter was sent to another customer</source>
        <translation>the letter was sent to another customer</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 cannot be opened.</source>
        <translation>The dispute on instalment %1 cannot be opened.</translation>
    </message>
    <message>
        <source>You may not resolve disputes.</source>
        <translation>You may not resolve disputes.</translation>
    </message>
    <message>
        <source>Dispute %1 does not exist.</source>
        <translation>Dispute %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not resolve disputes on instalment %1.</source>
        <translation>You may not resolve disputes on instalment %1.</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 is already resolved.</source>
        <translation>The dispute on instalment %1 is already resolved.</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 cannot be resolved on that date.</source>
        <translation>The dispute on instalment %1 cannot be resolved on that date.</translation>
    </message>
    <message>
        <source>the date must lie between the day the dispute was opened (%1) and today (%2)</source>
        <translation>the date must lie between the day the dispute was opened (%1) and today (%2)</translation>
    </message>
    <message>
        <source>You may not view disputes.</source>
        <translation>You may not view disputes.</translation>
    </message>
    <message>
        <source>You may not view the disputes of instalment %1.</source>
        <translation>You may not view the disputes of instalment %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::DunningLetterDocument</name>
    <message>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>A dunning letter needs an as-of date that is not in the future.</source>
        <translation>A dunning letter needs an as-of date that is not in the future.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>Dunning letter sent.</source>
        <translation>Dunning letter sent.</translation>
    </message>
</context>
<context>
    <name>tl::core::Employee</name>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>On probation</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Fixed term</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>Until completion of a task</source>
        <translation>Until completion of a task</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>Contract ending</translation>
    </message>
    <message>
        <source>Probation ending</source>
        <translation>Probation ending</translation>
    </message>
    <message>
        <source>Third fixed-term contract</source>
        <translation>Third fixed-term contract</translation>
    </message>
    <message>
        <source>Ten years of service</source>
        <translation>Ten years of service</translation>
    </message>
    <message>
        <source>Probation too long</source>
        <translation>Probation too long</translation>
    </message>
    <message>
        <source>Second probation</source>
        <translation>Second probation</translation>
    </message>
    <message>
        <source>No written contract</source>
        <translation>No written contract</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeAttachmentService</name>
    <message>
        <source>You may not view the documents of employees.</source>
        <translation>You may not view the documents of employees.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view the documents of %1 (%2).</source>
        <translation>You may not view the documents of %1 (%2).</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>Document %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view this document.</source>
        <translation>You may not view this document.</translation>
    </message>
    <message>
        <source>You may not edit employee records.</source>
        <translation>You may not edit employee records.</translation>
    </message>
    <message>
        <source>file name is required</source>
        <translation>file name is required</translation>
    </message>
    <message>
        <source>the file %1 is empty</source>
        <translation>the file %1 is empty</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>The document cannot be added.</source>
        <translation>The document cannot be added.</translation>
    </message>
    <message>
        <source>You may not edit the record of %1 (%2).</source>
        <translation>You may not edit the record of %1 (%2).</translation>
    </message>
    <message>
        <source>You may not edit this document.</source>
        <translation>You may not edit this document.</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeExport</name>
    <message>
        <source>You may not export the employee list.</source>
        <translation>You may not export the employee list.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeImport</name>
    <message>
        <source>code %1 already appears in row %2</source>
        <translation>code %1 already appears in row %2</translation>
    </message>
    <message>
        <source>employee %1 already exists; this import only adds new employees</source>
        <translation>employee %1 already exists; this import only adds new employees</translation>
    </message>
    <message>
        <source>the same ID number is in row %1</source>
        <translation>the same ID number is in row %1</translation>
    </message>
    <message>
        <source>an employee cannot be their own manager</source>
        <translation>an employee cannot be their own manager</translation>
    </message>
    <message>
        <source>manager %1 is neither in the database nor in this file</source>
        <translation>manager %1 is neither in the database nor in this file</translation>
    </message>
    <message>
        <source>the reporting line %1 is a cycle</source>
        <translation>the reporting line %1 is a cycle</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) to create: %1</source>
        <translation>
            <numerusform>%n department(s) to create: %1</numerusform>
            <numerusform>%n department(s) to create: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) created: %1</source>
        <translation>
            <numerusform>%n department(s) created: %1</numerusform>
            <numerusform>%n department(s) created: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeQuery</name>
    <message>
        <source>You may not view employee records.</source>
        <translation>You may not view employee records.</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeService</name>
    <message>
        <source>You may not view employee records.</source>
        <translation>You may not view employee records.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view the record of %1 (%2).</source>
        <translation>You may not view the record of %1 (%2).</translation>
    </message>
    <message>
        <source>You may not edit employee records.</source>
        <translation>You may not edit employee records.</translation>
    </message>
    <message numerus="yes">
        <source>The record of employee %1 has %n problem(s).</source>
        <translation>
            <numerusform>The record of employee %1 has %n problem(s).</numerusform>
            <numerusform>The record of employee %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not edit the record of %1 (%2).</source>
        <translation>You may not edit the record of %1 (%2).</translation>
    </message>
    <message>
        <source>A leave date is required to mark %1 (%2) as left.</source>
        <translation>A leave date is required to mark %1 (%2) as left.</translation>
    </message>
    <message>
        <source>leave date is required</source>
        <translation>leave date is required</translation>
    </message>
    <message>
        <source>The leave date of %1 (%2) cannot be before the hire date.</source>
        <translation>The leave date of %1 (%2) cannot be before the hire date.</translation>
    </message>
    <message>
        <source>leave date %1 is before the hire date %2</source>
        <translation>leave date %1 is before the hire date %2</translation>
    </message>
    <message>
        <source>%1 (%2) has labour contracts and cannot be deleted; mark the employee as left instead.</source>
        <translation>%1 (%2) has labour contracts and cannot be deleted; mark the employee as left instead.</translation>
    </message>
    <message>
        <source>%1 (%2) is linked to a user account and cannot be deleted.</source>
        <translation>%1 (%2) is linked to a user account and cannot be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) report to %1 (%2); assign them another manager first.</source>
        <translation>
            <numerusform>%n employee(s) report to %1 (%2); assign them another manager first.</numerusform>
            <numerusform>%n employee(s) report to %1 (%2); assign them another manager first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) manages a department; choose another manager for it first.</source>
        <translation>%1 (%2) manages a department; choose another manager for it first.</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeValidator</name>
    <message>
        <source>code is required</source>
        <translation>code is required</translation>
    </message>
    <message>
        <source>code %1 is already used</source>
        <translation>code %1 is already used</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>name is required</translation>
    </message>
    <message>
        <source>department %1 does not exist</source>
        <translation>department %1 does not exist</translation>
    </message>
    <message>
        <source>unknown role %1; use sales, sales_manager, hr, finance or other</source>
        <translation>unknown role %1; use sales, sales_manager, hr, finance or other</translation>
    </message>
    <message>
        <source>hire date is required</source>
        <translation>hire date is required</translation>
    </message>
    <message>
        <source>leave date is required when the employee has left</source>
        <translation>leave date is required when the employee has left</translation>
    </message>
    <message>
        <source>leave date %1 is before the hire date %2</source>
        <translation>leave date %1 is before the hire date %2</translation>
    </message>
    <message>
        <source>bank account may only contain digits</source>
        <translation>bank account may only contain digits</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 is not an e-mail address</translation>
    </message>
    <message>
        <source>an employee cannot be their own manager</source>
        <translation>an employee cannot be their own manager</translation>
    </message>
    <message>
        <source>manager %1 does not exist</source>
        <translation>manager %1 does not exist</translation>
    </message>
    <message>
        <source>manager %1 reports to %2 (directly or indirectly); this would make a cycle</source>
        <translation>manager %1 reports to %2 (directly or indirectly); this would make a cycle</translation>
    </message>
    <message>
        <source>hire date %1 is before the birth date %2</source>
        <translation>hire date %1 is before the birth date %2</translation>
    </message>
    <message>
        <source>ID number is already used by %1 (%2)</source>
        <translation>ID number is already used by %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::core::Error</name>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::core::EvidenceCoverage</name>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>You may not view the receivables this employee collects.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tl::core::ExportCommand</name>
    <message>
        <source>Also export employees who have left.</source>
        <translation>Also export employees who have left.</translation>
    </message>
    <message>
        <source>Give the kind and the file to write.</source>
        <translation>Give the kind and the file to write.</translation>
    </message>
    <message>
        <source>Unknown kind '%1': use %2.</source>
        <translation>Unknown kind '%1': use %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row(s) to %1.</numerusform>
            <numerusform>Exported %n row(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a list to a CSV or XLSX file.</source>
        <translation>Export a list to a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>Kinds: %1. The format follows the extension: .xlsx for an Excel workbook, otherwise CSV. Fields the user may not see are masked; the export is recorded in the audit log.</source>
        <translation>Kinds: %1. The format follows the extension: .xlsx for an Excel workbook, otherwise CSV. Fields the user may not see are masked; the export is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>tl::core::ExportService</name>
    <message>
        <source>Unknown export kind %1; the kinds are: %2</source>
        <translation>Unknown export kind %1; the kinds are: %2</translation>
    </message>
    <message>
        <source>You may not export %1.</source>
        <translation>You may not export %1.</translation>
    </message>
    <message>
        <source>Old Excel workbooks (.xls) cannot be written; give a file name ending in .xlsx or .csv.</source>
        <translation>Old Excel workbooks (.xls) cannot be written; give a file name ending in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpImport</name>
    <message>
        <source>You may not log follow-ups.</source>
        <translation>You may not log follow-ups.</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>the customer is required</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>customer %1 does not exist</translation>
    </message>
    <message>
        <source>the employee who followed up is required</source>
        <translation>the employee who followed up is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>you may not log follow-ups for %1</source>
        <translation>you may not log follow-ups for %1</translation>
    </message>
    <message>
        <source>you may not log follow-ups for customer %1: it is not in your scope</source>
        <translation>you may not log follow-ups for customer %1: it is not in your scope</translation>
    </message>
    <message>
        <source>the time of the follow-up is required</source>
        <translation>the time of the follow-up is required</translation>
    </message>
    <message>
        <source>follow-up date %1 is after today (%2)</source>
        <translation>follow-up date %1 is after today (%2)</translation>
    </message>
    <message>
        <source>the method is required: %1</source>
        <translation>the method is required: %1</translation>
    </message>
    <message>
        <source>next follow-up date %1 is before the follow-up date %2</source>
        <translation>next follow-up date %1 is before the follow-up date %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) of the same people and days were matched again.</source>
        <translation>
            <numerusform>%n check-in(s) of the same people and days were matched again.</numerusform>
            <numerusform>%n check-in(s) of the same people and days were matched again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpService</name>
    <message>
        <source>You may not log follow-ups.</source>
        <translation>You may not log follow-ups.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up has %n problem(s).</source>
        <translation>
            <numerusform>The follow-up has %n problem(s).</numerusform>
            <numerusform>The follow-up has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not log follow-ups for %1.</source>
        <translation>You may not log follow-ups for %1.</translation>
    </message>
    <message>
        <source>You may not log follow-ups for customer %1 (%2): it is not yours.</source>
        <translation>You may not log follow-ups for customer %1 (%2): it is not yours.</translation>
    </message>
    <message>
        <source>You may not view customers.</source>
        <translation>You may not view customers.</translation>
    </message>
    <message>
        <source>You may not view customer %1 (%2).</source>
        <translation>You may not view customer %1 (%2).</translation>
    </message>
    <message>
        <source>You may not view the follow-ups of this employee.</source>
        <translation>You may not view the follow-ups of this employee.</translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpValidator</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>customer %1 does not exist</translation>
    </message>
    <message>
        <source>the employee who followed up is required</source>
        <translation>the employee who followed up is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>the time of the follow-up is required</source>
        <translation>the time of the follow-up is required</translation>
    </message>
    <message>
        <source>follow-up date %1 is in the future</source>
        <translation>follow-up date %1 is in the future</translation>
    </message>
    <message>
        <source>unknown follow-up method %1; use phone, visit, wechat, email or other</source>
        <translation>unknown follow-up method %1; use phone, visit, wechat, email or other</translation>
    </message>
    <message>
        <source>next follow-up date %1 is before the follow-up date %2</source>
        <translation>next follow-up date %1 is before the follow-up date %2</translation>
    </message>
    <message>
        <source>promised payment date %1 is before the follow-up date %2</source>
        <translation>promised payment date %1 is before the follow-up date %2</translation>
    </message>
</context>
<context>
    <name>tl::core::FunnelReport</name>
    <message>
        <source>You may not view the sales funnel.</source>
        <translation>You may not view the sales funnel.</translation>
    </message>
    <message>
        <source>The period of the funnel is not valid.</source>
        <translation>The period of the funnel is not valid.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view the funnel of %1.</source>
        <translation>You may not view the funnel of %1.</translation>
    </message>
    <message>
        <source>You may not view the funnel of this department.</source>
        <translation>You may not view the funnel of this department.</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportCommand</name>
    <message>
        <source>Kinds: %1. Every problem is printed on stderr as 'row N, column C: reason' (the header is row 1) and nothing is written (exit code 2).</source>
        <translation>Kinds: %1. Every problem is printed on stderr as 'row N, column C: reason' (the header is row 1) and nothing is written (exit code 2).</translation>
    </message>
    <message>
        <source>Check everything and report what would change; write nothing.</source>
        <translation>Check everything and report what would change; write nothing.</translation>
    </message>
    <message>
        <source>Also write the problems to a CSV file (only its header when there are none).</source>
        <translation>Also write the problems to a CSV file (only its header when there are none).</translation>
    </message>
    <message>
        <source>Give the kind and the file to import.</source>
        <translation>Give the kind and the file to import.</translation>
    </message>
    <message>
        <source>Unknown kind '%1': use %2.</source>
        <translation>Unknown kind '%1': use %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n further problem(s) not listed.</source>
        <translation>
            <numerusform>%n further problem(s) not listed.</numerusform>
            <numerusform>%n further problem(s) not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file, all or nothing.</source>
        <translation>Import a CSV or XLSX file, all or nothing.</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportHeader</name>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>unknown column; the columns are: %1</translation>
    </message>
    <message>
        <source>the column %1 appears twice (also as %2)</source>
        <translation>the column %1 appears twice (also as %2)</translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation>this required column is missing</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportKinds</name>
    <message>
        <source>Unknown import kind %1; the kinds are: %2</source>
        <translation>Unknown import kind %1; the kinds are: %2</translation>
    </message>
    <message>
        <source>employee records</source>
        <translation>employee records</translation>
    </message>
    <message>
        <source>customer records</source>
        <translation>customer records</translation>
    </message>
    <message>
        <source>follow-up records</source>
        <translation>follow-up records</translation>
    </message>
    <message>
        <source>field check-ins</source>
        <translation>field check-ins</translation>
    </message>
    <message>
        <source>sales contracts</source>
        <translation>sales contracts</translation>
    </message>
    <message>
        <source>contract instalments</source>
        <translation>contract instalments</translation>
    </message>
    <message>
        <source>customer payments</source>
        <translation>customer payments</translation>
    </message>
    <message>
        <source>salary profiles</source>
        <translation>salary profiles</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>attendance records</translation>
    </message>
    <message>
        <source>year-to-date payroll figures</source>
        <translation>year-to-date payroll figures</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportResult</name>
    <message numerus="yes">
        <source>%n data row(s) read.</source>
        <translation>
            <numerusform>%n data row(s) read.</numerusform>
            <numerusform>%n data row(s) read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>%n problem(s) found; nothing was written.</numerusform>
            <numerusform>%n problem(s) found; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Only the first %n problem(s) are listed.</numerusform>
            <numerusform>Only the first %n problem(s) are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1. Updated: %2. Unchanged: %3.</source>
        <translation>Created: %1. Updated: %2. Unchanged: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>To create: %1. To update: %2. Unchanged: %3.</source>
        <translation>To create: %1. To update: %2. Unchanged: %3.</translation>
    </message>
    <message>
        <source>Rows created: %1</source>
        <translation>Rows created: %1</translation>
    </message>
    <message>
        <source>Rows to create: %1</source>
        <translation>Rows to create: %1</translation>
    </message>
    <message>
        <source>Rows updated: %1</source>
        <translation>Rows updated: %1</translation>
    </message>
    <message>
        <source>Rows to update: %1</source>
        <translation>Rows to update: %1</translation>
    </message>
    <message>
        <source>Rows unchanged: %1</source>
        <translation>Rows unchanged: %1</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>The import of %1 has %n problem(s); nothing was written.</numerusform>
            <numerusform>The import of %1 has %n problem(s); nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ImportService</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Unknown import kind %1; the kinds are: %2</source>
        <translation>Unknown import kind %1; the kinds are: %2</translation>
    </message>
    <message>
        <source>You may not import %1.</source>
        <translation>You may not import %1.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>this cell is in a column without a header</source>
        <translation>this cell is in a column without a header</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which cannot be read. Save the sheet as an Excel workbook (.xlsx) or as "CSV UTF-8" and import that file.</source>
        <translation>%1 is an Excel 97-2003 workbook (.xls), which cannot be read. Save the sheet as an Excel workbook (.xlsx) or as "CSV UTF-8" and import that file.</translation>
    </message>
</context>
<context>
    <name>tl::core::InitCommand</name>
    <message>
        <source>Create a new database with the company and the administrator.</source>
        <translation>Create a new database with the company and the administrator.</translation>
    </message>
    <message>
        <source>The administrator is the --user (default admin) with the given password. An existing file is never overwritten (exit code 5).</source>
        <translation>The administrator is the --user (default admin) with the given password. An existing file is never overwritten (exit code 5).</translation>
    </message>
    <message>
        <source>Company name (default: My company).</source>
        <translation>Company name (default: My company).</translation>
    </message>
    <message>
        <source>City of the company: shanghai (default) or beijing.</source>
        <translation>City of the company: shanghai (default) or beijing.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>Unknown city '%1': use shanghai or beijing.</source>
        <translation>Unknown city '%1': use shanghai or beijing.</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>My company</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the administrator %3.</source>
        <translation>Created %1 for %2 with the administrator %3.</translation>
    </message>
</context>
<context>
    <name>tl::core::InstallmentExport</name>
    <message>
        <source>You may not export the receivables.</source>
        <translation>You may not export the receivables.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::core::InstallmentImport</name>
    <message>
        <source>You may not change payment schedules.</source>
        <translation>You may not change payment schedules.</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>the contract number is required</translation>
    </message>
    <message>
        <source>the instalment number is required</source>
        <translation>the instalment number is required</translation>
    </message>
    <message>
        <source>the due date is required</source>
        <translation>the due date is required</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>the amount is required</source>
        <translation>the amount is required</translation>
    </message>
    <message>
        <source>contract %1 does not exist</source>
        <translation>contract %1 does not exist</translation>
    </message>
    <message>
        <source>contract %1 is cancelled</source>
        <translation>contract %1 is cancelled</translation>
    </message>
    <message>
        <source>you may not change the schedule of contract %1: it is not in your scope</source>
        <translation>you may not change the schedule of contract %1: it is not in your scope</translation>
    </message>
    <message>
        <source>the schedule of contract %1 cannot be replaced: its instalments already have payments or write-offs</source>
        <translation>the schedule of contract %1 cannot be replaced: its instalments already have payments or write-offs</translation>
    </message>
    <message>
        <source>the schedule of contract %1 cannot be replaced: its instalments have disputes, promises, letters or interest records</source>
        <translation>the schedule of contract %1 cannot be replaced: its instalments have disputes, promises, letters or interest records</translation>
    </message>
    <message>
        <source>instalment %1 of contract %2 already appears in row %3</source>
        <translation>instalment %1 of contract %2 already appears in row %3</translation>
    </message>
    <message>
        <source>the instalments of contract %1 must be numbered from 1 without gaps: %2 is missing</source>
        <translation>the instalments of contract %1 must be numbered from 1 without gaps: %2 is missing</translation>
    </message>
    <message>
        <source>due date %1 is before the signing date %2 of contract %3</source>
        <translation>due date %1 is before the signing date %2 of contract %3</translation>
    </message>
    <message>
        <source>due date %1 is before the due date %2 of instalment %3</source>
        <translation>due date %1 is before the due date %2 of instalment %3</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 less than the contract amount %4</source>
        <translation>the instalments of contract %1 add up to %2, %3 less than the contract amount %4</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 more than the contract amount %4</source>
        <translation>the instalments of contract %1 add up to %2, %3 more than the contract amount %4</translation>
    </message>
    <message numerus="yes">
        <source>Payment schedules of %n contract(s).</source>
        <translation>
            <numerusform>Payment schedules of %n contract(s).</numerusform>
            <numerusform>Payment schedules of %n contract(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored instalment(s) will be replaced by the new schedules.</source>
        <translation>
            <numerusform>%n stored instalment(s) will be replaced by the new schedules.</numerusform>
            <numerusform>%n stored instalment(s) will be replaced by the new schedules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::InterestCalculator</name>
    <message>
        <source>Simple daily interest at %1% a year (actual/365) on the overdue principal from the day after the due date</source>
        <translation>Simple daily interest at %1% a year (actual/365) on the overdue principal from the day after the due date</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
    <message>
        <source>The instalment does not exist.</source>
        <translation>The instalment does not exist.</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>You may not view the receivables this employee collects.</translation>
    </message>
    <message>
        <source>The instalment's contract is not signed or is cancelled as of %1.</source>
        <translation>The instalment's contract is not signed or is cancelled as of %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::LabourContractReminders</name>
    <message>
        <source>Labour contracts ending</source>
        <translation>Labour contracts ending</translation>
    </message>
    <message>
        <source>Probations ending</source>
        <translation>Probations ending</translation>
    </message>
</context>
<context>
    <name>tl::core::LabourContractService</name>
    <message>
        <source>You may not view labour contracts.</source>
        <translation>You may not view labour contracts.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view the contracts of %1 (%2).</source>
        <translation>You may not view the contracts of %1 (%2).</translation>
    </message>
    <message>
        <source>You may not edit labour contracts.</source>
        <translation>You may not edit labour contracts.</translation>
    </message>
    <message>
        <source>You may not edit the contracts of %1 (%2).</source>
        <translation>You may not edit the contracts of %1 (%2).</translation>
    </message>
    <message>
        <source>The labour contract of %1 (%2) cannot be saved.</source>
        <translation>The labour contract of %1 (%2) cannot be saved.</translation>
    </message>
    <message>
        <source>Labour contract %1 does not exist.</source>
        <translation>Labour contract %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not edit this labour contract.</source>
        <translation>You may not edit this labour contract.</translation>
    </message>
    <message>
        <source>Only the latest labour contract of %1 (%2) can be deleted.</source>
        <translation>Only the latest labour contract of %1 (%2) can be deleted.</translation>
    </message>
</context>
<context>
    <name>tl::core::Letter</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Confirmed with difference</source>
        <translation>Confirmed with difference</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterDocument</name>
    <message>
        <source>Reconciliation letter</source>
        <translation>Reconciliation letter</translation>
    </message>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>You may not view reconciliation letters.</translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation>Letter %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view letter %1.</source>
        <translation>You may not view letter %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterQuery</name>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>You may not view reconciliation letters.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Sent, awaiting reply</source>
        <translation>Sent, awaiting reply</translation>
    </message>
    <message>
        <source>Reply overdue</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Confirmed with difference</source>
        <translation>Confirmed with difference</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterReplyReminders</name>
    <message>
        <source>Letters without reply</source>
        <translation>Letters without reply</translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1; no reply %n day(s) after the deadline of %2 (balance %3).</source>
        <translation>
            <numerusform>Sent on %1; no reply %n day(s) after the deadline of %2 (balance %3).</numerusform>
            <numerusform>Sent on %1; no reply %n day(s) after the deadline of %2 (balance %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::LetterService</name>
    <message>
        <source>You may not generate reconciliation letters.</source>
        <translation>You may not generate reconciliation letters.</translation>
    </message>
    <message>
        <source>The letters need a valid as-of date.</source>
        <translation>The letters need a valid as-of date.</translation>
    </message>
    <message>
        <source>The as-of date %1 is in the future; a letter states a balance that exists.</source>
        <translation>The as-of date %1 is in the future; a letter states a balance that exists.</translation>
    </message>
    <message>
        <source>The letter generation was cancelled; no letter was created.</source>
        <translation>The letter generation was cancelled; no letter was created.</translation>
    </message>
    <message>
        <source>Reading the open items</source>
        <translation>Reading the open items</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not send letters to customer %1.</source>
        <translation>You may not send letters to customer %1.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not send letters for the receivables of this salesperson.</source>
        <translation>You may not send letters for the receivables of this salesperson.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s)</source>
        <translation>
            <numerusform>Writing %n letter(s)</numerusform>
            <numerusform>Writing %n letter(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>You may not view reconciliation letters.</translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation>Letter %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view letter %1.</source>
        <translation>You may not view letter %1.</translation>
    </message>
    <message>
        <source>You may not change reconciliation letters.</source>
        <translation>You may not change reconciliation letters.</translation>
    </message>
    <message>
        <source>You may not change letter %1.</source>
        <translation>You may not change letter %1.</translation>
    </message>
    <message>
        <source>Letter %1 is %2: %3</source>
        <translation>Letter %1 is %2: %3</translation>
    </message>
    <message>
        <source>The reply date is missing.</source>
        <translation>The reply date is missing.</translation>
    </message>
    <message>
        <source>The reply date is in the future.</source>
        <translation>The reply date is in the future.</translation>
    </message>
    <message>
        <source>The reply date is before the letter was sent (%1).</source>
        <translation>The reply date is before the letter was sent (%1).</translation>
    </message>
    <message>
        <source>only a draft can be sent.</source>
        <translation>only a draft can be sent.</translation>
    </message>
    <message>
        <source>The date sent is missing.</source>
        <translation>The date sent is missing.</translation>
    </message>
    <message>
        <source>The date sent is in the future.</source>
        <translation>The date sent is in the future.</translation>
    </message>
    <message>
        <source>The letter was only written on %1.</source>
        <translation>The letter was only written on %1.</translation>
    </message>
    <message>
        <source>Choose how the letter was sent: %1.</source>
        <translation>Choose how the letter was sent: %1.</translation>
    </message>
    <message>
        <source>A letter sent by %1 needs its tracking number as proof of delivery.</source>
        <translation>A letter sent by %1 needs its tracking number as proof of delivery.</translation>
    </message>
    <message>
        <source>Letter %1 cannot be marked as sent.</source>
        <translation>Letter %1 cannot be marked as sent.</translation>
    </message>
    <message>
        <source>only a letter that was sent can be confirmed.</source>
        <translation>only a letter that was sent can be confirmed.</translation>
    </message>
    <message>
        <source>The confirmation of letter %1 cannot be recorded.</source>
        <translation>The confirmation of letter %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>only a letter that was sent can record the customer's reply.</source>
        <translation>only a letter that was sent can record the customer's reply.</translation>
    </message>
    <message>
        <source>The stated balance cannot be negative.</source>
        <translation>The stated balance cannot be negative.</translation>
    </message>
    <message>
        <source>The stated balance equals the letter's balance: record a confirmation instead.</source>
        <translation>The stated balance equals the letter's balance: record a confirmation instead.</translation>
    </message>
    <message>
        <source>Write down the customer's explanation of the difference.</source>
        <translation>Write down the customer's explanation of the difference.</translation>
    </message>
    <message>
        <source>The difference on letter %1 cannot be recorded.</source>
        <translation>The difference on letter %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>Recording this difference opens a dispute, which you may not do.</source>
        <translation>Recording this difference opens a dispute, which you may not do.</translation>
    </message>
    <message>
        <source>Reconciliation letter %1: the customer states a balance of %2 instead of %3. %4</source>
        <translation>Reconciliation letter %1: the customer states a balance of %2 instead of %3. %4</translation>
    </message>
    <message>
        <source>only a letter that was sent can be marked as unanswered.</source>
        <translation>only a letter that was sent can be marked as unanswered.</translation>
    </message>
    <message>
        <source>The reply deadline of letter %1 is %2: it can be marked as unanswered from %3 on.</source>
        <translation>The reply deadline of letter %1 is %2: it can be marked as unanswered from %3 on.</translation>
    </message>
    <message>
        <source>only a draft or a letter awaiting its reply can be cancelled.</source>
        <translation>only a draft or a letter awaiting its reply can be cancelled.</translation>
    </message>
    <message>
        <source>Letter %1 cannot be cancelled.</source>
        <translation>Letter %1 cannot be cancelled.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the letter.</source>
        <translation>Give the reason for cancelling the letter.</translation>
    </message>
    <message>
        <source>a cancelled letter takes no scan.</source>
        <translation>a cancelled letter takes no scan.</translation>
    </message>
    <message>
        <source>The scan cannot be attached to letter %1.</source>
        <translation>The scan cannot be attached to letter %1.</translation>
    </message>
    <message>
        <source>Letter %1 has no scan attached.</source>
        <translation>Letter %1 has no scan attached.</translation>
    </message>
    <message>
        <source>The scan needs a file name.</source>
        <translation>The scan needs a file name.</translation>
    </message>
    <message>
        <source>A scan must be a PDF, PNG or JPEG file.</source>
        <translation>A scan must be a PDF, PNG or JPEG file.</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>The scan file is empty.</translation>
    </message>
    <message>
        <source>The scan is larger than 20 MB.</source>
        <translation>The scan is larger than 20 MB.</translation>
    </message>
    <message>
        <source>The file's content is not a %1 file.</source>
        <translation>The file's content is not a %1 file.</translation>
    </message>
</context>
<context>
    <name>tl::core::LimitationReminders</name>
    <message>
        <source>Limitation deadlines</source>
        <translation>Limitation deadlines</translation>
    </message>
    <message>
        <source>The limitation period ended on %1 (%2); %3 open. Only the customer's acknowledgement can revive the claim now.</source>
        <translation>The limitation period ended on %1 (%2); %3 open. Only the customer's acknowledgement can revive the claim now.</translation>
    </message>
    <message numerus="yes">
        <source>The limitation period ends in %n day(s), on %1 (%2); %3 open. Get a confirmed letter, a payment or a documented demand before then.</source>
        <translation>
            <numerusform>The limitation period ends in %n day(s), on %1 (%2); %3 open. Get a confirmed letter, a payment or a documented demand before then.</numerusform>
            <numerusform>The limitation period ends in %n day(s), on %1 (%2); %3 open. Get a confirmed letter, a payment or a documented demand before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::LimitationWatch</name>
    <message>
        <source>Dunning letter</source>
        <translation>Dunning letter</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Lawsuit or arbitration</source>
        <translation>Lawsuit or arbitration</translation>
    </message>
    <message>
        <source>Payment demand</source>
        <translation>Payment demand</translation>
    </message>
    <message>
        <source>Payment %1 received on %2</source>
        <translation>Payment %1 received on %2</translation>
    </message>
    <message>
        <source>Letter %1 confirmed on %2</source>
        <translation>Letter %1 confirmed on %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Last instalment due on %1</source>
        <translation>Last instalment due on %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
    <message>
        <source>No signed contract with this id is visible to you as of %1.</source>
        <translation>No signed contract with this id is visible to you as of %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::LossClaimService</name>
    <message>
        <source>You may not request loss deductions.</source>
        <translation>You may not request loss deductions.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not request a loss deduction from %1.</source>
        <translation>You may not request a loss deduction from %1.</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>the reason is required</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>the evidence needs a file name</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>write-off %1 does not exist or is not approved</source>
        <translation>write-off %1 does not exist or is not approved</translation>
    </message>
    <message>
        <source>The loss deduction from %1 cannot be requested.</source>
        <translation>The loss deduction from %1 cannot be requested.</translation>
    </message>
    <message>
        <source>You may not decide on loss deductions.</source>
        <translation>You may not decide on loss deductions.</translation>
    </message>
    <message>
        <source>Loss claim %1 does not exist.</source>
        <translation>Loss claim %1 does not exist.</translation>
    </message>
    <message>
        <source>You requested the loss deduction %1 yourself; another user must decide on it.</source>
        <translation>You requested the loss deduction %1 yourself; another user must decide on it.</translation>
    </message>
    <message>
        <source>The loss deduction %1 is already decided.</source>
        <translation>The loss deduction %1 is already decided.</translation>
    </message>
    <message>
        <source>You may not see this loss claim.</source>
        <translation>You may not see this loss claim.</translation>
    </message>
</context>
<context>
    <name>tl::core::MoneyParse</name>
    <message>
        <source>empty amount</source>
        <translation>empty amount</translation>
    </message>
</context>
<context>
    <name>tl::core::OpenItems</name>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>You may not view the receivables this employee collects.</translation>
    </message>
</context>
<context>
    <name>tl::core::OpportunityService</name>
    <message>
        <source>Initial contact</source>
        <translation>Initial contact</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <source>Proposal submitted</source>
        <translation>Proposal submitted</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>You may not edit opportunities.</source>
        <translation>You may not edit opportunities.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>there is no customer %1</translation>
    </message>
    <message>
        <source>the owner is required</source>
        <translation>the owner is required</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>there is no employee %1</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>the name is required</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <source>unknown stage %1</source>
        <translation>unknown stage %1</translation>
    </message>
    <message>
        <source>the creation date %1 is after today (%2)</source>
        <translation>the creation date %1 is after today (%2)</translation>
    </message>
    <message>
        <source>the expected closing date is before the creation date %1</source>
        <translation>the expected closing date is before the creation date %1</translation>
    </message>
    <message numerus="yes">
        <source>The opportunity has %n problem(s).</source>
        <translation>
            <numerusform>The opportunity has %n problem(s).</numerusform>
            <numerusform>The opportunity has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not create opportunities for %1.</source>
        <translation>You may not create opportunities for %1.</translation>
    </message>
    <message>
        <source>You may not create opportunities for the customer %1 (%2).</source>
        <translation>You may not create opportunities for the customer %1 (%2).</translation>
    </message>
    <message>
        <source>Opportunity %1 does not exist.</source>
        <translation>Opportunity %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not edit the opportunity %1.</source>
        <translation>You may not edit the opportunity %1.</translation>
    </message>
    <message numerus="yes">
        <source>The opportunity %1 has %n problem(s).</source>
        <translation>
            <numerusform>The opportunity %1 has %n problem(s).</numerusform>
            <numerusform>The opportunity %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown stage %1.</source>
        <translation>Unknown stage %1.</translation>
    </message>
    <message>
        <source>The opportunity %1 is already at the stage %2.</source>
        <translation>The opportunity %1 is already at the stage %2.</translation>
    </message>
    <message>
        <source>You may not view opportunities.</source>
        <translation>You may not view opportunities.</translation>
    </message>
    <message>
        <source>You may not view the opportunity %1.</source>
        <translation>You may not view the opportunity %1.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>tl::core::PasswordHasher</name>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>The cryptography library cannot be initialised.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
</context>
<context>
    <name>tl::core::PasswordPolicy</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n characters.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::PayAdjustmentService</name>
    <message>
        <source>The payroll of %1 is %2: enter the adjustment in a later month.</source>
        <translation>The payroll of %1 is %2: enter the adjustment in a later month.</translation>
    </message>
    <message>
        <source>You may not see pay adjustments.</source>
        <translation>You may not see pay adjustments.</translation>
    </message>
    <message>
        <source>'%1' is not a payroll month (YYYY-MM).</source>
        <translation>'%1' is not a payroll month (YYYY-MM).</translation>
    </message>
    <message>
        <source>You may not adjust pay.</source>
        <translation>You may not adjust pay.</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>the employee does not exist</translation>
    </message>
    <message>
        <source>not a payroll month (YYYY-MM)</source>
        <translation>not a payroll month (YYYY-MM)</translation>
    </message>
    <message>
        <source>the amount must not be zero</source>
        <translation>the amount must not be zero</translation>
    </message>
    <message>
        <source>say why the pay is adjusted</source>
        <translation>say why the pay is adjusted</translation>
    </message>
    <message>
        <source>the corrected month must be earlier than %1</source>
        <translation>the corrected month must be earlier than %1</translation>
    </message>
    <message>
        <source>The pay adjustment cannot be saved.</source>
        <translation>The pay adjustment cannot be saved.</translation>
    </message>
    <message>
        <source>Pay adjustment %1 does not exist.</source>
        <translation>Pay adjustment %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>tl::core::PayLines</name>
    <message>
        <source>Base salary</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>Performance pay</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Visit allowance</source>
        <translation>Visit allowance</translation>
    </message>
    <message>
        <source>Absence deduction</source>
        <translation>Absence deduction</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <source>Individual income tax</source>
        <translation>Individual income tax</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>Loss deduction</translation>
    </message>
    <message>
        <source>Pension insurance (employer)</source>
        <translation>Pension insurance (employer)</translation>
    </message>
    <message>
        <source>Medical insurance (employer)</source>
        <translation>Medical insurance (employer)</translation>
    </message>
    <message>
        <source>Unemployment insurance (employer)</source>
        <translation>Unemployment insurance (employer)</translation>
    </message>
    <message>
        <source>Work injury insurance (employer)</source>
        <translation>Work injury insurance (employer)</translation>
    </message>
    <message>
        <source>Housing fund (employer)</source>
        <translation>Housing fund (employer)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentExport</name>
    <message>
        <source>You may not export the payments.</source>
        <translation>You may not export the payments.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentImport</name>
    <message>
        <source>You may not record payments.</source>
        <translation>You may not record payments.</translation>
    </message>
    <message>
        <source>the payment number is required</source>
        <translation>the payment number is required</translation>
    </message>
    <message>
        <source>payment %1 already appears in row %2</source>
        <translation>payment %1 already appears in row %2</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>customer %1 does not exist</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>the customer is required</translation>
    </message>
    <message>
        <source>the date received %1 is after today (%2)</source>
        <translation>the date received %1 is after today (%2)</translation>
    </message>
    <message>
        <source>the date received is required</source>
        <translation>the date received is required</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>the amount is required</source>
        <translation>the amount is required</translation>
    </message>
    <message>
        <source>payment %1 is already recorded (payments are never edited)</source>
        <translation>payment %1 is already recorded (payments are never edited)</translation>
    </message>
    <message>
        <source>contract %1 does not exist</source>
        <translation>contract %1 does not exist</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>contract %1 belongs to another customer</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it takes no payments</source>
        <translation>contract %1 is a draft or cancelled; it takes no payments</translation>
    </message>
    <message>
        <source>you may not record payments of this customer: it is not in your scope</source>
        <translation>you may not record payments of this customer: it is not in your scope</translation>
    </message>
    <message>
        <source>Payments: %1; allocated to instalments: %2; kept as customer credit: %3.</source>
        <translation>Payments: %1; allocated to instalments: %2; kept as customer credit: %3.</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentQuery</name>
    <message>
        <source>You may not view payments.</source>
        <translation>You may not view payments.</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentService</name>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>Acceptance bill</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>Payment %1 does not exist.</translation>
    </message>
    <message>
        <source>Nothing can be allocated from payment %1: contract %2 has no collectable instalment as of %3.</source>
        <translation>Nothing can be allocated from payment %1: contract %2 has no collectable instalment as of %3.</translation>
    </message>
    <message>
        <source>Nothing can be allocated from payment %1: customer %2 has no collectable instalment on an active contract signed by %3.</source>
        <translation>Nothing can be allocated from payment %1: customer %2 has no collectable instalment on an active contract signed by %3.</translation>
    </message>
    <message>
        <source>a manual allocation needs at least one line</source>
        <translation>a manual allocation needs at least one line</translation>
    </message>
    <message>
        <source>there is no instalment %1</source>
        <translation>there is no instalment %1</translation>
    </message>
    <message>
        <source>instalment %1 belongs to another customer than the payment's (%2)</source>
        <translation>instalment %1 belongs to another customer than the payment's (%2)</translation>
    </message>
    <message>
        <source>the payment is for contract %1; instalment %2 belongs to another contract</source>
        <translation>the payment is for contract %1; instalment %2 belongs to another contract</translation>
    </message>
    <message>
        <source>contract %1 is not active; its instalments take no payments</source>
        <translation>contract %1 is not active; its instalments take no payments</translation>
    </message>
    <message>
        <source>contract %1 is signed on %2, after the allocation date %3</source>
        <translation>contract %1 is signed on %2, after the allocation date %3</translation>
    </message>
    <message>
        <source>instalment %1 appears twice</source>
        <translation>instalment %1 appears twice</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on instalment %3 (balance %4, of which %5 disputed)</source>
        <translation>%1 is more than the %2 collectable on instalment %3 (balance %4, of which %5 disputed)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on instalment %3</source>
        <translation>%1 is more than the %2 collectable on instalment %3</translation>
    </message>
    <message>
        <source>the allocations add up to %1, more than the %2 of payment %3 not yet allocated</source>
        <translation>the allocations add up to %1, more than the %2 of payment %3 not yet allocated</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 cannot be allocated this way: %n problem(s).</source>
        <translation>
            <numerusform>Payment %1 cannot be allocated this way: %n problem(s).</numerusform>
            <numerusform>Payment %1 cannot be allocated this way: %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not record payments.</source>
        <translation>You may not record payments.</translation>
    </message>
    <message>
        <source>the payment number is required</source>
        <translation>the payment number is required</translation>
    </message>
    <message>
        <source>the payment number is longer than 64 characters</source>
        <translation>the payment number is longer than 64 characters</translation>
    </message>
    <message>
        <source>payment %1 is already recorded (payments are never edited)</source>
        <translation>payment %1 is already recorded (payments are never edited)</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>the customer is required</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>there is no customer %1</translation>
    </message>
    <message>
        <source>the date received is missing or not a valid date</source>
        <translation>the date received is missing or not a valid date</translation>
    </message>
    <message>
        <source>the date received %1 is after today (%2)</source>
        <translation>the date received %1 is after today (%2)</translation>
    </message>
    <message>
        <source>unknown payment method %1</source>
        <translation>unknown payment method %1</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>there is no contract %1</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>contract %1 belongs to another customer</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it takes no payments</source>
        <translation>contract %1 is a draft or cancelled; it takes no payments</translation>
    </message>
    <message numerus="yes">
        <source>The payment %1 has %n problem(s).</source>
        <translation>
            <numerusform>The payment %1 has %n problem(s).</numerusform>
            <numerusform>The payment %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not record payments of this customer.</source>
        <translation>You may not record payments of this customer.</translation>
    </message>
    <message>
        <source>You may not allocate payments.</source>
        <translation>You may not allocate payments.</translation>
    </message>
    <message>
        <source>You may not allocate payments of this customer.</source>
        <translation>You may not allocate payments of this customer.</translation>
    </message>
    <message>
        <source>Payment %1 was reversed on %2; it cannot be allocated again.</source>
        <translation>Payment %1 was reversed on %2; it cannot be allocated again.</translation>
    </message>
    <message>
        <source>Choose an automatic or a manual allocation.</source>
        <translation>Choose an automatic or a manual allocation.</translation>
    </message>
    <message>
        <source>The allocation date must lie between the date payment %1 was received (%2) and today (%3).</source>
        <translation>The allocation date must lie between the date payment %1 was received (%2) and today (%3).</translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation>the date is out of range</translation>
    </message>
    <message>
        <source>Payment %1 is fully allocated; no credit is left.</source>
        <translation>Payment %1 is fully allocated; no credit is left.</translation>
    </message>
    <message>
        <source>Payment %1 was reversed on %2.</source>
        <translation>Payment %1 was reversed on %2.</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>Instalment %1 does not exist.</translation>
    </message>
    <message>
        <source>only %1 of payment %2 is allocated to instalment %3</source>
        <translation>only %1 of payment %2 is allocated to instalment %3</translation>
    </message>
    <message>
        <source>the date must lie between %1 and today (%2)</source>
        <translation>the date must lie between %1 and today (%2)</translation>
    </message>
    <message>
        <source>The allocation of payment %1 to instalment %2 cannot be undone this way.</source>
        <translation>The allocation of payment %1 to instalment %2 cannot be undone this way.</translation>
    </message>
    <message>
        <source>You may not reverse payments.</source>
        <translation>You may not reverse payments.</translation>
    </message>
    <message>
        <source>You may not reverse payments of this customer.</source>
        <translation>You may not reverse payments of this customer.</translation>
    </message>
    <message>
        <source>Payment %1 was already reversed on %2.</source>
        <translation>Payment %1 was already reversed on %2.</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>the reason is required</translation>
    </message>
    <message>
        <source>Payment %1 cannot be reversed this way.</source>
        <translation>Payment %1 cannot be reversed this way.</translation>
    </message>
    <message>
        <source>You may not view payments.</source>
        <translation>You may not view payments.</translation>
    </message>
    <message>
        <source>You may not view the payments of this customer.</source>
        <translation>You may not view the payments of this customer.</translation>
    </message>
    <message>
        <source>You may not view payment %1.</source>
        <translation>You may not view payment %1.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>You may not view this instalment.</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollCommand</name>
    <message>
        <source>Payroll: calculate, approve and lock a month's run, or show its payslips.</source>
        <translation>Payroll: calculate, approve and lock a month's run, or show its payslips.</translation>
    </message>
    <message>
        <source>'calc YYYY-MM' calculates the payslips of every employee employed in the month (recalculating replaces them until the run is approved); 'approve' and 'lock' move the run on, and a locked run can never change again (exit code 5). 'show' prints the payslips: every one for HR and auditors, otherwise only your own once the run is approved.</source>
        <translation>'calc YYYY-MM' calculates the payslips of every employee employed in the month (recalculating replaces them until the run is approved); 'approve' and 'lock' move the run on, and a locked run can never change again (exit code 5). 'show' prints the payslips: every one for HR and auditors, otherwise only your own once the run is approved.</translation>
    </message>
    <message>
        <source>show: one employee's payslip only.</source>
        <translation>show: one employee's payslip only.</translation>
    </message>
    <message>
        <source>show: text (default), json or csv.</source>
        <translation>show: text (default), json or csv.</translation>
    </message>
    <message>
        <source>Give the payroll command: calc, approve, lock or show.</source>
        <translation>Give the payroll command: calc, approve, lock or show.</translation>
    </message>
    <message>
        <source>Unknown payroll command '%1': use calc, approve, lock or show.</source>
        <translation>Unknown payroll command '%1': use calc, approve, lock or show.</translation>
    </message>
    <message>
        <source>Give the month (YYYY-MM).</source>
        <translation>Give the month (YYYY-MM).</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM: '%1'.</source>
        <translation>The month must be YYYY-MM: '%1'.</translation>
    </message>
    <message>
        <source>Unknown format '%1': use text, json or csv.</source>
        <translation>Unknown format '%1': use text, json or csv.</translation>
    </message>
    <message>
        <source>--employee and --format are options of 'show'.</source>
        <translation>--employee and --format are options of 'show'.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payroll %1 calculated: %n payslip(s), gross %2, net %3, income tax %4, employer costs %5.</source>
        <translation>
            <numerusform>Payroll %1 calculated: %n payslip(s), gross %2, net %3, income tax %4, employer costs %5.</numerusform>
            <numerusform>Payroll %1 calculated: %n payslip(s), gross %2, net %3, income tax %4, employer costs %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payroll %1 approved.</source>
        <translation>Payroll %1 approved.</translation>
    </message>
    <message>
        <source>Payroll %1 locked: it can no longer change.</source>
        <translation>Payroll %1 locked: it can no longer change.</translation>
    </message>
    <message numerus="yes">
        <source>Payroll %1 (%2): %n payslip(s).</source>
        <translation>
            <numerusform>Payroll %1 (%2): %n payslip(s).</numerusform>
            <numerusform>Payroll %1 (%2): %n payslip(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: gross %3, net %4</source>
        <translation>%1 %2: gross %3, net %4</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollInputs</name>
    <message>
        <source>%1 (%2) has no salary profile in force in %3 and is not paid in this run.</source>
        <translation>%1 (%2) has no salary profile in force in %3 and is not paid in this run.</translation>
    </message>
    <message>
        <source>No city profile of %1 is in force on %2: %3 (%4) is not paid in this run.</source>
        <translation>No city profile of %1 is in force on %2: %3 (%4) is not paid in this run.</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollRunService</name>
    <message>
        <source>The payroll of %1 is locked; correct it with an adjustment in a later run.</source>
        <translation>The payroll of %1 is locked; correct it with an adjustment in a later run.</translation>
    </message>
    <message>
        <source>The payroll of %1 is approved; it can no longer be recalculated.</source>
        <translation>The payroll of %1 is approved; it can no longer be recalculated.</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: lock it before %3 is calculated.</source>
        <translation>The payroll of %1 is %2: lock it before %3 is calculated.</translation>
    </message>
    <message>
        <source>The payroll of %1 is already %2: %3 can no longer change.</source>
        <translation>The payroll of %1 is already %2: %3 can no longer change.</translation>
    </message>
    <message>
        <source>The payroll run of %1 was cancelled; nothing was written.</source>
        <translation>The payroll run of %1 was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>You may not see payroll runs.</source>
        <translation>You may not see payroll runs.</translation>
    </message>
    <message>
        <source>'%1' is not a payroll month (YYYY-MM).</source>
        <translation>'%1' is not a payroll month (YYYY-MM).</translation>
    </message>
    <message>
        <source>There is no payroll run for %1.</source>
        <translation>There is no payroll run for %1.</translation>
    </message>
    <message>
        <source>You may not run the payroll.</source>
        <translation>You may not run the payroll.</translation>
    </message>
    <message>
        <source>The payroll of %1 cannot be calculated before the month starts.</source>
        <translation>The payroll of %1 cannot be calculated before the month starts.</translation>
    </message>
    <message>
        <source>Calculating the payroll of %1…</source>
        <translation>Calculating the payroll of %1…</translation>
    </message>
    <message>
        <source>The annual bonus %1 of %2 (%3) is past a bracket cliff: a bonus of %4 would leave %5 more after tax.</source>
        <translation>The annual bonus %1 of %2 (%3) is past a bracket cliff: a bonus of %4 would leave %5 more after tax.</translation>
    </message>
    <message>
        <source>You may not approve the payroll.</source>
        <translation>You may not approve the payroll.</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: only a calculated run can be approved.</source>
        <translation>The payroll of %1 is %2: only a calculated run can be approved.</translation>
    </message>
    <message>
        <source>You may not lock the payroll.</source>
        <translation>You may not lock the payroll.</translation>
    </message>
    <message>
        <source>The payroll of %1 is locked already.</source>
        <translation>The payroll of %1 is locked already.</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: approve it before it is locked.</source>
        <translation>The payroll of %1 is %2: approve it before it is locked.</translation>
    </message>
    <message>
        <source>Loss claim %1 no longer matches the deduction of payslip %2.</source>
        <translation>Loss claim %1 no longer matches the deduction of payslip %2.</translation>
    </message>
    <message>
        <source>You may not see payslips.</source>
        <translation>You may not see payslips.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may see only your own payslips.</source>
        <translation>You may see only your own payslips.</translation>
    </message>
    <message>
        <source>You may only estimate your own pay.</source>
        <translation>You may only estimate your own pay.</translation>
    </message>
    <message>
        <source>Not employed in %1.</source>
        <translation>Not employed in %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollStatus</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>the payroll of %1 is locked: a change can only apply from a later month</source>
        <translation>the payroll of %1 is locked: a change can only apply from a later month</translation>
    </message>
    <message>
        <source>the payroll of %1 is approved: a change can only apply from a later month</source>
        <translation>the payroll of %1 is approved: a change can only apply from a later month</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollSummary</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>You may not see the payroll summary.</source>
        <translation>You may not see the payroll summary.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>(department %1)</source>
        <translation>(department %1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The payslips of %1 do not add up to the run's totals.</source>
        <translation>The payslips of %1 do not add up to the run's totals.</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Employer contributions</translation>
    </message>
</context>
<context>
    <name>tl::core::PayslipCalculator</name>
    <message>
        <source>%1 × %2 working days employed ÷ %3 working days in the month</source>
        <translation>%1 × %2 working days employed ÷ %3 working days in the month</translation>
    </message>
    <message>
        <source>monthly base salary</source>
        <translation>monthly base salary</translation>
    </message>
    <message>
        <source>performance pay of the month</source>
        <translation>performance pay of the month</translation>
    </message>
    <message>
        <source>commission of the month</source>
        <translation>commission of the month</translation>
    </message>
    <message>
        <source>bonus %1 and the annual one-off bonus %2, taxed separately</source>
        <translation>bonus %1 and the annual one-off bonus %2, taxed separately</translation>
    </message>
    <message>
        <source>bonus %1 and the annual one-off bonus %2, taxed with the wage</source>
        <translation>bonus %1 and the annual one-off bonus %2, taxed with the wage</translation>
    </message>
    <message>
        <source>bonus of the month</source>
        <translation>bonus of the month</translation>
    </message>
    <message>
        <source>fixed allowance</source>
        <translation>fixed allowance</translation>
    </message>
    <message>
        <source>allowance for effective field visits</source>
        <translation>allowance for effective field visits</translation>
    </message>
    <message>
        <source>%1 ÷ 21.75 × %2 day(s) of unpaid absence</source>
        <translation>%1 ÷ 21.75 × %2 day(s) of unpaid absence</translation>
    </message>
    <message>
        <source>base %1 (declared %2, limited to %3–%4)</source>
        <translation>base %1 (declared %2, limited to %3–%4)</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>cumulative taxable %1 = income %2 − basic deduction %3 − social insurance and housing fund %4 − special additional deductions %5; tax to date %6 − withheld before %7</source>
        <translation>cumulative taxable %1 = income %2 − basic deduction %3 − social insurance and housing fund %4 − special additional deductions %5; tax to date %6 − withheld before %7</translation>
    </message>
    <message>
        <source>at most 20% of the wage (%1) and leaving at least the minimum wage %2 (room %3); %4 carried forward</source>
        <translation>at most 20% of the wage (%1) and leaving at least the minimum wage %2 (room %3); %4 carried forward</translation>
    </message>
    <message>
        <source>%1; plus %2 on the annual bonus taxed separately</source>
        <translation>%1; plus %2 on the annual bonus taxed separately</translation>
    </message>
    <message>
        <source>adjustments of the month (the month corrected in brackets): %1</source>
        <translation>adjustments of the month (the month corrected in brackets): %1</translation>
    </message>
</context>
<context>
    <name>tl::core::PayslipDocument</name>
    <message>
        <source>Payslip</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: payslips are released to employees once it is approved.</source>
        <translation>The payroll of %1 is %2: payslips are released to employees once it is approved.</translation>
    </message>
    <message>
        <source>You have no payslip in the payroll of %1.</source>
        <translation>You have no payslip in the payroll of %1.</translation>
    </message>
    <message>
        <source>Employee %1 has no payslip in the payroll of %2.</source>
        <translation>Employee %1 has no payslip in the payroll of %2.</translation>
    </message>
    <message>
        <source>The payroll of %1 has no payslips.</source>
        <translation>The payroll of %1 has no payslips.</translation>
    </message>
    <message>
        <source>The stored payslip of %1 in %2 does not add up: its lines give gross %3 and net %4.</source>
        <translation>The stored payslip of %1 in %2 does not add up: its lines give gross %3 and net %4.</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolCommand</name>
    <message>
        <source>Customer pool: run the reclaim sweep, or preview it.</source>
        <translation>Customer pool: run the reclaim sweep, or preview it.</translation>
    </message>
    <message>
        <source>'sweep' moves owned customers whose reclaim rule fell due on or before the as-of date back to the pool (no follow-up or no deal for the days of their level's rule), with ownership history and audit records, and lists the customers in the warning window and those exempt because of open receivables. Running it again on the same data moves nothing. Needs the right to manage the pool rules (exit code 3 otherwise).</source>
        <translation>'sweep' moves owned customers whose reclaim rule fell due on or before the as-of date back to the pool (no follow-up or no deal for the days of their level's rule), with ownership history and audit records, and lists the customers in the warning window and those exempt because of open receivables. Running it again on the same data moves nothing. Needs the right to manage the pool rules (exit code 3 otherwise).</translation>
    </message>
    <message>
        <source>The day the rules are applied for (default: today).</source>
        <translation>The day the rules are applied for (default: today).</translation>
    </message>
    <message>
        <source>List what would move; change nothing.</source>
        <translation>List what would move; change nothing.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>Give the pool command: sweep.</source>
        <translation>Give the pool command: sweep.</translation>
    </message>
    <message>
        <source>Unknown pool command '%1': use sweep.</source>
        <translation>Unknown pool command '%1': use sweep.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>The as-of date must be a date (YYYY-MM-DD): '%1'.</source>
        <translation>The as-of date must be a date (YYYY-MM-DD): '%1'.</translation>
    </message>
    <message>
        <source>Unknown format '%1': use text or json.</source>
        <translation>Unknown format '%1': use text or json.</translation>
    </message>
    <message>
        <source>no deal (due %1)</source>
        <translation>no deal (due %1)</translation>
    </message>
    <message>
        <source>no follow-up (due %1)</source>
        <translation>no follow-up (due %1)</translation>
    </message>
    <message>
        <source>would move %1 %2 (owner %3): %4</source>
        <translation>would move %1 %2 (owner %3): %4</translation>
    </message>
    <message>
        <source>moved %1 %2 (owner %3): %4</source>
        <translation>moved %1 %2 (owner %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>warned %1 %2 (owner %3): %4, %n day(s) left</source>
        <translation>
            <numerusform>warned %1 %2 (owner %3): %4, %n day(s) left</numerusform>
            <numerusform>warned %1 %2 (owner %3): %4, %n day(s) left</numerusform>
        </translation>
    </message>
    <message>
        <source>exempt %1 %2 (owner %3): open receivables, flagged to the manager instead of moved</source>
        <translation>exempt %1 %2 (owner %3): open receivables, flagged to the manager instead of moved</translation>
    </message>
    <message>
        <source>Pool sweep as of %1 (dry run, nothing changed): %2 to move, %3 warned, %4 exempt.</source>
        <translation>Pool sweep as of %1 (dry run, nothing changed): %2 to move, %3 warned, %4 exempt.</translation>
    </message>
    <message>
        <source>Pool sweep as of %1: %2 moved, %3 warned, %4 exempt.</source>
        <translation>Pool sweep as of %1: %2 moved, %3 warned, %4 exempt.</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolPlanner</name>
    <message>
        <source>already owned by %1</source>
        <translation>already owned by %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has reached the cap of %n owned customer(s)</source>
        <translation>
            <numerusform>%1 has reached the cap of %n owned customer(s)</numerusform>
            <numerusform>%1 has reached the cap of %n owned customer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>every member who could take it has reached the cap of owned customers</source>
        <translation>every member who could take it has reached the cap of owned customers</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolReclaimReminders</name>
    <message>
        <source>Customers about to return to the pool</source>
        <translation>Customers about to return to the pool</translation>
    </message>
    <message numerus="yes">
        <source>Returns to the pool in %n day(s), on %1, unless it is followed up.</source>
        <translation>
            <numerusform>Returns to the pool in %n day(s), on %1, unless it is followed up.</numerusform>
            <numerusform>Returns to the pool in %n day(s), on %1, unless it is followed up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::PoolRules</name>
    <message>
        <source>a number of days between %1 and %2 is expected</source>
        <translation>a number of days between %1 and %2 is expected</translation>
    </message>
    <message>
        <source>the date the version takes effect is required</source>
        <translation>the date the version takes effect is required</translation>
    </message>
    <message>
        <source>the customer level is A, B or C</source>
        <translation>the customer level is A, B or C</translation>
    </message>
    <message>
        <source>a whole number between 0 and %1 is expected</source>
        <translation>a whole number between 0 and %1 is expected</translation>
    </message>
    <message>
        <source>the role is one of %1</source>
        <translation>the role is one of %1</translation>
    </message>
    <message>
        <source>You may not change the pool rules.</source>
        <translation>You may not change the pool rules.</translation>
    </message>
    <message numerus="yes">
        <source>The pool rule for level %1 has %n problem(s).</source>
        <translation>
            <numerusform>The pool rule for level %1 has %n problem(s).</numerusform>
            <numerusform>The pool rule for level %1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool was already swept as of %1 under the rules then in force; a new version must take effect after that date.</source>
        <translation>The pool was already swept as of %1 under the rules then in force; a new version must take effect after that date.</translation>
    </message>
    <message numerus="yes">
        <source>The claim limits for the role %1 have %n problem(s).</source>
        <translation>
            <numerusform>The claim limits for the role %1 have %n problem(s).</numerusform>
            <numerusform>The claim limits for the role %1 have %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers were already claimed on %1 under the limits then in force; a new version must take effect after that date.</source>
        <translation>Customers were already claimed on %1 under the limits then in force; a new version must take effect after that date.</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolService</name>
    <message>
        <source>Your user is not linked to an employee, so it cannot own customers.</source>
        <translation>Your user is not linked to an employee, so it cannot own customers.</translation>
    </message>
    <message>
        <source>You may not claim customers.</source>
        <translation>You may not claim customers.</translation>
    </message>
    <message>
        <source>You may not claim customers for other people.</source>
        <translation>You may not claim customers for other people.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in your team.</source>
        <translation>%1 (%2) is not in your team.</translation>
    </message>
    <message>
        <source>%1 (%2) was already claimed by %3.</source>
        <translation>%1 (%2) was already claimed by %3.</translation>
    </message>
    <message>
        <source>%1 (%2) has left or is leaving and cannot take customers.</source>
        <translation>%1 (%2) has left or is leaving and cannot take customers.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already owns %n customer(s) counted against the cap of %2.</source>
        <translation>
            <numerusform>%1 already owns %n customer(s) counted against the cap of %2.</numerusform>
            <numerusform>%1 already owns %n customer(s) counted against the cap of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has already claimed %n customer(s) today; the daily limit is %2.</source>
        <translation>
            <numerusform>%1 has already claimed %n customer(s) today; the daily limit is %2.</numerusform>
            <numerusform>%1 has already claimed %n customer(s) today; the daily limit is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave up %2 on %3; it can be claimed again in %n day(s).</source>
        <translation>
            <numerusform>%1 gave up %2 on %3; it can be claimed again in %n day(s).</numerusform>
            <numerusform>%1 gave up %2 on %3; it can be claimed again in %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the pool.</source>
        <translation>%1 (%2) is already in the pool.</translation>
    </message>
    <message>
        <source>You may not release customers to the pool.</source>
        <translation>You may not release customers to the pool.</translation>
    </message>
    <message>
        <source>You may only release your own customers.</source>
        <translation>You may only release your own customers.</translation>
    </message>
    <message>
        <source>%1 (%2) is owned by %3, who is not in your team.</source>
        <translation>%1 (%2) is owned by %3, who is not in your team.</translation>
    </message>
    <message>
        <source>%1 (%2) changed hands meanwhile; look again.</source>
        <translation>%1 (%2) changed hands meanwhile; look again.</translation>
    </message>
    <message>
        <source>You may not assign customers.</source>
        <translation>You may not assign customers.</translation>
    </message>
    <message>
        <source>Select the customers to assign.</source>
        <translation>Select the customers to assign.</translation>
    </message>
    <message>
        <source>Choose who receives the customers.</source>
        <translation>Choose who receives the customers.</translation>
    </message>
    <message>
        <source>Assigning to a person takes exactly one person.</source>
        <translation>Assigning to a person takes exactly one person.</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolSweep</name>
    <message>
        <source>You may not run the pool sweep.</source>
        <translation>You may not run the pool sweep.</translation>
    </message>
    <message>
        <source>The pool sweep needs a valid as-of date.</source>
        <translation>The pool sweep needs a valid as-of date.</translation>
    </message>
    <message>
        <source>The pool sweep was cancelled; nothing was changed.</source>
        <translation>The pool sweep was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Checking owned customers against the pool rules</source>
        <translation>Checking owned customers against the pool rules</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n customer(s) to the pool</source>
        <translation>
            <numerusform>Moving %n customer(s) to the pool</numerusform>
            <numerusform>Moving %n customer(s) to the pool</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 changed hands during the pool sweep.</source>
        <translation>Customer %1 changed hands during the pool sweep.</translation>
    </message>
</context>
<context>
    <name>tl::core::ProblemReport</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem(s) not listed</numerusform>
            <numerusform>%n more problem(s) not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::PromiseReminders</name>
    <message>
        <source>Broken payment promises</source>
        <translation>Broken payment promises</translation>
    </message>
    <message>
        <source>Promised %1 by %2 (on %3); %4 received: %5 short.</source>
        <translation>Promised %1 by %2 (on %3); %4 received: %5 short.</translation>
    </message>
</context>
<context>
    <name>tl::core::Rate</name>
    <message>
        <source>empty percentage</source>
        <translation>empty percentage</translation>
    </message>
</context>
<context>
    <name>tl::core::ReceivableDueReminders</name>
    <message>
        <source>Receivables due</source>
        <translation>Receivables due</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>Receivables overdue</translation>
    </message>
    <message>
        <source>%1 instalment %2</source>
        <translation>%1 instalment %2</translation>
    </message>
    <message>
        <source>Due today: %1 to collect.</source>
        <translation>Due today: %1 to collect.</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1: %2 to collect.</source>
        <translation>
            <numerusform>Due in %n day(s), on %1: %2 to collect.</numerusform>
            <numerusform>Due in %n day(s), on %1: %2 to collect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) since %1: %2 still to collect.</source>
        <translation>
            <numerusform>Overdue by %n day(s) since %1: %2 still to collect.</numerusform>
            <numerusform>Overdue by %n day(s) since %1: %2 still to collect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ReceivableQuery</name>
    <message>
        <source>Unknown ageing bucket "%1".</source>
        <translation>Unknown ageing bucket "%1".</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>You may not view the receivables this employee collects.</translation>
    </message>
    <message>
        <source>You may not view the receivables of this department.</source>
        <translation>You may not view the receivables of this department.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
</context>
<context>
    <name>tl::core::ReceivablesListReport</name>
    <message>
        <source>The employee does not exist.</source>
        <translation>The employee does not exist.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>The customer does not exist.</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
</context>
<context>
    <name>tl::core::Reminder</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>tl::core::ReminderCentre</name>
    <message>
        <source>"%1" is not the key of a reminder.</source>
        <translation>"%1" is not the key of a reminder.</translation>
    </message>
</context>
<context>
    <name>tl::core::RestoreCommand</name>
    <message>
        <source>Replace the database with a backup after checking the backup.</source>
        <translation>Replace the database with a backup after checking the backup.</translation>
    </message>
    <message>
        <source>The backup must pass the same check as 'check' (integrity, foreign keys, audit trail) and must not come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the backup.</source>
        <translation>The backup must pass the same check as 'check' (integrity, foreign keys, audit trail) and must not come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the backup.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Cannot create a temporary folder.</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>Cannot copy %1.</translation>
    </message>
    <message>
        <source>Give exactly one backup file.</source>
        <translation>Give exactly one backup file.</translation>
    </message>
    <message>
        <source>The backup %1 is not fit for a restore; nothing was changed.</source>
        <translation>The backup %1 is not fit for a restore; nothing was changed.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>tl::core::RiskScore</name>
    <message>
        <source>Low</source>
        <extracomment>Customer risk level</extracomment>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Customer risk level</extracomment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Customer risk level</extracomment>
        <translation>High</translation>
    </message>
    <message>
        <source>Risk score 0–100 = 30 × share of paid instalments paid late + 20 × average days late (capped at 90) ÷ 90 + 25 × overdue share of the open balance + 5 per open dispute (at most 10) + 5 per letter unanswered after its reply date (at most 15). Low below 30, medium below 60, high from 60.</source>
        <translation>Risk score 0–100 = 30 × share of paid instalments paid late + 20 × average days late (capped at 90) ÷ 90 + 25 × overdue share of the open balance + 5 per open dispute (at most 10) + 5 per letter unanswered after its reply date (at most 15). Low below 30, medium below 60, high from 60.</translation>
    </message>
    <message>
        <source>Paid late: %1 of %2 paid instalments: %3 of 30 points.</source>
        <translation>Paid late: %1 of %2 paid instalments: %3 of 30 points.</translation>
    </message>
    <message>
        <source>Average days late of paid instalments: %1 (capped at 90): %2 of 20 points.</source>
        <translation>Average days late of paid instalments: %1 (capped at 90): %2 of 20 points.</translation>
    </message>
    <message>
        <source>Overdue: %1 of the open balance of %2: %3 of 25 points.</source>
        <translation>Overdue: %1 of the open balance of %2: %3 of 25 points.</translation>
    </message>
    <message numerus="yes">
        <source>Open disputes: %n, %1 of 10 points.</source>
        <translation>
            <numerusform>Open disputes: %n, %1 of 10 points.</numerusform>
            <numerusform>Open disputes: %n, %1 of 10 points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letters unanswered after the reply date: %n, %1 of 15 points.</source>
        <translation>
            <numerusform>Letters unanswered after the reply date: %n, %1 of 15 points.</numerusform>
            <numerusform>Letters unanswered after the reply date: %n, %1 of 15 points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 of 100: %2 risk.</source>
        <translation>Score %1 of 100: %2 risk.</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>You may not view receivables.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>The as-of date is not a valid date.</translation>
    </message>
</context>
<context>
    <name>tl::core::Role</name>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>HR administrator</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>tl::core::Rounding</name>
    <message>
        <source>Round half up to the fen</source>
        <translation>Round half up to the fen</translation>
    </message>
    <message>
        <source>Round half up to the jiao</source>
        <translation>Round half up to the jiao</translation>
    </message>
    <message>
        <source>Round half up to the yuan</source>
        <translation>Round half up to the yuan</translation>
    </message>
    <message>
        <source>Round up to the fen</source>
        <translation>Round up to the fen</translation>
    </message>
    <message>
        <source>Round up to the jiao</source>
        <translation>Round up to the jiao</translation>
    </message>
    <message>
        <source>Round up to the yuan</source>
        <translation>Round up to the yuan</translation>
    </message>
    <message>
        <source>Round down to the fen</source>
        <translation>Round down to the fen</translation>
    </message>
    <message>
        <source>Round down to the jiao</source>
        <translation>Round down to the jiao</translation>
    </message>
    <message>
        <source>Round down to the yuan</source>
        <translation>Round down to the yuan</translation>
    </message>
</context>
<context>
    <name>tl::core::SalaryProfileImport</name>
    <message>
        <source>%1 is not yes or no (是/否)</source>
        <translation>%1 is not yes or no (是/否)</translation>
    </message>
    <message>
        <source>You may not edit salary profiles.</source>
        <translation>You may not edit salary profiles.</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>the employee is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation>the start date is required</translation>
    </message>
    <message>
        <source>the profile of %1 from %2 already appears in row %3</source>
        <translation>the profile of %1 from %2 already appears in row %3</translation>
    </message>
    <message>
        <source>%1 already has a salary profile from %2</source>
        <translation>%1 already has a salary profile from %2</translation>
    </message>
    <message>
        <source>the base salary is required</source>
        <translation>the base salary is required</translation>
    </message>
</context>
<context>
    <name>tl::core::SalaryProfileService</name>
    <message>
        <source>You may not edit salary profiles.</source>
        <translation>You may not edit salary profiles.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Employee %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not see this employee's salary profile.</source>
        <translation>You may not see this employee's salary profile.</translation>
    </message>
    <message>
        <source>No salary profile is in force in %1.</source>
        <translation>No salary profile is in force in %1.</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>the employee does not exist</translation>
    </message>
    <message>
        <source>The salary profile cannot be saved.</source>
        <translation>The salary profile cannot be saved.</translation>
    </message>
    <message>
        <source>The salary profile of %1 from %2 cannot be saved: %3.</source>
        <translation>The salary profile of %1 from %2 cannot be saved: %3.</translation>
    </message>
    <message>
        <source>Salary profile %1 does not exist.</source>
        <translation>Salary profile %1 does not exist.</translation>
    </message>
    <message>
        <source>The salary profile of %1 from %2 cannot be removed: %3.</source>
        <translation>The salary profile of %1 from %2 cannot be removed: %3.</translation>
    </message>
</context>
<context>
    <name>tl::core::SettingDefinitions</name>
    <message>
        <source>one whole number between %1 and %2 is expected</source>
        <translation>one whole number between %1 and %2 is expected</translation>
    </message>
    <message>
        <source>whole numbers between %1 and %2 separated by commas are expected, e.g. %3</source>
        <translation>whole numbers between %1 and %2 separated by commas are expected, e.g. %3</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>a setting name is made of lower-case words separated by dots, e.g. letters.reply_days</source>
        <translation>a setting name is made of lower-case words separated by dots, e.g. letters.reply_days</translation>
    </message>
</context>
<context>
    <name>tl::core::SetupService</name>
    <message>
        <source>a company name is required</source>
        <translation>a company name is required</translation>
    </message>
    <message>
        <source>the city is shanghai or beijing</source>
        <translation>the city is shanghai or beijing</translation>
    </message>
    <message>
        <source>This database already holds a company; it is not set up again.</source>
        <translation>This database already holds a company; it is not set up again.</translation>
    </message>
    <message>
        <source>The company cannot be set up.</source>
        <translation>The company cannot be set up.</translation>
    </message>
</context>
<context>
    <name>tl::core::TaxCommand</name>
    <message>
        <source>Income tax: cumulative withholding for equal months (a calculator; opens no database).</source>
        <translation>Income tax: cumulative withholding for equal months (a calculator; opens no database).</translation>
    </message>
    <message>
        <source>'iit' computes the cumulative withholding of individual income tax month by month from January for a constant monthly income: the taxable amount to date, the cumulative tax and the tax withheld in each month, with the 7-bracket table and 5,000 a month of basic deduction. Amounts are in yuan; --insurance is the employee's own social insurance and housing fund, --special the special additional deductions per month.</source>
        <translation>'iit' computes the cumulative withholding of individual income tax month by month from January for a constant monthly income: the taxable amount to date, the cumulative tax and the tax withheld in each month, with the 7-bracket table and 5,000 a month of basic deduction. Amounts are in yuan; --insurance is the employee's own social insurance and housing fund, --special the special additional deductions per month.</translation>
    </message>
    <message>
        <source>Monthly income in yuan.</source>
        <translation>Monthly income in yuan.</translation>
    </message>
    <message>
        <source>Monthly social insurance and housing fund (employee part).</source>
        <translation>Monthly social insurance and housing fund (employee part).</translation>
    </message>
    <message>
        <source>Monthly special additional deductions.</source>
        <translation>Monthly special additional deductions.</translation>
    </message>
    <message>
        <source>Number of months from January, 1 to 12 (default 12).</source>
        <translation>Number of months from January, 1 to 12 (default 12).</translation>
    </message>
    <message>
        <source>Basic deduction: standard (default), first-job (first job in the year) or low-earner (60,000 from January).</source>
        <translation>Basic deduction: standard (default), first-job (first job in the year) or low-earner (60,000 from January).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>Give the tax command: iit.</source>
        <translation>Give the tax command: iit.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>--income is required.</source>
        <translation>--income is required.</translation>
    </message>
    <message>
        <source>--%1 must be an amount in yuan of zero or more: '%2'.</source>
        <translation>--%1 must be an amount in yuan of zero or more: '%2'.</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 12.</source>
        <translation>--months must be a whole number from 1 to 12.</translation>
    </message>
    <message>
        <source>Unknown rule '%1': use standard, first-job or low-earner.</source>
        <translation>Unknown rule '%1': use standard, first-job or low-earner.</translation>
    </message>
    <message>
        <source>Unknown format '%1': use text or json.</source>
        <translation>Unknown format '%1': use text or json.</translation>
    </message>
    <message>
        <source>month %1: taxable to date %2, tax to date %3, withheld %4</source>
        <translation>month %1: taxable to date %2, tax to date %3, withheld %4</translation>
    </message>
    <message numerus="yes">
        <source>withheld in %n month(s): %1</source>
        <translation>
            <numerusform>withheld in %n month(s): %1</numerusform>
            <numerusform>withheld in %n month(s): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::TaxWithholdingList</name>
    <message>
        <source>You may not write the income-tax withholding list.</source>
        <translation>You may not write the income-tax withholding list.</translation>
    </message>
    <message>
        <source>You may not see ID numbers, which the withholding list holds.</source>
        <translation>You may not see ID numbers, which the withholding list holds.</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: the withholding list is written only for an approved or locked run.</source>
        <translation>The payroll of %1 is %2: the withholding list is written only for an approved or locked run.</translation>
    </message>
    <message>
        <source>%1 %2 has no ID number: add it before the list is imported into the tax client.</source>
        <translation>%1 %2 has no ID number: add it before the list is imported into the tax client.</translation>
    </message>
    <message>
        <source>The income tax of %1 in %2 (%3) does not follow from its cumulative figures (%4).</source>
        <translation>The income tax of %1 in %2 (%3) does not follow from its cumulative figures (%4).</translation>
    </message>
</context>
<context>
    <name>tl::core::UserService</name>
    <message>
        <source>Only a system administrator may manage user accounts.</source>
        <translation>Only a system administrator may manage user accounts.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>User %1 does not exist.</translation>
    </message>
    <message>
        <source>Only a system administrator or an auditor may see the user accounts.</source>
        <translation>Only a system administrator or an auditor may see the user accounts.</translation>
    </message>
    <message>
        <source>a user name is required</source>
        <translation>a user name is required</translation>
    </message>
    <message>
        <source>a user name has at most %1 characters and no spaces</source>
        <translation>a user name has at most %1 characters and no spaces</translation>
    </message>
    <message>
        <source>the user name %1 is taken</source>
        <translation>the user name %1 is taken</translation>
    </message>
    <message>
        <source>a display name has at most %1 characters</source>
        <translation>a display name has at most %1 characters</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>the employee does not exist</translation>
    </message>
    <message>
        <source>the employee is already linked to user %1</source>
        <translation>the employee is already linked to user %1</translation>
    </message>
    <message>
        <source>The user account cannot be saved.</source>
        <translation>The user account cannot be saved.</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator and must keep that role.</source>
        <translation>%1 is the last active system administrator and must keep that role.</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator and cannot be deactivated.</source>
        <translation>%1 is the last active system administrator and cannot be deactivated.</translation>
    </message>
    <message>
        <source>Only a logged-in user can change their password.</source>
        <translation>Only a logged-in user can change their password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>tl::core::Validation</name>
    <message>
        <source>ID number must have 18 characters, not %1</source>
        <translation>ID number must have 18 characters, not %1</translation>
    </message>
    <message>
        <source>ID number must be 17 digits followed by a digit or X</source>
        <translation>ID number must be 17 digits followed by a digit or X</translation>
    </message>
    <message>
        <source>no such date %1</source>
        <translation>no such date %1</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>birth date %1 is in the future</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>birth date %1 is before 1900</translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation>check character should be %1</translation>
    </message>
    <message>
        <source>mobile number must have 11 digits</source>
        <translation>mobile number must have 11 digits</translation>
    </message>
    <message>
        <source>mobile number must start with 13 to 19</source>
        <translation>mobile number must start with 13 to 19</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD)</source>
        <translation>%1 is not a date (use YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>tl::core::WriteOffService</name>
    <message>
        <source>You may not request write-offs.</source>
        <translation>You may not request write-offs.</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>Instalment %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not request write-offs on instalment %1.</source>
        <translation>You may not request write-offs on instalment %1.</translation>
    </message>
    <message>
        <source>contract %1 is not active; nothing of it can be written off</source>
        <translation>contract %1 is not active; nothing of it can be written off</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>%1 is more than the open balance %2 of instalment %3</source>
        <translation>%1 is more than the open balance %2 of instalment %3</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>the reason is required</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>the evidence needs a file name</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>The write-off of instalment %1 cannot be requested.</source>
        <translation>The write-off of instalment %1 cannot be requested.</translation>
    </message>
    <message>
        <source>You may not decide on write-offs.</source>
        <translation>You may not decide on write-offs.</translation>
    </message>
    <message>
        <source>Write-off %1 does not exist.</source>
        <translation>Write-off %1 does not exist.</translation>
    </message>
    <message>
        <source>The instalment of write-off %1 is missing.</source>
        <translation>The instalment of write-off %1 is missing.</translation>
    </message>
    <message>
        <source>You may not decide on write-offs of instalment %1.</source>
        <translation>You may not decide on write-offs of instalment %1.</translation>
    </message>
    <message>
        <source>You requested the write-off of instalment %1 yourself; another user must decide on it.</source>
        <translation>You requested the write-off of instalment %1 yourself; another user must decide on it.</translation>
    </message>
    <message>
        <source>The write-off of instalment %1 is already decided.</source>
        <translation>The write-off of instalment %1 is already decided.</translation>
    </message>
    <message>
        <source>Contract %1 is not active; nothing of it can be written off.</source>
        <translation>Contract %1 is not active; nothing of it can be written off.</translation>
    </message>
    <message>
        <source>The write-off of %1 is more than the %2 left of instalment %3 besides the %4 under dispute; resolve the dispute first.</source>
        <translation>The write-off of %1 is more than the %2 left of instalment %3 besides the %4 under dispute; resolve the dispute first.</translation>
    </message>
    <message>
        <source>The write-off of %1 is more than the open balance %2 of instalment %3.</source>
        <translation>The write-off of %1 is more than the open balance %2 of instalment %3.</translation>
    </message>
    <message>
        <source>You may not view write-offs.</source>
        <translation>You may not view write-offs.</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>You may not view this instalment.</translation>
    </message>
    <message>
        <source>You may not view this write-off.</source>
        <translation>You may not view this write-off.</translation>
    </message>
</context>
<context>
    <name>tl::core::XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (%2). Save it again as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 is not a readable XLSX workbook (%2). Save it again as an Excel workbook (.xlsx) or as CSV.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Cannot open %1: no such file.</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>not a ZIP archive</translation>
    </message>
    <message>
        <source>it has no workbook part</source>
        <translation>it has no workbook part</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>the workbook has no worksheet</translation>
    </message>
    <message>
        <source>the first worksheet cannot be found</source>
        <translation>the first worksheet cannot be found</translation>
    </message>
    <message>
        <source>the worksheet %1 is missing</source>
        <translation>the worksheet %1 is missing</translation>
    </message>
    <message>
        <source>Cannot open %1 as an archive.</source>
        <translation>Cannot open %1 as an archive.</translation>
    </message>
    <message>
        <source>%1 has no part %2.</source>
        <translation>%1 has no part %2.</translation>
    </message>
    <message>
        <source>The header of %1 was already read.</source>
        <translation>The header of %1 was already read.</translation>
    </message>
    <message>
        <source>%1 is empty: the first worksheet has no header row.</source>
        <translation>%1 is empty: the first worksheet has no header row.</translation>
    </message>
    <message>
        <source>bad cell reference %1 in row %2</source>
        <translation>bad cell reference %1 in row %2</translation>
    </message>
</context>
<context>
    <name>tl::core::XlsxWriter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Cannot write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Cannot create the workbook %1.</translation>
    </message>
    <message>
        <source>Cannot create the worksheet of %1.</source>
        <translation>Cannot create the worksheet of %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Cannot write the workbook %1: %2</translation>
    </message>
    <message>
        <source>The workbook %1 is already complete.</source>
        <translation>The workbook %1 is already complete.</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export this list as CSV instead.</source>
        <translation>An XLSX sheet holds at most %1 rows; export this list as CSV instead.</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 columns.</source>
        <translation>An XLSX sheet holds at most %1 columns.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Cannot save %1.</translation>
    </message>
</context>
<context>
    <name>tl::core::YtdOpeningImport</name>
    <message>
        <source>You may not enter year-to-date payroll figures.</source>
        <translation>You may not enter year-to-date payroll figures.</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>the employee is required</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>employee %1 does not exist</translation>
    </message>
    <message>
        <source>the year is required</source>
        <translation>the year is required</translation>
    </message>
    <message>
        <source>the figures of %1 for %2 already appear in row %3</source>
        <translation>the figures of %1 for %2 already appear in row %3</translation>
    </message>
    <message>
        <source>the payroll of %1 is approved or locked: the figures of %2 can no longer change</source>
        <translation>the payroll of %1 is approved or locked: the figures of %2 can no longer change</translation>
    </message>
    <message>
        <source>%1 already has year-to-date figures for %2</source>
        <translation>%1 already has year-to-date figures for %2</translation>
    </message>
    <message>
        <source>the months employed are required</source>
        <translation>the months employed are required</translation>
    </message>
</context>
<context>
    <name>tl::core::YtdOpeningService</name>
    <message>
        <source>You may not see year-to-date payroll figures.</source>
        <translation>You may not see year-to-date payroll figures.</translation>
    </message>
    <message>
        <source>You may not enter year-to-date payroll figures.</source>
        <translation>You may not enter year-to-date payroll figures.</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>the employee does not exist</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100</source>
        <translation>the year must be between 2000 and 2100</translation>
    </message>
    <message>
        <source>the months employed must be between 0 and 12</source>
        <translation>the months employed must be between 0 and 12</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>the amount must not be negative</translation>
    </message>
    <message>
        <source>The year-to-date figures cannot be saved.</source>
        <translation>The year-to-date figures cannot be saved.</translation>
    </message>
    <message>
        <source>The year-to-date figures of %1 for %2 cannot change: the payroll of %3 is approved or locked.</source>
        <translation>The year-to-date figures of %1 for %2 cannot change: the payroll of %3 is approved or locked.</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingChart</name>
    <message>
        <source>%1: %2 (%3 of the open balance)</source>
        <translation>%1: %2 (%3 of the open balance)</translation>
    </message>
    <message>
        <source>Open balance by age as of %1</source>
        <translation>Open balance by age as of %1</translation>
    </message>
    <message>
        <source>Up to 90 days past due</source>
        <translation>Up to 90 days past due</translation>
    </message>
    <message>
        <source>More than 90 days past due</source>
        <translation>More than 90 days past due</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>Open balance by customer type</source>
        <translation>Open balance by customer type</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open balance by customer type: nothing open</source>
        <translation>Open balance by customer type: nothing open</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingExport</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Over 90 days %</source>
        <translation>Over 90 days %</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation>Choose a file ending in .csv or .xlsx.</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingOutput</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingPage</name>
    <message>
        <source>Receivables ageing</source>
        <translation>Receivables ageing</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Compute the ageing again (F5)</source>
        <translation>Compute the ageing again (F5)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Preview, print or save the ageing report as PDF</source>
        <translation>Preview, print or save the ageing report as PDF</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the table as CSV or XLSX</source>
        <translation>Save the table as CSV or XLSX</translation>
    </message>
    <message>
        <source>Computing the ageing…</source>
        <translation>Computing the ageing…</translation>
    </message>
    <message>
        <source>Nothing was open on %1.</source>
        <translation>Nothing was open on %1.</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %2 open in %n instalment(s); %3 past due; %4 more than 90 days past due (%5 of the open balance).</source>
        <translation>
            <numerusform>As of %1: %2 open in %n instalment(s); %3 past due; %4 more than 90 days past due (%5 of the open balance).</numerusform>
            <numerusform>As of %1: %2 open in %n instalment(s); %3 past due; %4 more than 90 days past due (%5 of the open balance).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ageing %1.pdf</source>
        <translation>Ageing %1.pdf</translation>
    </message>
    <message>
        <source>Ageing %1.xlsx</source>
        <translation>Ageing %1.xlsx</translation>
    </message>
    <message>
        <source>Export the ageing</source>
        <translation>Export the ageing</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the ageing</source>
        <translation>Exporting the ageing</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The ageing was saved to %1.</source>
        <translation>The ageing was saved to %1.</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingTableModel</name>
    <message>
        <source>Share of the balance more than 90 days past due</source>
        <translation>Share of the balance more than 90 days past due</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Type key</source>
        <translation>Type key</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Over 90 days %</source>
        <translation>Over 90 days %</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocateCreditDialog</name>
    <message>
        <source>Allocate credit</source>
        <translation>Allocate credit</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <source>The date the credit is applied (from the payment's date to today)</source>
        <translation>The date the credit is applied (from the payment's date to today)</translation>
    </message>
    <message>
        <source>Allocate &amp;on:</source>
        <translation>Allocate &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Allocate</translation>
    </message>
    <message>
        <source>Payment %1 was reversed: it has no credit.</source>
        <translation>Payment %1 was reversed: it has no credit.</translation>
    </message>
    <message>
        <source>Payment %1 is fully allocated.</source>
        <translation>Payment %1 is fully allocated.</translation>
    </message>
    <message>
        <source>The customer has no payment with credit left.</source>
        <translation>The customer has no payment with credit left.</translation>
    </message>
    <message>
        <source>%1 of %2 — %3 credit left</source>
        <translation>%1 of %2 — %3 credit left</translation>
    </message>
    <message>
        <source>%1 (%2): received %3 on %4, %5 allocated, %6 credit left</source>
        <translation>%1 (%2): received %3 on %4, %5 allocated, %6 credit left</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 of the credit of payment %2 was allocated.</source>
        <translation>%1 of the credit of payment %2 was allocated.</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationEditor</name>
    <message>
        <source>&amp;Automatic: oldest due first</source>
        <translation>&amp;Automatic: oldest due first</translation>
    </message>
    <message>
        <source>By &amp;hand</source>
        <translation>By &amp;hand</translation>
    </message>
    <message>
        <source>&amp;Keep all as customer credit</source>
        <translation>&amp;Keep all as customer credit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The amounts add up to %1, %2 more than the %3 to allocate.</source>
        <translation>The amounts add up to %1, %2 more than the %3 to allocate.</translation>
    </message>
    <message>
        <source>Type the amount for at least one instalment, or allocate automatically.</source>
        <translation>Type the amount for at least one instalment, or allocate automatically.</translation>
    </message>
    <message>
        <source>Choose the customer to see the open instalments.</source>
        <translation>Choose the customer to see the open instalments.</translation>
    </message>
    <message>
        <source>Nothing open to allocate to: all %1 stays as customer credit.</source>
        <translation>Nothing open to allocate to: all %1 stays as customer credit.</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %1 to %n instalment(s); credit left %2.</source>
        <translation>
            <numerusform>Allocated %1 to %n instalment(s); credit left %2.</numerusform>
            <numerusform>Allocated %1 to %n instalment(s); credit left %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocated %1: %2 more than the money.</source>
        <translation>Allocated %1: %2 more than the money.</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationPreviewModel</name>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on %3 #%4</source>
        <translation>%1 is more than the %2 collectable on %3 #%4</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Type the amount to allocate to this instalment (yuan)</source>
        <translation>Type the amount to allocate to this instalment (yuan)</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Collectable</source>
        <translation>Collectable</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationTableModel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Back to credit</source>
        <translation>Back to credit</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>Payment no.</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>tl::ui::AppController</name>
    <message>
        <source>TeamLedger</source>
        <translation>TeamLedger</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>The database %1 cannot be opened.

%2</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Log in again.</source>
        <translation>The backup %1 was restored. Log in again.</translation>
    </message>
    <message>
        <source>The restore failed; the database was not changed.
%1</source>
        <translation>The restore failed; the database was not changed.
%1</translation>
    </message>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Log in again to continue.</source>
        <translation>
            <numerusform>The session was locked after %n minute(s) without activity. Log in again to continue.</numerusform>
            <numerusform>The session was locked after %n minute(s) without activity. Log in again to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>Assign customers</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected. Choose how to assign them and check the preview before assigning.</source>
        <translation>
            <numerusform>%n customer(s) selected. Choose how to assign them and check the preview before assigning.</numerusform>
            <numerusform>%n customer(s) selected. Choose how to assign them and check the preview before assigning.</numerusform>
        </translation>
    </message>
    <message>
        <source>To one person</source>
        <translation>To one person</translation>
    </message>
    <message>
        <source>Round-robin over the members</source>
        <translation>Round-robin over the members</translation>
    </message>
    <message>
        <source>By ranking (best performers first)</source>
        <translation>By ranking (best performers first)</translation>
    </message>
    <message>
        <source>At random among the members</source>
        <translation>At random among the members</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategy:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Optional; kept in the ownership history</source>
        <translation>Optional; kept in the ownership history</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>Chec&amp;k none</source>
        <translation>Chec&amp;k none</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Compute the moves again (F5)</source>
        <translation>Compute the moves again (F5)</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Assi&amp;gn</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>All my teams</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Check the person who gets the customers.</source>
        <translation>Check the person who gets the customers.</translation>
    </message>
    <message>
        <source>Check the members to share the customers among.</source>
        <translation>Check the members to share the customers among.</translation>
    </message>
    <message>
        <source>Check at least one member.</source>
        <translation>Check at least one member.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be assigned.</source>
        <translation>
            <numerusform>%n customer(s) will be assigned.</numerusform>
            <numerusform>%n customer(s) will be assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can take these customers: see the notes in the preview.</source>
        <translation>Nobody can take these customers: see the notes in the preview.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were assigned.</source>
        <translation>
            <numerusform>%n customer(s) were assigned.</numerusform>
            <numerusform>%n customer(s) were assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(not visible)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be assigned; %1 cannot be placed (see the note of each).</source>
        <translation>
            <numerusform>%n customer(s) will be assigned; %1 cannot be placed (see the note of each).</numerusform>
            <numerusform>%n customer(s) will be assigned; %1 cannot be placed (see the note of each).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AttendancePage</name>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Leave requests</source>
        <translation>Leave requests</translation>
    </message>
    <message>
        <source>Request leave…</source>
        <translation>Request leave…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Attendance and leave</source>
        <translation>Attendance and leave</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) with attendance records; employees without records are paid in full.</source>
        <translation>
            <numerusform>%n employee(s) with attendance records; employees without records are paid in full.</numerusform>
            <numerusform>%n employee(s) with attendance records; employees without records are paid in full.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM.</source>
        <translation>Enter a month as YYYY-MM.</translation>
    </message>
    <message>
        <source>The leave request was saved; it waits for approval.</source>
        <translation>The leave request was saved; it waits for approval.</translation>
    </message>
    <message>
        <source>Reject the leave request</source>
        <translation>Reject the leave request</translation>
    </message>
    <message>
        <source>Why is the leave rejected?</source>
        <translation>Why is the leave rejected?</translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLabels</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>City profile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Employee attachment</source>
        <translation>Employee attachment</translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation>Labour contract</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Customer contact</translation>
    </message>
    <message>
        <source>Customer ownership</source>
        <translation>Customer ownership</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Opportunity stage</source>
        <translation>Opportunity stage</translation>
    </message>
    <message>
        <source>Pool rule</source>
        <translation>Pool rule</translation>
    </message>
    <message>
        <source>Pool limit</source>
        <translation>Pool limit</translation>
    </message>
    <message>
        <source>Pool sweep</source>
        <translation>Pool sweep</translation>
    </message>
    <message>
        <source>Created in bulk</source>
        <translation>Created in bulk</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>Claimed from the pool</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Released to the pool</source>
        <translation>Released to the pool</translation>
    </message>
    <message>
        <source>Reclaimed: no follow-up</source>
        <translation>Reclaimed: no follow-up</translation>
    </message>
    <message>
        <source>Reclaimed: no deal</source>
        <translation>Reclaimed: no deal</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Owner changed by hand</source>
        <translation>Owner changed by hand</translation>
    </message>
    <message>
        <source>Visit re-matched</source>
        <translation>Visit re-matched</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Stage changed</translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLogPage</name>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>Search records, users and values…</source>
        <translation>Search records, users and values…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Check the audit trail's hash chain and that every audited record still matches its last audited state</source>
        <translation>Check the audit trail's hash chain and that every audited record still matches its last audited state</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>Verifying the audit trail</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <source>The audit trail verifies: the chain is intact and every audited record matches its last audited state.</source>
        <translation>The audit trail verifies: the chain is intact and every audited record matches its last audited state.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s), listed below the log: records were changed outside the application or the trail was altered.</source>
        <translation>
            <numerusform>The check found %n problem(s), listed below the log: records were changed outside the application or the trail was altered.</numerusform>
            <numerusform>The check found %n problem(s), listed below the log: records were changed outside the application or the trail was altered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLogTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditRecordView</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Select a record to see what changed.</source>
        <translation>Select a record to see what changed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3 &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;by %5 at %6, record no. %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3 &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;by %5 at %6, record no. %7</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackgroundRead</name>
    <message>
        <source>Reading failed: %1</source>
        <translation>Reading failed: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackupPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup and restore&lt;/b&gt; — a backup is a consistent copy of the whole database, taken while everyone keeps working. Keep copies on another disk.</source>
        <translation>&lt;b&gt;Backup and restore&lt;/b&gt; — a backup is a consistent copy of the whole database, taken while everyone keeps working. Keep copies on another disk.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> newest backups</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first:</source>
        <translation>Backups in the folder, newest first:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>Restore from a f&amp;ile…</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>Choose a backup folder first.</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <source>TeamLedger database (*.db);;All files (*)</source>
        <translation>TeamLedger database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be restored: the check found %n problem(s), listed below.</source>
        <translation>
            <numerusform>%1 cannot be restored: the check found %n problem(s), listed below.</numerusform>
            <numerusform>%1 cannot be restored: the check found %n problem(s), listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?</source>
        <translation>Replace the current database with the backup %1?</translation>
    </message>
    <message>
        <source>Every change made since that backup will be gone. The current database is kept beside it as a copy. TeamLedger closes the database, restores the backup and then asks you to log in again.</source>
        <translation>Every change made since that backup will be gone. The current database is kept beside it as a copy. TeamLedger closes the database, restores the backup and then asks you to log in again.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Back up &amp;to a file…</source>
        <translation>Back up &amp;to a file…</translation>
    </message>
    <message>
        <source>Refr&amp;esh</source>
        <translation>Refr&amp;esh</translation>
    </message>
</context>
<context>
    <name>tl::ui::BasisPointsText</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeCollectorDialog</name>
    <message>
        <source>Change collector</source>
        <translation>Change collector</translation>
    </message>
    <message>
        <source>New &amp;collector:</source>
        <translation>New &amp;collector:</translation>
    </message>
    <message>
        <source>Responsible &amp;from:</source>
        <translation>Responsible &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New collector: %1</source>
        <translation>New collector: %1</translation>
    </message>
    <message>
        <source>New collector: choose the employee who collects from now on.</source>
        <translation>New collector: choose the employee who collects from now on.</translation>
    </message>
    <message numerus="yes">
        <source>%1 collects %n instalment(s) now.</source>
        <translation>
            <numerusform>%1 collects %n instalment(s) now.</numerusform>
            <numerusform>%1 collects %n instalment(s) now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::CheckinMonthTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Effective visits</source>
        <translation>Effective visits</translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation>Effective share</translation>
    </message>
</context>
<context>
    <name>tl::ui::CheckinTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Not effective</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Matched customer</source>
        <translation>Matched customer</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>tl::ui::CityProfileDialog</name>
    <message>
        <source>Half up to the fen</source>
        <translation>Half up to the fen</translation>
    </message>
    <message>
        <source>Half up to the jiao</source>
        <translation>Half up to the jiao</translation>
    </message>
    <message>
        <source>Half up to the yuan</source>
        <translation>Half up to the yuan</translation>
    </message>
    <message>
        <source>Up to the jiao</source>
        <translation>Up to the jiao</translation>
    </message>
    <message>
        <source>Up to the yuan</source>
        <translation>Up to the yuan</translation>
    </message>
    <message>
        <source>Down to the jiao</source>
        <translation>Down to the jiao</translation>
    </message>
    <message>
        <source>Down to the yuan</source>
        <translation>Down to the yuan</translation>
    </message>
    <message>
        <source>New city profile</source>
        <translation>New city profile</translation>
    </message>
    <message>
        <source>A profile applies from its date on; earlier months keep the profile that was in force then. Amounts in yuan, rates in percent.</source>
        <translation>A profile applies from its date on; earlier months keep the profile that was in force then. Amounts in yuan, rates in percent.</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>Effective &amp;from:</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>Base from</source>
        <translation>Base from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Employee, %</source>
        <translation>Employee, %</translation>
    </message>
    <message>
        <source>Employer, %</source>
        <translation>Employer, %</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>Work injury</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Housing fund and minimum wage</source>
        <translation>Housing fund and minimum wage</translation>
    </message>
    <message>
        <source>Rate each, %</source>
        <translation>Rate each, %</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
</context>
<context>
    <name>tl::ui::CityProfilesPanel</name>
    <message>
        <source>&amp;Add a dated profile…</source>
        <translation>&amp;Add a dated profile…</translation>
    </message>
    <message>
        <source>Contribution bases, rates and the minimum wage per city, each valid from its date. A change is a new profile from a date on, so past payrolls keep their figures.</source>
        <translation>Contribution bases, rates and the minimum wage per city, each valid from its date. A change is a new profile from a date on, so past payrolls keep their figures.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Social insurance base</source>
        <translation>Social insurance base</translation>
    </message>
    <message>
        <source>Housing fund base</source>
        <translation>Housing fund base</translation>
    </message>
    <message>
        <source>Housing fund rate</source>
        <translation>Housing fund rate</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The city profile was added.</source>
        <translation>The city profile was added.</translation>
    </message>
    <message>
        <source>Employee rates</source>
        <translation>Employee rates</translation>
    </message>
    <message>
        <source>Employer rates</source>
        <translation>Employer rates</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Pension / medical / unemployment</source>
        <translation>Pension / medical / unemployment</translation>
    </message>
    <message>
        <source>Pension / medical / unemployment / work injury</source>
        <translation>Pension / medical / unemployment / work injury</translation>
    </message>
    <message>
        <source>Social insurance / housing fund</source>
        <translation>Social insurance / housing fund</translation>
    </message>
</context>
<context>
    <name>tl::ui::CliLookup</name>
    <message>
        <source>There is no employee with the code %1.</source>
        <translation>There is no employee with the code %1.</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>There is no customer with the code %1.</translation>
    </message>
    <message>
        <source>The %1 date must be a date (YYYY-MM-DD): '%2'.</source>
        <translation>The %1 date must be a date (YYYY-MM-DD): '%2'.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>The output file %1 must end in %2.</source>
        <translation>The output file %1 must end in %2.</translation>
    </message>
    <message>
        <source>The folder of the output file %1 does not exist.</source>
        <translation>The folder of the output file %1 does not exist.</translation>
    </message>
    <message>
        <source>The output file %1 is a folder.</source>
        <translation>The output file %1 is a folder.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Edit contact %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Purchasing manager</source>
        <translation>e.g. Purchasing manager</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>WeChat:</source>
        <translation>WeChat:</translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation>&amp;Primary contact</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enter the contact's name.</source>
        <translation>Enter the contact's name.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractAttachmentsPanel</name>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>%1 (%2, to be stored with the contract)</source>
        <translation>%1 (%2, to be stored with the contract)</translation>
    </message>
    <message>
        <source>%1 (%2, added %3)</source>
        <translation>%1 (%2, added %3)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>The file %1 is larger than %2.</translation>
    </message>
    <message>
        <source>No file is selected.</source>
        <translation>No file is selected.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Remove the file %1 from the contract? It cannot be restored from here.</source>
        <translation>Remove the file %1 from the contract? It cannot be restored from here.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Add a file to the contract</source>
        <translation>Add a file to the contract</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Save the file as</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractDetailDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>The contract is signed: its instalments become receivables</source>
        <translation>The contract is signed: its instalments become receivables</translation>
    </message>
    <message>
        <source>C&amp;lose contract</source>
        <translation>C&amp;lose contract</translation>
    </message>
    <message>
        <source>Nothing is left to collect</source>
        <translation>Nothing is left to collect</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>&amp;Cancel contract…</source>
        <translation>&amp;Cancel contract…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>Payments allocated</source>
        <translation>Payments allocated</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% a year (contract)</source>
        <translation>%1% a year (contract)</translation>
    </message>
    <message>
        <source>%1% a year (company default)</source>
        <translation>%1% a year (company default)</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Customer: %1 (%2)</translation>
    </message>
    <message>
        <source>Salesperson: %1 (%2)</source>
        <translation>Salesperson: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Written off: %1</source>
        <translation>Written off: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Late interest: %1</source>
        <translation>Late interest: %1</translation>
    </message>
    <message>
        <source>Contract %1 was saved.</source>
        <translation>Contract %1 was saved.</translation>
    </message>
    <message>
        <source>Contract %1 is active: its instalments are receivables now.</source>
        <translation>Contract %1 is active: its instalments are receivables now.</translation>
    </message>
    <message>
        <source>Contract %1 is closed.</source>
        <translation>Contract %1 is closed.</translation>
    </message>
    <message>
        <source>Contract %1 is active again.</source>
        <translation>Contract %1 is active again.</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>Cancel contract</translation>
    </message>
    <message>
        <source>Cancel contract %1 of %2 over %3? A cancelled contract is void: its instalments are no longer receivables and it cannot be edited again.</source>
        <translation>Cancel contract %1 of %2 over %3? A cancelled contract is void: its instalments are no longer receivables and it cannot be edited again.</translation>
    </message>
    <message>
        <source>Contract %1 was cancelled.</source>
        <translation>Contract %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Amount and terms</source>
        <translation>Amount and terms</translation>
    </message>
    <message>
        <source>e.g. HT-2026-001</source>
        <translation>e.g. HT-2026-001</translation>
    </message>
    <message>
        <source>Contract &amp;no.:</source>
        <translation>Contract &amp;no.:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>The salesperson credited with the contract; collects its instalments</source>
        <translation>The salesperson credited with the contract; collects its instalments</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Salesperson:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gned on:</translation>
    </message>
    <message>
        <source>Draft: not signed yet (creates no receivable)</source>
        <translation>Draft: not signed yet (creates no receivable)</translation>
    </message>
    <message>
        <source>yuan, e.g. 120,000.00</source>
        <translation>yuan, e.g. 120,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Own rate</source>
        <translation>Own rate</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% a year</translation>
    </message>
    <message>
        <source>otherwise the company default, %1% a year</source>
        <translation>otherwise the company default, %1% a year</translation>
    </message>
    <message>
        <source>Late &amp;interest:</source>
        <translation>Late &amp;interest:</translation>
    </message>
    <message>
        <source>what was sold, e.g. 2026 annual service</source>
        <translation>what was sold, e.g. 2026 annual service</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Saving waits until the instalments add up to the contract amount.</source>
        <translation>Saving waits until the instalments add up to the contract amount.</translation>
    </message>
    <message>
        <source>enter the annual rate in percent</source>
        <translation>enter the annual rate in percent</translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>Instalment %1: %2</translation>
    </message>
    <message>
        <source>The instalments must add up to the contract amount.</source>
        <translation>The instalments must add up to the contract amount.</translation>
    </message>
    <message>
        <source>Contract %1 was saved, but a file was not stored: %2</source>
        <translation>Contract %1 was saved, but a file was not stored: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractFilterBar</name>
    <message>
        <source>Signed from</source>
        <translation>Signed from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Search contract number or customer name</source>
        <translation>Search contract number or customer name</translation>
    </message>
    <message>
        <source>Sa&amp;lesperson:</source>
        <translation>Sa&amp;lesperson:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractInstallmentTableModel</name>
    <message>
        <source>%1 waiting for approval</source>
        <translation>%1 waiting for approval</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractTableModel</name>
    <message>
        <source>%1 of %2 collected</source>
        <translation>%1 of %2 collected</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Paid instalments</source>
        <translation>Paid instalments</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractsPage</name>
    <message>
        <source>Sales contracts</source>
        <translation>Sales contracts</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;New contract…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract(s)</numerusform>
            <numerusform>%Ln contract(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 was created.</source>
        <translation>Contract %1 was created.</translation>
    </message>
    <message>
        <source>Contract %1 was saved.</source>
        <translation>Contract %1 was saved.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerContactTableModel</name>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Hidden: contact details are shown to the customer's owner and their managers</source>
        <translation>Hidden: contact details are shown to the customer's owner and their managers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerContactsPanel</name>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <source>Edit co&amp;ntact…</source>
        <translation>Edit co&amp;ntact…</translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation>Remo&amp;ve contact</translation>
    </message>
    <message>
        <source>Contact details of pool customers are shown after the customer is claimed.</source>
        <translation>Contact details of pool customers are shown after the customer is claimed.</translation>
    </message>
    <message>
        <source>Contact details are shown to the customer's owner and their managers.</source>
        <translation>Contact details are shown to the customer's owner and their managers.</translation>
    </message>
    <message>
        <source>Contact %1 was added.</source>
        <translation>Contact %1 was added.</translation>
    </message>
    <message>
        <source>Contact %1 was saved.</source>
        <translation>Contact %1 was saved.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts of %2?</source>
        <translation>Remove %1 from the contacts of %2?</translation>
    </message>
    <message>
        <source>Contact %1 was removed.</source>
        <translation>Contact %1 was removed.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerCountdown</name>
    <message numerus="yes">
        <source>%n day(s) left before the pool</source>
        <extracomment>Reclaim countdown on a customer row; Chinese: 还剩 %n 天进入公海</extracomment>
        <translation>
            <numerusform>%n day(s) left before the pool</numerusform>
            <numerusform>%n day(s) left before the pool</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes to the pool today</source>
        <extracomment>Chinese: 今天进入公海</extracomment>
        <translation>Goes to the pool today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue for the pool</source>
        <extracomment>The reclaim date has passed but the sweep has not run yet; Chinese: 已超期 %n 天，待收回公海</extracomment>
        <translation>
            <numerusform>%n day(s) overdue for the pool</numerusform>
            <numerusform>%n day(s) overdue for the pool</numerusform>
        </translation>
    </message>
    <message>
        <source>Open receivables: not reclaimed</source>
        <translation>Open receivables: not reclaimed</translation>
    </message>
    <message>
        <source>Reclaimed to the pool on %1 unless it is followed up.</source>
        <translation>Reclaimed to the pool on %1 unless it is followed up.</translation>
    </message>
    <message>
        <source>Within the warning window: reclaimed to the pool on %1 unless it is followed up.</source>
        <translation>Within the warning window: reclaimed to the pool on %1 unless it is followed up.</translation>
    </message>
    <message>
        <source>The next pool sweep reclaims this customer today (%1).</source>
        <translation>The next pool sweep reclaims this customer today (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Due back to the pool since %1 (%n day(s) ago); the next pool sweep reclaims it.</source>
        <translation>
            <numerusform>Due back to the pool since %1 (%n day(s) ago); the next pool sweep reclaims it.</numerusform>
            <numerusform>Due back to the pool since %1 (%n day(s) ago); the next pool sweep reclaims it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has open receivables, so the pool sweep never reclaims it automatically; the manager is told instead.</source>
        <translation>This customer has open receivables, so the pool sweep never reclaims it automatically; the manager is told instead.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerDetailDialog</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Ownership &amp;history</source>
        <translation>Ownership &amp;history</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Opportunities</translation>
    </message>
    <message>
        <source>Loca&amp;tion</source>
        <translation>Loca&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>&amp;Log follow-up…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Release to pool…</source>
        <translation>&amp;Release to pool…</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Customer not available</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>separator between facts in the customer header</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>In the customer pool since %1</source>
        <translation>In the customer pool since %1</translation>
    </message>
    <message>
        <source>Owner: %1 (%2), since %3</source>
        <translation>Owner: %1 (%2), since %3</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation>Customer %1 was saved.</translation>
    </message>
    <message>
        <source>Follow-up logged for %1.</source>
        <translation>Follow-up logged for %1.</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>Risk: no receivables history</source>
        <translation>Risk: no receivables history</translation>
    </message>
    <message>
        <source>No receivables history to score as of %1.</source>
        <translation>No receivables history to score as of %1.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Risk as of %1</source>
        <translation>Risk as of %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Edit customer %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Location and terms</source>
        <translation>Location and terms</translation>
    </message>
    <message>
        <source>e.g. C00001</source>
        <translation>e.g. C00001</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Registered name of the company or person</source>
        <translation>Registered name of the company or person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>employee code; empty = customer pool</source>
        <translation>employee code; empty = customer pool</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>primary contact's name</source>
        <translation>primary contact's name</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>e.g. East China</source>
        <translation>e.g. East China</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>e.g. 31.230416</source>
        <translation>e.g. 31.230416</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <source>e.g. 121.473701</source>
        <translation>e.g. 121.473701</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <source>yuan, e.g. 50,000.00</source>
        <translation>yuan, e.g. 50,000.00</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Credit limit:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Payment terms:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>The code of an existing customer cannot be changed.</source>
        <translation>The code of an existing customer cannot be changed.</translation>
    </message>
    <message>
        <source>A new customer belongs to you.</source>
        <translation>A new customer belongs to you.</translation>
    </message>
    <message>
        <source>The owner changes through the customer pool: claim, release or assign.</source>
        <translation>The owner changes through the customer pool: claim, release or assign.</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>Customer pool</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>The credit limit cannot be negative.</translation>
    </message>
    <message>
        <source>Customer %1 was created, but its contact was not saved: %2</source>
        <translation>Customer %1 was created, but its contact was not saved: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerFilterBar</name>
    <message>
        <source>Re&amp;claimed within</source>
        <translation>Re&amp;claimed within</translation>
    </message>
    <message>
        <source>Search code, name, region or industry</source>
        <translation>Search code, name, region or industry</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Only customers that go back to the pool within this many days</source>
        <translation>Only customers that go back to the pool within this many days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>code or name</translation>
    </message>
    <message>
        <source>No employee %1 in your view</source>
        <translation>No employee %1 in your view</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerListPage</name>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Team customers</source>
        <translation>Team customers</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>&amp;Log follow-up…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Release to pool…</source>
        <translation>&amp;Release to pool…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Give the selected customers to a team member, or spread them over the team</source>
        <translation>Give the selected customers to a team member, or spread them over the team</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer(s)</numerusform>
            <numerusform>%Ln customer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 was created.</source>
        <translation>Customer %1 was created.</translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation>Customer %1 was saved.</translation>
    </message>
    <message>
        <source>Follow-up logged for %1.</source>
        <translation>Follow-up logged for %1.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerLocationPanel</name>
    <message>
        <source>Copy coor&amp;dinates</source>
        <translation>Copy coor&amp;dinates</translation>
    </message>
    <message>
        <source>Copy addre&amp;ss</source>
        <translation>Copy addre&amp;ss</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>Latitude and longitude in WGS-84 degrees; paste them into a map application. Field check-ins within the visit distance of these coordinates count as visits.</source>
        <translation>Latitude and longitude in WGS-84 degrees; paste them into a map application. Field check-ins within the visit distance of these coordinates count as visits.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>latitude, longitude: %1</source>
        <translation>latitude, longitude: %1</translation>
    </message>
    <message>
        <source>Coordinates copied: %1</source>
        <translation>Coordinates copied: %1</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Address copied.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerOpportunitiesPanel</name>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>&amp;New opportunity…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>&amp;Move to stage</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Stages: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 was created.</source>
        <translation>Opportunity %1 was created.</translation>
    </message>
    <message>
        <source>Opportunity %1 was saved.</source>
        <translation>Opportunity %1 was saved.</translation>
    </message>
    <message>
        <source>Opportunity %1 is now at %2.</source>
        <translation>Opportunity %1 is now at %2.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerOpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerPicker</name>
    <message>
        <source>customer code or name</source>
        <translation>customer code or name</translation>
    </message>
    <message>
        <source>No customer %1 in your view</source>
        <translation>No customer %1 in your view</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerRelease</name>
    <message numerus="yes">
        <source>%n customer(s) released to the pool.</source>
        <translation>
            <numerusform>%n customer(s) released to the pool.</numerusform>
            <numerusform>%n customer(s) released to the pool.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1 (%2) to the customer pool?</source>
        <translation>Release %1 (%2) to the customer pool?</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between customer names in a list; Chinese: 、</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n customer(s) to the customer pool?
%1</source>
        <translation>
            <numerusform>Release %n customer(s) to the customer pool?
%1</numerusform>
            <numerusform>Release %n customer(s) to the customer pool?
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>Release to the pool</translation>
    </message>
    <message>
        <source>Anyone may then claim them; the former owner only after the cooldown.</source>
        <translation>Anyone may then claim them; the former owner only after the cooldown.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerTableModel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>In the customer pool since %1</source>
        <translation>In the customer pool since %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follow-up by the owner since the ownership started</source>
        <translation>No follow-up by the owner since the ownership started</translation>
    </message>
    <message>
        <source>Hidden: claim the customer to see its contacts</source>
        <translation>Hidden: claim the customer to see its contacts</translation>
    </message>
    <message>
        <source>Hidden: your role may not see this customer's contacts</source>
        <translation>Hidden: your role may not see this customer's contacts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owned since</source>
        <translation>Owned since</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>Pool countdown</source>
        <translation>Pool countdown</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No receivables history to score</source>
        <translation>No receivables history to score</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>tl::ui::DemandDialog</name>
    <message>
        <source>Record payment demand</source>
        <translation>Record payment demand</translation>
    </message>
    <message>
        <source>Only contract %1 (else all of the customer's receivables)</source>
        <translation>Only contract %1 (else all of the customer's receivables)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>e.g. EMS 1234567890, e-mail, in person</source>
        <translation>e.g. EMS 1234567890, e-mail, in person</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>%1 to %2 on %3 recorded.</source>
        <translation>%1 to %2 on %3 recorded.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DepartmentPanel</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add a sub-department under the selected one</source>
        <translation>Add a sub-department under the selected one</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename the selected department</source>
        <translation>Rename the selected department</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected department (only when it has no sub-departments and no employees)</source>
        <translation>Delete the selected department (only when it has no sub-departments and no employees)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name of the new top-level department:</source>
        <translation>Name of the new top-level department:</translation>
    </message>
    <message>
        <source>Name of the new department under %1:</source>
        <translation>Name of the new department under %1:</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Department %1 was added.</source>
        <translation>Department %1 was added.</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>The department was renamed to %1.</source>
        <translation>The department was renamed to %1.</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Delete the department %1?</source>
        <translation>Delete the department %1?</translation>
    </message>
    <message>
        <source>Department %1 was deleted.</source>
        <translation>Department %1 was deleted.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DocumentPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for painting.</source>
        <translation>The printer or the PDF file could not be opened for painting.</translation>
    </message>
    <message>
        <source>The pages could not be completed.</source>
        <translation>The pages could not be completed.</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeContractsPanel</name>
    <message>
        <source>&amp;Add contract…</source>
        <translation>&amp;Add contract…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Re&amp;new…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>A new contract starting the day after the last one ends, with the same term</source>
        <translation>A new contract starting the day after the last one ends, with the same term</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts&lt;/b&gt; — select an employee to see the contract history.</source>
        <translation>&lt;b&gt;Labour contracts&lt;/b&gt; — select an employee to see the contract history.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Labour contracts of %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>The labour contract of %1 was added.</source>
        <translation>The labour contract of %1 was added.</translation>
    </message>
    <message>
        <source>The labour contract of %1 was renewed.</source>
        <translation>The labour contract of %1 was renewed.</translation>
    </message>
    <message>
        <source>The labour contract was saved.</source>
        <translation>The labour contract was saved.</translation>
    </message>
    <message>
        <source>Your role may not view labour contracts.</source>
        <translation>Your role may not view labour contracts.</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeDialog</name>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Personal and payment</source>
        <translation>Personal and payment</translation>
    </message>
    <message>
        <source>e.g. E0001</source>
        <translation>e.g. E0001</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Job role:</source>
        <translation>Job role:</translation>
    </message>
    <message>
        <source>code, or type a name to search</source>
        <translation>code, or type a name to search</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Hire date:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Leaves on</translation>
    </message>
    <message>
        <source>Leave date:</source>
        <translation>Leave date:</translation>
    </message>
    <message>
        <source>18-digit resident ID</source>
        <translation>18-digit resident ID</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Bank account:</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Work city:</source>
        <translation>Work city:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Masked: your role may not see full ID numbers, so this field cannot be changed here.</source>
        <translation>Masked: your role may not see full ID numbers, so this field cannot be changed here.</translation>
    </message>
    <message>
        <source>Masked: your role may not see full bank accounts, so this field cannot be changed here.</source>
        <translation>Masked: your role may not see full bank accounts, so this field cannot be changed here.</translation>
    </message>
    <message>
        <source>Use "Change status" on the employees page to change the status.</source>
        <translation>Use "Change status" on the employees page to change the status.</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>Employee %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit employee %1</source>
        <translation>Edit employee %1</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>New employee</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Born %1, %2</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Gender: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeePicker</name>
    <message>
        <source>employee code or name</source>
        <translation>employee code or name</translation>
    </message>
    <message>
        <source>No employee %1 in your view</source>
        <translation>No employee %1 in your view</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeStatusDialog</name>
    <message>
        <source>Leaves on</source>
        <translation>Leaves on</translation>
    </message>
    <message>
        <source>Change status: %1 %2</source>
        <translation>Change status: %1 %2</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>%1 %2 — now %3</source>
        <translation>%1 %2 — now %3</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Leave date:</source>
        <translation>Leave date:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeTableModel</name>
    <message>
        <source>Masked: your role may not see full ID numbers.</source>
        <translation>Masked: your role may not see full ID numbers.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Job role</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Work city</source>
        <translation>Work city</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Search code, name, mobile or position</source>
        <translation>Search code, name, mobile or position</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All current</source>
        <translation>All current</translation>
    </message>
    <message>
        <source>Include &amp;left</source>
        <translation>Include &amp;left</translation>
    </message>
    <message>
        <source>Also list employees who have left</source>
        <translation>Also list employees who have left</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>&amp;New employee…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Employee %1 was created.</source>
        <translation>Employee %1 was created.</translation>
    </message>
    <message>
        <source>Employee %1 was saved.</source>
        <translation>Employee %1 was saved.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee(s)</numerusform>
            <numerusform>%Ln employee(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::EvidenceCoveragePanel</name>
    <message>
        <source>By salesperson</source>
        <translation>By salesperson</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>By customer</translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation>Every salesperson</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computing the coverage…</source>
        <translation>Computing the coverage…</translation>
    </message>
    <message>
        <source>Nothing was open on %1.</source>
        <translation>Nothing was open on %1.</translation>
    </message>
    <message>
        <source>As of %1, %2 of the open %3 (%4) is backed by a letter the customer replied to in the last 12 months.</source>
        <translation>As of %1, %2 of the open %3 (%4) is backed by a letter the customer replied to in the last 12 months.</translation>
    </message>
</context>
<context>
    <name>tl::ui::EvidenceCoverageTableModel</name>
    <message>
        <source>Share of the open balance on instalments listed on a letter the customer confirmed (or answered with a difference) in the last 12 months</source>
        <translation>Share of the open balance on instalments listed on a letter the customer confirmed (or answered with a difference) in the last 12 months</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <source>Covered by letters</source>
        <translation>Covered by letters</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Covered items</source>
        <translation>Covered items</translation>
    </message>
</context>
<context>
    <name>tl::ui::EvidenceFileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>no file (optional)</source>
        <translation>no file (optional)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>The file %1 is larger than %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the evidence</source>
        <translation>Choose the evidence</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.doc *.docx);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.doc *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tl::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to TeamLedger</source>
        <translation>Welcome to TeamLedger</translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation>&amp;Create my company</translation>
    </message>
    <message>
        <source>Start with an empty ledger: your company, its city and the system administrator's account.</source>
        <translation>Start with an empty ledger: your company, its city and the system administrator's account.</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>Open the &amp;demo company</translation>
    </message>
    <message>
        <source>A made-up company with departments, employees and labour contracts, to try TeamLedger out. Its users admin, hr, finance, manager, sales and auditor share the password you choose.</source>
        <translation>A made-up company with departments, employees and labour contracts, to try TeamLedger out. Its users admin, hr, finance, manager, sales and auditor share the password you choose.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>The city selects the built-in social-insurance and housing-fund profile; both can be changed later in Settings.</source>
        <translation>The city selects the built-in social-insurance and housing-fund profile; both can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name:</source>
        <translation>Administrator's &amp;user name:</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The demo company</source>
        <translation>The demo company</translation>
    </message>
    <message>
        <source>Choose the password of the demo users (admin, hr, finance, manager, sales, auditor).</source>
        <translation>Choose the password of the demo users (admin, hr, finance, manager, sales, auditor).</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>Enter the company's name.</translation>
    </message>
    <message>
        <source>Enter the administrator's user name.</source>
        <translation>Enter the administrator's user name.</translation>
    </message>
    <message>
        <source>%1 already holds a company; it is not changed.</source>
        <translation>%1 already holds a company; it is not changed.</translation>
    </message>
    <message>
        <source>Creating the company</source>
        <translation>Creating the company</translation>
    </message>
    <message>
        <source>Creating the company…</source>
        <translation>Creating the company…</translation>
    </message>
    <message>
        <source>Generating the demo company</source>
        <translation>Generating the demo company</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>Generating the demo company…</translation>
    </message>
    <message>
        <source>Choose how to start.</source>
        <translation>Choose how to start.</translation>
    </message>
    <message>
        <source>The ledger keeps its data in one file on this computer: %1</source>
        <translation>The ledger keeps its data in one file on this computer: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpDialog</name>
    <message>
        <source>Log follow-up</source>
        <translation>Log follow-up</translation>
    </message>
    <message>
        <source>Key %1 (Alt+%1 from any field)</source>
        <translation>Key %1 (Alt+%1 from any field)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>What was discussed, what the customer needs, what was agreed</source>
        <translation>What was discussed, what the customer needs, what was agreed</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 days</translation>
    </message>
    <message>
        <source>Next follow-up in 3 days</source>
        <translation>Next follow-up in 3 days</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 days</translation>
    </message>
    <message>
        <source>Next follow-up in 7 days</source>
        <translation>Next follow-up in 7 days</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Next follow-up:</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>The date the customer promised to pay</source>
        <translation>The date the customer promised to pay</translation>
    </message>
    <message>
        <source>Promised payment:</source>
        <translation>Promised payment:</translation>
    </message>
    <message>
        <source>Keys 1–5 choose the method · Ctrl+Enter saves · Esc cancels</source>
        <translation>Keys 1–5 choose the method · Ctrl+Enter saves · Esc cancels</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Customer not available</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Log follow-up: %1</source>
        <translation>Log follow-up: %1</translation>
    </message>
    <message>
        <source>Write what was discussed.</source>
        <translation>Write what was discussed.</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Promised payment</source>
        <translation>Promised payment</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpTimelinePanel</name>
    <message>
        <source>Log follow-up…</source>
        <translation>Log follow-up…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>No follow-ups yet.</translation>
    </message>
    <message>
        <source>Select a follow-up to read all of it.</source>
        <translation>Select a follow-up to read all of it.</translation>
    </message>
</context>
<context>
    <name>tl::ui::FunnelChart</name>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 · %3</source>
        <translation>%1&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>Sales funnel %1 – %2</source>
        <translation>Sales funnel %1 – %2</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
</context>
<context>
    <name>tl::ui::FunnelChartPage</name>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Compute the funnel again (F5)</source>
        <translation>Compute the funnel again (F5)</translation>
    </message>
    <message>
        <source>No opportunities were created from %1 to %2.</source>
        <translation>No opportunities were created from %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from %1 to %2: %3 won (%4, %5 of all), %6 lost (%7).</source>
        <translation>
            <numerusform>%n opportunity(s) created from %1 to %2: %3 won (%4, %5 of all), %6 lost (%7).</numerusform>
            <numerusform>%n opportunity(s) created from %1 to %2: %3 won (%4, %5 of all), %6 lost (%7).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Created from:</source>
        <translation>&amp;Created from:</translation>
    </message>
</context>
<context>
    <name>tl::ui::FunnelTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>Conversion from previous stage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n opportunity(s) that reached “%2” went on to “%3”.</source>
        <translation>
            <numerusform>%1 of the %n opportunity(s) that reached “%2” went on to “%3”.</numerusform>
            <numerusform>%1 of the %n opportunity(s) that reached “%2” went on to “%3”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPage</name>
    <message>
        <source>Your role may not import data.</source>
        <translation>Your role may not import data.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; — bring records in from a CSV file (UTF-8 or GBK, as Excel or WPS save it). Check first: every bad cell is listed, and an import writes all rows or none.</source>
        <translation>&lt;b&gt;Import&lt;/b&gt; — bring records in from a CSV file (UTF-8 or GBK, as Excel or WPS save it). Check first: every bad cell is listed, and an import writes all rows or none.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Download &amp;template</source>
        <translation>Download &amp;template</translation>
    </message>
    <message>
        <source>With Chinese headers…</source>
        <translation>With Chinese headers…</translation>
    </message>
    <message>
        <source>With English headers…</source>
        <translation>With English headers…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <source>Update the stored record</source>
        <translation>Update the stored record</translation>
    </message>
    <message>
        <source>Report it as a problem (new records only)</source>
        <translation>Report it as a problem (new records only)</translation>
    </message>
    <message>
        <source>&amp;Existing codes:</source>
        <translation>&amp;Existing codes:</translation>
    </message>
    <message>
        <source>Preview: the first rows as read</source>
        <translation>Preview: the first rows as read</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Validate every row without writing anything</source>
        <translation>Validate every row without writing anything</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Write all rows, or none when any row has a problem</source>
        <translation>Write all rows, or none when any row has a problem</translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation>&amp;Save problems as CSV…</translation>
    </message>
    <message>
        <source>Columns (* = required): %1</source>
        <translation>Columns (* = required): %1</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1, cells separated by %2</source>
        <translation>%1, cells separated by %2</translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s) shown</source>
        <translation>
            <numerusform>the first %n row(s) shown</numerusform>
            <numerusform>the first %n row(s) shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row(s)</numerusform>
            <numerusform>%n data row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>The import is done: %1 created, %2 updated.</source>
        <translation>The import is done: %1 created, %2 updated.</translation>
    </message>
    <message>
        <source>The check found problems; fix them in the file and check again.</source>
        <translation>The check found problems; fix them in the file and check again.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nothing was imported: the file has problems.</translation>
    </message>
    <message>
        <source>Departments created: %1</source>
        <translation>Departments created: %1</translation>
    </message>
    <message>
        <source>Departments to create: %1</source>
        <translation>Departments to create: %1</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>The template was saved as %1.</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-problems.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <source>The problems were saved as %1.</source>
        <translation>The problems were saved as %1.</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreview</name>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreviewTableModel</name>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Not a column of this import: it is ignored.</source>
        <translation>Not a column of this import: it is ignored.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportProblemTableModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>tl::ui::InstallmentScheduleModel</name>
    <message>
        <source>%1 (written off %2)</source>
        <translation>%1 (written off %2)</translation>
    </message>
    <message>
        <source>This instalment has received money or a write-off: its due date and amount stay as they are.</source>
        <translation>This instalment has received money or a write-off: its due date and amount stay as they are.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>tl::ui::InterestDialog</name>
    <message>
        <source>Interest and limitation: %1 #%2</source>
        <translation>Interest and limitation: %1 #%2</translation>
    </message>
    <message>
        <source>%1 (%2), due %3, as of %4</source>
        <translation>%1 (%2), due %3, as of %4</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Late interest</translation>
    </message>
    <message>
        <source>Principal overdue: %1</source>
        <translation>Principal overdue: %1</translation>
    </message>
    <message>
        <source>Annual rate: %1% (%2)</source>
        <translation>Annual rate: %1% (%2)</translation>
    </message>
    <message>
        <source>the contract's rate</source>
        <translation>the contract's rate</translation>
    </message>
    <message>
        <source>the company's default rate</source>
        <translation>the company's default rate</translation>
    </message>
    <message>
        <source>Days that bore interest: %1</source>
        <translation>Days that bore interest: %1</translation>
    </message>
    <message>
        <source>Accrued: %1</source>
        <translation>Accrued: %1</translation>
    </message>
    <message>
        <source>Settled (paid or waived): %1</source>
        <translation>Settled (paid or waived): %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Outstanding: %1</translation>
    </message>
    <message>
        <source>Limitation period (诉讼时效)</source>
        <translation>Limitation period (诉讼时效)</translation>
    </message>
    <message>
        <source>Contract %1, open balance %2</source>
        <translation>Contract %1, open balance %2</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Counted from: %1</translation>
    </message>
    <message>
        <source>Deadline to bring the claim: %1</source>
        <translation>Deadline to bring the claim: %1</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>Expired %n day(s) ago.</numerusform>
            <numerusform>Expired %n day(s) ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>%n day(s) left.</numerusform>
            <numerusform>%n day(s) left.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>A payment, a customer-confirmed reconciliation letter or a documented demand restarts the three years.</source>
        <translation>A payment, a customer-confirmed reconciliation letter or a documented demand restarts the three years.</translation>
    </message>
</context>
<context>
    <name>tl::ui::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>tl::ui::JobRunner</name>
    <message>
        <source>The job failed: %1</source>
        <translation>The job failed: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractAlertTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractDialog</name>
    <message>
        <source>New labour contract: %1 %2</source>
        <translation>New labour contract: %1 %2</translation>
    </message>
    <message>
        <source>Labour contract %1: %2 %3</source>
        <translation>Labour contract %1: %2 %3</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Probation until</source>
        <translation>Probation until</translation>
    </message>
    <message>
        <source>Probation:</source>
        <translation>Probation:</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Signing date:</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>An open-ended contract has no end date.</source>
        <translation>An open-ended contract has no end date.</translation>
    </message>
    <message>
        <source>Optional: the expected completion of the task.</source>
        <translation>Optional: the expected completion of the task.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>hired on %1</source>
        <translation>hired on %1</translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation>contract no. %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractTableModel</name>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Probation ends</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Open employee…</source>
        <translation>&amp;Open employee…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts&lt;/b&gt; — contracts ending within 30 days, probation ending within 7 days, and warnings under the Labour Contract Law (Arts. 14, 19, 82).</source>
        <translation>&lt;b&gt;Labour contracts&lt;/b&gt; — contracts ending within 30 days, probation ending within 7 days, and warnings under the Labour Contract Law (Arts. 14, 19, 82).</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>Labour contracts</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n alert(s)</source>
        <translation>
            <numerusform>As of %1: %n alert(s)</numerusform>
            <numerusform>As of %1: %n alert(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;new or add contract…</source>
        <translation>Re&amp;new or add contract…</translation>
    </message>
    <message>
        <source>The labour contract of %1 was saved.</source>
        <translation>The labour contract of %1 was saved.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LeaveRequestDialog</name>
    <message>
        <source>Request leave</source>
        <translation>Request leave</translation>
    </message>
    <message>
        <source>The last day is a half day</source>
        <translation>The last day is a half day</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Leave:</source>
        <translation>Leave:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 working day(s)</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choose at least one working day.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterGenerateDialog</name>
    <message>
        <source>One &amp;customer:</source>
        <translation>One &amp;customer:</translation>
    </message>
    <message>
        <source>The customers of one &amp;salesperson:</source>
        <translation>The customers of one &amp;salesperson:</translation>
    </message>
    <message>
        <source>&amp;Every customer with a balance</source>
        <translation>&amp;Every customer with a balance</translation>
    </message>
    <message>
        <source>Generate reconciliation letters</source>
        <translation>Generate reconciliation letters</translation>
    </message>
    <message>
        <source>One draft letter is created for each customer with an open balance on the as-of date, listing the open instalments. Print and send them, then record the customers' replies.</source>
        <translation>One draft letter is created for each customer with an open balance on the as-of date, listing the open instalments. Print and send them, then record the customers' replies.</translation>
    </message>
    <message>
        <source>Customer code or part of the name</source>
        <translation>Customer code or part of the name</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Enter the code of the customer.</source>
        <translation>Enter the code of the customer.</translation>
    </message>
    <message>
        <source>Choose the salesperson.</source>
        <translation>Choose the salesperson.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterReplyDialog</name>
    <message>
        <source>Record confirmation: %1</source>
        <translation>Record confirmation: %1</translation>
    </message>
    <message>
        <source>Record difference: %1</source>
        <translation>Record difference: %1</translation>
    </message>
    <message>
        <source>%1 %2 confirmed the balance of %3 as of %4.</source>
        <translation>%1 %2 confirmed the balance of %3 as of %4.</translation>
    </message>
    <message>
        <source>%1 %2 replied that the balance as of %3 is not %4. Enter the balance they state and their explanation; what they deny below our balance is opened as a dispute.</source>
        <translation>%1 %2 replied that the balance as of %3 is not %4. Enter the balance they state and their explanation; what they deny below our balance is opened as a dispute.</translation>
    </message>
    <message>
        <source>Reply &amp;received on:</source>
        <translation>Reply &amp;received on:</translation>
    </message>
    <message>
        <source>e.g. 12,000.00</source>
        <translation>e.g. 12,000.00</translation>
    </message>
    <message>
        <source>Balance &amp;stated by the customer:</source>
        <translation>Balance &amp;stated by the customer:</translation>
    </message>
    <message>
        <source>The customer's explanation of the difference</source>
        <translation>The customer's explanation of the difference</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Optional: PDF, PNG or JPEG</source>
        <translation>Optional: PDF, PNG or JPEG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>S&amp;can:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Choose the scan of the reply</source>
        <translation>Choose the scan of the reply</translation>
    </message>
    <message>
        <source>The stated balance must be zero or more and differ from the letter's balance of %1; if it is the same, record a confirmation.</source>
        <translation>The stated balance must be zero or more and differ from the letter's balance of %1; if it is the same, record a confirmation.</translation>
    </message>
    <message>
        <source>Enter the customer's explanation of the difference.</source>
        <translation>Enter the customer's explanation of the difference.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterSendDialog</name>
    <message>
        <source>Mark letters as sent</source>
        <translation>Mark letters as sent</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) will be marked as sent.</source>
        <translation>
            <numerusform>%n letter(s) will be marked as sent.</numerusform>
            <numerusform>%n letter(s) will be marked as sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Required for EMS and courier</source>
        <translation>Required for EMS and courier</translation>
    </message>
    <message>
        <source>&amp;Tracking no.:</source>
        <translation>&amp;Tracking no.:</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Mark &amp;sent</translation>
    </message>
    <message>
        <source>%1 needs the tracking number of each letter: mark the letters one at a time, or choose another method.</source>
        <translation>%1 needs the tracking number of each letter: mark the letters one at a time, or choose another method.</translation>
    </message>
    <message>
        <source>Enter the tracking number: it is the proof that the letter was delivered.</source>
        <translation>Enter the tracking number: it is the proof that the letter was delivered.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterStatusBoard</name>
    <message>
        <source>Show only: %1</source>
        <translation>Show only: %1</translation>
    </message>
    <message>
        <source>Every letter of the filter; the count and balance leave out cancelled letters</source>
        <translation>Every letter of the filter; the count and balance leave out cancelled letters</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n letter(s)
%2</source>
        <translation>
            <numerusform>%1
%n letter(s)
%2</numerusform>
            <numerusform>%1
%n letter(s)
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All letters
%n letter(s)
%1</source>
        <translation>
            <numerusform>All letters
%n letter(s)
%1</numerusform>
            <numerusform>All letters
%n letter(s)
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sent, reply overdue</source>
        <translation>Sent, reply overdue</translation>
    </message>
    <message>
        <source>Confirmed on %1</source>
        <translation>Confirmed on %1</translation>
    </message>
    <message>
        <source>%1: states %2 (difference %3)</source>
        <translation>%1: states %2 (difference %3)</translation>
    </message>
    <message>
        <source>The letter's items have several collectors</source>
        <translation>The letter's items have several collectors</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Payment demanded by %1</source>
        <translation>Payment demanded by %1</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>tl::ui::LettersCommand</name>
    <message>
        <source>Reconciliation letters: generate drafts and print them into one PDF.</source>
        <translation>Reconciliation letters: generate drafts and print them into one PDF.</translation>
    </message>
    <message>
        <source>'generate' creates a draft letter for each customer with an open balance as of the date: one customer, the customers of one salesperson (only the instalments that salesperson collects) or all customers. The letters get their numbers, payment and reply deadlines from the company's settings and are written into one PDF, each on its own pages. The as-of date may not be after today.</source>
        <translation>'generate' creates a draft letter for each customer with an open balance as of the date: one customer, the customers of one salesperson (only the instalments that salesperson collects) or all customers. The letters get their numbers, payment and reply deadlines from the company's settings and are written into one PDF, each on its own pages. The as-of date may not be after today.</translation>
    </message>
    <message>
        <source>The letter of one customer (its code).</source>
        <translation>The letter of one customer (its code).</translation>
    </message>
    <message>
        <source>The letters of a salesperson's customers (employee code).</source>
        <translation>The letters of a salesperson's customers (employee code).</translation>
    </message>
    <message>
        <source>The letters of every customer with a balance.</source>
        <translation>The letters of every customer with a balance.</translation>
    </message>
    <message>
        <source>The day the balances are confirmed for (required).</source>
        <translation>The day the balances are confirmed for (required).</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>The PDF file to write (required).</translation>
    </message>
    <message>
        <source>Give the letters command: generate.</source>
        <translation>Give the letters command: generate.</translation>
    </message>
    <message>
        <source>Unknown letters command '%1': use generate.</source>
        <translation>Unknown letters command '%1': use generate.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>Give exactly one of --customer CODE, --salesperson CODE and --all.</source>
        <translation>Give exactly one of --customer CODE, --salesperson CODE and --all.</translation>
    </message>
    <message>
        <source>Give the as-of date: --as-of DATE.</source>
        <translation>Give the as-of date: --as-of DATE.</translation>
    </message>
    <message>
        <source>Give the PDF file to write: --out FILE.pdf.</source>
        <translation>Give the PDF file to write: --out FILE.pdf.</translation>
    </message>
    <message>
        <source>No customer has an open balance as of %1: no letters generated, nothing written.</source>
        <translation>No customer has an open balance as of %1: no letters generated, nothing written.</translation>
    </message>
    <message>
        <source>Reconciliation letters as of %1</source>
        <translation>Reconciliation letters as of %1</translation>
    </message>
    <message>
        <source>The letters were generated as drafts (%1) but the PDF could not be written.</source>
        <translation>The letters were generated as drafts (%1) but the PDF could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n letter(s) as of %1, written to %2 (%3).</source>
        <translation>
            <numerusform>Generated %n letter(s) as of %1, written to %2 (%3).</numerusform>
            <numerusform>Generated %n letter(s) as of %1, written to %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::LettersPage</name>
    <message>
        <source>Reconciliation letters</source>
        <translation>Reconciliation letters</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>&amp;Evidence coverage</source>
        <translation>&amp;Evidence coverage</translation>
    </message>
    <message>
        <source>Letter no., customer code or name</source>
        <translation>Letter no., customer code or name</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation>Every salesperson</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Sales&amp;person:</translation>
    </message>
    <message>
        <source>Reply &amp;overdue only</source>
        <translation>Reply &amp;overdue only</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generate…</translation>
    </message>
    <message>
        <source>Create draft letters for one customer, one salesperson's customers or everyone with a balance</source>
        <translation>Create draft letters for one customer, one salesperson's customers or everyone with a balance</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>P&amp;review…</translation>
    </message>
    <message>
        <source>Preview and print the selected letters (Enter)</source>
        <translation>Preview and print the selected letters (Enter)</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the selected letters as one PDF, each letter starting on a new page</source>
        <translation>Save the selected letters as one PDF, each letter starting on a new page</translation>
    </message>
    <message>
        <source>Mark s&amp;ent…</source>
        <translation>Mark s&amp;ent…</translation>
    </message>
    <message>
        <source>&amp;Confirmed…</source>
        <translation>&amp;Confirmed…</translation>
    </message>
    <message>
        <source>The customer confirmed the balance</source>
        <translation>The customer confirmed the balance</translation>
    </message>
    <message>
        <source>&amp;Difference…</source>
        <translation>&amp;Difference…</translation>
    </message>
    <message>
        <source>The customer states another balance; a lower one opens a dispute</source>
        <translation>The customer states another balance; a lower one opens a dispute</translation>
    </message>
    <message>
        <source>&amp;No reply</source>
        <translation>&amp;No reply</translation>
    </message>
    <message>
        <source>The reply deadline passed without an answer</source>
        <translation>The reply deadline passed without an answer</translation>
    </message>
    <message>
        <source>Cancel &amp;letter…</source>
        <translation>Cancel &amp;letter…</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Sc&amp;an</translation>
    </message>
    <message>
        <source>&amp;Attach the returned scan…</source>
        <translation>&amp;Attach the returned scan…</translation>
    </message>
    <message>
        <source>&amp;Open the scan</source>
        <translation>&amp;Open the scan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter(s)</numerusform>
            <numerusform>%n letter(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Generating reconciliation letters</source>
        <translation>Generating reconciliation letters</translation>
    </message>
    <message>
        <source>No customer of the choice had an open balance on %1; no letter was created.</source>
        <translation>No customer of the choice had an open balance on %1; no letter was created.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft letter(s) created (%1 – %2) for a balance of %3. Preview and print them, send them and mark them sent.</source>
        <translation>
            <numerusform>%n draft letter(s) created (%1 – %2) for a balance of %3. Preview and print them, send them and mark them sent.</numerusform>
            <numerusform>%n draft letter(s) created (%1 – %2) for a balance of %3. Preview and print them, send them and mark them sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <source>Reconciliation letters.pdf</source>
        <translation>Reconciliation letters.pdf</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Save the letters as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letters as PDF</source>
        <translation>Saving the letters as PDF</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation>
            <numerusform>Preparing %n letter(s)…</numerusform>
            <numerusform>Preparing %n letter(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the PDF was cancelled.</source>
        <translation>Saving the PDF was cancelled.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n letter(s) saved to %1.</numerusform>
            <numerusform>%n letter(s) saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) marked as sent on %1 (%2).</source>
        <translation>
            <numerusform>%n letter(s) marked as sent on %1 (%2).</numerusform>
            <numerusform>%n letter(s) marked as sent on %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customer confirmed the balance of %2 on %3.</source>
        <translation>%1: the customer confirmed the balance of %2 on %3.</translation>
    </message>
    <message>
        <source>The confirmation was recorded.</source>
        <translation>The confirmation was recorded.</translation>
    </message>
    <message>
        <source>%1: the customer states %2, a difference of %3.</source>
        <translation>%1: the customer states %2, a difference of %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened for %1; the disputed amount is left out of reminders and automatic allocation until it is resolved.</source>
        <translation>
            <numerusform>%n dispute(s) opened for %1; the disputed amount is left out of reminders and automatic allocation until it is resolved.</numerusform>
            <numerusform>%n dispute(s) opened for %1; the disputed amount is left out of reminders and automatic allocation until it is resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dispute was opened.</source>
        <translation>No dispute was opened.</translation>
    </message>
    <message>
        <source>%1 of the difference is no longer open on the letter's items and was only recorded.</source>
        <translation>%1 of the difference is no longer open on the letter's items and was only recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) marked as unanswered.</source>
        <translation>
            <numerusform>%n letter(s) marked as unanswered.</numerusform>
            <numerusform>%n letter(s) marked as unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cancelled.</source>
        <translation>
            <numerusform>%n letter(s) cancelled.</numerusform>
            <numerusform>%n letter(s) cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel letters</source>
        <translation>Cancel letters</translation>
    </message>
    <message numerus="yes">
        <source>Why are the %n selected letter(s) cancelled? (The letters stay in the list as cancelled.)</source>
        <translation>
            <numerusform>Why are the %n selected letter(s) cancelled? (The letters stay in the list as cancelled.)</numerusform>
            <numerusform>Why are the %n selected letter(s) cancelled? (The letters stay in the list as cancelled.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan %1 was attached.</source>
        <translation>The scan %1 was attached.</translation>
    </message>
    <message>
        <source>Attach the scan of %1</source>
        <translation>Attach the scan of %1</translation>
    </message>
    <message>
        <source>No temporary folder is available for the scan.</source>
        <translation>No temporary folder is available for the scan.</translation>
    </message>
    <message>
        <source>No program opens %1; it was saved as %2.</source>
        <translation>No program opens %1; it was saved as %2.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>TeamLedger — log in</source>
        <translation>TeamLedger — log in</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:16pt; font-weight:600'&gt;TeamLedger&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:16pt; font-weight:600'&gt;TeamLedger&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LossClaimDialog</name>
    <message>
        <source>Request a loss deduction</source>
        <translation>Request a loss deduction</translation>
    </message>
    <message>
        <source>Once approved, the claim is deducted from the employee's wages: at most 20% of the month's wage and never below the local minimum wage; the rest carries forward.</source>
        <translation>Once approved, the claim is deducted from the employee's wages: at most 20% of the month's wage and never below the local minimum wage; the rest carries forward.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Evidence of the loss</source>
        <translation>Evidence of the loss</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Say what the loss was and why the employee is responsible.</source>
        <translation>Say what the loss was and why the employee is responsible.</translation>
    </message>
</context>
<context>
    <name>tl::ui::LossClaimsPage</name>
    <message>
        <source>Request…</source>
        <translation>Request…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Loss deductions</source>
        <translation>Loss deductions</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s); outstanding, carried to later payrolls: %1</source>
        <translation>
            <numerusform>%n claim(s); outstanding, carried to later payrolls: %1</numerusform>
            <numerusform>%n claim(s); outstanding, carried to later payrolls: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence file is larger than %1 MB.</source>
        <translation>The evidence file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The loss deduction of %1 was requested; it waits for approval.</source>
        <translation>The loss deduction of %1 was requested; it waits for approval.</translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation>Reject the claim</translation>
    </message>
    <message>
        <source>Why is the claim rejected?</source>
        <translation>Why is the claim rejected?</translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>TeamLedger</source>
        <translation>TeamLedger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Switch user / log out</source>
        <translation>&amp;Switch user / log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TeamLedger</source>
        <translation>&amp;About TeamLedger</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 — TeamLedger</source>
        <translation>%1 — TeamLedger</translation>
    </message>
    <message>
        <source>About TeamLedger</source>
        <translation>About TeamLedger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TeamLedger %1&lt;/h3&gt;&lt;p&gt;Sales team ledger for small and medium companies: people, customers, receivables, performance and payroll, on this computer only.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TeamLedger %1&lt;/h3&gt;&lt;p&gt;Sales team ledger for small and medium companies: people, customers, receivables, performance and payroll, on this computer only.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tl::ui::MyPayslipsPage</name>
    <message>
        <source>Double-click a month to see each line of the payslip.</source>
        <translation>Double-click a month to see each line of the payslip.</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>My payslips</translation>
    </message>
    <message>
        <source>No payslip released to you in the last twelve months.</source>
        <translation>No payslip released to you in the last twelve months.</translation>
    </message>
    <message>
        <source>Your payslips of the last twelve months, once HR has approved the payroll.</source>
        <translation>Your payslips of the last twelve months, once HR has approved the payroll.</translation>
    </message>
    <message>
        <source>Your user is not linked to an employee: there is no pay to estimate.</source>
        <translation>Your user is not linked to an employee: there is no pay to estimate.</translation>
    </message>
    <message>
        <source>No estimate for %1: %2</source>
        <translation>No estimate for %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimate for %1: net pay %2&lt;/b&gt; (gross %3, social insurance and housing fund %4, income tax %5%6). Commission and performance pay are not included; the payslip follows when HR runs the payroll.</source>
        <translation>&lt;b&gt;Estimate for %1: net pay %2&lt;/b&gt; (gross %3, social insurance and housing fund %4, income tax %5%6). Commission and performance pay are not included; the payslip follows when HR runs the payroll.</translation>
    </message>
    <message>
        <source>, loss deduction %1</source>
        <translation>, loss deduction %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::OpenDisputeDialog</name>
    <message>
        <source>Open dispute</source>
        <translation>Open dispute</translation>
    </message>
    <message>
        <source>Disputed &amp;amount:</source>
        <translation>Disputed &amp;amount:</translation>
    </message>
    <message>
        <source>what the customer objects to, e.g. goods damaged on delivery</source>
        <translation>what the customer objects to, e.g. goods damaged on delivery</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Raised &amp;on:</source>
        <translation>Raised &amp;on:</translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation>Disputed amount</translation>
    </message>
    <message>
        <source>Reason: say what the customer disputes.</source>
        <translation>Reason: say what the customer disputes.</translation>
    </message>
    <message>
        <source>%1 of %2 #%3 is disputed now.</source>
        <translation>%1 of %2 #%3 is disputed now.</translation>
    </message>
</context>
<context>
    <name>tl::ui::OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Edit opportunity %1</translation>
    </message>
    <message>
        <source>e.g. 2026 annual supply</source>
        <translation>e.g. 2026 annual supply</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>expected amount in yuan</source>
        <translation>expected amount in yuan</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Close date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Enter a name for the opportunity.</source>
        <translation>Enter a name for the opportunity.</translation>
    </message>
</context>
<context>
    <name>tl::ui::OwnershipTableModel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tl::ui::Pages</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>Labour contracts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Team customers</source>
        <translation>Team customers</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>Customer pool</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Reminder centre</source>
        <translation>Reminder centre</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Sales contracts</source>
        <translation>Sales contracts</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>Receivables ageing</translation>
    </message>
    <message>
        <source>Reconciliation letters</source>
        <translation>Reconciliation letters</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Payroll runs</source>
        <translation>Payroll runs</translation>
    </message>
    <message>
        <source>Salary profiles</source>
        <translation>Salary profiles</translation>
    </message>
    <message>
        <source>Attendance and leave</source>
        <translation>Attendance and leave</translation>
    </message>
    <message>
        <source>Loss deductions</source>
        <translation>Loss deductions</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>My payslips</translation>
    </message>
    <message>
        <source>Tax calculator</source>
        <translation>Tax calculator</translation>
    </message>
</context>
<context>
    <name>tl::ui::PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayAdjustmentsDialog</name>
    <message>
        <source>Pay adjustments of %1</source>
        <translation>Pay adjustments of %1</translation>
    </message>
    <message>
        <source>Amounts paid in addition (补发, positive) or taken back (补扣, negative) with the pay of %1, taxable with it — how a locked month is corrected. Calculate the month again to include a change.</source>
        <translation>Amounts paid in addition (补发, positive) or taken back (补扣, negative) with the pay of %1, taxable with it — how a locked month is corrected. Calculate the month again to include a change.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>e.g. 500.00 or -120.00</source>
        <translation>e.g. 500.00 or -120.00</translation>
    </message>
    <message>
        <source>YYYY-MM, optional</source>
        <translation>YYYY-MM, optional</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Corrects month:</source>
        <translation>&amp;Corrects month:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Re&amp;move selected</translation>
    </message>
    <message>
        <source>The payroll of %1 is approved or locked: enter corrections in a later month.</source>
        <translation>The payroll of %1 is approved or locked: enter corrections in a later month.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentFilterBar</name>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Only with credit &amp;left</source>
        <translation>Only with credit &amp;left</translation>
    </message>
    <message>
        <source>Include re&amp;versed</source>
        <translation>Include re&amp;versed</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentTableModel</name>
    <message>
        <source>Reversed on %1</source>
        <translation>Reversed on %1</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>Payment no.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>Credit left</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Record payment…</translation>
    </message>
    <message>
        <source>&amp;Allocate credit…</source>
        <translation>&amp;Allocate credit…</translation>
    </message>
    <message>
        <source>Apply what is left of the selected payment to open instalments</source>
        <translation>Apply what is left of the selected payment to open instalments</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Payments are never edited: a wrong one is reversed</source>
        <translation>Payments are never edited: a wrong one is reversed</translation>
    </message>
    <message>
        <source>Where the selected payment went:</source>
        <translation>Where the selected payment went:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment(s)</numerusform>
            <numerusform>%Ln payment(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollAttendanceTableModel</name>
    <message>
        <source>Deducted at the monthly wage ÷ 21.75 a day.</source>
        <translation>Deducted at the monthly wage ÷ 21.75 a day.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>Days recorded</translation>
    </message>
    <message>
        <source>Unpaid days</source>
        <translation>Unpaid days</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollLeaveTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollLossClaimTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved (being deducted)</source>
        <translation>Approved (being deducted)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deducted from later payrolls: at most 20% of the month's wage, never below the minimum wage.</source>
        <translation>Deducted from later payrolls: at most 20% of the month's wage, never below the minimum wage.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollOwnPayslipTableModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>Social insurance and housing fund</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>Loss deduction</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollPage</name>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Calculate the month's payroll (again, until it is approved).</source>
        <translation>Calculate the month's payroll (again, until it is approved).</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the approved run: its payslips can never change again.</source>
        <translation>Lock the approved run: its payslips can never change again.</translation>
    </message>
    <message>
        <source>Print payslips…</source>
        <translation>Print payslips…</translation>
    </message>
    <message>
        <source>Print payslip strips…</source>
        <translation>Print payslip strips…</translation>
    </message>
    <message>
        <source>Double-click a payslip to see each line and how it was computed.</source>
        <translation>Double-click a payslip to see each line and how it was computed.</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM.</source>
        <translation>Enter a month as YYYY-MM.</translation>
    </message>
    <message>
        <source>Not calculated yet.</source>
        <translation>Not calculated yet.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) left out of the run:</source>
        <translation>
            <numerusform>%n employee(s) left out of the run:</numerusform>
            <numerusform>%n employee(s) left out of the run:</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the payroll of %1</source>
        <translation>Calculating the payroll of %1</translation>
    </message>
    <message numerus="yes">
        <source>The payroll of %1 was calculated: %n payslip(s), net pay %2.</source>
        <translation>
            <numerusform>The payroll of %1 was calculated: %n payslip(s), net pay %2.</numerusform>
            <numerusform>The payroll of %1 was calculated: %n payslip(s), net pay %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payroll of %1 is approved. Lock it once the salaries are paid.</source>
        <translation>The payroll of %1 is approved. Lock it once the salaries are paid.</translation>
    </message>
    <message>
        <source>Lock the payroll</source>
        <translation>Lock the payroll</translation>
    </message>
    <message>
        <source>Lock the payroll of %1? Its payslips can never be changed again; corrections go into a later month.</source>
        <translation>Lock the payroll of %1? Its payslips can never be changed again; corrections go into a later month.</translation>
    </message>
    <message>
        <source>The payroll of %1 is locked.</source>
        <translation>The payroll of %1 is locked.</translation>
    </message>
    <message>
        <source>Payslips %1.pdf</source>
        <translation>Payslips %1.pdf</translation>
    </message>
    <message>
        <source>Adjustments…</source>
        <translation>Adjustments…</translation>
    </message>
    <message>
        <source>Amounts paid in addition or taken back with the month's pay (corrections of a locked month).</source>
        <translation>Amounts paid in addition or taken back with the month's pay (corrections of a locked month).</translation>
    </message>
    <message>
        <source>The adjustments of %1 changed: calculate the month again to include them.</source>
        <translation>The adjustments of %1 changed: calculate the month again to include them.</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollPayslipTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n payslip(s)</source>
        <translation>
            <numerusform>%n payslip(s)</numerusform>
            <numerusform>%n payslip(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not paid last month.</source>
        <translation>Not paid last month.</translation>
    </message>
    <message>
        <source>The same as last month.</source>
        <translation>The same as last month.</translation>
    </message>
    <message>
        <source>Last month: %1 (%2%3)</source>
        <translation>Last month: %1 (%2%3)</translation>
    </message>
    <message>
        <source>Cumulative withholding %1, annual bonus taxed separately %2</source>
        <translation>Cumulative withholding %1, annual bonus taxed separately %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>Social insurance and housing fund</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>Loss deduction</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Employer contributions</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollRunTableModel</name>
    <message>
        <source>Locked by %1 on %2</source>
        <translation>Locked by %1 on %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>Calculated by %1 on %2</source>
        <translation>Calculated by %1 on %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>Payslips</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Employer contributions</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollSalaryProfileTableModel</name>
    <message>
        <source>City rate</source>
        <translation>City rate</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First job in the year</source>
        <translation>First job in the year</translation>
    </message>
    <message>
        <source>60,000 deduction</source>
        <translation>60,000 deduction</translation>
    </message>
    <message>
        <source>Bonus taxed with wages</source>
        <translation>Bonus taxed with wages</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>In force today</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <source>Performance salary</source>
        <translation>Performance salary</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Social-insurance base</source>
        <translation>Social-insurance base</translation>
    </message>
    <message>
        <source>Housing-fund base</source>
        <translation>Housing-fund base</translation>
    </message>
    <message>
        <source>Housing-fund rate</source>
        <translation>Housing-fund rate</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <source>Income-tax flags</source>
        <translation>Income-tax flags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollTaxTableModel</name>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Cumulative tax %1 minus %2 withheld in earlier months</source>
        <translation>Cumulative tax %1 minus %2 withheld in earlier months</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Cumulative income</source>
        <translation>Cumulative income</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>Cumulative taxable income</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>Cumulative tax</translation>
    </message>
    <message>
        <source>Tax this month</source>
        <translation>Tax this month</translation>
    </message>
    <message>
        <source>Pay after insurance and tax</source>
        <translation>Pay after insurance and tax</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipDetailDialog</name>
    <message>
        <source>Payslip %1 – %2 %3</source>
        <translation>Payslip %1 – %2 %3</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Gross pay:</source>
        <translation>Gross pay:</translation>
    </message>
    <message>
        <source>Net pay:</source>
        <translation>Net pay:</translation>
    </message>
    <message>
        <source>Year to date:</source>
        <translation>Year to date:</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) employed; income %1, social insurance and housing fund %2, special additional deductions %3, tax withheld %4</source>
        <translation>
            <numerusform>%n month(s) employed; income %1, social insurance and housing fund %2, special additional deductions %3, tax withheld %4</numerusform>
            <numerusform>%n month(s) employed; income %1, social insurance and housing fund %2, special additional deductions %3, tax withheld %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>How it was computed</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Earning</translation>
    </message>
    <message>
        <source>Employer contribution</source>
        <translation>Employer contribution</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipHtml</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>How it was computed</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>cut here</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <source>Payslip strips</source>
        <translation>Payslip strips</translation>
    </message>
    <message>
        <source>Payroll summary by department</source>
        <translation>Payroll summary by department</translation>
    </message>
    <message>
        <source>Confidential: for the employee only</source>
        <translation>Confidential: for the employee only</translation>
    </message>
    <message>
        <source>Pay period: %1</source>
        <translation>Pay period: %1</translation>
    </message>
    <message>
        <source>Draft: the payroll of %1 is %2 and not approved yet; these figures may still change.</source>
        <translation>Draft: the payroll of %1 is %2 and not approved yet; these figures may still change.</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Employee code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Earnings</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Total deductions</source>
        <translation>Total deductions</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>In capitals (RMB)</source>
        <translation>In capitals (RMB)</translation>
    </message>
    <message>
        <source>Net pay = gross pay %1 − total deductions %2.</source>
        <translation>Net pay = gross pay %1 − total deductions %2.</translation>
    </message>
    <message>
        <source>Loss compensation still outstanding after this month: %1, deducted in later months (at most 20% of the wage a month).</source>
        <translation>Loss compensation still outstanding after this month: %1, deducted in later months (at most 20% of the wage a month).</translation>
    </message>
    <message>
        <source>Year to date (after this month)</source>
        <translation>Year to date (after this month)</translation>
    </message>
    <message>
        <source>Months employed</source>
        <translation>Months employed</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>Social insurance and housing fund</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation>Income tax withheld</translation>
    </message>
    <message>
        <source>Paid by the employer (not part of your pay)</source>
        <translation>Paid by the employer (not part of your pay)</translation>
    </message>
    <message>
        <source>Printed on %1. Questions about this payslip: please contact HR.</source>
        <translation>Printed on %1. Questions about this payslip: please contact HR.</translation>
    </message>
    <message>
        <source>%1 — payslip for %2 — %3</source>
        <translation>%1 — payslip for %2 — %3</translation>
    </message>
    <message>
        <source>draft, not approved</source>
        <translation>draft, not approved</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Headcount: %1</source>
        <translation>Headcount: %1</translation>
    </message>
    <message>
        <source>Printed on: %1</source>
        <translation>Printed on: %1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Net pay in capitals (RMB): %1</source>
        <translation>Net pay in capitals (RMB): %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Pay, deductions and net pay</source>
        <translation>Pay, deductions and net pay</translation>
    </message>
    <message>
        <source>Paid by the employer</source>
        <translation>Paid by the employer</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Employer contributions</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipsCommand</name>
    <message>
        <source>Payroll documents: payslips, the summary by department, the bank file and the tax withholding list.</source>
        <translation>Payroll documents: payslips, the summary by department, the bank file and the tax withholding list.</translation>
    </message>
    <message>
        <source>Each call writes one document of the month's payroll run (its current calculation):
--out FILE.pdf: the payslips, one A4 page per person with every line explained (--layout a4, the default) or pay strips to cut apart, %1 per landscape page (--layout strips); --employee prints one person's only, --employer-costs adds the employer's contributions to the A4 payslip. HR and auditors print anyone's payslip; everyone else only their own, once the run is approved.
--summary FILE: the payroll summary by department (headcount, gross pay, each contribution, income tax, net pay, employer costs, totals) as PDF, CSV or XLSX.
--bank-file FILE: the bank batch file of net pay (employee code, name, account, bank, amount) with a total row, as CSV or XLSX; payslips without a bank account are left out and listed. Only for an approved or locked run.
--tax-list FILE: the income-tax withholding list in the columns of the tax client's import (工号, 姓名, 证件类型, 证件号码, 本期收入, … 本期应预扣预缴税额), as XLSX or CSV. Only for an approved or locked run; an annual bonus taxed separately is listed for its own declaration.
Exit codes: 1 usage, 2 invalid output file, 3 not allowed, 4 no run for the month, unknown employee or no payslip, 5 the run is not approved yet.</source>
        <translation>Each call writes one document of the month's payroll run (its current calculation):
--out FILE.pdf: the payslips, one A4 page per person with every line explained (--layout a4, the default) or pay strips to cut apart, %1 per landscape page (--layout strips); --employee prints one person's only, --employer-costs adds the employer's contributions to the A4 payslip. HR and auditors print anyone's payslip; everyone else only their own, once the run is approved.
--summary FILE: the payroll summary by department (headcount, gross pay, each contribution, income tax, net pay, employer costs, totals) as PDF, CSV or XLSX.
--bank-file FILE: the bank batch file of net pay (employee code, name, account, bank, amount) with a total row, as CSV or XLSX; payslips without a bank account are left out and listed. Only for an approved or locked run.
--tax-list FILE: the income-tax withholding list in the columns of the tax client's import (工号, 姓名, 证件类型, 证件号码, 本期收入, … 本期应预扣预缴税额), as XLSX or CSV. Only for an approved or locked run; an annual bonus taxed separately is listed for its own declaration.
Exit codes: 1 usage, 2 invalid output file, 3 not allowed, 4 no run for the month, unknown employee or no payslip, 5 the run is not approved yet.</translation>
    </message>
    <message>
        <source>The PDF file of the payslips.</source>
        <translation>The PDF file of the payslips.</translation>
    </message>
    <message>
        <source>With --out: one employee's payslip only (employee code).</source>
        <translation>With --out: one employee's payslip only (employee code).</translation>
    </message>
    <message>
        <source>With --out: a4 (one payslip per page, default) or strips.</source>
        <translation>With --out: a4 (one payslip per page, default) or strips.</translation>
    </message>
    <message>
        <source>With --out --layout a4: add the employer's contributions.</source>
        <translation>With --out --layout a4: add the employer's contributions.</translation>
    </message>
    <message>
        <source>The payroll summary by department (.pdf, .csv or .xlsx).</source>
        <translation>The payroll summary by department (.pdf, .csv or .xlsx).</translation>
    </message>
    <message>
        <source>The bank batch file of net pay (.csv or .xlsx).</source>
        <translation>The bank batch file of net pay (.csv or .xlsx).</translation>
    </message>
    <message>
        <source>The income-tax withholding list (.xlsx or .csv).</source>
        <translation>The income-tax withholding list (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Give the month (YYYY-MM).</source>
        <translation>Give the month (YYYY-MM).</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM: '%1'.</source>
        <translation>The month must be YYYY-MM: '%1'.</translation>
    </message>
    <message>
        <source>Give exactly one of --out FILE.pdf, --summary FILE, --bank-file FILE and --tax-list FILE.</source>
        <translation>Give exactly one of --out FILE.pdf, --summary FILE, --bank-file FILE and --tax-list FILE.</translation>
    </message>
    <message>
        <source>The option --%1 applies to the payslips (--out) only.</source>
        <translation>The option --%1 applies to the payslips (--out) only.</translation>
    </message>
    <message>
        <source>Unknown layout '%1': use a4 or strips.</source>
        <translation>Unknown layout '%1': use a4 or strips.</translation>
    </message>
    <message>
        <source>--employer-costs applies to the A4 layout only.</source>
        <translation>--employer-costs applies to the A4 layout only.</translation>
    </message>
    <message numerus="yes">
        <source>Payslips of %1: %n payslip(s) written to %2 (%3).</source>
        <translation>
            <numerusform>Payslips of %1: %n payslip(s) written to %2 (%3).</numerusform>
            <numerusform>Payslips of %1: %n payslip(s) written to %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payroll summary of %1: %n department(s), %2 payslip(s), gross %3, net %4, employer costs %5; written to %6.</source>
        <translation>
            <numerusform>Payroll summary of %1: %n department(s), %2 payslip(s), gross %3, net %4, employer costs %5; written to %6.</numerusform>
            <numerusform>Payroll summary of %1: %n department(s), %2 payslip(s), gross %3, net %4, employer costs %5; written to %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 %2 is not in the bank file (%3): %4</source>
        <translation>warning: %1 %2 is not in the bank file (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>Bank file of %1: %n transfer(s), total %2; written to %3.</source>
        <translation>
            <numerusform>Bank file of %1: %n transfer(s), total %2; written to %3.</numerusform>
            <numerusform>Bank file of %1: %n transfer(s), total %2; written to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>note: %1 %2 has an annual bonus of %3 taxed separately (tax %4); declare it as 全年一次性奖金收入.</source>
        <translation>note: %1 %2 has an annual bonus of %3 taxed separately (tax %4); declare it as 全年一次性奖金收入.</translation>
    </message>
    <message numerus="yes">
        <source>Withholding list of %1: %n row(s), income %2, tax withheld %3; written to %4.</source>
        <translation>
            <numerusform>Withholding list of %1: %n row(s), income %2, tax withheld %3; written to %4.</numerusform>
            <numerusform>Withholding list of %1: %n row(s), income %2, tax withheld %3; written to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PdfExporter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::PendingWriteOffsDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Open &amp;evidence</source>
        <translation>Open &amp;evidence</translation>
    </message>
    <message>
        <source>Pending write-offs</source>
        <translation>Pending write-offs</translation>
    </message>
    <message>
        <source>No write-off is waiting for a decision.</source>
        <translation>No write-off is waiting for a decision.</translation>
    </message>
    <message>
        <source>You asked for this write-off: another user decides it.</source>
        <translation>You asked for this write-off: another user decides it.</translation>
    </message>
    <message>
        <source>Approve write-off</source>
        <translation>Approve write-off</translation>
    </message>
    <message>
        <source>Write off %1 of %2 #%3 (%4)? The amount leaves the receivable for good and the salesperson's commission is clawed back.</source>
        <translation>Write off %1 of %2 #%3 (%4)? The amount leaves the receivable for good and the salesperson's commission is clawed back.</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 is approved.</source>
        <translation>The write-off of %1 on %2 #%3 is approved.</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 was rejected.</source>
        <translation>The write-off of %1 on %2 #%3 was rejected.</translation>
    </message>
    <message>
        <source>Reject write-off</source>
        <translation>Reject write-off</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Why is it rejected?</translation>
    </message>
    <message>
        <source>The evidence cannot be written to %1: %2</source>
        <translation>The evidence cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolMoveTableModel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Current owner</source>
        <translation>Current owner</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolPage</name>
    <message>
        <source>Customer pool</source>
        <translation>Customer pool</translation>
    </message>
    <message>
        <source>Search code, name, region or industry</source>
        <translation>Search code, name, region or industry</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Take the selected customers from the pool (Ctrl+Return)</source>
        <translation>Take the selected customers from the pool (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Run s&amp;weep…</source>
        <translation>Run s&amp;weep…</translation>
    </message>
    <message>
        <source>Preview and run the automatic reclaim of customers without follow-up or deal</source>
        <translation>Preview and run the automatic reclaim of customers without follow-up or deal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Show the customer's details and history (Return)</source>
        <translation>Show the customer's details and history (Return)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the pool</source>
        <translation>
            <numerusform>%Ln customer(s) in the pool</numerusform>
            <numerusform>%Ln customer(s) in the pool</numerusform>
        </translation>
    </message>
    <message>
        <source>You can claim this customer.</source>
        <translation>You can claim this customer.</translation>
    </message>
    <message>
        <source>Cannot claim: %1</source>
        <translation>Cannot claim: %1</translation>
    </message>
    <message>
        <source>Previous owner: %1, until %2 (%3)</source>
        <translation>Previous owner: %1, until %2 (%3)</translation>
    </message>
    <message>
        <source>No previous owner.</source>
        <translation>No previous owner.</translation>
    </message>
    <message>
        <source>%1 was not claimed: %2</source>
        <translation>%1 was not claimed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were claimed; then %1 was not: %2</source>
        <translation>
            <numerusform>%n customer(s) were claimed; then %1 was not: %2</numerusform>
            <numerusform>%n customer(s) were claimed; then %1 was not: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>You claimed %1. It is now in your customers.</source>
        <translation>You claimed %1. It is now in your customers.</translation>
    </message>
    <message numerus="yes">
        <source>You claimed %n customer(s).</source>
        <translation>
            <numerusform>You claimed %n customer(s).</numerusform>
            <numerusform>You claimed %n customer(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolSweepTableModel</name>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>No deal</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Open receivables</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>In pool since</source>
        <translation>In pool since</translation>
    </message>
</context>
<context>
    <name>tl::ui::PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page(s) to the printer.</numerusform>
            <numerusform>Sent %n page(s) to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page(s) to %1.</numerusform>
            <numerusform>Saved %n page(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tl::ui::PromiseDialog</name>
    <message>
        <source>Record promise</source>
        <translation>Record promise</translation>
    </message>
    <message>
        <source>Promised to pay &amp;by:</source>
        <translation>Promised to pay &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Amount promised:</source>
        <translation>&amp;Amount promised:</translation>
    </message>
    <message>
        <source>who promised, how (phone, visit, WeChat)</source>
        <translation>who promised, how (phone, visit, WeChat)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <source>%1 promised to pay %2 by %3.</source>
        <translation>%1 promised to pay %2 by %3.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableActionDialog</name>
    <message>
        <source>%1 #%2 of %3 (%4)</source>
        <translation>%1 #%2 of %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2: amount %3, balance %4, of which %5 disputed, %n day(s) overdue.</source>
        <translation>
            <numerusform>%1, due %2: amount %3, balance %4, of which %5 disputed, %n day(s) overdue.</numerusform>
            <numerusform>%1, due %2: amount %3, balance %4, of which %5 disputed, %n day(s) overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2: amount %3, balance %4, %n day(s) overdue.</source>
        <translation>
            <numerusform>%1, due %2: amount %3, balance %4, %n day(s) overdue.</numerusform>
            <numerusform>%1, due %2: amount %3, balance %4, %n day(s) overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2: amount %3, balance %4, of which %5 disputed.</source>
        <translation>%1, due %2: amount %3, balance %4, of which %5 disputed.</translation>
    </message>
    <message>
        <source>%1, due %2: amount %3, balance %4.</source>
        <translation>%1, due %2: amount %3, balance %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) with a balance of %1.</source>
        <translation>
            <numerusform>%n instalment(s) with a balance of %1.</numerusform>
            <numerusform>%n instalment(s) with a balance of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>%1: enter an amount.</source>
        <translation>%1: enter an amount.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the amount must be greater than zero.</source>
        <translation>%1: the amount must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableFilterBar</name>
    <message>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Search contract number or customer name</source>
        <translation>Search contract number or customer name</translation>
    </message>
    <message>
        <source>Co&amp;llector:</source>
        <translation>Co&amp;llector:</translation>
    </message>
    <message>
        <source>The salesperson responsible for collecting</source>
        <translation>The salesperson responsible for collecting</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>A&amp;geing:</source>
        <translation>A&amp;geing:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Written off: %1</source>
        <translation>Written off: %1</translation>
    </message>
    <message>
        <source>Estimated probability of collecting the balance, from the customer's risk score and the days past due</source>
        <translation>Estimated probability of collecting the balance, from the customer's risk score and the days past due</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contract / instalment</source>
        <translation>Contract / instalment</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Latest letter</source>
        <translation>Latest letter</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableTotalsBar</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Totals unavailable</source>
        <translation>Totals unavailable</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instalment(s)</source>
        <translation>
            <numerusform>%Ln instalment(s)</numerusform>
            <numerusform>%Ln instalment(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Amount %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Balance %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>Disputed %1</source>
        <translation>Disputed %1</translation>
    </message>
    <message>
        <source>Written off %1</source>
        <translation>Written off %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivablesPage</name>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Allocate &amp;credit…</source>
        <translation>Allocate &amp;credit…</translation>
    </message>
    <message>
        <source>&amp;Open dispute…</source>
        <translation>&amp;Open dispute…</translation>
    </message>
    <message>
        <source>&amp;Resolve dispute…</source>
        <translation>&amp;Resolve dispute…</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>Request &amp;write-off…</translation>
    </message>
    <message>
        <source>Pending write-&amp;offs…</source>
        <translation>Pending write-&amp;offs…</translation>
    </message>
    <message>
        <source>Pro&amp;mise…</source>
        <translation>Pro&amp;mise…</translation>
    </message>
    <message>
        <source>&amp;Demand…</source>
        <translation>&amp;Demand…</translation>
    </message>
    <message>
        <source>Change co&amp;llector…</source>
        <translation>Change co&amp;llector…</translation>
    </message>
    <message>
        <source>&amp;Interest and limitation…</source>
        <translation>&amp;Interest and limitation…</translation>
    </message>
    <message>
        <source>Late interest and the limitation deadline of the instalment (Enter)</source>
        <translation>Late interest and the limitation deadline of the instalment (Enter)</translation>
    </message>
    <message>
        <source>The customer's receivables list…</source>
        <translation>The customer's receivables list…</translation>
    </message>
    <message>
        <source>The collector's receivables list…</source>
        <translation>The collector's receivables list…</translation>
    </message>
    <message>
        <source>Dunning letter to the customer…</source>
        <translation>Dunning letter to the customer…</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Pending write-&amp;offs (%1)…</source>
        <translation>Pending write-&amp;offs (%1)…</translation>
    </message>
    <message>
        <source>Write-off (%1)</source>
        <translation>Write-off (%1)</translation>
    </message>
    <message>
        <source>%1 has no payment with credit left.</source>
        <translation>%1 has no payment with credit left.</translation>
    </message>
    <message>
        <source>Choose an instalment of the customer first.</source>
        <translation>Choose an instalment of the customer first.</translation>
    </message>
    <message>
        <source>Choose an instalment of the collector first.</source>
        <translation>Choose an instalment of the collector first.</translation>
    </message>
    <message>
        <source>%1 has nothing overdue: there is no dunning letter to print.</source>
        <translation>%1 has nothing overdue: there is no dunning letter to print.</translation>
    </message>
    <message>
        <source>Once the letter is sent, record it with Demand… (kind: dunning letter): a documented demand restarts the limitation period.</source>
        <translation>Once the letter is sent, record it with Demand… (kind: dunning letter): a documented demand restarts the limitation period.</translation>
    </message>
</context>
<context>
    <name>tl::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Name the contract when the customer said which one the money is for; the money then goes only to its instalments</source>
        <translation>Name the contract when the customer said which one the money is for; the money then goes only to its instalments</translation>
    </message>
    <message>
        <source>For &amp;contract:</source>
        <translation>For &amp;contract:</translation>
    </message>
    <message>
        <source>yuan, e.g. 30,000.00</source>
        <translation>yuan, e.g. 30,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Payment &amp;no.:</source>
        <translation>Payment &amp;no.:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>bank reference (银行流水号)</source>
        <translation>bank reference (银行流水号)</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>(any of the customer's contracts)</source>
        <translation>(any of the customer's contracts)</translation>
    </message>
    <message>
        <source>%1 — %2, signed %3</source>
        <translation>%1 — %2, signed %3</translation>
    </message>
    <message>
        <source>The customer has %1 of credit from earlier payments.</source>
        <translation>The customer has %1 of credit from earlier payments.</translation>
    </message>
    <message>
        <source>enter the amount received</source>
        <translation>enter the amount received</translation>
    </message>
    <message>
        <source>choose the customer who paid</source>
        <translation>choose the customer who paid</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded: %3 allocated, %4 kept as customer credit.</source>
        <translation>Payment %1 of %2 recorded: %3 allocated, %4 kept as customer credit.</translation>
    </message>
</context>
<context>
    <name>tl::ui::RecordPicker</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReminderCentrePage</name>
    <message>
        <source>Reminder centre</source>
        <translation>Reminder centre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open what the reminder is about (Enter)</source>
        <translation>Open what the reminder is about (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Hide the selected reminders for you (Delete)</source>
        <translation>Hide the selected reminders for you (Delete)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Collect the reminders again (F5)</source>
        <translation>Collect the reminders again (F5)</translation>
    </message>
    <message>
        <source>Collecting the reminders…</source>
        <translation>Collecting the reminders…</translation>
    </message>
    <message>
        <source>All reminders (%1)</source>
        <translation>All reminders (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reminders for %1.</source>
        <translation>No reminders for %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for %1.</source>
        <translation>
            <numerusform>%n reminder(s) for %1.</numerusform>
            <numerusform>%n reminder(s) for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) dismissed.</source>
        <translation>
            <numerusform>%n reminder(s) dismissed.</numerusform>
            <numerusform>%n reminder(s) dismissed.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no page to open for this reminder.</source>
        <translation>There is no page to open for this reminder.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReminderTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReminderTrayNotifier</name>
    <message>
        <source>TeamLedger</source>
        <translation>TeamLedger</translation>
    </message>
    <message>
        <source>Open the reminder centre</source>
        <translation>Open the reminder centre</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n new reminder(s)</numerusform>
            <numerusform>%n new reminder(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the reminder centre</source>
        <translation>
            <numerusform>and %n more in the reminder centre</numerusform>
            <numerusform>and %n more in the reminder centre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ReportCommand</name>
    <message>
        <source>Receivables reports: ageing, and the receivables list of a salesperson or a customer.</source>
        <translation>Receivables reports: ageing, and the receivables list of a salesperson or a customer.</translation>
    </message>
    <message>
        <source>'aging' sums the open balances as of the date by days past due (buckets from the company's settings) per customer, salesperson (the collector), team or customer type, with a total; amounts in JSON and CSV are plain numbers with two decimals.
'receivables' writes the list of open items of a salesperson (the instalments they collect) or of a customer as of a date (default: today) with days past due, ageing, late interest and the latest reconciliation letter: a PDF ready to sign, or a CSV or XLSX table.
Exit codes: 1 usage, 2 invalid date or output file, 3 not allowed, 4 unknown salesperson or customer.</source>
        <translation>'aging' sums the open balances as of the date by days past due (buckets from the company's settings) per customer, salesperson (the collector), team or customer type, with a total; amounts in JSON and CSV are plain numbers with two decimals.
'receivables' writes the list of open items of a salesperson (the instalments they collect) or of a customer as of a date (default: today) with days past due, ageing, late interest and the latest reconciliation letter: a PDF ready to sign, or a CSV or XLSX table.
Exit codes: 1 usage, 2 invalid date or output file, 3 not allowed, 4 unknown salesperson or customer.</translation>
    </message>
    <message>
        <source>The day the balances are taken on (aging: required; receivables: default today).</source>
        <translation>The day the balances are taken on (aging: required; receivables: default today).</translation>
    </message>
    <message>
        <source>aging: customer, salesperson (default), team or customer-type.</source>
        <translation>aging: customer, salesperson (default), team or customer-type.</translation>
    </message>
    <message>
        <source>aging: text (default), json or csv.</source>
        <translation>aging: text (default), json or csv.</translation>
    </message>
    <message>
        <source>receivables: the salesperson's employee code.</source>
        <translation>receivables: the salesperson's employee code.</translation>
    </message>
    <message>
        <source>receivables: the customer's code.</source>
        <translation>receivables: the customer's code.</translation>
    </message>
    <message>
        <source>receivables: the file to write (.pdf, .csv or .xlsx).</source>
        <translation>receivables: the file to write (.pdf, .csv or .xlsx).</translation>
    </message>
    <message>
        <source>Give the report: aging or receivables.</source>
        <translation>Give the report: aging or receivables.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unexpected argument '%1'.</translation>
    </message>
    <message>
        <source>Unknown report '%1': use aging or receivables.</source>
        <translation>Unknown report '%1': use aging or receivables.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the ageing report.</source>
        <translation>The option --%1 does not apply to the ageing report.</translation>
    </message>
    <message>
        <source>Give the as-of date: --as-of DATE.</source>
        <translation>Give the as-of date: --as-of DATE.</translation>
    </message>
    <message>
        <source>Unknown grouping '%1': use customer, salesperson, team or customer-type.</source>
        <translation>Unknown grouping '%1': use customer, salesperson, team or customer-type.</translation>
    </message>
    <message>
        <source>Unknown format '%1': use text, json or csv.</source>
        <translation>Unknown format '%1': use text, json or csv.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the receivables list; the format follows the extension of --out.</source>
        <translation>The option --%1 does not apply to the receivables list; the format follows the extension of --out.</translation>
    </message>
    <message>
        <source>Give whose list to print: --salesperson CODE and/or --customer CODE.</source>
        <translation>Give whose list to print: --salesperson CODE and/or --customer CODE.</translation>
    </message>
    <message>
        <source>Give the file to write: --out FILE.pdf, FILE.csv or FILE.xlsx.</source>
        <translation>Give the file to write: --out FILE.pdf, FILE.csv or FILE.xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform>%n row(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receivables list of %1 %2 as of %3: %n open item(s), balance %4, overdue %5; written to %6 (%7).</source>
        <translation>
            <numerusform>Receivables list of %1 %2 as of %3: %n open item(s), balance %4, overdue %5; written to %6 (%7).</numerusform>
            <numerusform>Receivables list of %1 %2 as of %3: %n open item(s), balance %4, overdue %5; written to %6 (%7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ReportHtml</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Receivables ageing report</source>
        <translation>Receivables ageing report</translation>
    </message>
    <message>
        <source>Receivables list</source>
        <translation>Receivables list</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Open balance:</source>
        <translation>Open balance:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>No open receivables as of this date.</source>
        <translation>No open receivables as of this date.</translation>
    </message>
    <message>
        <source>Over 90 days past due: %1, %2 of the open balance.</source>
        <translation>Over 90 days past due: %1, %2 of the open balance.</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Salesperson:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Printed on:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Inst.</source>
        <translation>Inst.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Late interest</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n item(s))</source>
        <translation>
            <numerusform>Total (%n item(s))</numerusform>
            <numerusform>Total (%n item(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by ageing bucket</source>
        <translation>Totals by ageing bucket</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Of which overdue</translation>
    </message>
    <message>
        <source>Late interest outstanding</source>
        <translation>Late interest outstanding</translation>
    </message>
    <message>
        <source>Late interest outstanding includes %1 on instalments already paid.</source>
        <translation>Late interest outstanding includes %1 on instalments already paid.</translation>
    </message>
    <message>
        <source>Customers and their latest reconciliation letter</source>
        <translation>Customers and their latest reconciliation letter</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Letter as of</source>
        <translation>Letter as of</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>Department manager</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>tl::ui::ResolveDisputeDialog</name>
    <message>
        <source>Resolve dispute</source>
        <translation>Resolve dispute</translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation>&amp;Dispute:</translation>
    </message>
    <message>
        <source>The customer pays (the claim stands)</source>
        <translation>The customer pays (the claim stands)</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Credited to the customer</source>
        <translation>Credited to the customer</translation>
    </message>
    <message>
        <source>The customer withdrew the objection</source>
        <translation>The customer withdrew the objection</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Resolved &amp;on:</source>
        <translation>Resolved &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 since %2: %3</translation>
    </message>
    <message>
        <source>This instalment has no open dispute.</source>
        <translation>This instalment has no open dispute.</translation>
    </message>
    <message>
        <source>The dispute over %1 on %2 #%3 is resolved.</source>
        <translation>The dispute over %1 on %2 #%3 is resolved.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReversePaymentDialog</name>
    <message>
        <source>Reverse payment</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <source>Reverse &amp;on:</source>
        <translation>Reverse &amp;on:</translation>
    </message>
    <message>
        <source>e.g. bank returned the transfer; recorded for the wrong customer</source>
        <translation>e.g. bank returned the transfer; recorded for the wrong customer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Reverse…</translation>
    </message>
    <message>
        <source>Payment %1 from %2 (%3): %4 received on %5, %6 allocated.</source>
        <translation>Payment %1 from %2 (%3): %4 received on %5, %6 allocated.</translation>
    </message>
    <message>
        <source>Payment %1 was already reversed on %2.</source>
        <translation>Payment %1 was already reversed on %2.</translation>
    </message>
    <message>
        <source>Reason: say why the payment is reversed.</source>
        <translation>Reason: say why the payment is reversed.</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2? The %3 it paid to instalments becomes open again. A reversal cannot be undone.</source>
        <translation>Reverse payment %1 of %2? The %3 it paid to instalments becomes open again. A reversal cannot be undone.</translation>
    </message>
    <message>
        <source>Payment %1 was reversed.</source>
        <translation>Payment %1 was reversed.</translation>
    </message>
</context>
<context>
    <name>tl::ui::RiskLevelStyle</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Customer risk cell: level and score, e.g. "中 45"</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::SalaryProfileDialog</name>
    <message>
        <source>Salary profile of %1 %2</source>
        <translation>Salary profile of %1 %2</translation>
    </message>
    <message>
        <source>City rate</source>
        <translation>City rate</translation>
    </message>
    <message>
        <source>First job in this tax year (5,000 a month from January)</source>
        <translation>First job in this tax year (5,000 a month from January)</translation>
    </message>
    <message>
        <source>Earned at most 60,000 last year with this employer (60,000 from January)</source>
        <translation>Earned at most 60,000 last year with this employer (60,000 from January)</translation>
    </message>
    <message>
        <source>Tax the annual bonus separately</source>
        <translation>Tax the annual bonus separately</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>Applies from:</translation>
    </message>
    <message>
        <source>Base salary:</source>
        <translation>Base salary:</translation>
    </message>
    <message>
        <source>Performance salary:</source>
        <translation>Performance salary:</translation>
    </message>
    <message>
        <source>Fixed allowance:</source>
        <translation>Fixed allowance:</translation>
    </message>
    <message>
        <source>Social-insurance base:</source>
        <translation>Social-insurance base:</translation>
    </message>
    <message>
        <source>Housing-fund base:</source>
        <translation>Housing-fund base:</translation>
    </message>
    <message>
        <source>Housing-fund rate (%):</source>
        <translation>Housing-fund rate (%):</translation>
    </message>
    <message>
        <source>Special additional deductions a month:</source>
        <translation>Special additional deductions a month:</translation>
    </message>
    <message>
        <source>Commission plan:</source>
        <translation>Commission plan:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <source>Performance salary</source>
        <translation>Performance salary</translation>
    </message>
    <message>
        <source>Fixed allowance</source>
        <translation>Fixed allowance</translation>
    </message>
    <message>
        <source>Social-insurance base</source>
        <translation>Social-insurance base</translation>
    </message>
    <message>
        <source>Housing-fund base</source>
        <translation>Housing-fund base</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Housing-fund rate: %1</source>
        <translation>Housing-fund rate: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::SalaryProfilesPage</name>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>A change applies from the month of its date; earlier months keep their profile.</source>
        <translation>A change applies from the month of its date; earlier months keep their profile.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the salary profile</source>
        <translation>Remove the salary profile</translation>
    </message>
    <message>
        <source>Remove the selected version of the salary profile?</source>
        <translation>Remove the selected version of the salary profile?</translation>
    </message>
    <message>
        <source>Salary profiles</source>
        <translation>Salary profiles</translation>
    </message>
    <message>
        <source>Choose an employee to see their salary profiles.</source>
        <translation>Choose an employee to see their salary profiles.</translation>
    </message>
    <message>
        <source>No salary profile yet: the employee is left out of payroll runs until one is added.</source>
        <translation>No salary profile yet: the employee is left out of payroll runs until one is added.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). The version in force today is in bold.</source>
        <translation>
            <numerusform>%n version(s). The version in force today is in bold.</numerusform>
            <numerusform>%n version(s). The version in force today is in bold.</numerusform>
        </translation>
    </message>
    <message>
        <source>The salary profile from %1 was saved.</source>
        <translation>The salary profile from %1 was saved.</translation>
    </message>
    <message>
        <source>Double-click a version to correct it.</source>
        <translation>Double-click a version to correct it.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ScanFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>The file %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file; scan the returned letter to one of these.</source>
        <translation>%1 is not a PDF, PNG or JPEG file; scan the returned letter to one of these.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The scan cannot be written to %1.</source>
        <translation>The scan cannot be written to %1.</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>tl::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Add instalment</source>
        <translation>&amp;Add instalment</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>S&amp;plit evenly</source>
        <translation>S&amp;plit evenly</translation>
    </message>
    <message>
        <source>Split the amount into</source>
        <translation>Split the amount into</translation>
    </message>
    <message>
        <source> monthly instalments</source>
        <translation> monthly instalments</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Replace the instalments that can still change by equal monthly instalments; the last one takes the fen left over</source>
        <translation>Replace the instalments that can still change by equal monthly instalments; the last one takes the fen left over</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — enter the contract amount to compare</source>
        <translation>
            <numerusform>%n instalment(s), total %1 — enter the contract amount to compare</numerusform>
            <numerusform>%n instalment(s), total %1 — enter the contract amount to compare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — %2 less than the contract amount</source>
        <translation>
            <numerusform>%n instalment(s), total %1 — %2 less than the contract amount</numerusform>
            <numerusform>%n instalment(s), total %1 — %2 less than the contract amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — %2 more than the contract amount</source>
        <translation>
            <numerusform>%n instalment(s), total %1 — %2 more than the contract amount</numerusform>
            <numerusform>%n instalment(s), total %1 — %2 more than the contract amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — equal to the contract amount</source>
        <translation>
            <numerusform>%n instalment(s), total %1 — equal to the contract amount</numerusform>
            <numerusform>%n instalment(s), total %1 — equal to the contract amount</numerusform>
        </translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>Instalment %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::SettingsPage</name>
    <message>
        <source>&amp;Save company data</source>
        <translation>&amp;Save company data</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City profiles</source>
        <translation>City profiles</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation>Short &amp;name:</translation>
    </message>
    <message>
        <source>Full name as on the business licence (letters, payslips)</source>
        <translation>Full name as on the business licence (letters, payslips)</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal name:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Tax ID:</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company data.</source>
        <translation>Only a system administrator may change the company data.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Language of the interface:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of TeamLedger.</source>
        <translation>The new language is used from the next start of TeamLedger.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The company data was saved.</source>
        <translation>The company data was saved.</translation>
    </message>
    <message>
        <source>The language will change when TeamLedger is started again.</source>
        <translation>The language will change when TeamLedger is started again.</translation>
    </message>
    <message>
        <source>Receivables rules</source>
        <translation>Receivables rules</translation>
    </message>
    <message>
        <source>The last day of each overdue ageing bucket, e.g. 30,60,90,180,365 gives not due, 1–30, 31–60, 61–90, 91–180, 181–365 and over 365 days</source>
        <translation>The last day of each overdue ageing bucket, e.g. 30,60,90,180,365 gives not due, 1–30, 31–60, 61–90, 91–180, 181–365 and over 365 days</translation>
    </message>
    <message>
        <source>&amp;Ageing buckets (days past due):</source>
        <translation>&amp;Ageing buckets (days past due):</translation>
    </message>
    <message>
        <source>Days before a due date on which a reminder appears, e.g. 7,3,1,0 (0 = on the due date)</source>
        <translation>Days before a due date on which a reminder appears, e.g. 7,3,1,0 (0 = on the due date)</translation>
    </message>
    <message>
        <source>&amp;Reminders before the due date (days):</source>
        <translation>&amp;Reminders before the due date (days):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>An overdue receivable is reminded of again every this many days</source>
        <translation>An overdue receivable is reminded of again every this many days</translation>
    </message>
    <message>
        <source>Repeat &amp;overdue reminders every:</source>
        <translation>Repeat &amp;overdue reminders every:</translation>
    </message>
    <message>
        <source>Annual rate for late interest on contracts without their own rate, e.g. 4.5 (one-year LPR 3.0% × 1.5); simple daily interest, 365 days a year</source>
        <translation>Annual rate for late interest on contracts without their own rate, e.g. 4.5 (one-year LPR 3.0% × 1.5); simple daily interest, 365 days a year</translation>
    </message>
    <message>
        <source>Default late-&amp;interest rate (% a year):</source>
        <translation>Default late-&amp;interest rate (% a year):</translation>
    </message>
    <message>
        <source>Warn this many days before a receivable's three-year limitation period ends</source>
        <translation>Warn this many days before a receivable's three-year limitation period ends</translation>
    </message>
    <message>
        <source>&amp;Limitation warning before the deadline:</source>
        <translation>&amp;Limitation warning before the deadline:</translation>
    </message>
    <message>
        <source>A reconciliation letter asks for payment within this many days of its date</source>
        <translation>A reconciliation letter asks for payment within this many days of its date</translation>
    </message>
    <message>
        <source>Letters: &amp;payment demanded within:</source>
        <translation>Letters: &amp;payment demanded within:</translation>
    </message>
    <message>
        <source>The reply deadline printed on a reconciliation letter</source>
        <translation>The reply deadline printed on a reconciliation letter</translation>
    </message>
    <message>
        <source>Letters: reply &amp;deadline after:</source>
        <translation>Letters: reply &amp;deadline after:</translation>
    </message>
    <message>
        <source>Save &amp;rules</source>
        <translation>Save &amp;rules</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company's rules.</source>
        <translation>Only a system administrator may change the company's rules.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ageing buckets:</source>
        <translation>Ageing buckets:</translation>
    </message>
    <message>
        <source>Reminders before the due date:</source>
        <translation>Reminders before the due date:</translation>
    </message>
    <message>
        <source>Overdue reminder repeat:</source>
        <translation>Overdue reminder repeat:</translation>
    </message>
    <message>
        <source>Default late-interest rate: %1</source>
        <translation>Default late-interest rate: %1</translation>
    </message>
    <message>
        <source>Default late-interest rate:</source>
        <translation>Default late-interest rate:</translation>
    </message>
    <message>
        <source>Limitation warning:</source>
        <translation>Limitation warning:</translation>
    </message>
    <message>
        <source>Letter payment days:</source>
        <translation>Letter payment days:</translation>
    </message>
    <message>
        <source>Letter reply days:</source>
        <translation>Letter reply days:</translation>
    </message>
    <message>
        <source>The rules were already as entered.</source>
        <translation>The rules were already as entered.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) saved.</source>
        <translation>
            <numerusform>%n rule(s) saved.</numerusform>
            <numerusform>%n rule(s) saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::StartupSweep</name>
    <message>
        <source>The pool sweep failed: %1</source>
        <translation>The pool sweep failed: %1</translation>
    </message>
    <message>
        <source>The automatic pool sweep failed: %1</source>
        <translation>The automatic pool sweep failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</source>
        <translation>
            <numerusform>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</numerusform>
            <numerusform>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::SweepDialog</name>
    <message>
        <source>Pool sweep</source>
        <translation>Pool sweep</translation>
    </message>
    <message>
        <source>The sweep returns customers to the pool when their owner has not followed them up or closed a deal within the days the pool rules allow. Preview what it would do, then run it.</source>
        <translation>The sweep returns customers to the pool when their owner has not followed them up or closed a deal within the days the pool rules allow. Preview what it would do, then run it.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Preview (dry run)</translation>
    </message>
    <message>
        <source>&amp;Run sweep</source>
        <translation>&amp;Run sweep</translation>
    </message>
    <message>
        <source>Preview the sweep for this date first.</source>
        <translation>Preview the sweep for this date first.</translation>
    </message>
    <message>
        <source>Previewing the pool sweep</source>
        <translation>Previewing the pool sweep</translation>
    </message>
    <message>
        <source>Running the pool sweep</source>
        <translation>Running the pool sweep</translation>
    </message>
    <message>
        <source>&amp;Moved (%1)</source>
        <translation>&amp;Moved (%1)</translation>
    </message>
    <message>
        <source>Would &amp;move (%1)</source>
        <translation>Would &amp;move (%1)</translation>
    </message>
    <message>
        <source>&amp;Warned (%1)</source>
        <translation>&amp;Warned (%1)</translation>
    </message>
    <message>
        <source>&amp;Exempt (%1)</source>
        <translation>&amp;Exempt (%1)</translation>
    </message>
    <message>
        <source>Customers with open receivables are never reclaimed automatically; their managers are told instead.</source>
        <translation>Customers with open receivables are never reclaimed automatically; their managers are told instead.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run as of %1: %n customer(s) would return to the pool, %2 would be warned, %3 are exempt. Nothing has changed yet.</source>
        <translation>
            <numerusform>Dry run as of %1: %n customer(s) would return to the pool, %2 would be warned, %3 are exempt. Nothing has changed yet.</numerusform>
            <numerusform>Dry run as of %1: %n customer(s) would return to the pool, %2 would be warned, %3 are exempt. Nothing has changed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</source>
        <translation>
            <numerusform>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</numerusform>
            <numerusform>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::TaxCalculatorPage</name>
    <message>
        <source>Wages: cumulative withholding</source>
        <translation>Wages: cumulative withholding</translation>
    </message>
    <message>
        <source>Standard: 5,000 a month employed</source>
        <translation>Standard: 5,000 a month employed</translation>
    </message>
    <message>
        <source>First job in the year: 5,000 a month from January</source>
        <translation>First job in the year: 5,000 a month from January</translation>
    </message>
    <message>
        <source>Earned at most 60,000 last year: 60,000 from January</source>
        <translation>Earned at most 60,000 last year: 60,000 from January</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>Monthly income:</translation>
    </message>
    <message>
        <source>Social insurance and housing fund a month:</source>
        <translation>Social insurance and housing fund a month:</translation>
    </message>
    <message>
        <source>Special additional deductions a month:</source>
        <translation>Special additional deductions a month:</translation>
    </message>
    <message>
        <source>Months from January:</source>
        <translation>Months from January:</translation>
    </message>
    <message>
        <source>Basic deduction:</source>
        <translation>Basic deduction:</translation>
    </message>
    <message>
        <source>Annual one-off bonus taxed separately</source>
        <translation>Annual one-off bonus taxed separately</translation>
    </message>
    <message>
        <source>Bonus:</source>
        <translation>Bonus:</translation>
    </message>
    <message>
        <source>Tax calculator</source>
        <translation>Tax calculator</translation>
    </message>
    <message numerus="yes">
        <source>Tax over %n month(s): %1</source>
        <translation>
            <numerusform>Tax over %n month(s): %1</numerusform>
            <numerusform>Tax over %n month(s): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tax %1 at %2%; after tax %3</source>
        <translation>Tax %1 at %2%; after tax %3</translation>
    </message>
    <message>
        <source>Bracket cliff: a bonus of %1 would leave %2 more after tax than this one.</source>
        <translation>Bracket cliff: a bonus of %1 would leave %2 more after tax than this one.</translation>
    </message>
</context>
<context>
    <name>tl::ui::TeamFilter</name>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>All my teams</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::ui::UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>Edit user %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Shown in the status bar and the audit log</source>
        <translation>Shown in the status bar and the audit log</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Employee code (optional)</source>
        <translation>Employee code (optional)</translation>
    </message>
    <message>
        <source>Linked &amp;employee:</source>
        <translation>Linked &amp;employee:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>There is no employee with the code %1.</source>
        <translation>There is no employee with the code %1.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Repea&amp;t password:</translation>
    </message>
</context>
<context>
    <name>tl::ui::UserTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Linked employee</source>
        <translation>Linked employee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>tl::ui::UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users and roles&lt;/b&gt; — who may log in and what their role allows.</source>
        <translation>&lt;b&gt;Users and roles&lt;/b&gt; — who may log in and what their role allows.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>User %1 was created.</translation>
    </message>
    <message>
        <source>User %1 was saved.</source>
        <translation>User %1 was saved.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). Tell it to the user in person; a lockout is cleared as well.</source>
        <translation>Choose a new password for %1 (%2). Tell it to the user in person; a lockout is cleared as well.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>User %1 was unlocked.</source>
        <translation>User %1 was unlocked.</translation>
    </message>
    <message>
        <source>User %1 was deactivated: they can no longer log in.</source>
        <translation>User %1 was deactivated: they can no longer log in.</translation>
    </message>
    <message>
        <source>User %1 was activated.</source>
        <translation>User %1 was activated.</translation>
    </message>
</context>
<context>
    <name>tl::ui::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the check-ins again (F5)</source>
        <translation>Read the check-ins again (F5)</translation>
    </message>
    <message>
        <source>Match the period's check-ins again with the customers' coordinates and the follow-ups logged since</source>
        <translation>Match the period's check-ins again with the customers' coordinates and the follow-ups logged since</translation>
    </message>
    <message>
        <source>Check-&amp;ins:</source>
        <translation>Check-&amp;ins:</translation>
    </message>
    <message>
        <source>Reading the check-ins…</source>
        <translation>Reading the check-ins…</translation>
    </message>
    <message>
        <source>P&amp;er person in %1:</source>
        <translation>P&amp;er person in %1:</translation>
    </message>
    <message>
        <source>Matching the check-ins again</source>
        <translation>Matching the check-ins again</translation>
    </message>
    <message numerus="yes">
        <source>The check-ins were matched again: %n changed.</source>
        <translation>
            <numerusform>The check-ins were matched again: %n changed.</numerusform>
            <numerusform>The check-ins were matched again: %n changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) from %1 to %2, %3 effective.</source>
        <translation>
            <numerusform>%n check-in(s) from %1 to %2, %3 effective.</numerusform>
            <numerusform>%n check-in(s) from %1 to %2, %3 effective.</numerusform>
        </translation>
    </message>
    <message>
        <source>From &amp;day:</source>
        <translation>From &amp;day:</translation>
    </message>
    <message>
        <source>Re-check m&amp;atches</source>
        <translation>Re-check m&amp;atches</translation>
    </message>
</context>
<context>
    <name>tl::ui::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>Request write-off</translation>
    </message>
    <message>
        <source>&amp;Amount to write off:</source>
        <translation>&amp;Amount to write off:</translation>
    </message>
    <message>
        <source>why it cannot be collected, e.g. the customer is bankrupt (court ruling)</source>
        <translation>why it cannot be collected, e.g. the customer is bankrupt (court ruling)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>Amount to write off</source>
        <translation>Amount to write off</translation>
    </message>
    <message>
        <source>Reason: say why the amount cannot be collected.</source>
        <translation>Reason: say why the amount cannot be collected.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 waits for approval.</source>
        <translation>The write-off of %1 on %2 #%3 waits for approval.</translation>
    </message>
</context>
<context>
    <name>tl::ui::WriteOffTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
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
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
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
        <source>Show this help, or a command&apos;s help after the command.</source>
        <translation>Show this help, or a command&apos;s help after the command.</translation>
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
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Run &apos;%1 COMMAND --help&apos; for the options of a command.</translation>
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
        <source>Global options: --db PATH, --user NAME, --password-file FILE (see &apos;%1 --help&apos;).</source>
        <translation>Global options: --db PATH, --user NAME, --password-file FILE (see &apos;%1 --help&apos;).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>Run &apos;%1 --help&apos; for the commands.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
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
        <source>The setting %1 has the value &quot;%2&quot;, which is not a number.</source>
        <translation>The setting %1 has the value &quot;%2&quot;, which is not a number.</translation>
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
        <source>no digits in &quot;%1&quot;</source>
        <translation>no digits in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than one decimal point in &quot;%1&quot;</source>
        <translation>more than one decimal point in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unexpected character &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>misplaced thousands separator in &quot;%1&quot;</source>
        <translation>misplaced thousands separator in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no digits before the decimal point in &quot;%1&quot;</source>
        <translation>no digits before the decimal point in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no digits after the decimal point in &quot;%1&quot;</source>
        <translation>no digits after the decimal point in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than %1 decimals in &quot;%2&quot;</source>
        <translation>more than %1 decimals in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
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
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos;: use small, medium or large.</source>
        <translation>Unknown scale &apos;%1&apos;: use small, medium or large.</translation>
    </message>
    <message>
        <source>The seed must be a whole number: &apos;%1&apos;.</source>
        <translation>The seed must be a whole number: &apos;%1&apos;.</translation>
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
    <name>tl::core::ExportCommand</name>
    <message>
        <source>Export a list to a CSV file.</source>
        <translation>Export a list to a CSV file.</translation>
    </message>
    <message>
        <source>Kinds: %1. The format follows the extension: .csv (XLSX is not supported yet). Fields the user may not see are masked; the export is recorded in the audit log.</source>
        <translation>Kinds: %1. The format follows the extension: .csv (XLSX is not supported yet). Fields the user may not see are masked; the export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Also export employees who have left.</source>
        <translation>Also export employees who have left.</translation>
    </message>
    <message>
        <source>Give the kind and the file to write.</source>
        <translation>Give the kind and the file to write.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use %2.</source>
        <translation>Unknown kind &apos;%1&apos;: use %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row(s) to %1.</numerusform>
            <numerusform>Exported %n row(s) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ExportService</name>
    <message>
        <source>This version exports CSV only; give a file name ending in .csv.</source>
        <translation>This version exports CSV only; give a file name ending in .csv.</translation>
    </message>
    <message>
        <source>Unknown export kind %1; the kinds are: %2</source>
        <translation>Unknown export kind %1; the kinds are: %2</translation>
    </message>
    <message>
        <source>You may not export %1.</source>
        <translation>You may not export %1.</translation>
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
        <source>Import a CSV file, all or nothing.</source>
        <translation>Import a CSV file, all or nothing.</translation>
    </message>
    <message>
        <source>Kinds: %1. Every problem is printed on stderr as &apos;row N, column C: reason&apos; (the header is row 1) and nothing is written (exit code 2).</source>
        <translation>Kinds: %1. Every problem is printed on stderr as &apos;row N, column C: reason&apos; (the header is row 1) and nothing is written (exit code 2).</translation>
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
        <source>Unknown kind &apos;%1&apos;: use %2.</source>
        <translation>Unknown kind &apos;%1&apos;: use %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n further problem(s) not listed.</source>
        <translation>
            <numerusform>%n further problem(s) not listed.</numerusform>
            <numerusform>%n further problem(s) not listed.</numerusform>
        </translation>
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
        <source>%1 is an Excel workbook; this version imports CSV only. Save the sheet as &quot;CSV UTF-8&quot; (or CSV) and import that file.</source>
        <translation>%1 is an Excel workbook; this version imports CSV only. Save the sheet as &quot;CSV UTF-8&quot; (or CSV) and import that file.</translation>
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
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown city &apos;%1&apos;: use shanghai or beijing.</source>
        <translation>Unknown city &apos;%1&apos;: use shanghai or beijing.</translation>
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
    <name>tl::core::MoneyParse</name>
    <message>
        <source>empty amount</source>
        <translation>empty amount</translation>
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
    <name>tl::core::PoolCommand</name>
    <message>
        <source>Customer pool: run the reclaim sweep, or preview it.</source>
        <translation>Customer pool: run the reclaim sweep, or preview it.</translation>
    </message>
    <message>
        <source>&apos;sweep&apos; moves owned customers whose reclaim rule fell due on or before the as-of date back to the pool (no follow-up or no deal for the days of their level&apos;s rule), with ownership history and audit records, and lists the customers in the warning window and those exempt because of open receivables. Running it again on the same data moves nothing. Needs the right to manage the pool rules (exit code 3 otherwise).</source>
        <translation>&apos;sweep&apos; moves owned customers whose reclaim rule fell due on or before the as-of date back to the pool (no follow-up or no deal for the days of their level&apos;s rule), with ownership history and audit records, and lists the customers in the warning window and those exempt because of open receivables. Running it again on the same data moves nothing. Needs the right to manage the pool rules (exit code 3 otherwise).</translation>
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
        <source>Unknown pool command &apos;%1&apos;: use sweep.</source>
        <translation>Unknown pool command &apos;%1&apos;: use sweep.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The as-of date must be a date (YYYY-MM-DD): &apos;%1&apos;.</source>
        <translation>The as-of date must be a date (YYYY-MM-DD): &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use text or json.</source>
        <translation>Unknown format &apos;%1&apos;: use text or json.</translation>
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
    <name>tl::core::Rate</name>
    <message>
        <source>empty percentage</source>
        <translation>empty percentage</translation>
    </message>
</context>
<context>
    <name>tl::core::RestoreCommand</name>
    <message>
        <source>Replace the database with a backup after checking the backup.</source>
        <translation>Replace the database with a backup after checking the backup.</translation>
    </message>
    <message>
        <source>The backup must pass the same check as &apos;check&apos; (integrity, foreign keys, audit trail) and must not come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the backup.</source>
        <translation>The backup must pass the same check as &apos;check&apos; (integrity, foreign keys, audit trail) and must not come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the backup.</translation>
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
        <source>Check the audit trail&apos;s hash chain and that every audited record still matches its last audited state</source>
        <translation>Check the audit trail&apos;s hash chain and that every audited record still matches its last audited state</translation>
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
        <source>Back up to a &amp;file…</source>
        <translation>Back up to a &amp;file…</translation>
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
        <source>Refres&amp;h</source>
        <translation>Refres&amp;h</translation>
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
        <source>Enter the contact&apos;s name.</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerContactTableModel</name>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Hidden: contact details are shown to the customer&apos;s owner and their managers</source>
        <translation>Hidden: contact details are shown to the customer&apos;s owner and their managers</translation>
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
        <source>Contact details are shown to the customer&apos;s owner and their managers.</source>
        <translation>Contact details are shown to the customer&apos;s owner and their managers.</translation>
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
        <source>primary contact&apos;s name</source>
        <translation>primary contact&apos;s name</translation>
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
        <source>Hidden: your role may not see this customer&apos;s contacts</source>
        <translation>Hidden: your role may not see this customer&apos;s contacts</translation>
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
        <source>Use &quot;Change status&quot; on the employees page to change the status.</source>
        <translation>Use &quot;Change status&quot; on the employees page to change the status.</translation>
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
        <source>Start with an empty ledger: your company, its city and the system administrator&apos;s account.</source>
        <translation>Start with an empty ledger: your company, its city and the system administrator&apos;s account.</translation>
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
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
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
        <source>Enter the company&apos;s name.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Enter the administrator&apos;s user name.</translation>
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
        <source>Created &amp;from:</source>
        <translation>Created &amp;from:</translation>
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
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
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
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
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
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
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
        <source>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;TeamLedger&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;TeamLedger&lt;/span&gt;</translation>
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
</context>
<context>
    <name>tl::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Show the customer&apos;s details and history (Return)</source>
        <translation>Show the customer&apos;s details and history (Return)</translation>
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
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
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
        <source>Re-check matc&amp;hes</source>
        <translation>Re-check matc&amp;hes</translation>
    </message>
    <message>
        <source>Match the period&apos;s check-ins again with the customers&apos; coordinates and the follow-ups logged since</source>
        <translation>Match the period&apos;s check-ins again with the customers&apos; coordinates and the follow-ups logged since</translation>
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
</context>
</TS>

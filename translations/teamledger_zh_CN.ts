<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>TeamLedger: sales team ledger for small and medium companies.</source>
        <translation>TeamLedger：面向中小企业的销售团队台账。</translation>
    </message>
    <message>
        <source>Open the database file PATH instead of the default one.</source>
        <translation>打开数据库文件 PATH，而不是默认的数据库文件。</translation>
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
        <translation>审计记录 %1 至 %2 缺失</translation>
    </message>
    <message>
        <source>audit record %1 does not follow the record before it</source>
        <translation>审计记录 %1 与前一条记录不衔接</translation>
    </message>
    <message>
        <source>audit record %1 was altered after it was written</source>
        <translation>审计记录 %1 在写入后被篡改</translation>
    </message>
    <message>
        <source>row %1 of %2 was added outside the application</source>
        <translation>表 %2 中 ID 为 %1 的行是在本程序之外添加的</translation>
    </message>
    <message>
        <source>row %1 of %2 was deleted in the application but exists again</source>
        <translation>表 %2 中 ID 为 %1 的行已在本程序中删除，但又重新出现</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was changed outside the application: %4</source>
        <translation>表 %2 中 ID 为 %1 的行（%3）在本程序之外被修改：%4</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was deleted outside the application</source>
        <translation>表 %2 中 ID 为 %1 的行（%3）在本程序之外被删除</translation>
    </message>
    <message>
        <source>row %1 of %2 (%3) was changed outside the application</source>
        <translation>表 %2 中 ID 为 %1 的行（%3）在本程序之外被修改</translation>
    </message>
</context>
<context>
    <name>tl::core::AuditLogQuery</name>
    <message>
        <source>You are not allowed to read the audit log.</source>
        <translation>您无权查看审计日志。</translation>
    </message>
    <message>
        <source>Audit record %1 does not exist.</source>
        <translation>审计记录 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tl::core::AuthService</name>
    <message>
        <source>The user account %1 is deactivated.</source>
        <translation>用户账户 %1 已停用。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>登录失败次数过多：账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tl::core::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database to FILE.</source>
        <translation>将数据库的一致性副本写入 FILE。</translation>
    </message>
    <message>
        <source>Give exactly one backup file.</source>
        <translation>请指定且仅指定一个备份文件。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
</context>
<context>
    <name>tl::core::BackupService</name>
    <message>
        <source>Your role may not make backups.</source>
        <translation>您的角色无权进行备份。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A backup cannot run inside a transaction.</source>
        <translation>备份不能在事务中进行。</translation>
    </message>
    <message>
        <source>Copying the database to %1</source>
        <translation>正在将数据库复制到 %1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>至少须保留一个备份。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>您的角色无权恢复备份。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从自身恢复。</translation>
    </message>
    <message>
        <source>The backup %1 is not fit for a restore; nothing was changed.</source>
        <translation>备份 %1 不可用于恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; is it still open?</source>
        <translation>无法移开 %1；该文件是否仍处于打开状态？</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1.</source>
        <translation>无法将恢复的数据库移至 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>无法复制 %1。</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database or is damaged.</source>
        <translation>%1 不是 SQLite 数据库或已损坏。</translation>
    </message>
    <message>
        <source>%1 is not a TeamLedger database.</source>
        <translation>%1 不是 TeamLedger 数据库。</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program knows (%3).</source>
        <translation>%1 的数据结构版本为 %2，高于本程序支持的版本（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
</context>
<context>
    <name>tl::core::CellParsers</name>
    <message numerus="yes">
        <source>longer than %n character(s)</source>
        <translation>
            <numerusform>超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount may not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 不在 %2 至 %3 之间</translation>
    </message>
    <message>
        <source>unknown value %1; use %2</source>
        <translation>未知的值 %1；请使用 %2</translation>
    </message>
    <message>
        <source>%1 is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>%1 不是日期时间（请用 YYYY-MM-DD HH:MM 格式）</translation>
    </message>
    <message>
        <source>no such time of day %1</source>
        <translation>时间 %1 不存在</translation>
    </message>
</context>
<context>
    <name>tl::core::CheckCommand</name>
    <message>
        <source>Verify the database: integrity, foreign keys and the audit trail.</source>
        <translation>检查数据库：完整性、外键和审计轨迹。</translation>
    </message>
    <message>
        <source>Prints every problem with its table and row. Finds rows changed, added or deleted outside the application and altered audit records. Exit code 0 when clean, 5 when anything is wrong.</source>
        <translation>逐条输出每个问题及其所在的表和行。可发现在本程序之外修改、添加或删除的行，以及被篡改的审计记录。无问题时退出码为 0，有任何问题时为 5。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The database is sound: integrity, foreign keys and the audit trail check out.</source>
        <translation>数据库完好：完整性、外键和审计轨迹均检查通过。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::CheckinImport</name>
    <message>
        <source>You may not record check-ins.</source>
        <translation>您无权录入外勤签到。</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>员工为必填项</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>you may not record check-ins for %1 (%2)</source>
        <translation>您无权为 %1（%2）录入外勤签到</translation>
    </message>
    <message>
        <source>the time is required</source>
        <translation>时间为必填项</translation>
    </message>
    <message>
        <source>the time %1 is after today (%2)</source>
        <translation>时间 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1（%2）已于 %3 离职</translation>
    </message>
    <message>
        <source>the coordinates are required</source>
        <translation>坐标为必填项</translation>
    </message>
    <message numerus="yes">
        <source>Effective visits: %1 of %n check-in(s).</source>
        <translation>
            <numerusform>有效拜访：%n 次签到中有 %1 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::CheckinService</name>
    <message>
        <source>Effective visit: close enough to the customer, and a follow-up with them was logged the same day</source>
        <translation>有效拜访：距离客户足够近，且当天记录了对该客户的跟进</translation>
    </message>
    <message>
        <source>Not effective: no customer with coordinates is close enough</source>
        <translation>无效：附近没有记录了坐标的客户</translation>
    </message>
    <message>
        <source>Not effective: no follow-up with a nearby customer was logged by the same person that day</source>
        <translation>无效：签到人当天未记录对附近客户的跟进</translation>
    </message>
    <message>
        <source>You may not record check-ins.</source>
        <translation>您无权录入外勤签到。</translation>
    </message>
    <message>
        <source>The check-in has no employee.</source>
        <translation>该签到没有对应的员工。</translation>
    </message>
    <message>
        <source>employee is required</source>
        <translation>员工为必填项</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not record check-ins for %1 (%2).</source>
        <translation>您无权为 %1（%2）录入外勤签到。</translation>
    </message>
    <message>
        <source>the time is required</source>
        <translation>时间为必填项</translation>
    </message>
    <message>
        <source>the time %1 is after today (%2)</source>
        <translation>时间 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1（%2）已于 %3 离职</translation>
    </message>
    <message>
        <source>a latitude lies between -90 and 90 degrees</source>
        <translation>纬度应在 -90 至 90 度之间</translation>
    </message>
    <message>
        <source>a longitude lies between -180 and 180 degrees</source>
        <translation>经度应在 -180 至 180 度之间</translation>
    </message>
    <message numerus="yes">
        <source>The check-in of %1 (%2) has %n problem(s).</source>
        <translation>
            <numerusform>%1（%2）的签到有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not re-match check-ins.</source>
        <translation>您无权重新匹配外勤签到。</translation>
    </message>
    <message>
        <source>The period to re-match is not valid.</source>
        <translation>要重新匹配的期间无效。</translation>
    </message>
    <message>
        <source>You may not view check-ins.</source>
        <translation>您无权查看外勤签到。</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>期间无效。</translation>
    </message>
    <message>
        <source>You may not view the check-ins of %1 (%2).</source>
        <translation>您无权查看 %1（%2）的外勤签到。</translation>
    </message>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 不是有效的月份。</translation>
    </message>
</context>
<context>
    <name>tl::core::CityProfile</name>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>a city is required</source>
        <translation>城市为必填项</translation>
    </message>
    <message>
        <source>a valid start date is required</source>
        <translation>须填写有效的开始日期</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>the social-insurance base cap is below its floor</source>
        <translation>社保缴费基数上限低于下限</translation>
    </message>
    <message>
        <source>the housing-fund base cap is below its floor</source>
        <translation>公积金缴存基数上限低于下限</translation>
    </message>
    <message>
        <source>a rate must be between 0% and 100%</source>
        <translation>比例必须在 0% 至 100% 之间</translation>
    </message>
    <message>
        <source>unknown rounding mode (known: %1)</source>
        <translation>未知的舍入方式（可用：%1）</translation>
    </message>
</context>
<context>
    <name>tl::core::CliApp</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>User name (default: admin).</source>
        <translation>用户名（默认：admin）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (otherwise from the environment variable %1).</source>
        <translation>从 FILE 的第一行读取密码（否则从环境变量 %1 读取）。</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command.</source>
        <translation>显示本帮助；放在命令之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...</source>
        <translation>用法：%1 [--db PATH] [--user NAME] [--password-file FILE] COMMAND ...</translation>
    </message>
    <message>
        <source>TeamLedger on the command line: the same data, permissions and audit trail as the application.</source>
        <translation>TeamLedger 命令行：与图形界面使用相同的数据、权限和审计轨迹。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“%1 COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 invalid input, 3 permission denied or wrong password, 4 not found, 5 locked or conflicting state, 10 internal error.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入无效，3 无权限或密码错误，4 未找到，5 已锁定或状态冲突，10 内部错误。</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 %3</source>
        <translation>用法：%1 [全局选项] %2 %3</translation>
    </message>
    <message>
        <source>Global options: --db PATH, --user NAME, --password-file FILE (see &apos;%1 --help&apos;).</source>
        <translation>全局选项：--db PATH、--user NAME、--password-file FILE（见“%1 --help”）。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>运行“%1 --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>tl::core::CliRuntime</name>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>密码文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 为空。</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or set %1.</source>
        <translation>未提供密码：请使用 --password-file FILE 或设置环境变量 %1。</translation>
    </message>
</context>
<context>
    <name>tl::core::CompanyService</name>
    <message>
        <source>Only a system administrator may change the company settings.</source>
        <translation>只有系统管理员可以修改公司设置。</translation>
    </message>
    <message>
        <source>The company has not been set up yet.</source>
        <translation>尚未设置公司信息。</translation>
    </message>
    <message>
        <source>a company name is required</source>
        <translation>公司名称为必填项</translation>
    </message>
    <message>
        <source>a city is required</source>
        <translation>城市为必填项</translation>
    </message>
    <message>
        <source>the language is zh_CN or en</source>
        <translation>语言须为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>a tax ID has 18 digits or capital letters (15 or 20 for older numbers)</source>
        <translation>税号由 18 位数字或大写字母组成（旧号码为 15 位或 20 位）</translation>
    </message>
    <message>
        <source>The company data cannot be saved.</source>
        <translation>无法保存公司信息。</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>不存在设置项 %1。</translation>
    </message>
    <message>
        <source>The setting %1 is not a single number.</source>
        <translation>设置项 %1 不是单个数字。</translation>
    </message>
    <message>
        <source>The setting %1 has the value &quot;%2&quot;, which is not a number.</source>
        <translation>设置项 %1 的值“%2”不是数字。</translation>
    </message>
    <message>
        <source>The setting %1 cannot be saved.</source>
        <translation>无法保存设置项 %1。</translation>
    </message>
    <message>
        <source>City profile %1 does not exist.</source>
        <translation>城市参数 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no city profile for %1 in force on %2.</source>
        <translation>%1 在 %2 没有生效的城市参数。</translation>
    </message>
    <message>
        <source>The city profile cannot be saved.</source>
        <translation>无法保存城市参数。</translation>
    </message>
    <message>
        <source>%1 already has a profile starting on %2.</source>
        <translation>%1 已有一份自 %2 起生效的城市参数。</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractRules</name>
    <message>
        <source>start date is required</source>
        <translation>开始日期为必填项</translation>
    </message>
    <message>
        <source>a fixed-term contract needs an end date</source>
        <translation>固定期限合同须填写结束日期</translation>
    </message>
    <message>
        <source>an open-ended contract has no end date</source>
        <translation>无固定期限合同没有结束日期</translation>
    </message>
    <message>
        <source>end date %1 is before the start date %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>probation end %1 is before the start date %2</source>
        <translation>试用期结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>probation end %1 is after the end date %2</source>
        <translation>试用期结束日期 %1 晚于合同结束日期 %2</translation>
    </message>
    <message>
        <source>the contract overlaps contract %1 (%2 to %3)</source>
        <translation>与合同 %1（%2 至 %3）期限重叠</translation>
    </message>
    <message>
        <source>the contract overlaps contract %1 (from %2, without an end date)</source>
        <translation>与合同 %1（自 %2 起，无结束日期）期限重叠</translation>
    </message>
    <message>
        <source>contract %1 starts on %2; contracts must follow each other in order</source>
        <translation>合同 %1 自 %2 开始；合同须按时间顺序先后衔接</translation>
    </message>
    <message>
        <source>The probation of %1 (%2) until %3 is not allowed: Labour Contract Law Art. 19 allows no probation for task contracts or contracts shorter than 3 months.</source>
        <translation>%1（%2）至 %3 的试用期不合法：根据《劳动合同法》第十九条，以完成一定工作任务为期限的劳动合同或期限不满三个月的劳动合同不得约定试用期。</translation>
    </message>
    <message numerus="yes">
        <source>The probation of %1 (%2) until %3 is longer than Labour Contract Law Art. 19 allows for this contract: at most %n month(s), until %4.</source>
        <translation>
            <numerusform>%1（%2）至 %3 的试用期超过了《劳动合同法》第十九条对该合同允许的期限：最长 %n 个月，即至 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract of %1 (%2) starting on %3 has a probation, but %1 already had one: only one probation is allowed with the same employee (Labour Contract Law Art. 19).</source>
        <translation>%1（%2）自 %3 开始的合同约定了试用期，但 %1 此前已约定过试用期：同一用人单位与同一劳动者只能约定一次试用期（《劳动合同法》第十九条）。</translation>
    </message>
    <message>
        <source>This would be the third consecutive fixed-term contract of %1 (%2), starting on %3: an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>这将是 %1（%2）连续第三次订立固定期限劳动合同（自 %3 开始）：除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
    <message>
        <source>%1 (%2) reached 10 years of service on %3: this contract must be open-ended unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1（%2）已于 %3 连续工作满十年：除劳动者提出订立固定期限劳动合同外，本合同应为无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) reaches 10 years of service on %3, in %n day(s): on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>
            <numerusform>%1（%2）将于 %3（%n 天后）连续工作满十年：续签时，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同（《劳动合同法》第十四条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) reached 10 years of service on %3 and still has a fixed-term contract: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1（%2）已于 %3 连续工作满十年，目前仍为固定期限劳动合同：续签时，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
    <message>
        <source>%1 (%2) has been employed since %3 without a written labour contract: from the second month double wages are owed (Labour Contract Law Art. 82).</source>
        <translation>%1（%2）自 %3 入职以来未订立书面劳动合同：自用工之日起第二个月起应支付双倍工资（《劳动合同法》第八十二条）。</translation>
    </message>
    <message numerus="yes">
        <source>The fixed-term labour contract of %1 (%2) ends on %3, in %n day(s).</source>
        <translation>
            <numerusform>%1（%2）的固定期限劳动合同将于 %3 到期（%n 天后）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fixed-term labour contract of %1 (%2) ends today (%3).</source>
        <translation>%1（%2）的固定期限劳动合同今天（%3）到期。</translation>
    </message>
    <message>
        <source>The fixed-term labour contract of %1 (%2) ended on %3 and has not been renewed.</source>
        <translation>%1（%2）的固定期限劳动合同已于 %3 到期，尚未续签。</translation>
    </message>
    <message>
        <source>%1 (%2) has had two consecutive fixed-term contracts and the current one ends on %3: on renewal an open-ended contract is mandatory unless the employee asks for a fixed term (Labour Contract Law Art. 14).</source>
        <translation>%1（%2）已连续订立两次固定期限劳动合同，当前合同将于 %3 到期：续签时，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同（《劳动合同法》第十四条）。</translation>
    </message>
    <message numerus="yes">
        <source>The probation of %1 (%2) ends on %3, in %n day(s).</source>
        <translation>
            <numerusform>%1（%2）的试用期将于 %3 结束（%n 天后）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The probation of %1 (%2) ends today (%3).</source>
        <translation>%1（%2）的试用期今天（%3）结束。</translation>
    </message>
</context>
<context>
    <name>tl::core::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and GB18030 decoding is not available.</source>
        <translation>文件不是 UTF-8 编码，且无法使用 GB18030 解码。</translation>
    </message>
    <message>
        <source>The file is not valid CSV.</source>
        <translation>文件不是有效的 CSV 格式。</translation>
    </message>
    <message>
        <source>a quoted cell is not closed before the end of the file</source>
        <translation>带引号的单元格直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>readHeader() must be called before readRow().</source>
        <translation>必须先调用 readHeader()，再调用 readRow()。</translation>
    </message>
</context>
<context>
    <name>tl::core::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>tl::core::Customer</name>
    <message>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Small or medium business</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reclaimed: no follow-up</source>
        <translation>收回：未跟进</translation>
    </message>
    <message>
        <source>Reclaimed: no deal</source>
        <translation>收回：未成交</translation>
    </message>
    <message>
        <source>Released to the pool</source>
        <translation>释放回公海</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>工作交接</translation>
    </message>
    <message>
        <source>Changed by hand</source>
        <translation>手动变更</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerExport</name>
    <message>
        <source>You may not export the customer list.</source>
        <translation>您无权导出客户名单。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerImport</name>
    <message>
        <source>You may not create customers.</source>
        <translation>您无权新建客户。</translation>
    </message>
    <message>
        <source>you may not put new customers into the pool; give an owner in your scope</source>
        <translation>您无权将新客户直接放入公海；请指定您权限范围内的负责人</translation>
    </message>
    <message>
        <source>you may not create customers for %1 (%2)</source>
        <translation>您无权为 %1（%2）新建客户</translation>
    </message>
    <message>
        <source>code %1 already appears in row %2</source>
        <translation>客户编号 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>an ownership start needs an owner (owner_code); customers without one go to the pool</source>
        <translation>填写归属日期时须同时填写负责人（owner_code）；没有负责人的客户将进入公海</translation>
    </message>
    <message>
        <source>Customers with an owner: %1. Customers in the pool: %2.</source>
        <translation>有负责人的客户：%1 个。公海客户：%2 个。</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerQuery</name>
    <message>
        <source>You may not view customers.</source>
        <translation>您无权查看客户。</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerService</name>
    <message>
        <source>You may not view customers.</source>
        <translation>您无权查看客户。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view customer %1 (%2).</source>
        <translation>您无权查看客户 %1（%2）。</translation>
    </message>
    <message>
        <source>You may not edit customers.</source>
        <translation>您无权编辑客户。</translation>
    </message>
    <message numerus="yes">
        <source>The record of customer %1 has %n problem(s).</source>
        <translation>
            <numerusform>客户 %1 的资料有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not put new customers into the pool; create them as your own.</source>
        <translation>您无权将新客户直接放入公海；请将其新建为您自己的客户。</translation>
    </message>
    <message>
        <source>You may not create customers for %1 (%2).</source>
        <translation>您无权为 %1（%2）新建客户。</translation>
    </message>
    <message>
        <source>You may not edit customer %1 (%2).</source>
        <translation>您无权编辑客户 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The contact of customer %1 has %n problem(s).</source>
        <translation>
            <numerusform>客户 %1 的联系人有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>联系人 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not edit the contacts of this customer.</source>
        <translation>您无权编辑该客户的联系人。</translation>
    </message>
</context>
<context>
    <name>tl::core::CustomerValidator</name>
    <message>
        <source>customer code is required</source>
        <translation>客户编号为必填项</translation>
    </message>
    <message>
        <source>customer code %1 is already used</source>
        <translation>客户编号 %1 已被使用</translation>
    </message>
    <message>
        <source>customer name is required</source>
        <translation>客户名称为必填项</translation>
    </message>
    <message>
        <source>unknown customer type %1; use key_account, sme, individual, channel or other</source>
        <translation>未知的客户类型 %1；请使用 key_account（大客户）、sme（中小企业）、individual（个人）、channel（渠道）或 other（其他）</translation>
    </message>
    <message>
        <source>unknown customer level %1; use A, B or C</source>
        <translation>未知的客户等级 %1；请使用 A、B 或 C</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>纬度 %1 超出 -90 至 90 的范围</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>经度 %1 超出 -180 至 180 的范围</translation>
    </message>
    <message>
        <source>credit limit cannot be negative</source>
        <translation>信用额度不能为负数</translation>
    </message>
    <message>
        <source>payment terms cannot be a negative number of days</source>
        <translation>账期天数不能为负数</translation>
    </message>
    <message>
        <source>creation date %1 is in the future</source>
        <translation>创建日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>ownership start %1 is in the future</source>
        <translation>归属日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>ownership start %1 is before the creation date %2</source>
        <translation>归属日期 %1 早于创建日期 %2</translation>
    </message>
    <message>
        <source>owner %1 does not exist</source>
        <translation>负责人 %1 不存在</translation>
    </message>
    <message>
        <source>owner %1 (%2) has left the company</source>
        <translation>负责人 %1（%2）已离职</translation>
    </message>
    <message>
        <source>contact name is required</source>
        <translation>联系人姓名为必填项</translation>
    </message>
    <message>
        <source>%1 is not a telephone number</source>
        <translation>%1 不是有效的电话号码</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation>纬度和经度须同时填写</translation>
    </message>
    <message>
        <source>%1 is not a number of degrees</source>
        <translation>%1 不是有效的度数</translation>
    </message>
</context>
<context>
    <name>tl::core::Database</name>
    <message>
        <source>Database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Database file %1 already exists; it is not overwritten.</source>
        <translation>数据库文件 %1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open database %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>SQLite 驱动未返回原生句柄。</translation>
    </message>
    <message>
        <source>%1 is not a TeamLedger database.</source>
        <translation>%1 不是 TeamLedger 数据库。</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>无法配置数据库。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2). Use a newer TeamLedger.</source>
        <translation>该数据库的数据结构版本为 %1，高于本程序支持的版本（%2）。请使用更新版本的 TeamLedger。</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the database schema.</source>
        <translation>无法升级数据库结构。</translation>
    </message>
    <message>
        <source>The change conflicts with stored data: %1</source>
        <translation>该修改与已存数据冲突：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>tl::core::DatabaseCheck</name>
    <message>
        <source>Your role may not run the database check.</source>
        <translation>您的角色无权执行数据库检查。</translation>
    </message>
    <message>
        <source>database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>表 %2 中 ID 为 %1 的行引用了表 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>tl::core::DecimalText</name>
    <message>
        <source>no digits in &quot;%1&quot;</source>
        <translation>“%1”中没有数字</translation>
    </message>
    <message>
        <source>more than one decimal point in &quot;%1&quot;</source>
        <translation>“%1”中有多个小数点</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>“%2”中有无效字符“%1”</translation>
    </message>
    <message>
        <source>misplaced thousands separator in &quot;%1&quot;</source>
        <translation>“%1”中千位分隔符位置不正确</translation>
    </message>
    <message>
        <source>no digits before the decimal point in &quot;%1&quot;</source>
        <translation>“%1”中小数点前没有数字</translation>
    </message>
    <message>
        <source>no digits after the decimal point in &quot;%1&quot;</source>
        <translation>“%1”中小数点后没有数字</translation>
    </message>
    <message>
        <source>more than %1 decimals in &quot;%2&quot;</source>
        <translation>“%2”的小数位数超过 %1 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”数值过大</translation>
    </message>
</context>
<context>
    <name>tl::core::DemoCommand</name>
    <message>
        <source>Create a new database filled with a reproducible demo company.</source>
        <translation>新建一个数据库，并填入可重现的演示公司数据。</translation>
    </message>
    <message>
        <source>small (default), medium or large.</source>
        <translation>small（默认）、medium 或 large。</translation>
    </message>
    <message>
        <source>Random seed (default: 20260101).</source>
        <translation>随机种子（默认：20260101）。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos;: use small, medium or large.</source>
        <translation>未知的规模“%1”：请使用 small、medium 或 large。</translation>
    </message>
    <message>
        <source>The seed must be a whole number: &apos;%1&apos;.</source>
        <translation>随机种子必须是整数：“%1”。</translation>
    </message>
    <message>
        <source>Users: admin, hr, finance, manager, sales, auditor (all with the given password).</source>
        <translation>用户：admin、hr、finance、manager、sales、auditor（密码均为指定的密码）。</translation>
    </message>
    <message>
        <source>Scales: small (about 60 employees and 300 customers), medium (about 1,000 employees and 10,000 customers), large (10,000 employees, 8,000 of them in sales, 200,000 customers with about 2,000,000 follow-ups). Customers come with contacts, ownership history, a share in the pool, follow-ups, field check-ins and opportunities. The same seed gives the same company. Users: admin, hr, finance, manager, sales and auditor, all with the given password. An existing file is never overwritten (exit code 5).</source>
        <translation>规模：small（约 60 名员工、300 个客户）、medium（约 1,000 名员工、10,000 个客户）、large（10,000 名员工，其中 8,000 名为销售人员；200,000 个客户，约 2,000,000 条跟进记录）。客户附带联系人、归属记录、部分位于公海、跟进记录、外勤签到和商机。相同的随机种子生成相同的公司。用户：admin、hr、finance、manager、sales 和 auditor，密码均为指定的密码。不会覆盖已有文件（退出码 5）。</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo company in %1: %n employee(s) and %2 customers in %3 s.</source>
        <translation>
            <numerusform>已在 %1 创建演示公司：%n 名员工、%2 个客户，用时 %3 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::DemoCustomerWriter</name>
    <message>
        <source>Creating customers, follow-ups and visits</source>
        <translation>正在创建客户、跟进记录和拜访记录</translation>
    </message>
</context>
<context>
    <name>tl::core::DemoGenerator</name>
    <message>
        <source>The demo company needs a new, empty database.</source>
        <translation>演示公司需要一个新的空数据库。</translation>
    </message>
    <message>
        <source>Creating the demo company</source>
        <translation>正在创建演示公司</translation>
    </message>
    <message>
        <source>The demo generation was cancelled; nothing was written.</source>
        <translation>演示数据生成已取消；未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>tl::core::DepartmentService</name>
    <message>
        <source>name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>a department name cannot contain /</source>
        <translation>部门名称不能包含 /</translation>
    </message>
    <message>
        <source>parent department %1 does not exist</source>
        <translation>上级部门 %1 不存在</translation>
    </message>
    <message>
        <source>a department named %1 already exists there</source>
        <translation>该位置已有名为 %1 的部门</translation>
    </message>
    <message>
        <source>manager %1 does not exist</source>
        <translation>部门负责人 %1 不存在</translation>
    </message>
    <message>
        <source>You may not view the departments.</source>
        <translation>您无权查看部门。</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>部门 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not edit departments.</source>
        <translation>您无权编辑部门。</translation>
    </message>
    <message>
        <source>The department cannot be created.</source>
        <translation>无法创建部门。</translation>
    </message>
    <message>
        <source>a department cannot be moved under itself or one of its sub-departments</source>
        <translation>部门不能移到其自身或其下级部门之下</translation>
    </message>
    <message>
        <source>The department %1 cannot be changed.</source>
        <translation>无法修改部门 %1。</translation>
    </message>
    <message>
        <source>The department %1 has sub-departments and cannot be deleted.</source>
        <translation>部门 %1 有下级部门，无法删除。</translation>
    </message>
    <message>
        <source>The department %1 still has employees (former ones included) and cannot be deleted.</source>
        <translation>部门 %1 仍有员工（含已离职员工），无法删除。</translation>
    </message>
    <message>
        <source>%1 is not a department path.</source>
        <translation>%1 不是部门路径。</translation>
    </message>
    <message>
        <source>%1 is not a department path</source>
        <translation>%1 不是部门路径</translation>
    </message>
    <message>
        <source>The department %1 does not exist.</source>
        <translation>部门 %1 不存在。</translation>
    </message>
    <message>
        <source>There are several departments named %1.</source>
        <translation>有多个名为 %1 的部门。</translation>
    </message>
    <message>
        <source>there are several departments named %1; give the full path, e.g. parent/%1</source>
        <translation>有多个名为 %1 的部门；请填写完整路径，例如 上级部门/%1</translation>
    </message>
    <message>
        <source>You may not create departments.</source>
        <translation>您无权创建部门。</translation>
    </message>
    <message>
        <source>The department %1 cannot be created.</source>
        <translation>无法创建部门 %1。</translation>
    </message>
</context>
<context>
    <name>tl::core::Employee</name>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>离职中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>固定期限</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Until completion of a task</source>
        <translation>以完成一定工作任务为期限</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>Probation ending</source>
        <translation>试用期即将结束</translation>
    </message>
    <message>
        <source>Third fixed-term contract</source>
        <translation>第三次固定期限合同</translation>
    </message>
    <message>
        <source>Ten years of service</source>
        <translation>连续工作满十年</translation>
    </message>
    <message>
        <source>Probation too long</source>
        <translation>试用期超过法定上限</translation>
    </message>
    <message>
        <source>Second probation</source>
        <translation>重复约定试用期</translation>
    </message>
    <message>
        <source>No written contract</source>
        <translation>未签书面劳动合同</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeAttachmentService</name>
    <message>
        <source>You may not view the documents of employees.</source>
        <translation>您无权查看员工附件。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view the documents of %1 (%2).</source>
        <translation>您无权查看 %1（%2）的附件。</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view this document.</source>
        <translation>您无权查看此附件。</translation>
    </message>
    <message>
        <source>You may not edit employee records.</source>
        <translation>您无权编辑员工档案。</translation>
    </message>
    <message>
        <source>file name is required</source>
        <translation>文件名为必填项</translation>
    </message>
    <message>
        <source>the file %1 is empty</source>
        <translation>文件 %1 为空</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>The document cannot be added.</source>
        <translation>无法添加附件。</translation>
    </message>
    <message>
        <source>You may not edit the record of %1 (%2).</source>
        <translation>您无权编辑 %1（%2）的档案。</translation>
    </message>
    <message>
        <source>You may not edit this document.</source>
        <translation>您无权编辑此附件。</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeExport</name>
    <message>
        <source>You may not export the employee list.</source>
        <translation>您无权导出员工名单。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeImport</name>
    <message>
        <source>code %1 already appears in row %2</source>
        <translation>工号 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>employee %1 already exists; this import only adds new employees</source>
        <translation>员工 %1 已存在；本次导入只新增员工</translation>
    </message>
    <message>
        <source>the same ID number is in row %1</source>
        <translation>第 %1 行的身份证号与此相同</translation>
    </message>
    <message>
        <source>an employee cannot be their own manager</source>
        <translation>员工不能是自己的上级</translation>
    </message>
    <message>
        <source>manager %1 is neither in the database nor in this file</source>
        <translation>上级 %1 既不在数据库中，也不在本文件中</translation>
    </message>
    <message>
        <source>the reporting line %1 is a cycle</source>
        <translation>汇报关系 %1 形成了循环</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) to create: %1</source>
        <translation>
            <numerusform>待创建 %n 个部门：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) created: %1</source>
        <translation>
            <numerusform>已创建 %n 个部门：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeQuery</name>
    <message>
        <source>You may not view employee records.</source>
        <translation>您无权查看员工档案。</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeService</name>
    <message>
        <source>You may not view employee records.</source>
        <translation>您无权查看员工档案。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view the record of %1 (%2).</source>
        <translation>您无权查看 %1（%2）的档案。</translation>
    </message>
    <message>
        <source>You may not edit employee records.</source>
        <translation>您无权编辑员工档案。</translation>
    </message>
    <message numerus="yes">
        <source>The record of employee %1 has %n problem(s).</source>
        <translation>
            <numerusform>员工 %1 的档案有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not edit the record of %1 (%2).</source>
        <translation>您无权编辑 %1（%2）的档案。</translation>
    </message>
    <message>
        <source>A leave date is required to mark %1 (%2) as left.</source>
        <translation>将 %1（%2）标记为已离职须填写离职日期。</translation>
    </message>
    <message>
        <source>leave date is required</source>
        <translation>离职日期为必填项</translation>
    </message>
    <message>
        <source>The leave date of %1 (%2) cannot be before the hire date.</source>
        <translation>%1（%2）的离职日期不能早于入职日期。</translation>
    </message>
    <message>
        <source>leave date %1 is before the hire date %2</source>
        <translation>离职日期 %1 早于入职日期 %2</translation>
    </message>
    <message>
        <source>%1 (%2) has labour contracts and cannot be deleted; mark the employee as left instead.</source>
        <translation>%1（%2）已有劳动合同，无法删除；请改为将其标记为已离职。</translation>
    </message>
    <message>
        <source>%1 (%2) is linked to a user account and cannot be deleted.</source>
        <translation>%1（%2）已关联用户账户，无法删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) report to %1 (%2); assign them another manager first.</source>
        <translation>
            <numerusform>有 %n 名员工的上级是 %1（%2）；请先为他们指定其他上级。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) manages a department; choose another manager for it first.</source>
        <translation>%1（%2）是某部门的负责人；请先为该部门指定其他负责人。</translation>
    </message>
</context>
<context>
    <name>tl::core::EmployeeValidator</name>
    <message>
        <source>code is required</source>
        <translation>工号为必填项</translation>
    </message>
    <message>
        <source>code %1 is already used</source>
        <translation>工号 %1 已被使用</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>姓名为必填项</translation>
    </message>
    <message>
        <source>department %1 does not exist</source>
        <translation>部门 %1 不存在</translation>
    </message>
    <message>
        <source>unknown role %1; use sales, sales_manager, hr, finance or other</source>
        <translation>未知的岗位类别 %1；请使用 sales、sales_manager、hr、finance 或 other</translation>
    </message>
    <message>
        <source>hire date is required</source>
        <translation>入职日期为必填项</translation>
    </message>
    <message>
        <source>leave date is required when the employee has left</source>
        <translation>员工已离职时须填写离职日期</translation>
    </message>
    <message>
        <source>leave date %1 is before the hire date %2</source>
        <translation>离职日期 %1 早于入职日期 %2</translation>
    </message>
    <message>
        <source>bank account may only contain digits</source>
        <translation>银行账号只能包含数字</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>an employee cannot be their own manager</source>
        <translation>员工不能是自己的上级</translation>
    </message>
    <message>
        <source>manager %1 does not exist</source>
        <translation>上级 %1 不存在</translation>
    </message>
    <message>
        <source>manager %1 reports to %2 (directly or indirectly); this would make a cycle</source>
        <translation>上级 %1（直接或间接）向 %2 汇报；这将形成循环</translation>
    </message>
    <message>
        <source>hire date %1 is before the birth date %2</source>
        <translation>入职日期 %1 早于出生日期 %2</translation>
    </message>
    <message>
        <source>ID number is already used by %1 (%2)</source>
        <translation>身份证号已被 %1（%2）使用</translation>
    </message>
</context>
<context>
    <name>tl::core::Error</name>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>%1 列：%2</translation>
    </message>
</context>
<context>
    <name>tl::core::ExportCommand</name>
    <message>
        <source>Export a list to a CSV file.</source>
        <translation>将列表导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Kinds: %1. The format follows the extension: .csv (XLSX is not supported yet). Fields the user may not see are masked; the export is recorded in the audit log.</source>
        <translation>类型：%1。文件格式由扩展名决定：.csv（暂不支持 XLSX）。用户无权查看的字段将做脱敏处理；导出操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Also export employees who have left.</source>
        <translation>同时导出已离职员工。</translation>
    </message>
    <message>
        <source>Give the kind and the file to write.</source>
        <translation>请指定类型和要写入的文件。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use %2.</source>
        <translation>未知类型“%1”：请使用 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ExportService</name>
    <message>
        <source>This version exports CSV only; give a file name ending in .csv.</source>
        <translation>当前版本仅支持导出 CSV；请指定以 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Unknown export kind %1; the kinds are: %2</source>
        <translation>未知的导出类型 %1；可用类型：%2</translation>
    </message>
    <message>
        <source>You may not export %1.</source>
        <translation>您无权导出 %1。</translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpImport</name>
    <message>
        <source>You may not log follow-ups.</source>
        <translation>您无权记录跟进。</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>客户为必填项</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the employee who followed up is required</source>
        <translation>跟进人为必填项</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>you may not log follow-ups for %1</source>
        <translation>您无权为 %1 记录跟进</translation>
    </message>
    <message>
        <source>you may not log follow-ups for customer %1: it is not in your scope</source>
        <translation>您无权为客户 %1 记录跟进：该客户不在您的权限范围内</translation>
    </message>
    <message>
        <source>the time of the follow-up is required</source>
        <translation>跟进时间为必填项</translation>
    </message>
    <message>
        <source>follow-up date %1 is after today (%2)</source>
        <translation>跟进日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>the method is required: %1</source>
        <translation>跟进方式为必填项：%1</translation>
    </message>
    <message>
        <source>next follow-up date %1 is before the follow-up date %2</source>
        <translation>下次跟进日期 %1 早于跟进日期 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) of the same people and days were matched again.</source>
        <translation>
            <numerusform>已重新匹配相同人员和日期的 %n 条外勤签到。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpService</name>
    <message>
        <source>You may not log follow-ups.</source>
        <translation>您无权记录跟进。</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up has %n problem(s).</source>
        <translation>
            <numerusform>该跟进记录有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not log follow-ups for %1.</source>
        <translation>您无权为 %1 记录跟进。</translation>
    </message>
    <message>
        <source>You may not log follow-ups for customer %1 (%2): it is not yours.</source>
        <translation>您无权为客户 %1（%2）记录跟进：该客户不归您负责。</translation>
    </message>
    <message>
        <source>You may not view customers.</source>
        <translation>您无权查看客户。</translation>
    </message>
    <message>
        <source>You may not view customer %1 (%2).</source>
        <translation>您无权查看客户 %1（%2）。</translation>
    </message>
    <message>
        <source>You may not view the follow-ups of this employee.</source>
        <translation>您无权查看该员工的跟进记录。</translation>
    </message>
</context>
<context>
    <name>tl::core::FollowUpValidator</name>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the employee who followed up is required</source>
        <translation>跟进人为必填项</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the time of the follow-up is required</source>
        <translation>跟进时间为必填项</translation>
    </message>
    <message>
        <source>follow-up date %1 is in the future</source>
        <translation>跟进日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>unknown follow-up method %1; use phone, visit, wechat, email or other</source>
        <translation>未知的跟进方式 %1；请使用 phone（电话）、visit（拜访）、wechat（微信）、email（邮件）或 other（其他）</translation>
    </message>
    <message>
        <source>next follow-up date %1 is before the follow-up date %2</source>
        <translation>下次跟进日期 %1 早于跟进日期 %2</translation>
    </message>
    <message>
        <source>promised payment date %1 is before the follow-up date %2</source>
        <translation>承诺回款日 %1 早于跟进日期 %2</translation>
    </message>
</context>
<context>
    <name>tl::core::FunnelReport</name>
    <message>
        <source>You may not view the sales funnel.</source>
        <translation>您无权查看销售漏斗。</translation>
    </message>
    <message>
        <source>The period of the funnel is not valid.</source>
        <translation>销售漏斗的期间无效。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view the funnel of %1.</source>
        <translation>您无权查看 %1 的销售漏斗。</translation>
    </message>
    <message>
        <source>You may not view the funnel of this department.</source>
        <translation>您无权查看该部门的销售漏斗。</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportCommand</name>
    <message>
        <source>Import a CSV file, all or nothing.</source>
        <translation>导入 CSV 文件：全部成功或全部不写入。</translation>
    </message>
    <message>
        <source>Kinds: %1. Every problem is printed on stderr as &apos;row N, column C: reason&apos; (the header is row 1) and nothing is written (exit code 2).</source>
        <translation>类型：%1。每个问题都以“row N, column C: 原因”的格式输出到 stderr（表头为第 1 行），且不写入任何数据（退出码 2）。</translation>
    </message>
    <message>
        <source>Check everything and report what would change; write nothing.</source>
        <translation>检查全部数据并报告将发生的变更；不写入任何数据。</translation>
    </message>
    <message>
        <source>Also write the problems to a CSV file (only its header when there are none).</source>
        <translation>同时将问题写入 CSV 文件（没有问题时仅写表头）。</translation>
    </message>
    <message>
        <source>Give the kind and the file to import.</source>
        <translation>请指定类型和要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;: use %2.</source>
        <translation>未知类型“%1”：请使用 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n further problem(s) not listed.</source>
        <translation>
            <numerusform>另有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ImportHeader</name>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>未知的列；可用的列：%1</translation>
    </message>
    <message>
        <source>the column %1 appears twice (also as %2)</source>
        <translation>%1 列重复出现（另一处为 %2）</translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation>缺少此必填列</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportKinds</name>
    <message>
        <source>Unknown import kind %1; the kinds are: %2</source>
        <translation>未知的导入类型 %1；可用类型：%2</translation>
    </message>
    <message>
        <source>employee records</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>customer records</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>follow-up records</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>field check-ins</source>
        <translation>外勤签到</translation>
    </message>
</context>
<context>
    <name>tl::core::ImportResult</name>
    <message numerus="yes">
        <source>%n data row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>发现 %n 个问题；未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problem(s) are listed.</source>
        <translation>
            <numerusform>仅列出前 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1. Updated: %2. Unchanged: %3.</source>
        <translation>新增：%1。更新：%2。未变：%3。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>检查（试导入）：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>To create: %1. To update: %2. Unchanged: %3.</source>
        <translation>待新增：%1。待更新：%2。未变：%3。</translation>
    </message>
    <message>
        <source>Rows created: %1</source>
        <translation>新增行数：%1</translation>
    </message>
    <message>
        <source>Rows to create: %1</source>
        <translation>待新增行数：%1</translation>
    </message>
    <message>
        <source>Rows updated: %1</source>
        <translation>更新行数：%1</translation>
    </message>
    <message>
        <source>Rows to update: %1</source>
        <translation>待更新行数：%1</translation>
    </message>
    <message>
        <source>Rows unchanged: %1</source>
        <translation>未变行数：%1</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%1导入有 %n 个问题；未写入任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ImportService</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何数据。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook; this version imports CSV only. Save the sheet as &quot;CSV UTF-8&quot; (or CSV) and import that file.</source>
        <translation>%1 是 Excel 工作簿；当前版本仅支持导入 CSV。请将工作表另存为“CSV UTF-8”（或 CSV）格式后再导入。</translation>
    </message>
    <message>
        <source>Unknown import kind %1; the kinds are: %2</source>
        <translation>未知的导入类型 %1；可用类型：%2</translation>
    </message>
    <message>
        <source>You may not import %1.</source>
        <translation>您无权导入 %1。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>this cell is in a column without a header</source>
        <translation>该单元格所在列没有表头</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>tl::core::InitCommand</name>
    <message>
        <source>Create a new database with the company and the administrator.</source>
        <translation>新建数据库，并创建公司和系统管理员。</translation>
    </message>
    <message>
        <source>The administrator is the --user (default admin) with the given password. An existing file is never overwritten (exit code 5).</source>
        <translation>系统管理员为 --user 指定的用户（默认 admin），密码为指定的密码。不会覆盖已有文件（退出码 5）。</translation>
    </message>
    <message>
        <source>Company name (default: My company).</source>
        <translation>公司名称（默认：我的公司）。</translation>
    </message>
    <message>
        <source>City of the company: shanghai (default) or beijing.</source>
        <translation>公司所在城市：shanghai（默认）或 beijing。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown city &apos;%1&apos;: use shanghai or beijing.</source>
        <translation>未知城市“%1”：请使用 shanghai 或 beijing。</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>我的公司</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the administrator %3.</source>
        <translation>已创建 %1（公司：%2），系统管理员为 %3。</translation>
    </message>
</context>
<context>
    <name>tl::core::LabourContractService</name>
    <message>
        <source>You may not view labour contracts.</source>
        <translation>您无权查看劳动合同。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view the contracts of %1 (%2).</source>
        <translation>您无权查看 %1（%2）的劳动合同。</translation>
    </message>
    <message>
        <source>You may not edit labour contracts.</source>
        <translation>您无权编辑劳动合同。</translation>
    </message>
    <message>
        <source>You may not edit the contracts of %1 (%2).</source>
        <translation>您无权编辑 %1（%2）的劳动合同。</translation>
    </message>
    <message>
        <source>The labour contract of %1 (%2) cannot be saved.</source>
        <translation>无法保存 %1（%2）的劳动合同。</translation>
    </message>
    <message>
        <source>Labour contract %1 does not exist.</source>
        <translation>劳动合同 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not edit this labour contract.</source>
        <translation>您无权编辑此劳动合同。</translation>
    </message>
    <message>
        <source>Only the latest labour contract of %1 (%2) can be deleted.</source>
        <translation>只能删除 %1（%2）最近的一份劳动合同。</translation>
    </message>
</context>
<context>
    <name>tl::core::MoneyParse</name>
    <message>
        <source>empty amount</source>
        <translation>金额为空</translation>
    </message>
</context>
<context>
    <name>tl::core::OpportunityService</name>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求调研</translation>
    </message>
    <message>
        <source>Proposal submitted</source>
        <translation>方案提交</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>You may not edit opportunities.</source>
        <translation>您无权编辑商机。</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the owner is required</source>
        <translation>负责人为必填项</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>unknown stage %1</source>
        <translation>未知的阶段 %1</translation>
    </message>
    <message>
        <source>the creation date %1 is after today (%2)</source>
        <translation>创建日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>the expected closing date is before the creation date %1</source>
        <translation>预计成交日期早于创建日期 %1</translation>
    </message>
    <message numerus="yes">
        <source>The opportunity has %n problem(s).</source>
        <translation>
            <numerusform>该商机有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not create opportunities for %1.</source>
        <translation>您无权为 %1 创建商机。</translation>
    </message>
    <message>
        <source>You may not create opportunities for the customer %1 (%2).</source>
        <translation>您无权为客户 %1（%2）创建商机。</translation>
    </message>
    <message>
        <source>Opportunity %1 does not exist.</source>
        <translation>商机 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not edit the opportunity %1.</source>
        <translation>您无权编辑商机 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The opportunity %1 has %n problem(s).</source>
        <translation>
            <numerusform>商机 %1 有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown stage %1.</source>
        <translation>未知的阶段 %1。</translation>
    </message>
    <message>
        <source>The opportunity %1 is already at the stage %2.</source>
        <translation>商机 %1 已处于“%2”阶段。</translation>
    </message>
    <message>
        <source>You may not view opportunities.</source>
        <translation>您无权查看商机。</translation>
    </message>
    <message>
        <source>You may not view the opportunity %1.</source>
        <translation>您无权查看商机 %1。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tl::core::PasswordHasher</name>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>tl::core::PasswordPolicy</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少须有 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::PoolCommand</name>
    <message>
        <source>Customer pool: run the reclaim sweep, or preview it.</source>
        <translation>客户公海：执行公海回收，或预览回收结果。</translation>
    </message>
    <message>
        <source>&apos;sweep&apos; moves owned customers whose reclaim rule fell due on or before the as-of date back to the pool (no follow-up or no deal for the days of their level&apos;s rule), with ownership history and audit records, and lists the customers in the warning window and those exempt because of open receivables. Running it again on the same data moves nothing. Needs the right to manage the pool rules (exit code 3 otherwise).</source>
        <translation>“sweep”将截至基准日已到期（按客户等级规则规定的天数内未跟进或未成交）的客户收回公海，同时写入归属记录和审计记录，并列出处于预警期内的客户以及因有未结清应收账款而豁免的客户。对相同数据再次执行不会移动任何客户。需要管理公海规则的权限（否则退出码为 3）。</translation>
    </message>
    <message>
        <source>The day the rules are applied for (default: today).</source>
        <translation>应用规则的基准日（默认：今天）。</translation>
    </message>
    <message>
        <source>List what would move; change nothing.</source>
        <translation>列出将被收回的客户；不做任何更改。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>Give the pool command: sweep.</source>
        <translation>请指定公海命令：sweep。</translation>
    </message>
    <message>
        <source>Unknown pool command &apos;%1&apos;: use sweep.</source>
        <translation>未知的公海命令“%1”：请使用 sweep。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The as-of date must be a date (YYYY-MM-DD): &apos;%1&apos;.</source>
        <translation>基准日必须是日期（YYYY-MM-DD）：“%1”。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use text or json.</source>
        <translation>未知的格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <source>no deal (due %1)</source>
        <translation>未成交（%1 到期）</translation>
    </message>
    <message>
        <source>no follow-up (due %1)</source>
        <translation>未跟进（%1 到期）</translation>
    </message>
    <message>
        <source>would move %1 %2 (owner %3): %4</source>
        <translation>将收回 %1 %2（负责人 %3）：%4</translation>
    </message>
    <message>
        <source>moved %1 %2 (owner %3): %4</source>
        <translation>已收回 %1 %2（负责人 %3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>warned %1 %2 (owner %3): %4, %n day(s) left</source>
        <translation>
            <numerusform>即将进入公海 %1 %2（负责人 %3）：%4，还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>exempt %1 %2 (owner %3): open receivables, flagged to the manager instead of moved</source>
        <translation>豁免 %1 %2（负责人 %3）：有未结清应收账款，不收回，改为提示经理</translation>
    </message>
    <message>
        <source>Pool sweep as of %1 (dry run, nothing changed): %2 to move, %3 warned, %4 exempt.</source>
        <translation>公海回收（截至 %1，仅预览，未做任何更改）：将收回 %2 个，即将进入公海 %3 个，豁免 %4 个。</translation>
    </message>
    <message>
        <source>Pool sweep as of %1: %2 moved, %3 warned, %4 exempt.</source>
        <translation>公海回收（截至 %1）：已收回 %2 个，即将进入公海 %3 个，豁免 %4 个。</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolPlanner</name>
    <message>
        <source>already owned by %1</source>
        <translation>已归 %1 负责</translation>
    </message>
    <message numerus="yes">
        <source>%1 has reached the cap of %n owned customer(s)</source>
        <translation>
            <numerusform>%1 已达到 %n 个客户的持有上限</numerusform>
        </translation>
    </message>
    <message>
        <source>every member who could take it has reached the cap of owned customers</source>
        <translation>所有可接收的成员均已达到客户持有上限</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolRules</name>
    <message>
        <source>a number of days between %1 and %2 is expected</source>
        <translation>应为 %1 至 %2 之间的天数</translation>
    </message>
    <message>
        <source>the date the version takes effect is required</source>
        <translation>生效日期为必填项</translation>
    </message>
    <message>
        <source>the customer level is A, B or C</source>
        <translation>客户等级应为 A、B 或 C</translation>
    </message>
    <message>
        <source>a whole number between 0 and %1 is expected</source>
        <translation>应为 0 至 %1 之间的整数</translation>
    </message>
    <message>
        <source>the role is one of %1</source>
        <translation>岗位类别应为以下之一：%1</translation>
    </message>
    <message>
        <source>You may not change the pool rules.</source>
        <translation>您无权修改公海规则。</translation>
    </message>
    <message numerus="yes">
        <source>The pool rule for level %1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 级客户的公海规则有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool was already swept as of %1 under the rules then in force; a new version must take effect after that date.</source>
        <translation>公海已按当时有效的规则执行过截至 %1 的回收；新版本的生效日期必须晚于该日期。</translation>
    </message>
    <message numerus="yes">
        <source>The claim limits for the role %1 have %n problem(s).</source>
        <translation>
            <numerusform>岗位类别 %1 的领取限制有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers were already claimed on %1 under the limits then in force; a new version must take effect after that date.</source>
        <translation>已有客户在 %1 按当时有效的限制被领取；新版本的生效日期必须晚于该日期。</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolService</name>
    <message>
        <source>Your user is not linked to an employee, so it cannot own customers.</source>
        <translation>您的用户未关联员工，因此不能负责客户。</translation>
    </message>
    <message>
        <source>You may not claim customers.</source>
        <translation>您无权领取客户。</translation>
    </message>
    <message>
        <source>You may not claim customers for other people.</source>
        <translation>您无权为他人领取客户。</translation>
    </message>
    <message>
        <source>%1 (%2) is not in your team.</source>
        <translation>%1（%2）不在您的团队中。</translation>
    </message>
    <message>
        <source>%1 (%2) was already claimed by %3.</source>
        <translation>%1（%2）已被 %3 领取。</translation>
    </message>
    <message>
        <source>%1 (%2) has left or is leaving and cannot take customers.</source>
        <translation>%1（%2）已离职或正在离职，不能接收客户。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already owns %n customer(s) counted against the cap of %2.</source>
        <translation>
            <numerusform>%1 已持有 %n 个计入上限的客户，上限为 %2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has already claimed %n customer(s) today; the daily limit is %2.</source>
        <translation>
            <numerusform>%1 今天已领取 %n 个客户；每日上限为 %2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave up %2 on %3; it can be claimed again in %n day(s).</source>
        <translation>
            <numerusform>%1 已于 %3 失去 %2；冷却期内，%n 天后才能再次领取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the pool.</source>
        <translation>%1（%2）已在公海中。</translation>
    </message>
    <message>
        <source>You may not release customers to the pool.</source>
        <translation>您无权将客户释放到公海。</translation>
    </message>
    <message>
        <source>You may only release your own customers.</source>
        <translation>您只能释放自己的客户。</translation>
    </message>
    <message>
        <source>%1 (%2) is owned by %3, who is not in your team.</source>
        <translation>%1（%2）的负责人是 %3，不在您的团队中。</translation>
    </message>
    <message>
        <source>%1 (%2) changed hands meanwhile; look again.</source>
        <translation>%1（%2）的负责人刚刚发生了变化；请刷新后重试。</translation>
    </message>
    <message>
        <source>You may not assign customers.</source>
        <translation>您无权分配客户。</translation>
    </message>
    <message>
        <source>Select the customers to assign.</source>
        <translation>请选择要分配的客户。</translation>
    </message>
    <message>
        <source>Choose who receives the customers.</source>
        <translation>请选择接收客户的人员。</translation>
    </message>
    <message>
        <source>Assigning to a person takes exactly one person.</source>
        <translation>分配给指定人员时只能选择一人。</translation>
    </message>
</context>
<context>
    <name>tl::core::PoolSweep</name>
    <message>
        <source>You may not run the pool sweep.</source>
        <translation>您无权执行公海回收。</translation>
    </message>
    <message>
        <source>The pool sweep needs a valid as-of date.</source>
        <translation>公海回收需要有效的基准日。</translation>
    </message>
    <message>
        <source>The pool sweep was cancelled; nothing was changed.</source>
        <translation>公海回收已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Checking owned customers against the pool rules</source>
        <translation>正在按公海规则检查已有负责人的客户</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n customer(s) to the pool</source>
        <translation>
            <numerusform>正在将 %n 个客户收回公海</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 changed hands during the pool sweep.</source>
        <translation>客户 %1 的负责人在公海回收期间发生了变化。</translation>
    </message>
</context>
<context>
    <name>tl::core::ProblemReport</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::Rate</name>
    <message>
        <source>empty percentage</source>
        <translation>百分比为空</translation>
    </message>
</context>
<context>
    <name>tl::core::RestoreCommand</name>
    <message>
        <source>Replace the database with a backup after checking the backup.</source>
        <translation>检查备份后，用该备份替换数据库。</translation>
    </message>
    <message>
        <source>The backup must pass the same check as &apos;check&apos; (integrity, foreign keys, audit trail) and must not come from a newer version; otherwise nothing changes (exit code 5). The replaced database is kept beside it as NAME.before-restore-TIMESTAMP. Without a usable database the user logs in to the backup.</source>
        <translation>备份必须通过与“check”命令相同的检查（完整性、外键、审计轨迹），且不能来自更高版本；否则不做任何更改（退出码 5）。被替换的数据库以 NAME.before-restore-TIMESTAMP 的名称保留在同一目录。若当前数据库不可用，则使用备份中的账户登录验证。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>无法复制 %1。</translation>
    </message>
    <message>
        <source>Give exactly one backup file.</source>
        <translation>请指定且仅指定一个备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 is not fit for a restore; nothing was changed.</source>
        <translation>备份 %1 不可用于恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tl::core::Role</name>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>人事管理员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计</translation>
    </message>
</context>
<context>
    <name>tl::core::Rounding</name>
    <message>
        <source>Round half up to the fen</source>
        <translation>四舍五入到分</translation>
    </message>
    <message>
        <source>Round half up to the jiao</source>
        <translation>四舍五入到角</translation>
    </message>
    <message>
        <source>Round half up to the yuan</source>
        <translation>四舍五入到元</translation>
    </message>
    <message>
        <source>Round up to the fen</source>
        <translation>进位到分</translation>
    </message>
    <message>
        <source>Round up to the jiao</source>
        <translation>进位到角</translation>
    </message>
    <message>
        <source>Round up to the yuan</source>
        <translation>进位到元</translation>
    </message>
    <message>
        <source>Round down to the fen</source>
        <translation>舍去到分</translation>
    </message>
    <message>
        <source>Round down to the jiao</source>
        <translation>舍去到角</translation>
    </message>
    <message>
        <source>Round down to the yuan</source>
        <translation>舍去到元</translation>
    </message>
</context>
<context>
    <name>tl::core::SettingDefinitions</name>
    <message>
        <source>one whole number between %1 and %2 is expected</source>
        <translation>应为 %1 至 %2 之间的一个整数</translation>
    </message>
    <message>
        <source>whole numbers between %1 and %2 separated by commas are expected, e.g. %3</source>
        <translation>应为以逗号分隔的 %1 至 %2 之间的整数，例如 %3</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>a setting name is made of lower-case words separated by dots, e.g. letters.reply_days</source>
        <translation>设置项名称由以点分隔的小写单词组成，例如 letters.reply_days</translation>
    </message>
</context>
<context>
    <name>tl::core::SetupService</name>
    <message>
        <source>a company name is required</source>
        <translation>公司名称为必填项</translation>
    </message>
    <message>
        <source>the city is shanghai or beijing</source>
        <translation>城市须为 shanghai 或 beijing</translation>
    </message>
    <message>
        <source>This database already holds a company; it is not set up again.</source>
        <translation>该数据库中已有公司，不会重新初始化。</translation>
    </message>
    <message>
        <source>The company cannot be set up.</source>
        <translation>无法初始化公司。</translation>
    </message>
</context>
<context>
    <name>tl::core::UserService</name>
    <message>
        <source>Only a system administrator may manage user accounts.</source>
        <translation>只有系统管理员可以管理用户账户。</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>Only a system administrator or an auditor may see the user accounts.</source>
        <translation>只有系统管理员或审计可以查看用户账户。</translation>
    </message>
    <message>
        <source>a user name is required</source>
        <translation>用户名为必填项</translation>
    </message>
    <message>
        <source>a user name has at most %1 characters and no spaces</source>
        <translation>用户名最多 %1 个字符，且不能包含空格</translation>
    </message>
    <message>
        <source>the user name %1 is taken</source>
        <translation>用户名 %1 已被占用</translation>
    </message>
    <message>
        <source>a display name has at most %1 characters</source>
        <translation>显示名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>该员工不存在</translation>
    </message>
    <message>
        <source>the employee is already linked to user %1</source>
        <translation>该员工已关联用户 %1</translation>
    </message>
    <message>
        <source>The user account cannot be saved.</source>
        <translation>无法保存用户账户。</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator and must keep that role.</source>
        <translation>%1 是最后一个启用的系统管理员，必须保留该角色。</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator and cannot be deactivated.</source>
        <translation>%1 是最后一个启用的系统管理员，不能停用。</translation>
    </message>
    <message>
        <source>Only a logged-in user can change their password.</source>
        <translation>只有已登录的用户才能修改自己的密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>tl::core::Validation</name>
    <message>
        <source>ID number must have 18 characters, not %1</source>
        <translation>身份证号应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>ID number must be 17 digits followed by a digit or X</source>
        <translation>身份证号应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>no such date %1</source>
        <translation>日期 %1 不存在</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation>校验码应为 %1</translation>
    </message>
    <message>
        <source>mobile number must have 11 digits</source>
        <translation>手机号应为 11 位数字</translation>
    </message>
    <message>
        <source>mobile number must start with 13 to 19</source>
        <translation>手机号应以 13 至 19 开头</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD)</source>
        <translation>%1 不是日期（请用 YYYY-MM-DD 格式）</translation>
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
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Log in again.</source>
        <translation>已恢复备份 %1。请重新登录。</translation>
    </message>
    <message>
        <source>The restore failed; the database was not changed.
%1</source>
        <translation>恢复失败；数据库未做更改。
%1</translation>
    </message>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Log in again to continue.</source>
        <translation>
            <numerusform>%n 分钟无操作，会话已锁定。请重新登录以继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>分配客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected. Choose how to assign them and check the preview before assigning.</source>
        <translation>
            <numerusform>已选择 %n 个客户。请选择分配方式，并在分配前查看预览。</numerusform>
        </translation>
    </message>
    <message>
        <source>To one person</source>
        <translation>分配给指定人员</translation>
    </message>
    <message>
        <source>Round-robin over the members</source>
        <translation>在成员间轮流分配</translation>
    </message>
    <message>
        <source>By ranking (best performers first)</source>
        <translation>按业绩排名（业绩好的优先）</translation>
    </message>
    <message>
        <source>At random among the members</source>
        <translation>在成员间随机分配</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>分配方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional; kept in the ownership history</source>
        <translation>可选；将记入归属记录</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Chec&amp;k none</source>
        <translation>全不选(&amp;K)</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>预览(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Compute the moves again (F5)</source>
        <translation>重新计算分配结果（F5）</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>分配(&amp;G)</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>我的全部团队</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Check the person who gets the customers.</source>
        <translation>请勾选接收客户的人员。</translation>
    </message>
    <message>
        <source>Check the members to share the customers among.</source>
        <translation>请勾选参与分配客户的成员。</translation>
    </message>
    <message>
        <source>Check at least one member.</source>
        <translation>请至少勾选一名成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be assigned.</source>
        <translation>
            <numerusform>将分配 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can take these customers: see the notes in the preview.</source>
        <translation>没有成员可以接收这些客户：请查看预览中的备注。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were assigned.</source>
        <translation>
            <numerusform>已分配 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>（不可见）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be assigned; %1 cannot be placed (see the note of each).</source>
        <translation>
            <numerusform>将分配 %n 个客户；%1 个无法分配（原因见各行备注）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLabels</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>城市参数</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Employee attachment</source>
        <translation>员工附件</translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>客户联系人</translation>
    </message>
    <message>
        <source>Customer ownership</source>
        <translation>客户归属</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>外勤签到</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunity stage</source>
        <translation>商机阶段</translation>
    </message>
    <message>
        <source>Pool rule</source>
        <translation>公海规则</translation>
    </message>
    <message>
        <source>Pool limit</source>
        <translation>领取限制</translation>
    </message>
    <message>
        <source>Pool sweep</source>
        <translation>公海回收</translation>
    </message>
    <message>
        <source>Created in bulk</source>
        <translation>批量创建</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Released to the pool</source>
        <translation>释放回公海</translation>
    </message>
    <message>
        <source>Reclaimed: no follow-up</source>
        <translation>收回：未跟进</translation>
    </message>
    <message>
        <source>Reclaimed: no deal</source>
        <translation>收回：未成交</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Owner changed by hand</source>
        <translation>手工变更负责人</translation>
    </message>
    <message>
        <source>Visit re-matched</source>
        <translation>重新匹配拜访</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>阶段变更</translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLogPage</name>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>校验(&amp;V)…</translation>
    </message>
    <message>
        <source>Search records, users and values…</source>
        <translation>搜索记录、用户和值…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and that every audited record still matches its last audited state</source>
        <translation>检查审计轨迹的哈希链，并核对每条被审计的记录是否仍与其最后一次审计时的状态一致</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>正在校验审计轨迹</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在校验审计轨迹…</translation>
    </message>
    <message>
        <source>The audit trail verifies: the chain is intact and every audited record matches its last audited state.</source>
        <translation>审计轨迹校验通过：哈希链完整，且每条被审计的记录均与其最后一次审计时的状态一致。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s), listed below the log: records were changed outside the application or the trail was altered.</source>
        <translation>
            <numerusform>检查发现 %n 个问题（列于日志下方）：有记录在本程序之外被修改，或审计轨迹被篡改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditLogTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>tl::ui::AuditRecordView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Select a record to see what changed.</source>
        <translation>选择一条记录以查看变更内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3 &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;by %5 at %6, record no. %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3 &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;操作人 %5，时间 %6，记录号 %7</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackgroundRead</name>
    <message>
        <source>Reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackupPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup and restore&lt;/b&gt; — a backup is a consistent copy of the whole database, taken while everyone keeps working. Keep copies on another disk.</source>
        <translation>&lt;b&gt;备份与恢复&lt;/b&gt; — 备份是整个数据库的一致性副本，备份期间其他人可照常工作。请将副本另存到其他磁盘。</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> 个最新备份</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Back up to a &amp;file…</source>
        <translation>备份到文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first:</source>
        <translation>文件夹中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>从文件恢复(&amp;I)…</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>请先选择备份文件夹。</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <source>TeamLedger database (*.db);;All files (*)</source>
        <translation>TeamLedger 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be restored: the check found %n problem(s), listed below.</source>
        <translation>
            <numerusform>%1 无法恢复：检查发现 %n 个问题，详见下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?</source>
        <translation>确定用备份 %1 替换当前数据库吗？</translation>
    </message>
    <message>
        <source>Every change made since that backup will be gone. The current database is kept beside it as a copy. TeamLedger closes the database, restores the backup and then asks you to log in again.</source>
        <translation>该备份之后所做的所有更改都将丢失。当前数据库会以副本形式保留在同一文件夹中。TeamLedger 将关闭数据库、恢复备份，然后请您重新登录。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>刷新(&amp;H)</translation>
    </message>
</context>
<context>
    <name>tl::ui::CheckinMonthTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到次数</translation>
    </message>
    <message>
        <source>Effective visits</source>
        <translation>有效拜访</translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation>有效拜访占比</translation>
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
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Matched customer</source>
        <translation>匹配客户</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判定依据</translation>
    </message>
</context>
<context>
    <name>tl::ui::CityProfileDialog</name>
    <message>
        <source>Half up to the fen</source>
        <translation>四舍五入到分</translation>
    </message>
    <message>
        <source>Half up to the jiao</source>
        <translation>四舍五入到角</translation>
    </message>
    <message>
        <source>Half up to the yuan</source>
        <translation>四舍五入到元</translation>
    </message>
    <message>
        <source>Up to the jiao</source>
        <translation>进位到角</translation>
    </message>
    <message>
        <source>Up to the yuan</source>
        <translation>进位到元</translation>
    </message>
    <message>
        <source>Down to the jiao</source>
        <translation>舍去到角</translation>
    </message>
    <message>
        <source>Down to the yuan</source>
        <translation>舍去到元</translation>
    </message>
    <message>
        <source>New city profile</source>
        <translation>新建城市参数</translation>
    </message>
    <message>
        <source>A profile applies from its date on; earlier months keep the profile that was in force then. Amounts in yuan, rates in percent.</source>
        <translation>城市参数自生效日期起适用；此前的月份仍沿用当时有效的参数。金额单位为元，比例单位为 %。</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>Base from</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Employee, %</source>
        <translation>个人（%）</translation>
    </message>
    <message>
        <source>Employer, %</source>
        <translation>单位（%）</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入方式</translation>
    </message>
    <message>
        <source>Housing fund and minimum wage</source>
        <translation>公积金与最低工资</translation>
    </message>
    <message>
        <source>Rate each, %</source>
        <translation>缴存比例（单位、个人各，%）</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>最低工资</translation>
    </message>
</context>
<context>
    <name>tl::ui::CityProfilesPanel</name>
    <message>
        <source>&amp;Add a dated profile…</source>
        <translation>新增生效参数(&amp;A)…</translation>
    </message>
    <message>
        <source>Contribution bases, rates and the minimum wage per city, each valid from its date. A change is a new profile from a date on, so past payrolls keep their figures.</source>
        <translation>各城市的缴费基数、缴费比例和最低工资，各自从生效日期起适用。修改时须新增一份自某日起生效的参数，以往的薪资数据因此保持不变。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Social insurance base</source>
        <translation>社保基数</translation>
    </message>
    <message>
        <source>Housing fund base</source>
        <translation>公积金基数</translation>
    </message>
    <message>
        <source>Housing fund rate</source>
        <translation>公积金比例</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>最低工资</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The city profile was added.</source>
        <translation>已新增城市参数。</translation>
    </message>
    <message>
        <source>Employee rates</source>
        <translation>个人比例</translation>
    </message>
    <message>
        <source>Employer rates</source>
        <translation>单位比例</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入方式</translation>
    </message>
    <message>
        <source>Pension / medical / unemployment</source>
        <translation>养老/医疗/失业</translation>
    </message>
    <message>
        <source>Pension / medical / unemployment / work injury</source>
        <translation>养老/医疗/失业/工伤</translation>
    </message>
    <message>
        <source>Social insurance / housing fund</source>
        <translation>社保/公积金</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>e.g. Purchasing manager</source>
        <translation>例如 采购经理</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>WeChat:</source>
        <translation>微信：</translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation>主要联系人(&amp;P)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerContactTableModel</name>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Hidden: contact details are shown to the customer&apos;s owner and their managers</source>
        <translation>已隐藏：联系方式仅对客户负责人及其上级显示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerContactsPanel</name>
    <message>
        <source>&amp;Add contact…</source>
        <translation>新增联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit co&amp;ntact…</source>
        <translation>编辑联系人(&amp;N)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation>删除联系人(&amp;V)</translation>
    </message>
    <message>
        <source>Contact details of pool customers are shown after the customer is claimed.</source>
        <translation>公海客户的联系方式在领取后显示。</translation>
    </message>
    <message>
        <source>Contact details are shown to the customer&apos;s owner and their managers.</source>
        <translation>联系方式仅对客户负责人及其上级显示。</translation>
    </message>
    <message>
        <source>Contact %1 was added.</source>
        <translation>已新增联系人 %1。</translation>
    </message>
    <message>
        <source>Contact %1 was saved.</source>
        <translation>联系人 %1 已保存。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts of %2?</source>
        <translation>确定从 %2 的联系人中删除 %1 吗？</translation>
    </message>
    <message>
        <source>Contact %1 was removed.</source>
        <translation>已删除联系人 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerCountdown</name>
    <message numerus="yes">
        <source>%n day(s) left before the pool</source>
        <extracomment>Reclaim countdown on a customer row; Chinese: 还剩 %n 天进入公海</extracomment>
        <translation>
            <numerusform>还剩 %n 天进入公海</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes to the pool today</source>
        <extracomment>Chinese: 今天进入公海</extracomment>
        <translation>今天进入公海</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue for the pool</source>
        <extracomment>The reclaim date has passed but the sweep has not run yet; Chinese: 已超期 %n 天，待收回公海</extracomment>
        <translation>
            <numerusform>已超期 %n 天，待收回公海</numerusform>
        </translation>
    </message>
    <message>
        <source>Open receivables: not reclaimed</source>
        <translation>有未结清应收账款：不收回</translation>
    </message>
    <message>
        <source>Reclaimed to the pool on %1 unless it is followed up.</source>
        <translation>如不跟进，将于 %1 收回公海。</translation>
    </message>
    <message>
        <source>Within the warning window: reclaimed to the pool on %1 unless it is followed up.</source>
        <translation>已进入预警期：如不跟进，将于 %1 收回公海。</translation>
    </message>
    <message>
        <source>The next pool sweep reclaims this customer today (%1).</source>
        <translation>今天（%1）的公海回收将收回该客户。</translation>
    </message>
    <message numerus="yes">
        <source>Due back to the pool since %1 (%n day(s) ago); the next pool sweep reclaims it.</source>
        <translation>
            <numerusform>自 %1 起（%n 天前）已到期应退回公海；下次公海回收时将收回。</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has open receivables, so the pool sweep never reclaims it automatically; the manager is told instead.</source>
        <translation>该客户有未结清应收账款，公海回收不会自动收回，而是提示经理。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerDetailDialog</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>跟进记录(&amp;F)</translation>
    </message>
    <message>
        <source>Ownership &amp;history</source>
        <translation>归属记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <source>Loca&amp;tion</source>
        <translation>位置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Release to pool…</source>
        <translation>释放到公海(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>该客户不可用</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>separator between facts in the customer header</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>In the customer pool since %1</source>
        <translation>自 %1 起在公海中</translation>
    </message>
    <message>
        <source>Owner: %1 (%2), since %3</source>
        <translation>负责人：%1（%2），归属日期 %3</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <source>Follow-up logged for %1.</source>
        <translation>已为 %1 记录跟进。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户信息</translation>
    </message>
    <message>
        <source>Location and terms</source>
        <translation>位置与付款条件</translation>
    </message>
    <message>
        <source>e.g. C00001</source>
        <translation>例如 C00001</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <source>Registered name of the company or person</source>
        <translation>公司或个人的登记名称</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>客户类型：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>客户等级：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>employee code; empty = customer pool</source>
        <translation>员工工号；留空 = 公海</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>primary contact&apos;s name</source>
        <translation>主要联系人姓名</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>e.g. East China</source>
        <translation>例如 华东</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>e.g. 31.230416</source>
        <translation>例如 31.230416</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>e.g. 121.473701</source>
        <translation>例如 121.473701</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>yuan, e.g. 50,000.00</source>
        <translation>单位：元，例如 50,000.00</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>信用额度：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>账期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The code of an existing customer cannot be changed.</source>
        <translation>已有客户的客户编号不能修改。</translation>
    </message>
    <message>
        <source>A new customer belongs to you.</source>
        <translation>新客户归您负责。</translation>
    </message>
    <message>
        <source>The owner changes through the customer pool: claim, release or assign.</source>
        <translation>负责人须通过公海变更：领取、释放或分配。</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <source>Customer %1 was created, but its contact was not saved: %2</source>
        <translation>已创建客户 %1，但其联系人未保存：%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerFilterBar</name>
    <message>
        <source>Re&amp;claimed within</source>
        <translation>进入公海倒计时(&amp;C)</translation>
    </message>
    <message>
        <source>Search code, name, region or industry</source>
        <translation>搜索客户编号、名称、区域或行业</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>客户等级(&amp;V)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>客户类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Only customers that go back to the pool within this many days</source>
        <translation>只显示在此天数内将退回公海的客户</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天以内</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>No employee %1 in your view</source>
        <translation>您的查看范围内没有员工 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerListPage</name>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Team customers</source>
        <translation>团队客户</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Release to pool…</source>
        <translation>释放到公海(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the selected customers to a team member, or spread them over the team</source>
        <translation>将所选客户分配给一名团队成员，或在团队中分摊</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer %1 was created.</source>
        <translation>已创建客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <source>Follow-up logged for %1.</source>
        <translation>已为 %1 记录跟进。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerLocationPanel</name>
    <message>
        <source>Copy coor&amp;dinates</source>
        <translation>复制坐标(&amp;D)</translation>
    </message>
    <message>
        <source>Copy addre&amp;ss</source>
        <translation>复制地址(&amp;S)</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>Latitude and longitude in WGS-84 degrees; paste them into a map application. Field check-ins within the visit distance of these coordinates count as visits.</source>
        <translation>WGS-84 坐标系的纬度和经度（度），可粘贴到地图应用中。在该坐标拜访距离范围内的外勤签到计为拜访。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>latitude, longitude: %1</source>
        <translation>纬度, 经度：%1</translation>
    </message>
    <message>
        <source>Coordinates copied: %1</source>
        <translation>已复制坐标：%1</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>已复制地址。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerOpportunitiesPanel</name>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>变更阶段(&amp;M)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Opportunity %1 was created.</source>
        <translation>已创建商机 %1。</translation>
    </message>
    <message>
        <source>Opportunity %1 was saved.</source>
        <translation>商机 %1 已保存。</translation>
    </message>
    <message>
        <source>Opportunity %1 is now at %2.</source>
        <translation>商机 %1 已进入“%2”阶段。</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerOpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerRelease</name>
    <message numerus="yes">
        <source>%n customer(s) released to the pool.</source>
        <translation>
            <numerusform>已将 %n 个客户释放到公海。</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1 (%2) to the customer pool?</source>
        <translation>确定将 %1（%2）释放到公海吗？</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between customer names in a list; Chinese: 、</extracomment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n customer(s) to the customer pool?
%1</source>
        <translation>
            <numerusform>确定将 %n 个客户释放到公海吗？
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>释放到公海</translation>
    </message>
    <message>
        <source>Anyone may then claim them; the former owner only after the cooldown.</source>
        <translation>释放后任何人都可以领取；原负责人须待冷却期结束后才能领取。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
</context>
<context>
    <name>tl::ui::CustomerTableModel</name>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>In the customer pool since %1</source>
        <translation>自 %1 起在公海中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No follow-up by the owner since the ownership started</source>
        <translation>自归属以来负责人尚未跟进</translation>
    </message>
    <message>
        <source>Hidden: claim the customer to see its contacts</source>
        <translation>已隐藏：领取该客户后可查看联系方式</translation>
    </message>
    <message>
        <source>Hidden: your role may not see this customer&apos;s contacts</source>
        <translation>已隐藏：您的角色无权查看该客户的联系方式</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owned since</source>
        <translation>归属日期</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Pool countdown</source>
        <translation>公海倒计时</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>tl::ui::DepartmentPanel</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a sub-department under the selected one</source>
        <translation>在所选部门下新增下级部门</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected department</source>
        <translation>重命名所选部门</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected department (only when it has no sub-departments and no employees)</source>
        <translation>删除所选部门（仅限没有下级部门且没有员工的部门）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name of the new top-level department:</source>
        <translation>新建一级部门的名称：</translation>
    </message>
    <message>
        <source>Name of the new department under %1:</source>
        <translation>%1 下新部门的名称：</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Department %1 was added.</source>
        <translation>已新增部门 %1。</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>The department was renamed to %1.</source>
        <translation>部门已重命名为 %1。</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete the department %1?</source>
        <translation>确定删除部门 %1 吗？</translation>
    </message>
    <message>
        <source>Department %1 was deleted.</source>
        <translation>已删除部门 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeContractsPanel</name>
    <message>
        <source>&amp;Add contract…</source>
        <translation>新增合同(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>续签(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>A new contract starting the day after the last one ends, with the same term</source>
        <translation>新签一份合同：自上一份合同结束次日起，期限与其相同</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts&lt;/b&gt; — select an employee to see the contract history.</source>
        <translation>&lt;b&gt;劳动合同&lt;/b&gt; — 选择员工以查看其合同记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 的劳动合同&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>The labour contract of %1 was added.</source>
        <translation>已为 %1 新增劳动合同。</translation>
    </message>
    <message>
        <source>The labour contract of %1 was renewed.</source>
        <translation>已为 %1 续签劳动合同。</translation>
    </message>
    <message>
        <source>The labour contract was saved.</source>
        <translation>劳动合同已保存。</translation>
    </message>
    <message>
        <source>Your role may not view labour contracts.</source>
        <translation>您的角色无权查看劳动合同。</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeDialog</name>
    <message>
        <source>Employment</source>
        <translation>任职信息</translation>
    </message>
    <message>
        <source>Personal and payment</source>
        <translation>个人及银行信息</translation>
    </message>
    <message>
        <source>e.g. E0001</source>
        <translation>例如 E0001</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Job role:</source>
        <translation>岗位类别：</translation>
    </message>
    <message>
        <source>code, or type a name to search</source>
        <translation>工号，或输入姓名搜索</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>上级：</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离职于</translation>
    </message>
    <message>
        <source>Leave date:</source>
        <translation>离职日期：</translation>
    </message>
    <message>
        <source>18-digit resident ID</source>
        <translation>18 位居民身份证号</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>开户行：</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>银行账号：</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Work city:</source>
        <translation>工作城市：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Masked: your role may not see full ID numbers, so this field cannot be changed here.</source>
        <translation>已脱敏：您的角色无权查看完整身份证号，因此无法在此修改该字段。</translation>
    </message>
    <message>
        <source>Masked: your role may not see full bank accounts, so this field cannot be changed here.</source>
        <translation>已脱敏：您的角色无权查看完整银行账号，因此无法在此修改该字段。</translation>
    </message>
    <message>
        <source>Use &quot;Change status&quot; on the employees page to change the status.</source>
        <translation>请在员工档案页面使用“变更状态”修改状态。</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Edit employee %1</source>
        <translation>编辑员工 %1</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生日期 %1，%2</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeStatusDialog</name>
    <message>
        <source>Leaves on</source>
        <translation>离职于</translation>
    </message>
    <message>
        <source>Change status: %1 %2</source>
        <translation>变更状态：%1 %2</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>%1 %2 — now %3</source>
        <translation>%1 %2 — 当前：%3</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <source>Leave date:</source>
        <translation>离职日期：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeeTableModel</name>
    <message>
        <source>Masked: your role may not see full ID numbers.</source>
        <translation>已脱敏：您的角色无权查看完整身份证号。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Work city</source>
        <translation>工作城市</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
</context>
<context>
    <name>tl::ui::EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>Search code, name, mobile or position</source>
        <translation>搜索工号、姓名、手机号或岗位</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>All current</source>
        <translation>全部在册</translation>
    </message>
    <message>
        <source>Include &amp;left</source>
        <translation>含已离职(&amp;L)</translation>
    </message>
    <message>
        <source>Also list employees who have left</source>
        <translation>同时列出已离职员工</translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation>新建员工(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>变更状态(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Employee %1 was created.</source>
        <translation>已创建员工 %1。</translation>
    </message>
    <message>
        <source>Employee %1 was saved.</source>
        <translation>员工 %1 已保存。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的状态已变更为“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>共 %Ln 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to TeamLedger</source>
        <translation>欢迎使用 TeamLedger</translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation>创建我的公司(&amp;C)</translation>
    </message>
    <message>
        <source>Start with an empty ledger: your company, its city and the system administrator&apos;s account.</source>
        <translation>从空白台账开始：填写公司名称、所在城市和系统管理员账户。</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>打开演示公司(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up company with departments, employees and labour contracts, to try TeamLedger out. Its users admin, hr, finance, manager, sales and auditor share the password you choose.</source>
        <translation>一家虚构的公司，含部门、员工和劳动合同，供试用 TeamLedger。其用户 admin、hr、finance、manager、sales 和 auditor 共用您设定的密码。</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>您的公司</translation>
    </message>
    <message>
        <source>The city selects the built-in social-insurance and housing-fund profile; both can be changed later in Settings.</source>
        <translation>所选城市决定内置的社保和公积金参数；二者之后均可在“设置”中修改。</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The demo company</source>
        <translation>演示公司</translation>
    </message>
    <message>
        <source>Choose the password of the demo users (admin, hr, finance, manager, sales, auditor).</source>
        <translation>为演示用户（admin、hr、finance、manager、sales、auditor）设定密码。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>请输入管理员用户名。</translation>
    </message>
    <message>
        <source>%1 already holds a company; it is not changed.</source>
        <translation>%1 中已有公司，不做更改。</translation>
    </message>
    <message>
        <source>Creating the company</source>
        <translation>正在创建公司</translation>
    </message>
    <message>
        <source>Creating the company…</source>
        <translation>正在创建公司…</translation>
    </message>
    <message>
        <source>Generating the demo company</source>
        <translation>正在生成演示公司</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>正在生成演示公司…</translation>
    </message>
    <message>
        <source>Choose how to start.</source>
        <translation>请选择开始方式。</translation>
    </message>
    <message>
        <source>The ledger keeps its data in one file on this computer: %1</source>
        <translation>台账数据保存在本机的一个文件中：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpDialog</name>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Key %1 (Alt+%1 from any field)</source>
        <translation>快捷键 %1（在任意输入框中按 Alt+%1）</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>What was discussed, what the customer needs, what was agreed</source>
        <translation>沟通了什么、客户有什么需求、达成了什么约定</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划于</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 天</translation>
    </message>
    <message>
        <source>Next follow-up in 3 days</source>
        <translation>3 天后下次跟进</translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation>+7 天</translation>
    </message>
    <message>
        <source>Next follow-up in 7 days</source>
        <translation>7 天后下次跟进</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>下次跟进：</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺于</translation>
    </message>
    <message>
        <source>The date the customer promised to pay</source>
        <translation>客户承诺付款的日期</translation>
    </message>
    <message>
        <source>Promised payment:</source>
        <translation>承诺回款日：</translation>
    </message>
    <message>
        <source>Keys 1–5 choose the method · Ctrl+Enter saves · Esc cancels</source>
        <translation>按 1–5 选择方式 · Ctrl+Enter 保存 · Esc 取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>该客户不可用</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Log follow-up: %1</source>
        <translation>记录跟进：%1</translation>
    </message>
    <message>
        <source>Write what was discussed.</source>
        <translation>请填写沟通内容。</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Promised payment</source>
        <translation>承诺回款日</translation>
    </message>
</context>
<context>
    <name>tl::ui::FollowUpTimelinePanel</name>
    <message>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>暂无跟进记录。</translation>
    </message>
    <message>
        <source>Select a follow-up to read all of it.</source>
        <translation>选择一条跟进记录以查看全文。</translation>
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
        <translation>销售漏斗 %1 – %2</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
</context>
<context>
    <name>tl::ui::FunnelChartPage</name>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>创建日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the funnel again (F5)</source>
        <translation>重新计算销售漏斗（F5）</translation>
    </message>
    <message>
        <source>No opportunities were created from %1 to %2.</source>
        <translation>%1 至 %2 期间没有创建商机。</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from %1 to %2: %3 won (%4, %5 of all), %6 lost (%7).</source>
        <translation>
            <numerusform>%1 至 %2 新建商机 %n 个：赢单 %3 个（%4，占全部 %5），输单 %6 个（%7）。</numerusform>
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
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>较上一阶段转化率</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n opportunity(s) that reached “%2” went on to “%3”.</source>
        <translation>
            <numerusform>到达“%2”的 %n 个商机中有 %1 个进入“%3”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPage</name>
    <message>
        <source>Your role may not import data.</source>
        <translation>您的角色无权导入数据。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; — bring records in from a CSV file (UTF-8 or GBK, as Excel or WPS save it). Check first: every bad cell is listed, and an import writes all rows or none.</source>
        <translation>&lt;b&gt;导入&lt;/b&gt; — 从 CSV 文件导入记录（UTF-8 或 GBK 编码，即 Excel 或 WPS 保存的格式）。请先检查：所有有问题的单元格都会列出；导入时要么全部写入，要么全部不写入。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Download &amp;template</source>
        <translation>下载模板(&amp;T)</translation>
    </message>
    <message>
        <source>With Chinese headers…</source>
        <translation>中文表头…</translation>
    </message>
    <message>
        <source>With English headers…</source>
        <translation>英文表头…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取方式：</translation>
    </message>
    <message>
        <source>Update the stored record</source>
        <translation>更新已有记录</translation>
    </message>
    <message>
        <source>Report it as a problem (new records only)</source>
        <translation>报告为问题（仅新增记录）</translation>
    </message>
    <message>
        <source>&amp;Existing codes:</source>
        <translation>编码已存在时(&amp;E)：</translation>
    </message>
    <message>
        <source>Preview: the first rows as read</source>
        <translation>预览：读取到的前几行</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Validate every row without writing anything</source>
        <translation>逐行校验，不写入任何数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Write all rows, or none when any row has a problem</source>
        <translation>写入全部行；任何一行有问题时全部不写入</translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation>将问题另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Columns (* = required): %1</source>
        <translation>列（* 为必填）：%1</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1, cells separated by %2</source>
        <translation>%1，以%2分隔</translation>
    </message>
    <message numerus="yes">
        <source>the first %n row(s) shown</source>
        <translation>
            <numerusform>显示前 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>The import is done: %1 created, %2 updated.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条。</translation>
    </message>
    <message>
        <source>The check found problems; fix them in the file and check again.</source>
        <translation>检查发现问题；请在文件中修正后重新检查。</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>未导入任何数据：文件存在问题。</translation>
    </message>
    <message>
        <source>Departments created: %1</source>
        <translation>已创建部门：%1</translation>
    </message>
    <message>
        <source>Departments to create: %1</source>
        <translation>待创建部门：%1</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>模板已保存为 %1。</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-问题清单.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>The problems were saved as %1.</source>
        <translation>问题清单已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreview</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreviewTableModel</name>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Not a column of this import: it is ignored.</source>
        <translation>不属于本次导入的列，将被忽略。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportProblemTableModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>tl::ui::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>tl::ui::JobRunner</name>
    <message>
        <source>The job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractAlertTableModel</name>
    <message>
        <source>Kind</source>
        <translation>提醒类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractDialog</name>
    <message>
        <source>New labour contract: %1 %2</source>
        <translation>新建劳动合同：%1 %2</translation>
    </message>
    <message>
        <source>Labour contract %1: %2 %3</source>
        <translation>劳动合同 %1：%2 %3</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>合同类型：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Probation until</source>
        <translation>试用至</translation>
    </message>
    <message>
        <source>Probation:</source>
        <translation>试用期：</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订于</translation>
    </message>
    <message>
        <source>Signing date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>An open-ended contract has no end date.</source>
        <translation>无固定期限合同没有结束日期。</translation>
    </message>
    <message>
        <source>Optional: the expected completion of the task.</source>
        <translation>可选：预计完成工作任务的日期。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>hired on %1</source>
        <translation>入职日期 %1</translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation>合同序号 %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractTableModel</name>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tl::ui::LabourContractsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open employee…</source>
        <translation>打开员工档案(&amp;O)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labour contracts&lt;/b&gt; — contracts ending within 30 days, probation ending within 7 days, and warnings under the Labour Contract Law (Arts. 14, 19, 82).</source>
        <translation>&lt;b&gt;劳动合同&lt;/b&gt; — 30 天内到期的合同、7 天内结束的试用期，以及依据《劳动合同法》第十四、十九、八十二条的风险提示。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n alert(s)</source>
        <translation>
            <numerusform>截至 %1：%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;new or add contract…</source>
        <translation>续签或新增合同(&amp;N)…</translation>
    </message>
    <message>
        <source>The labour contract of %1 was saved.</source>
        <translation>%1 的劳动合同已保存。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>TeamLedger — log in</source>
        <translation>TeamLedger — 登录</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;TeamLedger&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:16pt; font-weight:600&apos;&gt;TeamLedger&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Switch user / log out</source>
        <translation>切换用户/退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TeamLedger</source>
        <translation>关于 TeamLedger(&amp;A)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 — TeamLedger</source>
        <translation>%1 — TeamLedger</translation>
    </message>
    <message>
        <source>About TeamLedger</source>
        <translation>关于 TeamLedger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TeamLedger %1&lt;/h3&gt;&lt;p&gt;Sales team ledger for small and medium companies: people, customers, receivables, performance and payroll, on this computer only.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TeamLedger %1&lt;/h3&gt;&lt;p&gt;面向中小企业的销售团队台账：人员、客户、应收账款、绩效与薪资，数据仅保存在本机。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>tl::ui::OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>e.g. 2026 annual supply</source>
        <translation>例如 2026 年度供货</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>商机名称：</translation>
    </message>
    <message>
        <source>expected amount in yuan</source>
        <translation>预计金额（元）</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计于</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>成交日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter a name for the opportunity.</source>
        <translation>请输入商机名称。</translation>
    </message>
</context>
<context>
    <name>tl::ui::OwnershipTableModel</name>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tl::ui::Pages</name>
    <message>
        <source>People</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Team customers</source>
        <translation>团队客户</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>客户公海</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>外勤拜访</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
</context>
<context>
    <name>tl::ui::PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolMoveTableModel</name>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Current owner</source>
        <translation>当前负责人</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolPage</name>
    <message>
        <source>Customer pool</source>
        <translation>客户公海</translation>
    </message>
    <message>
        <source>Search code, name, region or industry</source>
        <translation>搜索客户编号、名称、区域或行业</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>客户等级(&amp;L)：</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>客户类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
    <message>
        <source>Take the selected customers from the pool (Ctrl+Return)</source>
        <translation>从公海领取所选客户（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Run s&amp;weep…</source>
        <translation>执行公海回收(&amp;W)…</translation>
    </message>
    <message>
        <source>Preview and run the automatic reclaim of customers without follow-up or deal</source>
        <translation>预览并执行对未跟进或未成交客户的自动收回</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the customer&apos;s details and history (Return)</source>
        <translation>查看客户详情和历史记录（Return）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the pool</source>
        <translation>
            <numerusform>公海中共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>You can claim this customer.</source>
        <translation>您可以领取该客户。</translation>
    </message>
    <message>
        <source>Cannot claim: %1</source>
        <translation>无法领取：%1</translation>
    </message>
    <message>
        <source>Previous owner: %1, until %2 (%3)</source>
        <translation>原负责人：%1，至 %2（%3）</translation>
    </message>
    <message>
        <source>No previous owner.</source>
        <translation>无原负责人。</translation>
    </message>
    <message>
        <source>%1 was not claimed: %2</source>
        <translation>未能领取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were claimed; then %1 was not: %2</source>
        <translation>
            <numerusform>已领取 %n 个客户；随后未能领取 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>You claimed %1. It is now in your customers.</source>
        <translation>您已领取 %1，该客户现已在“我的客户”中。</translation>
    </message>
    <message numerus="yes">
        <source>You claimed %n customer(s).</source>
        <translation>
            <numerusform>您已领取 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PoolSweepTableModel</name>
    <message>
        <source>No follow-up</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>有未结清应收账款</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
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
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>In pool since</source>
        <translation>进入公海日期</translation>
    </message>
</context>
<context>
    <name>tl::ui::SettingsPage</name>
    <message>
        <source>&amp;Save company data</source>
        <translation>保存公司信息(&amp;S)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>City profiles</source>
        <translation>城市参数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation>简称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name as on the business licence (letters, payslips)</source>
        <translation>与营业执照一致的全称（用于函件、工资条）</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>公司全称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company data.</source>
        <translation>只有系统管理员可以修改公司信息。</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of TeamLedger.</source>
        <translation>新语言将在下次启动 TeamLedger 时生效。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The company data was saved.</source>
        <translation>公司信息已保存。</translation>
    </message>
    <message>
        <source>The language will change when TeamLedger is started again.</source>
        <translation>重新启动 TeamLedger 后将切换语言。</translation>
    </message>
</context>
<context>
    <name>tl::ui::StartupSweep</name>
    <message>
        <source>The pool sweep failed: %1</source>
        <translation>公海回收失败：%1</translation>
    </message>
    <message>
        <source>The automatic pool sweep failed: %1</source>
        <translation>自动公海回收失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</source>
        <translation>
            <numerusform>公海回收：已将 %n 个客户收回公海，%1 个客户即将进入公海。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::SweepDialog</name>
    <message>
        <source>Pool sweep</source>
        <translation>公海回收</translation>
    </message>
    <message>
        <source>The sweep returns customers to the pool when their owner has not followed them up or closed a deal within the days the pool rules allow. Preview what it would do, then run it.</source>
        <translation>当负责人在公海规则允许的天数内未跟进或未成交时，公海回收会将客户收回公海。请先预览结果，再执行回收。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基准日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>预览（不执行）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run sweep</source>
        <translation>执行回收(&amp;R)</translation>
    </message>
    <message>
        <source>Preview the sweep for this date first.</source>
        <translation>请先预览该日期的公海回收。</translation>
    </message>
    <message>
        <source>Previewing the pool sweep</source>
        <translation>正在预览公海回收</translation>
    </message>
    <message>
        <source>Running the pool sweep</source>
        <translation>正在执行公海回收</translation>
    </message>
    <message>
        <source>&amp;Moved (%1)</source>
        <translation>已收回(&amp;M)（%1）</translation>
    </message>
    <message>
        <source>Would &amp;move (%1)</source>
        <translation>将收回(&amp;M)（%1）</translation>
    </message>
    <message>
        <source>&amp;Warned (%1)</source>
        <translation>即将进入公海(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>&amp;Exempt (%1)</source>
        <translation>豁免(&amp;E)（%1）</translation>
    </message>
    <message>
        <source>Customers with open receivables are never reclaimed automatically; their managers are told instead.</source>
        <translation>有未结清应收账款的客户不会被自动收回，而是提示其经理。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run as of %1: %n customer(s) would return to the pool, %2 would be warned, %3 are exempt. Nothing has changed yet.</source>
        <translation>
            <numerusform>截至 %1 的预览：将有 %n 个客户收回公海，%2 个将收到提醒，%3 个豁免。尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool sweep returned %n customer(s) to the pool; %1 will enter the pool soon.</source>
        <translation>
            <numerusform>公海回收：已将 %n 个客户收回公海，%1 个客户即将进入公海。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::TeamFilter</name>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>我的全部团队</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tl::ui::UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Shown in the status bar and the audit log</source>
        <translation>显示在状态栏和审计日志中</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Employee code (optional)</source>
        <translation>工号（可选）</translation>
    </message>
    <message>
        <source>Linked &amp;employee:</source>
        <translation>关联员工(&amp;E)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>There is no employee with the code %1.</source>
        <translation>不存在工号为 %1 的员工。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>再次输入密码(&amp;T)：</translation>
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
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Linked employee</source>
        <translation>关联员工</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>tl::ui::UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users and roles&lt;/b&gt; — who may log in and what their role allows.</source>
        <translation>&lt;b&gt;用户与角色&lt;/b&gt; — 谁可以登录，以及其角色有哪些权限。</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <source>User %1 was saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). Tell it to the user in person; a lockout is cleared as well.</source>
        <translation>为 %1（%2）设置新密码。请当面告知该用户；账户锁定也将一并解除。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 was unlocked.</source>
        <translation>已解锁用户 %1。</translation>
    </message>
    <message>
        <source>User %1 was deactivated: they can no longer log in.</source>
        <translation>已停用用户 %1：该用户将无法再登录。</translation>
    </message>
    <message>
        <source>User %1 was activated.</source>
        <translation>已启用用户 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>外勤拜访</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the check-ins again (F5)</source>
        <translation>重新读取外勤签到（F5）</translation>
    </message>
    <message>
        <source>Re-check matc&amp;hes</source>
        <translation>重新匹配(&amp;H)</translation>
    </message>
    <message>
        <source>Match the period&apos;s check-ins again with the customers&apos; coordinates and the follow-ups logged since</source>
        <translation>按客户坐标和此后记录的跟进，重新匹配本期间的外勤签到</translation>
    </message>
    <message>
        <source>Check-&amp;ins:</source>
        <translation>外勤签到(&amp;I)：</translation>
    </message>
    <message>
        <source>Reading the check-ins…</source>
        <translation>正在读取外勤签到…</translation>
    </message>
    <message>
        <source>P&amp;er person in %1:</source>
        <translation>%1 按人员统计(&amp;E)：</translation>
    </message>
    <message>
        <source>Matching the check-ins again</source>
        <translation>正在重新匹配外勤签到</translation>
    </message>
    <message numerus="yes">
        <source>The check-ins were matched again: %n changed.</source>
        <translation>
            <numerusform>外勤签到已重新匹配：%n 条有变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) from %1 to %2, %3 effective.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 次签到，其中有效拜访 %3 次。</numerusform>
        </translation>
    </message>
</context>
</TS>

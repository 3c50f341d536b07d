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
    <name>tl::core</name>
    <message>
        <source>a valid start date is required</source>
        <translation>必须填写有效的开始日期</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>the housing-fund rate must be between 5% and 12%</source>
        <translation>住房公积金缴存比例必须在 5% 至 12% 之间</translation>
    </message>
    <message>
        <source>the plan name is longer than 100 characters</source>
        <translation>方案名称超过 100 个字符</translation>
    </message>
</context>
<context>
    <name>tl::core::AgingBuckets</name>
    <message>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>超过 %1 天</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <extracomment>An ageing bucket: days past due from %1 to %2 (1–30天).</extracomment>
        <translation>%1–%2 天</translation>
    </message>
</context>
<context>
    <name>tl::core::AgingReport</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>您无权查看该员工负责催收的应收账款。</translation>
    </message>
    <message>
        <source>You may not view the receivables of this department.</source>
        <translation>您无权查看该部门的应收账款。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
</context>
<context>
    <name>tl::core::Attendance</name>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
</context>
<context>
    <name>tl::core::AttendanceImport</name>
    <message>
        <source>%1 is not yes or no (是/否)</source>
        <translation>%1 不是“是”或“否”（是/否）</translation>
    </message>
    <message>
        <source>You may not record attendance.</source>
        <translation>您无权登记考勤。</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>必须填写员工</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>%1 (%2) was hired on %3</source>
        <translation>%1（%2）的入职日期为 %3</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1（%2）已于 %3 离职</translation>
    </message>
    <message>
        <source>the status is required</source>
        <translation>必须填写考勤状态</translation>
    </message>
    <message>
        <source>only an absence, a late arrival or leave can cover half a day</source>
        <translation>只有缺勤、迟到或请假可以按半天计</translation>
    </message>
    <message>
        <source>%1 on %2 already appears in row %3</source>
        <translation>%1 在 %2 的记录已出现在第 %3 行</translation>
    </message>
    <message>
        <source>%1 already has an attendance record on %2</source>
        <translation>%1 在 %2 已有考勤记录</translation>
    </message>
</context>
<context>
    <name>tl::core::AttendanceService</name>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not record attendance.</source>
        <translation>您无权登记考勤。</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>必须填写有效日期</translation>
    </message>
    <message>
        <source>%1 (%2) was hired on %3</source>
        <translation>%1（%2）的入职日期为 %3</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3</source>
        <translation>%1（%2）已于 %3 离职</translation>
    </message>
    <message>
        <source>only an absence, a late arrival or leave can cover half a day</source>
        <translation>只有缺勤、迟到或请假可以按半天计</translation>
    </message>
    <message>
        <source>The attendance of %1 cannot be recorded.</source>
        <translation>无法登记 %1 的考勤。</translation>
    </message>
    <message>
        <source>The attendance of %1 on %2 cannot change: %3.</source>
        <translation>%1 在 %2 的考勤无法修改：%3。</translation>
    </message>
    <message>
        <source>%1 has no attendance record on %2.</source>
        <translation>%1 在 %2 没有考勤记录。</translation>
    </message>
    <message>
        <source>You may not see the attendance of %1.</source>
        <translation>您无权查看 %1 的考勤。</translation>
    </message>
    <message>
        <source>You may request leave only for yourself.</source>
        <translation>您只能为自己申请请假。</translation>
    </message>
    <message>
        <source>the kind of leave must be annual, sick or personal leave</source>
        <translation>请假类型必须为年假、病假或事假</translation>
    </message>
    <message>
        <source>the leave must end on or after its first day</source>
        <translation>请假结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>the leave covers no working day</source>
        <translation>所请假期不含任何工作日</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 has %n working day(s): give %3 half days, or %4 when the last day is a half day</source>
        <translation>
            <numerusform>%1 至 %2 共有 %n 个工作日：请填写 %3 个半天，若最后一天为半天则填写 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>it overlaps the leave %1</source>
        <translation>与请假 %1 时间重叠</translation>
    </message>
    <message>
        <source>The leave of %1 cannot be requested.</source>
        <translation>无法提交 %1 的请假申请。</translation>
    </message>
    <message>
        <source>You may not decide on leave requests.</source>
        <translation>您无权审批请假申请。</translation>
    </message>
    <message>
        <source>Leave request %1 does not exist.</source>
        <translation>请假申请 %1 不存在。</translation>
    </message>
    <message>
        <source>Another user must decide on your own leave.</source>
        <translation>您本人的请假须由其他用户审批。</translation>
    </message>
    <message>
        <source>You entered the leave request %1 yourself; another user must decide on it.</source>
        <translation>请假申请 %1 由您本人录入，须由其他用户审批。</translation>
    </message>
    <message>
        <source>You may not decide on the leave of %1.</source>
        <translation>您无权审批 %1 的请假。</translation>
    </message>
    <message>
        <source>The leave request %1 is already decided.</source>
        <translation>请假申请 %1 已审批。</translation>
    </message>
    <message>
        <source>The leave %1 cannot be approved: %2.</source>
        <translation>请假 %1 无法批准：%2。</translation>
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
    <name>tl::core::BankFile</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>You may not write the bank file of the payroll.</source>
        <translation>您无权生成工资的银行代发文件。</translation>
    </message>
    <message>
        <source>You may not see bank accounts, which the bank file holds.</source>
        <translation>您无权查看银行账号，而银行代发文件中包含银行账号。</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: the bank file is written only for an approved or locked run.</source>
        <translation>%1 的工资核算状态为“%2”：只有已批准或已锁定的工资核算才能生成银行代发文件。</translation>
    </message>
    <message>
        <source>Salary %1</source>
        <translation>%1 工资</translation>
    </message>
    <message>
        <source>no bank account</source>
        <translation>无银行账号</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>无应付金额</translation>
    </message>
    <message>
        <source>The payslips of %1 do not add up to the run&apos;s net total %2.</source>
        <translation>%1 的工资单合计与本次工资核算的实发工资总额 %2 不符。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n 笔转账</numerusform>
        </translation>
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
    <name>tl::core::CollectionService</name>
    <message>
        <source>Payment demand</source>
        <translation>催款</translation>
    </message>
    <message>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Lawsuit or arbitration</source>
        <translation>诉讼或仲裁</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not record promised payments.</source>
        <translation>您无权登记承诺回款。</translation>
    </message>
    <message>
        <source>You may not record promised payments of customer %1.</source>
        <translation>您无权登记客户 %1 的承诺回款。</translation>
    </message>
    <message>
        <source>there is no instalment %1</source>
        <translation>分期款 %1 不存在</translation>
    </message>
    <message>
        <source>instalment %1 belongs to another customer</source>
        <translation>分期款 %1 属于其他客户</translation>
    </message>
    <message>
        <source>You may not record promised payments on instalment %1.</source>
        <translation>您无权登记分期款 %1 的承诺回款。</translation>
    </message>
    <message>
        <source>there is no follow-up %1</source>
        <translation>跟进记录 %1 不存在</translation>
    </message>
    <message>
        <source>the follow-up is about another customer</source>
        <translation>该跟进记录针对的是其他客户</translation>
    </message>
    <message>
        <source>the promised date is missing or not a valid date</source>
        <translation>承诺回款日期未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the promised date %1 is before today (%2)</source>
        <translation>承诺回款日期 %1 早于今天（%2）</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>The promised payment of customer %1 cannot be recorded.</source>
        <translation>无法登记客户 %1 的承诺回款。</translation>
    </message>
    <message>
        <source>You may not record payment demands.</source>
        <translation>您无权登记催款记录。</translation>
    </message>
    <message>
        <source>You may not record payment demands to customer %1.</source>
        <translation>您无权登记对客户 %1 的催款记录。</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>合同 %1 不存在</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>合同 %1 属于其他客户</translation>
    </message>
    <message>
        <source>You may not record payment demands for contract %1.</source>
        <translation>您无权登记合同 %1 的催款记录。</translation>
    </message>
    <message>
        <source>unknown kind %1 (demand, dunning_letter, repayment_plan or lawsuit)</source>
        <translation>未知类型 %1（demand、dunning_letter、repayment_plan 或 lawsuit）</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date</source>
        <translation>日期未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the date %1 is after today (%2)</source>
        <translation>日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>证据材料需要文件名</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>The payment demand to customer %1 cannot be recorded.</source>
        <translation>无法登记对客户 %1 的催款记录。</translation>
    </message>
    <message>
        <source>You may not settle late interest.</source>
        <translation>您无权结算逾期利息。</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>分期款 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not settle interest on instalment %1.</source>
        <translation>您无权结算分期款 %1 的利息。</translation>
    </message>
    <message>
        <source>unknown kind %1 (paid or waived)</source>
        <translation>未知类型 %1（paid 或 waived）</translation>
    </message>
    <message>
        <source>late interest is settled after the due date %1 and not after today (%2)</source>
        <translation>逾期利息的结算日期必须晚于到期日 %1，且不晚于今天（%2）</translation>
    </message>
    <message>
        <source>The late interest of instalment %1 cannot be settled.</source>
        <translation>无法结算分期款 %1 的逾期利息。</translation>
    </message>
    <message>
        <source>You may not change collectors.</source>
        <translation>您无权变更催收负责人。</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (%2) has left the company</source>
        <translation>%1（%2）已离职</translation>
    </message>
    <message>
        <source>You may not hand receivables to %1 (%2).</source>
        <translation>您无权将应收账款移交给 %1（%2）。</translation>
    </message>
    <message>
        <source>no instalment is selected</source>
        <translation>未选择分期款</translation>
    </message>
    <message>
        <source>You may not change the collector of instalment %1.</source>
        <translation>您无权变更分期款 %1 的催收负责人。</translation>
    </message>
    <message>
        <source>instalment %1 changed collector on %2; a later change cannot start before it</source>
        <translation>分期款 %1 已于 %2 变更催收负责人；后续变更的生效日期不能早于该日期</translation>
    </message>
    <message numerus="yes">
        <source>The collector cannot be changed: %n problem(s).</source>
        <translation>
            <numerusform>无法变更催收负责人：存在 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not view promised payments.</source>
        <translation>您无权查看承诺回款。</translation>
    </message>
    <message>
        <source>You may not view the promised payments of customer %1.</source>
        <translation>您无权查看客户 %1 的承诺回款。</translation>
    </message>
    <message>
        <source>You may not view payment demands.</source>
        <translation>您无权查看催款记录。</translation>
    </message>
    <message>
        <source>You may not view the payment demands to customer %1.</source>
        <translation>您无权查看对客户 %1 的催款记录。</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>您无权查看该分期款。</translation>
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
    <message>
        <source>Only a system administrator or an HR administrator may change the city profiles.</source>
        <translation>只有系统管理员或人事管理员可以修改城市参数。</translation>
    </message>
</context>
<context>
    <name>tl::core::Contract</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>增购</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractExport</name>
    <message>
        <source>You may not export the contract list.</source>
        <translation>您无权导出合同列表。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractImport</name>
    <message>
        <source>You may not create or change contracts.</source>
        <translation>您无权新建或修改合同。</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>必须填写合同编号</translation>
    </message>
    <message>
        <source>contract %1 already appears in row %2</source>
        <translation>合同 %1 已出现在第 %2 行</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>you may not import contracts of %1</source>
        <translation>您无权导入 %1 的合同</translation>
    </message>
    <message>
        <source>the contract amount must be greater than zero</source>
        <translation>合同金额必须大于零</translation>
    </message>
    <message>
        <source>signing date %1 is after today (%2)</source>
        <translation>签订日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>必须填写客户</translation>
    </message>
    <message>
        <source>the credited salesperson is required</source>
        <translation>必须填写业绩归属业务员</translation>
    </message>
    <message>
        <source>the signing date is required</source>
        <translation>必须填写签订日期</translation>
    </message>
    <message>
        <source>the contract amount is required</source>
        <translation>必须填写合同金额</translation>
    </message>
    <message>
        <source>contract %1 already exists</source>
        <translation>合同 %1 已存在</translation>
    </message>
    <message>
        <source>contract %1 is cancelled and cannot be changed</source>
        <translation>合同 %1 已作废，无法修改</translation>
    </message>
    <message>
        <source>you may not change contract %1: it is not in your scope</source>
        <translation>您无权修改合同 %1：不在您的权限范围内</translation>
    </message>
    <message>
        <source>the customer of contract %1 cannot change: its instalments already have payments, write-offs, disputes, promises, letters or interest records</source>
        <translation>合同 %1 的客户无法变更：其分期款已有回款、坏账核销、争议、承诺回款、对账函或利息记录</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 less than the contract amount; change the amount and the schedule together</source>
        <translation>合同 %1 的分期款合计为 %2，比合同金额少 %3；请同时修改金额和收款计划</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 more than the contract amount; change the amount and the schedule together</source>
        <translation>合同 %1 的分期款合计为 %2，比合同金额多 %3；请同时修改金额和收款计划</translation>
    </message>
    <message>
        <source>signing date %1 is after the due date of the first instalment (%2)</source>
        <translation>签订日期 %1 晚于第一期分期款的到期日（%2）</translation>
    </message>
</context>
<context>
    <name>tl::core::ContractQuery</name>
    <message>
        <source>You may not view contracts.</source>
        <translation>您无权查看合同。</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>合同 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view contract %1.</source>
        <translation>您无权查看合同 %1。</translation>
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
    <name>tl::core::ContractService</name>
    <message>
        <source>the payment schedule has no instalments</source>
        <translation>收款计划中没有分期款</translation>
    </message>
    <message>
        <source>instalment number %1 is out of sequence: the instalments are numbered 1 to %2 in schedule order, so this one should be %3</source>
        <translation>分期款期次 %1 不连续：分期款按收款计划顺序编号为 1 至 %2，本期应为 %3</translation>
    </message>
    <message>
        <source>the due date is missing or not a valid date</source>
        <translation>到期日未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the due date %1 is before the signing date %2</source>
        <translation>到期日 %1 早于签订日期 %2</translation>
    </message>
    <message>
        <source>the due date %1 is before the due date %2 of the previous instalment</source>
        <translation>到期日 %1 早于上一期分期款的到期日 %2</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>the instalment amounts are too large</source>
        <translation>分期款金额过大</translation>
    </message>
    <message>
        <source>the instalments add up to %1, %2 less than the contract amount</source>
        <translation>分期款合计为 %1，比合同金额少 %2</translation>
    </message>
    <message>
        <source>the instalments add up to %1, %2 more than the contract amount</source>
        <translation>分期款合计为 %1，比合同金额多 %2</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>必须填写合同编号</translation>
    </message>
    <message>
        <source>the contract number is longer than 64 characters</source>
        <translation>合同编号超过 64 个字符</translation>
    </message>
    <message>
        <source>the contract number %1 is already used by another contract</source>
        <translation>合同编号 %1 已被其他合同使用</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>必须填写客户</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the salesperson is required</source>
        <translation>必须填写业务员</translation>
    </message>
    <message>
        <source>there is no employee %1</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the signing date is missing or not a valid date</source>
        <translation>签订日期未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the signing date %1 is after today (%2); record the contract as a draft until it is signed</source>
        <translation>签订日期 %1 晚于今天（%2）；合同签订前请保存为草稿</translation>
    </message>
    <message>
        <source>the contract amount must be greater than zero</source>
        <translation>合同金额必须大于零</translation>
    </message>
    <message>
        <source>unknown contract kind %1 (new, renewal or addon)</source>
        <translation>未知合同类型 %1（new、renewal 或 addon）</translation>
    </message>
    <message>
        <source>the interest rate must lie between 0 and 100%</source>
        <translation>利率必须在 0 至 100% 之间</translation>
    </message>
    <message numerus="yes">
        <source>The contract %1 has %n problem(s).</source>
        <translation>
            <numerusform>合同 %1 存在 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>合同 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view contracts.</source>
        <translation>您无权查看合同。</translation>
    </message>
    <message>
        <source>You may not view contract %1.</source>
        <translation>您无权查看合同 %1。</translation>
    </message>
    <message>
        <source>You may not edit contracts.</source>
        <translation>您无权编辑合同。</translation>
    </message>
    <message>
        <source>a new contract is either a draft or active</source>
        <translation>新合同只能是草稿或执行中状态</translation>
    </message>
    <message>
        <source>You may not record contracts for this salesperson.</source>
        <translation>您无权为该业务员登记合同。</translation>
    </message>
    <message>
        <source>You may not edit contract %1.</source>
        <translation>您无权编辑合同 %1。</translation>
    </message>
    <message>
        <source>Contract %1 is cancelled and cannot be edited.</source>
        <translation>合同 %1 已作废，无法编辑。</translation>
    </message>
    <message>
        <source>the customer cannot change: payments or collection records exist for the instalments of this contract</source>
        <translation>客户无法变更：该合同的分期款已有回款或催收记录</translation>
    </message>
    <message>
        <source>the signing date cannot be after %1, the date of the first payment allocated to this contract</source>
        <translation>签订日期不能晚于 %1，即该合同首笔回款的分配日期</translation>
    </message>
    <message>
        <source>instalment %1 is not part of contract %2</source>
        <translation>分期款 %1 不属于合同 %2</translation>
    </message>
    <message>
        <source>the instalment appears twice in the schedule</source>
        <translation>该分期款在收款计划中出现了两次</translation>
    </message>
    <message>
        <source>instalment %1 has payments or write-offs: its number, due date and amount cannot change</source>
        <translation>分期款 %1 已有回款或坏账核销：其期次、到期日和金额不能修改</translation>
    </message>
    <message>
        <source>the amount cannot be less than the %1 disputed on this instalment</source>
        <translation>金额不能少于该分期款上有争议的 %1</translation>
    </message>
    <message>
        <source>instalment %1 has payments or write-offs and cannot be removed</source>
        <translation>分期款 %1 已有回款或坏账核销，不能删除</translation>
    </message>
    <message>
        <source>instalment %1 has collection records (disputes, promises, letters or interest) and cannot be removed</source>
        <translation>分期款 %1 已有催收记录（争议、承诺回款、对账函或利息），不能删除</translation>
    </message>
    <message>
        <source>You may not credit contracts to this salesperson.</source>
        <translation>您无权将合同业绩归属给该业务员。</translation>
    </message>
    <message>
        <source>credited salesperson changed</source>
        <translation>业绩归属业务员已变更</translation>
    </message>
    <message>
        <source>Contract %1 is %2 and cannot become %3.</source>
        <translation>合同 %1 当前状态为“%2”，不能变为“%3”。</translation>
    </message>
    <message>
        <source>Contract %1 is signed on %2, after today; it becomes active once signed.</source>
        <translation>合同 %1 的签订日期为 %2，晚于今天；签订后方可生效。</translation>
    </message>
    <message>
        <source>Contract %1 still has %2 to collect; it can be closed once everything is paid or written off.</source>
        <translation>合同 %1 仍有 %2 待收；全部回款或坏账核销后方可关闭。</translation>
    </message>
    <message>
        <source>Contract %1 cannot be cancelled: %2 is paid and %3 written off.</source>
        <translation>合同 %1 无法作废：已回款 %2，已坏账核销 %3。</translation>
    </message>
    <message>
        <source>Contract %1 cannot be cancelled while disputes or write-off requests on it are open.</source>
        <translation>合同 %1 尚有未结的争议或坏账核销申请，无法作废。</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>文档 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view this document.</source>
        <translation>您无权查看该文档。</translation>
    </message>
    <message>
        <source>the file name is required</source>
        <translation>必须填写文件名</translation>
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
        <translation>无法添加该文档。</translation>
    </message>
    <message>
        <source>You may not edit this document.</source>
        <translation>您无权编辑该文档。</translation>
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
    <message>
        <source>Creating the indexes of customers and receivables</source>
        <translation>正在创建客户和应收账款的索引</translation>
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
    <message>
        <source>Saving the demo company</source>
        <translation>正在保存演示公司</translation>
    </message>
    <message>
        <source>Writing salary profiles</source>
        <translation>正在写入薪资档案</translation>
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
    <name>tl::core::DisputeService</name>
    <message>
        <source>You may not record disputes.</source>
        <translation>您无权登记争议。</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>分期款 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not record disputes on instalment %1.</source>
        <translation>您无权登记分期款 %1 的争议。</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it has no receivables</source>
        <translation>合同 %1 为草稿或已作废，没有应收账款</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>only %1 of instalment %2 can be disputed (balance %3, already disputed %4)</source>
        <translation>分期款 %2 最多只能对 %1 提出争议（余额 %3，已有争议 %4）</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date</source>
        <translation>日期未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the date must lie between the signing date %1 and today (%2)</source>
        <translation>日期必须在签订日期 %1 与今天（%2）之间</translation>
    </message>
    <message>
        <source>there is no letter %1</source>
        <translation>对账函 %1 不存在</translation>
    </message>
    <message>
        <source>the letter was sent to another customer</source>
        <translation>该对账函是发给其他客户的</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 cannot be opened.</source>
        <translation>无法对分期款 %1 提出争议。</translation>
    </message>
    <message>
        <source>You may not resolve disputes.</source>
        <translation>您无权解决争议。</translation>
    </message>
    <message>
        <source>Dispute %1 does not exist.</source>
        <translation>争议 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not resolve disputes on instalment %1.</source>
        <translation>您无权解决分期款 %1 的争议。</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 is already resolved.</source>
        <translation>分期款 %1 的争议已解决。</translation>
    </message>
    <message>
        <source>The dispute on instalment %1 cannot be resolved on that date.</source>
        <translation>分期款 %1 的争议不能在该日期解决。</translation>
    </message>
    <message>
        <source>the date must lie between the day the dispute was opened (%1) and today (%2)</source>
        <translation>日期必须在争议提出日（%1）与今天（%2）之间</translation>
    </message>
    <message>
        <source>You may not view disputes.</source>
        <translation>您无权查看争议。</translation>
    </message>
    <message>
        <source>You may not view the disputes of instalment %1.</source>
        <translation>您无权查看分期款 %1 的争议。</translation>
    </message>
</context>
<context>
    <name>tl::core::DunningLetterDocument</name>
    <message>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>A dunning letter needs an as-of date that is not in the future.</source>
        <translation>催款函的截止日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Dunning letter sent.</source>
        <translation>催款函已发送。</translation>
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
    <name>tl::core::EvidenceCoverage</name>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>您无权查看该员工负责催收的应收账款。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tl::core::ExportCommand</name>
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
    <message>
        <source>Export a list to a CSV or XLSX file.</source>
        <translation>将列表导出为 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Kinds: %1. The format follows the extension: .xlsx for an Excel workbook, otherwise CSV. Fields the user may not see are masked; the export is recorded in the audit log.</source>
        <translation>类型：%1。格式由扩展名决定：.xlsx 导出为 Excel 工作簿，其他导出为 CSV。用户无权查看的字段将被遮蔽；导出操作会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tl::core::ExportService</name>
    <message>
        <source>Unknown export kind %1; the kinds are: %2</source>
        <translation>未知的导出类型 %1；可用类型：%2</translation>
    </message>
    <message>
        <source>You may not export %1.</source>
        <translation>您无权导出 %1。</translation>
    </message>
    <message>
        <source>Old Excel workbooks (.xls) cannot be written; give a file name ending in .xlsx or .csv.</source>
        <translation>无法写入旧版 Excel 工作簿（.xls）；请使用以 .xlsx 或 .csv 结尾的文件名。</translation>
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
    <message>
        <source>Import a CSV or XLSX file, all or nothing.</source>
        <translation>导入 CSV 或 XLSX 文件，要么全部导入，要么全部不导入。</translation>
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
    <message>
        <source>sales contracts</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>contract instalments</source>
        <translation>合同分期款</translation>
    </message>
    <message>
        <source>customer payments</source>
        <translation>客户回款</translation>
    </message>
    <message>
        <source>salary profiles</source>
        <translation>薪资档案</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>考勤记录</translation>
    </message>
    <message>
        <source>year-to-date payroll figures</source>
        <translation>年初至今累计工资数据</translation>
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
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which cannot be read. Save the sheet as an Excel workbook (.xlsx) or as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>%1 是 Excel 97-2003 工作簿（.xls），无法读取。请将工作表另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”，再导入该文件。</translation>
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
    <name>tl::core::InstallmentExport</name>
    <message>
        <source>You may not export the receivables.</source>
        <translation>您无权导出应收账款。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>tl::core::InstallmentImport</name>
    <message>
        <source>You may not change payment schedules.</source>
        <translation>您无权修改收款计划。</translation>
    </message>
    <message>
        <source>the contract number is required</source>
        <translation>必须填写合同编号</translation>
    </message>
    <message>
        <source>the instalment number is required</source>
        <translation>必须填写分期款期次</translation>
    </message>
    <message>
        <source>the due date is required</source>
        <translation>必须填写到期日</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>the amount is required</source>
        <translation>必须填写金额</translation>
    </message>
    <message>
        <source>contract %1 does not exist</source>
        <translation>合同 %1 不存在</translation>
    </message>
    <message>
        <source>contract %1 is cancelled</source>
        <translation>合同 %1 已作废</translation>
    </message>
    <message>
        <source>you may not change the schedule of contract %1: it is not in your scope</source>
        <translation>您无权修改合同 %1 的收款计划：不在您的权限范围内</translation>
    </message>
    <message>
        <source>the schedule of contract %1 cannot be replaced: its instalments already have payments or write-offs</source>
        <translation>合同 %1 的收款计划无法替换：其分期款已有回款或坏账核销</translation>
    </message>
    <message>
        <source>the schedule of contract %1 cannot be replaced: its instalments have disputes, promises, letters or interest records</source>
        <translation>合同 %1 的收款计划无法替换：其分期款已有争议、承诺回款、对账函或利息记录</translation>
    </message>
    <message>
        <source>instalment %1 of contract %2 already appears in row %3</source>
        <translation>合同 %2 的第 %1 期已出现在第 %3 行</translation>
    </message>
    <message>
        <source>the instalments of contract %1 must be numbered from 1 without gaps: %2 is missing</source>
        <translation>合同 %1 的分期款必须从 1 开始连续编号：缺少第 %2 期</translation>
    </message>
    <message>
        <source>due date %1 is before the signing date %2 of contract %3</source>
        <translation>到期日 %1 早于合同 %3 的签订日期 %2</translation>
    </message>
    <message>
        <source>due date %1 is before the due date %2 of instalment %3</source>
        <translation>到期日 %1 早于第 %3 期的到期日 %2</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 less than the contract amount %4</source>
        <translation>合同 %1 的分期款合计为 %2，比合同金额 %4 少 %3</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2, %3 more than the contract amount %4</source>
        <translation>合同 %1 的分期款合计为 %2，比合同金额 %4 多 %3</translation>
    </message>
    <message numerus="yes">
        <source>Payment schedules of %n contract(s).</source>
        <translation>
            <numerusform>%n 份合同的收款计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored instalment(s) will be replaced by the new schedules.</source>
        <translation>
            <numerusform>已保存的 %n 期分期款将被新的收款计划替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::InterestCalculator</name>
    <message>
        <source>Simple daily interest at %1% a year (actual/365) on the overdue principal from the day after the due date</source>
        <translation>按年利率 %1%（实际天数/365）对逾期本金按日计单利，自到期日次日起算</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>The instalment does not exist.</source>
        <translation>该分期款不存在。</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>您无权查看该员工负责催收的应收账款。</translation>
    </message>
    <message>
        <source>The instalment&apos;s contract is not signed or is cancelled as of %1.</source>
        <translation>截至 %1，该分期款所属合同尚未签订或已作废。</translation>
    </message>
</context>
<context>
    <name>tl::core::LabourContractReminders</name>
    <message>
        <source>Labour contracts ending</source>
        <translation>劳动合同即将到期</translation>
    </message>
    <message>
        <source>Probations ending</source>
        <translation>试用期即将结束</translation>
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
    <name>tl::core::Letter</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Confirmed with difference</source>
        <translation>确认有差异</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>未回函</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterDocument</name>
    <message>
        <source>Reconciliation letter</source>
        <translation>对账函</translation>
    </message>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>您无权查看对账函。</translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation>对账函 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view letter %1.</source>
        <translation>您无权查看对账函 %1。</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterQuery</name>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>您无权查看对账函。</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent, awaiting reply</source>
        <translation>已发送，待回函</translation>
    </message>
    <message>
        <source>Reply overdue</source>
        <translation>回函逾期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Confirmed with difference</source>
        <translation>确认有差异</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>未回函</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>tl::core::LetterReplyReminders</name>
    <message>
        <source>Letters without reply</source>
        <translation>未回函的对账函</translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1; no reply %n day(s) after the deadline of %2 (balance %3).</source>
        <translation>
            <numerusform>%1 发送；已超过回函期限（%2）%n 天仍未回函（余额 %3）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::LetterService</name>
    <message>
        <source>You may not generate reconciliation letters.</source>
        <translation>您无权生成对账函。</translation>
    </message>
    <message>
        <source>The letters need a valid as-of date.</source>
        <translation>对账函需要有效的截止日期。</translation>
    </message>
    <message>
        <source>The as-of date %1 is in the future; a letter states a balance that exists.</source>
        <translation>截止日期 %1 是将来的日期；对账函所列的余额必须是已存在的余额。</translation>
    </message>
    <message>
        <source>The letter generation was cancelled; no letter was created.</source>
        <translation>对账函生成已取消；未创建任何对账函。</translation>
    </message>
    <message>
        <source>Reading the open items</source>
        <translation>正在读取未结项目</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not send letters to customer %1.</source>
        <translation>您无权向客户 %1 发送对账函。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not send letters for the receivables of this salesperson.</source>
        <translation>您无权为该业务员的应收账款发送对账函。</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s)</source>
        <translation>
            <numerusform>正在生成 %n 份对账函</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not view reconciliation letters.</source>
        <translation>您无权查看对账函。</translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation>对账函 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view letter %1.</source>
        <translation>您无权查看对账函 %1。</translation>
    </message>
    <message>
        <source>You may not change reconciliation letters.</source>
        <translation>您无权修改对账函。</translation>
    </message>
    <message>
        <source>You may not change letter %1.</source>
        <translation>您无权修改对账函 %1。</translation>
    </message>
    <message>
        <source>Letter %1 is %2: %3</source>
        <translation>对账函 %1 当前状态为“%2”：%3</translation>
    </message>
    <message>
        <source>The reply date is missing.</source>
        <translation>未填写回函日期。</translation>
    </message>
    <message>
        <source>The reply date is in the future.</source>
        <translation>回函日期是将来的日期。</translation>
    </message>
    <message>
        <source>The reply date is before the letter was sent (%1).</source>
        <translation>回函日期早于对账函发送日期（%1）。</translation>
    </message>
    <message>
        <source>only a draft can be sent.</source>
        <translation>只有草稿才能发送。</translation>
    </message>
    <message>
        <source>The date sent is missing.</source>
        <translation>未填写发送日期。</translation>
    </message>
    <message>
        <source>The date sent is in the future.</source>
        <translation>发送日期是将来的日期。</translation>
    </message>
    <message>
        <source>The letter was only written on %1.</source>
        <translation>该对账函的制作日期为 %1。</translation>
    </message>
    <message>
        <source>Choose how the letter was sent: %1.</source>
        <translation>请选择发送方式：%1。</translation>
    </message>
    <message>
        <source>A letter sent by %1 needs its tracking number as proof of delivery.</source>
        <translation>通过%1发送的对账函需要填写运单号作为送达凭证。</translation>
    </message>
    <message>
        <source>Letter %1 cannot be marked as sent.</source>
        <translation>无法将对账函 %1 标记为已发送。</translation>
    </message>
    <message>
        <source>only a letter that was sent can be confirmed.</source>
        <translation>只有已发送的对账函才能确认。</translation>
    </message>
    <message>
        <source>The confirmation of letter %1 cannot be recorded.</source>
        <translation>无法登记对账函 %1 的确认结果。</translation>
    </message>
    <message>
        <source>only a letter that was sent can record the customer&apos;s reply.</source>
        <translation>只有已发送的对账函才能登记客户回函。</translation>
    </message>
    <message>
        <source>The stated balance cannot be negative.</source>
        <translation>客户确认的余额不能为负数。</translation>
    </message>
    <message>
        <source>The stated balance equals the letter&apos;s balance: record a confirmation instead.</source>
        <translation>客户确认的余额与对账函余额一致：请改为登记确认。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s explanation of the difference.</source>
        <translation>请记录客户对差异的说明。</translation>
    </message>
    <message>
        <source>The difference on letter %1 cannot be recorded.</source>
        <translation>无法登记对账函 %1 的差异。</translation>
    </message>
    <message>
        <source>Recording this difference opens a dispute, which you may not do.</source>
        <translation>登记此差异将发起一项争议，而您无权进行此操作。</translation>
    </message>
    <message>
        <source>Reconciliation letter %1: the customer states a balance of %2 instead of %3. %4</source>
        <translation>对账函 %1：客户确认的余额为 %2，而非 %3。%4</translation>
    </message>
    <message>
        <source>only a letter that was sent can be marked as unanswered.</source>
        <translation>只有已发送的对账函才能标记为未回函。</translation>
    </message>
    <message>
        <source>The reply deadline of letter %1 is %2: it can be marked as unanswered from %3 on.</source>
        <translation>对账函 %1 的回函期限为 %2：自 %3 起方可标记为未回函。</translation>
    </message>
    <message>
        <source>only a draft or a letter awaiting its reply can be cancelled.</source>
        <translation>只有草稿或待回函的对账函才能作废。</translation>
    </message>
    <message>
        <source>Letter %1 cannot be cancelled.</source>
        <translation>无法作废对账函 %1。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the letter.</source>
        <translation>请填写作废该对账函的原因。</translation>
    </message>
    <message>
        <source>a cancelled letter takes no scan.</source>
        <translation>已作废的对账函不能附加回函扫描件。</translation>
    </message>
    <message>
        <source>The scan cannot be attached to letter %1.</source>
        <translation>无法为对账函 %1 附加回函扫描件。</translation>
    </message>
    <message>
        <source>Letter %1 has no scan attached.</source>
        <translation>对账函 %1 未附加回函扫描件。</translation>
    </message>
    <message>
        <source>The scan needs a file name.</source>
        <translation>回函扫描件需要文件名。</translation>
    </message>
    <message>
        <source>A scan must be a PDF, PNG or JPEG file.</source>
        <translation>回函扫描件必须是 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>回函扫描件文件为空。</translation>
    </message>
    <message>
        <source>The scan is larger than 20 MB.</source>
        <translation>回函扫描件超过 20 MB。</translation>
    </message>
    <message>
        <source>The file&apos;s content is not a %1 file.</source>
        <translation>该文件的内容不是 %1 文件。</translation>
    </message>
</context>
<context>
    <name>tl::core::LimitationReminders</name>
    <message>
        <source>Limitation deadlines</source>
        <translation>诉讼时效到期</translation>
    </message>
    <message>
        <source>The limitation period ended on %1 (%2); %3 open. Only the customer&apos;s acknowledgement can revive the claim now.</source>
        <translation>诉讼时效已于 %1（%2）届满；未结金额 %3。现在只有客户的书面确认才能恢复该债权。</translation>
    </message>
    <message numerus="yes">
        <source>The limitation period ends in %n day(s), on %1 (%2); %3 open. Get a confirmed letter, a payment or a documented demand before then.</source>
        <translation>
            <numerusform>诉讼时效将在 %n 天后（%1，%2）届满；未结金额 %3。请在此之前取得已确认的对账函、回款或有书面记录的催款。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::LimitationWatch</name>
    <message>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Lawsuit or arbitration</source>
        <translation>诉讼或仲裁</translation>
    </message>
    <message>
        <source>Payment demand</source>
        <translation>催款</translation>
    </message>
    <message>
        <source>Payment %1 received on %2</source>
        <translation>回款 %1 于 %2 收到</translation>
    </message>
    <message>
        <source>Letter %1 confirmed on %2</source>
        <translation>对账函 %1 于 %2 确认</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Last instalment due on %1</source>
        <translation>最后一期分期款于 %1 到期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将届满</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已届满</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>No signed contract with this id is visible to you as of %1.</source>
        <translation>截至 %1，没有您可查看的此 ID 的已签订合同。</translation>
    </message>
</context>
<context>
    <name>tl::core::LossClaimService</name>
    <message>
        <source>You may not request loss deductions.</source>
        <translation>您无权申请损失赔偿扣款。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not request a loss deduction from %1.</source>
        <translation>您无权申请对 %1 的损失赔偿扣款。</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>证据材料需要文件名</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>write-off %1 does not exist or is not approved</source>
        <translation>坏账核销 %1 不存在或尚未批准</translation>
    </message>
    <message>
        <source>The loss deduction from %1 cannot be requested.</source>
        <translation>无法申请对 %1 的损失赔偿扣款。</translation>
    </message>
    <message>
        <source>You may not decide on loss deductions.</source>
        <translation>您无权审批损失赔偿扣款。</translation>
    </message>
    <message>
        <source>Loss claim %1 does not exist.</source>
        <translation>损失赔偿申请 %1 不存在。</translation>
    </message>
    <message>
        <source>You requested the loss deduction %1 yourself; another user must decide on it.</source>
        <translation>损失赔偿扣款 %1 由您本人申请，须由其他用户审批。</translation>
    </message>
    <message>
        <source>The loss deduction %1 is already decided.</source>
        <translation>损失赔偿扣款 %1 已审批。</translation>
    </message>
    <message>
        <source>You may not see this loss claim.</source>
        <translation>您无权查看该损失赔偿申请。</translation>
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
    <name>tl::core::OpenItems</name>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>您无权查看该员工负责催收的应收账款。</translation>
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
    <name>tl::core::PayAdjustmentService</name>
    <message>
        <source>The payroll of %1 is %2: enter the adjustment in a later month.</source>
        <translation>%1 的工资%2：请在以后月份录入调整项。</translation>
    </message>
    <message>
        <source>You may not see pay adjustments.</source>
        <translation>您无权查看工资调整项。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a payroll month (YYYY-MM).</source>
        <translation>“%1”不是有效的工资月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>You may not adjust pay.</source>
        <translation>您无权调整工资。</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>员工不存在</translation>
    </message>
    <message>
        <source>not a payroll month (YYYY-MM)</source>
        <translation>不是有效的工资月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>the amount must not be zero</source>
        <translation>金额不能为零</translation>
    </message>
    <message>
        <source>say why the pay is adjusted</source>
        <translation>请填写调整原因</translation>
    </message>
    <message>
        <source>the corrected month must be earlier than %1</source>
        <translation>更正的月份须早于 %1</translation>
    </message>
    <message>
        <source>The pay adjustment cannot be saved.</source>
        <translation>工资调整项无法保存。</translation>
    </message>
    <message>
        <source>Pay adjustment %1 does not exist.</source>
        <translation>工资调整项 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tl::core::PayLines</name>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Visit allowance</source>
        <translation>拜访补贴</translation>
    </message>
    <message>
        <source>Absence deduction</source>
        <translation>缺勤扣款</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <source>Individual income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>损失赔偿扣款</translation>
    </message>
    <message>
        <source>Pension insurance (employer)</source>
        <translation>养老保险（单位）</translation>
    </message>
    <message>
        <source>Medical insurance (employer)</source>
        <translation>医疗保险（单位）</translation>
    </message>
    <message>
        <source>Unemployment insurance (employer)</source>
        <translation>失业保险（单位）</translation>
    </message>
    <message>
        <source>Work injury insurance (employer)</source>
        <translation>工伤保险（单位）</translation>
    </message>
    <message>
        <source>Housing fund (employer)</source>
        <translation>住房公积金（单位）</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>补发/补扣</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentExport</name>
    <message>
        <source>You may not export the payments.</source>
        <translation>您无权导出回款。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentImport</name>
    <message>
        <source>You may not record payments.</source>
        <translation>您无权登记回款。</translation>
    </message>
    <message>
        <source>the payment number is required</source>
        <translation>必须填写回款编号</translation>
    </message>
    <message>
        <source>payment %1 already appears in row %2</source>
        <translation>回款 %1 已出现在第 %2 行</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>必须填写客户</translation>
    </message>
    <message>
        <source>the date received %1 is after today (%2)</source>
        <translation>收款日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>the date received is required</source>
        <translation>必须填写收款日期</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>the amount is required</source>
        <translation>必须填写金额</translation>
    </message>
    <message>
        <source>payment %1 is already recorded (payments are never edited)</source>
        <translation>回款 %1 已登记（回款一经登记不可修改）</translation>
    </message>
    <message>
        <source>contract %1 does not exist</source>
        <translation>合同 %1 不存在</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>合同 %1 属于其他客户</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it takes no payments</source>
        <translation>合同 %1 为草稿或已作废，不能登记回款</translation>
    </message>
    <message>
        <source>you may not record payments of this customer: it is not in your scope</source>
        <translation>您无权登记该客户的回款：不在您的权限范围内</translation>
    </message>
    <message>
        <source>Payments: %1; allocated to instalments: %2; kept as customer credit: %3.</source>
        <translation>回款：%1；已分配至分期款：%2；作为未分配回款(预收)保留：%3。</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentQuery</name>
    <message>
        <source>You may not view payments.</source>
        <translation>您无权查看回款。</translation>
    </message>
</context>
<context>
    <name>tl::core::PaymentService</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>在线支付</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>回款 %1 不存在。</translation>
    </message>
    <message>
        <source>Nothing can be allocated from payment %1: contract %2 has no collectable instalment as of %3.</source>
        <translation>回款 %1 无可分配金额：截至 %3，合同 %2 没有可收取的分期款。</translation>
    </message>
    <message>
        <source>Nothing can be allocated from payment %1: customer %2 has no collectable instalment on an active contract signed by %3.</source>
        <translation>回款 %1 无可分配金额：客户 %2 在 %3 前签订的执行中合同上没有可收取的分期款。</translation>
    </message>
    <message>
        <source>a manual allocation needs at least one line</source>
        <translation>手动分配至少需要一行</translation>
    </message>
    <message>
        <source>there is no instalment %1</source>
        <translation>分期款 %1 不存在</translation>
    </message>
    <message>
        <source>instalment %1 belongs to another customer than the payment&apos;s (%2)</source>
        <translation>分期款 %1 所属客户与该回款的客户（%2）不同</translation>
    </message>
    <message>
        <source>the payment is for contract %1; instalment %2 belongs to another contract</source>
        <translation>该回款针对合同 %1；分期款 %2 属于其他合同</translation>
    </message>
    <message>
        <source>contract %1 is not active; its instalments take no payments</source>
        <translation>合同 %1 未处于执行中状态；其分期款不能登记回款</translation>
    </message>
    <message>
        <source>contract %1 is signed on %2, after the allocation date %3</source>
        <translation>合同 %1 的签订日期为 %2，晚于分配日期 %3</translation>
    </message>
    <message>
        <source>instalment %1 appears twice</source>
        <translation>分期款 %1 出现了两次</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on instalment %3 (balance %4, of which %5 disputed)</source>
        <translation>%1 超过分期款 %3 的可收取金额 %2（余额 %4，其中有争议 %5）</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on instalment %3</source>
        <translation>%1 超过分期款 %3 的可收取金额 %2</translation>
    </message>
    <message>
        <source>the allocations add up to %1, more than the %2 of payment %3 not yet allocated</source>
        <translation>分配金额合计为 %1，超过回款 %3 尚未分配的 %2</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 cannot be allocated this way: %n problem(s).</source>
        <translation>
            <numerusform>回款 %1 无法按此方式分配：存在 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not record payments.</source>
        <translation>您无权登记回款。</translation>
    </message>
    <message>
        <source>the payment number is required</source>
        <translation>必须填写回款编号</translation>
    </message>
    <message>
        <source>the payment number is longer than 64 characters</source>
        <translation>回款编号超过 64 个字符</translation>
    </message>
    <message>
        <source>payment %1 is already recorded (payments are never edited)</source>
        <translation>回款 %1 已登记（回款一经登记不可修改）</translation>
    </message>
    <message>
        <source>the customer is required</source>
        <translation>必须填写客户</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>the date received is missing or not a valid date</source>
        <translation>收款日期未填写或不是有效日期</translation>
    </message>
    <message>
        <source>the date received %1 is after today (%2)</source>
        <translation>收款日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>unknown payment method %1</source>
        <translation>未知付款方式 %1</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>合同 %1 不存在</translation>
    </message>
    <message>
        <source>contract %1 belongs to another customer</source>
        <translation>合同 %1 属于其他客户</translation>
    </message>
    <message>
        <source>contract %1 is a draft or cancelled; it takes no payments</source>
        <translation>合同 %1 为草稿或已作废，不能登记回款</translation>
    </message>
    <message numerus="yes">
        <source>The payment %1 has %n problem(s).</source>
        <translation>
            <numerusform>回款 %1 存在 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not record payments of this customer.</source>
        <translation>您无权登记该客户的回款。</translation>
    </message>
    <message>
        <source>You may not allocate payments.</source>
        <translation>您无权分配回款。</translation>
    </message>
    <message>
        <source>You may not allocate payments of this customer.</source>
        <translation>您无权分配该客户的回款。</translation>
    </message>
    <message>
        <source>Payment %1 was reversed on %2; it cannot be allocated again.</source>
        <translation>回款 %1 已于 %2 冲销，不能再次分配。</translation>
    </message>
    <message>
        <source>Choose an automatic or a manual allocation.</source>
        <translation>请选择自动分配或手动分配。</translation>
    </message>
    <message>
        <source>The allocation date must lie between the date payment %1 was received (%2) and today (%3).</source>
        <translation>分配日期必须在回款 %1 的收款日期（%2）与今天（%3）之间。</translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation>日期超出范围</translation>
    </message>
    <message>
        <source>Payment %1 is fully allocated; no credit is left.</source>
        <translation>回款 %1 已全部分配，没有剩余的未分配回款(预收)。</translation>
    </message>
    <message>
        <source>Payment %1 was reversed on %2.</source>
        <translation>回款 %1 已于 %2 冲销。</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>分期款 %1 不存在。</translation>
    </message>
    <message>
        <source>only %1 of payment %2 is allocated to instalment %3</source>
        <translation>回款 %2 分配至分期款 %3 的金额仅为 %1</translation>
    </message>
    <message>
        <source>the date must lie between %1 and today (%2)</source>
        <translation>日期必须在 %1 与今天（%2）之间</translation>
    </message>
    <message>
        <source>The allocation of payment %1 to instalment %2 cannot be undone this way.</source>
        <translation>无法以此方式撤销回款 %1 对分期款 %2 的分配。</translation>
    </message>
    <message>
        <source>You may not reverse payments.</source>
        <translation>您无权冲销回款。</translation>
    </message>
    <message>
        <source>You may not reverse payments of this customer.</source>
        <translation>您无权冲销该客户的回款。</translation>
    </message>
    <message>
        <source>Payment %1 was already reversed on %2.</source>
        <translation>回款 %1 已于 %2 冲销。</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <source>Payment %1 cannot be reversed this way.</source>
        <translation>无法以此方式冲销回款 %1。</translation>
    </message>
    <message>
        <source>You may not view payments.</source>
        <translation>您无权查看回款。</translation>
    </message>
    <message>
        <source>You may not view the payments of this customer.</source>
        <translation>您无权查看该客户的回款。</translation>
    </message>
    <message>
        <source>You may not view payment %1.</source>
        <translation>您无权查看回款 %1。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>您无权查看该分期款。</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollCommand</name>
    <message>
        <source>Payroll: calculate, approve and lock a month&apos;s run, or show its payslips.</source>
        <translation>工资：计算、批准和锁定某月的工资核算，或显示其工资单。</translation>
    </message>
    <message>
        <source>&apos;calc YYYY-MM&apos; calculates the payslips of every employee employed in the month (recalculating replaces them until the run is approved); &apos;approve&apos; and &apos;lock&apos; move the run on, and a locked run can never change again (exit code 5). &apos;show&apos; prints the payslips: every one for HR and auditors, otherwise only your own once the run is approved.</source>
        <translation>“calc YYYY-MM”为该月在职的每位员工计算工资单（在工资核算批准前，重新计算会替换原有工资单）；“approve”和“lock”推进工资核算状态，已锁定的工资核算将永远不能再修改（退出码 5）。“show”打印工资单：人事管理员和审计可查看全部工资单，其他用户仅能在工资核算批准后查看本人的工资单。</translation>
    </message>
    <message>
        <source>show: one employee&apos;s payslip only.</source>
        <translation>show：仅显示一名员工的工资单。</translation>
    </message>
    <message>
        <source>show: text (default), json or csv.</source>
        <translation>show：text（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>Give the payroll command: calc, approve, lock or show.</source>
        <translation>请给出工资命令：calc、approve、lock 或 show。</translation>
    </message>
    <message>
        <source>Unknown payroll command &apos;%1&apos;: use calc, approve, lock or show.</source>
        <translation>未知的工资命令“%1”：请使用 calc、approve、lock 或 show。</translation>
    </message>
    <message>
        <source>Give the month (YYYY-MM).</source>
        <translation>请给出月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM: &apos;%1&apos;.</source>
        <translation>月份格式必须为 YYYY-MM：“%1”。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use text, json or csv.</source>
        <translation>未知格式“%1”：请使用 text、json 或 csv。</translation>
    </message>
    <message>
        <source>--employee and --format are options of &apos;show&apos;.</source>
        <translation>--employee 和 --format 是“show”的选项。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Payroll %1 calculated: %n payslip(s), gross %2, net %3, income tax %4, employer costs %5.</source>
        <translation>
            <numerusform>%1 工资已计算：%n 份工资单，应发工资 %2，实发工资 %3，个人所得税 %4，单位成本 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payroll %1 approved.</source>
        <translation>%1 工资已批准。</translation>
    </message>
    <message>
        <source>Payroll %1 locked: it can no longer change.</source>
        <translation>%1 工资已锁定：不能再修改。</translation>
    </message>
    <message numerus="yes">
        <source>Payroll %1 (%2): %n payslip(s).</source>
        <translation>
            <numerusform>%1 工资（%2）：%n 份工资单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: gross %3, net %4</source>
        <translation>%1 %2：应发工资 %3，实发工资 %4</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollInputs</name>
    <message>
        <source>%1 (%2) has no salary profile in force in %3 and is not paid in this run.</source>
        <translation>%1（%2）在 %3 没有生效的薪资档案，本次工资核算不予发放。</translation>
    </message>
    <message>
        <source>No city profile of %1 is in force on %2: %3 (%4) is not paid in this run.</source>
        <translation>%2 没有生效的 %1 城市参数：%3（%4）本次工资核算不予发放。</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollRunService</name>
    <message>
        <source>The payroll of %1 is locked; correct it with an adjustment in a later run.</source>
        <translation>%1 的工资已锁定；请在以后月份的工资核算中通过调整项更正。</translation>
    </message>
    <message>
        <source>The payroll of %1 is approved; it can no longer be recalculated.</source>
        <translation>%1 的工资已批准，不能再重新计算。</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: lock it before %3 is calculated.</source>
        <translation>%1 的工资核算状态为“%2”：请先锁定，再计算 %3 的工资。</translation>
    </message>
    <message>
        <source>The payroll of %1 is already %2: %3 can no longer change.</source>
        <translation>%1 的工资核算已是“%2”状态：%3 不能再修改。</translation>
    </message>
    <message>
        <source>The payroll run of %1 was cancelled; nothing was written.</source>
        <translation>%1 的工资核算已取消；未写入任何数据。</translation>
    </message>
    <message>
        <source>You may not see payroll runs.</source>
        <translation>您无权查看工资核算。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a payroll month (YYYY-MM).</source>
        <translation>“%1”不是有效的工资月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>There is no payroll run for %1.</source>
        <translation>%1 没有工资核算。</translation>
    </message>
    <message>
        <source>You may not run the payroll.</source>
        <translation>您无权进行工资核算。</translation>
    </message>
    <message>
        <source>The payroll of %1 cannot be calculated before the month starts.</source>
        <translation>%1 的工资不能在该月开始前计算。</translation>
    </message>
    <message>
        <source>Calculating the payroll of %1…</source>
        <translation>正在计算 %1 的工资…</translation>
    </message>
    <message>
        <source>The annual bonus %1 of %2 (%3) is past a bracket cliff: a bonus of %4 would leave %5 more after tax.</source>
        <translation>%2（%3）的全年一次性奖金 %1 刚超过税率临界点：若奖金为 %4，税后反而多得 %5。</translation>
    </message>
    <message>
        <source>You may not approve the payroll.</source>
        <translation>您无权批准工资。</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: only a calculated run can be approved.</source>
        <translation>%1 的工资核算状态为“%2”：只有已计算的工资核算才能批准。</translation>
    </message>
    <message>
        <source>You may not lock the payroll.</source>
        <translation>您无权锁定工资。</translation>
    </message>
    <message>
        <source>The payroll of %1 is locked already.</source>
        <translation>%1 的工资已锁定。</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: approve it before it is locked.</source>
        <translation>%1 的工资核算状态为“%2”：请先批准，再锁定。</translation>
    </message>
    <message>
        <source>Loss claim %1 no longer matches the deduction of payslip %2.</source>
        <translation>损失赔偿申请 %1 与工资单 %2 的扣款不再一致。</translation>
    </message>
    <message>
        <source>You may not see payslips.</source>
        <translation>您无权查看工资单。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may see only your own payslips.</source>
        <translation>您只能查看本人的工资单。</translation>
    </message>
    <message>
        <source>You may only estimate your own pay.</source>
        <translation>只能估算本人的工资。</translation>
    </message>
    <message>
        <source>Not employed in %1.</source>
        <translation>%1 未在职。</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollStatus</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>the payroll of %1 is locked: a change can only apply from a later month</source>
        <translation>%1 的工资已锁定：变更只能从以后的月份开始生效</translation>
    </message>
    <message>
        <source>the payroll of %1 is approved: a change can only apply from a later month</source>
        <translation>%1 的工资已批准：变更只能从以后的月份开始生效</translation>
    </message>
</context>
<context>
    <name>tl::core::PayrollSummary</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>You may not see the payroll summary.</source>
        <translation>您无权查看工资汇总。</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>(department %1)</source>
        <translation>（部门 %1）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The payslips of %1 do not add up to the run&apos;s totals.</source>
        <translation>%1 的工资单合计与本次工资核算的总额不符。</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>单位社保公积金</translation>
    </message>
</context>
<context>
    <name>tl::core::PayslipCalculator</name>
    <message>
        <source>%1 × %2 working days employed ÷ %3 working days in the month</source>
        <translation>%1 × 在职工作日 %2 天 ÷ 当月工作日 %3 天</translation>
    </message>
    <message>
        <source>monthly base salary</source>
        <translation>月基本工资</translation>
    </message>
    <message>
        <source>performance pay of the month</source>
        <translation>当月绩效工资</translation>
    </message>
    <message>
        <source>commission of the month</source>
        <translation>当月提成</translation>
    </message>
    <message>
        <source>bonus %1 and the annual one-off bonus %2, taxed separately</source>
        <translation>奖金 %1 及全年一次性奖金 %2，单独计税</translation>
    </message>
    <message>
        <source>bonus %1 and the annual one-off bonus %2, taxed with the wage</source>
        <translation>奖金 %1 及全年一次性奖金 %2，并入工资计税</translation>
    </message>
    <message>
        <source>bonus of the month</source>
        <translation>当月奖金</translation>
    </message>
    <message>
        <source>fixed allowance</source>
        <translation>固定津贴</translation>
    </message>
    <message>
        <source>allowance for effective field visits</source>
        <translation>有效外勤拜访津贴</translation>
    </message>
    <message>
        <source>%1 ÷ 21.75 × %2 day(s) of unpaid absence</source>
        <translation>%1 ÷ 21.75 × %2 天无薪缺勤</translation>
    </message>
    <message>
        <source>base %1 (declared %2, limited to %3–%4)</source>
        <translation>缴费基数 %1（申报 %2，上下限 %3–%4）</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>缴费基数 %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>cumulative taxable %1 = income %2 − basic deduction %3 − social insurance and housing fund %4 − special additional deductions %5; tax to date %6 − withheld before %7</source>
        <translation>累计应纳税所得额 %1 = 收入 %2 − 基本减除费用 %3 − 社保和住房公积金 %4 − 专项附加扣除 %5；累计应纳税额 %6 − 已预扣 %7</translation>
    </message>
    <message>
        <source>at most 20% of the wage (%1) and leaving at least the minimum wage %2 (room %3); %4 carried forward</source>
        <translation>不超过工资的 20%（%1），且扣款后不低于最低工资 %2（可扣额度 %3）；%4 结转下月</translation>
    </message>
    <message>
        <source>%1; plus %2 on the annual bonus taxed separately</source>
        <translation>%1；另加全年一次性奖金单独计税 %2</translation>
    </message>
    <message>
        <source>adjustments of the month (the month corrected in brackets): %1</source>
        <translation>本月调整项（方括号内为所更正的月份）：%1</translation>
    </message>
</context>
<context>
    <name>tl::core::PayslipDocument</name>
    <message>
        <source>Payslip</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: payslips are released to employees once it is approved.</source>
        <translation>%1 的工资核算状态为%2：审批通过后才向员工发放工资单。</translation>
    </message>
    <message>
        <source>You have no payslip in the payroll of %1.</source>
        <translation>您在 %1 的工资核算中没有工资单。</translation>
    </message>
    <message>
        <source>Employee %1 has no payslip in the payroll of %2.</source>
        <translation>员工 %1 在 %2 的工资核算中没有工资单。</translation>
    </message>
    <message>
        <source>The payroll of %1 has no payslips.</source>
        <translation>%1 的工资核算中没有工资单。</translation>
    </message>
    <message>
        <source>The stored payslip of %1 in %2 does not add up: its lines give gross %3 and net %4.</source>
        <translation>已保存的 %1 在 %2 的工资单金额不符：各明细合计应发工资 %3、实发工资 %4。</translation>
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
    <name>tl::core::PoolReclaimReminders</name>
    <message>
        <source>Customers about to return to the pool</source>
        <translation>即将退回客户公海的客户</translation>
    </message>
    <message numerus="yes">
        <source>Returns to the pool in %n day(s), on %1, unless it is followed up.</source>
        <translation>
            <numerusform>如未跟进，将于 %n 天后（%1）退回客户公海。</numerusform>
        </translation>
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
    <name>tl::core::PromiseReminders</name>
    <message>
        <source>Broken payment promises</source>
        <translation>未兑现的承诺回款</translation>
    </message>
    <message>
        <source>Promised %1 by %2 (on %3); %4 received: %5 short.</source>
        <translation>于 %3 承诺在 %2 前回款 %1；已收 %4，尚差 %5。</translation>
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
    <name>tl::core::ReceivableDueReminders</name>
    <message>
        <source>Receivables due</source>
        <translation>到期应收账款</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>逾期应收账款</translation>
    </message>
    <message>
        <source>%1 instalment %2</source>
        <translation>%1 第 %2 期</translation>
    </message>
    <message>
        <source>Due today: %1 to collect.</source>
        <translation>今日到期：待收 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1: %2 to collect.</source>
        <translation>
            <numerusform>%n 天后（%1）到期：待收 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) since %1: %2 still to collect.</source>
        <translation>
            <numerusform>自 %1 起已逾期 %n 天：尚待收 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::ReceivableQuery</name>
    <message>
        <source>Unknown ageing bucket &quot;%1&quot;.</source>
        <translation>未知的账龄区间“%1”。</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>You may not view the receivables this employee collects.</source>
        <translation>您无权查看该员工负责催收的应收账款。</translation>
    </message>
    <message>
        <source>You may not view the receivables of this department.</source>
        <translation>您无权查看该部门的应收账款。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已坏账核销</translation>
    </message>
</context>
<context>
    <name>tl::core::ReceivablesListReport</name>
    <message>
        <source>The employee does not exist.</source>
        <translation>该员工不存在。</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
</context>
<context>
    <name>tl::core::Reminder</name>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>tl::core::ReminderCentre</name>
    <message>
        <source>&quot;%1&quot; is not the key of a reminder.</source>
        <translation>“%1”不是有效的提醒标识。</translation>
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
    <name>tl::core::RiskScore</name>
    <message>
        <source>Low</source>
        <extracomment>Customer risk level</extracomment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Customer risk level</extracomment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Customer risk level</extracomment>
        <translation>高</translation>
    </message>
    <message>
        <source>Risk score 0–100 = 30 × share of paid instalments paid late + 20 × average days late (capped at 90) ÷ 90 + 25 × overdue share of the open balance + 5 per open dispute (at most 10) + 5 per letter unanswered after its reply date (at most 15). Low below 30, medium below 60, high from 60.</source>
        <translation>风险评分 0–100 = 30 × 已付分期款中逾期付款的占比 + 20 × 平均逾期天数（上限 90）÷ 90 + 25 × 未结余额中的逾期占比 + 每项未解决争议 5 分（最多 10 分）+ 每封超过回函期限仍未回复的对账函 5 分（最多 15 分）。低于 30 为低风险，低于 60 为中风险，60 及以上为高风险。</translation>
    </message>
    <message>
        <source>Paid late: %1 of %2 paid instalments: %3 of 30 points.</source>
        <translation>逾期付款：已付的 %2 期中有 %1 期逾期：得 %3 分（满分 30）。</translation>
    </message>
    <message>
        <source>Average days late of paid instalments: %1 (capped at 90): %2 of 20 points.</source>
        <translation>已付分期款平均逾期天数：%1（上限 90）：得 %2 分（满分 20）。</translation>
    </message>
    <message>
        <source>Overdue: %1 of the open balance of %2: %3 of 25 points.</source>
        <translation>逾期：未结余额 %2 中逾期 %1：得 %3 分（满分 25）。</translation>
    </message>
    <message numerus="yes">
        <source>Open disputes: %n, %1 of 10 points.</source>
        <translation>
            <numerusform>未解决争议：%n 项，得 %1 分（满分 10）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letters unanswered after the reply date: %n, %1 of 15 points.</source>
        <translation>
            <numerusform>超过回函期限未回复的对账函：%n 封，得 %1 分（满分 15）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 of 100: %2 risk.</source>
        <translation>评分 %1（满分 100）：%2风险。</translation>
    </message>
    <message>
        <source>You may not view receivables.</source>
        <translation>您无权查看应收账款。</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>截止日期不是有效日期。</translation>
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
    <name>tl::core::SalaryProfileImport</name>
    <message>
        <source>%1 is not yes or no (是/否)</source>
        <translation>%1 不是有效值，应填“是”或“否”</translation>
    </message>
    <message>
        <source>You may not edit salary profiles.</source>
        <translation>您无权编辑薪资档案。</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>必须填写员工</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation>必须填写生效日期</translation>
    </message>
    <message>
        <source>the profile of %1 from %2 already appears in row %3</source>
        <translation>%1 自 %2 起的薪资档案已在第 %3 行出现</translation>
    </message>
    <message>
        <source>%1 already has a salary profile from %2</source>
        <translation>%1 已有自 %2 起的薪资档案</translation>
    </message>
    <message>
        <source>the base salary is required</source>
        <translation>必须填写基本工资</translation>
    </message>
</context>
<context>
    <name>tl::core::SalaryProfileService</name>
    <message>
        <source>You may not edit salary profiles.</source>
        <translation>您无权编辑薪资档案。</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>员工 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not see this employee&apos;s salary profile.</source>
        <translation>您无权查看该员工的薪资档案。</translation>
    </message>
    <message>
        <source>No salary profile is in force in %1.</source>
        <translation>%1 没有生效的薪资档案。</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>员工不存在</translation>
    </message>
    <message>
        <source>The salary profile cannot be saved.</source>
        <translation>薪资档案无法保存。</translation>
    </message>
    <message>
        <source>The salary profile of %1 from %2 cannot be saved: %3.</source>
        <translation>%1 自 %2 起的薪资档案无法保存：%3。</translation>
    </message>
    <message>
        <source>Salary profile %1 does not exist.</source>
        <translation>薪资档案 %1 不存在。</translation>
    </message>
    <message>
        <source>The salary profile of %1 from %2 cannot be removed: %3.</source>
        <translation>%1 自 %2 起的薪资档案无法删除：%3。</translation>
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
    <name>tl::core::TaxCommand</name>
    <message>
        <source>Income tax: cumulative withholding for equal months (a calculator; opens no database).</source>
        <translation>个人所得税：按各月收入相同计算累计预扣（仅为计算器，不打开数据库）。</translation>
    </message>
    <message>
        <source>&apos;iit&apos; computes the cumulative withholding of individual income tax month by month from January for a constant monthly income: the taxable amount to date, the cumulative tax and the tax withheld in each month, with the 7-bracket table and 5,000 a month of basic deduction. Amounts are in yuan; --insurance is the employee&apos;s own social insurance and housing fund, --special the special additional deductions per month.</source>
        <translation>&apos;iit&apos; 按累计预扣法，从 1 月起逐月计算每月收入固定时的个人所得税：累计应纳税所得额、累计应纳税额及各月预扣税额，采用 7 级税率表，基本减除费用每月 5,000 元。金额单位为元；--insurance 为个人缴纳的社会保险和住房公积金，--special 为每月专项附加扣除。</translation>
    </message>
    <message>
        <source>Monthly income in yuan.</source>
        <translation>月收入（元）。</translation>
    </message>
    <message>
        <source>Monthly social insurance and housing fund (employee part).</source>
        <translation>每月社会保险和住房公积金（个人部分）。</translation>
    </message>
    <message>
        <source>Monthly special additional deductions.</source>
        <translation>每月专项附加扣除。</translation>
    </message>
    <message>
        <source>Number of months from January, 1 to 12 (default 12).</source>
        <translation>自 1 月起的月数，1 至 12（默认 12）。</translation>
    </message>
    <message>
        <source>Basic deduction: standard (default), first-job (first job in the year) or low-earner (60,000 from January).</source>
        <translation>基本减除费用：standard（标准，默认）、first-job（当年首次就业）或 low-earner（低收入者，自 1 月起按 60,000 扣除）。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>Give the tax command: iit.</source>
        <translation>请指定 tax 子命令：iit。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--income is required.</source>
        <translation>必须提供 --income。</translation>
    </message>
    <message>
        <source>--%1 must be an amount in yuan of zero or more: &apos;%2&apos;.</source>
        <translation>--%1 必须是大于或等于零的金额（元）：“%2”。</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 12.</source>
        <translation>--months 必须是 1 至 12 的整数。</translation>
    </message>
    <message>
        <source>Unknown rule &apos;%1&apos;: use standard, first-job or low-earner.</source>
        <translation>未知的规则“%1”：请使用 standard、first-job 或 low-earner。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use text or json.</source>
        <translation>未知的格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <source>month %1: taxable to date %2, tax to date %3, withheld %4</source>
        <translation>%1 月：累计应纳税所得额 %2，累计应纳税额 %3，本月预扣 %4</translation>
    </message>
    <message numerus="yes">
        <source>withheld in %n month(s): %1</source>
        <translation>
            <numerusform>%n 个月合计预扣：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::core::TaxWithholdingList</name>
    <message>
        <source>You may not write the income-tax withholding list.</source>
        <translation>您无权生成个人所得税扣缴申报表。</translation>
    </message>
    <message>
        <source>You may not see ID numbers, which the withholding list holds.</source>
        <translation>扣缴申报表包含身份证号码，您无权查看。</translation>
    </message>
    <message>
        <source>The payroll of %1 is %2: the withholding list is written only for an approved or locked run.</source>
        <translation>%1 的工资核算状态为%2：仅可为已审批或已锁定的工资核算生成扣缴申报表。</translation>
    </message>
    <message>
        <source>%1 %2 has no ID number: add it before the list is imported into the tax client.</source>
        <translation>%1 %2 没有身份证号码：请在将申报表导入个税客户端之前补充。</translation>
    </message>
    <message>
        <source>The income tax of %1 in %2 (%3) does not follow from its cumulative figures (%4).</source>
        <translation>%1 在 %2 的个人所得税（%3）与其累计数据（%4）不一致。</translation>
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
    <name>tl::core::WriteOffService</name>
    <message>
        <source>You may not request write-offs.</source>
        <translation>您无权申请坏账核销。</translation>
    </message>
    <message>
        <source>Instalment %1 does not exist.</source>
        <translation>分期款 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not request write-offs on instalment %1.</source>
        <translation>您无权对分期款 %1 申请坏账核销。</translation>
    </message>
    <message>
        <source>contract %1 is not active; nothing of it can be written off</source>
        <translation>合同 %1 未生效，不能进行坏账核销</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>%1 is more than the open balance %2 of instalment %3</source>
        <translation>%1 超过分期款 %3 的未结余额 %2</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <source>the evidence needs a file name</source>
        <translation>证明材料需要文件名</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>The write-off of instalment %1 cannot be requested.</source>
        <translation>无法申请分期款 %1 的坏账核销。</translation>
    </message>
    <message>
        <source>You may not decide on write-offs.</source>
        <translation>您无权审批坏账核销。</translation>
    </message>
    <message>
        <source>Write-off %1 does not exist.</source>
        <translation>坏账核销 %1 不存在。</translation>
    </message>
    <message>
        <source>The instalment of write-off %1 is missing.</source>
        <translation>坏账核销 %1 对应的分期款不存在。</translation>
    </message>
    <message>
        <source>You may not decide on write-offs of instalment %1.</source>
        <translation>您无权审批分期款 %1 的坏账核销。</translation>
    </message>
    <message>
        <source>You requested the write-off of instalment %1 yourself; another user must decide on it.</source>
        <translation>分期款 %1 的坏账核销由您本人申请，须由其他用户审批。</translation>
    </message>
    <message>
        <source>The write-off of instalment %1 is already decided.</source>
        <translation>分期款 %1 的坏账核销已审批完毕。</translation>
    </message>
    <message>
        <source>Contract %1 is not active; nothing of it can be written off.</source>
        <translation>合同 %1 未生效，不能进行坏账核销。</translation>
    </message>
    <message>
        <source>The write-off of %1 is more than the %2 left of instalment %3 besides the %4 under dispute; resolve the dispute first.</source>
        <translation>坏账核销金额 %1 超过分期款 %3 除争议金额 %4 之外的剩余金额 %2；请先解决争议。</translation>
    </message>
    <message>
        <source>The write-off of %1 is more than the open balance %2 of instalment %3.</source>
        <translation>坏账核销金额 %1 超过分期款 %3 的未结余额 %2。</translation>
    </message>
    <message>
        <source>You may not view write-offs.</source>
        <translation>您无权查看坏账核销。</translation>
    </message>
    <message>
        <source>You may not view this instalment.</source>
        <translation>您无权查看该分期款。</translation>
    </message>
    <message>
        <source>You may not view this write-off.</source>
        <translation>您无权查看该坏账核销。</translation>
    </message>
</context>
<context>
    <name>tl::core::XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (%2). Save it again as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 不是可读取的 XLSX 工作簿（%2）。请将其重新另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>不是 ZIP 压缩包</translation>
    </message>
    <message>
        <source>it has no workbook part</source>
        <translation>缺少工作簿部件</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the first worksheet cannot be found</source>
        <translation>找不到第一个工作表</translation>
    </message>
    <message>
        <source>the worksheet %1 is missing</source>
        <translation>缺少工作表 %1</translation>
    </message>
    <message>
        <source>Cannot open %1 as an archive.</source>
        <translation>无法将 %1 作为压缩包打开。</translation>
    </message>
    <message>
        <source>%1 has no part %2.</source>
        <translation>%1 中没有部件 %2。</translation>
    </message>
    <message>
        <source>The header of %1 was already read.</source>
        <translation>%1 的表头已读取。</translation>
    </message>
    <message>
        <source>%1 is empty: the first worksheet has no header row.</source>
        <translation>%1 为空：第一个工作表没有表头行。</translation>
    </message>
    <message>
        <source>bad cell reference %1 in row %2</source>
        <translation>第 %2 行的单元格引用 %1 无效</translation>
    </message>
</context>
<context>
    <name>tl::core::XlsxWriter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot create the worksheet of %1.</source>
        <translation>无法创建 %1 的工作表。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>The workbook %1 is already complete.</source>
        <translation>工作簿 %1 已完成。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export this list as CSV instead.</source>
        <translation>XLSX 工作表最多容纳 %1 行；请改为将此列表导出为 CSV。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 columns.</source>
        <translation>XLSX 工作表最多容纳 %1 列。</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>tl::core::YtdOpeningImport</name>
    <message>
        <source>You may not enter year-to-date payroll figures.</source>
        <translation>您无权录入年初至今累计工资数据。</translation>
    </message>
    <message>
        <source>the employee is required</source>
        <translation>工号为必填项</translation>
    </message>
    <message>
        <source>employee %1 does not exist</source>
        <translation>员工 %1 不存在</translation>
    </message>
    <message>
        <source>the year is required</source>
        <translation>年度为必填项</translation>
    </message>
    <message>
        <source>the figures of %1 for %2 already appear in row %3</source>
        <translation>%1 的 %2 年累计数已在第 %3 行出现</translation>
    </message>
    <message>
        <source>the payroll of %1 is approved or locked: the figures of %2 can no longer change</source>
        <translation>%1 的工资已审批或锁定：%2 年的累计数不能再修改</translation>
    </message>
    <message>
        <source>%1 already has year-to-date figures for %2</source>
        <translation>%1 已有 %2 年的累计数</translation>
    </message>
    <message>
        <source>the months employed are required</source>
        <translation>已任职月数为必填项</translation>
    </message>
</context>
<context>
    <name>tl::core::YtdOpeningService</name>
    <message>
        <source>You may not see year-to-date payroll figures.</source>
        <translation>您无权查看本年累计工资数据。</translation>
    </message>
    <message>
        <source>You may not enter year-to-date payroll figures.</source>
        <translation>您无权录入本年累计工资数据。</translation>
    </message>
    <message>
        <source>the employee does not exist</source>
        <translation>员工不存在</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100</source>
        <translation>年份必须在 2000 至 2100 之间</translation>
    </message>
    <message>
        <source>the months employed must be between 0 and 12</source>
        <translation>任职月数必须在 0 至 12 之间</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>The year-to-date figures cannot be saved.</source>
        <translation>本年累计数据无法保存。</translation>
    </message>
    <message>
        <source>The year-to-date figures of %1 for %2 cannot change: the payroll of %3 is approved or locked.</source>
        <translation>%1 的 %2 年累计数据不能修改：%3 的工资核算已审批或已锁定。</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingChart</name>
    <message>
        <source>%1: %2 (%3 of the open balance)</source>
        <translation>%1：%2（占未结余额的 %3）</translation>
    </message>
    <message>
        <source>Open balance by age as of %1</source>
        <translation>截至 %1 的未结余额账龄分布</translation>
    </message>
    <message>
        <source>Up to 90 days past due</source>
        <translation>逾期 90 天以内</translation>
    </message>
    <message>
        <source>More than 90 days past due</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Open balance by customer type</source>
        <translation>按客户类型的未结余额</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open balance by customer type: nothing open</source>
        <translation>按客户类型的未结余额：无未结款项</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingExport</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Over 90 days %</source>
        <translation>90 天以上占比</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结笔数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation>请选择扩展名为 .csv 或 .xlsx 的文件。</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingOutput</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingPage</name>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>分组方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the ageing again (F5)</source>
        <translation>重新计算账龄（F5）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview, print or save the ageing report as PDF</source>
        <translation>预览、打印账龄报表或将其保存为 PDF</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the table as CSV or XLSX</source>
        <translation>将表格保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Computing the ageing…</source>
        <translation>正在计算账龄…</translation>
    </message>
    <message>
        <source>Nothing was open on %1.</source>
        <translation>%1 没有未结款项。</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %2 open in %n instalment(s); %3 past due; %4 more than 90 days past due (%5 of the open balance).</source>
        <translation>
            <numerusform>截至 %1：%n 期未结，共 %2；逾期 %3；逾期超过 90 天 %4（占未结余额的 %5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ageing %1.pdf</source>
        <translation>账龄 %1.pdf</translation>
    </message>
    <message>
        <source>Ageing %1.xlsx</source>
        <translation>账龄 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the ageing</source>
        <translation>导出账龄</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the ageing</source>
        <translation>正在导出账龄</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The ageing was saved to %1.</source>
        <translation>账龄已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::AgingTableModel</name>
    <message>
        <source>Share of the balance more than 90 days past due</source>
        <translation>逾期超过 90 天的余额占比</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Type key</source>
        <translation>类型代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Over 90 days %</source>
        <translation>90 天以上占比</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结笔数</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocateCreditDialog</name>
    <message>
        <source>Allocate credit</source>
        <translation>分配未分配回款</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>回款(&amp;P)：</translation>
    </message>
    <message>
        <source>The date the credit is applied (from the payment&apos;s date to today)</source>
        <translation>分配日期（从回款日期至今天）</translation>
    </message>
    <message>
        <source>Allocate &amp;on:</source>
        <translation>分配日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>Payment %1 was reversed: it has no credit.</source>
        <translation>回款 %1 已冲销：没有未分配回款。</translation>
    </message>
    <message>
        <source>Payment %1 is fully allocated.</source>
        <translation>回款 %1 已全部分配。</translation>
    </message>
    <message>
        <source>The customer has no payment with credit left.</source>
        <translation>该客户没有尚有未分配余额的回款。</translation>
    </message>
    <message>
        <source>%1 of %2 — %3 credit left</source>
        <translation>%2 的 %1 — 剩余未分配 %3</translation>
    </message>
    <message>
        <source>%1 (%2): received %3 on %4, %5 allocated, %6 credit left</source>
        <translation>%1（%2）：%4 收到 %3，已分配 %5，剩余未分配 %6</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 of the credit of payment %2 was allocated.</source>
        <translation>回款 %2 的未分配余额中已分配 %1。</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationEditor</name>
    <message>
        <source>&amp;Automatic: oldest due first</source>
        <translation>自动(&amp;A)：按到期日先后</translation>
    </message>
    <message>
        <source>By &amp;hand</source>
        <translation>手动(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep all as customer credit</source>
        <translation>全部保留为未分配回款(&amp;K)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The amounts add up to %1, %2 more than the %3 to allocate.</source>
        <translation>金额合计 %1，比待分配的 %3 多 %2。</translation>
    </message>
    <message>
        <source>Type the amount for at least one instalment, or allocate automatically.</source>
        <translation>请至少为一期分期款输入金额，或选择自动分配。</translation>
    </message>
    <message>
        <source>Choose the customer to see the open instalments.</source>
        <translation>请选择客户以查看未结分期款。</translation>
    </message>
    <message>
        <source>Nothing open to allocate to: all %1 stays as customer credit.</source>
        <translation>没有可分配的未结款项：全部 %1 保留为未分配回款。</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %1 to %n instalment(s); credit left %2.</source>
        <translation>
            <numerusform>已向 %n 期分期款分配 %1；剩余未分配 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocated %1: %2 more than the money.</source>
        <translation>已分配 %1：超出回款金额 %2。</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationPreviewModel</name>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>%1 is more than the %2 collectable on %3 #%4</source>
        <translation>%1 超过 %3 #%4 的可收金额 %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Type the amount to allocate to this instalment (yuan)</source>
        <translation>输入分配给该期的金额（元）</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期款</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Collectable</source>
        <translation>可收金额</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>tl::ui::AllocationTableModel</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Back to credit</source>
        <translation>退回未分配</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>回款编号</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
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
    <name>tl::ui::AttendancePage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Leave requests</source>
        <translation>请假申请</translation>
    </message>
    <message>
        <source>Request leave…</source>
        <translation>申请请假…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Attendance and leave</source>
        <translation>考勤与请假</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) with attendance records; employees without records are paid in full.</source>
        <translation>
            <numerusform>%n 名员工有考勤记录；无考勤记录的员工按全勤计薪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式输入月份。</translation>
    </message>
    <message>
        <source>The leave request was saved; it waits for approval.</source>
        <translation>请假申请已保存，等待审批。</translation>
    </message>
    <message>
        <source>Reject the leave request</source>
        <translation>驳回请假申请</translation>
    </message>
    <message>
        <source>Why is the leave rejected?</source>
        <translation>驳回该请假申请的原因？</translation>
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
        <source>Back up &amp;to a file…</source>
        <translation>备份到文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Refr&amp;esh</source>
        <translation>刷新(&amp;E)</translation>
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
        <translation>更换催收负责人</translation>
    </message>
    <message>
        <source>New &amp;collector:</source>
        <translation>新催收负责人(&amp;C)：</translation>
    </message>
    <message>
        <source>Responsible &amp;from:</source>
        <translation>负责起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>New collector: %1</source>
        <translation>新催收负责人：%1</translation>
    </message>
    <message>
        <source>New collector: choose the employee who collects from now on.</source>
        <translation>新催收负责人：请选择今后负责催收的员工。</translation>
    </message>
    <message numerus="yes">
        <source>%1 collects %n instalment(s) now.</source>
        <translation>
            <numerusform>%1 现负责催收 %n 期分期款。</numerusform>
        </translation>
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
    <name>tl::ui::CliLookup</name>
    <message>
        <source>There is no employee with the code %1.</source>
        <translation>不存在编码为 %1 的员工。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>不存在编码为 %1 的客户。</translation>
    </message>
    <message>
        <source>The %1 date must be a date (YYYY-MM-DD): &apos;%2&apos;.</source>
        <translation>%1 日期必须是有效日期（YYYY-MM-DD）：“%2”。</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>The output file %1 must end in %2.</source>
        <translation>输出文件 %1 的扩展名必须为 %2。</translation>
    </message>
    <message>
        <source>The folder of the output file %1 does not exist.</source>
        <translation>输出文件 %1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The output file %1 is a folder.</source>
        <translation>输出文件 %1 是一个文件夹。</translation>
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
    <name>tl::ui::ContractAttachmentsPanel</name>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (%2, to be stored with the contract)</source>
        <translation>%1（%2，将随合同保存）</translation>
    </message>
    <message>
        <source>%1 (%2, added %3)</source>
        <translation>%1（%2，添加于 %3）</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>文件 %1 超过 %2。</translation>
    </message>
    <message>
        <source>No file is selected.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove the file %1 from the contract? It cannot be restored from here.</source>
        <translation>要从合同中移除文件 %1 吗？移除后无法在此处恢复。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Add a file to the contract</source>
        <translation>为合同添加文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>文件另存为</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractDetailDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>生效(&amp;A)</translation>
    </message>
    <message>
        <source>The contract is signed: its instalments become receivables</source>
        <translation>合同已签订：其分期款转为应收账款</translation>
    </message>
    <message>
        <source>C&amp;lose contract</source>
        <translation>关闭合同(&amp;L)</translation>
    </message>
    <message>
        <source>Nothing is left to collect</source>
        <translation>已无待收款项</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel contract…</source>
        <translation>作废合同(&amp;C)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期款</translation>
    </message>
    <message>
        <source>Payments allocated</source>
        <translation>已分配回款</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% a year (contract)</source>
        <translation>年利率 %1%（合同）</translation>
    </message>
    <message>
        <source>%1% a year (company default)</source>
        <translation>年利率 %1%（公司默认）</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>客户：%1（%2）</translation>
    </message>
    <message>
        <source>Salesperson: %1 (%2)</source>
        <translation>业务员：%1（%2）</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>签订日期：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已回款：%1</translation>
    </message>
    <message>
        <source>Written off: %1</source>
        <translation>坏账核销：%1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>Late interest: %1</source>
        <translation>逾期利息：%1</translation>
    </message>
    <message>
        <source>Contract %1 was saved.</source>
        <translation>合同 %1 已保存。</translation>
    </message>
    <message>
        <source>Contract %1 is active: its instalments are receivables now.</source>
        <translation>合同 %1 已生效：其分期款现已计入应收账款。</translation>
    </message>
    <message>
        <source>Contract %1 is closed.</source>
        <translation>合同 %1 已关闭。</translation>
    </message>
    <message>
        <source>Contract %1 is active again.</source>
        <translation>合同 %1 已重新生效。</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>作废合同</translation>
    </message>
    <message>
        <source>Cancel contract %1 of %2 over %3? A cancelled contract is void: its instalments are no longer receivables and it cannot be edited again.</source>
        <translation>要作废 %2 的合同 %1（金额 %3）吗？作废的合同即失效：其分期款不再计入应收账款，且不能再编辑。</translation>
    </message>
    <message>
        <source>Contract %1 was cancelled.</source>
        <translation>合同 %1 已作废。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Amount and terms</source>
        <translation>金额与条款</translation>
    </message>
    <message>
        <source>e.g. HT-2026-001</source>
        <translation>例如 HT-2026-001</translation>
    </message>
    <message>
        <source>Contract &amp;no.:</source>
        <translation>合同编号(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>The salesperson credited with the contract; collects its instalments</source>
        <translation>合同的业绩归属业务员，负责催收其分期款</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>业务员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>签订日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Draft: not signed yet (creates no receivable)</source>
        <translation>草稿：尚未签订（不产生应收账款）</translation>
    </message>
    <message>
        <source>yuan, e.g. 120,000.00</source>
        <translation>元，例如 120,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Own rate</source>
        <translation>单独约定利率</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>otherwise the company default, %1% a year</source>
        <translation>否则按公司默认年利率 %1%</translation>
    </message>
    <message>
        <source>Late &amp;interest:</source>
        <translation>逾期利息(&amp;I)：</translation>
    </message>
    <message>
        <source>what was sold, e.g. 2026 annual service</source>
        <translation>销售内容，例如 2026 年度服务</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>合同名称(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>收款计划</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Saving waits until the instalments add up to the contract amount.</source>
        <translation>分期款合计等于合同金额后才能保存。</translation>
    </message>
    <message>
        <source>enter the annual rate in percent</source>
        <translation>输入年利率（百分比）</translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>第 %1 期：%2</translation>
    </message>
    <message>
        <source>The instalments must add up to the contract amount.</source>
        <translation>分期款合计必须等于合同金额。</translation>
    </message>
    <message>
        <source>Contract %1 was saved, but a file was not stored: %2</source>
        <translation>合同 %1 已保存，但有一个文件未能存储：%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractFilterBar</name>
    <message>
        <source>Signed from</source>
        <translation>签订日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search contract number or customer name</source>
        <translation>搜索合同编号或客户名称</translation>
    </message>
    <message>
        <source>Sa&amp;lesperson:</source>
        <translation>业务员(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractInstallmentTableModel</name>
    <message>
        <source>%1 waiting for approval</source>
        <translation>%1 待审批</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>催收负责人</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最近回款</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractTableModel</name>
    <message>
        <source>%1 of %2 collected</source>
        <translation>已回款 %1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Paid instalments</source>
        <translation>已付期数</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
</context>
<context>
    <name>tl::ui::ContractsPage</name>
    <message>
        <source>Sales contracts</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>新建合同(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
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
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 was created.</source>
        <translation>合同 %1 已创建。</translation>
    </message>
    <message>
        <source>Contract %1 was saved.</source>
        <translation>合同 %1 已保存。</translation>
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
    <message>
        <source>&amp;Risk</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <source>Risk: no receivables history</source>
        <translation>风险：无应收账款历史</translation>
    </message>
    <message>
        <source>No receivables history to score as of %1.</source>
        <translation>截至 %1 没有可用于评分的应收账款历史。</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Risk as of %1</source>
        <translation>截至 %1 的风险</translation>
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
    <name>tl::ui::CustomerPicker</name>
    <message>
        <source>customer code or name</source>
        <translation>客户编码或名称</translation>
    </message>
    <message>
        <source>No customer %1 in your view</source>
        <translation>在您的可见范围内没有客户 %1</translation>
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
    <message>
        <source>No receivables history to score</source>
        <translation>没有可用于评分的应收账款历史</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>tl::ui::DemandDialog</name>
    <message>
        <source>Record payment demand</source>
        <translation>登记催款</translation>
    </message>
    <message>
        <source>Only contract %1 (else all of the customer&apos;s receivables)</source>
        <translation>仅合同 %1（否则为该客户的全部应收账款）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. EMS 1234567890, e-mail, in person</source>
        <translation>例如 EMS 1234567890、电子邮件、当面</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证明材料(&amp;E)：</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证明材料：%1</translation>
    </message>
    <message>
        <source>%1 to %2 on %3 recorded.</source>
        <translation>已登记 %3 对 %2 的%1。</translation>
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
    <name>tl::ui::DocumentPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for painting.</source>
        <translation>无法打开打印机或 PDF 文件进行绘制。</translation>
    </message>
    <message>
        <source>The pages could not be completed.</source>
        <translation>无法完成页面生成。</translation>
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
    <name>tl::ui::EmployeePicker</name>
    <message>
        <source>employee code or name</source>
        <translation>员工编码或姓名</translation>
    </message>
    <message>
        <source>No employee %1 in your view</source>
        <translation>在您的可见范围内没有员工 %1</translation>
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
    <name>tl::ui::EvidenceCoveragePanel</name>
    <message>
        <source>By salesperson</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Computing the coverage…</source>
        <translation>正在计算覆盖率…</translation>
    </message>
    <message>
        <source>Nothing was open on %1.</source>
        <translation>%1 没有未结款项。</translation>
    </message>
    <message>
        <source>As of %1, %2 of the open %3 (%4) is backed by a letter the customer replied to in the last 12 months.</source>
        <translation>截至 %1，未结余额 %3 中有 %2（%4）有客户在最近 12 个月内回复的对账函作为依据。</translation>
    </message>
</context>
<context>
    <name>tl::ui::EvidenceCoverageTableModel</name>
    <message>
        <source>Share of the open balance on instalments listed on a letter the customer confirmed (or answered with a difference) in the last 12 months</source>
        <translation>列于客户在最近 12 个月内确认（或确认有差异）的对账函中的分期款，其未结余额所占比例</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message>
        <source>Covered by letters</source>
        <translation>对账函覆盖金额</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>对账函覆盖率</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结笔数</translation>
    </message>
    <message>
        <source>Covered items</source>
        <translation>覆盖笔数</translation>
    </message>
</context>
<context>
    <name>tl::ui::EvidenceFileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>no file (optional)</source>
        <translation>无文件（可选）</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>文件 %1 超过 %2。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the evidence</source>
        <translation>选择证明材料</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.doc *.docx);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.doc *.docx);;所有文件 (*)</translation>
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
    <message>
        <source>&amp;Created from:</source>
        <translation>创建日期从(&amp;C)：</translation>
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
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>检查(&amp;V)</translation>
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
    <name>tl::ui::InstallmentScheduleModel</name>
    <message>
        <source>%1 (written off %2)</source>
        <translation>%1（已坏账核销 %2）</translation>
    </message>
    <message>
        <source>This instalment has received money or a write-off: its due date and amount stay as they are.</source>
        <translation>该期已有回款或坏账核销：其到期日和金额不能修改。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
</context>
<context>
    <name>tl::ui::InterestDialog</name>
    <message>
        <source>Interest and limitation: %1 #%2</source>
        <translation>利息与诉讼时效：%1 #%2</translation>
    </message>
    <message>
        <source>%1 (%2), due %3, as of %4</source>
        <translation>%1（%2），%3 到期，截至 %4</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>逾期利息</translation>
    </message>
    <message>
        <source>Principal overdue: %1</source>
        <translation>逾期本金：%1</translation>
    </message>
    <message>
        <source>Annual rate: %1% (%2)</source>
        <translation>年利率：%1%（%2）</translation>
    </message>
    <message>
        <source>the contract&apos;s rate</source>
        <translation>合同约定利率</translation>
    </message>
    <message>
        <source>the company&apos;s default rate</source>
        <translation>公司默认利率</translation>
    </message>
    <message>
        <source>Days that bore interest: %1</source>
        <translation>计息天数：%1</translation>
    </message>
    <message>
        <source>Accrued: %1</source>
        <translation>应计利息：%1</translation>
    </message>
    <message>
        <source>Settled (paid or waived): %1</source>
        <translation>已结清（已付或已减免）：%1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>未结清：%1</translation>
    </message>
    <message>
        <source>Limitation period (诉讼时效)</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>Contract %1, open balance %2</source>
        <translation>合同 %1，未结余额 %2</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>起算日：%1</translation>
    </message>
    <message>
        <source>Deadline to bring the claim: %1</source>
        <translation>诉讼时效届满日：%1</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>已届满 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>剩余 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>A payment, a customer-confirmed reconciliation letter or a documented demand restarts the three years.</source>
        <translation>回款、经客户确认的对账函或有据可查的催款，均会使三年诉讼时效重新起算。</translation>
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
    <name>tl::ui::LeaveRequestDialog</name>
    <message>
        <source>Request leave</source>
        <translation>申请请假</translation>
    </message>
    <message>
        <source>The last day is a half day</source>
        <translation>最后一天为半天</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Leave:</source>
        <translation>假别：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterGenerateDialog</name>
    <message>
        <source>One &amp;customer:</source>
        <translation>单个客户(&amp;C)：</translation>
    </message>
    <message>
        <source>The customers of one &amp;salesperson:</source>
        <translation>某业务员的客户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Every customer with a balance</source>
        <translation>所有有余额的客户(&amp;E)</translation>
    </message>
    <message>
        <source>Generate reconciliation letters</source>
        <translation>生成对账函</translation>
    </message>
    <message>
        <source>One draft letter is created for each customer with an open balance on the as-of date, listing the open instalments. Print and send them, then record the customers&apos; replies.</source>
        <translation>为截止日期有未结余额的每个客户各生成一份对账函草稿，列出未结分期款。请打印并寄出，然后登记客户回函。</translation>
    </message>
    <message>
        <source>Customer code or part of the name</source>
        <translation>客户编码或部分名称</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Enter the code of the customer.</source>
        <translation>请输入客户编码。</translation>
    </message>
    <message>
        <source>Choose the salesperson.</source>
        <translation>请选择业务员。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterReplyDialog</name>
    <message>
        <source>Record confirmation: %1</source>
        <translation>登记确认：%1</translation>
    </message>
    <message>
        <source>Record difference: %1</source>
        <translation>登记差异：%1</translation>
    </message>
    <message>
        <source>%1 %2 confirmed the balance of %3 as of %4.</source>
        <translation>%1 %2 确认截至 %4 的余额为 %3。</translation>
    </message>
    <message>
        <source>%1 %2 replied that the balance as of %3 is not %4. Enter the balance they state and their explanation; what they deny below our balance is opened as a dispute.</source>
        <translation>%1 %2 回函称截至 %3 的余额不是 %4。请输入对方确认的余额及其说明；对方不认可、低于我方余额的部分将登记为争议。</translation>
    </message>
    <message>
        <source>Reply &amp;received on:</source>
        <translation>回函收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 12,000.00</source>
        <translation>例如 12,000.00</translation>
    </message>
    <message>
        <source>Balance &amp;stated by the customer:</source>
        <translation>客户确认的余额(&amp;S)：</translation>
    </message>
    <message>
        <source>The customer&apos;s explanation of the difference</source>
        <translation>客户对差异的说明</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional: PDF, PNG or JPEG</source>
        <translation>可选：PDF、PNG 或 JPEG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>回函扫描件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the scan of the reply</source>
        <translation>选择回函扫描件</translation>
    </message>
    <message>
        <source>The stated balance must be zero or more and differ from the letter&apos;s balance of %1; if it is the same, record a confirmation.</source>
        <translation>客户确认的余额必须大于或等于零，且不同于对账函余额 %1；如果相同，请登记为确认。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s explanation of the difference.</source>
        <translation>请输入客户对差异的说明。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterSendDialog</name>
    <message>
        <source>Mark letters as sent</source>
        <translation>标记对账函为已寄出</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) will be marked as sent.</source>
        <translation>
            <numerusform>将把 %n 封对账函标记为已寄出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>寄出日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>寄送方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Required for EMS and courier</source>
        <translation>EMS 和快递必填</translation>
    </message>
    <message>
        <source>&amp;Tracking no.:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>标记为已寄出(&amp;S)</translation>
    </message>
    <message>
        <source>%1 needs the tracking number of each letter: mark the letters one at a time, or choose another method.</source>
        <translation>%1 需要每封对账函的运单号：请逐封标记，或选择其他寄送方式。</translation>
    </message>
    <message>
        <source>Enter the tracking number: it is the proof that the letter was delivered.</source>
        <translation>请输入运单号：它是对账函已送达的凭证。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LetterStatusBoard</name>
    <message>
        <source>Show only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <source>Every letter of the filter; the count and balance leave out cancelled letters</source>
        <translation>符合筛选条件的全部对账函；数量和余额不含已作废的对账函</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n letter(s)
%2</source>
        <translation>
            <numerusform>%1
%n 份
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All letters
%n letter(s)
%1</source>
        <translation>
            <numerusform>全部对账函
%n 份
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
        <translation>已寄出，回函逾期</translation>
    </message>
    <message>
        <source>Confirmed on %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>%1: states %2 (difference %3)</source>
        <translation>%1：客户确认 %2（差异 %3）</translation>
    </message>
    <message>
        <source>The letter&apos;s items have several collectors</source>
        <translation>该对账函的明细涉及多名催收负责人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Payment demanded by %1</source>
        <translation>要求于 %1 前付款</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>对账函编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>寄送方式</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回函期限</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回函</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>回函扫描件</translation>
    </message>
</context>
<context>
    <name>tl::ui::LettersCommand</name>
    <message>
        <source>Reconciliation letters: generate drafts and print them into one PDF.</source>
        <translation>对账函：生成草稿并打印到一个 PDF 文件中。</translation>
    </message>
    <message>
        <source>&apos;generate&apos; creates a draft letter for each customer with an open balance as of the date: one customer, the customers of one salesperson (only the instalments that salesperson collects) or all customers. The letters get their numbers, payment and reply deadlines from the company&apos;s settings and are written into one PDF, each on its own pages. The as-of date may not be after today.</source>
        <translation>&apos;generate&apos; 为截止日期有未结余额的每个客户生成一份对账函草稿：单个客户、某业务员的客户（仅含该业务员负责催收的分期款）或所有客户。对账函的编号、付款期限和回函期限取自公司设置，全部写入一个 PDF 文件，每份对账函单独分页。截止日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The letter of one customer (its code).</source>
        <translation>单个客户的对账函（客户编码）。</translation>
    </message>
    <message>
        <source>The letters of a salesperson&apos;s customers (employee code).</source>
        <translation>某业务员客户的对账函（员工编码）。</translation>
    </message>
    <message>
        <source>The letters of every customer with a balance.</source>
        <translation>所有有余额客户的对账函。</translation>
    </message>
    <message>
        <source>The day the balances are confirmed for (required).</source>
        <translation>确认余额的截止日期（必填）。</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>要写入的 PDF 文件（必填）。</translation>
    </message>
    <message>
        <source>Give the letters command: generate.</source>
        <translation>请指定 letters 子命令：generate。</translation>
    </message>
    <message>
        <source>Unknown letters command &apos;%1&apos;: use generate.</source>
        <translation>未知的 letters 子命令“%1”：请使用 generate。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give exactly one of --customer CODE, --salesperson CODE and --all.</source>
        <translation>--customer CODE、--salesperson CODE 和 --all 三者必须且只能指定一个。</translation>
    </message>
    <message>
        <source>Give the as-of date: --as-of DATE.</source>
        <translation>请指定截止日期：--as-of DATE。</translation>
    </message>
    <message>
        <source>Give the PDF file to write: --out FILE.pdf.</source>
        <translation>请指定要写入的 PDF 文件：--out FILE.pdf。</translation>
    </message>
    <message>
        <source>No customer has an open balance as of %1: no letters generated, nothing written.</source>
        <translation>截至 %1 没有客户有未结余额：未生成对账函，未写入任何内容。</translation>
    </message>
    <message>
        <source>Reconciliation letters as of %1</source>
        <translation>截至 %1 的对账函</translation>
    </message>
    <message>
        <source>The letters were generated as drafts (%1) but the PDF could not be written.</source>
        <translation>对账函已生成为草稿（%1），但无法写入 PDF 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n letter(s) as of %1, written to %2 (%3).</source>
        <translation>
            <numerusform>已生成截至 %1 的 %n 封对账函，已写入 %2（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::LettersPage</name>
    <message>
        <source>Reconciliation letters</source>
        <translation>对账函</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>对账函(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Evidence coverage</source>
        <translation>对账函覆盖率(&amp;E)</translation>
    </message>
    <message>
        <source>Letter no., customer code or name</source>
        <translation>对账函编号、客户编码或名称</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Every salesperson</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>业务员(&amp;P)：</translation>
    </message>
    <message>
        <source>Reply &amp;overdue only</source>
        <translation>仅显示回函逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Create draft letters for one customer, one salesperson&apos;s customers or everyone with a balance</source>
        <translation>为单个客户、某业务员名下客户或所有有余额的客户生成对账函草稿</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>预览(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the selected letters (Enter)</source>
        <translation>预览并打印所选对账函（Enter）</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the selected letters as one PDF, each letter starting on a new page</source>
        <translation>将所选对账函保存为一个 PDF，每份对账函从新页开始</translation>
    </message>
    <message>
        <source>Mark s&amp;ent…</source>
        <translation>标记为已寄出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Confirmed…</source>
        <translation>确认无误(&amp;C)…</translation>
    </message>
    <message>
        <source>The customer confirmed the balance</source>
        <translation>客户已确认余额</translation>
    </message>
    <message>
        <source>&amp;Difference…</source>
        <translation>确认有差异(&amp;D)…</translation>
    </message>
    <message>
        <source>The customer states another balance; a lower one opens a dispute</source>
        <translation>客户回函确认的余额不同；若低于账面余额则发起争议</translation>
    </message>
    <message>
        <source>&amp;No reply</source>
        <translation>未回函(&amp;N)</translation>
    </message>
    <message>
        <source>The reply deadline passed without an answer</source>
        <translation>回函期限已过，客户未回复</translation>
    </message>
    <message>
        <source>Cancel &amp;letter…</source>
        <translation>作废对账函(&amp;L)…</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>回函扫描件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Attach the returned scan…</source>
        <translation>附加回函扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open the scan</source>
        <translation>打开回函扫描件(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 份对账函</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Generating reconciliation letters</source>
        <translation>正在生成对账函</translation>
    </message>
    <message>
        <source>No customer of the choice had an open balance on %1; no letter was created.</source>
        <translation>所选客户在 %1 均无未结余额，未生成对账函。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft letter(s) created (%1 – %2) for a balance of %3. Preview and print them, send them and mark them sent.</source>
        <translation>
            <numerusform>已生成 %n 份对账函草稿（%1 – %2），余额合计 %3。请预览并打印、寄出，然后标记为已寄出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <source>Reconciliation letters.pdf</source>
        <translation>对账函.pdf</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>将对账函保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letters as PDF</source>
        <translation>正在将对账函保存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation>
            <numerusform>正在准备 %n 份对账函…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the PDF was cancelled.</source>
        <translation>已取消保存 PDF。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 份对账函保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) marked as sent on %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 份对账函标记为于 %1 寄出（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customer confirmed the balance of %2 on %3.</source>
        <translation>%1：客户已于 %3 确认余额 %2。</translation>
    </message>
    <message>
        <source>The confirmation was recorded.</source>
        <translation>已记录客户确认。</translation>
    </message>
    <message>
        <source>%1: the customer states %2, a difference of %3.</source>
        <translation>%1：客户回函确认的余额为 %2，差额 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened for %1; the disputed amount is left out of reminders and automatic allocation until it is resolved.</source>
        <translation>
            <numerusform>已为 %1 发起 %n 项争议；争议金额在解决前不计入提醒，也不参与自动分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dispute was opened.</source>
        <translation>未发起争议。</translation>
    </message>
    <message>
        <source>%1 of the difference is no longer open on the letter&apos;s items and was only recorded.</source>
        <translation>差额中有 %1 在对账函所列款项上已无未结余额，仅作记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) marked as unanswered.</source>
        <translation>
            <numerusform>已将 %n 份对账函标记为未回函。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cancelled.</source>
        <translation>
            <numerusform>已作废 %n 份对账函。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel letters</source>
        <translation>作废对账函</translation>
    </message>
    <message numerus="yes">
        <source>Why are the %n selected letter(s) cancelled? (The letters stay in the list as cancelled.)</source>
        <translation>
            <numerusform>为何作废所选的 %n 份对账函？（作废后的对账函仍保留在列表中。）</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan %1 was attached.</source>
        <translation>已附加回函扫描件 %1。</translation>
    </message>
    <message>
        <source>Attach the scan of %1</source>
        <translation>附加 %1 的回函扫描件</translation>
    </message>
    <message>
        <source>No temporary folder is available for the scan.</source>
        <translation>没有可用于存放回函扫描件的临时文件夹。</translation>
    </message>
    <message>
        <source>No program opens %1; it was saved as %2.</source>
        <translation>没有可打开 %1 的程序；已将其保存为 %2。</translation>
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
    <name>tl::ui::LossClaimDialog</name>
    <message>
        <source>Request a loss deduction</source>
        <translation>申请损失赔偿扣款</translation>
    </message>
    <message>
        <source>Once approved, the claim is deducted from the employee&apos;s wages: at most 20% of the month&apos;s wage and never below the local minimum wage; the rest carries forward.</source>
        <translation>审批通过后，赔偿款将从员工工资中扣除：每月扣除额不超过当月工资的 20%，且扣除后不得低于当地最低工资标准；不足部分结转至以后月份。</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Evidence of the loss</source>
        <translation>损失证明材料</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Say what the loss was and why the employee is responsible.</source>
        <translation>请说明损失情况及员工应承担责任的原因。</translation>
    </message>
</context>
<context>
    <name>tl::ui::LossClaimsPage</name>
    <message>
        <source>Request…</source>
        <translation>申请…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Loss deductions</source>
        <translation>损失赔偿扣款</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s); outstanding, carried to later payrolls: %1</source>
        <translation>
            <numerusform>%n 笔申请；未扣完、结转至以后工资核算的金额：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence file is larger than %1 MB.</source>
        <translation>证明文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The loss deduction of %1 was requested; it waits for approval.</source>
        <translation>已申请 %1 的损失赔偿扣款，等待审批。</translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Why is the claim rejected?</source>
        <translation>驳回该申请的原因？</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>tl::ui::MyPayslipsPage</name>
    <message>
        <source>Double-click a month to see each line of the payslip.</source>
        <translation>双击某个月份可查看工资单明细。</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>我的工资单</translation>
    </message>
    <message>
        <source>No payslip released to you in the last twelve months.</source>
        <translation>近十二个月没有向您发放的工资单。</translation>
    </message>
    <message>
        <source>Your payslips of the last twelve months, once HR has approved the payroll.</source>
        <translation>人事审批工资核算后，可在此查看您近十二个月的工资单。</translation>
    </message>
    <message>
        <source>Your user is not linked to an employee: there is no pay to estimate.</source>
        <translation>您的用户未关联员工，无法估算工资。</translation>
    </message>
    <message>
        <source>No estimate for %1: %2</source>
        <translation>无法估算 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimate for %1: net pay %2&lt;/b&gt; (gross %3, social insurance and housing fund %4, income tax %5%6). Commission and performance pay are not included; the payslip follows when HR runs the payroll.</source>
        <translation>&lt;b&gt;%1 预估：实发工资 %2&lt;/b&gt;（应发工资 %3，社保及住房公积金 %4，个人所得税 %5%6）。不含提成和绩效工资；人事完成工资核算后将发放正式工资单。</translation>
    </message>
    <message>
        <source>, loss deduction %1</source>
        <translation>，损失赔偿扣款 %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::OpenDisputeDialog</name>
    <message>
        <source>Open dispute</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <source>Disputed &amp;amount:</source>
        <translation>争议金额(&amp;A)：</translation>
    </message>
    <message>
        <source>what the customer objects to, e.g. goods damaged on delivery</source>
        <translation>客户提出异议的内容，例如货物送达时已损坏</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Raised &amp;on:</source>
        <translation>提出日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Reason: say what the customer disputes.</source>
        <translation>原因：请说明客户对什么有争议。</translation>
    </message>
    <message>
        <source>%1 of %2 #%3 is disputed now.</source>
        <translation>%2 #%3 中的 %1 现已列为争议。</translation>
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
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Reminder centre</source>
        <translation>提醒中心</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Sales contracts</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>Reconciliation letters</source>
        <translation>对账函</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Payroll runs</source>
        <translation>工资核算</translation>
    </message>
    <message>
        <source>Salary profiles</source>
        <translation>薪资档案</translation>
    </message>
    <message>
        <source>Attendance and leave</source>
        <translation>考勤与请假</translation>
    </message>
    <message>
        <source>Loss deductions</source>
        <translation>损失赔偿扣款</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>我的工资单</translation>
    </message>
    <message>
        <source>Tax calculator</source>
        <translation>个税计算器</translation>
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
    <name>tl::ui::PayAdjustmentsDialog</name>
    <message>
        <source>Pay adjustments of %1</source>
        <translation>%1 的工资调整项</translation>
    </message>
    <message>
        <source>Amounts paid in addition (补发, positive) or taken back (补扣, negative) with the pay of %1, taxable with it — how a locked month is corrected. Calculate the month again to include a change.</source>
        <translation>随 %1 工资一并补发（正数）或补扣（负数）的金额，与当月工资合并计税——已锁定月份的差错即以此方式更正。修改后请重新计算该月工资。</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>更正月份</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>e.g. 500.00 or -120.00</source>
        <translation>例如 500.00 或 -120.00</translation>
    </message>
    <message>
        <source>YYYY-MM, optional</source>
        <translation>YYYY-MM，可不填</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>员工(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Corrects month:</source>
        <translation>更正月份(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>删除所选(&amp;M)</translation>
    </message>
    <message>
        <source>The payroll of %1 is approved or locked: enter corrections in a later month.</source>
        <translation>%1 的工资已审批或锁定：请在以后月份录入更正。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentFilterBar</name>
    <message>
        <source>Received from</source>
        <translation>到账日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Only with credit &amp;left</source>
        <translation>仅显示有未分配余额的(&amp;L)</translation>
    </message>
    <message>
        <source>Include re&amp;versed</source>
        <translation>包含已冲销的(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentTableModel</name>
    <message>
        <source>Reversed on %1</source>
        <translation>已于 %1 冲销</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>回款编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>未分配余额</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
</context>
<context>
    <name>tl::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>登记回款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Allocate credit…</source>
        <translation>分配预收款(&amp;A)…</translation>
    </message>
    <message>
        <source>Apply what is left of the selected payment to open instalments</source>
        <translation>将所选回款的剩余金额分配到未结清的分期款</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>Payments are never edited: a wrong one is reversed</source>
        <translation>回款记录不可修改：登记错误的回款需冲销</translation>
    </message>
    <message>
        <source>Where the selected payment went:</source>
        <translation>所选回款的分配去向：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln 笔回款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollAttendanceTableModel</name>
    <message>
        <source>Deducted at the monthly wage ÷ 21.75 a day.</source>
        <translation>按月工资 ÷ 21.75 计算日工资扣款。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>已记录天数</translation>
    </message>
    <message>
        <source>Unpaid days</source>
        <translation>无薪天数</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollLeaveTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>假别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollLossClaimTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved (being deducted)</source>
        <translation>已批准（扣款中）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
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
        <source>Deducted from later payrolls: at most 20% of the month&apos;s wage, never below the minimum wage.</source>
        <translation>从以后的工资中扣除：每月不超过当月工资的 20%，且扣除后不得低于最低工资标准。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已扣回</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未扣余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollOwnPayslipTableModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>社会保险和住房公积金</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>损失赔偿扣款</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollPage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Calculate the month&apos;s payroll (again, until it is approved).</source>
        <translation>计算本月工资（审批前可重新计算）。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the approved run: its payslips can never change again.</source>
        <translation>锁定已审批的工资核算：其工资单将永远不能再修改。</translation>
    </message>
    <message>
        <source>Print payslips…</source>
        <translation>打印工资单…</translation>
    </message>
    <message>
        <source>Print payslip strips…</source>
        <translation>打印工资条…</translation>
    </message>
    <message>
        <source>Double-click a payslip to see each line and how it was computed.</source>
        <translation>双击工资单可查看每一项及其计算方法。</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式输入月份。</translation>
    </message>
    <message>
        <source>Not calculated yet.</source>
        <translation>尚未计算。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) left out of the run:</source>
        <translation>
            <numerusform>%n 名员工未纳入本次核算：</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the payroll of %1</source>
        <translation>正在计算 %1 的工资</translation>
    </message>
    <message numerus="yes">
        <source>The payroll of %1 was calculated: %n payslip(s), net pay %2.</source>
        <translation>
            <numerusform>%1 的工资已计算完成：%n 份工资单，实发合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payroll of %1 is approved. Lock it once the salaries are paid.</source>
        <translation>%1 的工资已审批。工资发放后请将其锁定。</translation>
    </message>
    <message>
        <source>Lock the payroll</source>
        <translation>锁定工资核算</translation>
    </message>
    <message>
        <source>Lock the payroll of %1? Its payslips can never be changed again; corrections go into a later month.</source>
        <translation>确定锁定 %1 的工资吗？锁定后工资单将永远不能再修改，更正需在以后月份进行。</translation>
    </message>
    <message>
        <source>The payroll of %1 is locked.</source>
        <translation>%1 的工资已锁定。</translation>
    </message>
    <message>
        <source>Payslips %1.pdf</source>
        <translation>工资单 %1.pdf</translation>
    </message>
    <message>
        <source>Adjustments…</source>
        <translation>调整项…</translation>
    </message>
    <message>
        <source>Amounts paid in addition or taken back with the month&apos;s pay (corrections of a locked month).</source>
        <translation>随当月工资补发或补扣的金额（用于更正已锁定月份）。</translation>
    </message>
    <message>
        <source>The adjustments of %1 changed: calculate the month again to include them.</source>
        <translation>%1 的调整项已变更：请重新计算该月工资以计入。</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollPayslipTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n payslip(s)</source>
        <translation>
            <numerusform>%n 份工资单</numerusform>
        </translation>
    </message>
    <message>
        <source>Not paid last month.</source>
        <translation>上月未发放工资。</translation>
    </message>
    <message>
        <source>The same as last month.</source>
        <translation>与上月相同。</translation>
    </message>
    <message>
        <source>Last month: %1 (%2%3)</source>
        <translation>上月：%1（%2%3）</translation>
    </message>
    <message>
        <source>Cumulative withholding %1, annual bonus taxed separately %2</source>
        <translation>累计预扣 %1，全年一次性奖金单独计税 %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>社保和住房公积金</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Loss deduction</source>
        <translation>损失赔偿扣款</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>单位社保公积金</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollRunTableModel</name>
    <message>
        <source>Locked by %1 on %2</source>
        <translation>%1 于 %2 锁定</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>%1 于 %2 审批</translation>
    </message>
    <message>
        <source>Calculated by %1 on %2</source>
        <translation>%1 于 %2 计算</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>单位社保公积金</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollSalaryProfileTableModel</name>
    <message>
        <source>City rate</source>
        <translation>按城市参数</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First job in the year</source>
        <translation>年度首次就业</translation>
    </message>
    <message>
        <source>60,000 deduction</source>
        <translation>按 60,000 扣除</translation>
    </message>
    <message>
        <source>Bonus taxed with wages</source>
        <translation>奖金并入工资计税</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Performance salary</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Social-insurance base</source>
        <translation>社保缴费基数</translation>
    </message>
    <message>
        <source>Housing-fund base</source>
        <translation>公积金缴费基数</translation>
    </message>
    <message>
        <source>Housing-fund rate</source>
        <translation>公积金缴存比例</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>Income-tax flags</source>
        <translation>个税标记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayrollTaxTableModel</name>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Cumulative tax %1 minus %2 withheld in earlier months</source>
        <translation>累计应纳税额 %1 减去以前月份已预扣 %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cumulative income</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>累计应纳税所得额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>累计应纳税额</translation>
    </message>
    <message>
        <source>Tax this month</source>
        <translation>本月个税</translation>
    </message>
    <message>
        <source>Pay after insurance and tax</source>
        <translation>扣除社保和个税后工资</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipDetailDialog</name>
    <message>
        <source>Payslip %1 – %2 %3</source>
        <translation>工资单 %1 – %2 %3</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Gross pay:</source>
        <translation>应发工资：</translation>
    </message>
    <message>
        <source>Net pay:</source>
        <translation>实发工资：</translation>
    </message>
    <message>
        <source>Year to date:</source>
        <translation>本年累计：</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) employed; income %1, social insurance and housing fund %2, special additional deductions %3, tax withheld %4</source>
        <translation>
            <numerusform>任职 %n 个月；收入 %1，社保和住房公积金 %2，专项附加扣除 %3，已预扣税额 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Employer contribution</source>
        <translation>单位社保公积金</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipHtml</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>沿此剪开</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Payslip strips</source>
        <translation>工资条</translation>
    </message>
    <message>
        <source>Payroll summary by department</source>
        <translation>部门工资汇总表</translation>
    </message>
    <message>
        <source>Confidential: for the employee only</source>
        <translation>保密：仅限员工本人查阅</translation>
    </message>
    <message>
        <source>Pay period: %1</source>
        <translation>工资所属期：%1</translation>
    </message>
    <message>
        <source>Draft: the payroll of %1 is %2 and not approved yet; these figures may still change.</source>
        <translation>草稿：%1 的工资当前状态为“%2”，尚未审批，以下数据仍可能变化。</translation>
    </message>
    <message>
        <source>Employee code</source>
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
        <translation>职位</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收入项目</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款项目</translation>
    </message>
    <message>
        <source>Total deductions</source>
        <translation>扣款合计</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>In capitals (RMB)</source>
        <translation>大写金额（人民币）</translation>
    </message>
    <message>
        <source>Net pay = gross pay %1 − total deductions %2.</source>
        <translation>实发工资 = 应发工资 %1 − 扣款合计 %2。</translation>
    </message>
    <message>
        <source>Loss compensation still outstanding after this month: %1, deducted in later months (at most 20% of the wage a month).</source>
        <translation>本月扣除后尚未扣清的损失赔偿：%1，将在以后月份继续扣除（每月不超过当月工资的 20%）。</translation>
    </message>
    <message>
        <source>Year to date (after this month)</source>
        <translation>本年累计（含本月）</translation>
    </message>
    <message>
        <source>Months employed</source>
        <translation>任职月数</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Social insurance and housing fund</source>
        <translation>社保和住房公积金</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation>已预扣个人所得税</translation>
    </message>
    <message>
        <source>Paid by the employer (not part of your pay)</source>
        <translation>单位缴纳部分（不计入您的工资）</translation>
    </message>
    <message>
        <source>Printed on %1. Questions about this payslip: please contact HR.</source>
        <translation>打印于 %1。如对本工资单有疑问，请联系人事部门。</translation>
    </message>
    <message>
        <source>%1 — payslip for %2 — %3</source>
        <translation>%1 — %2 工资单 — %3</translation>
    </message>
    <message>
        <source>draft, not approved</source>
        <translation>草稿，未审批</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Headcount: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <source>Printed on: %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>复核：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <source>Net pay in capitals (RMB): %1</source>
        <translation>实发金额（人民币大写）：%1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Pay, deductions and net pay</source>
        <translation>应发、扣款与实发</translation>
    </message>
    <message>
        <source>Paid by the employer</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>单位社保公积金</translation>
    </message>
</context>
<context>
    <name>tl::ui::PayslipsCommand</name>
    <message>
        <source>Payroll documents: payslips, the summary by department, the bank file and the tax withholding list.</source>
        <translation>工资文件：工资单、部门工资汇总表、银行代发文件和个税扣缴明细。</translation>
    </message>
    <message>
        <source>Each call writes one document of the month&apos;s payroll run (its current calculation):
--out FILE.pdf: the payslips, one A4 page per person with every line explained (--layout a4, the default) or pay strips to cut apart, %1 per landscape page (--layout strips); --employee prints one person&apos;s only, --employer-costs adds the employer&apos;s contributions to the A4 payslip. HR and auditors print anyone&apos;s payslip; everyone else only their own, once the run is approved.
--summary FILE: the payroll summary by department (headcount, gross pay, each contribution, income tax, net pay, employer costs, totals) as PDF, CSV or XLSX.
--bank-file FILE: the bank batch file of net pay (employee code, name, account, bank, amount) with a total row, as CSV or XLSX; payslips without a bank account are left out and listed. Only for an approved or locked run.
--tax-list FILE: the income-tax withholding list in the columns of the tax client&apos;s import (工号, 姓名, 证件类型, 证件号码, 本期收入, … 本期应预扣预缴税额), as XLSX or CSV. Only for an approved or locked run; an annual bonus taxed separately is listed for its own declaration.
Exit codes: 1 usage, 2 invalid output file, 3 not allowed, 4 no run for the month, unknown employee or no payslip, 5 the run is not approved yet.</source>
        <translation>每次调用输出当月工资核算（按当前计算结果）的一份文件：
--out FILE.pdf：工资单，每人一页 A4 并逐项说明（--layout a4，默认），或每页横向排 %1 张、可裁开的工资条（--layout strips）；--employee 只打印某一名员工的工资单，--employer-costs 在 A4 工资单上附加单位缴纳部分。人事管理员和审计可打印任何人的工资单；其他人只能在工资核算审批后打印本人的工资单。
--summary FILE：部门工资汇总表（人数、应发工资、各项社保公积金、个人所得税、实发工资、单位成本及合计），格式为 PDF、CSV 或 XLSX。
--bank-file FILE：实发工资的银行批量代发文件（工号、姓名、账号、开户银行、金额），含合计行，格式为 CSV 或 XLSX；没有银行账号的工资单不列入，并单独列出。仅适用于已审批或已锁定的工资核算。
--tax-list FILE：个人所得税扣缴明细，列与个税客户端导入模板一致（工号, 姓名, 证件类型, 证件号码, 本期收入, … 本期应预扣预缴税额），格式为 XLSX 或 CSV。仅适用于已审批或已锁定的工资核算；单独计税的全年一次性奖金另行列出，以便单独申报。
退出码：1 用法错误，2 输出文件无效，3 无权限，4 该月没有工资核算、员工不存在或没有工资单，5 工资核算尚未审批。</translation>
    </message>
    <message>
        <source>The PDF file of the payslips.</source>
        <translation>工资单 PDF 文件。</translation>
    </message>
    <message>
        <source>With --out: one employee&apos;s payslip only (employee code).</source>
        <translation>与 --out 一起使用：只输出一名员工的工资单（工号）。</translation>
    </message>
    <message>
        <source>With --out: a4 (one payslip per page, default) or strips.</source>
        <translation>与 --out 一起使用：a4（每页一份工资单，默认）或 strips。</translation>
    </message>
    <message>
        <source>With --out --layout a4: add the employer&apos;s contributions.</source>
        <translation>与 --out --layout a4 一起使用：附加单位缴纳部分。</translation>
    </message>
    <message>
        <source>The payroll summary by department (.pdf, .csv or .xlsx).</source>
        <translation>部门工资汇总表（.pdf、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>The bank batch file of net pay (.csv or .xlsx).</source>
        <translation>实发工资的银行批量代发文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>The income-tax withholding list (.xlsx or .csv).</source>
        <translation>个人所得税扣缴明细（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Give the month (YYYY-MM).</source>
        <translation>请指定月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM: &apos;%1&apos;.</source>
        <translation>月份格式必须为 YYYY-MM：“%1”。</translation>
    </message>
    <message>
        <source>Give exactly one of --out FILE.pdf, --summary FILE, --bank-file FILE and --tax-list FILE.</source>
        <translation>--out FILE.pdf、--summary FILE、--bank-file FILE 和 --tax-list FILE 必须且只能指定其中一个。</translation>
    </message>
    <message>
        <source>The option --%1 applies to the payslips (--out) only.</source>
        <translation>选项 --%1 仅适用于工资单（--out）。</translation>
    </message>
    <message>
        <source>Unknown layout &apos;%1&apos;: use a4 or strips.</source>
        <translation>未知的版式“%1”：请使用 a4 或 strips。</translation>
    </message>
    <message>
        <source>--employer-costs applies to the A4 layout only.</source>
        <translation>--employer-costs 仅适用于 A4 版式。</translation>
    </message>
    <message numerus="yes">
        <source>Payslips of %1: %n payslip(s) written to %2 (%3).</source>
        <translation>
            <numerusform>%1 的工资单：已将 %n 份工资单写入 %2（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payroll summary of %1: %n department(s), %2 payslip(s), gross %3, net %4, employer costs %5; written to %6.</source>
        <translation>
            <numerusform>%1 的工资汇总：%n 个部门，%2 份工资单，应发 %3，实发 %4，单位成本 %5；已写入 %6。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 %2 is not in the bank file (%3): %4</source>
        <translation>警告：%1 %2 未列入银行代发文件（%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>Bank file of %1: %n transfer(s), total %2; written to %3.</source>
        <translation>
            <numerusform>%1 的银行代发文件：%n 笔转账，合计 %2；已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>note: %1 %2 has an annual bonus of %3 taxed separately (tax %4); declare it as 全年一次性奖金收入.</source>
        <translation>注意：%1 %2 有单独计税的全年一次性奖金 %3（税额 %4）；请按“全年一次性奖金收入”申报。</translation>
    </message>
    <message numerus="yes">
        <source>Withholding list of %1: %n row(s), income %2, tax withheld %3; written to %4.</source>
        <translation>
            <numerusform>%1 的扣缴明细：%n 行，收入 %2，已预扣税额 %3；已写入 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::PdfExporter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::PendingWriteOffsDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;evidence</source>
        <translation>打开证明材料(&amp;E)</translation>
    </message>
    <message>
        <source>Pending write-offs</source>
        <translation>待审批的坏账核销</translation>
    </message>
    <message>
        <source>No write-off is waiting for a decision.</source>
        <translation>没有待审批的坏账核销。</translation>
    </message>
    <message>
        <source>You asked for this write-off: another user decides it.</source>
        <translation>此坏账核销由您申请，须由其他用户审批。</translation>
    </message>
    <message>
        <source>Approve write-off</source>
        <translation>批准坏账核销</translation>
    </message>
    <message>
        <source>Write off %1 of %2 #%3 (%4)? The amount leaves the receivable for good and the salesperson&apos;s commission is clawed back.</source>
        <translation>确定核销 %2 #%3（%4）中的 %1 吗？该金额将永久从应收账款中转出，业务员的提成将相应扣回。</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 is approved.</source>
        <translation>%2 #%3 上 %1 的坏账核销已批准。</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 was rejected.</source>
        <translation>%2 #%3 上 %1 的坏账核销已驳回。</translation>
    </message>
    <message>
        <source>Reject write-off</source>
        <translation>驳回坏账核销</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>驳回原因是什么？</translation>
    </message>
    <message>
        <source>The evidence cannot be written to %1: %2</source>
        <translation>无法将证明材料写入 %1：%2</translation>
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
    <name>tl::ui::PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tl::ui::PromiseDialog</name>
    <message>
        <source>Record promise</source>
        <translation>登记承诺回款</translation>
    </message>
    <message>
        <source>Promised to pay &amp;by:</source>
        <translation>承诺回款日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Amount promised:</source>
        <translation>承诺金额(&amp;A)：</translation>
    </message>
    <message>
        <source>who promised, how (phone, visit, WeChat)</source>
        <translation>由谁承诺、以何种方式（电话、拜访、微信）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <source>%1 promised to pay %2 by %3.</source>
        <translation>%1 承诺在 %3 前回款 %2。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableActionDialog</name>
    <message>
        <source>%1 #%2 of %3 (%4)</source>
        <translation>%3（%4）的 %1 #%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2: amount %3, balance %4, of which %5 disputed, %n day(s) overdue.</source>
        <translation>
            <numerusform>%1，到期日 %2：金额 %3，余额 %4，其中争议 %5，逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2: amount %3, balance %4, %n day(s) overdue.</source>
        <translation>
            <numerusform>%1，到期日 %2：金额 %3，余额 %4，逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2: amount %3, balance %4, of which %5 disputed.</source>
        <translation>%1，到期日 %2：金额 %3，余额 %4，其中争议 %5。</translation>
    </message>
    <message>
        <source>%1, due %2: amount %3, balance %4.</source>
        <translation>%1，到期日 %2：金额 %3，余额 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) with a balance of %1.</source>
        <translation>
            <numerusform>%n 期分期款，余额 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1: enter an amount.</source>
        <translation>%1：请输入金额。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the amount must be greater than zero.</source>
        <translation>%1：金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableFilterBar</name>
    <message>
        <source>Due from</source>
        <translation>到期日从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search contract number or customer name</source>
        <translation>搜索合同编号或客户名称</translation>
    </message>
    <message>
        <source>Co&amp;llector:</source>
        <translation>催收负责人(&amp;L)：</translation>
    </message>
    <message>
        <source>The salesperson responsible for collecting</source>
        <translation>负责催收的业务员</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;geing:</source>
        <translation>账龄(&amp;G)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Written off: %1</source>
        <translation>已核销坏账：%1</translation>
    </message>
    <message>
        <source>Estimated probability of collecting the balance, from the customer&apos;s risk score and the days past due</source>
        <translation>根据客户风险评分和逾期天数估算的余额收回概率</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contract / instalment</source>
        <translation>合同 / 分期</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>催收负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>收回概率</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最近回款</translation>
    </message>
    <message>
        <source>Latest letter</source>
        <translation>最近对账函</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivableTotalsBar</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Totals unavailable</source>
        <translation>无法获取合计</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instalment(s)</source>
        <translation>
            <numerusform>%Ln 期分期款</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>已回款 %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Disputed %1</source>
        <translation>争议 %1</translation>
    </message>
    <message>
        <source>Written off %1</source>
        <translation>已核销坏账 %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReceivablesPage</name>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Allocate &amp;credit…</source>
        <translation>分配预收款(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open dispute…</source>
        <translation>发起争议(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Resolve dispute…</source>
        <translation>解决争议(&amp;R)…</translation>
    </message>
    <message>
        <source>Request &amp;write-off…</source>
        <translation>申请坏账核销(&amp;W)…</translation>
    </message>
    <message>
        <source>Pending write-&amp;offs…</source>
        <translation>待审批的坏账核销(&amp;O)…</translation>
    </message>
    <message>
        <source>Pro&amp;mise…</source>
        <translation>承诺回款(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Demand…</source>
        <translation>催款(&amp;D)…</translation>
    </message>
    <message>
        <source>Change co&amp;llector…</source>
        <translation>变更催收负责人(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Interest and limitation…</source>
        <translation>逾期利息和诉讼时效(&amp;I)…</translation>
    </message>
    <message>
        <source>Late interest and the limitation deadline of the instalment (Enter)</source>
        <translation>该分期款的逾期利息和诉讼时效届满日（Enter）</translation>
    </message>
    <message>
        <source>The customer&apos;s receivables list…</source>
        <translation>该客户的应收账款清单…</translation>
    </message>
    <message>
        <source>The collector&apos;s receivables list…</source>
        <translation>该催收负责人的应收账款清单…</translation>
    </message>
    <message>
        <source>Dunning letter to the customer…</source>
        <translation>给客户的催款函…</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Pending write-&amp;offs (%1)…</source>
        <translation>待审批的坏账核销(&amp;O)（%1）…</translation>
    </message>
    <message>
        <source>Write-off (%1)</source>
        <translation>坏账核销（%1）</translation>
    </message>
    <message>
        <source>%1 has no payment with credit left.</source>
        <translation>%1 没有尚有未分配余额的回款。</translation>
    </message>
    <message>
        <source>Choose an instalment of the customer first.</source>
        <translation>请先选择该客户的一期分期款。</translation>
    </message>
    <message>
        <source>Choose an instalment of the collector first.</source>
        <translation>请先选择该催收负责人的一期分期款。</translation>
    </message>
    <message>
        <source>%1 has nothing overdue: there is no dunning letter to print.</source>
        <translation>%1 没有逾期款项，无需打印催款函。</translation>
    </message>
    <message>
        <source>Once the letter is sent, record it with Demand… (kind: dunning letter): a documented demand restarts the limitation period.</source>
        <translation>催款函寄出后，请通过“催款…”登记（方式：催款函）：有书面记录的催款可使诉讼时效重新起算。</translation>
    </message>
</context>
<context>
    <name>tl::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Name the contract when the customer said which one the money is for; the money then goes only to its instalments</source>
        <translation>客户说明了款项对应的合同时，请指定该合同；款项将只分配到该合同的分期款</translation>
    </message>
    <message>
        <source>For &amp;contract:</source>
        <translation>对应合同(&amp;C)：</translation>
    </message>
    <message>
        <source>yuan, e.g. 30,000.00</source>
        <translation>元，例如 30,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Payment &amp;no.:</source>
        <translation>回款编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>到账日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>bank reference (银行流水号)</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>参考号(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>(any of the customer&apos;s contracts)</source>
        <translation>（该客户的任意合同）</translation>
    </message>
    <message>
        <source>%1 — %2, signed %3</source>
        <translation>%1 — %2，签订于 %3</translation>
    </message>
    <message>
        <source>The customer has %1 of credit from earlier payments.</source>
        <translation>该客户有以往回款形成的未分配回款（预收）%1。</translation>
    </message>
    <message>
        <source>enter the amount received</source>
        <translation>请输入到账金额</translation>
    </message>
    <message>
        <source>choose the customer who paid</source>
        <translation>请选择付款客户</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Payment %1 of %2 recorded: %3 allocated, %4 kept as customer credit.</source>
        <translation>已登记 %2 的回款 %1：已分配 %3，%4 作为未分配回款（预收）保留。</translation>
    </message>
</context>
<context>
    <name>tl::ui::RecordPicker</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReminderCentrePage</name>
    <message>
        <source>Reminder centre</source>
        <translation>提醒中心</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open what the reminder is about (Enter)</source>
        <translation>打开提醒涉及的内容（Enter）</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Hide the selected reminders for you (Delete)</source>
        <translation>对您隐藏所选提醒（Delete）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Collect the reminders again (F5)</source>
        <translation>重新汇总提醒（F5）</translation>
    </message>
    <message>
        <source>Collecting the reminders…</source>
        <translation>正在汇总提醒…</translation>
    </message>
    <message>
        <source>All reminders (%1)</source>
        <translation>全部提醒（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No reminders for %1.</source>
        <translation>%1 没有提醒。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for %1.</source>
        <translation>
            <numerusform>%1 有 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) dismissed.</source>
        <translation>
            <numerusform>已忽略 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no page to open for this reminder.</source>
        <translation>此提醒没有可打开的页面。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReminderTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
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
        <translation>打开提醒中心</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 条新提醒</numerusform>
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
            <numerusform>提醒中心还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ReportCommand</name>
    <message>
        <source>Receivables reports: ageing, and the receivables list of a salesperson or a customer.</source>
        <translation>应收账款报表：账龄分析，以及业务员或客户的应收账款清单。</translation>
    </message>
    <message>
        <source>&apos;aging&apos; sums the open balances as of the date by days past due (buckets from the company&apos;s settings) per customer, salesperson (the collector), team or customer type, with a total; amounts in JSON and CSV are plain numbers with two decimals.
&apos;receivables&apos; writes the list of open items of a salesperson (the instalments they collect) or of a customer as of a date (default: today) with days past due, ageing, late interest and the latest reconciliation letter: a PDF ready to sign, or a CSV or XLSX table.
Exit codes: 1 usage, 2 invalid date or output file, 3 not allowed, 4 unknown salesperson or customer.</source>
        <translation>“aging”按截止日期汇总未结余额，按逾期天数分段（分段取自公司设置），可按客户、业务员（催收负责人）、团队或客户类型分组，并附合计；JSON 和 CSV 中的金额为保留两位小数的纯数字。
“receivables”输出某业务员（其负责催收的分期款）或某客户截至指定日期（默认：今天）的未结款项清单，含逾期天数、账龄、逾期利息和最近一份对账函：可输出供签字的 PDF，或 CSV、XLSX 表格。
退出码：1 用法错误，2 日期或输出文件无效，3 无权限，4 业务员或客户不存在。</translation>
    </message>
    <message>
        <source>The day the balances are taken on (aging: required; receivables: default today).</source>
        <translation>余额截止日期（aging：必填；receivables：默认今天）。</translation>
    </message>
    <message>
        <source>aging: customer, salesperson (default), team or customer-type.</source>
        <translation>aging：customer、salesperson（默认）、team 或 customer-type。</translation>
    </message>
    <message>
        <source>aging: text (default), json or csv.</source>
        <translation>aging：text（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>receivables: the salesperson&apos;s employee code.</source>
        <translation>receivables：业务员的工号。</translation>
    </message>
    <message>
        <source>receivables: the customer&apos;s code.</source>
        <translation>receivables：客户编号。</translation>
    </message>
    <message>
        <source>receivables: the file to write (.pdf, .csv or .xlsx).</source>
        <translation>receivables：要写入的文件（.pdf、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Give the report: aging or receivables.</source>
        <translation>请指定报表：aging 或 receivables。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos;: use aging or receivables.</source>
        <translation>未知的报表“%1”：请使用 aging 或 receivables。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the ageing report.</source>
        <translation>选项 --%1 不适用于账龄报表。</translation>
    </message>
    <message>
        <source>Give the as-of date: --as-of DATE.</source>
        <translation>请指定截止日期：--as-of DATE。</translation>
    </message>
    <message>
        <source>Unknown grouping &apos;%1&apos;: use customer, salesperson, team or customer-type.</source>
        <translation>未知的分组方式“%1”：请使用 customer、salesperson、team 或 customer-type。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use text, json or csv.</source>
        <translation>未知的格式“%1”：请使用 text、json 或 csv。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the receivables list; the format follows the extension of --out.</source>
        <translation>选项 --%1 不适用于应收账款清单；格式由 --out 的扩展名决定。</translation>
    </message>
    <message>
        <source>Give whose list to print: --salesperson CODE and/or --customer CODE.</source>
        <translation>请指定要打印谁的清单：--salesperson CODE 和/或 --customer CODE。</translation>
    </message>
    <message>
        <source>Give the file to write: --out FILE.pdf, FILE.csv or FILE.xlsx.</source>
        <translation>请指定要写入的文件：--out FILE.pdf、FILE.csv 或 FILE.xlsx。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receivables list of %1 %2 as of %3: %n open item(s), balance %4, overdue %5; written to %6 (%7).</source>
        <translation>
            <numerusform>%1 %2 截至 %3 的应收账款清单：%n 笔未结款项，余额 %4，逾期 %5；已写入 %6（%7）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ReportHtml</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Receivables ageing report</source>
        <translation>应收账款账龄分析表</translation>
    </message>
    <message>
        <source>Receivables list</source>
        <translation>应收账款清单</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>分组方式：</translation>
    </message>
    <message>
        <source>Open balance:</source>
        <translation>未结余额：</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>No open receivables as of this date.</source>
        <translation>截至该日期没有未结应收账款。</translation>
    </message>
    <message>
        <source>Over 90 days past due: %1, %2 of the open balance.</source>
        <translation>逾期超过 90 天：%1，占未结余额的 %2。</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>业务员：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Inst.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销坏账</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>逾期利息</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n item(s))</source>
        <translation>
            <numerusform>合计（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by ageing bucket</source>
        <translation>按账龄段合计</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>Late interest outstanding</source>
        <translation>未收逾期利息</translation>
    </message>
    <message>
        <source>Late interest outstanding includes %1 on instalments already paid.</source>
        <translation>未收逾期利息中包含已付清分期款上的 %1。</translation>
    </message>
    <message>
        <source>Customers and their latest reconciliation letter</source>
        <translation>客户及其最近一份对账函</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>对账函</translation>
    </message>
    <message>
        <source>Letter as of</source>
        <translation>对账截止日</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>对账函状态</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>部门经理</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
</context>
<context>
    <name>tl::ui::ResolveDisputeDialog</name>
    <message>
        <source>Resolve dispute</source>
        <translation>解决争议</translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation>争议(&amp;D)：</translation>
    </message>
    <message>
        <source>The customer pays (the claim stands)</source>
        <translation>客户付款（主张成立）</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销坏账</translation>
    </message>
    <message>
        <source>Credited to the customer</source>
        <translation>冲减客户应收</translation>
    </message>
    <message>
        <source>The customer withdrew the objection</source>
        <translation>客户撤回异议</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Resolved &amp;on:</source>
        <translation>解决日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1，自 %2 起：%3</translation>
    </message>
    <message>
        <source>This instalment has no open dispute.</source>
        <translation>该分期款没有未解决的争议。</translation>
    </message>
    <message>
        <source>The dispute over %1 on %2 #%3 is resolved.</source>
        <translation>%2 #%3 上 %1 的争议已解决。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReversePaymentDialog</name>
    <message>
        <source>Reverse payment</source>
        <translation>冲销回款</translation>
    </message>
    <message>
        <source>Reverse &amp;on:</source>
        <translation>冲销日期(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. bank returned the transfer; recorded for the wrong customer</source>
        <translation>例如银行退回了转账；误登记到其他客户</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>冲销(&amp;R)…</translation>
    </message>
    <message>
        <source>Payment %1 from %2 (%3): %4 received on %5, %6 allocated.</source>
        <translation>回款 %1，来自 %2（%3）：%5 到账 %4，已分配 %6。</translation>
    </message>
    <message>
        <source>Payment %1 was already reversed on %2.</source>
        <translation>回款 %1 已于 %2 冲销。</translation>
    </message>
    <message>
        <source>Reason: say why the payment is reversed.</source>
        <translation>原因：请说明冲销该回款的原因。</translation>
    </message>
    <message>
        <source>Reverse payment %1 of %2? The %3 it paid to instalments becomes open again. A reversal cannot be undone.</source>
        <translation>确定冲销 %2 的回款 %1 吗？该回款已分配到分期款的 %3 将重新变为未结。冲销后无法撤销。</translation>
    </message>
    <message>
        <source>Payment %1 was reversed.</source>
        <translation>回款 %1 已冲销。</translation>
    </message>
</context>
<context>
    <name>tl::ui::RiskLevelStyle</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Customer risk cell: level and score, e.g. &quot;中 45&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::SalaryProfileDialog</name>
    <message>
        <source>Salary profile of %1 %2</source>
        <translation>%1 %2 的薪资档案</translation>
    </message>
    <message>
        <source>City rate</source>
        <translation>按城市参数</translation>
    </message>
    <message>
        <source>First job in this tax year (5,000 a month from January)</source>
        <translation>本年度首次就业（自 1 月起每月 5,000）</translation>
    </message>
    <message>
        <source>Earned at most 60,000 last year with this employer (60,000 from January)</source>
        <translation>上年度在本单位收入不超过 60,000（自 1 月起按 60,000 扣除）</translation>
    </message>
    <message>
        <source>Tax the annual bonus separately</source>
        <translation>全年一次性奖金单独计税</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Base salary:</source>
        <translation>基本工资：</translation>
    </message>
    <message>
        <source>Performance salary:</source>
        <translation>绩效工资：</translation>
    </message>
    <message>
        <source>Fixed allowance:</source>
        <translation>固定津贴：</translation>
    </message>
    <message>
        <source>Social-insurance base:</source>
        <translation>社保缴费基数：</translation>
    </message>
    <message>
        <source>Housing-fund base:</source>
        <translation>公积金缴费基数：</translation>
    </message>
    <message>
        <source>Housing-fund rate (%):</source>
        <translation>公积金缴存比例（%）：</translation>
    </message>
    <message>
        <source>Special additional deductions a month:</source>
        <translation>每月专项附加扣除：</translation>
    </message>
    <message>
        <source>Commission plan:</source>
        <translation>提成方案：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Performance salary</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Fixed allowance</source>
        <translation>固定津贴</translation>
    </message>
    <message>
        <source>Social-insurance base</source>
        <translation>社保缴费基数</translation>
    </message>
    <message>
        <source>Housing-fund base</source>
        <translation>公积金缴费基数</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Housing-fund rate: %1</source>
        <translation>公积金缴存比例：%1</translation>
    </message>
</context>
<context>
    <name>tl::ui::SalaryProfilesPage</name>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <source>A change applies from the month of its date; earlier months keep their profile.</source>
        <translation>变更自其日期所在月份起生效，之前的月份仍沿用原有档案。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the salary profile</source>
        <translation>删除薪资档案</translation>
    </message>
    <message>
        <source>Remove the selected version of the salary profile?</source>
        <translation>删除所选版本的薪资档案？</translation>
    </message>
    <message>
        <source>Salary profiles</source>
        <translation>薪资档案</translation>
    </message>
    <message>
        <source>Choose an employee to see their salary profiles.</source>
        <translation>请选择员工以查看其薪资档案。</translation>
    </message>
    <message>
        <source>No salary profile yet: the employee is left out of payroll runs until one is added.</source>
        <translation>尚无薪资档案：添加之前，该员工不参与工资核算。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). The version in force today is in bold.</source>
        <translation>
            <numerusform>共 %n 个版本。当前生效的版本以粗体显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The salary profile from %1 was saved.</source>
        <translation>已保存自 %1 起生效的薪资档案。</translation>
    </message>
    <message>
        <source>Double-click a version to correct it.</source>
        <translation>双击某个版本可更正。</translation>
    </message>
</context>
<context>
    <name>tl::ui::ScanFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>文件 %1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file; scan the returned letter to one of these.</source>
        <translation>%1 不是 PDF、PNG 或 JPEG 文件；请将回函扫描为其中一种格式。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The scan cannot be written to %1.</source>
        <translation>无法将回函扫描件写入 %1。</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>tl::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Add instalment</source>
        <translation>新增分期(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;plit evenly</source>
        <translation>平均拆分(&amp;P)</translation>
    </message>
    <message>
        <source>Split the amount into</source>
        <translation>将金额拆分为</translation>
    </message>
    <message>
        <source> monthly instalments</source>
        <translation> 期按月分期款</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始于</translation>
    </message>
    <message>
        <source>Replace the instalments that can still change by equal monthly instalments; the last one takes the fen left over</source>
        <translation>将仍可修改的分期款替换为等额的按月分期款；剩余的尾差（分）计入最后一期</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — enter the contract amount to compare</source>
        <translation>
            <numerusform>%n 期，合计 %1 — 请输入合同金额以便核对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — %2 less than the contract amount</source>
        <translation>
            <numerusform>%n 期，合计 %1 — 比合同金额少 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — %2 more than the contract amount</source>
        <translation>
            <numerusform>%n 期，合计 %1 — 比合同金额多 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s), total %1 — equal to the contract amount</source>
        <translation>
            <numerusform>%n 期，合计 %1 — 与合同金额相等</numerusform>
        </translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>第 %1 期：%2</translation>
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
    <message>
        <source>Receivables rules</source>
        <translation>应收账款规则</translation>
    </message>
    <message>
        <source>The last day of each overdue ageing bucket, e.g. 30,60,90,180,365 gives not due, 1–30, 31–60, 61–90, 91–180, 181–365 and over 365 days</source>
        <translation>各逾期账龄段的最后一天，例如 30,60,90,180,365 表示未到期、1–30、31–60、61–90、91–180、181–365 和 365 天以上</translation>
    </message>
    <message>
        <source>&amp;Ageing buckets (days past due):</source>
        <translation>账龄分段（逾期天数）(&amp;A)：</translation>
    </message>
    <message>
        <source>Days before a due date on which a reminder appears, e.g. 7,3,1,0 (0 = on the due date)</source>
        <translation>在到期日前多少天出现提醒，例如 7,3,1,0（0 = 到期当天）</translation>
    </message>
    <message>
        <source>&amp;Reminders before the due date (days):</source>
        <translation>到期前提醒（天）(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An overdue receivable is reminded of again every this many days</source>
        <translation>逾期应收账款每隔多少天再次提醒</translation>
    </message>
    <message>
        <source>Repeat &amp;overdue reminders every:</source>
        <translation>逾期提醒重复间隔(&amp;O)：</translation>
    </message>
    <message>
        <source>Annual rate for late interest on contracts without their own rate, e.g. 4.5 (one-year LPR 3.0% × 1.5); simple daily interest, 365 days a year</source>
        <translation>未约定利率的合同所适用的逾期利息年利率，例如 4.5（一年期 LPR 3.0% × 1.5）；按日计单利，每年按 365 天计</translation>
    </message>
    <message>
        <source>Default late-&amp;interest rate (% a year):</source>
        <translation>默认逾期利息年利率（%）(&amp;I)：</translation>
    </message>
    <message>
        <source>Warn this many days before a receivable&apos;s three-year limitation period ends</source>
        <translation>在应收账款三年诉讼时效届满前多少天发出警告</translation>
    </message>
    <message>
        <source>&amp;Limitation warning before the deadline:</source>
        <translation>诉讼时效届满前预警(&amp;L)：</translation>
    </message>
    <message>
        <source>A reconciliation letter asks for payment within this many days of its date</source>
        <translation>对账函要求在函件日期后多少天内付款</translation>
    </message>
    <message>
        <source>Letters: &amp;payment demanded within:</source>
        <translation>对账函：付款期限(&amp;P)：</translation>
    </message>
    <message>
        <source>The reply deadline printed on a reconciliation letter</source>
        <translation>对账函上打印的回函期限</translation>
    </message>
    <message>
        <source>Letters: reply &amp;deadline after:</source>
        <translation>对账函：回函期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Save &amp;rules</source>
        <translation>保存规则(&amp;R)</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company&apos;s rules.</source>
        <translation>只有系统管理员可以修改公司规则。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ageing buckets:</source>
        <translation>账龄分段：</translation>
    </message>
    <message>
        <source>Reminders before the due date:</source>
        <translation>到期前提醒：</translation>
    </message>
    <message>
        <source>Overdue reminder repeat:</source>
        <translation>逾期提醒重复间隔：</translation>
    </message>
    <message>
        <source>Default late-interest rate: %1</source>
        <translation>默认逾期利息年利率：%1</translation>
    </message>
    <message>
        <source>Default late-interest rate:</source>
        <translation>默认逾期利息年利率：</translation>
    </message>
    <message>
        <source>Limitation warning:</source>
        <translation>诉讼时效预警：</translation>
    </message>
    <message>
        <source>Letter payment days:</source>
        <translation>对账函付款天数：</translation>
    </message>
    <message>
        <source>Letter reply days:</source>
        <translation>对账函回函天数：</translation>
    </message>
    <message>
        <source>The rules were already as entered.</source>
        <translation>规则与输入内容相同，无需更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 条规则。</numerusform>
        </translation>
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
    <name>tl::ui::TaxCalculatorPage</name>
    <message>
        <source>Wages: cumulative withholding</source>
        <translation>工资薪金：累计预扣</translation>
    </message>
    <message>
        <source>Standard: 5,000 a month employed</source>
        <translation>标准：任职期间每月 5,000</translation>
    </message>
    <message>
        <source>First job in the year: 5,000 a month from January</source>
        <translation>年度首次就业：自 1 月起每月 5,000</translation>
    </message>
    <message>
        <source>Earned at most 60,000 last year: 60,000 from January</source>
        <translation>上年收入不超过 60,000：自 1 月起按 60,000 扣除</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>月收入：</translation>
    </message>
    <message>
        <source>Social insurance and housing fund a month:</source>
        <translation>每月社保和公积金：</translation>
    </message>
    <message>
        <source>Special additional deductions a month:</source>
        <translation>每月专项附加扣除：</translation>
    </message>
    <message>
        <source>Months from January:</source>
        <translation>自 1 月起的月数：</translation>
    </message>
    <message>
        <source>Basic deduction:</source>
        <translation>基本减除费用：</translation>
    </message>
    <message>
        <source>Annual one-off bonus taxed separately</source>
        <translation>全年一次性奖金单独计税</translation>
    </message>
    <message>
        <source>Bonus:</source>
        <translation>奖金：</translation>
    </message>
    <message>
        <source>Tax calculator</source>
        <translation>个税计算器</translation>
    </message>
    <message numerus="yes">
        <source>Tax over %n month(s): %1</source>
        <translation>
            <numerusform>%n 个月累计个税：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tax %1 at %2%; after tax %3</source>
        <translation>个税 %1，税率 %2%；税后 %3</translation>
    </message>
    <message>
        <source>Bracket cliff: a bonus of %1 would leave %2 more after tax than this one.</source>
        <translation>税率临界点：若奖金为 %1，税后收入反而比本次多 %2。</translation>
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
    <message>
        <source>From &amp;day:</source>
        <translation>从(&amp;D)：</translation>
    </message>
    <message>
        <source>Re-check m&amp;atches</source>
        <translation>重新匹配(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tl::ui::WriteOffRequestDialog</name>
    <message>
        <source>Request write-off</source>
        <translation>申请坏账核销</translation>
    </message>
    <message>
        <source>&amp;Amount to write off:</source>
        <translation>核销金额(&amp;A)：</translation>
    </message>
    <message>
        <source>why it cannot be collected, e.g. the customer is bankrupt (court ruling)</source>
        <translation>无法收回的原因，例如客户已破产（法院裁定）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证明材料(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>申请(&amp;R)</translation>
    </message>
    <message>
        <source>Amount to write off</source>
        <translation>核销金额</translation>
    </message>
    <message>
        <source>Reason: say why the amount cannot be collected.</source>
        <translation>原因：请说明该金额无法收回的原因。</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证明材料：%1</translation>
    </message>
    <message>
        <source>The write-off of %1 on %2 #%3 waits for approval.</source>
        <translation>%2 #%3 上 %1 的坏账核销正在等待审批。</translation>
    </message>
</context>
<context>
    <name>tl::ui::WriteOffTableModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期款</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
</TS>

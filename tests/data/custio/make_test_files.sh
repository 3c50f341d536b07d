#!/bin/sh
# Regenerates the CSV samples of tests/core/custio and tests/cli/PoolCliTests.cpp (committed as binary test
# data, so the tests never need this script). Needs iconv.
#   customers_en_utf8.csv / customers_zh_gbk.csv / customers_zh_utf8bom.csv   the same four customers
#   followups_en_utf8.csv / followups_zh_gbk.csv                              the same five follow-ups
#   checkins_en_utf8.csv / checkins_zh_gbk.csv                                the same four check-ins
#   *_bad.csv                                                                 one problem (or two) per row
#   pool_*.csv                                                                the hand-written sweep scenario
set -eu
cd "$(dirname "$0")"

gbk() { sed 's/$/\r/' | iconv -f UTF-8 -t GBK; }

CUSTOMERS_EN='code,name,type,level,industry,region,address,latitude,longitude,contact,phone,owner_code,created_on,owned_since'
CUSTOMERS_ZH='客户编号,客户名称,客户类型,客户等级,行业,区域,地址,纬度,经度,联系人,电话,负责人工号,创建日期,归属日期'
customers() {
cat <<'ROWS'
K001,上海瑞丰贸易有限公司,中小企业,A,批发零售,上海市,浦东新区世纪大道100号,31.2304,121.4737,王经理,13800138000,E002,2025-01-10,2025-03-01
K002,杭州云帆科技有限公司,key_account,b,信息技术,杭州市,西湖区文三路1号,30.274100,120.155100,陈总,0571-88886666,E003,2025/2/1,
K003,"北京盛达实业有限公司, ""二部""",渠道,C级,制造业,北京市,朝阳区建国路5号,,,刘主任,010-12345678,,2024-12-31,
K004,张伟,个人,,,,,,,张伟,139 0013 9000,E002,2025-06-01,2025-06-15
ROWS
}
{ echo "$CUSTOMERS_EN"; customers; } > customers_en_utf8.csv
{ echo "$CUSTOMERS_ZH"; customers; } | gbk > customers_zh_gbk.csv
{ printf '\357\273\277'; { echo "$CUSTOMERS_ZH"; customers; } | sed 's/$/\r/'; } > customers_zh_utf8bom.csv

cat > customers_bad.csv <<ROWS
$CUSTOMERS_EN
K101,好客户,sme,A,,,,91.5,121.0,,,E002,2025-01-01,
K102,坏日期公司,sme,A,,,,,,,,E002,2025-02-30,
K101,重复编号,sme,A,,,,,,,,,2025-01-01,
K104,未知负责人,sme,A,,,,,,,,E999,2025-01-01,
K105,,sme,A,,,,,,,,,2025-01-01,
K106,坐标缺一,vip,A,,,,31.2,,,,,,
K107,没有负责人,sme,A,,,,,,,,,2025-01-01,2025-02-01
K108,电话错误,sme,A,,,,,,李四,12ab,E002,2025-01-01,
K109,将来公司,sme,A,,,,,,,,E002,2099-01-01,
EXIST1,已存在,sme,A,,,,,,,,,2025-01-01,
K111,归属早于创建,sme,A,,,,,,,,E002,2025-05-01,2025-04-01
K112,正常公司,sme,A,,,,,,,,E002,2025-01-01,
ROWS

FOLLOWUPS_EN='customer_code,employee_code,at,method,content,next_at'
FOLLOWUPS_ZH='客户编号,工号,时间,方式,内容,下次跟进'
followups() {
cat <<'ROWS'
K001,E002,2025-06-01 10:30,电话,电话沟通采购需求,2025-06-10
K001,E002,2025-06-05 14:00:30,拜访,"上门拜访, 带样品",
K001,E003,2025-06-07 09:00,wechat,同事代为联系,
K002,E003,2025-05-20,email,发送报价,2025/5/27
K004,E002,2025-06-10 16:45,微信,确认需求,
ROWS
}
{ echo "$FOLLOWUPS_EN"; followups; } > followups_en_utf8.csv
{ echo "$FOLLOWUPS_ZH"; followups; } | gbk > followups_zh_gbk.csv

cat > followups_bad.csv <<ROWS
$FOLLOWUPS_EN
K999,E002,2025-06-01 10:00,phone,,
K001,E999,2025-06-01 10:00,phone,,
K001,E002,2025-06-31 10:00,phone,,
K001,E002,2099-01-01 10:00,phone,,
K001,E002,2025-06-01 25:00,phone,,
K001,E002,2025-06-01 10:00,fax,,
K001,E002,2025-06-01 10:00,phone,,2025-05-01
K001,E002,,phone,,
K001,E002,2025-06-01 10:00,,,
K001,E002,2025-06-01 10:00,phone,正常,
ROWS

CHECKINS_EN='employee_code,at,latitude,longitude,address'
CHECKINS_ZH='工号,签到时间,纬度,经度,地址'
checkins() {
cat <<'ROWS'
E002,2025-06-05 14:05,31.2310,121.4737,浦东新区世纪大道100号
E002,2025-06-06 09:00,31.2310,121.4737,
E003,2025-06-05 10:00,30.2800,120.1551,西湖区
E003,2025-05-20 11:00:00,30.2745,120.1551,文三路
ROWS
}
{ echo "$CHECKINS_EN"; checkins; } > checkins_en_utf8.csv
{ echo "$CHECKINS_ZH"; checkins; } | gbk > checkins_zh_gbk.csv

cat > checkins_bad.csv <<ROWS
$CHECKINS_EN
E999,2025-06-05 14:05,31.2310,121.4737,
E002,2099-06-05 14:05,31.2310,121.4737,
E002,2025-06-05 14:05,31.2310,,
E002,2025-06-05 14:05,100,121.4737,
E002,2025-06-05 14:65,31.2310,121.4737,
E002,2025-06-05 14:05,north,121.4737,
E002,2025-06-05 14:05,31.2310,121.4737,正常
ROWS

# The sweep scenario of tests/cli/PoolCliTests.cpp, as of 2026-06-30 with the default rules (no follow-up
# for 30 days, no deal for 90 days, warned 7 days before). See the test for what each customer shows.
cat > pool_employees.csv <<'ROWS'
code,name,department,position,role,manager_code,hire_date,id_number,phone,bank_name,bank_account,city
E001,张伟,销售中心,销售经理,sales_manager,,2020-01-15,,,,,shanghai
E002,李娜,销售中心/销售一部,销售代表,sales,E001,2023-03-01,,,,,shanghai
E003,王强,销售中心/销售一部,销售代表,sales,E001,2024-02-29,,,,,shanghai
ROWS
cat > pool_customers.csv <<ROWS
$CUSTOMERS_EN
C001,上海一号贸易有限公司,sme,C,,,,,,,,E002,2026-01-05,2026-05-01
C002,上海二号科技有限公司,sme,B,,,,,,,,E002,2026-01-05,2026-03-15
C003,上海三号实业有限公司,sme,A,,,,,,,,E002,2026-01-05,2026-05-10
C004,上海四号电子有限公司,sme,C,,,,,,,,E003,2026-01-05,2026-04-06
C005,上海五号物流有限公司,sme,C,,,,,,,,E003,2026-01-05,2026-05-25
C006,上海六号医药有限公司,sme,C,,,,,,,,E003,2026-01-05,2026-06-01
C007,上海七号食品有限公司,sme,C,,,,,,,,,2026-01-05,
C009,上海九号化工有限公司,sme,C,,,,,,,,E002,2026-01-05,2026-05-08
C010,上海十号建设有限公司,sme,C,,,,,,,,E002,2026-01-05,2026-05-08
C011,上海十一号广告有限公司,sme,C,,,,,,,,E003,2026-01-05,2026-05-15
ROWS
cat > pool_followups.csv <<ROWS
$FOLLOWUPS_EN
C001,E002,2026-05-20 10:00,phone,,
C001,E003,2026-06-25 10:00,phone,同事代为联系,
C002,E002,2026-06-28 15:00,visit,,
C003,E002,2026-06-03 09:30,wechat,,
C004,E003,2026-06-20 11:00,phone,,
C005,E003,2026-05-20 16:00,phone,接手前的联系,
C006,E003,2026-06-25 10:00,email,,
C009,E002,2026-06-07 10:00,phone,,
C010,E002,2026-06-08 10:00,phone,,
C011,E003,2026-05-31 17:00,phone,,
ROWS

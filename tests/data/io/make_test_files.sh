#!/bin/sh
# Regenerates the CSV samples of tests/core/io (committed as binary test data, so the tests never need this
# script). Needs iconv. The four employees_* files hold the same four employees:
#   employees_en_utf8.csv      English headers, UTF-8 without BOM, LF
#   employees_zh_utf8bom.csv   Chinese headers, UTF-8 with BOM, CRLF
#   employees_zh_gbk.csv       Chinese headers, GBK, CRLF (as Chinese Excel saves "CSV")
#   employees_en_gbk.csv       English headers, GBK, LF
# employees_bad.csv has one problem in each of rows 2, 3, 4, 6 and 7 (row 5 is blank, row 8 is valid).
set -eu
cd "$(dirname "$0")"

EN='code,name,department,position,role,manager_code,hire_date,id_number,phone,bank_name,bank_account,city'
ZH='工号,姓名,部门,岗位,角色,上级工号,入职日期,身份证号,手机号,开户行,银行账号,工作城市'

rows() {
cat <<'ROWS'
E002,李娜,销售中心/销售一部,"销售代表, ""金牌""",sales,E001,2023/3/1,110105199203080025,13900000002,招商银行,6225880000000002,上海
E001,张伟,销售中心,销售总监,sales_manager,,2020-01-15,310101198001150010,13800000001,中国工商银行,6222020000000001,shanghai
E003,王芳,人事部,人事专员,人事,,2021-07-01,440306198807200031,,,,北京
E004,赵强,销售中心/销售一部,业务员,业务员,E002,2024-02-29,31011519950612008x,138 0013 8004,中国建设银行,6217 0000 0000 0004,上海市
ROWS
}

{ echo "$EN"; rows; } > employees_en_utf8.csv
{ printf '\357\273\277'; { echo "$ZH"; rows; } | sed 's/$/\r/'; } > employees_zh_utf8bom.csv
{ echo "$ZH"; rows; } | sed 's/$/\r/' | iconv -f UTF-8 -t GBK > employees_zh_gbk.csv
{ echo "$EN"; rows; } | iconv -f UTF-8 -t GBK > employees_en_gbk.csv

cat > employees_bad.csv <<ROWS
$EN
E101,陈静,销售中心,销售代表,sales,,2022-05-01,310104198707041230,13700000101,,,shanghai
E102,刘洋,销售中心,销售代表,sales,,2023-02-30,320102199001010053,13700000102,,,shanghai
E101,陈静二,销售中心,销售代表,sales,,2022-05-01,,13700000104,,,shanghai
,,,,,,,,,,,
E105,杨帆,销售中心,销售代表,sales,E999,2022-06-01,,13700000105,,,shanghai
E106,,销售中心,销售代表,sales,,2022-06-01,,13700000106,,,shanghai
E107,黄磊,销售中心,销售代表,sales,E101,2022-07-01,,13700000107,,,shanghai
ROWS

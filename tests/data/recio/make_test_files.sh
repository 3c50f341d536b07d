#!/bin/sh
# Regenerates the CSV samples of tests/core/recio (committed as binary test data, so the tests never need this
# script). Needs iconv. The XLSX samples come from make_xlsx_files.py.
#   contracts_en_utf8.csv / contracts_zh_gbk.csv          the same four contracts
#   installments_en_utf8.csv / installments_zh_gbk.csv    their schedules (HT-003's rows out of order)
#   payments_zh_utf8bom.csv / payments_en_utf8.csv        six payments (Chinese / English methods)
#   *_bad.csv                                             one problem per row (see the tests)
set -eu
cd "$(dirname "$0")"

gbk() { sed 's/$/\r/' | iconv -f UTF-8 -t GBK; }

CONTRACTS_EN='contract_no,customer_code,salesperson_code,signed_on,amount,kind'
CONTRACTS_ZH='合同编号,客户编号,业务员工号,签约日期,合同金额,类型'
{ echo "$CONTRACTS_EN"; cat <<'ROWS'
HT-001,K001,E002,2025-01-10,"10,000.00",new
HT-002,K001,E002,2025-06-01,5000,renewal
HT-003,K002,E003,2025/3/1,8000.5,addon
HT-004,K002,E003,2025-12-01,3000,
ROWS
} > contracts_en_utf8.csv
{ echo "$CONTRACTS_ZH"; cat <<'ROWS'
HT-001,K001,E002,2025-01-10,"10,000.00",新签
HT-002,K001,E002,2025-06-01,5000,续约
HT-003,K002,E003,2025/3/1,8000.5,增购
HT-004,K002,E003,2025-12-01,3000,
ROWS
} | gbk > contracts_zh_gbk.csv

cat > contracts_bad.csv <<ROWS
$CONTRACTS_EN
HT-101,K001,E002,2025-01-10,1000,new
HT-101,K001,E002,2025-01-10,1000,new
HT-103,K999,E002,2025-01-10,1000,new
HT-104,K001,E999,2025-01-10,1000,new
HT-105,K001,E002,2099-01-01,1000,new
HT-106,K001,E002,2025-02-30,1000,new
HT-107,K001,E002,2025-01-10,0,new
HT-108,K001,E002,2025-01-10,12.345,new
HT-109,K001,E002,2025-01-10,1000,lease
,K001,E002,2025-01-10,1000,new
HT-111,,E002,2025-01-10,1000,
EXIST-1,K002,E002,2025-01-10,10000,new
EXIST-2,K001,E002,2025-01-10,9000,new
ROWS

INSTALLMENTS_EN='contract_no,seq,due_on,amount'
INSTALLMENTS_ZH='合同编号,期数,应收日期,应收金额'
installments() {
cat <<'ROWS'
HT-001,1,2025-02-10,4000
HT-001,2,2025-05-10,3000
HT-001,3,2025-08-10,3000
HT-002,1,2025-07-01,2500
HT-002,2,2025-10-01,2500
HT-003,2,2025-09-01,4000.50
HT-003,1,2025-04-01,4000
HT-004,1,2026-06-01,3000
ROWS
}
{ echo "$INSTALLMENTS_EN"; installments; } > installments_en_utf8.csv
{ echo "$INSTALLMENTS_ZH"; installments; } | gbk > installments_zh_gbk.csv

cat > installments_bad.csv <<ROWS
$INSTALLMENTS_EN
HT-001,1,2025-02-10,4000
HT-001,2,2025-05-10,3000
HT-001,3,2025-08-10,2000
HT-002,1,2025-07-01,2500
HT-002,1,2025-08-01,2500
HT-003,1,2025-02-01,8000.50
HT-004,2,2026-06-01,3000
HT-999,1,2026-01-01,100
HT-005,1,2026-13-01,100
HT-005,2,2026-05-01,-5
HT-005,x,2026-05-01,5
HT-006,1,2025-05-01,1000
HT-006,2,2025-04-01,1000
EXIST-1,1,2025-03-01,10000
ROWS

PAYMENTS_EN='payment_no,customer_code,received_on,amount,method,reference,contract_no'
PAYMENTS_ZH='回款编号,客户编号,回款日期,回款金额,方式,银行流水号,合同编号'
{ printf '\357\273\277'; { echo "$PAYMENTS_ZH"; cat <<'ROWS'
P-001,K001,2025-03-01,5000,银行转账,BR001,
P-002,K001,2025-07-15,6000,现金,,
P-003,K001,2025-11-01,1000,支票,,HT-002
P-004,K002,2025-05-01,"4,500.25",承兑汇票,,
P-005,K002,2026-01-05,10000,线上,REF5,
P-006,K002,2026-02-01,100,其他,,HT-003
ROWS
} | sed 's/$/\r/'; } > payments_zh_utf8bom.csv
{ echo "$PAYMENTS_EN"; cat <<'ROWS'
P-001,K001,2025-03-01,5000,bank_transfer,BR001,
P-002,K001,2025-07-15,6000,cash,,
P-003,K001,2025-11-01,1000,cheque,,HT-002
P-004,K002,2025-05-01,4500.25,acceptance_bill,,
P-005,K002,2026-01-05,10000,online,REF5,
P-006,K002,2026-02-01,100,other,,HT-003
ROWS
} > payments_en_utf8.csv

cat > payments_bad.csv <<ROWS
$PAYMENTS_EN
P-101,K001,2025-03-01,100,银行转账,,
P-101,K001,2025-03-01,100,,,
P-103,K999,2025-03-01,100,,,
P-104,K001,2099-03-01,100,,,
P-105,K001,2025-03-01,0,,,
P-106,K001,2025-03-01,100,刷卡,,
P-107,K001,2025-03-01,100,,,HT-999
P-108,K001,2025-03-01,100,,,HT-003
OLD-1,K001,2025-03-01,100,,,
,K001,2025-03-01,100,,,
P-111,K001,,100,,,
P-112,K001,2025-03-01,100,,,HT-DRAFT
ROWS

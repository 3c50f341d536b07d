#!/usr/bin/env python3
"""Writes the hand-made XLSX samples of tests/core/recio (committed as binary test data; the tests never run
this script). They are written the way Excel and other tools write workbooks, not the way XlsxWriter does:

  payments_handmade.xlsx  two sheets, the first tab stored as sheet2.xml; shared strings with rich-text
                          runs and a phonetic guide; inline strings; a blank row; cells without r=""; dates
                          with a built-in and a custom format; a number Excel stored as 1234.5599999999999;
                          a fixed-decimal money format; a formula with its cached number and text results.
  date1904.xlsx           the 1904 date system, namespace prefixes (x:), booleans, errors, a date-time, a
                          time of day, a negative number.
"""
import datetime
import zipfile

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'


def serial(y, m, d):
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def content_types(sheets, shared):
    parts = ''.join(
        f'<Override PartName="/xl/worksheets/{s}" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for s in sheets)
    if shared:
        parts += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + parts + '</Types>')


ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')


def workbook_rels(entries):
    rels = ''.join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in entries)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">{rels}</Relationships>'


def write(name, files):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for path, text in files:
            z.writestr(path, text.encode('utf-8'))


def payments_handmade():
    strings = [
        '回款编号', '客户编号', '回款日期', '回款金额', '方式', '银行流水号', '合同编号',  # 0-6
        None,  # 7: rich text "P-X01"
        '银行转账',  # 8 (with a phonetic guide)
        'K002', '支票', 'HT-002',  # 9-11
    ]
    sst = []
    for s in strings:
        if s is None:
            sst.append('<si><r><rPr><b/></rPr><t>P-</t></r><r><t>X01</t></r></si>')
        elif s == '银行转账':
            sst.append('<si><t>银行转账</t><rPh sb="0" eb="2"><t>ぎんこう</t></rPh><phoneticPr fontId="1"/></si>')
        else:
            sst.append(f'<si><t>{s}</t></si>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}" count="{len(sst)}" '
              f'uniqueCount="{len(sst)}">' + ''.join(sst) + '</sst>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{MAIN}">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d;@"/>'
              '<numFmt numFmtId="165" formatCode="#,##0.00_ "/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="22" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    header = ''.join(f'<c r="{col}1" t="s"><v>{i}</v></c>' for i, col in enumerate('ABCDEFG'))
    rows = [
        f'<row r="1" spans="1:7">{header}</row>',
        '<row r="2" spans="1:7" ht="6" customHeight="1"/>',  # a blank row
        '<row r="3" spans="1:7">'
        '<c r="A3" t="s"><v>7</v></c>'
        '<c r="B3" t="inlineStr"><is><t>K001</t></is></c>'
        f'<c r="C3" s="1"><v>{serial(2025, 3, 1)}</v></c>'
        '<c r="D3" s="3"><v>1234.5599999999999</v></c>'
        '<c r="E3" t="s"><v>8</v></c>'
        '<c r="F3"><v>13800138000</v></c>'
        '<c r="G3" s="0"/>'
        '</row>',
        '<row r="4">'  # cells without references
        '<c t="inlineStr"><is><r><t>P-</t></r><r><t xml:space="preserve">X02</t></r></is></c>'
        '<c t="s"><v>9</v></c>'
        f'<c s="2"><v>{serial(2025, 5, 1)}</v></c>'
        '<c><f>1000*2</f><v>2000</v></c>'
        '<c t="str"><f>"现"&amp;"金"</f><v>现金</v></c>'
        '</row>',
        '<row r="5">'
        '<c r="A5" t="inlineStr"><is><t>P-X03</t></is></c>'
        '<c r="B5" t="inlineStr"><is><t>K001</t></is></c>'
        f'<c r="C5" s="4"><v>{serial(2025, 11, 1)}</v></c>'
        '<c r="D5" s="3"><v>1000</v></c>'
        '<c r="E5" t="s"><v>10</v></c>'
        '<c r="G5" t="s"><v>11</v></c>'
        '</row>',
    ]
    first = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
             '<dimension ref="A1:G5"/><sheetData>' + ''.join(rows) + '</sheetData></worksheet>')
    other = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
                '<workbookPr defaultThemeVersion="166925"/><sheets>'
                '<sheet name="回款" sheetId="2" r:id="rId2"/><sheet name="其他" sheetId="1" r:id="rId1"/>'
                '</sheets></workbook>')
    rels = workbook_rels([('rId1', 'worksheet', 'worksheets/sheet1.xml'),
                          ('rId2', 'worksheet', '/xl/worksheets/sheet2.xml'),
                          ('rId3', 'styles', 'styles.xml'), ('rId4', 'sharedStrings', 'sharedStrings.xml')])
    write('payments_handmade.xlsx', [
        ('[Content_Types].xml', content_types(['sheet1.xml', 'sheet2.xml'], True)),
        ('_rels/.rels', ROOT_RELS),
        ('xl/workbook.xml', workbook),
        ('xl/_rels/workbook.xml.rels', rels),
        ('xl/styles.xml', styles),
        ('xl/sharedStrings.xml', shared),
        ('xl/worksheets/sheet1.xml', other),
        ('xl/worksheets/sheet2.xml', first),
    ])


def date1904():
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="{MAIN}"><x:cellXfs count="4">'
              '<x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="22"/><x:xf numFmtId="21"/>'
              '</x:cellXfs></x:styleSheet>')
    header = ''.join(f'<x:c r="{c}1" t="inlineStr"><x:is><x:t>{c.lower()}</x:t></x:is></x:c>' for c in 'ABCDEF')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
             f'<x:row r="1">{header}</x:row>'
             '<x:row r="2"><x:c r="A2" s="1"><x:v>0</x:v></x:c><x:c r="B2" t="b"><x:v>0</x:v></x:c>'
             '<x:c r="C2" t="e"><x:v>#N/A</x:v></x:c><x:c r="D2" s="2"><x:v>1.75</x:v></x:c>'
             '<x:c r="E2" s="3"><x:v>0.5</x:v></x:c><x:c r="F2"><x:v>-3.25</x:v></x:c></x:row>'
             '<x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="AB3"><x:v>1E-3</x:v></x:c></x:row>'
             '</x:sheetData></x:worksheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}">'
                '<x:workbookPr date1904="1"/><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets>'
                '</x:workbook>')
    rels = workbook_rels([('rId1', 'worksheet', 'worksheets/sheet1.xml'), ('rId2', 'styles', 'styles.xml')])
    write('date1904.xlsx', [
        ('[Content_Types].xml', content_types(['sheet1.xml'], False)),
        ('_rels/.rels', ROOT_RELS),
        ('xl/workbook.xml', workbook),
        ('xl/_rels/workbook.xml.rels', rels),
        ('xl/styles.xml', styles),
        ('xl/worksheets/sheet1.xml', sheet),
    ])


if __name__ == '__main__':
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    payments_handmade()
    date1904()

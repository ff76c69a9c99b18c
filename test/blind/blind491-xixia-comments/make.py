#!/usr/bin/env python3
"""Build draft.docx from draft.txt, paragraph for paragraph; each block of
tab-separated lines becomes a Word table. Uses only the standard library."""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def run(text):
    return ('<w:r><w:rPr><w:rFonts w:ascii="FangSong" w:eastAsia="仿宋_GB2312" w:hAnsi="FangSong"/>'
            '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text))

def para(text):
    return '<w:p>%s</w:p>' % (run(text) if text else '')

def table(rows):
    ncol = max(len(r) for r in rows)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                                       for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) +
           '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol/>' * ncol + '</w:tblGrid>']
    for r in rows:
        r = r + [''] * (ncol - len(r))
        out.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c)
                                      for c in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

body, block = [], []
for ln in lines:
    if '\t' in ln:
        block.append(ln.split('\t'))
        continue
    if block:
        body.append(table(block)); block = []
    body.append(para(ln))
if block:
    body.append(table(block))

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:body>' + ''.join(body) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(os.path.join(HERE, 'draft.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', content_types)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', document)
print('wrote draft.docx: %d lines, %d body elements' % (len(lines), len(body)))

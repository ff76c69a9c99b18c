#!/usr/bin/python3
"""Build draft.docx from draft.txt, paragraph for paragraph.

Run with Debian's python3-docx:  /usr/bin/python3 make.py
Each non-table line becomes one Word paragraph (numbered headings in bold);
each block of consecutive tab-separated lines becomes one Word table with one
row per line and one cell per tab-separated field. No other body content is
added (no headers/footers), so the docx has exactly the paragraphs/rows of
draft.txt in the same order.
"""
import os
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else 'draft.txt')
DST = os.path.join(HERE, sys.argv[2] if len(sys.argv) > 2 else 'draft.docx')

HEADING = re.compile(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）[^。]{0,30}。?$)')
TITLE_LINES = 8  # notice title ... plan title: centred


def set_font(run, name='仿宋_GB2312', size=14, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), name)


def main():
    with open(SRC, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    doc = Document()
    sec = doc.sections[0]  # A4, 公文 margins
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    i = 0
    while i < len(lines):
        line = lines[i]
        if '\t' in line:
            block = []
            while i < len(lines) and '\t' in lines[i]:
                block.append(lines[i].split('\t'))
                i += 1
            ncols = max(len(r) for r in block)
            table = doc.add_table(rows=len(block), cols=ncols)
            table.style = 'Table Grid'
            table.autofit = False
            widths = [Cm(1.2), Cm(2.4), Cm(6.6), Cm(3.4), Cm(2.0)] if ncols == 5 else [None] * ncols
            for c, w in enumerate(widths):
                if w is not None:
                    table.columns[c].width = w
                    for cell in table.columns[c].cells:
                        cell.width = w
            for r, fields in enumerate(block):
                for c in range(ncols):
                    cell = table.cell(r, c)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(fields[c] if c < len(fields) else '')
                    set_font(run, size=10.5, bold=(r == 0))
            continue
        p = doc.add_paragraph()
        bold = bool(HEADING.match(line)) or i in (0, 7)
        run = p.add_run(line)
        set_font(run, name='黑体' if bold else '仿宋_GB2312', size=16 if i in (0, 7) else 14, bold=bold)
        if i in (0, 1, 7):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif i in (4, 5):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        i += 1
    doc.save(DST)


if __name__ == '__main__':
    main()

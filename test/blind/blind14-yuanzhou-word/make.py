#!/usr/bin/env python3
"""Build draft.docx from draft.txt (run with /usr/bin/python3; needs python-docx).

- every non-table line of draft.txt becomes one paragraph, in order;
- every block of consecutive tab-separated lines becomes one Word table
  (first line = header row);
- in a table whose first header cell is 主要任务, the first-column cells of
  consecutive rows with the same group are merged vertically (the group name
  is written once, in the merged cell), as drafting offices do;
- the document title and the 一、二、… section headings get Word heading styles.
"""
import os
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "draft.txt")
OUT = os.path.join(HERE, "draft.docx")

TITLE = "原州区加强数字政府建设实施方案"
H1 = re.compile(r"^[一二三四五六七八九十]+、")
H2 = re.compile(r"^附件[：:]")


def set_east_asian(style, font_name, size=None, bold=None):
    style.font.name = font_name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font_name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def add_paragraph(doc, line):
    if line == TITLE:
        doc.add_paragraph(line, style="Title")
    elif H1.match(line):
        doc.add_paragraph(line, style="Heading 1")
    elif H2.match(line):
        doc.add_paragraph(line, style="Heading 2")
    else:
        doc.add_paragraph(line)


def add_table(doc, block):
    rows = [l.split("\t") for l in block]
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    merge_first = rows[0][0].strip() == "主要任务"

    # fill cells; in the group column write the group only on the first row of a run
    runs = []  # (start, end) row indexes of runs of the same group
    for i, r in enumerate(rows):
        for j, text in enumerate(r):
            if merge_first and j == 0 and i > 0:
                if i > 1 and r[0] == rows[i - 1][0]:
                    runs[-1][1] = i
                    continue  # leave the cell empty; it is merged below
                runs.append([i, i])
            table.cell(i, j).text = text
    mark_header_row(table.rows[0])
    for c in table.rows[0].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True

    if merge_first:
        for start, end in runs:
            if end > start:
                merged = table.cell(start, 0).merge(table.cell(end, 0))
            else:
                merged = table.cell(start, 0)
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return table


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    doc = Document()
    set_east_asian(doc.styles["Normal"], "仿宋_GB2312", 12)
    set_east_asian(doc.styles["Title"], "方正小标宋简体", 20, True)
    set_east_asian(doc.styles["Heading 1"], "黑体", 16, False)
    set_east_asian(doc.styles["Heading 2"], "黑体", 14, False)

    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            add_table(doc, lines[i:j])
            i = j
        else:
            add_paragraph(doc, lines[i])
            i += 1
    doc.save(OUT)


if __name__ == "__main__":
    main()

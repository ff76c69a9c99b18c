#!/usr/bin/python3
"""Build draft.docx from draft.txt (run with /usr/bin/python3, which has python-docx).

- every non-table line of draft.txt becomes one Word paragraph, in order;
- every block of consecutive tab-separated lines becomes one real Word table
  (first line = header row);
- a few table cells hold several Word paragraphs (see CELL_PARAS): in draft.txt
  those paragraphs are written on the row's single line joined with nothing, so
  the .txt and the .docx say the same thing;
- three headings (see HEADINGS) are Word headings (Heading 1) with automatic
  numbering switched off: their 一、二、三、 numbers are plain text.
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "draft.txt")
OUT = os.path.join(HERE, "draft.docx")

HEADINGS = {
    "一、总体要求",
    "二、着眼“三个驱动”，以数字政府建设引领数字贺兰发展",
    "三、聚焦“四个支撑”，夯实数字政府建设综合保障体系",
}

# (row 序号, column index) -> paragraphs of that cell, in order.
CELL_PARAS = {
    ("1", 2): [
        "推进贺兰工业园区、德胜工业园区公共服务、应急安全、管理决策等场景数字化。",
        "为入园企业提供全生命周期服务保障。",
    ],
    ("16", 2): [
        "开展县城域网升级改造，扩大互联网出口带宽。",
        "推动电子政务外网向各村（社区）延伸，实现县、乡、村三级全覆盖。",
    ],
    ("25", 2): [
        "完善行政复议、信访、调解、法律援助等线上受理渠道。",
        "打通公安、司法、信访等部门数据共享通道。",
        "实现矛盾纠纷线上统一归集、分类转办、督办考核。",
    ],
    ("36", 2): [
        "全面使用全区统一的协同办公平台。",
        "推广“宁政通”移动办公，实现县、乡、村三级党政机关全覆盖。",
    ],
}


def set_east_asian(run_or_style_font_element, name):
    rpr = run_or_style_font_element
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def style_fonts(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    set_east_asian(normal.element.get_or_add_rPr(), "仿宋_GB2312")
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(16)
    h1.font.bold = False
    h1.font.color.rgb = None
    set_east_asian(h1.element.get_or_add_rPr(), "黑体")


def numbering_off(paragraph):
    """Explicitly switch automatic list numbering off (numId 0)."""
    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), "0")
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.insert(0, numpr)


def add_table(doc, rows):
    ncol = len(rows[0])
    for r in rows:
        if len(r) != ncol:
            sys.exit("ragged table row: %r" % (r,))
    table = doc.add_table(rows=len(rows), cols=ncol)
    table.style = "Table Grid"
    used = set()
    for i, r in enumerate(rows):
        for j, text in enumerate(r):
            cell = table.cell(i, j)
            paras = CELL_PARAS.get((r[0], j)) if i > 0 else None
            if paras:
                if "".join(paras) != text:
                    sys.exit("CELL_PARAS for row %s col %d does not match draft.txt" % (r[0], j))
                used.add((r[0], j))
            else:
                paras = [text]
            cell.paragraphs[0].text = paras[0]
            for extra in paras[1:]:
                cell.add_paragraph(extra)
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return used


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    doc = Document()
    style_fonts(doc)
    used = set()
    headings_seen = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            block = []
            while i < len(lines) and "\t" in lines[i]:
                block.append(lines[i].split("\t"))
                i += 1
            used |= add_table(doc, block)
            continue
        if line in HEADINGS:
            p = doc.add_paragraph(line, style="Heading 1")
            numbering_off(p)
            headings_seen.add(line)
        else:
            p = doc.add_paragraph(line)
            if i == 0 or line == "贺兰县关于加强数字政府建设的实施方案":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        i += 1

    if headings_seen != HEADINGS:
        sys.exit("headings not found in draft.txt: %r" % (HEADINGS - headings_seen))
    if used != set(CELL_PARAS):
        sys.exit("CELL_PARAS rows not used: %r" % (set(CELL_PARAS) - used))
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

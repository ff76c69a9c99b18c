#!/usr/bin/python3
"""Build tasks.xlsx (the province's 重点事项清单 as an Excel workbook) from tasks.txt.

One sheet; row 1 is a title merged across all columns, row 2 the bold header,
then one row per task; all cells wrap text.  Run: /usr/bin/python3 make.py
"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "河南省推进“高效办成一件事”重点事项清单"
WIDTHS = [6, 22, 60, 22, 40, 16]


def main():
    with open(os.path.join(HERE, "tasks.txt"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header, body = rows[0], rows[1:]
    ncol = len(header)
    for r in body:
        assert len(r) == ncol, r

    wb = Workbook()
    ws = wb.active
    ws.title = "重点事项清单"
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    ws.cell(row=1, column=1, value=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=1, column=1).font = Font(bold=True, size=16)
    ws.cell(row=1, column=1).alignment = center
    ws.row_dimensions[1].height = 30

    for c, name in enumerate(header, 1):
        cell = ws.cell(row=2, column=c, value=name)
        cell.font = Font(bold=True)
        cell.alignment = center

    for i, r in enumerate(body, 3):
        for c, val in enumerate(r, 1):
            v = int(val) if c == 1 and val.isdigit() else val
            cell = ws.cell(row=i, column=c, value=v)
            cell.alignment = center if c in (1, ncol) else wrap

    for c, w in enumerate(WIDTHS[:ncol], 1):
        ws.column_dimensions[get_column_letter(c)].width = w

    out = os.path.join(HERE, "tasks.xlsx")
    wb.save(out)
    print("wrote", out, len(body), "tasks")


if __name__ == "__main__":
    main()

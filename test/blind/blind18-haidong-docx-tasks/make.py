#!/usr/bin/python3
"""Build tasks.docx (the province's 重点任务分工表) from tasks.txt.

The document holds one real Word table and nothing else: one row per line of
tasks.txt, one cell per TAB-separated field, the header row in bold.
Run with /usr/bin/python3 (needs python-docx).
"""
import os

from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "tasks.txt"), encoding="utf-8") as f:
        rows = [line.rstrip("\r\n").split("\t") for line in f if line.strip()]
    width = len(rows[0])
    for i, row in enumerate(rows, 1):
        if len(row) != width:
            raise SystemExit("tasks.txt line %d has %d fields, expected %d" % (i, len(row), width))

    doc = Document()
    body = doc.element.body
    # Drop any paragraph the template starts with: the document is the table only.
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            para = cell.paragraphs[0]
            run = para.add_run(text)
            if r == 0:
                run.bold = True
    doc.save(os.path.join(HERE, "tasks.docx"))


if __name__ == "__main__":
    main()

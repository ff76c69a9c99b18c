#!/usr/bin/python3
"""Copy the Word case's draft.docx and add a centred page-number footer ("- N -"),
as a printed 公文 would carry; the body is untouched. Usage: paginate.py SRC DST"""
import sys
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

src, dst = sys.argv[1], sys.argv[2]
doc = Document(src)
for section in doc.sections:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('- ')
    run = p.add_run()
    for kind, text in (('begin', None), (None, 'PAGE'), ('separate', None), (None, None), ('end', None)):
        if kind:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); run._r.append(fc)
        elif text:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = text; run._r.append(it)
        else:
            t = OxmlElement('w:t'); t.text = '1'; run._r.append(t)
    p.add_run(' -')
doc.save(dst)

#!/bin/sh
# Build the "copied out of a PDF" copy of the 平罗 draft.
# 1. take ../blind-pingluo-word/draft.docx (made by its make.py from its draft.txt)
# 2. add a page-number footer (paginate.py) — a printed copy has page numbers
# 3. LibreOffice headless -> draft.pdf
# 4. pdftotext (reading order, no -layout) -> draft.txt ; `pdftotext -layout` was tried and rejected
#    (space-padded page geometry, table columns side by side: not what a copy-paste gives; see key.json notes)
# Needs: libreoffice-writer fonts-noto-cjk poppler-utils python3-docx
set -eu
cd "$(dirname "$0")"
WORK=$(mktemp -d)
/usr/bin/python3 paginate.py ../blind-pingluo-word/draft.docx "$WORK/draft.docx"
soffice --headless -env:UserInstallation=file://$WORK/profile --convert-to pdf --outdir "$WORK" "$WORK/draft.docx" >/dev/null
cp "$WORK/draft.pdf" draft.pdf
# a clipboard paste carries no form feeds, so drop the \f pdftotext puts at page ends
pdftotext -enc UTF-8 draft.pdf - | tr -d '\f' > draft.txt
rm -rf "$WORK"

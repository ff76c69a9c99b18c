#!/bin/sh
# Builds tasks.xlsx from tasks.txt (the writer's tab-separated 重点任务清单) as an office would keep it:
# an Excel workbook. Needs LibreOffice (apt-get install --no-install-recommends libreoffice-calc).
# Filter options: tab separator (9), double quote as text delimiter (34), UTF-8 (76), first line 1.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cp "$here/tasks.txt" "$tmp/tasks.csv"
soffice --headless --infilter="CSV:9,34,76,1" --convert-to xlsx --outdir "$tmp" "$tmp/tasks.csv" >/dev/null
mv "$tmp/tasks.xlsx" "$here/tasks.xlsx"
rm -rf "$tmp"

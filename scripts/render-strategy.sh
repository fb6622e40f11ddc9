#!/usr/bin/env bash
# Renders each sample's output as its user would see it printed: the CLI tiers the sample, openpyxl keeps
# one sheet, LibreOffice prints it to PDF and pdftoppm turns the pages into PNGs under
# assets/screenshots/. The strategy sheet prints with the page setup the plan gave it (landscape, one
# page wide, a page per section). The data sheet is shown as a manager reads it on screen: the name and
# the tool's columns, first 40 rows (the user's other columns are hidden for the picture only).
# Needs Debian's python3-openpyxl, libreoffice-calc-nogui and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-cli.mjs >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in zh en; do
  node bin/channel-tiering.cjs "samples/distributors.$lang.xlsx" --out "$work/$lang.xlsx" --quiet
  /usr/bin/python3 - "$work/$lang.xlsx" "$work" "$lang" <<'PY'
import sys, openpyxl
from openpyxl.utils import get_column_letter
src, work, lang = sys.argv[1:4]
strategy = "分级策略" if lang == "zh" else "Tiering Strategy"
data = "经销商台账" if lang == "zh" else "Distributors"
wb = openpyxl.load_workbook(src)
for name in list(wb.sheetnames):
    if name != strategy:
        del wb[name]
wb.save(f"{work}/strategy-{lang}.xlsx")
wb = openpyxl.load_workbook(src)
for name in list(wb.sheetnames):
    if name != data:
        del wb[name]
ws = wb[data]
# The picture: the name column and the tool's columns (S onwards), header and the first rows.
for c in range(3, 19):
    ws.column_dimensions[get_column_letter(c)].hidden = True
ws.print_area = f"A1:{get_column_letter(ws.max_column)}43"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "3:3"
wb.save(f"{work}/data-{lang}.xlsx")
PY
  for part in strategy data; do
    soffice --headless --convert-to pdf --outdir "$work" "$work/$part-$lang.xlsx" >/dev/null 2>&1
    rm -f "assets/screenshots/$part.$lang"-*.png
    pdftoppm -png -r 110 "$work/$part-$lang.pdf" "assets/screenshots/$part.$lang"
  done
done
ls assets/screenshots/strategy.*.png assets/screenshots/data.*.png

#!/usr/bin/env bash
# Renders each sample's strategy sheet as its user would see it printed: the CLI tiers the sample,
# openpyxl keeps only the strategy sheet, LibreOffice prints it to PDF and pdftoppm turns the pages
# into PNGs under assets/screenshots/. Needs Debian's python3-openpyxl, libreoffice-calc-nogui and
# poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-cli.mjs >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in zh en; do
  node bin/channel-tiering.cjs "samples/distributors.$lang.xlsx" --out "$work/$lang.xlsx" --quiet
  /usr/bin/python3 - "$work/$lang.xlsx" "$work/strategy-$lang.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
keep = "分级策略" if "分级策略" in wb.sheetnames else "Tiering Strategy"
for name in list(wb.sheetnames):
    if name != keep:
        del wb[name]
ws = wb[keep]
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(sys.argv[2])
PY
  soffice --headless --convert-to pdf --outdir "$work" "$work/strategy-$lang.xlsx" >/dev/null 2>&1
  rm -f "assets/screenshots/strategy.$lang"-*.png
  pdftoppm -png -r 110 "$work/strategy-$lang.pdf" "assets/screenshots/strategy.$lang"
done
ls assets/screenshots/strategy.*.png

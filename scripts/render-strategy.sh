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
  # As of the sample's own day, as `npm run demo` and the pane's demo mode tier it (its last visits end then).
  node bin/channel-tiering.cjs "samples/distributors.$lang.xlsx" --out "$work/$lang.xlsx" --as-of 2025-11-30 --quiet
  /usr/bin/python3 - "$work/$lang.xlsx" "$work" "$lang" <<'PY'
import sys, openpyxl
from openpyxl.utils import get_column_letter
src, work, lang = sys.argv[1:4]
strategy = "分级策略" if lang == "zh" else "Tiering Strategy"
data = "经销商台账" if lang == "zh" else "Distributors"
# The strategy sheet as printed, chart included: LibreOffice prints the whole workbook (openpyxl would
# drop the chart on saving a copy), and the strategy's pages are picked out: from the page starting with
# its title, one page per section (its page breaks plus one).
wb = openpyxl.load_workbook(src)
st = wb[strategy]
with open(f"{work}/marks-{lang}.txt", "w", encoding="utf8") as f:
    f.write(f"{st['A1'].value}\n{len(st.row_breaks.brk) + 1}\n")
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
  soffice --headless --convert-to pdf --outdir "$work" "$work/data-$lang.xlsx" >/dev/null 2>&1
  rm -f "assets/screenshots/data.$lang"-*.png
  pdftoppm -png -r 110 "$work/data-$lang.pdf" "assets/screenshots/data.$lang"
  soffice --headless --convert-to pdf --outdir "$work" "$work/$lang.xlsx" >/dev/null 2>&1
  title=$(sed -n 1p "$work/marks-$lang.txt")
  sections=$(sed -n 2p "$work/marks-$lang.txt")
  pages=$(pdfinfo "$work/$lang.pdf" | awk '/^Pages:/ {print $2}')
  first=0
  for ((p = 1; p <= pages; p++)); do
    # The page's first line, leading blanks off (read to the end: no broken pipe under pipefail).
    line=$(pdftotext -f "$p" -l "$p" -layout "$work/$lang.pdf" - | awk 'NF && !done {sub(/^[ \t]+/, ""); print; done = 1}')
    if [[ "$line" == "$title"* ]]; then
      first=$p
      break
    fi
  done
  if [ "$first" -eq 0 ]; then
    echo "the strategy sheet's title '$title' starts no page of $lang.pdf" >&2
    exit 1
  fi
  last=$((first + sections - 1))
  rm -f "assets/screenshots/strategy.$lang"-*.png
  pdftoppm -png -r 110 -f "$first" -l "$last" "$work/$lang.pdf" "$work/strategy.$lang"
  # Pages numbered from 1, as the strategy sheet prints them.
  k=1
  for f in $(ls "$work/strategy.$lang"-*.png | sort -V); do
    cp "$f" "assets/screenshots/strategy.$lang-$k.png"
    k=$((k + 1))
  done
done
ls assets/screenshots/strategy.*.png assets/screenshots/data.*.png

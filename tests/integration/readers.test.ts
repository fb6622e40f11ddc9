/**
 * The tiered workbook as readers nobody here wrote see it: openpyxl (Debian's python3-openpyxl) and
 * LibreOffice headless (libreoffice-calc-nogui). Both are installed by .ci/run; without them these tests
 * fail with the package to install.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PYTHON, SOFFICE, requireReaders } from "../helpers/readers";
import { ROOT, runCommand, tempDir } from "../helpers/cli";

/** What openpyxl reads of the data sheet and the strategy sheet. */
type OpenpyxlView = {
  freeze: string | null;
  filter: string | null;
  widths: Record<string, number | null>;
  headers: Record<string, string>;
  wrap: Record<string, boolean>;
  rules: { range: string; type: string; operator: string | null; formula: string[] }[];
  strategy: {
    orientation: string;
    fitToWidth: number;
    fitToHeight: number;
    fitToPage: boolean;
    area: string;
    breaks: number[];
  };
};

const READ = `
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
hdr = {get_column_letter(c.column): c.value for c in ws[int(sys.argv[3])] if c.value is not None}
# A <col min max> group is keyed by its first letter in openpyxl: spread its width over the group.
widths = {}
for key, dim in ws.column_dimensions.items():
    for c in range(dim.min or 0, (dim.max or 0) + 1):
        widths[get_column_letter(c)] = dim.width
rules = []
for cf in ws.conditional_formatting:
    for r in cf.rules:
        rules.append({"range": str(cf.sqref), "type": r.type, "operator": r.operator, "formula": list(r.formula or [])})
st = wb[sys.argv[4]]
first = int(sys.argv[3]) + 1
print(json.dumps({
  "freeze": ws.freeze_panes,
  "filter": ws.auto_filter.ref,
  "widths": {k: widths.get(k) for k in hdr},
  "headers": hdr,
  "wrap": {k: bool(ws[f"{k}{first}"].alignment.wrap_text) for k in hdr},
  "rules": rules,
  "strategy": {
    "orientation": st.page_setup.orientation,
    "fitToWidth": st.page_setup.fitToWidth,
    "fitToHeight": st.page_setup.fitToHeight,
    "fitToPage": bool(st.sheet_properties.pageSetUpPr and st.sheet_properties.pageSetUpPr.fitToPage),
    "area": str(st.print_area),
    "breaks": [b.id for b in st.row_breaks.brk],
  },
}, ensure_ascii=False))
`;

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

describe.each([
  ["en", "Distributors", "Tiering Strategy", ["Key account", "Ordinary account", "Prospect"]],
  ["zh", "经销商台账", "分级策略", ["重点客户", "普通客户", "意向客户"]],
] as const)("the %s sample's output, read by openpyxl and LibreOffice", (lang, data, strategy, labels) => {
  let out = "";
  let view: OpenpyxlView;
  beforeAll(async () => {
    requireReaders();
    const dir = await tempDir();
    out = path.join(dir, `${lang}.xlsx`);
    const run = await runCommand([
      path.join(ROOT, `samples/distributors.${lang}.xlsx`),
      "--out",
      out,
      "--quiet",
    ]);
    expect(run.code).toBe(0);
    view = JSON.parse(
      execFileSync(PYTHON, ["-c", READ, out, data, "3", strategy], { encoding: "utf8" }),
    ) as OpenpyxlView;
  }, 60_000);

  it("colours tiers with the rule Excel writes for 'cell value equal to'", () => {
    const ours = view.rules.filter((r) => r.formula.some((f) => labels.some((l) => f === `"${l}"`)));
    expect(ours.map((r) => [r.type, r.operator, r.formula[0]])).toEqual(
      labels.map((l) => ["cellIs", "equal", `"${l}"`]),
    );
    expect(new Set(ours.map((r) => r.range)).size).toBe(1);
  });

  it("freezes the header row and the name column, filters the header row, sizes and wraps our columns", () => {
    expect(view.freeze).toBe("C4");
    expect(view.filter).toMatch(/^A3:[A-Z]+304$/);
    const ourColumns = Object.entries(view.headers).filter(([letter]) => letter >= "S" || letter.length > 1);
    expect(ourColumns.length).toBeGreaterThanOrEqual(13);
    for (const [letter, header] of ourColumns) {
      // Wide enough for the header: nothing is cut ("Management M…", "Importance Sco…").
      expect(view.widths[letter] ?? 0).toBeGreaterThanOrEqual(displayWidth(String(header)) + 2);
    }
    const wrapped = ourColumns.filter(([letter]) => view.wrap[letter]).map(([, h]) => h);
    expect(wrapped).toHaveLength(2);
  });

  it("prints the strategy sheet landscape, one page wide, a page per section, within columns A-I", () => {
    expect(view.strategy).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      fitToPage: true,
    });
    expect(view.strategy.area).toMatch(/A\$?1:\$?I\$?\d+/);
    expect(view.strategy.breaks).toHaveLength(3);
  });

  it("renders the tier colours in LibreOffice too", async () => {
    const dir = path.dirname(out);
    execFileSync(SOFFICE, ["--headless", "--convert-to", "fods", "--outdir", dir, out], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const fods = await readFile(path.join(dir, `${lang}.fods`), "utf8");
    // LibreOffice read each rule as a condition on our column with a style of its own.
    for (const label of labels) {
      const escaped = `=&quot;${label}&quot;`;
      expect(fods).toMatch(new RegExp(`<calcext:condition [^>]*calcext:value="${escaped}"`));
    }
  }, 150_000);
});

/**
 * The command line on workbooks Microsoft Excel itself saved (tests/fixtures/excel/, see its README: Excel
 * 2007, Excel 2016 for Windows and for Mac, and a password-protected one), judged as package.test.ts
 * judges the other writers' workbooks: Python's zipfile for the parts, openpyxl and LibreOffice for the
 * cells. They are not distributor lists, so the columns are named with --map, as a user would.
 */
import { copyFile, mkdir, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { ROOT, runCommand, tempDir } from "../helpers/cli";
import {
  type Comparison,
  compareWorkbooks,
  csvCellsChanged,
  exportCsv,
  orderProblems,
  partChanges,
  readCsv,
} from "../helpers/packageCheck";
import { requireReaders } from "../helpers/readers";

type Fixture = {
  /** The file under tests/fixtures/excel/. */
  file: string;
  /** Who saved it, from its docProps/app.xml. */
  savedBy: string;
  sheet: string;
  /** The data sheet's part: the one part of the user's the run rewrites (with our columns). */
  dataPart: string;
  map: string[];
  accounts: number;
  /** Charts openpyxl finds on the workbook's first sheet. */
  charts: number;
};

const EXCEL: Fixture[] = [
  {
    file: "excel2016-chart-formulas.xlsx",
    savedBy: "Microsoft Excel 16",
    sheet: "ClickThroughRateSheet",
    dataPart: "xl/worksheets/sheet1.xml",
    map: ["name=Clicks", "revenue=Impressions"],
    accounts: 5,
    charts: 1,
  },
  {
    file: "mac-excel2016-charts.xlsx",
    savedBy: "Microsoft Macintosh Excel 15",
    sheet: "Table",
    dataPart: "xl/worksheets/sheet2.xml",
    map: ["name=A", "revenue=B"],
    accounts: 3,
    charts: 1,
  },
  {
    file: "excel2007-line.xlsx",
    savedBy: "Microsoft Excel 12",
    sheet: "Table",
    dataPart: "xl/worksheets/sheet2.xml",
    map: ["name=A", "revenue=B"],
    accounts: 3,
    charts: 1,
  },
];

/** The parts a run may change besides the data sheet: workbook part, its rels, types, styles, app.xml. */
const MAY_CHANGE =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|docProps\/app\.xml)$/;

const dir = { root: "", in: "", out: "", csv: "" };
const results = new Map<string, { code: number; stderr: string; compare: Comparison; output: string }>();

beforeAll(async () => {
  requireReaders();
  dir.root = await tempDir();
  dir.in = path.join(dir.root, "in");
  dir.out = path.join(dir.root, "out");
  dir.csv = path.join(dir.root, "csv");
  await mkdir(dir.in);
  await mkdir(dir.out);
  for (const f of EXCEL) {
    const input = path.join(dir.in, f.file);
    await copyFile(path.join(ROOT, "tests/fixtures/excel", f.file), input);
    const output = path.join(dir.out, f.file);
    const args = [input, "--sheet", f.sheet, ...f.map.flatMap((m) => ["--map", m])];
    const run = await runCommand([...args, "--out", output, "--lang", "zh", "--quiet"]);
    results.set(f.file, {
      code: run.code,
      stderr: run.stderr,
      compare: compareWorkbooks(input, output),
      output,
    });
  }
  exportCsv(
    EXCEL.map((f) => path.join(dir.in, f.file)),
    dir.csv,
  );
  exportCsv(
    EXCEL.map((f) => path.join(dir.out, f.file)),
    path.join(dir.csv, "out"),
  );
}, 300_000);

describe.each(EXCEL)("$file (saved by $savedBy) through the CLI", (f) => {
  const result = () => {
    const r = results.get(f.file);
    if (!r) throw new Error(`no result for ${f.file}`);
    return r;
  };

  it("was saved by Excel, as its README says", async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(ROOT, "tests/fixtures/excel", f.file)));
    const app = (await zip.file("docProps/app.xml")?.async("string")) ?? "";
    const [, name, version] = /^(.*) (\d+)$/.exec(f.savedBy) ?? [];
    expect(app).toContain(`<Application>${name}</Application>`);
    expect(app).toContain(`<AppVersion>${version}.`);
  });

  it("exits 0 and says nothing on stderr", () => {
    expect(result().stderr).toBe("");
    expect(result().code).toBe(0);
  });

  it("keeps every part of the input, and every part it need not change byte for byte", () => {
    const { missing, changed, added } = partChanges(result().compare);
    expect(missing).toEqual([]);
    expect(changed).toContain(f.dataPart);
    expect(changed.filter((n) => n !== f.dataPart && !MAY_CHANGE.test(n))).toEqual([]);
    // Our three sheets are new parts; the chart, its drawing, the theme and the rest are Excel's own.
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(3);
  });

  it("puts every element where ECMA-376's sequences want it", () => {
    expect(orderProblems(result().output)).toEqual([]);
  });

  it("leaves every original cell, and the charts, as openpyxl reads them", () => {
    const c = result().compare;
    expect(c.openpyxlError).toBeUndefined();
    expect(c.cellCount).toBeGreaterThan(8);
    expect(c.cells).toEqual({});
    expect(c.openpyxl?.charts).toBe(f.charts);
  });

  it("leaves every original cell as LibreOffice reads it, and LibreOffice reads our tiers", async () => {
    const base = f.file.replace(/\.xlsx$/, "");
    const { sheets, changed } = await csvCellsChanged(dir.csv, base);
    expect(sheets).toBeGreaterThan(0);
    expect(changed).toEqual([]);
    const data = readCsv(await readFile(path.join(dir.csv, "out", `${base}-${f.sheet}.csv`), "utf8"));
    const header = data.findIndex((row) => row.includes("渠道分级"));
    expect(header).toBeGreaterThanOrEqual(0);
    const column = (data[header] as string[]).indexOf("渠道分级");
    const tiers = data.slice(header + 1).map((row) => row[column] ?? "");
    expect(tiers.filter((t) => t !== "")).toHaveLength(f.accounts);
    expect(tiers.filter((t) => t === "重点客户")).toHaveLength(1);
  });
});

describe("a workbook Excel protected with a password", () => {
  it("gets its own one-line error, and nothing is written", async () => {
    const root = await tempDir();
    const input = path.join(root, "excel-password.xlsx");
    await copyFile(path.join(ROOT, "tests/fixtures/excel/excel-password.xlsx"), input);
    const run = await runCommand([input]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /the workbook is protected with a password\. Open it in Excel, remove the password/,
    );
    expect(await readdir(root)).toEqual(["excel-password.xlsx"]);
  });
});

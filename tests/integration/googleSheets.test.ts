/**
 * The command line on a workbook with Google Sheets' export signature (tests/fixtures/google-sheets/, see
 * its README), judged as excelMade.test.ts judges Excel's: Python's zipfile for the parts, openpyxl and
 * LibreOffice for the cells. It is no distributor list, so the columns are named with --map, as a user
 * would. The export writes no docProps, an empty drawing for every sheet, an empty <definedNames/>, and
 * every row's height as set by hand: each is a place a patching writer can go wrong.
 */
import { copyFile, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
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
import { openpyxlReads, requireReaders } from "../helpers/readers";

const FIXTURE = path.join(ROOT, "tests/fixtures/google-sheets/export.xlsx");
const dir = { root: "", input: "", output: "", csv: "" };
let run: { code: number; stdout: string; stderr: string };
let compare: Comparison;

beforeAll(async () => {
  requireReaders();
  dir.root = await tempDir();
  dir.input = path.join(dir.root, "export.xlsx");
  dir.output = path.join(dir.root, "out", "export.xlsx");
  dir.csv = path.join(dir.root, "csv");
  await mkdir(path.dirname(dir.output));
  await copyFile(FIXTURE, dir.input);
  run = await runCommand([
    dir.input,
    ...["--map", "name=date", "--map", "revenue=number"],
    ...["--out", dir.output, "--lang", "zh", "--as-of", "2025-11-30"],
  ]);
  compare = compareWorkbooks(dir.input, dir.output);
  exportCsv([dir.input], dir.csv);
  exportCsv([dir.output], path.join(dir.csv, "out"));
}, 300_000);

const part = async (file: string, name: string): Promise<string> =>
  (await (await JSZip.loadAsync(await readFile(file))).file(name)?.async("string")) ?? "";

describe("a workbook Google Sheets exported, through the CLI", () => {
  it("carries the export's signature, as its README says", async () => {
    const zip = await JSZip.loadAsync(await readFile(FIXTURE));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith("docProps/") || n.startsWith("xl/theme/"))).toEqual([]);
    expect(await part(FIXTURE, "xl/worksheets/_rels/sheet1.xml.rels")).toContain("../drawings/drawing1.xml");
    expect(await part(FIXTURE, "xl/drawings/drawing1.xml")).toMatch(/<xdr:wsDr [^>]*\/>$/);
    const workbook = await part(FIXTURE, "xl/workbook.xml");
    expect(workbook).toContain('xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main"');
    expect(workbook).toContain("<definedNames/><calcPr/>");
    const rows = (await part(FIXTURE, "xl/worksheets/sheet1.xml")).match(/<row [^>]*>/g) ?? [];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.includes('ht="18.0" customHeight="1"'))).toBe(true);
  });

  it("exits 0, says nothing on stderr, and tiers the ten rows", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已对工作表“sheet1”中的 10 家客户分级。/);
  });

  it("keeps every part of the input, and every part it need not change byte for byte", () => {
    const { missing, changed, added } = partChanges(compare);
    expect(missing).toEqual([]);
    // The empty drawing stays the sheet's; the workbook part, its rels and the types take our sheets.
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort(),
    );
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(3);
  });

  it("fills the empty <definedNames/> with our print areas, once, in its place", async () => {
    const workbook = await part(dir.output, "xl/workbook.xml");
    expect(workbook.match(/<definedNames[ />]/g)).toHaveLength(1);
    expect(workbook).toMatch(
      /<\/sheets><definedNames><definedName name="_xlnm\.Print_Area" [^]*<\/definedNames><calcPr\/>/,
    );
    expect(orderProblems(dir.output)).toEqual([]);
  });

  it("leaves every original cell as openpyxl reads it", () => {
    expect(compare.openpyxlError).toBeUndefined();
    expect(compare.cellCount).toBeGreaterThanOrEqual(22);
    expect(compare.cells).toEqual({});
  });

  it("grows the rows Google set to 18 points to the lines of our reason and note, and shrinks none", () => {
    // Read by openpyxl: every data row of the output is at least the 18 points the export set, and a
    // row whose reason wraps is as tall as its lines (it showed the reason's last line only).
    const heights = openpyxlReads<(number | null)[]>(
      dir.output,
      "[ws.row_dimensions[r].height for r in range(1, 12)]",
      { sheet: "sheet1" },
    );
    expect(heights.every((h) => h !== null && h >= 18)).toBe(true);
    expect(heights.filter((h) => (h ?? 0) > 18).length).toBeGreaterThan(0);
    expect(heights[0]).toBe(18);
  });

  it("gives the rows their 18 points back when the tiering is taken back, and keeps them on a re-run", async () => {
    // The run saved the height the export set every data row to; taken back, the rows grown for our
    // text had fallen to the sheet's default (15) instead of the 18 they had.
    const removed = path.join(dir.root, "out", "removed.xlsx");
    const taken = await runCommand([dir.output, "--remove-tiering", "--out", removed, "--quiet"]);
    expect(taken.code).toBe(0);
    const script = "[ws.row_dimensions[r].height for r in range(1, 12)]";
    const before = openpyxlReads<(number | null)[]>(dir.input, script, { sheet: "sheet1" });
    expect(before.every((h) => h === 18)).toBe(true);
    expect(openpyxlReads<(number | null)[]>(removed, script, { sheet: "sheet1" })).toEqual(before);
    // A re-run with the reasons and notes off: the rows our text had grown take the 18 points back.
    const rules = path.join(dir.root, "rules.json");
    await writeFile(rules, JSON.stringify({ output: { reason: false, note: false } }));
    const again = path.join(dir.root, "out", "again.xlsx");
    const rerun = await runCommand([dir.output, "--rules", rules, "--out", again, "--as-of", "2025-12-30"]);
    expect(rerun.code).toBe(0);
    expect(openpyxlReads<(number | null)[]>(again, script, { sheet: "sheet1" })).toEqual(before);
  });

  it("leaves every original cell as LibreOffice reads it, and LibreOffice reads our tiers", async () => {
    const { sheets, changed } = await csvCellsChanged(dir.csv, "export");
    expect(sheets).toBe(1);
    expect(changed).toEqual([]);
    // LibreOffice names the CSV of a sheet called "sheet1" "export-sheet1 -1.csv" (its own sheet names
    // are Sheet1, …): found by its start.
    const file = (await readdir(path.join(dir.csv, "out"))).find((f) => f.startsWith("export-sheet1"));
    const data = readCsv(await readFile(path.join(dir.csv, "out", file ?? "missing"), "utf8"));
    const column = (data[0] as string[]).indexOf("渠道分级");
    expect(column).toBeGreaterThan(1);
    const tiers = data.slice(1).map((row) => row[column] ?? "");
    expect(tiers.filter((t) => t !== "")).toHaveLength(10);
    expect(tiers.filter((t) => t === "重点客户")).toHaveLength(1);
  });
});

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  ROOT,
  ledger,
  readWorkbook,
  runCommand,
  snapshotCells,
  tempDir,
  writeWorkbook,
} from "../helpers/cli";
import { PYTHON, SOFFICE, editedInOpenpyxl, openpyxlReads, requireReaders } from "../helpers/readers";

type Report = {
  sheet: string;
  headerRow: number;
  fields: Record<string, string>;
  rows: {
    row: number;
    hidden?: true;
    name: string;
    code?: string;
    region: string | null;
    owner: string | null;
    revenue: number | null;
    tier: string;
    change: string;
    previousTier: string | null;
    reason: string;
    note: string;
    override: boolean;
    credit: string | null;
    overLimit?: number;
    nextReview: string | null;
    timeShare: number;
    hours: number | null;
  }[];
  removed: {
    name: string;
    previousTier: string;
    previousRevenue: number | null;
    previousRank: number | null;
  }[];
  skipped: { row: number; reason: string }[];
  findings: {
    code: string;
    severity: string;
    row: number | null;
    column: string | null;
    message: string;
    rowHidden?: true;
  }[];
  summary: {
    accounts: number;
    currency: string;
    changes: Record<string, number>;
    tiers: Record<string, { accounts: number; reviewMonths?: number }>;
    promotionCandidates: unknown[];
    watchList: unknown[];
    perAccountTimeShare: Record<string, number>;
  };
};

const readReport = async (file: string): Promise<Report> =>
  JSON.parse(await readFile(file, "utf8")) as Report;

/**
 * Has LibreOffice itself make a fixture (tests/fixtures/libreoffice_pivot.py: a pivot or Data > Subtotals
 * by `layout`, a pivot's function `fn`), in the UI language of the locale `env` (C.UTF-8, zh_CN.UTF-8).
 */
function libreofficeMakes(file: string, env: string, layout: string, fn?: string): void {
  execFileSync(
    PYTHON,
    [path.join(ROOT, "tests/fixtures/libreoffice_pivot.py"), file, layout, ...(fn === undefined ? [] : [fn])],
    { env: { ...process.env, LANG: env, LC_ALL: env }, stdio: "ignore", timeout: 180_000 },
  );
}

function headerRow(ws: ExcelJS.Worksheet, row: number): string[] {
  const out: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: true }, (cell, col) => {
    out[col - 1] = String(cell.value ?? "");
  });
  return out;
}

let dir: string;

/**
 * A 30-row ledger (sheet S) tiered once into `<name>.tiered.xlsx`, then edited in openpyxl as a planner
 * would (`statements`, Python): the edited workbook's path.
 */
async function tieredThenEdited(name: string, statements: string): Promise<string> {
  requireReaders();
  const input = await writeWorkbook(path.join(dir, `${name}.xlsx`), { S: ledger(30) });
  const first = path.join(dir, `${name}.tiered.xlsx`);
  expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
  return editedInOpenpyxl(first, path.join(dir, `${name}.edited.xlsx`), statements);
}

/** A run on `input` that stops: exit 1, no `out` written, the input byte for byte; its stderr. */
async function stoppedOn(input: string, out: string, lang: string): Promise<string> {
  const before = readFileSync(input);
  const stopped = await runCommand([input, "--out", out], { LANG: lang });
  expect(stopped.code).toBe(1);
  expect(existsSync(out)).toBe(false);
  expect(readFileSync(input).equals(before)).toBe(true);
  return stopped.stderr;
}
beforeEach(async () => {
  dir = await tempDir();
});

describe("channel-tiering on real workbooks", () => {
  /**
   * A workbook openpyxl writes by `script` (its file in sys.argv[1]) as `name`.xlsx, tiered by the CLI in
   * `lang` as of 2025-11-30: its path, the output's, and the report.
   */
  async function tierOpenpyxlMade(name: string, script: string, lang: string) {
    requireReaders();
    const input = path.join(dir, `${name}.xlsx`);
    execFileSync(PYTHON, ["-c", script, input]);
    const out = path.join(dir, `${name}.tiered.xlsx`);
    const report = path.join(dir, `${name}.json`);
    const run = await runCommand([input, "--out", out, "--report", report, "--as-of", "2025-11-30"], {
      LANG: lang,
    });
    expect(run.code).toBe(0);
    return { input, out, r: await readReport(report) };
  }

  it("tiers a messy Chinese ledger and leaves every original cell as it was", async () => {
    const input = await writeWorkbook(path.join(dir, "台账.xlsx"), {
      经销商: [
        ["2025年华东区经销商台账"],
        [],
        ["序号", "经销商名称", "年度销售额（万元）", "去年销售额（万元）", "逾期天数", "负责人"],
        [1, "杭州恒达商贸", 1200, 800, 0, "张伟"],
        [2, "宁波鑫源贸易", "350万", 400, 45, "王芳"],
        [3, "苏州华信实业", "1,050", 1000, 100, null],
        [],
        [4, "南京永盛建材", null, null, null, "张伟"],
        [5, "合肥宏远", "12,3.4万", 20, 0, "王芳"],
        [null, "合计", 2600, 2220],
      ],
      备注: [["不要改我"], [42]],
    });
    const before = snapshotCells(await readWorkbook(input));
    const report = path.join(dir, "r.json");
    const run = await runCommand([input, "--report", report]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const out = path.join(dir, "台账.tiered.xlsx");
    expect(run.stdout).toContain(out);

    const r = await readReport(report);
    expect(r.headerRow).toBe(3);
    expect(r.fields).toMatchObject({ name: "经销商名称", revenue: "年度销售额（万元）", owner: "负责人" });
    expect(r.rows.map((x) => [x.name, x.revenue, x.tier, x.owner, x.region])).toEqual([
      ["杭州恒达商贸", 12_000_000, "key", "张伟", null],
      ["宁波鑫源贸易", 3_500_000, "ordinary", "王芳", null],
      ["苏州华信实业", 10_500_000, "ordinary", null, null],
      ["南京永盛建材", null, "prospect", "张伟", null],
      ["合肥宏远", null, "prospect", "王芳", null],
    ]);
    expect(r.skipped).toEqual([
      { row: 7, reason: "blank" },
      { row: 10, reason: "total" },
    ]);
    // The engine's long lists are built when read; the report holds them whole, as arrays.
    expect(r.summary.promotionCandidates).toEqual([
      { row: 6, name: "苏州华信实业", owner: null, gapToKey: 1_500_000, credit: "D" },
    ]);
    expect(Array.isArray(r.summary.watchList)).toBe(true);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        code: "value.notANumber",
        row: 9,
        column: "C",
        message: "第9行：年度销售额（万元）“12,3.4万”不是数字；该行按本期无销售处理。",
      }),
    );

    const wb = await readWorkbook(out);
    const after = snapshotCells(wb, ["经销商", "备注"]);
    for (const [address, value] of before) expect([address, after.get(address)]).toEqual([address, value]);
    const ws = wb.getWorksheet("经销商")!;
    expect(headerRow(ws, 3).slice(6)).toEqual([
      "渠道分级",
      "重要性得分",
      "较上次变化",
      "分级依据",
      "下次复查",
      "销售时间占比",
      "月度工时",
      "资信状况分类",
      "销售潜力分类",
      "晋级候选",
      "策略建议",
    ]);
    expect(ws.getCell("G4").value).toBe("重点客户");
    expect(ws.getCell("G10").value).toBeNull();
    expect(wb.getWorksheet("分级策略")).toBeDefined();
    expect(wb.getWorksheet("分级变更记录")).toBeDefined();
    expect(wb.getWorksheet("_ChannelTiering")?.state).toBe("veryHidden");
  });

  it("writes English headers for an English sheet, and either language on request", async () => {
    const input = await writeWorkbook(path.join(dir, "en.xlsx"), { Dealers: ledger(20) });
    expect((await runCommand([input, "--quiet"])).code).toBe(0);
    const ws = (await readWorkbook(path.join(dir, "en.tiered.xlsx"))).getWorksheet("Dealers")!;
    expect(headerRow(ws, 1).slice(3, 6)).toEqual(["Tier", "Importance Score", "Change"]);
    expect(ws.getCell("D2").value).toBe("Key account");

    const zhOut = path.join(dir, "zh.xlsx");
    expect((await runCommand([input, "--lang", "zh-CN", "--out", zhOut, "--quiet"])).code).toBe(0);
    const zhWb = await readWorkbook(zhOut);
    expect(zhWb.getWorksheet("Dealers")!.getCell("D1").value).toBe("渠道分级");
    expect(zhWb.getWorksheet("分级策略")).toBeDefined();
  });

  it("adds the output as table columns when the data is an Excel table, keeping one valid table", async () => {
    const rows = ledger(12);
    const input = await writeWorkbook(path.join(dir, "table.xlsx"), { Data: [] }, (wb) => {
      wb.getWorksheet("Data")!.addTable({
        name: "Dealers",
        ref: "A1",
        headerRow: true,
        columns: (rows[0] as string[]).map((name) => ({ name, filterButton: true })),
        rows: rows.slice(1) as ExcelJS.CellValue[][],
      });
    });
    expect((await runCommand([input, "--quiet"])).code).toBe(0);
    const out = path.join(dir, "table.tiered.xlsx");
    const ws = (await readWorkbook(out)).getWorksheet("Data")!;
    const tables = ws.getTables() as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    }[];
    expect(tables).toHaveLength(1);
    const t = tables[0]!.table;
    const headers = headerRow(ws, 1);
    expect(t.columns.map((c) => c.name)).toEqual(headers);
    expect(new Set(headers).size).toBe(headers.length);
    expect(t.tableRef).toBe(`A1:${String.fromCharCode(64 + headers.length)}13`);

    // A re-run updates the table's columns in place.
    expect((await runCommand([out, "--in-place", "--quiet"])).code).toBe(0);
    const again = (await readWorkbook(out)).getWorksheet("Data")!;
    expect(headerRow(again, 1)).toEqual(headers);
    expect(
      (again.getTables() as unknown as { table: { columns: unknown[] } }[])[0]!.table.columns,
    ).toHaveLength(headers.length);
  });

  it("never writes text from the sheet as a formula", async () => {
    const input = await writeWorkbook(path.join(dir, "f.xlsx"), {
      S: [
        ["Distributor", "Revenue", "Channel Type", "Tier"],
        ["=1+1", 500, '=HYPERLINK("http://x")', "Ordinary"],
        ["+SUM(A1)", 400, "@cmd", "Key account"],
        ["@cmd", 300, "-2+3", null],
        ["-2+3", 200, "直营", null],
        ...Array.from({ length: 8 }, (_, i) => [`D${i}`, 10 + i, "直营", "Ordinary"]),
      ],
    });
    const run = await runCommand([input, "--quiet"]);
    expect(run.code).toBe(0);
    const wb = await readWorkbook(path.join(dir, "f.tiered.xlsx"));
    const ws = wb.getWorksheet("S")!;
    for (let r = 2; r <= 5; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        expect(typeof v === "object" && v !== null && "formula" in v).toBe(false);
      }
    }
    expect(ws.getCell("A2").value).toBe("=1+1");
    const mgmt = headerRow(ws, 1).indexOf("Management Mode Class") + 1;
    expect(ws.getCell(2, mgmt).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell(3, mgmt).value).toBe("@cmd");
    // A re-run with more key accounts: the change log names the promoted by their text, as text.
    const rules = path.join(dir, "f-rules.json");
    await writeFile(rules, JSON.stringify({ tiering: { keyShare: 0.5 } }));
    const tiered = path.join(dir, "f.tiered.xlsx");
    expect((await runCommand([tiered, "--rules", rules, "--in-place", "--quiet"])).code).toBe(0);
    const log = (await readWorkbook(tiered)).getWorksheet("Tiering Changes")!;
    const names: unknown[] = [];
    log.eachRow((row) => names.push(row.getCell(3).value));
    expect(names).toEqual(expect.arrayContaining(["+SUM(A1)", "@cmd", "-2+3"]));
  });

  it("reports each row's customer code where the sheet has one, to join back to the ERP", async () => {
    const input = await writeWorkbook(path.join(dir, "codes.xlsx"), {
      客户: [
        ["客户编码", "客户名称", "年销售额（万元）"],
        ["C1001", "杭州恒达商贸", 1200],
        [10_002, "宁波鑫源贸易", 350],
        [null, "苏州华信实业", 90],
      ],
    });
    const report = path.join(dir, "codes.json");
    expect((await runCommand([input, "--report", report, "--quiet"])).code).toBe(0);
    const r = await readReport(report);
    expect(r.fields).toMatchObject({ code: "客户编码", name: "客户名称" });
    expect(r.rows.map((x) => [x.name, x.code])).toEqual([
      ["杭州恒达商贸", "C1001"],
      ["宁波鑫源贸易", "10002"],
      ["苏州华信实业", undefined],
    ]);
  });

  it("is idempotent on its own output and reports a promotion after an edit", async () => {
    const input = await writeWorkbook(path.join(dir, "base.xlsx"), { Base: ledger(30) });
    const first = path.join(dir, "first.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    const second = path.join(dir, "second.xlsx");
    const report = path.join(dir, "second.json");
    expect((await runCommand([first, "--out", second, "--report", report, "--quiet"])).code).toBe(0);
    const r2 = await readReport(report);
    expect(r2.summary.changes).toEqual({ new: 0, same: 30, promoted: 0, demoted: 0, removed: 0 });
    const ws2 = (await readWorkbook(second)).getWorksheet("Base")!;
    const h1 = headerRow((await readWorkbook(first)).getWorksheet("Base")!, 1);
    expect(headerRow(ws2, 1)).toEqual(h1);

    // A planner edits one ordinary account's revenue to the top and re-runs.
    const edited = await readWorkbook(second);
    edited.getWorksheet("Base")!.getCell("B20").value = 1_000_000;
    await edited.xlsx.writeFile(second);
    const third = path.join(dir, "third.xlsx");
    const report3 = path.join(dir, "third.json");
    const run = await runCommand([second, "--out", third, "--report", report3]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Since the last run: 1 promoted; \d+ unchanged\./);
    const r3 = await readReport(report3);
    expect(r3.rows.find((x) => x.row === 20)).toMatchObject({
      tier: "key",
      previousTier: "ordinary",
      change: "promoted",
    });
    // The account pushed just past the cut stays key: it is within the hysteresis band.
    expect(r3.rows.find((x) => x.row === 4)).toMatchObject({
      tier: "key",
      previousTier: "key",
      change: "same",
    });
    expect(r3.rows.find((x) => x.row === 4)?.reason).toContain("within 1 place of the key line");
    const log = (await readWorkbook(third)).getWorksheet("Tiering Changes")!;
    expect(log.getRow(2).values).toEqual(
      expect.arrayContaining([20, "Dealer 019", "Ordinary account", "Key account", "Promoted"]),
    );
    // Read by openpyxl: the run's date is a date cell, and the reason wraps in its column, the row as
    // tall as its lines and top-aligned (it ran past the printed page).
    requireReaders();
    const [date, format, wrap, vertical, height, lines] = openpyxlReads<
      [string, string, boolean, string, number | null, number]
    >(
      third,
      "[ws['A2'].value,ws['A2'].number_format,ws['M2'].alignment.wrap_text,ws['M2'].alignment.vertical," +
        "ws.row_dimensions[2].height,len(ws['M2'].value)]",
      { sheet: "Tiering Changes" },
    );
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2} 00:00:00$/);
    expect(format).toBe("yyyy-mm-dd");
    expect([wrap, vertical]).toEqual([true, "top"]);
    expect(lines).toBeGreaterThan(60);
    expect(height).toBeGreaterThanOrEqual(30);
  });

  it("keeps a note a planner typed over (edited in openpyxl), cell for cell, until the cell is cleared", async () => {
    requireReaders();
    const input = await writeWorkbook(path.join(dir, "base.xlsx"), { Base: ledger(30) });
    const first = path.join(dir, "first.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    // A planner writes in the note of row 6, and row 3's revenue changes (its note is the run's to rewrite).
    const edit = (from: string, to: string, note: string | null): string =>
      editedInOpenpyxl(
        from,
        to,
        "ws=wb['Base'];c=[x.value for x in ws[1]].index('Strategy Note')+1;" +
          "ws.cell(6,c).value=(sys.argv[3] or None);ws['B3'].value=29500",
        note ?? "",
      );
    const edited = edit(first, path.join(dir, "edited.xlsx"), "Met the owner in March: rebate agreed");
    const second = path.join(dir, "second.xlsx");
    const report = path.join(dir, "second.json");
    const run = await runCommand([edited, "--out", second, "--report", report]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Row 6: Strategy Note was edited by hand since the last run; your text is kept",
    );
    const found = (await readReport(report)).findings.filter((f) => f.code.startsWith("note."));
    expect(found.map((f) => [f.code, f.row, f.column])).toEqual([["note.editedByHand", 6, "L"]]);
    // The cell is the planner's, element for element as openpyxl wrote it; row 3's note is the run's, new.
    const cellXml = async (file: string, ref: string): Promise<string | undefined> => {
      const zip = await JSZip.loadAsync(await readFile(file));
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];
    };
    expect(await cellXml(second, "L6")).toBe(await cellXml(edited, "L6"));
    expect(await cellXml(second, "L6")).toContain("Met the owner in March");
    const notes = (file: string): (string | null)[] =>
      openpyxlReads<(string | null)[]>(file, "[ws['L3'].value, ws['L6'].value]");
    expect(notes(second)[1]).toBe("Met the owner in March: rebate agreed");
    expect(notes(second)[0]).not.toBe(notes(edited)[0]);
    // Cleared, the next run writes the run's note there again, and says nothing.
    const cleared = edit(second, path.join(dir, "cleared.xlsx"), null);
    const third = path.join(dir, "third.xlsx");
    const report3 = path.join(dir, "third.json");
    expect((await runCommand([cleared, "--out", third, "--report", report3, "--quiet"])).code).toBe(0);
    expect((await readReport(report3)).findings.filter((f) => f.code.startsWith("note."))).toEqual([]);
    expect(notes(third)[1]).toBe(notes(first)[1]);
  });

  it("says what a deleted key account sold at the last run: the change log (read by openpyxl), the watch list, the report", async () => {
    requireReaders();
    const input = await writeWorkbook(path.join(dir, "base.xlsx"), { Base: ledger(30) });
    const first = path.join(dir, "first.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    // A planner deletes Dealer 001, the largest account (30,000), in openpyxl and re-runs.
    const edited = editedInOpenpyxl(first, path.join(dir, "deleted.xlsx"), "wb['Base'].delete_rows(2)");
    const second = path.join(dir, "second.xlsx");
    const report = path.join(dir, "second.json");
    expect((await runCommand([edited, "--out", second, "--report", report, "--quiet"])).code).toBe(0);
    const r = await readReport(report);
    expect(r.removed).toEqual([
      expect.objectContaining({
        name: "Dealer 001",
        previousTier: "key",
        previousRevenue: 30_000,
        previousRank: 1,
      }),
    ]);
    const cells = (sheet: string): unknown[][] =>
      openpyxlReads<unknown[][]>(second, "[list(r) for r in ws.iter_rows(values_only=True)]", { sheet });
    const log = cells("Tiering Changes");
    const header = log[0] as string[];
    const removed = log.find((row) => row[2] === "Dealer 001")!;
    expect(removed[header.indexOf("Change")]).toBe("Removed");
    expect(removed[header.indexOf("Revenue before (¥)")]).toBe(30_000);
    expect(removed[header.indexOf("Score rank before")]).toBe(1);
    expect(removed[header.indexOf("Revenue now (¥)")]).toBeNull();
    expect(cells("Tiering Strategy")).toContainEqual(
      expect.arrayContaining(["Dealer 001", "removed from the sheet (revenue ¥30K at the last run)"]),
    );
  });

  it("keeps a next review a planner typed over (a date set in openpyxl) on the next runs", async () => {
    requireReaders();
    const input = await writeWorkbook(path.join(dir, "reviews.xlsx"), { Base: ledger(30) });
    const first = path.join(dir, "reviews-1.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    const edited = editedInOpenpyxl(
      first,
      path.join(dir, "reviews-edited.xlsx"),
      "ws=wb['Base'];c=[x.value for x in ws[1]].index('Next Review')+1;" +
        "ws.cell(6,c).value=datetime.datetime(2030,1,15);ws.cell(7,c).value='2030-02-01'",
    );
    const second = path.join(dir, "reviews-2.xlsx");
    const report = path.join(dir, "reviews-2.json");
    const run = await runCommand([edited, "--out", second, "--report", report]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Row 6: Next Review was changed by hand to 2030-01-15; it is kept");
    const r = await readReport(report);
    expect(r.rows.find((x) => x.row === 6)?.nextReview).toBe("2030-01-15");
    expect(r.findings.filter((f) => f.code === "review.editedByHand").map((f) => f.row)).toEqual([6, 7]);
    // openpyxl reads the date the planner set, a date still; the next run keeps it without a word.
    const reviewAt = (file: string, row = 6): string =>
      openpyxlReads<string>(
        file,
        `str(ws.cell(${row},[x.value for x in ws[1]].index('Next Review')+1).value)`,
      );
    expect(reviewAt(second)).toBe("2030-01-15 00:00:00");
    // Typed as text, it stays the planner's text: the cell is copied as it is.
    expect(reviewAt(second, 7)).toBe("2030-02-01");
    const third = path.join(dir, "reviews-3.xlsx");
    const report3 = path.join(dir, "reviews-3.json");
    expect((await runCommand([second, "--out", third, "--report", report3, "--quiet"])).code).toBe(0);
    expect(reviewAt(third)).toBe("2030-01-15 00:00:00");
    expect((await readReport(report3)).findings.filter((f) => f.code.startsWith("review."))).toEqual([]);
  });

  it("re-runs with the rules saved in the workbook, and takes --rules over them", async () => {
    const input = await writeWorkbook(path.join(dir, "rules.xlsx"), { R: ledger(20) });
    const rules = path.join(dir, "rules.json");
    await writeFile(rules, JSON.stringify({ tiering: { keyShare: 0.25 } }));
    const first = path.join(dir, "first.xlsx");
    const r1 = path.join(dir, "r1.json");
    expect(
      (await runCommand([input, "--rules", rules, "--out", first, "--report", r1, "--quiet"])).code,
    ).toBe(0);
    expect((await readReport(r1)).summary.tiers.key!.accounts).toBe(5);
    const r2 = path.join(dir, "r2.json");
    expect(
      (await runCommand([first, "--out", path.join(dir, "second.xlsx"), "--report", r2, "--quiet"])).code,
    ).toBe(0);
    expect((await readReport(r2)).summary.tiers.key!.accounts).toBe(5);
  });

  it("takes the sales' currency from the rules where the sheet names none, and keeps it for the re-run", async () => {
    const input = await writeWorkbook(path.join(dir, "usd.xlsx"), { R: ledger(20) });
    const rules = path.join(dir, "usd.json");
    await writeFile(rules, JSON.stringify({ sales: { currency: "USD" } }));
    const first = path.join(dir, "usd-1.xlsx");
    const r1 = path.join(dir, "usd-1.json");
    const run = await runCommand([input, "--rules", rules, "--out", first, "--report", r1, "--lang", "en"]);
    expect(run.code).toBe(0);
    // Chosen, it is not said as a guess; the amounts are in dollars.
    expect(run.stdout).not.toContain("states no currency");
    const report = await readReport(r1);
    expect(report.summary.currency).toBe("USD");
    expect(report.rows[0]?.note).toMatch(/^Sales \$/);
    const r2 = path.join(dir, "usd-2.json");
    expect(
      (await runCommand([first, "--out", path.join(dir, "usd-2.xlsx"), "--report", r2, "--quiet"])).code,
    ).toBe(0);
    expect((await readReport(r2)).summary.currency).toBe("USD");
  });

  it("runs with a rules file's cadence of a fraction of months as whole months, says so, and saves the whole months", async () => {
    const input = await writeWorkbook(path.join(dir, "months.xlsx"), { R: ledger(20) });
    const rules = path.join(dir, "months.json");
    await writeFile(rules, JSON.stringify({ review: { keyMonths: 1.6 } }));
    const first = path.join(dir, "months-1.xlsx");
    const r1 = path.join(dir, "months-1.json");
    const run = await runCommand([input, "--rules", rules, "--out", first, "--report", r1, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Rule review.keyMonths = 1.6: reviews fall on a day of a month, so 2 months are used.",
    );
    expect((await readReport(r1)).summary.tiers.key!.reviewMonths).toBe(2);
    // The workbook keeps the months used: its re-run says nothing more about them.
    const again = await runCommand([first, "--out", path.join(dir, "months-2.xlsx"), "--lang", "en"]);
    expect(again.code).toBe(0);
    expect(again.stdout + again.stderr).not.toContain("review.keyMonths");
  });

  it("picks the active sheet by default and the named sheet with --sheet", async () => {
    const input = await writeWorkbook(
      path.join(dir, "sheets.xlsx"),
      { Notes: [["hello"]], Second: ledger(5), Third: ledger(7) },
      (wb) => {
        wb.views = [{ activeTab: 2 } as ExcelJS.WorkbookView];
      },
    );
    const r = path.join(dir, "r.json");
    expect((await runCommand([input, "--report", r, "--quiet"])).code).toBe(0);
    expect((await readReport(r)).sheet).toBe("Third");
    expect((await runCommand([input, "--sheet", "Second", "--report", r, "--quiet"])).code).toBe(0);
    expect((await readReport(r)).summary.accounts).toBe(5);
    // A sheet's name in another case, or with a stray space, is the same sheet to Excel.
    expect((await runCommand([input, "--sheet", "second ", "--report", r, "--quiet"])).code).toBe(0);
    expect((await readReport(r)).sheet).toBe("Second");
  });

  it("leaves out the customers an ERP's archive (written by openpyxl) marks closed, and counts them on the first line", async () => {
    requireReaders();
    const input = path.join(dir, "u8.xlsx");
    // 用友's 客户档案: 停用日期 passed on rows 4 and 7, to come on row 5.
    execFileSync(PYTHON, [
      "-c",
      "import sys,datetime,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='客户档案'\n" +
        "ws.append(['客户编码','客户名称','停用日期','本年销售额'])\n" +
        "for i in range(8): ws.append(['C%d'%i,'客户%d'%i,{2:datetime.datetime(2024,6,1),5:datetime.datetime(2024,1,5),3:datetime.datetime(2027,1,1)}.get(i),(i+1)*100000])\n" +
        "wb.save(sys.argv[1])",
      input,
    ]);
    const report = path.join(dir, "u8.json");
    const args = [
      input,
      "--out",
      path.join(dir, "u8.tiered.xlsx"),
      "--report",
      report,
      "--as-of",
      "2025-11-30",
    ];
    const zh = await runCommand(args, { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(0);
    expect(zh.stdout.split("\n")[0]).toBe(
      "已对工作表“客户档案”中的 6 家客户分级（另有 2 家已停止合作或停用，未分级）。",
    );
    expect((await readReport(report)).skipped).toEqual([
      { row: 4, reason: "inactive" },
      { row: 7, reason: "inactive" },
    ]);
    const en = await runCommand(args, { LANG: "en_US.UTF-8" });
    expect(en.stdout.split("\n")[0]).toBe(
      "Tiered 6 accounts on sheet '客户档案' (2 more have ended or are no longer in use: not tiered).",
    );
  });

  it("reads an ERP's 销售统计表 with 本期 and 上年同期 merged over 数量 and 金额 (written by openpyxl) by its money", async () => {
    // The title and its dates, then 本期 and 上年同期 merged over 数量 and 金额, 客户编码 and 客户名称
    // merged down both rows; ten customers and a 合计 row of SUM formulas.
    const { out, r } = await tierOpenpyxlMade(
      "erp-periods",
      "import sys,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='销售统计表'\n" +
        "ws.append(['销售统计表']);ws.merge_cells('A1:F1');ws.append(['日期：2025-01-01 至 2025-11-30'])\n" +
        "ws.append(['客户编码','客户名称','本期',None,'上年同期',None]);ws.append([None,None,'数量','金额','数量','金额'])\n" +
        "[ws.merge_cells(r) for r in ('A3:A4','B3:B4','C3:D3','E3:F3')]\n" +
        "for i in range(10): ws.append(['C%d'%i,'客户%d'%i,10*(i+1),100000*(i+1),10*(i+1),80000*(i+1)])\n" +
        "ws.append([None,'合计','=SUM(C5:C14)','=SUM(D5:D14)','=SUM(E5:E14)','=SUM(F5:F14)'])\n" +
        "wb.save(sys.argv[1])",
      "zh_CN.UTF-8",
    );
    // This year's money, last year's money beside it: no rival, no quantities against money.
    expect(r.headerRow).toBe(3);
    expect(r.fields).toMatchObject({
      code: "客户编码",
      name: "客户名称",
      revenue: "本期金额",
      priorRevenue: "上年同期金额",
    });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.revenue])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`客户${i}`, 100_000 * (i + 1)]),
    );
    // Each customer grew by a quarter on the year, said in its note with the title's months.
    expect(r.rows[9]?.note).toMatch(/^1-11月销售额100万元，占18\.2%，同比增长25%；/);
    // The report's cells as they were, read by openpyxl; its merges too.
    expect(
      openpyxlReads<(string | number | null)[][]>(
        out,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=6)]",
        {
          sheet: "销售统计表",
        },
      ).slice(2, 5),
    ).toEqual([
      ["客户编码", "客户名称", "本期", null, "上年同期", null],
      [null, null, "数量", "金额", "数量", "金额"],
      ["C0", "客户0", 10, 100_000, 10, 80_000],
    ]);
    expect(
      openpyxlReads<string[]>(out, "sorted(str(m) for m in ws.merged_cells.ranges)", { sheet: "销售统计表" }),
    ).toEqual(["A1:F1", "A3:A4", "B3:B4", "C3:D3", "E3:F3"]);
  });

  it("tiers QuickBooks' Sales by Customer Summary (as exported, written by openpyxl): our columns beside its Total, its cells as they were", async () => {
    // The company, the report's name and dates, a blank row, a header of a blank cell and "Total", the
    // customers (dollars in the number format), TOTAL and, two rows down, the basis and time it was run.
    const { input, out, r } = await tierOpenpyxlMade(
      "quickbooks",
      "import sys,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='Sales by Customer Summary'\n" +
        "for r in [[\"Craig's Design and Landscaping Services\"],['Sales by Customer Summary'],['January 1 - November 30, 2025'],[],[None,'Total']]: ws.append(r)\n" +
        "names=['Amy Bird Sanctuary','Bill Windsurf Shop','Cool Cars','Dukes Basketball Camp','Freeman Sporting Goods','Geeta Kalapatapu','Jeff Jalopies','Kate Whelan','Mark Cho','Pye Cakes']\n" +
        "for i,n in enumerate(names): ws.append([n,(i+1)*(i+1)*150.25])\n" +
        "ws.append(['TOTAL',sum((i+1)*(i+1)*150.25 for i in range(10))]);ws.append([]);ws.append([])\n" +
        "ws.append(['Accrual basis Monday, December 1, 2025 10:30 AM GMT-08:00'])\n" +
        "for row in ws.iter_rows(min_row=6,min_col=2,max_col=2):\n for c in row: c.number_format='\"$\"#,##0.00'\n" +
        "wb.save(sys.argv[1])",
      "en_US.UTF-8",
    );
    expect(r.fields).toEqual({ name: "", revenue: "Total" });
    expect(r.rows.map((x: { name: string }) => x.name)).toHaveLength(10);
    expect(r.skipped.filter((s: { reason: string }) => s.reason !== "blank")).toEqual([
      { row: 16, reason: "total" },
      { row: 19, reason: "note" },
    ]);
    expect(r.findings.find((f: { code: string }) => f.code === "header.byReportTitle")?.message).toBe(
      "The header names no customer column; by the report's title 'Sales by Customer Summary' (row 2), column A " +
        "is read as the customers and B 'Total' as the sales. If that is wrong, map the columns.",
    );
    // openpyxl reads our columns in the header row beside Total, the notes in dollars and for the title's
    // eleven months, and every cell of the report as it was.
    const [header, first, cells] = openpyxlReads<[unknown[], unknown[], unknown[][]]>(
      out,
      "[[c.value for c in ws[5]][:4], [ws['A15'].value, ws['C15'].value], [[c.value for c in r][:2] for r in ws.iter_rows()]]",
      { sheet: "Sales by Customer Summary" },
    );
    expect(header).toEqual([null, "Total", "Tier", "Importance Score"]);
    expect(first).toEqual(["Pye Cakes", "Key account"]);
    const notes = r.rows.map((x: { note: string }) => x.note).join("\n");
    expect(notes).toContain("Jan-Nov sales $15K");
    expect(notes).not.toContain("¥");
    expect(cells).toEqual(
      openpyxlReads<unknown[][]>(input, "[[c.value for c in r][:2] for r in ws.iter_rows()]", {
        sheet: "Sales by Customer Summary",
      }),
    );
  });

  it("says that sheets with the same header and other accounts (a sheet per region, written by openpyxl) are not tiered with the active one", async () => {
    requireReaders();
    const input = path.join(dir, "regions.xlsx");
    // 华东 active with 12 dealers; 华南 and 华北 with 8 each; 去年 a copy of 华东's; 说明 a note.
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl;wb=openpyxl.Workbook();first=True\n" +
        "for name,n in [('华东',12),('华南',8),('华北',8),('去年',12)]:\n" +
        " ws=wb.active if first else wb.create_sheet(name);ws.title=name;first=False\n" +
        " ws.append(['经销商名称','年销售额（万元）','区域'])\n" +
        " for i in range(n): ws.append([('华东' if name=='去年' else name)+'商贸%02d'%i,(i+1)*10,name])\n" +
        "wb.create_sheet('说明').append(['填表说明：金额单位万元'])\n" +
        "wb.save(sys.argv[1])",
      input,
    ]);
    const out = path.join(dir, "regions.tiered.xlsx");
    const report = path.join(dir, "regions.json");
    const run = await runCommand([input, "--out", out, "--report", report], { LANG: "zh_CN.UTF-8" });
    expect(run.code).toBe(0);
    const message =
      "工作表“华南”、“华北”与“华东”表头相同，另有16行客户，未一并分级：本次重点客户只在“华东”的12家中选出。如这些表是按区域分开记录的同一份经销商名单，请合并到一张表后重新运行。";
    expect(run.stdout).toContain(message);
    const said = (await readReport(report)).findings.filter((f) => f.code === "sheet.sameList");
    expect(said.map((f) => [f.row, f.column, f.message])).toEqual([[1, "A", message]]);
    // A warning, nothing more: the other sheets are as openpyxl wrote them.
    const south = (file: string): unknown =>
      JSON.parse(
        execFileSync(
          PYTHON,
          [
            "-c",
            "import sys,json,openpyxl;ws=openpyxl.load_workbook(sys.argv[1])['华南'];" +
              "print(json.dumps([[c.value for c in r] for r in ws.iter_rows()],ensure_ascii=False))",
            file,
          ],
          { encoding: "utf8" },
        ),
      );
    expect(south(out)).toEqual(south(input));
  });

  it("says which accounts a filter hides (openpyxl's and LibreOffice's files), tiers them with the rest and keeps them hidden", async () => {
    requireReaders();
    const input = path.join(dir, "filtered.xlsx");
    // 12 dealers of 华东 and 华南, filtered to 华东 in openpyxl: the AutoFilter's 华南 rows hidden.
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='经销商'\n" +
        "ws.append(['经销商名称','年销售额（万元）','区域'])\n" +
        "for i in range(12): ws.append(['商贸%02d'%i,(12-i)*10,'华南' if i%3==1 else '华东'])\n" +
        "ws.auto_filter.ref='A1:C13';ws.auto_filter.add_filter_column(2,['华东'])\n" +
        "for r in range(2,14):\n ws.row_dimensions[r].hidden=ws.cell(r,3).value=='华南'\n" +
        "wb.save(sys.argv[1])",
      input,
    ]);
    // LibreOffice writes hidden="true" where openpyxl and Excel write "1".
    const libre = path.join(dir, "libre");
    execFileSync(SOFFICE, ["--headless", "--convert-to", "xlsx", "--outdir", libre, input], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const message =
      "第3、6、9、12行已隐藏（筛选或手动隐藏），仍与其他行一起分级并写入结果：分级是在全部12家经销商中比较得出的，筛选只改变显示。如只想对其中一部分经销商分级，请把这些行复制到一张新表后再运行。";
    for (const file of [input, path.join(libre, "filtered.xlsx")]) {
      const out = `${file}.tiered.xlsx`;
      const report = `${file}.json`;
      const run = await runCommand([file, "--out", out, "--report", report], { LANG: "zh_CN.UTF-8" });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(message);
      const r = await readReport(report);
      const said = r.findings.filter((f) => f.code === "rows.hidden");
      expect(said.map((f) => [f.severity, f.row, f.column, f.message, f.rowHidden])).toEqual([
        ["warning", 3, "A", message, true],
      ]);
      // The report marks the hidden rows, and only those, for a script that reads it.
      expect(r.rows.filter((x) => x.hidden).map((x) => x.row)).toEqual([3, 6, 9, 12]);
      expect(r.rows.filter((x) => "hidden" in x && x.hidden !== true)).toEqual([]);
      // openpyxl reads the same rows hidden in the output, each with its tier written.
      expect(
        openpyxlReads<[number, boolean, string][]>(
          out,
          "[[r, bool(ws.row_dimensions[r].hidden), ws.cell(r,4).value] for r in range(2,14)]",
        ),
      ).toEqual(
        Array.from({ length: 12 }, (_, i) => [i + 2, i % 3 === 1, i === 0 ? "重点客户" : "普通客户"]),
      );
      // The filter, with its criteria set, stays as the user set it: widened, Excel would lose them.
      expect(openpyxlReads<string>(out, "ws.auto_filter.ref")).toBe("A1:C13");
    }
  });

  it("counts another sheet's rows from its first rows and its dimension, or without one, and stops reading there", async () => {
    requireReaders();
    const input = path.join(dir, "big-regions.xlsx");
    // 华南: a title over its header and 5,000 dealers; written again without its <dimension>.
    execFileSync(PYTHON, [
      "-c",
      "import sys,re,zipfile,io,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='华东'\n" +
        "ws.append(['经销商名称','年销售额（万元）'])\n" +
        "for i in range(30): ws.append(['华东商贸%d'%i,i+1])\n" +
        "w=wb.create_sheet('华南');w.append(['2025年华南台账']);w.append([]);w.append(['经销商名称','年销售额（万元）'])\n" +
        "for i in range(5000): w.append(['华南商贸%d'%i,i+1])\n" +
        "wb.save(sys.argv[1])\n" +
        "src=zipfile.ZipFile(sys.argv[1]);buf=io.BytesIO();out=zipfile.ZipFile(buf,'w',zipfile.ZIP_DEFLATED)\n" +
        "for n in src.namelist():\n" +
        " d=src.read(n)\n" +
        " if n=='xl/worksheets/sheet2.xml': d=re.sub(rb'<dimension[^>]*/>',b'',d)\n" +
        " out.writestr(n,d)\n" +
        "out.close();open(sys.argv[2],'wb').write(buf.getvalue())",
      input,
      path.join(dir, "no-dimension.xlsx"),
    ]);
    for (const file of [input, path.join(dir, "no-dimension.xlsx")]) {
      const report = path.join(dir, "big.json");
      expect((await runCommand([file, "--report", report, "--quiet"])).code).toBe(0);
      const said = (await readReport(report)).findings.filter((f) => f.code === "sheet.sameList");
      expect(said.map((f) => f.message)).toEqual([
        "工作表“华南”与“华东”表头相同，另有5,000行客户，未一并分级：本次重点客户只在“华东”的30家中选出。如这些表是按区域分开记录的同一份经销商名单，请合并到一张表后重新运行。",
      ]);
    }
  });

  it("maps columns by hand with --map, and says how when a column cannot be found", async () => {
    const rows = [
      ["Firma", "Umsatz"],
      ...Array.from({ length: 10 }, (_, i) => [`Händler ${i + 1}`, (10 - i) * 1000]),
    ];
    const input = await writeWorkbook(path.join(dir, "german.xlsx"), { Blatt: rows });
    const out = path.join(dir, "german.out.xlsx");
    const refused = await runCommand([input, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/--map name=/);
    const mapped = await runCommand([
      input,
      "--out",
      out,
      "--map",
      "name=Firma",
      "--map=revenue=Umsatz",
      "--lang",
      "en-US",
    ]);
    expect(mapped.code).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet("Blatt")!;
    expect(ws.getCell("C1").value).toBe("Tier");
    expect(ws.getCell("C2").value).toBe("Key account");
    // By column letters, as the help says: the same tiers.
    const byLetter = path.join(dir, "german.letters.xlsx");
    const letters = await runCommand([
      input,
      "--out",
      byLetter,
      "--map",
      "name=A",
      "--map",
      "revenue=b",
      "--lang",
      "en-US",
    ]);
    expect(letters.stderr).toBe("");
    expect(letters.code).toBe(0);
    const wsLetters = (await readWorkbook(byLetter)).getWorksheet("Blatt")!;
    for (let r = 1; r <= 11; r++) expect(wsLetters.getCell(`C${r}`).value).toBe(ws.getCell(`C${r}`).value);
  });

  it("says where the sales column was guessed from the years, or not found, and how to map it", async () => {
    const years = [
      ["Distributor", "2024", "2025", "Region"],
      ...Array.from({ length: 10 }, (_, i) => [
        `Dealer ${i + 1}`,
        (10 - i) * 9000,
        (10 - i) * 10_000,
        "East",
      ]),
    ];
    const input = await writeWorkbook(path.join(dir, "years.xlsx"), { S: years });
    const run = await runCommand([input, "--out", path.join(dir, "years.out.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "No sales header found; '2025', the latest year's column, is taken as this period's sales and '2024' as last year's. Check the column mapping. On the command line: --map revenue=HEADER",
    );
    expect(run.stdout).toMatch(/Key account\s+1\s/);
    const none = await writeWorkbook(path.join(dir, "no-sales.xlsx"), {
      S: [["Distributor", "Region"], ...Array.from({ length: 5 }, (_, i) => [`Dealer ${i + 1}`, "East"])],
    });
    const bare = await runCommand([none, "--out", path.join(dir, "no-sales.out.xlsx")]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain(
      "every account is a prospect, with no sales this period. Map the sales column and run again. On the command line: --map revenue=HEADER",
    );
    // An amount not taken for the sales (a CRM's total since the account began) is named, in the option.
    const crm = await writeWorkbook(path.join(dir, "crm.xlsx"), {
      S: [
        ["Account Name", "Lifetime Amount"],
        ...Array.from({ length: 5 }, (_, i) => [`Dealer ${i + 1}`, 1000 * (i + 1)]),
      ],
    });
    const lifetime = await runCommand([crm, "--out", path.join(dir, "crm.out.xlsx")]);
    expect(lifetime.stdout).toContain(
      "Column B ('Lifetime Amount') holds amounts but does not say they are this period's sales; to tier by it, map it as the sales column and run again. On the command line: --map revenue=\"Lifetime Amount\".",
    );
  });

  it("says how to take the other of two sales columns, by its header or, where both are headed alike, by its letter", async () => {
    const rows = (a: string, b: string) => [
      ["经销商名称", a, b],
      ...Array.from({ length: 12 }, (_, i) => [`经销商${i + 1}`, 50 - i, 60 - i]),
    ];
    const input = await writeWorkbook(path.join(dir, "rivals.xlsx"), {
      S: rows("回款额（万元）", "发货额（万元）"),
    });
    const out = path.join(dir, "rivals.out.xlsx");
    const zh = await runCommand([input, "--out", out], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(
      'C列“发货额（万元）”也像是销售额；已使用B列“回款额（万元）”，C列保持不动。命令行中可用 --map revenue="发货额（万元）" 指定。',
    );
    // Taken as said: the other column is read, and nothing is asked again.
    const taken = await runCommand([input, "--out", out, "--map", "revenue=发货额（万元）"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(taken.code).toBe(0);
    expect(taken.stdout).not.toContain("也像是销售额");
    const alike = await writeWorkbook(path.join(dir, "alike.xlsx"), { S: rows("Sales", "Sales") });
    const en = await runCommand([alike, "--out", path.join(dir, "alike.out.xlsx"), "--lang", "en-US"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      "Column C ('Sales') also looks like the Revenue column; column B ('Sales') is used and column C is left alone. On the command line: --map revenue=\"C\".",
    );
  });

  it("tiers the dealers of a PivotTable LibreOffice made, not its regions' subtotals, in either layout and UI language", async () => {
    requireReaders({ libreofficeUno: true });
    const made: [string, string, string][] = [];
    for (const layout of ["tabular", "top"])
      for (const [lang, env] of [
        ["en", "C.UTF-8"],
        ["zh", "zh_CN.UTF-8"],
      ] as const) {
        const file = path.join(dir, `pivot.${layout}.${lang}.xlsx`);
        libreofficeMakes(file, env, layout);
        made.push([file, layout, lang]);
      }
    for (const [file, layout, lang] of made) {
      // LibreOffice's own words: "华东 Result" / "华东 结果" under each group (tabular), the region's
      // subtotal on its heading row (top), "Total Result" / "合计 结果" last.
      const cells = openpyxlReads<(string | number | null)[][]>(
        file,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=3)]",
        { sheet: "透视表" },
      );
      const grand = lang === "zh" ? "合计 结果" : "Total Result";
      expect(cells.at(-1)).toEqual([grand, null, 13_620_000]);
      // Its regions in the order of its UI language's collation (华北 first in Chinese).
      const sums: Record<string, number> = { 华东: 4_300_000, 华南: 4_540_000, 华北: 4_780_000 };
      const first = String(cells[3]?.[0]);
      if (layout === "top") expect(cells[3]).toEqual([first, null, sums[first]]);
      else expect(cells.some((r) => r[0] === (lang === "zh" ? "华东 结果" : "华东 Result"))).toBe(true);
      const out = `${file}.tiered.xlsx`;
      const report = `${file}.json`;
      const run = await runCommand([file, "--sheet", "透视表", "--out", out, "--report", report], {
        LANG: "zh_CN.UTF-8",
      });
      expect(run.code).toBe(0);
      const r = await readReport(report);
      // The 24 dealers, each in its region; no region tiered as a dealer, no row "without a name".
      expect(r.rows.map((x) => x.name).sort()).toEqual(
        Array.from({ length: 24 }, (_, i) => `经销商${String(i + 1).padStart(2, "0")}`),
      );
      expect(r.rows.find((x) => x.name === "经销商05")).toMatchObject({ region: "华东", revenue: 1_400_000 });
      expect(r.rows.find((x) => x.name === "经销商21")).toMatchObject({ region: "华北", revenue: 1_460_000 });
      expect(
        r.rows
          .filter((x) => x.tier === "key")
          .map((x) => x.name)
          .sort(),
      ).toEqual(["经销商13", "经销商21"]);
      // One warning: the tiers written beside the pivot's rows stay put when it is refreshed; its source,
      // from its cache (worksheetSource), is named to tier instead.
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([
        {
          code: "output.pivotTable",
          severity: "warning",
          row: 3,
          column: "A",
          message:
            "读取的行是数据透视表“销售透视”（A3:C31）：分级列写在透视表旁边，刷新透视表、增减字段或重新排序后，透视表的行会移动，" +
            "分级列却不动，分级就对不上经销商了。建议对透视表的源数据分级（台账!A1:C25）；或把透视表复制后“选择性粘贴—数值”到新工作表，再对新表运行。",
        },
      ]);
      const said = (code: string) => r.findings.filter((f) => f.code === code).map((f) => f.row);
      // The three regions' headings a note each; in the tabular layout, their three results and the grand
      // total's, four in one column, one note.
      expect([said("row.groupHead").length, said("row.total").length, said("rows.totals").length]).toEqual(
        layout === "top" ? [3, 1, 0] : [0, 0, 1],
      );
      // openpyxl reads the tier on the dealers' rows only, and the pivot's cells as LibreOffice wrote them.
      const tiered = openpyxlReads<(string | number | null)[][]>(
        out,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=4)]",
        { sheet: "透视表" },
      );
      expect(tiered.map((row) => row.slice(0, 3))).toEqual(cells);
      // No sheet filter laid over the pivot.
      expect(openpyxlReads<string | null>(out, "ws.auto_filter.ref", { sheet: "透视表" })).toBeNull();
      const rows = tiered.slice(3);
      expect(rows.filter((row) => row[1] !== null).every((row) => typeof row[3] === "string")).toBe(true);
      expect(rows.filter((row) => row[1] === null).map((row) => row[3])).toEqual(
        rows.filter((row) => row[1] === null).map(() => null),
      );
    }
  });

  it("stops on a LibreOffice pivot's count or average of the sales, and says to sum them", async () => {
    requireReaders({ libreofficeUno: true });
    for (const [fn, env, caption] of [
      ["count", "zh_CN.UTF-8", "数值计数 - 销售额"],
      ["average", "C.UTF-8", "Average - 销售额"],
    ] as const) {
      const file = path.join(dir, `pivot.${fn}.xlsx`);
      libreofficeMakes(file, env, "tabular", fn);
      // LibreOffice's own caption for the data field, in its UI language.
      expect(openpyxlReads<string>(file, "ws['C3'].value", { sheet: "透视表" })).toBe(caption);
      // The run stops with the remedy, on one line, and writes nothing.
      const out = `${file}.tiered.xlsx`;
      const run = await runCommand([file, "--sheet", "透视表", "--out", out], { LANG: "zh_CN.UTF-8" });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `C列“${caption}”是数据透视表对销售额的${fn === "count" ? "计数（每家的笔数）" : "平均值（每笔的平均金额）"}，不是销售额。请在透视表中把该值字段的汇总方式改为“求和”（值字段设置 > 求和），再运行。未写入任何内容。`,
      );
      expect(existsSync(out)).toBe(false);
    }
  });

  it("tiers the dealers of a ledger LibreOffice subtotalled by region, by any function, in either UI language", async () => {
    requireReaders({ libreofficeUno: true });
    // Data > Subtotals on the ledger itself: "华东 Sum" / "华东 求和" (or 平均值, 数值计数) under each region,
    // "Grand Sum" / "总计 求和" last, in the region column, the dealer blank. Each was a row without a name.
    for (const [fn, lang, env, word] of [
      ["sum", "en", "C.UTF-8", "Sum"],
      ["sum", "zh", "zh_CN.UTF-8", "求和"],
      ["average", "zh", "zh_CN.UTF-8", "平均值"],
      ["count", "en", "C.UTF-8", "Count"],
    ] as const) {
      const file = path.join(dir, `subtotals.${fn}.${lang}.xlsx`);
      libreofficeMakes(file, env, `subtotals-${fn}`);
      const cells = openpyxlReads<(string | number | null)[][]>(
        file,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=3)]",
        { sheet: "台账" },
      );
      // Its regions in the order of its UI language's collation (华北 first in Chinese).
      expect(cells[9]).toEqual([
        `${String(cells[1]?.[0])} ${word}`,
        null,
        `=SUBTOTAL(${{ sum: 9, average: 1, count: 3 }[fn]},$C$2:$C$9)`,
      ]);
      const out = `${file}.tiered.xlsx`;
      const report = `${file}.json`;
      const run = await runCommand([file, "--out", out, "--report", report], { LANG: "zh_CN.UTF-8" });
      expect(run.code).toBe(0);
      const r = await readReport(report);
      expect(r.rows).toHaveLength(24);
      expect(r.rows.find((x) => x.name === "经销商21")).toMatchObject({ region: "华北", revenue: 1_460_000 });
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
      // The three regions' subtotals and the grand total, said in one note where they are written, by its
      // column's letter and header.
      expect(r.findings.filter((f) => f.code.startsWith("row"))).toEqual([
        expect.objectContaining({ code: "rows.totals", row: 10, column: "A", header: "大区" }),
      ]);
      expect(r.findings.find((f) => f.code === "rows.totals")?.message).toBe(
        `第10-29行：大区中有4个合计或分类汇总行（第10行“${String(cells[9]?.[0])}”、第19行“${String(cells[18]?.[0])}”、第28行“${String(cells[27]?.[0])}”等），不是经销商，不参与分级。`,
      );
      // openpyxl reads the ledger's cells as LibreOffice wrote them, its SUBTOTAL formulas too, and no tier
      // beside a subtotal.
      const tiered = openpyxlReads<(string | number | null)[][]>(
        out,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=4)]",
        { sheet: "台账" },
      );
      expect(tiered.map((row) => row.slice(0, 3))).toEqual(cells);
      expect([9, 18, 27, 28].map((k) => tiered[k]?.[3])).toEqual([null, null, null, null]);
    }
  });

  it("tiers the dealers of a list of sales lines LibreOffice subtotalled by dealer, by any function, as their sums", async () => {
    requireReaders({ libreofficeUno: true });
    // Data > Subtotals at each change in the dealer, over two lines a dealer: "经销商01 Count" / "经销商01
    // 数值计数" (or Sum, 平均值, Max) under its lines in the dealer column, "Grand Count" / "总计 数值计数"
    // last. Each line was an account, each summary one more (73 in all, "Grand Sum" the largest).
    for (const [fn, env, word, grand] of [
      ["count", "C.UTF-8", "Count", "Grand Count"],
      ["count", "zh_CN.UTF-8", "数值计数", "总计 数值计数"],
      ["sum", "zh_CN.UTF-8", "求和", "总计 求和"],
      ["average", "C.UTF-8", "Average", "Grand Average"],
      ["max", "zh_CN.UTF-8", "最大值", "总计 最大值"],
    ] as const) {
      const file = path.join(dir, `lines.${fn}.${env}.xlsx`);
      libreofficeMakes(file, env, `lines-subtotals-${fn}`);
      const cells = openpyxlReads<(string | number | null)[][]>(
        file,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=3)]",
        { sheet: "台账" },
      );
      // LibreOffice's own words in the dealer column, the dealer's two lines above.
      const code = { sum: 9, average: 1, count: 3, max: 4 }[fn];
      expect(cells.slice(1, 4)).toEqual([
        ["华东", "经销商01", 372_000],
        ["华东", "经销商01", 558_000],
        [null, `经销商01 ${word}`, `=SUBTOTAL(${code},$C$2:$C$3)`],
      ]);
      expect(cells.at(-1)).toEqual([null, grand, `=SUBTOTAL(${code},$C$2:$C$72)`]);
      const out = `${file}.tiered.xlsx`;
      const report = `${file}.json`;
      const run = await runCommand([file, "--out", out, "--report", report], { LANG: "zh_CN.UTF-8" });
      expect(run.code).toBe(0);
      const r = await readReport(report);
      // 24 dealers, each with its two lines' sum, in its region; no warning.
      expect(r.rows).toHaveLength(24);
      expect(r.rows[0]).toMatchObject({ name: "经销商01", region: "华东", revenue: 930_000 });
      expect(r.rows.find((x) => x.name === "经销商21")).toMatchObject({ region: "华北", revenue: 1_460_000 });
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
      // The 24 dealers over their lines said in one note, not one a dealer and one a summary row; the
      // grand summary on its own.
      expect(r.findings.map((f) => [f.code, f.row])).toEqual([
        ["rows.subAccounts", 2],
        ["row.total", 74],
      ]);
      // openpyxl reads every cell LibreOffice wrote back as it was, its SUBTOTAL formulas too; the tier
      // is on each dealer's first line, none beside a summary.
      const tiered = openpyxlReads<(string | number | null)[][]>(
        out,
        "[[c.value for c in r] for r in ws.iter_rows(max_col=4)]",
        { sheet: "台账" },
      );
      expect(tiered.map((row) => row.slice(0, 3))).toEqual(cells);
      expect(tiered[1]?.[3]).toEqual(expect.any(String));
      expect(tiered.filter((row) => /\s/.test(String(row[1])) && row[3] !== null)).toEqual([]);
    }
  });

  it("notes a city beside the province as another level of place, with how to sum the regions by it", async () => {
    const input = await writeWorkbook(path.join(dir, "levels.xlsx"), {
      S: [
        ["经销商名称", "省份", "城市", "年销售额（万元）"],
        ...Array.from({ length: 12 }, (_, i) => [
          `经销商${i + 1}`,
          i % 2 ? "浙江" : "江苏",
          `市${i}`,
          50 - i,
        ]),
      ],
    });
    const zh = await runCommand([input, "--out", path.join(dir, "levels.out.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(
      '区域按B列“省份”汇总；C列“城市”是另一级地域，保持不动。如要按C列汇总，请在列映射中改选。命令行中可用 --map region="城市" 指定。',
    );
    expect(zh.stdout).not.toContain("也像是区域");
  });

  it("follows a column mapped by letter when a column inserted since moves it, and stops where it is gone", async () => {
    requireReaders();
    const input = await writeWorkbook(path.join(dir, "letters.xlsx"), {
      S: [
        ["Dealer", "Sales", "Sales"],
        ...Array.from({ length: 12 }, (_, i) => [`D${i + 1}`, 50 - i, 600 - i]),
      ],
    });
    const first = path.join(dir, "letters.out.xlsx");
    expect((await runCommand([input, "--out", first, "--map", "revenue=C", "--lang", "en-US"])).code).toBe(0);
    // A planner inserts a column before B (with openpyxl, another writer), and runs again on the saved
    // mapping: column C now holds the first Sales, and the second, the one chosen, is read from D.
    const moved = path.join(dir, "letters.moved.xlsx");
    const edit = (script: string, from: string, to: string) =>
      execFileSync(PYTHON, [
        "-c",
        `import sys,openpyxl;wb=openpyxl.load_workbook(sys.argv[1]);ws=wb['S'];${script};wb.save(sys.argv[2])`,
        from,
        to,
      ]);
    edit("ws.insert_cols(2);ws['B1']='Code'", first, moved);
    const report = path.join(dir, "letters.json");
    const again = await runCommand(
      [moved, "--out", path.join(dir, "letters.again.xlsx"), "--report", report],
      {
        LANG: "en_US.UTF-8",
      },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "Revenue is read from column D, the second column headed 'Sales', as chosen (it was column C): columns have been inserted or moved since.",
    );
    const read = JSON.parse(await readFile(report, "utf8")) as Report;
    expect(read.rows.map((r) => r.revenue).slice(0, 2)).toEqual([600, 599]);
    // Another field mapped by hand on the next run: the saved sales column stays; "revenue=" undoes it.
    const next = async (args: string[]) => {
      const r = await runCommand([
        path.join(dir, "letters.again.xlsx"),
        "--out",
        path.join(dir, "letters.next.xlsx"),
        "--report",
        report,
        ...args,
      ]);
      expect(r.code).toBe(0);
      return (JSON.parse(await readFile(report, "utf8")) as Report).rows
        .map((row) => row.revenue)
        .slice(0, 2);
    };
    expect(await next(["--map", "code=Code"])).toEqual([600, 599]);
    expect(await next(["--map", "code=Code", "--map", "revenue="])).toEqual([50, 49]);
    // The second Sales renamed: the column is gone, the run stops, and says how to choose it.
    const gone = path.join(dir, "letters.gone.xlsx");
    edit("ws['D1']='Sales (old)'", moved, gone);
    const stopped = await runCommand([gone, "--out", path.join(dir, "letters.stopped.xlsx")], {
      LANG: "zh_CN.UTF-8",
    });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(
      "销售额上次指定为C列（第2个表头为“Sales”的列），现在表头为“Sales”的列只有1个：请重新指定销售额所在的列。命令行中可用 --map revenue=表头 指定",
    );
    expect(existsSync(path.join(dir, "letters.stopped.xlsx"))).toBe(false);
  });

  it("stops a re-run whose sales header was retitled in another tool, writing nothing, and says how to map it", async () => {
    // The planner retitles Revenue (B1) in openpyxl: tiered anyway, all 30 accounts were demoted.
    const edited = await tieredThenEdited("retitled", "wb['S']['B1'].value='Col 2'");
    const out = path.join(dir, "retitled.again.xlsx");
    expect(await stoppedOn(edited, out, "zh_CN.UTF-8")).toMatch(
      /^上次分级（\d{4}-\d{2}-\d{2}）是按销售额分的，本次却未找到销售额列（表头可能改过或列已删除）：照此分级，重点客户将全部降级，因此本次不分级。请指定销售额列，或把表头改回原样后重新运行。命令行中可用 --map revenue=表头 指定/m,
    );
    // Mapped, it runs, and compares with the last run.
    const mapped = await runCommand([edited, "--out", out, "--map", "revenue=Col 2"], {
      LANG: "en_US.UTF-8",
    });
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toMatch(/Since the last run: no change, all 30 accounts kept their tier\./);
  });

  it("stops a re-run whose sales were cleared in another tool, writing nothing, and runs once they are back", async () => {
    // A new year's copy, Revenue (B) emptied in openpyxl: tiered anyway, all 3 key accounts were demoted.
    const edited = await tieredThenEdited(
      "cleared",
      "for r in range(2, 32): wb['S'].cell(r, 2).value = None",
    );
    const out = path.join(dir, "cleared.again.xlsx");
    expect(await stoppedOn(edited, out, "en_US.UTF-8")).toMatch(
      /^The last run \(\d{4}-\d{2}-\d{2}\) tiered by sales, but no row of column B \('Revenue'\) has sales above zero now/m,
    );
    // Half of them typed in again: still stopped, counted, the first blank row named.
    const half = editedInOpenpyxl(
      edited,
      path.join(dir, "cleared.half.xlsx"),
      "for r in range(2, 32, 2): wb['S'].cell(r, 2).value = (32 - r) * 1000",
    );
    expect(await stoppedOn(half, out, "zh_CN.UTF-8")).toMatch(
      /^上次分级（\d{4}-\d{2}-\d{2}）有销售额的30家客户中，本次有15家的“Revenue”为空（第一个在第3行）：照此分级，它们都将按本期无销售降级，因此本次不分级。/m,
    );
    // The sales filled in again, it runs and compares with the last run.
    const filled = editedInOpenpyxl(
      edited,
      path.join(dir, "cleared.filled.xlsx"),
      "for r in range(2, 32): wb['S'].cell(r, 2).value = (32 - r) * 1000",
    );
    const again = await runCommand([filled, "--out", out], { LANG: "en_US.UTF-8" });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Since the last run: no change, all 30 accounts kept their tier\./);
  });

  it("says a column the last run read that was retitled in another tool, with the option to map it", async () => {
    const edited = await tieredThenEdited("gone", "wb['S']['C1'].value = 'Zone 9'");
    const out = path.join(dir, "gone.again.xlsx");
    const again = await runCommand([edited, "--out", out], { LANG: "en_US.UTF-8" });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "The last run read column 'Region', which is not found now (its header changed, or the column was deleted): this run is tiered without it. If the column is still there, map it and run again.",
    );
    expect(again.stdout).toMatch(/--map region=/);
  });

  it("writes only the columns a rules file leaves on, and clears one turned off since the last run", async () => {
    requireReaders();
    const headers = (file: string): (string | null)[] =>
      openpyxlReads(file, "[c.value for c in ws[1]]", { sheet: "S" });
    const input = await writeWorkbook(path.join(dir, "off.xlsx"), { S: ledger(30) });
    const first = path.join(dir, "off.tiered.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    const wrote = headers(first);
    expect(wrote).toContain("Tier Reason");
    const rules = path.join(dir, "off.rules.json");
    await writeFile(rules, JSON.stringify({ output: { reason: false, score: false } }));
    const out = path.join(dir, "off.again.xlsx");
    const report = path.join(dir, "off.json");
    const again = await runCommand([first, "--out", out, "--rules", rules, "--report", report], {
      LANG: "en_US.UTF-8",
    });
    expect(again.code).toBe(0);
    // In place, headers kept, every cell under them empty; the other columns written as before.
    expect(headers(out)).toEqual(wrote);
    const at = (h: string): number => wrote.indexOf(h) + 1;
    const column = (file: string, h: string) =>
      openpyxlReads<(string | number | null)[]>(file, `[ws.cell(r, ${at(h)}).value for r in range(2, 32)]`, {
        sheet: "S",
      });
    expect(column(first, "Tier Reason").every((v) => typeof v === "string" && v !== "")).toBe(true);
    expect(column(out, "Tier Reason")).toEqual(Array(30).fill(null));
    expect(column(out, "Importance Score")).toEqual(Array(30).fill(null));
    expect(column(out, "Tier")).toEqual(column(first, "Tier"));
    expect(column(out, "Strategy Note").every((v) => typeof v === "string" && v !== "")).toBe(true);
    const said = (await readReport(report)).findings.filter((f) => f.code === "output.off");
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toMatch(
      /^The rules no longer write 'Importance Score' \(column [A-Z]+\) and 'Tier Reason'/,
    );
    expect(again.stdout).toContain("The rules no longer write 'Importance Score'");
    // LibreOffice reads the same: the reasons gone, the notes there.
    const csvDir = path.join(dir, "off.csv");
    execFileSync(SOFFICE, ["--headless", "--convert-to", "csv", "--outdir", csvDir, out], {
      stdio: "ignore",
    });
    const csv = readFileSync(path.join(csvDir, "off.again.csv"), "utf8").split(/\r?\n/);
    expect(csv[0]).toContain("Tier Reason");
    expect(csv.slice(1).join("\n")).not.toMatch(/Score \d+(\.\d)?, place/);
    // A first run with the rules file writes neither.
    const fresh = path.join(dir, "off.fresh.xlsx");
    expect((await runCommand([input, "--out", fresh, "--rules", rules, "--quiet"])).code).toBe(0);
    expect(headers(fresh)).toEqual(wrote.filter((h) => h !== "Tier Reason" && h !== "Importance Score"));
  });

  it("leaves out a column of ours deleted in another tool, says so in the report, and writes it where its header is typed back", async () => {
    const headers = (file: string): (string | null)[] =>
      openpyxlReads(file, "[c.value for c in ws[1]]", { sheet: "S" });
    // The planner deletes the note column in openpyxl: it came back at the right end on the next run.
    const edited = await tieredThenEdited(
      "dropped",
      "ws = wb['S']; ws.delete_cols([c.value for c in ws[1]].index('Strategy Note') + 1)",
    );
    const wrote = headers(path.join(dir, "dropped.tiered.xlsx"));
    expect(wrote).toContain("Strategy Note");
    const out = path.join(dir, "dropped.again.xlsx");
    const report = path.join(dir, "dropped.json");
    expect((await runCommand([edited, "--out", out, "--report", report], { LANG: "en_US.UTF-8" })).code).toBe(
      0,
    );
    expect(headers(out)).toEqual(wrote.filter((h) => h !== "Strategy Note"));
    expect((await readReport(report)).findings.filter((f) => f.code === "output.dropped")).toEqual([
      expect.objectContaining({
        severity: "info",
        message: expect.stringMatching(
          /^The 'Strategy Note' column written by the last run is no longer on the sheet/,
        ),
      }),
    ]);
    // Typed back two columns right of ours, it is written there, with a note on every row.
    const back = editedInOpenpyxl(
      out,
      path.join(dir, "dropped.back.xlsx"),
      `ws=wb['S']; ws.cell(1, ws.max_column + 2).value = 'Strategy Note'`,
    );
    const last = path.join(dir, "dropped.last.xlsx");
    expect((await runCommand([back, "--out", last, "--quiet"])).code).toBe(0);
    const notes = openpyxlReads<(string | null)[]>(
      last,
      "[ws.cell(r, ws.max_column).value for r in range(1, 32)]",
      { sheet: "S" },
    );
    expect(notes[0]).toBe("Strategy Note");
    expect(notes.slice(1).every((n) => typeof n === "string" && n.length > 10)).toBe(true);
    expect(headers(last).filter((h) => h === "Strategy Note")).toHaveLength(1);
  });

  it("carries a tiered sheet renamed in another tool on: its columns updated in place, compared with the last run", async () => {
    const input = await writeWorkbook(path.join(dir, "renamed.xlsx"), { S: ledger(30) });
    const first = path.join(dir, "renamed.tiered.xlsx");
    expect((await runCommand([input, "--out", first, "--quiet"])).code).toBe(0);
    const renamed = editedInOpenpyxl(first, path.join(dir, "renamed.2026.xlsx"), "wb['S'].title='S 2026'");
    const out = path.join(dir, "renamed.again.xlsx");
    const again = await runCommand([renamed, "--out", out], { LANG: "en_US.UTF-8" });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "Sheet 'S', tiered last time, is now 'S 2026': its tier columns and the last run carry on under the new name.",
    );
    expect(again.stdout).toMatch(/Since the last run: no change, all 30 accounts kept their tier\./);
    // The same columns as the first run wrote, none added, as openpyxl reads them.
    const widths = JSON.parse(
      execFileSync(
        PYTHON,
        [
          "-c",
          "import sys,json,openpyxl;a=openpyxl.load_workbook(sys.argv[1])['S'];b=openpyxl.load_workbook(sys.argv[2])['S 2026'];print(json.dumps([a.max_column,b.max_column,[c.value for c in a[1]]==[c.value for c in b[1]]]))",
          first,
          out,
        ],
        { encoding: "utf8" },
      ),
    ) as unknown[];
    expect(widths[0]).toBe(widths[1]);
    expect(widths[2]).toBe(true);
  });

  it("names the field to map when a mapped header is not there, in the terminal's language", async () => {
    const input = await writeWorkbook(path.join(dir, "mapped.xlsx"), { S: ledger(5) });
    const args = [input, "--out", path.join(dir, "mapped.out.xlsx"), "--map", "revenue=Umsatz"];
    const en = await runCommand([...args], { LANG: "en_US.UTF-8" });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(
      /The column 'Umsatz' chosen for .+ is not in the header row\. On the command line: --map revenue=HEADER /,
    );
    const zh = await runCommand([...args], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(1);
    // Chinese sentences follow each other without a space.
    expect(zh.stderr).toMatch(/不在表头中。命令行中可用 --map revenue=表头 指定/);
    // With the findings meant for a report only (--quiet), the error still speaks the terminal's language.
    const report = path.join(dir, "mapped.json");
    const quiet = await runCommand([...args, "--quiet", "--report", report], { LANG: "zh_CN.UTF-8" });
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(/不在表头中。命令行中可用 --map revenue=表头 指定/);
    expect(existsSync(report)).toBe(false);
  });

  it("says in one line when the data reaches Excel's last column, and writes nothing", async () => {
    const input = await writeWorkbook(path.join(dir, "xfd.xlsx"), { S: ledger(5) }, (wb) => {
      wb.getWorksheet("S")!.getCell("XFD1").value = "far";
    });
    const out = path.join(dir, "xfd.out.xlsx");
    const run = await runCommand([input, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/last column/);
    expect(existsSync(out)).toBe(false);
  });

  it("finds a header 40 rows down, under titles and blank rows", async () => {
    const rows = [["Distributor ledger"], ...Array.from({ length: 39 }, () => []), ...ledger(8)];
    const input = await writeWorkbook(path.join(dir, "low.xlsx"), { S: rows });
    const report = path.join(dir, "low.json");
    const run = await runCommand([input, "--out", path.join(dir, "low.out.xlsx"), "--report", report]);
    expect(run.code).toBe(0);
    expect((await readReport(report)).headerRow).toBe(41);
  });

  it("reads a row of units under the header (万元, %, 年), writes beside it, and re-runs on its output", async () => {
    const rows: (string | number | null)[][] = [
      ["经销商名称", "销售额", "同比增长", "合作年限"],
      ["单位", "万元", "%", "年"],
    ];
    for (let i = 0; i < 10; i++) rows.push([`经销商${i + 1}`, 200 - 15 * i, 10 - i, 1 + i]);
    const input = await writeWorkbook(path.join(dir, "units.xlsx"), { 台账: rows });
    const out = path.join(dir, "units.out.xlsx");
    const report = path.join(dir, "units.json");
    const first = await runCommand([input, "--out", out, "--report", report, "--as-of", "2025-11-30"]);
    expect(first.code).toBe(0);
    const r = await readReport(report);
    // 200 (万元) was ¥200, and the units' row a distributor without a name.
    expect(r.rows[0]).toMatchObject({ row: 3, name: "经销商1", revenue: 2_000_000, tier: "key" });
    expect(r.skipped).toEqual([]);
    const ws = (await readWorkbook(out)).getWorksheet("台账")!;
    // Our headers stand on the header's last row, the units', over the data and its filter.
    expect(ws.getCell("E2").value).toBe("渠道分级");
    expect(ws.getCell("E3").value).toBe("重点客户");
    const again = path.join(dir, "units.again.xlsx");
    const second = await runCommand([out, "--out", again, "--report", report, "--as-of", "2025-12-30"]);
    expect(second.code).toBe(0);
    const r2 = await readReport(report);
    expect(r2.rows[0]).toMatchObject({ row: 3, revenue: 2_000_000, change: "same" });
    const ws2 = (await readWorkbook(again)).getWorksheet("台账")!;
    expect(ws2.getCell("E2").value).toBe("渠道分级");
    expect(ws2.actualColumnCount).toBe(ws.actualColumnCount);
  });

  it("keeps every backup with --in-place, the file's mode and its symlink", async () => {
    const input = await writeWorkbook(path.join(dir, "modes.xlsx"), { S: ledger(5) });
    await chmod(input, 0o600);
    const link = path.join(dir, "modes-link.xlsx");
    await symlink(input, link);
    const original = await readFile(input);
    expect((await runCommand([link, "--in-place"])).code).toBe(0);
    expect((await runCommand([link, "--in-place"])).code).toBe(0);
    // The first backup is the original; the second run's backup is the first run's output.
    expect(await readFile(path.join(dir, "modes-link.bak.xlsx"))).toEqual(original);
    expect(existsSync(path.join(dir, "modes-link.bak-2.xlsx"))).toBe(true);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await stat(input)).mode & 0o777).toBe(0o600);
    expect((await readWorkbook(input)).getWorksheet("S")!.getCell("D1").value).toBe("Tier");
  });

  it("reads an ERP's credit limit against the balance owed: the cell, the note and the report say it", async () => {
    const rows: (string | number)[][] = [
      ["客户名称", "本年销售额（元）", "资信等级", "信用额度（万元）", "应收余额（元）"],
    ];
    for (let i = 0; i < 12; i++)
      rows.push([`客户${i + 1}`, 100_000 * (12 - i), "A", 50, i === 3 ? 1_200_000 : 100_000]);
    const input = await writeWorkbook(path.join(dir, "limit.xlsx"), { 客户: rows });
    const out = path.join(dir, "limit.out.xlsx");
    const report = path.join(dir, "limit.json");
    expect((await runCommand([input, "--out", out, "--report", report, "--quiet"])).code).toBe(0);
    const r = await readReport(report);
    expect(r.rows[3]).toMatchObject({ name: "客户4", credit: "D", overLimit: 1.4 });
    expect(r.rows[0]).not.toHaveProperty("overLimit");
    const ws = (await readWorkbook(out)).getWorksheet("客户")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const creditAt = header.indexOf("资信状况分类");
    const noteAt = header.indexOf("策略建议");
    expect(ws.getCell(5, creditAt).value).toBe("D（超信用额度140%）");
    expect(String(ws.getCell(5, noteAt).value)).toContain("资信D（超信用额度140%）：现款现货，停止新增授信");
  });

  it("refuses --in-place on a workbook open in Excel or LibreOffice, and says a new file was read from what is saved", async () => {
    const input = await writeWorkbook(path.join(dir, "open.xlsx"), { S: ledger(5) });
    // Excel's owner file beside the workbook it has open (165 bytes, the user's name).
    await writeFile(path.join(dir, "~$open.xlsx"), Buffer.alloc(165, 0x20));
    const before = await readFile(input);
    const inPlace = await runCommand([input, "--in-place", "--quiet"]);
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr.trim().split("\n")).toHaveLength(1);
    expect(inPlace.stderr).toMatch(
      /is open in Excel \(its lock file .*~\$open\.xlsx is beside it\).*Nothing was written\./,
    );
    expect(await readFile(input)).toEqual(before);
    expect(existsSync(path.join(dir, "open.bak.xlsx"))).toBe(false);
    // Written to a new file: done, and said even with --quiet (unsaved edits are not in what was read).
    const out = path.join(dir, "open.out.xlsx");
    const copy = await runCommand([input, "--out", out, "--quiet"]);
    expect(copy.code).toBe(0);
    expect(copy.stderr).toMatch(/^Note: .*open\.xlsx is open in Excel .*without unsaved changes\.\n$/);
    expect((await readWorkbook(out)).getWorksheet("S")!.getCell("D1").value).toBe("Tier");
    // LibreOffice's lock file says the same of it.
    const other = await writeWorkbook(path.join(dir, "calc.xlsx"), { S: ledger(5) });
    await writeFile(
      path.join(dir, ".~lock.calc.xlsx#"),
      ",wang,host,01.12.2026 12:00,file:///home/wang/.config/libreoffice/4;",
    );
    const calc = await runCommand([other, "--in-place"]);
    expect(calc.code).toBe(1);
    expect(calc.stderr).toMatch(
      /calc\.xlsx is open in LibreOffice \(its lock file .*\.~lock\.calc\.xlsx# is beside it\)/,
    );
  });

  it.each([
    ["--out is the input", (i: string) => ["--out", i], /is the input file/],
    ["--report is the input", (i: string) => ["--report", i], /would overwrite/],
    [
      "--report is --out",
      (_i: string, d: string) => ["--out", path.join(d, "same.xlsx"), "--report", path.join(d, "same.xlsx")],
      /would overwrite/,
    ],
    [
      "--report into a missing folder",
      (_i: string, d: string) => ["--report", path.join(d, "nope", "r.json")],
      /does not exist/,
    ],
  ])("refuses before reading anything when %s", async (_what, extra, message) => {
    const input = await writeWorkbook(path.join(dir, "collide.xlsx"), { S: ledger(5) });
    const before = await readFile(input);
    const run = await runCommand([input, ...extra(input, dir)]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(await readFile(input)).toEqual(before);
    expect(existsSync(path.join(dir, "same.xlsx"))).toBe(false);
  });

  it("keeps a backup with --in-place, and keeps the workbook's images through it", async () => {
    const input = await writeWorkbook(path.join(dir, "inplace.xlsx"), { S: ledger(5) });
    const run = await runCommand([input, "--in-place"]);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, "inplace.bak.xlsx"))).toBe(true);
    expect((await readWorkbook(input)).getWorksheet("S")!.getCell("D1").value).toBe("Tier");

    const withImage = await writeWorkbook(path.join(dir, "img.xlsx"), { S: ledger(5) }, (wb) => {
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64",
      );
      const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
      wb.getWorksheet("S")!.addImage(id, "F2:G4");
    });
    const before = await readFile(withImage);
    const kept = await runCommand([withImage, "--in-place", "--quiet"]);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toBe("");
    // The original is the backup, byte for byte; the image and its drawing are in the tiered file.
    expect(await readFile(path.join(dir, "img.bak.xlsx"))).toEqual(before);
    const zip = await JSZip.loadAsync(await readFile(withImage));
    const media = Object.keys(zip.files).filter((n) => n.startsWith("xl/media/") && !n.endsWith("/"));
    expect(media).toHaveLength(1);
    expect(Object.keys(zip.files).some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);
  });
});

describe("--remove-tiering", () => {
  it("in place, after a planner's edits: a backup first; their cells and row heights kept, the run's gone (openpyxl reads it)", async () => {
    requireReaders();
    const input = await writeWorkbook(path.join(dir, "ledger.xlsx"), { S: ledger(30) });
    const tiered = path.join(dir, "ledger.tiered.xlsx");
    expect((await runCommand([input, "--out", tiered, "--quiet"])).code).toBe(0);
    // The planner renames a distributor, sets row 5 to 40 points, and adds a sheet of their own.
    const edited = editedInOpenpyxl(
      tiered,
      path.join(dir, "edited.xlsx"),
      "ws = wb['S']\nws['A3'] = 'Renamed Dealer'\nws.row_dimensions[5].height = 40\nwb.create_sheet('Mine')['A1'] = 'kept'",
    );
    // The run gave rows heights for its wrapped notes (this shows the removal takes them back).
    const given = openpyxlReads<(number | null)[]>(
      tiered,
      "[ws.row_dimensions[r].height for r in range(1, 32)]",
      { sheet: "S" },
    );
    expect(given.filter((h) => h !== null).length).toBeGreaterThan(10);
    const run = await runCommand([edited, "--remove-tiering", "--in-place", "--lang", "zh"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^已撤销分级：清除了工作表“S”上的 \d+\u00a0列，删除了工作表“Tiering Strategy”“Tiering Changes”，移除了保存的分级数据。\n/,
    );
    expect(existsSync(path.join(dir, "edited.bak.xlsx"))).toBe(true);
    const read = openpyxlReads<[string[], unknown[][], (number | null)[], string | null, unknown]>(
      edited,
      "[wb.sheetnames, [[c for c in r] for r in ws.iter_rows(values_only=True)], [ws.row_dimensions[r].height for r in range(1, 32)], ws.freeze_panes, wb['Mine']['A1'].value]",
      { sheet: "S" },
    );
    const [sheets, rows, heights, freeze, mine] = read;
    expect(sheets).toEqual(["S", "Mine"]);
    const original = ledger(30).map((row) => row.map((v) => (v instanceof Date ? String(v) : v)));
    expect(rows.map((r) => r.length)).toEqual(rows.map(() => original[0]!.length));
    expect(rows[2]![0]).toBe("Renamed Dealer");
    expect(rows.map((r) => r.slice(1))).toEqual(original.map((r) => r.slice(1)));
    expect(heights.filter((h, k) => h !== null && k !== 4)).toEqual([]);
    expect(heights[4]).toBe(40);
    expect([freeze, mine]).toEqual([null, "kept"]);
    // Nothing saved is left: a second removal says so and writes nothing.
    const again = await runCommand([
      edited,
      "--remove-tiering",
      "--out",
      path.join(dir, "x.xlsx"),
      "--lang",
      "en",
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${edited} holds no tiering saved by Channel Tiering: nothing was written.\n`);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it.each([
    ["a protected sheet", "wb['S'].protection.sheet = True", /^Sheet 'S' is protected\. Unprotect it/],
    [
      "a protected workbook structure",
      "from openpyxl.workbook.protection import WorkbookProtection\nwb.security = WorkbookProtection(lockStructure=True)",
      /^The workbook's structure is protected, so the sheets the tiering added cannot be deleted\./,
    ],
  ])("stops on %s: exit 1, one line, nothing written", async (_, statements, said) => {
    const edited = await tieredThenEdited("locked", statements);
    const out = path.join(dir, "out.xlsx");
    const before = readFileSync(edited);
    const run = await runCommand([edited, "--remove-tiering", "--out", out, "--lang", "en"]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toMatch(said);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(edited).equals(before)).toBe(true);
  });

  it.each([false, true])(
    "takes a planner's filter on the tier off with the column and shows the rows it hid; with one on their own column too (%s), theirs stays and the rows as they were, said",
    async (byRegion) => {
      // The planner shows the key accounts only, as openpyxl writes a filter (and perhaps the East only).
      const edited = await tieredThenEdited(
        `filtered-${byRegion}`,
        [
          "ws = wb['S']",
          "head = [c.value for c in ws[1]]",
          "t = head.index('Tier')",
          "ws.auto_filter.add_filter_column(t, ['Key account'])",
          ...(byRegion ? ["ws.auto_filter.add_filter_column(2, ['East'])"] : []),
          "for r in range(2, ws.max_row + 1):",
          `    if ws.cell(r, t + 1).value != 'Key account'${byRegion ? " or ws.cell(r, 3).value != 'East'" : ""}:`,
          "        ws.row_dimensions[r].hidden = True",
        ].join("\n"),
      );
      const read = (file: string) =>
        openpyxlReads<[string | null, number[], number]>(
          file,
          "[ws.auto_filter.ref, [f.colId for f in ws.auto_filter.filterColumn], len([r for r in range(1, 32) if ws.row_dimensions[r].hidden])]",
          { sheet: "S" },
        );
      const [ref, columns, hidden] = read(edited);
      expect(ref).toMatch(/^A1:[D-Z]31$/);
      expect(columns).toEqual(byRegion ? [3, 2] : [3]);
      expect(hidden).toBeGreaterThan(20);
      const out = path.join(dir, `filtered-${byRegion}-out.xlsx`);
      const run = await runCommand([edited, "--remove-tiering", "--out", out, "--lang", "en"]);
      expect([run.code, run.stderr]).toEqual([0, ""]);
      // The run added the filter: with no criteria left it goes, every row shown; with the planner's own
      // criterion left it stays, narrowed to their columns, the rows as they were (Excel works out which
      // those hide), and the summary says how to show them.
      expect(read(out)).toEqual(byRegion ? ["A1:C31", [2], hidden] : [null, [], 0]);
      expect(run.stdout.includes("The filter on 'S' filtered on a tiering column and on your own")).toBe(
        byRegion,
      );
      const values = openpyxlReads<unknown[][]>(
        out,
        "[[c for c in r] for r in ws.iter_rows(values_only=True)]",
        {
          sheet: "S",
        },
      );
      expect(values).toEqual(ledger(30));
    },
  );

  it("takes a planner's filter on the tier off an Excel table with the column, and shows the rows it hid", async () => {
    requireReaders();
    // The list as an Excel table (openpyxl's), tiered: the table grows over our columns.
    const input = path.join(dir, "table-filter.xlsx");
    execFileSync(PYTHON, [
      "-c",
      [
        "import sys, json, openpyxl",
        "from openpyxl.worksheet.table import Table",
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'S'",
        "for row in json.loads(sys.argv[2]): ws.append(row)",
        "ws.add_table(Table(displayName='Dealers', ref='A1:C31'))",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      input,
      JSON.stringify(ledger(30)),
    ]);
    const tiered = path.join(dir, "table-filter.tiered.xlsx");
    expect((await runCommand([input, "--out", tiered, "--quiet"])).code).toBe(0);
    // The planner shows the key accounts only, by the table's own filter button on Tier.
    const edited = editedInOpenpyxl(
      tiered,
      path.join(dir, "table-filter.edited.xlsx"),
      [
        "ws = wb['S']",
        "t = ws.tables['Dealers']",
        "head = [c.value for c in ws[1]]",
        "k = head.index('Tier')",
        "t.autoFilter.add_filter_column(k, ['Key account'])",
        "for r in range(2, 32):",
        "    if ws.cell(r, k + 1).value != 'Key account': ws.row_dimensions[r].hidden = True",
      ].join("\n"),
    );
    const read = (file: string) =>
      openpyxlReads<[string, number[], number]>(
        file,
        "[ws.tables['Dealers'].ref, [f.colId for f in ws.tables['Dealers'].autoFilter.filterColumn], len([r for r in range(1, 32) if ws.row_dimensions[r].hidden])]",
        { sheet: "S" },
      );
    const [, columns, hidden] = read(edited);
    expect([columns, hidden > 20]).toEqual([[3], true]);
    const out = path.join(dir, "table-filter.out.xlsx");
    const run = await runCommand([edited, "--remove-tiering", "--out", out, "--quiet"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(read(out)).toEqual(["A1:C31", [], 0]);
  });

  it("says where an Excel table's own header is above the header read (Power Query's Column1, Column2)", async () => {
    requireReaders();
    const input = path.join(dir, "table-unpromoted.xlsx");
    execFileSync(PYTHON, [
      "-c",
      [
        "import sys, json, openpyxl",
        "from openpyxl.worksheet.table import Table",
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Query1'",
        "ws.append(['Column1', 'Column2', 'Column3'])",
        "for row in json.loads(sys.argv[2]): ws.append(row)",
        "ws.add_table(Table(displayName='Query1', ref='A1:C32'))",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      input,
      JSON.stringify(ledger(30)),
    ]);
    const report = path.join(dir, "table-unpromoted.json");
    const run = await runCommand([
      input,
      "--out",
      path.join(dir, "table-unpromoted.out.xlsx"),
      "--report",
      report,
    ]);
    expect(run.code).toBe(0);
    const r = await readReport(report);
    expect(
      r.findings.filter((f) => f.code === "output.outsideTable").map((f) => [f.severity, f.row, f.column]),
    ).toEqual([["warning", 1, "A"]]);
    expect(run.stdout).toContain("The table 'Query1' has its own header on row 1 ('Column1' …)");
  });

  it("finds the tiered sheet renamed since the run, as a re-run does, and takes the run off it", async () => {
    const edited = await tieredThenEdited("renamed", "wb['S'].title = 'S 2026'");
    const out = path.join(dir, "renamed-out.xlsx");
    const run = await runCommand([edited, "--remove-tiering", "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tiering removed: \d+\u00a0columns cleared on 'S 2026', sheets /);
    const [sheets, header] = openpyxlReads<[string[], unknown[]]>(
      out,
      "[wb.sheetnames, [c.value for c in ws[1]]]",
      { sheet: "S 2026" },
    );
    expect(sheets).toEqual(["S 2026"]);
    expect(header).toEqual(ledger(30)[0]);
  });

  it("moves the active tab, where it was one of our sheets, to the data sheet (openpyxl opens on it)", async () => {
    const edited = await tieredThenEdited("active", "pass");
    // Excel opens on the change log, the third tab, the first tab shown being the second.
    const active = path.join(dir, "active-tab.xlsx");
    execFileSync(PYTHON, [
      "-c",
      [
        "import sys, zipfile",
        "zin = zipfile.ZipFile(sys.argv[1]); zout = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)",
        "for i in zin.infolist():",
        "    d = zin.read(i.filename)",
        "    if i.filename == 'xl/workbook.xml':",
        "        import re",
        "        d = re.sub(rb'<bookViews>.*?</bookViews>', b'', d)",
        "        d = d.replace(b'<sheets>', b'<bookViews><workbookView activeTab=\"2\" firstSheet=\"1\"/></bookViews><sheets>', 1)",
        "    zout.writestr(i, d)",
        "zout.close()",
      ].join("\n"),
      edited,
      active,
    ]);
    const out = path.join(dir, "active-out.xlsx");
    expect((await runCommand([active, "--remove-tiering", "--out", out, "--quiet"])).code).toBe(0);
    expect(
      openpyxlReads<[string[], string]>(out, "[wb.sheetnames, wb.active.title]", { sheet: "S" }),
    ).toEqual([["S"], "S"]);
    const workbook = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file("xl/workbook.xml")!
      .async("string");
    expect(workbook).toContain('<workbookView activeTab="0" firstSheet="0"/>');
  });

  it("is refused with an option of a run that tiers, with --remove-saved, and on a CSV, before anything is read", async () => {
    const csv = path.join(dir, "list.csv");
    await writeFile(csv, "经销商,销售额\n甲,100\n");
    const withRules = await runCommand([csv, "--remove-tiering", "--rules", "r.json", "--lang", "en"]);
    expect(withRules.code).toBe(2);
    expect(withRules.stderr).toMatch(/^--remove-tiering tiers nothing, so --rules would be ignored/);
    const both = await runCommand([csv, "--remove-tiering", "--remove-saved", "--lang", "zh"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^--remove-tiering 不做分级，--remove-saved 不起作用/);
    const text = await runCommand([csv, "--remove-tiering", "--lang", "zh"]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(`--remove-tiering：${csv} 是文本（CSV）文件，其中没有分级可撤销。\n`);
    expect(await readdir(dir)).toEqual(["list.csv"]);
  });
});

describe("bad input: exit 1, one line on stderr, nothing written", () => {
  const cases: [string, (dir: string) => Promise<string[]>, RegExp][] = [
    [
      "a folder given as the input",
      async (d) => {
        const folder = path.join(d, "folder.xlsx");
        await mkdir(folder, { recursive: true });
        return [folder];
      },
      /is a folder, not an \.xlsx workbook/,
    ],
    [
      "a rules file nested 100,000 deep",
      async (d) => {
        const input = await writeWorkbook(path.join(d, "deep-in.xlsx"), { S: ledger(5) });
        const rules = path.join(d, "deep.json");
        await writeFile(rules, `{"tiering":${"[".repeat(100_000)}1${"]".repeat(100_000)}}`);
        return [input, "--rules", rules];
      },
      /Rule tiering = \[\[…\]\] is invalid/,
    ],
    ["a missing file", async (d) => [path.join(d, "nope.xlsx")], /no such file/],
    [
      "a CSV saved under the .xlsx name",
      async (d) => [await writeText(path.join(d, "x.xlsx"), "name,revenue\nA,1\n")],
      /x\.xlsx: a text \(CSV\) file under a workbook's name, not an \.xlsx workbook\. Name it \.csv/,
    ],
    [
      "a file that is not a workbook",
      async (d) => {
        const file = path.join(d, "bin.xlsx");
        await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
        return [file];
      },
      /bin\.xlsx: not an \.xlsx workbook\.$/m,
    ],
    ["a truncated workbook", async (d) => [await truncate(d)], /damaged or truncated/],
    [
      "an unknown sheet",
      async (d) => [await writeWorkbook(path.join(d, "s.xlsx"), { S: ledger(3) }), "--sheet", "Nope"],
      /No sheet named 'Nope' \(sheets: S\)/,
    ],
    [
      "no recognisable name column",
      async (d) => [
        await writeWorkbook(path.join(d, "n.xlsx"), {
          S: [
            [1, 2],
            [3, 4],
          ],
        }),
      ],
      /No header row with a distributor name column/,
    ],
    [
      "rules that are not JSON",
      async (d) => [
        await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
        "--rules",
        await writeText(
          path.join(d, "r.json"),
          '{\n  "tiering": {\n    "keyShare": 0.2 // a comment is fine\n    "method": "countShare"\n  },\n}',
        ),
      ],
      // The comma missing after 0.2: the key after it, line 4, column 5 (a trailing comma is fine).
      /r\.json: the rules file cannot be read as JSON \(error at line 4, column 5\)\.$/m,
    ],
    [
      "a rules file that ends too early",
      async (d) => [
        await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
        "--rules",
        await writeText(path.join(d, "r.json"), '{"tiering": {"keyShare": 0.2}'),
      ],
      /error at line 1, column 30\)/,
    ],
    [
      "a mistyped rule",
      async (d) => [
        await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
        "--rules",
        await writeText(path.join(d, "r.json"), '{"tiering":{"keyshare":0.2}}'),
      ],
      /Rule tiering\.keyshare is not a known setting \(did you mean tiering\.keyShare\?\)/,
    ],
    [
      "a report that would overwrite the rules file",
      async (d) => {
        const rules = await writeText(path.join(d, "mine.json"), '{"tiering":{"keyShare":0.2}}');
        return [
          await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
          "--rules",
          rules,
          "--report",
          rules,
        ];
      },
      /--report .*mine\.json would overwrite .*mine\.json: choose another name for the report\./,
    ],
    [
      "a report that names a folder",
      async (d) => {
        await mkdir(path.join(d, "reports"), { recursive: true });
        return [
          await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
          "--report",
          path.join(d, "reports"),
        ];
      },
      /--report .*reports is a folder: name a file for the report/,
    ],
    [
      "an output that names a folder",
      async (d) => {
        await mkdir(path.join(d, "out.xlsx"), { recursive: true });
        return [
          await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
          "--out",
          path.join(d, "out.xlsx"),
        ];
      },
      /--out .*out\.xlsx is a folder: name a file for the output/,
    ],
    [
      "our own strategy sheet named with --sheet",
      async (d) => {
        const tiered = path.join(d, "tiered-once.xlsx");
        const input = await writeWorkbook(path.join(d, "once.xlsx"), { Dealers: ledger(6) });
        expect((await runCommand([input, "--out", tiered, "--quiet"])).code).toBe(0);
        return [tiered, "--sheet", "Tiering Strategy"];
      },
      /Sheet 'Tiering Strategy' is the strategy sheet an earlier run wrote, not a list of distributors: tier 'Dealers' instead\. Nothing was written\./,
    ],
    [
      "sales in two currencies",
      async (d) => [
        await writeWorkbook(path.join(d, "fx.xlsx"), {
          Dealers: [
            ["Distributor", "Currency", "Sales"],
            ...Array.from({ length: 8 }, (_, i) => [`D${i}`, i === 3 ? "USD" : "CNY", 100_000 * (i + 1)]),
          ],
        }),
      ],
      /^Row 5: by 'Currency', the sales are in 2 currencies: CNY 7 accounts, USD 1 account \(row 5\)\. .*run again \(the run takes that column\)\.$/m,
    ],
    [
      "a Salesforce account export whose only money is the accounts' own Annual Revenue",
      async (d) => [
        await writeWorkbook(path.join(d, "sf.xlsx"), {
          Accounts: [
            ["Account Name", "Account Owner", "Industry", "Annual Revenue"],
            ...Array.from({ length: 6 }, (_, i) => [`Acme ${i}`, "Ann", "Retail", 1_000_000 * (i + 1)]),
          ],
        }),
      ],
      /^'Annual Revenue' stands beside 'Industry', .*map it as the sales\. On the command line: --map revenue=HEADER/m,
    ],
    [
      "a CRM's list of deals, some lost or open",
      async (d) => [
        await writeWorkbook(path.join(d, "deals.xlsx"), {
          Opportunities: [
            ["Opportunity Name", "Account Name", "Stage", "Amount"],
            ...Array.from({ length: 9 }, (_, i) => [
              `Deal ${i}`,
              `Acme ${i % 4}`,
              ["Closed Won", "Closed Lost", "Prospecting"][i % 3],
              10_000 * (i + 1),
            ]),
          ],
        }),
      ],
      /^Column A 'Opportunity Name' names a deal on each row, and column C 'Stage' its stage \('Closed Won' and others\): this is a list of deals, .*'Account Name' as rows, 'Amount' summed as values, 'Stage' filtered to 'Closed Won'\), then run on the summary\. Nothing was written\.$/m,
    ],
    [
      "invalid rules",
      async (d) => [
        await writeWorkbook(path.join(d, "r.xlsx"), { S: ledger(3) }),
        "--rules",
        await writeText(path.join(d, "r.json"), '{"tiering":{"keyShare":3}}'),
      ],
      /tiering\.keyShare = 3 is invalid/,
    ],
    [
      "a rules file with three mistakes: all three said, on the one line",
      async (d) => [
        await writeWorkbook(path.join(d, "r3.xlsx"), { S: ledger(3) }),
        "--rules",
        await writeText(
          path.join(d, "r3.json"),
          '{"tiering":{"keyShare":10,"method":"count"},"review":{"keyMonth":1}}',
        ),
      ],
      /r3\.json: Rule tiering\.method = "count" is invalid: expected one of countShare, .*\. Rule tiering\.keyShare = 10 is invalid: expected a share from 0 to 1 \(10% is 0\.1, or "10%"\)\. Rule review\.keyMonth is not a known setting \(did you mean review\.keyMonths\?\)\.\n$/,
    ],
  ];
  it.each(cases)("%s", async (_, make, message) => {
    const args = await make(dir);
    const before = new Set(await readdir(dir));
    // Every file the command line names (the input, a rules file) is byte for byte as it was.
    const named = async (): Promise<(Buffer | undefined)[]> =>
      Promise.all(args.map((a) => readFile(a).catch(() => undefined)));
    const contents = await named();
    const withReport = args.includes("--report")
      ? args
      : [...args, "--report", path.join(dir, "report.json")];
    const run = await runCommand(withReport);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(new Set(await readdir(dir))).toEqual(before);
    expect(await named()).toEqual(contents);
  });

  it("reads a rules file saved with a byte order mark (Notepad, Windows PowerShell)", async () => {
    const input = await writeWorkbook(path.join(dir, "bom.xlsx"), { S: ledger(20) });
    const rules = await writeText(path.join(dir, "bom.json"), '\uFEFF{"tiering":{"keyShare":0.25}}');
    const report = path.join(dir, "bom-report.json");
    const run = await runCommand([input, "--rules", rules, "--report", report, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // 20 accounts at a 25% key share: 5 key accounts (the default 10% makes 2).
    expect((await readReport(report)).summary.tiers.key!.accounts).toBe(5);
  });

  it("takes the README's rules example, comments and all, as a rules file (JSONC)", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const example = [...readme.matchAll(/```jsonc\n([\s\S]*?)\n```/g)]
      .map((m) => m[1] as string)
      .find((block) => block.includes('"tiering"'));
    expect(example).toContain('"version": 2');
    expect(example).toContain("//");
    // With a trailing comma as an editor leaves one, and the key share changed.
    const edited = example!.replace('"keyShare": 0.1,', '"keyShare": 0.25,').replace(/\n}$/, ",\n}");
    const input = await writeWorkbook(path.join(dir, "jsonc.xlsx"), { S: ledger(20) });
    const rules = await writeText(path.join(dir, "rules.jsonc.json"), edited);
    const report = path.join(dir, "jsonc-report.json");
    const run = await runCommand([input, "--rules", rules, "--report", report, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((await readReport(report)).summary.tiers.key!.accounts).toBe(5);
  });

  it("speaks Chinese when the system does", async () => {
    const run = await runCommand([path.join(dir, "无.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(run.stderr).toBe(`${path.join(dir, "无.xlsx")}：文件不存在。\n`);
  });
});

describe("usage errors: exit 2 with the usage", () => {
  it.each([
    [["--bogus", "a.xlsx"], "Unknown option --bogus."],
    [["a.xlsx", "--out"], "Option --out needs a value."],
    [["a.xlsx", "--lang", "fr-FR"], "Unsupported language 'fr-FR': use zh-CN or en-US."],
    [[], "Name the workbook to tier."],
    [["a.xlsx", "b.xlsx"], "Only one workbook at a time; unexpected 'b.xlsx'."],
    [
      ["a.xlsx", "--in-place", "--out", "b.xlsx"],
      "--in-place writes to the input itself: leave out --out, or --in-place.",
    ],
  ])("%j", async (args, message) => {
    const run = await runCommand(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: channel-tiering");
  });

  it("documents everything with --help", async () => {
    const run = await runCommand(["--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--sheet", "--out", "--rules", "--lang", "--report", "--in-place", "Exit codes"])
      expect(run.stdout).toContain(option);
  });

  it("prints the package's version with --version, from the bundle as from the source", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const run = await runCommand(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `channel-tiering ${version}\n`, stderr: "" });
  });
});

describe("the samples and the demo", () => {
  it.each(["distributors.zh.xlsx", "distributors.en.xlsx"])(
    "%s tiers about 300 distributors with a title row, text sales, a total and overrides",
    async (file) => {
      const out = path.join(dir, "out.xlsx");
      const report = path.join(dir, "r.json");
      const run = await runCommand([path.join(ROOT, "samples", file), "--out", out, "--report", report]);
      expect(run.code).toBe(0);
      const r = await readReport(report);
      expect(r.headerRow).toBe(3);
      expect(r.summary.accounts).toBe(300);
      expect(r.skipped).toContainEqual(expect.objectContaining({ reason: "total" }));
      expect(r.summary.tiers.key!.accounts).toBe(30);
      expect(r.summary.tiers.prospect!.accounts).toBeGreaterThan(20);
      expect(r.rows.filter((x) => x.override)).toHaveLength(2);
      // Every row says its region, as the sheet writes it.
      expect(new Set(r.rows.map((x) => x.region))).toEqual(
        new Set(
          file.includes("zh")
            ? ["华东", "华南", "华北", "华中", "西南", "西北", "东北"]
            : ["Central", "East", "North", "Northeast", "Northwest", "South", "Southwest"],
        ),
      );
      // Read by openpyxl: a row whose note wraps is as tall as its lines, a line of Chinese 16.5 points
      // (three lines in 45 points printed with their first line cut off in LibreOffice), of English 15.
      requireReaders();
      const heights = openpyxlReads<(number | null)[]>(
        out,
        "[ws.row_dimensions[r].height for r in range(4, ws.max_row + 1)]",
        { sheet: file.includes("zh") ? "经销商台账" : "Distributors" },
      ).filter((h): h is number => h !== null);
      const line = file.includes("zh") ? 16.5 : 15;
      expect(heights.length).toBeGreaterThan(200);
      for (const h of heights) expect([2, 3, 4, 5, 6].map((n) => n * line)).toContain(h);
    },
  );

  it("re-run with other rules, gives each row the height its new note takes; a user's height stays where the note fits", async () => {
    // Found by looking: a re-run kept the first run's heights (it had marked them custom, as a user's),
    // so a note that grew was cut off and one that shrank left a tall row. The add-in autofits each run.
    requireReaders();
    const input = path.join(ROOT, "samples", "distributors.zh.xlsx");
    const first = path.join(dir, "heights.first.xlsx");
    const user = path.join(dir, "heights.user.xlsx");
    const again = path.join(dir, "heights.again.xlsx");
    const fresh = path.join(dir, "heights.fresh.xlsx");
    const rules = path.join(dir, "heights.rules.json");
    await writeFile(rules, JSON.stringify({ tiering: { keyShare: 0.3 } }));
    const day = ["--as-of", "2025-11-30"];
    expect((await runCommand([input, "--out", first, ...day])).code).toBe(0);
    // The planner sets row 6 to 80 points by hand and row 7 to 18 (openpyxl saves both custom, as Excel
    // does): 80 is more than any note takes and stays; 18 would show one line of a note and grows to it.
    editedInOpenpyxl(
      first,
      user,
      "ws = wb['经销商台账']\nws.row_dimensions[6].height = 80\nws.row_dimensions[7].height = 18",
    );
    expect((await runCommand([user, "--out", again, "--rules", rules, ...day])).code).toBe(0);
    expect((await runCommand([input, "--out", fresh, "--rules", rules, ...day])).code).toBe(0);
    const heights = (file: string): (number | null)[] =>
      openpyxlReads<(number | null)[]>(
        file,
        "[ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)]",
        {
          sheet: "经销商台账",
        },
      );
    const before = heights(first);
    const expected = heights(fresh);
    const got = heights(again);
    // The new rules change some rows' notes enough to change their height (else this test shows nothing).
    expect(expected.filter((h, k) => h !== before[k]).length).toBeGreaterThan(5);
    expect(got[5]).toBe(80);
    expect(expected[6]).toBeGreaterThan(18);
    expect(got[6]).toBe(expected[6]);
    expect(got.filter((_, k) => k !== 5)).toEqual(expected.filter((_, k) => k !== 5));
  });

  it("in a workbook whose base font is 14 points, gives rows the height of their lines in it; a re-run and the removal know them", async () => {
    // Found by looking: three lines of an English note in 45 points (lines of 11-point type) printed
    // with their first line cut off, the cells' text being 14 points.
    requireReaders();
    const zip = await JSZip.loadAsync(await readFile(path.join(ROOT, "samples", "distributors.en.xlsx")));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const first = /<font>[\s\S]*?<\/font>/.exec(styles)![0];
    expect(first).toContain('<sz val="11"/>');
    zip.file("xl/styles.xml", styles.replace(first, first.replace('<sz val="11"/>', '<sz val="14"/>')));
    const input = path.join(dir, "base14.xlsx");
    await writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const out = path.join(dir, "base14.out.xlsx");
    const again = path.join(dir, "base14.again.xlsx");
    const fresh = path.join(dir, "base14.fresh.xlsx");
    const rules = path.join(dir, "base14.rules.json");
    await writeFile(rules, JSON.stringify({ tiering: { keyShare: 0.3 } }));
    const day = ["--as-of", "2025-11-30"];
    expect((await runCommand([input, "--out", out, ...day])).code).toBe(0);
    const heights = (file: string): (number | null)[] =>
      openpyxlReads<(number | null)[]>(
        file,
        "[ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)]",
        {
          sheet: "Distributors",
        },
      );
    // Calibri 14's line is 25 pixels, 18.75 points (Excel's default row at that size).
    const given = heights(out).filter((h): h is number => h !== null);
    expect(given.length).toBeGreaterThan(200);
    for (const h of given) expect([2, 3, 4, 5, 6].map((n) => n * 18.75)).toContain(h);
    // A re-run with other rules sets each row anew, as a first run with them does: it knows its heights.
    expect((await runCommand([out, "--out", again, "--rules", rules, ...day])).code).toBe(0);
    expect((await runCommand([input, "--out", fresh, "--rules", rules, ...day])).code).toBe(0);
    expect(heights(again)).toEqual(heights(fresh));
    expect(heights(again)).not.toEqual(heights(out));
    // Taking the tiering back takes back every height it gave.
    const back = path.join(dir, "base14.back.xlsx");
    expect((await runCommand([again, "--remove-tiering", "--out", back])).code).toBe(0);
    expect(heights(back).filter((h) => h !== null)).toEqual([]);
  });

  it("tiers the sheet that holds the distributors where the active one is an instructions tab", async () => {
    const input = await writeWorkbook(path.join(dir, "instructions.xlsx"), {
      填表说明: [["填表说明：请在“台账”页填写经销商信息。"], ["销售额单位为万元。"]],
      台账: ledger(12),
    });
    const out = path.join(dir, "instructions.out.xlsx");
    const run = await runCommand([input, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tiered 12 accounts on sheet '台账'\./);
    // A sheet named on the command line is the one, header or none.
    const named = await runCommand([input, "--sheet", "填表说明", "--out", path.join(dir, "named.xlsx")]);
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/^No header row with a distributor name column was found/);
  });

  it("names a hidden sheet that holds the distributors (written by openpyxl), and tiers it when asked", async () => {
    requireReaders();
    const input = path.join(dir, "hidden-ledger.xlsx");
    // A cover page in front, the ledger hidden behind it, a hidden lookup of regions beside.
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='封面';ws['A1']='2025年经销商台账'\n" +
        "lk=wb.create_sheet('区域表');lk.append(['区域','大区']);lk.append(['江苏','华东']);lk.sheet_state='hidden'\n" +
        "d=wb.create_sheet('台账');d.append(['经销商名称','年销售额（万元）'])\n" +
        "for i in range(12): d.append(['商贸%02d'%i,(i+1)*10])\n" +
        "d.sheet_state='hidden';wb.save(sys.argv[1])",
      input,
    ]);
    const out = path.join(dir, "hidden-ledger.out.xlsx");
    const zh = await runCommand([input, "--out", out], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(1);
    expect(zh.stderr.trim()).toBe(
      '工作表“封面”中没有含经销商名称列的表头，其他可见的工作表也没有；隐藏的工作表“台账”中有。要对它分级，请加上 --sheet "台账"。未写入任何内容。',
    );
    const en = await runCommand([input, "--out", out]);
    expect(en.stderr).toMatch(
      /the hidden sheet '台账' has\. To tier it, add --sheet "台账"\. Nothing was written\./,
    );
    await expect(stat(out)).rejects.toThrow();
    // As the message says: the ledger is tiered where it is, and stays hidden.
    const named = await runCommand([input, "--sheet", "台账", "--out", out]);
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^Tiered 12 accounts on sheet '台账'\./);
    expect(openpyxlReads<string[][]>(out, "[[w.title, w.sheet_state] for w in wb.worksheets[:3]]")).toEqual([
      ["封面", "visible"],
      ["区域表", "hidden"],
      ["台账", "hidden"],
    ]);
  });

  it("shows its new columns where the user hid the empty columns right of the data; one of ours hidden since stays hidden", async () => {
    // Found by trying: a sheet tidied by hiding (and grouping) D:XFD had every tier column written
    // hidden, and the run said 15 columns were written.
    requireReaders();
    const input = path.join(dir, "hidden-columns.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl;wb=openpyxl.Workbook();ws=wb.active;ws.title='台账'\n" +
        "ws.append(['经销商名称','年销售额（万元）','所属区域'])\n" +
        "for i in range(12): ws.append(['商贸%02d'%i,(i+1)*10,'华东'])\n" +
        "ws.column_dimensions.group('D','XFD',hidden=True);wb.save(sys.argv[1])",
      input,
    ]);
    const out = path.join(dir, "hidden-columns.out.xlsx");
    expect((await runCommand([input, "--out", out, "--quiet"])).code).toBe(0);
    // Each column as openpyxl reads it: its header and whether it is hidden (a <col> group is keyed by
    // its first letter, so each column's group is looked up).
    const shown = (file: string): [string, boolean][] =>
      openpyxlReads<[string, boolean][]>(
        file,
        "[(ws.cell(1,c).value or '', next((d.hidden for d in ws.column_dimensions.values() if d.min and d.min<=c<=d.max), False)) for c in range(1, 20)]",
      );
    const first = shown(out);
    const ours = first.filter(([header], c) => c >= 3 && header !== "");
    expect(ours.length).toBeGreaterThanOrEqual(8);
    expect(ours.filter(([, hidden]) => hidden)).toEqual([]);
    // The empty columns beyond ours stay as the user left them.
    expect(first.slice(3 + ours.length).every(([header, hidden]) => header === "" && hidden)).toBe(true);
    // The planner hides one of ours (重要性得分, column E) and runs again: it stays hidden.
    const edited = editedInOpenpyxl(
      out,
      path.join(dir, "hidden-columns.edited.xlsx"),
      "ws=wb['台账']\nws.column_dimensions['E'].hidden=True",
    );
    const again = path.join(dir, "hidden-columns.again.xlsx");
    expect((await runCommand([edited, "--out", again, "--quiet"])).code).toBe(0);
    const second = shown(again);
    expect(second[4]).toEqual(["重要性得分", true]);
    expect(second.filter(([header, hidden], c) => c >= 3 && header !== "" && hidden)).toHaveLength(1);
  });

  it("gives its headers the look of the ledger's own header row (fill, font, border), as openpyxl reads it", async () => {
    // Found by rendering: our headers stood bold on white beside a dark-blue header row with borders.
    requireReaders();
    const input = path.join(dir, "styled-header.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl\nfrom openpyxl.styles import PatternFill,Font,Border,Side\n" +
        "wb=openpyxl.Workbook();ws=wb.active;ws.title='台账'\n" +
        "ws.append(['经销商名称','年销售额（万元）','所属区域'])\n" +
        "t=Side(style='thin')\n" +
        "for c in ws[1]: c.fill=PatternFill('solid',fgColor='1F4E78');c.font=Font(bold=True,color='FFFFFF');c.border=Border(top=t,bottom=t,left=t,right=t)\n" +
        "for i in range(12): ws.append(['商贸%02d'%i,(i+1)*10,'华东'])\n" +
        "wb.save(sys.argv[1])",
      input,
    ]);
    // The same sheet as writers that leave out r on rows and cells save it: each row the one after the
    // last, as the readers count them (the add-in copies the look there too).
    const zip = await JSZip.loadAsync(await readFile(input));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const bare = sheetXml.replace(/(<row|<c)\s+r="[^"]*"/g, "$1");
    expect(bare).not.toMatch(/<(row|c) r=/);
    zip.file("xl/worksheets/sheet1.xml", bare);
    const noR = path.join(dir, "styled-header.no-r.xlsx");
    await writeFile(noR, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    for (const file of [input, noR]) {
      const out = file.replace(/\.xlsx$/, ".out.xlsx");
      expect((await runCommand([file, "--out", out, "--quiet"])).code).toBe(0);
      const looks = openpyxlReads<[string, string | null, boolean, string | null, string | null][]>(
        out,
        "[(c.value, c.fill.fgColor.rgb if c.fill.fill_type else None, bool(c.font.b), c.font.color.rgb if c.font.color else None, c.border.bottom.style) for c in ws[1]]",
      );
      expect(looks.length).toBeGreaterThanOrEqual(11);
      expect(looks.map(([, ...look]) => look)).toEqual(
        looks.map(() => ["001F4E78", true, "00FFFFFF", "thin"]),
      );
      expect(looks[3]?.[0]).toBe("渠道分级");
    }
  });

  it("carries a ledger's grid (All Borders) over its data cells, blanks too, as openpyxl reads them", async () => {
    // Found by rendering: the ledger's grid stopped at its last column, our columns bare beside it.
    requireReaders();
    const input = path.join(dir, "grid.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import sys,openpyxl\nfrom openpyxl.styles import Border,Side\n" +
        "wb=openpyxl.Workbook();ws=wb.active;ws.title='台账'\n" +
        "ws.append(['经销商名称','年销售额（万元）','所属区域'])\n" +
        "for i in range(12): ws.append(['商贸%02d'%i,(i+1)*10,'华东'])\n" +
        "t=Side(style='thin',color='FF808080')\n" +
        "for row in ws.iter_rows(min_row=1,max_row=13):\n" +
        "  for c in row: c.border=Border(top=t,bottom=t,left=t,right=t)\n" +
        "wb.save(sys.argv[1])",
      input,
    ]);
    const out = path.join(dir, "grid.out.xlsx");
    expect((await runCommand([input, "--out", out, "--quiet"])).code).toBe(0);
    const cells = openpyxlReads<[number, number, unknown, boolean][]>(
      out,
      "[(c.row, c.column, c.value, all(getattr(c.border, k).style == 'thin' and getattr(c.border, k).color.rgb == 'FF808080' for k in ('top','bottom','left','right'))) for row in ws.iter_rows(min_row=2, max_row=13, min_col=4) for c in row]",
    );
    expect(cells.length).toBeGreaterThanOrEqual(12 * 8);
    // Every cell of ours on every data row, the blank ones (Change, on a first run) included.
    expect(cells.filter(([, , , grid]) => !grid)).toEqual([]);
    expect(cells.some(([, , v]) => v === null)).toBe(true);
  });

  it("tiers as of the day --as-of names: next reviews and the saved run date count from it", async () => {
    const report = path.join(dir, "asof.json");
    const sample = path.join(ROOT, "samples/distributors.zh.xlsx");
    const run = await runCommand([
      sample,
      "--out",
      path.join(dir, "asof.xlsx"),
      "--report",
      report,
      "--as-of",
      "2025-11-30",
    ]);
    expect(run.code).toBe(0);
    const r = await readReport(report);
    // A prospect with no visit is reviewed six months from the run's day.
    expect(r.rows.filter((x) => x.tier === "prospect").map((x) => x.nextReview)).toContain("2026-05-30");
    const wb = await readWorkbook(path.join(dir, "asof.xlsx"));
    const settings = wb.getWorksheet("_ChannelTiering")!.getCell("A1").text;
    expect(settings).toContain('"savedAt":"2025-11-30T00:00:00.000Z"');
    const bad = await runCommand([sample, "--as-of", "2025-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(
      /^--as-of '2025-02-30' is no date: write it YYYY-MM-DD, as 2025-12-31\.$/m,
    );
  });

  it("says what is wrong with a damaged settings sheet, even with --quiet, and tiers with the defaults", async () => {
    const input = await writeWorkbook(path.join(dir, "damaged.xlsx"), {
      Dealers: ledger(12),
      _ChannelTiering: [['{"format": "channel-tiering/settings", "rules": ']],
    });
    const out = path.join(dir, "damaged.out.xlsx");
    const report = path.join(dir, "damaged.json");
    const run = await runCommand([input, "--out", out, "--report", report, "--quiet", "--sheet", "Dealers"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/_ChannelTiering/);
    const r = await readReport(report);
    expect(r.findings[0]).toMatchObject({
      code: "rules.invalid",
      message: expect.stringContaining("_ChannelTiering"),
    });
  });

  it("never deletes the user's sheets that bear our names, nor the sheet it tiers", async () => {
    const input = await writeWorkbook(path.join(dir, "names.xlsx"), {
      "Tiering Changes": ledger(12),
      "Tiering Strategy": [["my own notes"]],
    });
    const out = path.join(dir, "names.out.xlsx");
    const run = await runCommand([input, "--sheet", "Tiering Changes", "--out", out, "--lang", "en-US"]);
    expect(run.code).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet("Tiering Strategy")?.getCell("A1").value).toBe("my own notes");
    expect(wb.getWorksheet("Tiering Changes")?.getCell("A1").value).toBe(ledger(12)[0]?.[0]);
    expect(wb.getWorksheet("Tiering Strategy (2)")).toBeDefined();
    expect(wb.getWorksheet("Tiering Changes (2)")).toBeDefined();
  });

  it("speaks the terminal's language (LANG) while the workbook follows its headers", async () => {
    const out = path.join(dir, "lang.xlsx");
    const report = path.join(dir, "lang.json");
    const en = await runCommand([
      path.join(ROOT, "samples/distributors.zh.xlsx"),
      "--out",
      out,
      "--report",
      report,
    ]);
    expect(en.code).toBe(0);
    // The report is the workbook's companion: its findings speak the workbook's language.
    expect((await readReport(report)).findings).toContainEqual(
      expect.objectContaining({ row: 304, message: "第304行：经销商名称“合计”是合计行，不参与分级。" }),
    );
    // Its 16 sales typed as text ("15.3万"), which the 合计's SUM (its saved result, 18,454.7) leaves out.
    expect((await readReport(report)).findings).toContainEqual(
      expect.objectContaining({
        code: "value.typedAsText",
        row: 17,
        column: "F",
        message: expect.stringContaining(
          "有16个金额以文本形式录入（第17、22、28行等，如“15.3万”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字，第304行“合计”的18,454.7就未计入这16笔（共954.4）。",
        ),
      }),
    );
    expect(en.stdout).toMatch(/^Tiered 300 accounts on sheet '经销商台账'\./);
    expect(en.stdout).toMatch(/Tier\s+Accounts\s+Revenue share\s+Time share/);
    expect(en.stdout).toMatch(/Key account\s+30\s/);
    // What to act on, counted, and the reviews already past (the sample's last visits end in 2025).
    expect(en.stdout).toContain(
      "To act on: 18 key accounts to watch, 33 promotion candidates, 6 priority prospects (sheet '分级策略').",
    );
    expect(en.stdout).toMatch(
      /\nReviews past due: 30 key accounts, 214 ordinary accounts, \d+ prospects?\.\n/,
    );
    // The findings too, in the terminal's language, warnings first, each naming its row.
    expect(en.stdout).toContain(
      "7 findings to review:\n  - Row 75: key account '石家庄华信商贸有限公司' has no 负责人;",
    );
    // Five at most (the two of least weight, the totals row and the figures typed as text, in the report).
    expect(en.stdout).toContain("  …and 2 more, every one in the report.\n");
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet("分级策略")).toBeDefined();
    const zh = await runCommand([path.join(ROOT, "samples/distributors.en.xlsx"), "--out", out], {
      LANG: "zh_CN.UTF-8",
    });
    expect(zh.stdout).toMatch(/^已对工作表/);
    expect(zh.stdout).toMatch(/重点客户\s+30\s/);
    expect(zh.stdout).toContain(
      "待跟进：重点客户观察名单18家，晋级候选33家，优先开发的意向客户6家（见工作表“Tiering Strategy”）。",
    );
    expect(zh.stdout).toMatch(/\n复查已逾期：重点客户30家，普通客户214家/);
    expect(zh.stdout).toMatch(/有 7 条提示需要查看：\n {2}- 第75行：重点客户“.+”没有/);
    expect((await readWorkbook(out)).getWorksheet("Tiering Strategy")).toBeDefined();
    // Sales in dollars: the findings said after the currency is read stay in the terminal's language.
    const dollars = ledger(20, ["Distributor", "Revenue (USD)", "Owner"]);
    dollars[1]![2] = null;
    for (let r = 2; r < dollars.length; r++) dollars[r]![2] = "Ann";
    const usd = await writeWorkbook(path.join(dir, "usd.xlsx"), { S: dollars });
    const said = await runCommand([usd, "--out", path.join(dir, "usd.out.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(said.stdout).toContain("第2行：重点客户“Dealer 001”没有Owner；");
  });

  it("writes the report's figures as the workbook does: 0.1, not 0.09999999999999999", async () => {
    // 60 dealers, 6 key accounts sharing 60% of the time; sales in 万 (19.99万 is 199899.99999999997).
    const rows: (string | number)[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    for (let i = 0; i < 60; i++) rows.push([`经销商${i + 1}`, 19.99 + i, i % 2 ? "张三" : "李四"]);
    const input = await writeWorkbook(path.join(dir, "figures.xlsx"), { S: rows });
    const report = path.join(dir, "figures.json");
    const run = await runCommand([input, "--out", path.join(dir, "figures.out.xlsx"), "--report", report]);
    expect(run.code).toBe(0);
    const r = await readReport(report);
    const key = r.rows.filter((x) => x.tier === "key");
    expect(key.length).toBe(6);
    expect(new Set(key.map((x) => x.timeShare))).toEqual(new Set([0.1]));
    expect(r.rows.find((x) => x.name === "经销商1")?.revenue).toBe(199_900);
    expect(r.summary.perAccountTimeShare.key).toBe(0.1);
    // Every figure of the report at Excel's 15 significant digits, hours at the sheet's one decimal.
    const loose: unknown[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "number" && Number(v.toPrecision(15)) !== v) loose.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(r.rows);
    walk(r.summary);
    expect(loose).toEqual([]);
    for (const x of r.rows) if (x.hours !== null) expect(Math.round(x.hours * 10) / 10).toBe(x.hours);
  });

  it("says only the lists that have accounts to act on, and no line where none has", async () => {
    // 20 dealers, 2 key places: the next ones by sales are near the key line; nothing to watch, no prospect.
    const near = await writeWorkbook(path.join(dir, "near.xlsx"), { S: ledger(20) });
    for (const [LANG, line] of [
      ["en_US.UTF-8", /^To act on: \d+ promotion candidates? \(sheet 'Tiering Strategy'\)\.$/m],
      ["zh_CN.UTF-8", /^待跟进：晋级候选\d+家（见工作表“Tiering Strategy”）。$/m],
    ] as const) {
      const run = await runCommand([near, "--out", path.join(dir, "near.out.xlsx")], { LANG });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(line);
      expect(run.stdout).not.toMatch(/\b0 key accounts|观察名单0家/);
    }
    // Two dealers: one key account, one ordinary, nothing on any list: no line at all.
    const two = await writeWorkbook(path.join(dir, "two.xlsx"), { S: ledger(2) });
    const none = await runCommand([two, "--out", path.join(dir, "two.out.xlsx")], { LANG: "en_US.UTF-8" });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^Tiered 2 accounts/);
    expect(none.stdout).not.toContain("To act on");
    expect(none.stdout).not.toMatch(/\n\n\n/);
  });

  it("lists the first findings, says how many more and where, and never lets a cell drive the terminal", async () => {
    // In yuan, said: sales of ¥30,000 and less without a unit are a finding of their own.
    const rows = ledger(30, ["Distributor", "Revenue (RMB)", "Region"]);
    // Revenue that is not a number, eight times; one of them an escape sequence (as OOXML escapes a
    // character XML cannot hold, which readers decode) and a line break.
    for (let r = 1; r <= 8; r++) rows[r]![1] = r === 1 ? "_x001B_[2Jboom\nx" : `n/a ${r}`;
    const input = await writeWorkbook(path.join(dir, "found.xlsx"), { S: rows });
    const run = await runCommand([input, "--out", path.join(dir, "found.out.xlsx")], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const at = lines.findIndex((l) => /^\d+ findings to review:$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 6).every((l) => l.startsWith("  - Row "))).toBe(true);
    expect(lines[at + 6]).toMatch(/^ {2}…and \d+ more: --report FILE\.json lists every one/);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).toContain("␛[2Jboom x");
    const withReport = await runCommand(
      [input, "--out", path.join(dir, "found.out.xlsx"), "--report", path.join(dir, "found.json")],
      { LANG: "en_US.UTF-8" },
    );
    expect(withReport.stdout).toMatch(/…and \d+ more, every one in the report\./);
  });

  it("says a number too large once its unit is applied is too large, and writes no such number (read by openpyxl)", async () => {
    requireReaders();
    // A Chinese sheet: the workbook is written in Chinese whatever the terminal's language.
    const rows = ledger(12, ["经销商名称", "年销售额（万元）", "区域"]).map((r, i) =>
      i === 0 ? r : [`经销商${i}`, r[1], i % 2 ? "华东" : "华西"],
    );
    rows[3]![1] = 1e305; // 1e309 yuan: past what a double holds
    rows[5]![1] = "见附表";
    const input = await writeWorkbook(path.join(dir, "huge.xlsx"), { S: rows });
    const out = path.join(dir, "huge.out.xlsx");
    const report = path.join(dir, "huge.json");
    const zh = await runCommand([input, "--out", out, "--report", report], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("第4行：年销售额（万元）“1e+305”数值过大");
    expect(zh.stdout).toContain("第6行：年销售额（万元）“见附表”不是数字");
    const en = await runCommand([input, "--out", out], { LANG: "en_US.UTF-8" });
    expect(en.stdout).toContain("Row 4: 年销售额（万元） '1e+305' is too large to work with");
    const found = (await readReport(report)).findings.filter((f) => f.row === 4);
    expect(found.map((f) => [f.code, f.column])).toEqual([["value.notANumber", "B"]]);
    // Every number openpyxl reads back is finite, the user's 1e305 as it was, the row a prospect.
    const numbers = openpyxlReads<(number | string | null)[][]>(
      out,
      "[[c if isinstance(c,(int,float)) and c==c and abs(c)!=float('inf') else (str(c) if isinstance(c,float) else None) for c in r] for r in ws.iter_rows(values_only=True)]",
    );
    expect(numbers.flat().filter((v) => typeof v === "string")).toEqual([]);
    expect(numbers[3]![1]).toBe(1e305);
    expect(openpyxlReads<string>(out, "ws['D4'].value")).toBe("意向客户");
  });

  it("gives the same tiers from the Chinese and the English sample", async () => {
    const tiersOf = async (file: string): Promise<string[]> => {
      const report = path.join(dir, `${file}.json`);
      await runCommand([
        path.join(ROOT, "samples", file),
        "--out",
        path.join(dir, `${file}.out.xlsx`),
        "--report",
        report,
        "--quiet",
      ]);
      return (await readReport(report)).rows.map((x) => `${x.row}:${x.tier}`);
    };
    expect(await tiersOf("distributors.en.xlsx")).toEqual(await tiersOf("distributors.zh.xlsx"));
  });
});

async function writeText(file: string, text: string): Promise<string> {
  await writeFile(file, text);
  return file;
}

async function truncate(d: string): Promise<string> {
  const full = await writeWorkbook(path.join(d, "full.xlsx"), { S: ledger(50) });
  const bytes = await readFile(full);
  const cut = path.join(d, "cut.xlsx");
  await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return cut;
}

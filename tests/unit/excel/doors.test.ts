/**
 * The same sheet through both doors: the add-in over the fake Excel (which gives dates as serials with a
 * date number format, as Office.js's Range.values does) and the command line over an .xlsx (ExcelJS gives
 * Date objects). Every cell the two write must agree.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Report } from "../../../src/cli/buildReport";
import { runCli } from "../../../src/cli/main";
import { rerunTiering } from "../../../src/commands/rerunTiering";
import { type Cell, dateFromExcelSerial, excelSerialOf, isDateFormat, parseDate } from "../../../src/engine";
import { readTarget, removeTiering, tierInExcel } from "../../../src/excel";
import { getMessages } from "../../../src/i18n";
import { SETTINGS_SHEET, columnPoints } from "../../../src/workbook";
import { type FakeOptions, FakeWorkbook, asExcelContext, type FakeSheet } from "../../fakes/fakeExcel";
import { readWorkbook, tempDir, writeWorkbook } from "../../helpers/cli";

const AS_OF = new Date("2025-06-30T00:00:00Z");

/** The command line in this process, on the test's date, its output discarded; returns the exit code. */
function runCliHere(args: string[]): Promise<number> {
  const sink = new PassThrough() as unknown as NodeJS.WriteStream;
  return runCli(args, { stdout: sink, stderr: sink, env: {}, now: () => AS_OF });
}
/**
 * The same ledger through both doors, in English: tiered by the add-in over a fake Excel (made with
 * `fake`, its sheet dressed by `dress`) and by the command line over an .xlsx (ExcelJS's, dressed by
 * `decorate`, its package changed by `repack` before the run). Returns the fake workbook and the CLI's
 * output as ExcelJS reads it.
 */
async function throughBothDoors(
  rows: Cell[][],
  options: {
    fake?: FakeOptions;
    dress?: (sheet: FakeSheet) => void;
    decorate?: (book: ExcelJS.Workbook) => void;
    repack?: (zip: JSZip) => Promise<void>;
  } = {},
): Promise<{ wb: FakeWorkbook; cli: ExcelJS.Workbook }> {
  const wb = new FakeWorkbook(options.fake);
  const sheet = wb.addSheet("Dealers").fill(rows as (string | number | null)[][]);
  options.dress?.(sheet);
  await tierInExcel(asExcelContext(wb.context()), { language: "en-US", supports: wb.supports, asOf: AS_OF });
  const dir = await tempDir();
  const input = await writeWorkbook(path.join(dir, "in.xlsx"), { Dealers: rows }, options.decorate);
  if (options.repack) {
    const zip = await JSZip.loadAsync(await readFile(input));
    await options.repack(zip);
    await writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
  }
  const out = path.join(dir, "out.xlsx");
  expect(await runCliHere([input, "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
  return { wb, cli: await readWorkbook(out) };
}

/**
 * A sheet's column widths from both doors, column by column: points in the add-in, characters in the file,
 * the same pixels (columnPoints, in the workbook's `digit`). Returns how many columns the add-in sized.
 */
function samePixels(pane: FakeSheet, file: ExcelJS.Worksheet, digit?: number): number {
  const widths = [...pane.columnWidths].sort(([a], [b]) => a - b);
  expect(widths).toEqual(widths.map(([c]) => [c, columnPoints(file.getColumn(c + 1).width ?? 0, digit)]));
  return widths.length;
}

/** A plain 20-dealer ledger, for the tests of how a planner's dress (header look, grid, type size) carries. */
const DRESSED_LEDGER: [string[], ...(string | number)[][]] = [
  ["Distributor", "Revenue", "Region"],
  ...Array.from({ length: 20 }, (_, i) => [`Dealer ${i + 1}`, (20 - i) * 1000, i % 2 ? "East" : "West"]),
];

const HEADERS = ["Distributor", "Revenue", "Partner Since", "Last Visit", "Region"];
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function rows(): { name: string; revenue: number; since: Date; visit: Date; region: string }[] {
  return Array.from({ length: 40 }, (_, i) => ({
    name: `Dealer ${i + 1}`,
    revenue: 1000 * ((i * 37) % 41) + 500,
    since: day(2005 + (i % 18), 1 + (i % 12), 1 + (i % 27)),
    visit: day(2025, 1 + (i % 6), 1 + (i % 28)),
    region: i % 3 ? "East" : "West",
  }));
}

describe("Excel's date serials", () => {
  it("read as the dates they show, 1900 leap-year quirk included", () => {
    expect(dateFromExcelSerial(1)?.toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(dateFromExcelSerial(59)?.toISOString().slice(0, 10)).toBe("1900-02-28");
    expect(dateFromExcelSerial(61)?.toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(dateFromExcelSerial(45474)?.toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(dateFromExcelSerial(0)).toBeNull();
    expect(excelSerialOf(day(2024, 7, 1).getTime())).toBe(45474);
  });

  it("in the 1904 date system count from 1904-01-01, 1,462 days short of the 1900 system's", () => {
    expect(dateFromExcelSerial(0, true)?.toISOString().slice(0, 10)).toBe("1904-01-01");
    expect(dateFromExcelSerial(44012, true)?.toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(dateFromExcelSerial(-1, true)).toBeNull();
    expect(excelSerialOf(day(2024, 7, 1).getTime(), true)).toBe(44012);
    expect(parseDate(44012, undefined, undefined, true)).toEqual({ kind: "value", value: day(2024, 7, 1) });
    // Eight digits stay yyyymmdd in either system.
    expect(parseDate(20190301, undefined, undefined, true)).toEqual({
      kind: "value",
      value: day(2019, 3, 1),
    });
  });

  it("of either system are told apart by the workbook's DATE(2000,1,1), as the fake gives it", async () => {
    for (const date1904 of [false, true]) {
      const wb = new FakeWorkbook({ date1904 });
      wb.addSheet("Dealers");
      const ctx = asExcelContext(wb.context());
      const d = ctx.workbook.functions.date(2000, 1, 1);
      expect(() => d.value).toThrow(/not been loaded/);
      d.load("value");
      await ctx.sync();
      expect(d.value).toBe(date1904 ? 35064 : 36526);
    }
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["h:mm:ss", false],
    ['0.0"万元"', false],
    ["General", false],
    ["@", false],
    ["0.00%", false],
  ])("%s is a date format: %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("the same sheet through the add-in and the command line", () => {
  it("gives the same tiers, tenures and every written cell when dates come as serials", async () => {
    const data = rows();
    // The add-in's view: serial numbers, shown as dates by their number format.
    const wb = new FakeWorkbook();
    const sheet = wb
      .addSheet("Dealers")
      .fill([
        HEADERS,
        ...data.map((r) => [
          r.name,
          r.revenue,
          excelSerialOf(r.since.getTime()),
          excelSerialOf(r.visit.getTime()),
          r.region,
        ]),
      ]);
    for (let r = 1; r <= data.length; r++) {
      sheet.put(r, 2, { format: "yyyy-mm-dd" });
      sheet.put(r, 3, { format: "yyyy-mm-dd" });
    }
    await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });

    // The command line's view: the same sheet as an .xlsx with real dates.
    const dir = await tempDir();
    const input = await writeWorkbook(path.join(dir, "in.xlsx"), {
      Dealers: [HEADERS, ...data.map((r) => [r.name, r.revenue, r.since, r.visit, r.region])],
    });
    const out = path.join(dir, "out.xlsx");
    expect(await runCliHere([input, "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
    const cli = (await readWorkbook(out)).getWorksheet("Dealers")!;

    const width = (sheet.cells[0] ?? []).length;
    expect(width).toBeGreaterThan(HEADERS.length + 5);
    const asValue = (v: unknown): unknown => {
      if (v instanceof Date) return excelSerialOf(v.getTime());
      if (v === null || v === undefined) return "";
      return v;
    };
    let compared = 0;
    for (let r = 0; r <= data.length; r++) {
      for (let c = HEADERS.length; c < width; c++) {
        const excel = asValue(sheet.value(r, c));
        const file = asValue(cli.getCell(r + 1, c + 1).value);
        expect([r, c, file]).toEqual([r, c, excel]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
    // Tenure from the dates, not from a 45,000-year serial: the reasons name years as partner the same way.
    const tierColumn = HEADERS.length;
    expect(sheet.value(0, tierColumn)).toBe("Tier");
  });
});

describe("a workbook in the 1904 date system (an old Mac workbook)", () => {
  /** Tiers `rows()` in a fake workbook of the given date system, its dates as that system's serials. */
  async function tierIn(date1904: boolean, headerMonths = false): Promise<FakeWorkbook> {
    const shift = date1904 ? 1462 : 0;
    const serial = (d: Date): number => excelSerialOf(d.getTime()) - shift;
    const wb = new FakeWorkbook({ date1904 });
    const months = [1, 2, 3].map((m) => day(2025, m, 1));
    const header = headerMonths ? [...HEADERS, ...months.map(serial), "2024 Sales"] : HEADERS;
    const sheet = wb
      .addSheet("Dealers")
      .fill([
        header,
        ...rows().map((r, i) => [
          r.name,
          r.revenue,
          serial(r.since),
          serial(r.visit),
          r.region,
          ...(headerMonths ? [...months.map((_, k) => 100 * ((i * 7 + k) % 13) + 50), 4000 + 10 * i] : []),
        ]),
      ]);
    for (let r = 1; r <= rows().length; r++) {
      sheet.put(r, 2, { format: "yyyy-mm-dd" });
      sheet.put(r, 3, { format: "yyyy-mm-dd" });
    }
    if (headerMonths) for (let c = 5; c < 8; c++) sheet.put(0, c, { format: "yyyy-mm" });
    await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    return wb;
  }

  it.each([false, true])(
    "reads its dates and writes its next reviews as the same days as a 1900 workbook (months in the header: %s)",
    async (headerMonths) => {
      const [a, b] = await Promise.all([tierIn(false, headerMonths), tierIn(true, headerMonths)]);
      const s1900 = a.sheet("Dealers")!;
      const s1904 = b.sheet("Dealers")!;
      const width = (s1900.cells[0] ?? []).length;
      const review = (s1900.cells[0] ?? []).findIndex((c) => c?.value === "Next Review");
      const first = (s1900.cells[0] ?? []).findIndex((c) => c?.value === "Tier");
      expect(review).toBeGreaterThan(first);
      expect(first).toBeGreaterThanOrEqual(5);
      let compared = 0;
      for (let r = 0; r <= rows().length; r++)
        for (let c = first; c < width; c++) {
          const x = s1900.value(r, c);
          const y = s1904.value(r, c);
          // Tenure, visits and tiers alike; a next review is the same day, 1,462 serials apart.
          if (r > 0 && c === review) {
            expect(typeof x).toBe("number");
            expect([r, (x as number) - (y as number)]).toEqual([r, 1462]);
            expect(dateFromExcelSerial(y as number, true)).toEqual(dateFromExcelSerial(x as number));
          } else expect([r, c, y]).toEqual([r, c, x]);
          compared++;
        }
      expect(compared).toBeGreaterThan(300);
      // The red "overdue" mark starts at the run's day in the workbook's own serials.
      const format = (sheet: typeof s1900): string => String(sheet.cell(1, review)?.format);
      expect(format(s1900)).toContain(`[<${excelSerialOf(AS_OF.getTime())}]`);
      expect(format(s1904)).toContain(`[<${excelSerialOf(AS_OF.getTime()) - 1462}]`);
      // Visits in 2025 are recent: read as 1900 serials they were in 2021, every dealer long unvisited.
      expect(JSON.stringify(s1904.cells)).not.toMatch(/20(29|30)-/);
    },
  );
});

describe("months headed by dates", () => {
  it("are summed as this year's sales by both doors, last year's beside them, and both write the same", async () => {
    // A ledger's months typed as dates (2025-01 … 2025-04 shown "yyyy-mm"), beside last year's sales:
    // Office.js gives the header's serials and formats, the .xlsx its dates.
    const months = [1, 2, 3, 4].map((m) => day(2025, m, 1));
    const header = ["Distributor", "Region", ...months, "2024 Sales"];
    const body = Array.from({ length: 30 }, (_, i) => [
      `Dealer ${i + 1}`,
      i % 2 ? "East" : "West",
      ...months.map((_, k) => 1000 * ((i * 7 + k) % 13) + 100),
      // The largest of last year is the smallest now: tiered by last year, it was a key account.
      i === 0 ? 900_000 : 40_000 + 100 * i,
    ]);
    const wb = new FakeWorkbook();
    const sheet = wb
      .addSheet("Dealers")
      .fill([header.map((h) => (h instanceof Date ? excelSerialOf(h.getTime()) : h)), ...body]);
    for (let c = 2; c < 6; c++) sheet.put(0, c, { format: "yyyy-mm" });
    const table = await readTarget(asExcelContext(wb.context()), {
      useSelection: false,
      messages: getMessages("en-US").excel,
      supports: wb.supports,
    });
    expect(table.values[0]?.slice(2, 6)).toEqual(months);
    const done = await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    expect(JSON.stringify(done)).toContain("2025-01");

    const dir = await tempDir();
    const input = await writeWorkbook(path.join(dir, "months.xlsx"), { Dealers: [header, ...body] });
    const out = path.join(dir, "out.xlsx");
    expect(await runCliHere([input, "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
    const cli = (await readWorkbook(out)).getWorksheet("Dealers")!;
    const width = (sheet.cells[0] ?? []).length;
    expect(sheet.value(0, header.length)).toBe("Tier");
    for (let r = 0; r <= body.length; r++)
      for (let c = header.length; c < width; c++) {
        const v = cli.getCell(r + 1, c + 1).value;
        const file = v instanceof Date ? excelSerialOf(v.getTime()) : (v ?? "");
        expect([r, c, file]).toEqual([r, c, sheet.value(r, c) ?? ""]);
      }
    // Dealer 1 sold 900,000 last year and little now: tiered by this year's months, no key account.
    expect(sheet.value(1, header.length)).not.toBe("Key account");
  });
});

describe("merged cells", () => {
  it("where the tier columns go stop the add-in before anything is written, as they stop the CLI", async () => {
    const wb = new FakeWorkbook();
    const sheet = wb
      .addSheet("Dealers")
      .fill([
        ["Distributor", "Revenue", "Owner"],
        ...Array.from({ length: 8 }, (_, i) => [`Dealer ${i + 1}`, (8 - i) * 1000, i === 1 ? "Ann" : ""]),
      ]);
    // The owner merged across into D, the first column the run would write.
    sheet.merged.push({ row: 2, column: 2, rows: 2, columns: 2 });
    await expect(
      tierInExcel(asExcelContext(wb.context()), { language: "en-US", supports: wb.supports, asOf: AS_OF }),
    ).rejects.toMatchObject({
      name: "TieringBlockedError",
      findings: [
        expect.objectContaining({
          code: "output.merged",
          row: 3,
          column: "D",
          message:
            "Cells C3:D4 on sheet 'Dealers' are merged where the column 'Tier' goes: unmerge them (Home > Merge & Center) or move them, then run again. Nothing was written.",
        }),
      ],
    });
    expect(sheet.value(0, 3)).toBe("");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers"]);
  });

  it("read as their master's value in the add-in, as the CLI reads them, and both write the same", async () => {
    const header = ["Distributor", "Revenue", "Region", "Owner"];
    const body = Array.from({ length: 12 }, (_, i) => [`Dealer ${i + 1}`, (12 - i) * 1000]);
    // Region merged down over rows 2-7 and 8-13; the owner merged over rows 2-4.
    const region = (i: number): string => (i < 6 ? "East" : "West");
    const wb = new FakeWorkbook();
    const sheet = wb
      .addSheet("Dealers")
      .fill([
        header,
        ...body.map((r, i) => [...r, i === 0 || i === 6 ? region(i) : "", i === 0 ? "Ann" : ""]),
      ]);
    sheet.merged.push(
      { row: 1, column: 2, rows: 6, columns: 1 },
      { row: 7, column: 2, rows: 6, columns: 1 },
      { row: 1, column: 3, rows: 3, columns: 1 },
    );
    const table = await readTarget(asExcelContext(wb.context()), {
      useSelection: false,
      messages: getMessages("en-US").excel,
      supports: wb.supports,
    });
    expect(table.values.slice(1).map((r) => r[2])).toEqual(body.map((_, i) => region(i)));
    expect(table.values.slice(1, 5).map((r) => r[3])).toEqual(["Ann", "Ann", "Ann", ""]);
    // Without ExcelApi 1.13 the sheet is read as Excel gives it.
    const old = await readTarget(asExcelContext(wb.context()), {
      useSelection: false,
      messages: getMessages("en-US").excel,
      supports: (set, v) => !(set === "ExcelApi" && Number(v) >= 1.13),
    });
    expect(old.values[2]?.[2]).toBe("");

    await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    const dir = await tempDir();
    const input = await writeWorkbook(
      path.join(dir, "merged.xlsx"),
      {
        Dealers: [
          header,
          ...body.map((r, i) => [...r, i === 0 || i === 6 ? region(i) : null, i === 0 ? "Ann" : null]),
        ],
      },
      (book) => {
        const ws = book.getWorksheet("Dealers")!;
        ws.mergeCells("C2:C7");
        ws.mergeCells("C8:C13");
        ws.mergeCells("D2:D4");
      },
    );
    const out = path.join(dir, "merged.out.xlsx");
    expect(await runCliHere([input, "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
    const cli = (await readWorkbook(out)).getWorksheet("Dealers")!;
    const width = (sheet.cells[0] ?? []).length;
    for (let r = 0; r <= body.length; r++)
      for (let c = header.length; c < width; c++) {
        const v = cli.getCell(r + 1, c + 1).value;
        const file = v instanceof Date ? excelSerialOf(v.getTime()) : (v ?? "");
        expect([r, c, file]).toEqual([r, c, sheet.value(r, c)]);
      }
  });
  it("as a two-level header, read alike by both doors: the same cells written, both header rows frozen", async () => {
    // "Revenue" merged over its years; the name and the region merged down both header rows.
    const top = ["Distributor", "Revenue (RMB 10k)", "", "Region"];
    const years = ["", 2024, 2025, ""];
    const body = Array.from({ length: 12 }, (_, i) => [
      `Dealer ${i + 1}`,
      (i * 7) % 13,
      (12 - i) * 10,
      i % 2 ? "East" : "West",
    ]);
    const areas = [
      { row: 0, column: 0, rows: 2, columns: 1 },
      { row: 0, column: 1, rows: 1, columns: 2 },
      { row: 0, column: 3, rows: 2, columns: 1 },
    ];
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet("Dealers").fill([top, years, ...body]);
    sheet.merged.push(...areas);
    const done = await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    expect(done.outcome.findings).toEqual([]);
    expect(done.outcome.plan?.columns.find((c) => c.key === "tier")).toBeDefined();
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 1]);
    expect(sheet.autoFilter).toMatch(/^A2:/);
    // Our headers stand on the labels' row, right above the data, nothing of ours above them.
    expect(sheet.value(1, 4)).toBe("Tier");
    expect(sheet.value(0, 4)).toBe("");
    expect(sheet.value(2, 4)).not.toBe("");

    const dir = await tempDir();
    const input = await writeWorkbook(
      path.join(dir, "twolevel.xlsx"),
      { Dealers: [top.map((v) => v || null), years.map((v) => v || null), ...body] },
      (book) => {
        const ws = book.getWorksheet("Dealers")!;
        ws.mergeCells("A1:A2");
        ws.mergeCells("B1:C1");
        ws.mergeCells("D1:D2");
      },
    );
    const out = path.join(dir, "twolevel.out.xlsx");
    expect(await runCliHere([input, "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
    const cli = (await readWorkbook(out)).getWorksheet("Dealers")!;
    const width = (sheet.cells[1] ?? []).length;
    expect(width).toBeGreaterThan(top.length);
    for (let r = 0; r < body.length + 2; r++)
      for (let c = top.length; c < width; c++) {
        const v = cli.getCell(r + 1, c + 1).value;
        const file = v instanceof Date ? excelSerialOf(v.getTime()) : (v ?? "");
        expect([r, c, file]).toEqual([r, c, sheet.value(r, c)]);
      }
    expect(cli.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 1 });
  });
});

describe("hidden rows", () => {
  const header = ["Distributor", "Revenue", "Region"];
  const body = Array.from({ length: 12 }, (_, i) => [
    `Dealer ${i + 1}`,
    (12 - i) * 1000,
    i % 3 === 1 ? "South" : "East",
  ]);
  // The South's rows hidden by a filter on Region (sheet rows 3, 6, 9, 12), and a title row above the data.
  const hidden = body.flatMap((r, i) => (r[2] === "South" ? [i + 1] : []));
  const message =
    "Rows 3, 6, 9, 12 are hidden (by a filter or by hand) and were tiered and written with the others: tiers compare all 12 accounts of the sheet, and a filter only changes what is shown. To tier some accounts alone, copy their rows to a new sheet and run it there.";

  it("are said by both doors alike, their accounts tiered and written with the rest", async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet("Dealers").fill([header, ...body]);
    for (const r of hidden) sheet.hiddenRows.add(r);
    const done = await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    expect(done.outcome.findings.filter((f) => f.code === "rows.hidden")).toEqual([
      {
        code: "rows.hidden",
        severity: "warning",
        row: 3,
        column: "A",
        header: "Distributor",
        rowHidden: true,
        message,
      },
    ]);
    // Every row written, the hidden ones too.
    for (let r = 1; r <= body.length; r++) expect(sheet.value(r, 3)).not.toBe("");

    const dir = await tempDir();
    const input = await writeWorkbook(
      path.join(dir, "hidden.xlsx"),
      { Dealers: [header, ...body] },
      (book) => {
        for (const r of hidden) book.getWorksheet("Dealers")!.getRow(r + 1).hidden = true;
      },
    );
    const out = path.join(dir, "hidden.out.xlsx");
    const report = path.join(dir, "hidden.json");
    expect(await runCliHere([input, "--out", out, "--report", report, "--lang", "en-US", "--quiet"])).toBe(0);
    const findings = (JSON.parse(await readFile(report, "utf8")) as { findings: { code: string }[] })
      .findings;
    // The report marks the finding's row hidden, as the pane's finding is.
    expect(findings.filter((f) => f.code === "rows.hidden")).toEqual([
      {
        code: "rows.hidden",
        severity: "warning",
        row: 3,
        column: "A",
        header: "Distributor",
        message,
        rowHidden: true,
      },
    ]);
    const cli = (await readWorkbook(out)).getWorksheet("Dealers")!;
    for (let r = 1; r <= body.length; r++) {
      expect([r, cli.getCell(r + 1, 4).value]).toEqual([r, sheet.value(r, 3)]);
      expect([r, cli.getRow(r + 1).hidden]).toEqual([r, hidden.includes(r)]);
    }
  });

  it("are marked on the terminal where a finding's row is hidden, a blocked run's errors too", async () => {
    const dir = await tempDir();
    const run = async (
      name: string,
      rows: unknown[][],
      lang: string,
    ): Promise<{ code: number; out: string }> => {
      const input = await writeWorkbook(
        path.join(dir, `${name}.xlsx`),
        // A formula as ExcelJS writes one (no value saved), beside the engine's cells.
        { Dealers: [header, ...rows] as Cell[][] },
        (book) => {
          for (const r of hidden) book.getWorksheet("Dealers")!.getRow(r + 1).hidden = true;
        },
      );
      let out = "";
      const sink = new PassThrough() as unknown as NodeJS.WriteStream;
      sink.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
      const code = await runCli([input, "--out", path.join(dir, `${name}.out.xlsx`), "--lang", lang], {
        stdout: sink,
        stderr: sink,
        env: {},
        now: () => AS_OF,
      });
      return { code, out };
    };
    // Sales below zero on sheet row 6 (hidden) and row 5 (shown).
    const negative = body.map((r, i) => (i === 4 || i === 3 ? [r[0], -500, r[2]] : r));
    const warned = await run("negative", negative, "en-US");
    expect(warned.code).toBe(0);
    const lines = warned.out.split("\n");
    expect(lines).toContain("  - Row 5: Revenue '-500' is negative; treated as no sales.");
    expect(lines).toContain(
      "  - Row 6: Revenue '-500' is negative; treated as no sales. (row 6 is hidden by a filter or by hand)",
    );
    // The finding on the hidden accounts names the rows itself: not marked again.
    expect(lines.filter((l) => l.includes("is hidden by a filter"))).toHaveLength(1);
    // A formula Excel never calculated, on sheet row 6 (hidden): the run stops, and says where.
    const formula = body.map((r, i) => (i === 4 ? [r[0], { formula: "B2*2" }, r[2]] : r));
    const blocked = await run("formula", formula, "zh-CN");
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toMatch(/^第6行：Revenue是公式（=B2\*2）.*再运行。（第6行已被筛选或手动隐藏）\n/);
  });

  it("say nothing where only rows with no account are hidden, and cost no read where none are", async () => {
    // A title, a blank row below it hidden by hand, the header and the dealers.
    const book = (hide: number[]): FakeWorkbook => {
      const wb = new FakeWorkbook();
      const sheet = wb.addSheet("Dealers").fill([["Dealers 2025"], [], header, ...body]);
      for (const r of hide) sheet.hiddenRows.add(r);
      return wb;
    };
    const read = async (wb: FakeWorkbook) =>
      readTarget(asExcelContext(wb.context()), {
        useSelection: false,
        messages: getMessages("en-US").excel,
        supports: wb.supports,
      });
    const plain = await read(book([]));
    expect(plain.hiddenRows).toBeUndefined();
    const shown = await read(book([1]));
    expect(shown.hiddenRows).toEqual([1]);
    // Two syncs more than the plain sheet's: the part's flag, and its visible rows' addresses as it is mixed.
    expect(shown.syncs - plain.syncs).toBe(2);
    const wb = book([1]);
    const done = await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    expect(done.outcome.findings.filter((f) => f.code === "rows.hidden")).toEqual([]);
  });
});

describe("the strategy sheet", () => {
  it("looks the same from both doors: header bands, right-aligned number headers, fonts, formats", async () => {
    // The pane's strategy sheet had bold headers only: no band, no wrap, no line above the total.
    const header = ["Distributor", "Revenue", "Prior Year Revenue", "Credit Rating", "Owner", "Region"];
    const body = Array.from({ length: 40 }, (_, i) => [
      `Dealer ${i + 1}`,
      i % 7 === 6 ? 0 : (40 - i) * 1000,
      (30 - (i % 30)) * 1000,
      i % 5 === 0 ? "C" : "A",
      `Rep ${i % 3}`,
      i % 2 ? "East" : "West",
    ]);
    const both = await throughBothDoors([header, ...body]);
    const pane = both.wb.sheet("Tiering Strategy")!;
    const cli = both.cli.getWorksheet("Tiering Strategy")!;

    // The pane marks its texts "@" (never a formula); the file's inline strings are text as they are.
    // A blank cell's format shows nothing: the pane sets it on its whole block, the file skips the cell.
    const plainFormat = (f: string | undefined): string =>
      f === undefined || f === "General" || f === "@" ? "" : f;
    const seen = { fill: 0, right: 0, border: 0, italic: 0 };
    const rows = Math.max(pane.cells.length, cli.rowCount);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(pane.cells[r]?.length ?? 0, cli.getRow(r + 1).cellCount);
      for (let c = 0; c < width; c++) {
        const p = pane.cell(r, c);
        const f = cli.getCell(r + 1, c + 1);
        const fill = f.fill?.type === "pattern" ? f.fill.fgColor?.argb : undefined;
        const file = {
          value: f.value ?? "",
          bold: f.font?.bold === true,
          italic: f.font?.italic === true,
          fill: fill ? `#${fill.slice(2)}` : undefined,
          right: f.alignment?.horizontal === "right",
          topBorder: f.border?.top?.style !== undefined,
          format: (f.value ?? "") === "" ? "" : plainFormat(f.numFmt),
        };
        const excel = {
          value: p?.value ?? "",
          bold: p?.bold === true,
          italic: p?.italic === true,
          fill: p?.fill,
          right: p?.horizontal === "Right",
          topBorder: p?.borders?.top?.style !== undefined,
          format: (p?.value ?? "") === "" ? "" : plainFormat(p?.format),
        };
        expect([r, c, file]).toEqual([r, c, excel]);
        if (excel.fill) seen.fill++;
        if (excel.right) seen.right++;
        if (excel.topBorder) seen.border++;
        if (excel.italic) seen.italic++;
      }
    }
    // Every table's band, its numbers' headers on the right, the total's line, the grey subtitle.
    expect(seen.fill).toBeGreaterThan(30);
    expect(seen.right).toBeGreaterThan(15);
    expect(seen.border).toBeGreaterThan(3);
    expect(seen.italic).toBeGreaterThan(0);
    // "Key" stands over the owners' counts of key accounts, "Owner" at the left.
    const ownersAt = pane.cells.findIndex((row) => row?.[0]?.value === "Owner");
    expect(pane.cell(ownersAt, 1)?.value).toBe("Key");
    expect(pane.cell(ownersAt, 1)?.horizontal).toBe("Right");
    expect(pane.cell(ownersAt, 0)?.horizontal).toBeUndefined();
  });
});

describe("a workbook whose base font is 14 points", () => {
  it("gets the strategy sheet's titles and headings as far above its type from both doors", async () => {
    // Found by rendering: its headings (12 points) stood smaller than the figures under them (14).
    const both = await throughBothDoors(DRESSED_LEDGER, {
      fake: { normalFontSize: 14 },
      // ExcelJS writes Calibri 11 as the first font: the workbook's base font made 14.
      repack: async (zip) => {
        const styles = await zip.file("xl/styles.xml")!.async("string");
        const first = /<font>[\s\S]*?<\/font>/.exec(styles)![0];
        zip.file("xl/styles.xml", styles.replace(first, first.replace(/<sz val="11"\/>/, '<sz val="14"/>')));
      },
    });
    const pane = both.wb.sheet("Tiering Strategy")!;
    const cli = both.cli.getWorksheet("Tiering Strategy")!;

    const sizes: [number, number | undefined, number | undefined][] = [];
    for (let r = 0; r < pane.cells.length; r++) {
      const p = pane.cell(r, 0);
      const f = cli.getCell(r + 1, 1);
      if (p?.size === undefined && f.font?.size === undefined) continue;
      sizes.push([r, f.font?.size === 14 ? undefined : f.font?.size, p?.size]);
    }
    // The file's plain cells take the base font (14): the pane sets no size on them.
    expect(sizes.map(([r, file]) => [r, file])).toEqual(sizes.map(([r, , excel]) => [r, excel]));
    expect(sizes.map(([, , excel]) => excel)).toContain(19);
    expect(sizes.map(([, , excel]) => excel)).toContain(15);
  });
});

describe("a workbook whose base font is 14 points, its header too", () => {
  it("sizes our columns in its own digits from both doors: a header as large as the base is not widened", async () => {
    // Widths count the base font's digits; a 14-point header over 14-point data had been widened by 14/11.
    const base14 = async (zip: JSZip): Promise<void> => {
      const styles = await zip.file("xl/styles.xml")!.async("string");
      const first = /<font>[\s\S]*?<\/font>/.exec(styles)![0];
      zip.file("xl/styles.xml", styles.replace(first, first.replace(/<sz val="11"\/>/, '<sz val="14"/>')));
    };
    const run = (size: number, fake: FakeOptions) =>
      throughBothDoors(DRESSED_LEDGER, {
        fake,
        dress: (sheet) => {
          for (let c = 0; c < 3; c++) sheet.put(0, c, { bold: true, size });
        },
        decorate: (book) => {
          for (let c = 1; c <= 3; c++)
            book.getWorksheet("Dealers")!.getCell(1, c).font = { bold: true, size };
        },
        repack: size === 14 ? base14 : undefined,
      });
    const fileWidths = (both: Awaited<ReturnType<typeof run>>): (number | undefined)[] =>
      both.cli.getWorksheet("Dealers")!.columns.map((c) => c.width);
    // Calibri 14's digit taken as 9 pixels (7 × 14 / 11): the fake's column at the standard width says so.
    const big = await run(14, { normalFontSize: 14, digitPixels: 9 });
    const usual = await run(11, {});
    expect(fileWidths(big)).toEqual(fileWidths(usual));
    expect(samePixels(big.wb.sheet("Dealers")!, big.cli.getWorksheet("Dealers")!, 9)).toBeGreaterThan(5);
    expect(samePixels(usual.wb.sheet("Dealers")!, usual.cli.getWorksheet("Dealers")!, 7)).toBeGreaterThan(5);
  });
});

describe("a ledger whose header has a look of its own (a dark fill, white bold type, borders)", () => {
  const [header, ...body] = DRESSED_LEDGER;
  it("gives our headers that look from both doors, as Excel carries a table's look to a column typed beside it", async () => {
    // Found by rendering: our headers stood bold on white beside the ledger's dark-blue header row.
    const both = await throughBothDoors(DRESSED_LEDGER, {
      dress: (sheet) => {
        for (let c = 0; c < 3; c++)
          sheet.put(0, c, {
            fill: "#1F4E78",
            bold: true,
            color: "#FFFFFF",
            horizontal: "Center",
            borders: { top: { style: "Continuous" } },
          });
      },
      decorate: (book) => {
        for (let c = 1; c <= 3; c++) {
          const cell = book.getWorksheet("Dealers")!.getCell(1, c);
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
          cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
          cell.alignment = { horizontal: "center" };
          cell.border = { top: { style: "thin" } };
        }
      },
    });
    const sheet = both.wb.sheet("Dealers")!;
    const cli = both.cli.getWorksheet("Dealers")!;

    const looks: unknown[] = [];
    for (let c = 3; c < (sheet.cells[0]?.length ?? 0); c++) {
      const p = sheet.cell(0, c);
      const f = cli.getCell(1, c + 1);
      const fill = f.fill?.type === "pattern" ? f.fill.fgColor?.argb : undefined;
      const file = {
        value: f.value,
        fill: fill ? `#${fill.slice(2)}` : undefined,
        bold: f.font?.bold === true,
        color: f.font?.color?.argb ? `#${f.font.color.argb.slice(2)}` : undefined,
        center: f.alignment?.horizontal === "center",
        topBorder: f.border?.top?.style !== undefined,
      };
      const excel = {
        value: p?.value,
        fill: p?.fill,
        bold: p?.bold === true,
        color: p?.color,
        center: p?.horizontal === "Center",
        topBorder: p?.borders?.top?.style !== undefined,
      };
      expect([c, file]).toEqual([c, excel]);
      looks.push(excel);
    }
    expect(looks.length).toBeGreaterThanOrEqual(8);
    expect(
      looks.every((l) => JSON.stringify(l).includes('"fill":"#1F4E78","bold":true,"color":"#FFFFFF"')),
    ).toBe(true);
  });

  it("widens a new column to its header where that look's type is larger (14 points), alike from both doors", async () => {
    // Found by rendering: "重要性得分" in 14-point type filled its column edge to edge.
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet("Dealers").fill([header, ...body]);
    for (let c = 0; c < 3; c++) sheet.put(0, c, { bold: true, size: 14 });
    await tierInExcel(asExcelContext(wb.context()), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    const dir = await tempDir();
    const at = (size: number) =>
      writeWorkbook(path.join(dir, `in-${size}.xlsx`), { Dealers: [header, ...body] }, (book) => {
        for (let c = 1; c <= 3; c++) book.getWorksheet("Dealers")!.getCell(1, c).font = { bold: true, size };
      });
    const widths = async (size: number): Promise<number[]> => {
      const out = path.join(dir, `out-${size}.xlsx`);
      expect(await runCliHere([await at(size), "--out", out, "--lang", "en-US", "--quiet"])).toBe(0);
      const ws = (await readWorkbook(out)).getWorksheet("Dealers")!;
      return Array.from(
        { length: (sheet.cells[0]?.length ?? 0) - 3 },
        (_, k) => ws.getColumn(k + 4).width ?? 0,
      );
    };
    const big = await widths(14);
    const usual = await widths(11);
    // The pane sets widths in points, the file in characters: the same pixels (columnPoints).
    const pane = Array.from({ length: big.length }, (_, k) => sheet.columnWidths.get(k + 3));
    expect(pane).toEqual(big.map((w) => columnPoints(w)));
    // "Importance Score" (16 characters) takes 21 + 4 at 14 points; a long note column stays as wide.
    const score = (sheet.cells[0] ?? []).findIndex((cell) => cell?.value === "Importance Score") - 3;
    expect(big[score]).toBe(Math.ceil((16 * 14) / 11) + 4);
    expect(usual[score]).toBeLessThan(big[score] as number);
    expect(big.every((w, k) => w >= (usual[k] as number))).toBe(true);
  });
});

describe("a ledger drawn as a grid (All Borders)", () => {
  const [header, ...body] = DRESSED_LEDGER;
  /** Which cells of ours (rows 0-20, from column 3) have a line on all four sides, per door. */
  async function grids(gridRows: (r: number) => boolean): Promise<{ excel: string[]; file: string[] }> {
    const line = { style: "Continuous", weight: "Thin", color: "#000000" };
    const thin = { style: "thin" as const, color: { argb: "FF000000" } };
    const both = await throughBothDoors([header, ...body], {
      dress: (sheet) => {
        for (let r = 0; r <= body.length; r++)
          if (gridRows(r))
            for (let c = 0; c < 3; c++)
              sheet.put(r, c, { borders: { top: line, bottom: line, left: line, right: line } });
      },
      decorate: (book) => {
        const ws = book.getWorksheet("Dealers")!;
        for (let r = 0; r <= body.length; r++)
          if (gridRows(r))
            for (let c = 1; c <= 3; c++)
              ws.getCell(r + 1, c).border = { top: thin, bottom: thin, left: thin, right: thin };
      },
    });
    const sheet = both.wb.sheet("Dealers")!;
    const cli = both.cli.getWorksheet("Dealers")!;
    const width = sheet.cells[0]?.length ?? 0;
    expect(width).toBeGreaterThan(10);
    const excel: string[] = [];
    const file: string[] = [];
    for (let r = 1; r <= body.length; r++) {
      let e = "";
      let f = "";
      for (let c = 3; c < width; c++) {
        const b = sheet.cell(r, c)?.borders;
        e += (["top", "bottom", "left", "right"] as const).every((k) => b?.[k]?.style === "Continuous")
          ? "#"
          : ".";
        const fb = cli.getCell(r + 1, c + 1).border;
        f +=
          fb?.top?.style === "thin" &&
          fb.bottom?.style === "thin" &&
          fb.left?.style === "thin" &&
          fb.right?.style === "thin"
            ? "#"
            : ".";
      }
      excel.push(e);
      file.push(f);
    }
    return { excel, file };
  }

  it("carries the grid on over our data cells from both doors, row by row, blanks too", async () => {
    // Found by rendering: the ledger's grid stopped at its last column, our fifteen columns bare beside it.
    // Row 12 (a total, say) drawn without the grid stays without it in ours.
    const { excel, file } = await grids((r) => r !== 12);
    expect(file).toEqual(excel);
    const full = "#".repeat(excel[0]!.length);
    expect(excel.filter((row, k) => k + 1 !== 12 && row === full)).toHaveLength(19);
    expect(excel[11]).toBe(".".repeat(full.length));
  });

  it("draws none where the first data row is not drawn as a grid (the header only, say)", async () => {
    const { excel, file } = await grids((r) => r === 0 || r > 1);
    expect(file).toEqual(excel);
    expect(excel.every((row) => !row.includes("#"))).toBe(true);
  });
});

describe('sales a format shows in 万 (0!.0,"万") while the cells hold yuan', () => {
  it("are read as the yuan the cells hold by both doors, and both write the same", async () => {
    const header = ["经销商名称", "年销售额（万元）", "去年销售额（万元）"];
    const body = Array.from({ length: 12 }, (_, i) => [`经销商${i + 1}`, 3_703_701 - i * 200_000, 3_000_000]);
    const WAN = '0!.0,"万"';
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet("台账").fill([header, ...body]);
    for (let r = 1; r <= body.length; r++) {
      sheet.put(r, 1, { format: WAN });
      sheet.put(r, 2, { format: WAN });
    }
    await tierInExcel(asExcelContext(wb.context()), {
      language: "zh-CN",
      supports: wb.supports,
      asOf: AS_OF,
    });

    const dir = await tempDir();
    const input = await writeWorkbook(path.join(dir, "wan.xlsx"), { 台账: [header, ...body] }, (book) => {
      const ws = book.getWorksheet("台账")!;
      for (let r = 2; r <= body.length + 1; r++) {
        ws.getCell(r, 2).numFmt = WAN;
        ws.getCell(r, 3).numFmt = WAN;
      }
    });
    const out = path.join(dir, "wan.out.xlsx");
    expect(await runCliHere([input, "--out", out, "--lang", "zh-CN", "--quiet"])).toBe(0);
    const cli = (await readWorkbook(out)).getWorksheet("台账")!;

    const noteAt = (sheet.cells[0] ?? []).findIndex((c) => c?.value === "策略建议");
    expect(noteAt).toBeGreaterThan(0);
    // 370.4万, not 370.37亿.
    expect(String(sheet.value(1, noteAt))).toMatch(/^年销售额370\.4万元，/);
    expect(cli.getCell(2, noteAt + 1).value).toBe(sheet.value(1, noteAt));
    for (let r = 1; r <= body.length; r++)
      expect([r, cli.getCell(r + 1, noteAt + 1).value]).toEqual([r, sheet.value(r, noteAt)]);
  });
});

describe("the samples, as a manager runs them, through both doors", () => {
  // The built-in samples carry what a real ledger does: a merged title over the header, 万元 in the
  // header and in cells ("503.1万"), ratings and days overdue, overrides, owners, visit dates, a totals
  // row. Each door reads them its own way (Office.js serials and formats, the CLI's package reader):
  // every cell either writes, on the data sheet, the strategy sheet and the change log, must agree, on
  // the first run and on a re-run after the same edits.
  const AS_OF_SAMPLE = new Date("2025-11-30T00:00:00Z");

  /** The add-in's view of a sheet ExcelJS read: values as Range.values gives them (a date as its serial,
   * shown as a date by its format; a formula's result, its formula beside it), merged areas listed. */
  function intoFake(source: ExcelJS.Worksheet): FakeWorkbook {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet(source.name);
    source.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        if (v instanceof Date)
          sheet.put(r - 1, c - 1, { value: excelSerialOf(v.getTime()), format: cell.numFmt });
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
          sheet.put(r - 1, c - 1, cell.numFmt ? { value: v, format: cell.numFmt } : { value: v });
        else if (v && typeof v === "object" && "formula" in v)
          sheet.put(r - 1, c - 1, { value: v.result as number, formula: `=${v.formula}` });
        else throw new Error(`${cell.address}: a cell this test does not carry over (${JSON.stringify(v)})`);
      });
    });
    for (const range of source.model.merges ?? []) {
      const [a, b] = range.split(":") as [string, string];
      const top = source.getCell(a);
      const bottom = source.getCell(b);
      sheet.merged.push({
        row: Number(top.row) - 1,
        column: Number(top.col) - 1,
        rows: Number(bottom.row) - Number(top.row) + 1,
        columns: Number(bottom.col) - Number(top.col) + 1,
      });
    }
    return wb;
  }

  const asValue = (v: unknown): unknown => {
    if (v instanceof Date) return excelSerialOf(v.getTime());
    if (v === null || v === undefined) return "";
    if (typeof v === "object" && "richText" in v)
      return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
    return v;
  };

  /** Every cell of the run's sheets the two doors wrote, compared; returns how many were not blank. */
  function compare(
    wb: FakeWorkbook,
    file: ExcelJS.Workbook,
    data: string,
    from: number,
    language: "zh-CN" | "en-US",
  ): number {
    const m = getMessages(language);
    const sheets = [data, m.workbook.strategySheetName, m.workbook.changeLogSheetName];
    // The same tabs in the same order (a planner's own sheets where they were, ours where the last run's were).
    const tabs = wb.sheets.map((s) => s.name);
    expect(file.worksheets.map((s) => s.name)).toEqual(tabs);
    for (const name of sheets) expect(tabs).toContain(name);
    let compared = 0;
    let formatted = 0;
    for (const name of sheets) {
      const pane = wb.sheet(name)!;
      const written = file.getWorksheet(name)!;
      expect(written).toBeDefined();
      // The data sheet from the first column the run wrote; the run's own sheets whole.
      const first = name === data ? from : 0;
      const rows = Math.max(pane.cells.length, written.rowCount);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(pane.cells[r]?.length ?? 0, written.getRow(r + 1).cellCount);
        for (let c = first; c < cols; c++) {
          const excel = asValue(pane.value(r, c));
          const cell = written.getCell(r + 1, c + 1);
          const cli = asValue(cell.value);
          expect([name, r + 1, c + 1, cli]).toEqual([name, r + 1, c + 1, excel]);
          if (excel === "") continue;
          compared++;
          // And its number format (a percent, a date marked overdue): text and General alike are plain.
          const plain = (f: string | undefined): string =>
            f === undefined || f === "General" || f === "@" ? "" : f;
          if (plain(cell.numFmt) !== "") formatted++;
          expect([name, r + 1, c + 1, plain(cell.numFmt)]).toEqual([
            name,
            r + 1,
            c + 1,
            plain(pane.cell(r, c)?.format),
          ]);
        }
      }
    }
    // The percents, the dates and the strategy sheet's amounts were among them.
    expect(formatted).toBeGreaterThan(Math.min(100, compared / 10));
    // The run's own sheets as wide column by column: points in the add-in, characters in the file, the same
    // pixels (the add-in had set 7 points a character, its strategy sheet a third wider than the CLI's).
    for (const name of sheets.slice(1))
      expect(samePixels(wb.sheet(name)!, file.getWorksheet(name)!)).toBeGreaterThan(3);
    // And the settings each saved, the next run's memory (rules, mapping, roster, history): the same
    // JSON, so either door re-runs what the other wrote.
    const paneSettings = (wb.sheet(SETTINGS_SHEET)?.cells ?? []).map((row) => String(row?.[0]?.value ?? ""));
    const fileSettings: string[] = [];
    file
      .getWorksheet(SETTINGS_SHEET)!
      .eachRow((row) => fileSettings.push(String(row.getCell(1).value ?? "")));
    expect(JSON.parse(fileSettings.join(""))).toEqual(JSON.parse(paneSettings.join("")));
    return compared;
  }

  /** The data sheet's looks from both doors: the tier colours' rules, the freeze, the filter, our columns' widths. */
  function sameLooks(pane: FakeSheet, file: ExcelJS.Worksheet): void {
    type FileRule = { formulae: string[]; style: { fill: { bgColor: { argb: string } } } };
    const fileRules = (
      file as unknown as { conditionalFormattings: { ref: string; rules: FileRule[] }[] }
    ).conditionalFormattings.flatMap((f) =>
      f.rules.map((r) => [f.ref, r.formulae[0], `#${r.style.fill.bgColor.argb.slice(2)}`]),
    );
    const paneRules = pane.conditionalFormats.map((f) => [f.address, f.formula1?.slice(1), f.fill]);
    expect(fileRules).toEqual(paneRules);
    expect(paneRules).toHaveLength(3);
    const view = file.views[0] as { xSplit?: number; ySplit?: number };
    expect([view.ySplit, view.xSplit]).toEqual([pane.frozenRows, pane.frozenColumns]);
    expect(file.autoFilter).toBe(pane.autoFilter);
    // Points in the add-in, characters in the file: the same pixels for every column.
    expect(samePixels(pane, file)).toBe(15);
  }

  /** The add-in over `wb` and the CLI over `input`, both as of the samples' day; the CLI's output, read. */
  async function runBoth(
    wb: FakeWorkbook,
    input: string,
    language: "zh-CN" | "en-US",
  ): Promise<ExcelJS.Workbook> {
    await tierInExcel(asExcelContext(wb.context()), { language, supports: wb.supports, asOf: AS_OF_SAMPLE });
    const out = `${input}.out.xlsx`;
    const args = [input, "--out", out, "--lang", language, "--as-of", "2025-11-30", "--quiet"];
    expect(await runCliHere(args)).toBe(0);
    return readWorkbook(out);
  }

  it.each([
    ["zh", "zh-CN"],
    ["en", "en-US"],
  ] as const)(
    "samples/distributors.%s.xlsx: every cell written is the same, run and re-run",
    async (lang, language) => {
      const input = path.resolve(__dirname, `../../../samples/distributors.${lang}.xlsx`);
      const source = (await readWorkbook(input)).worksheets[0]!;
      const wb = intoFake(source);
      const width = source.actualColumnCount;
      const options = { language, supports: wb.supports, asOf: AS_OF_SAMPLE };
      await tierInExcel(asExcelContext(wb.context()), options);
      const dir = await tempDir();
      const out = path.join(dir, "out.xlsx");
      const cliArgs = ["--lang", language, "--as-of", "2025-11-30", "--quiet"];
      expect(await runCliHere([input, "--out", out, ...cliArgs])).toBe(0);
      // 300 accounts × 15 columns, and the strategy sheet's lists.
      const firstRun = await readWorkbook(out);
      expect(compare(wb, firstRun, source.name, width, language)).toBeGreaterThan(4500);
      // And the data sheet's looks.
      sameLooks(wb.sheet(source.name)!, firstRun.getWorksheet(source.name)!);

      // A planner's edits, made alike in both: a prospect's first large order, a key account's sales gone.
      const sheet = wb.sheet(source.name)!;
      const header = (sheet.cells[2] ?? []).map((c) => c?.value);
      const salesAt = header.findIndex((h) => h === "年度销售额（万元）" || h === "Annual Sales (RMB 10k)");
      expect(salesAt).toBeGreaterThan(0);
      const tierAt = header.indexOf(getMessages(language).engine.outputHeader.tier);
      // The first account of a tier the run chose (not one a planner set in the override column).
      const overrideAt = header.findIndex((h) => h === "手动分级" || h === "Tier Override");
      expect(overrideAt).toBeGreaterThan(0);
      const firstOf = (tier: string): number =>
        sheet.cells.findIndex(
          (row, r) => r > 2 && row?.[tierAt]?.value === tier && (row?.[overrideAt]?.value ?? "") === "",
        );
      const prospect = firstOf(getMessages(language).engine.tier.prospect);
      const key = firstOf(getMessages(language).engine.tier.key);
      expect(prospect).toBeGreaterThan(2);
      expect(key).toBeGreaterThan(2);
      sheet.put(prospect, salesAt, { value: 5000 });
      sheet.put(key, salesAt, { value: 0 });
      // And an account's row deleted below both (its cells move up; the run finds it removed).
      const gone = Math.max(prospect, key) + 3;
      sheet.cells.splice(gone, 1);
      await tierInExcel(asExcelContext(wb.context()), options);
      const edited = await readWorkbook(out);
      const ws = edited.getWorksheet(source.name)!;
      ws.getCell(prospect + 1, salesAt + 1).value = 5000;
      ws.getCell(key + 1, salesAt + 1).value = 0;
      ws.spliceRows(gone + 1, 1);
      const input2 = path.join(dir, "edited.xlsx");
      await edited.xlsx.writeFile(input2);
      const out2 = path.join(dir, "out2.xlsx");
      expect(await runCliHere([input2, "--out", out2, ...cliArgs])).toBe(0);
      const rerun = await readWorkbook(out2);
      expect(compare(wb, rerun, source.name, width, language)).toBeGreaterThan(4500);
      // Re-written, not piled up: still three colour rules, over the rows there are now.
      sameLooks(wb.sheet(source.name)!, rerun.getWorksheet(source.name)!);
      // The re-run saw both: the prospect promoted, the key account demoted, said in the change column.
      const change = getMessages(language).engine.change;
      const changeAt = header.indexOf(getMessages(language).engine.outputHeader.change);
      expect(rerun.getWorksheet(source.name)!.getCell(prospect + 1, changeAt + 1).value).toBe(
        change.promoted,
      );
      expect(rerun.getWorksheet(source.name)!.getCell(key + 1, changeAt + 1).value).toBe(change.demoted);
      // And the deleted row's account in the change log, as removed, by both (compared above).
      const log = wb.sheet(getMessages(language).workbook.changeLogSheetName)!;
      const removed = getMessages(language).workbook.removedChange;
      expect(log.cells.filter((row) => row?.some((c) => c?.value === removed))).toHaveLength(1);
    },
  );
  it("a CRM's export, amounts as text ('$1,810,738', 'n/a'), statuses and gaps: every cell the same", async () => {
    // Seeded: the same sheet on every run.
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const header = [
      "Distributor",
      "Region",
      "Sales FY25 ($)",
      "Sales FY24 ($)",
      "Credit",
      "Days past due",
      "Sales rep",
      "Status",
      "Channel",
    ];
    const body: Cell[][] = Array.from({ length: 80 }, (_, i) => {
      const sales = pick([null, 0, Math.round(5_000 + next() * 3_000_000)]);
      return [
        `Acme ${i} Ltd`,
        pick(["North", "South", "East", "West"]),
        i % 7 === 0 ? (sales ? `$${sales.toLocaleString("en-US")}` : "n/a") : sales,
        Math.round(5_000 + next() * 2_500_000),
        pick(["A", "B", "C", "D", "AA", null]),
        pick([0, 0, 15, 45, 120, null]),
        pick(["Ann", "Bob", "Cy", null]),
        pick(["Active", "Prospect", "Lead", null]),
        pick(["Wholesale", "Retail", "Online", "Project"]),
      ];
    });
    const rows = [["Customer list, exported 2025-11-30"], [], header, ...body, ["Total"]];
    const dir = await tempDir();
    // A cover sheet in front (the active one) and the planner's notes after: both doors pass over the
    // cover to the sheet with distributors, and leave both sheets where they are.
    const cover = [["FY25 channel review"], ["Prepared by the channel team"]];
    const notes = [["Follow-ups"], ["Call Acme 3 about terms"]];
    const input = await writeWorkbook(path.join(dir, "crm.xlsx"), {
      Cover: cover,
      "Accounts FY25": rows,
      Notes: notes,
    });
    const book = await readWorkbook(input);
    const source = book.getWorksheet("Accounts FY25")!;
    const wb = new FakeWorkbook();
    wb.addSheet("Cover").fill(cover);
    const data = intoFake(source).sheet(source.name)!;
    wb.sheets.push(data);
    wb.addSheet("Notes").fill(notes);
    wb.active = 0;
    const file = await runBoth(wb, input, "en-US");
    expect(wb.sheets.map((s) => s.name).slice(0, 3)).toEqual(["Cover", "Accounts FY25", "Notes"]);
    expect(compare(wb, file, source.name, header.length, "en-US")).toBeGreaterThan(1000);
  });

  it("the same export as an Excel table below a title, from column C: every cell the same, one table grown", async () => {
    const header = ["Distributor", "Region", "Sales FY25 ($)", "Sales FY24 ($)", "Credit", "Sales rep"];
    const body = Array.from({ length: 30 }, (_, i) => [
      `Acme ${i} Ltd`,
      i % 3 ? "East" : "West",
      i % 5 === 4 ? 0 : (30 - i) * 40_000,
      (29 - (i % 29)) * 38_000,
      ["A", "B", "C", "D"][i % 4] as string,
      i % 6 === 5 ? null : `Rep ${i % 3}`,
    ]);
    const dir = await tempDir();
    const input = await writeWorkbook(
      path.join(dir, "table.xlsx"),
      { Accounts: [["Key account review 2025"]] },
      (book) => {
        book.getWorksheet("Accounts")!.addTable({
          name: "Accounts",
          ref: "C3",
          headerRow: true,
          columns: header.map((name) => ({ name, filterButton: true })),
          rows: body as ExcelJS.CellValue[][],
        });
      },
    );
    const source = (await readWorkbook(input)).worksheets[0]!;
    const wb = intoFake(source);
    const sheet = wb.sheet("Accounts")!;
    sheet.tables.push({
      name: "Accounts",
      rowIndex: 2,
      columnIndex: 2,
      rowCount: body.length,
      columns: [...header],
    });
    const file = await runBoth(wb, input, "en-US");
    // No sheet filter over the table from either door: the table has its own.
    expect([sheet.autoFilter, file.getWorksheet("Accounts")!.autoFilter]).toEqual([null, undefined]);
    expect(compare(wb, file, "Accounts", 2 + header.length, "en-US")).toBeGreaterThan(300);
    // One table, grown by the columns the run wrote, through either door.
    const tables = file.getWorksheet("Accounts")!.getTables() as unknown as {
      table: { columns: { name: string }[] };
    }[];
    expect(tables).toHaveLength(1);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0]!.columns).toEqual(tables[0]!.table.columns.map((c) => c.name));
  });
  it("the sample with other rules (the pane's, a rules file's): every cell the same, switched-off columns left out", async () => {
    // Key accounts making the first 70% of revenue, quarterly key reviews, no reasons or monthly hours.
    const rules = {
      version: 2,
      tiering: { method: "cumulativeRevenue", keyRevenueShare: 0.7 },
      review: { keyMonths: 3 },
      output: { reason: false, hours: false },
    };
    const input = path.resolve(__dirname, "../../../samples/distributors.zh.xlsx");
    const source = (await readWorkbook(input)).worksheets[0]!;
    const wb = intoFake(source);
    await tierInExcel(asExcelContext(wb.context()), {
      language: "zh-CN",
      supports: wb.supports,
      asOf: AS_OF_SAMPLE,
      rules,
    });
    const dir = await tempDir();
    const rulesFile = path.join(dir, "rules.json");
    await writeFile(rulesFile, JSON.stringify(rules));
    const out = path.join(dir, "out.xlsx");
    const args = [input, "--out", out, "--rules", rulesFile, "--as-of", "2025-11-30", "--quiet"];
    expect(await runCliHere(args)).toBe(0);
    const file = await readWorkbook(out);
    expect(compare(wb, file, source.name, source.actualColumnCount, "zh-CN")).toBeGreaterThan(3000);
    const header = (wb.sheet(source.name)!.cells[2] ?? []).map((c) => c?.value);
    expect(header).not.toContain("分级依据");
    expect(header).not.toContain("月度工时");
    expect(header).toContain("策略建议");
  });
  it("a re-run after a planner's edits in our own columns: the same cells kept, the same findings, in the same words", async () => {
    // What planners do between runs: type a note of their own over one account's 策略建议, set a tier by
    // hand in the tier column (not taken: the override column is the place), and delete a column of ours
    // they have no use for (晋级候选; the columns right of it move left). Both doors must keep the typed
    // note, leave the deleted column out, and say the same things about it, row and column alike.
    const input = path.resolve(__dirname, "../../../samples/distributors.zh.xlsx");
    const source = (await readWorkbook(input)).worksheets[0]!;
    const wb = intoFake(source);
    const width = source.actualColumnCount;
    const options = { language: "zh-CN" as const, supports: wb.supports, asOf: AS_OF_SAMPLE };
    await tierInExcel(asExcelContext(wb.context()), options);
    const dir = await tempDir();
    const out = path.join(dir, "out.xlsx");
    const cliArgs = ["--lang", "zh-CN", "--as-of", "2025-11-30"];
    expect(await runCliHere([input, "--out", out, ...cliArgs, "--quiet"])).toBe(0);
    const first = await readWorkbook(out);
    expect(compare(wb, first, source.name, width, "zh-CN")).toBeGreaterThan(4500);

    const m = getMessages("zh-CN").engine;
    const sheet = wb.sheet(source.name)!;
    const header = (sheet.cells[2] ?? []).map((c) => c?.value);
    const noteAt = header.indexOf(m.outputHeader.note);
    const tierAt = header.indexOf(m.outputHeader.tier);
    const candidateAt = header.indexOf(m.outputHeader.promotion);
    expect([noteAt, tierAt, candidateAt].every((c) => c >= width)).toBe(true);
    const ordinary = sheet.cells.findIndex((row, r) => r > 2 && row?.[tierAt]?.value === m.tier.ordinary);
    const noted = ordinary + 5;
    const typed = "已与老板面谈，下季度加大备货";
    const ws = first.getWorksheet(source.name)!;
    // The same edits in both: the pane's sheet and the file.
    sheet.put(noted, noteAt, { value: typed });
    ws.getCell(noted + 1, noteAt + 1).value = typed;
    sheet.put(ordinary, tierAt, { value: m.tier.key });
    ws.getCell(ordinary + 1, tierAt + 1).value = m.tier.key;
    for (const row of sheet.cells) row?.splice(candidateAt, 1);
    ws.spliceColumns(candidateAt + 1, 1);
    const input2 = path.join(dir, "edited.xlsx");
    await first.xlsx.writeFile(input2);

    const pane = await tierInExcel(asExcelContext(wb.context()), options);
    const out2 = path.join(dir, "out2.xlsx");
    const report = path.join(dir, "report.json");
    expect(await runCliHere([input2, "--out", out2, "--report", report, ...cliArgs])).toBe(0);
    const rerun = await readWorkbook(out2);
    expect(compare(wb, rerun, source.name, width, "zh-CN")).toBeGreaterThan(4000);
    // The typed note kept, the hand-set tier written over by the rules, the deleted column not back.
    const data = rerun.getWorksheet(source.name)!;
    expect(data.getCell(noted + 1, noteAt).value).toBe(typed);
    expect(data.getCell(ordinary + 1, tierAt + 1).value).toBe(m.tier.ordinary);
    expect((sheet.cells[2] ?? []).map((c) => c?.value)).not.toContain(m.outputHeader.promotion);
    // The same findings from both doors, in the same order and words, each at its row and column (and
    // the column's header).
    const said = JSON.parse(await readFile(report, "utf8")) as Report;
    const fromPane = pane.outcome.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      row: f.row ?? null,
      column: f.column ?? null,
      ...(f.header ? { header: f.header } : {}),
      message: f.message,
    }));
    expect(said.findings).toEqual(fromPane);
    // Among them the three edits, each said where it was made.
    const at = (code: string): { row: number | null; column: string | null }[] =>
      fromPane.filter((f) => f.code === code).map((f) => ({ row: f.row, column: f.column }));
    expect(at("note.editedByHand")).toEqual([{ row: noted + 1, column: expect.any(String) }]);
    expect(at("tier.editedByHand")).toEqual([{ row: ordinary + 1, column: expect.any(String) }]);
    expect(at("output.dropped")).toHaveLength(1);
  });
  it("a ledger kept with a filter over its own columns: both widen it over ours, and leave a filtered one", async () => {
    const input = path.resolve(__dirname, "../../../samples/distributors.zh.xlsx");
    for (const criteria of [false, true]) {
      const book = await readWorkbook(input);
      const source = book.worksheets[0]!;
      const own = `A3:${source.getColumn(source.actualColumnCount).letter}${source.rowCount}`;
      source.autoFilter = own;
      const dir = await tempDir();
      const file = path.join(dir, "filtered.xlsx");
      await book.xlsx.writeFile(file);
      if (criteria) {
        // A criterion on 所属区域 (the third column), as Excel writes one: the file's and the fake's.
        const { default: JSZip } = await import("jszip");
        const zip = await JSZip.loadAsync(await readFile(file));
        const sheet = "xl/worksheets/sheet1.xml";
        const xml = await zip.file(sheet)!.async("string");
        zip.file(
          sheet,
          xml.replace(
            /<autoFilter ref="([^"]+)"\/>/,
            '<autoFilter ref="$1"><filterColumn colId="2"><filters><filter val="华东"/></filters></filterColumn></autoFilter>',
          ),
        );
        await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
      }
      const wb = intoFake(source);
      wb.sheet(source.name)!.autoFilter = own;
      if (criteria) wb.sheet(source.name)!.filterCriteria.set(2, new Set());
      const out = await runBoth(wb, file, "zh-CN");
      const pane = wb.sheet(source.name)!;
      expect(compare(wb, out, source.name, source.actualColumnCount, "zh-CN")).toBeGreaterThan(4500);
      sameLooks(pane, out.getWorksheet(source.name)!);
      // Widened to our last column (AG), or left as the user set it while it filters.
      expect([criteria, pane.autoFilter]).toEqual([
        criteria,
        criteria ? own : own.replace(/^A3:[A-Z]+/, "A3:AG"),
      ]);
    }
  });
  it("a ledger printed by its print area: both doors widen it over our columns, keep it on a re-run, and take it back", async () => {
    const book = await readWorkbook(path.resolve(__dirname, "../../../samples/distributors.zh.xlsx"));
    const source = book.worksheets[0]!;
    const lastLetter = source.getColumn(source.actualColumnCount).letter;
    // The title and the whole ledger, as a planner sets it (Page Layout › Print Area › Set).
    const own = `A1:${lastLetter}${source.rowCount}`;
    source.pageSetup.printArea = own;
    const dir = await tempDir();
    const input = path.join(dir, "printed.xlsx");
    await book.xlsx.writeFile(input);
    const wb = intoFake(source);
    const pane = wb.sheet(source.name)!;
    pane.pageLayout.printArea = own;
    const bare = (area: string | undefined): string => (area ?? "").replace(/\$/g, "").replace(/^.*!/, "");
    const out = await runBoth(wb, input, "zh-CN");
    // Our last column is AG (15 beside the ledger's 18): the same area in both, the rows as they were.
    expect(bare(out.getWorksheet(source.name)!.pageSetup.printArea)).toBe(own.replace(lastLetter, "AG"));
    expect(pane.pageLayout.printArea).toBe(own.replace(lastLetter, "AG"));
    // A re-run of each door's own output keeps it; taking the run back gives the user's own back.
    const tiered = `${input}.out.xlsx`;
    const again = path.join(dir, "again.xlsx");
    expect(await runCliHere([tiered, "--out", again, "--as-of", "2025-11-30", "--quiet"])).toBe(0);
    expect(bare((await readWorkbook(again)).getWorksheet(source.name)!.pageSetup.printArea)).toBe(
      own.replace(lastLetter, "AG"),
    );
    await tierInExcel(asExcelContext(wb.context()), {
      language: "zh-CN",
      supports: wb.supports,
      asOf: AS_OF_SAMPLE,
    });
    expect(pane.pageLayout.printArea).toBe(own.replace(lastLetter, "AG"));
    const back = path.join(dir, "back.xlsx");
    expect(await runCliHere([again, "--remove-tiering", "--out", back, "--quiet"])).toBe(0);
    expect(
      await removeTiering(asExcelContext(wb.context()), { language: "zh-CN", supports: wb.supports }),
    ).toMatchObject({ removed: true });
    expect(bare((await readWorkbook(back)).getWorksheet(source.name)!.pageSetup.printArea)).toBe(own);
    expect(pane.pageLayout.printArea).toBe(own);
  });
  it.each([false, true])(
    "taking a run back (a filter of the user's: %s): both doors leave the ledger as it was, cell for cell, and the same view",
    async (ownFilter) => {
      const book = await readWorkbook(path.resolve(__dirname, "../../../samples/distributors.zh.xlsx"));
      const source = book.worksheets[0]!;
      const own = `A3:${source.getColumn(source.actualColumnCount).letter}${source.rowCount}`;
      if (ownFilter) source.autoFilter = own;
      const dir = await tempDir();
      const input = path.join(dir, "ledger.xlsx");
      await book.xlsx.writeFile(input);
      const wb = intoFake(source);
      const pane = wb.sheet(source.name)!;
      if (ownFilter) pane.autoFilter = own;
      const original = pane.cells.map((row) => (row ?? []).map((c) => asValue(c?.value)));
      const tiered = await runBoth(wb, input, "zh-CN");
      expect(tiered.worksheets.map((w) => w.name)).toHaveLength(4);

      const outcome = await removeTiering(asExcelContext(wb.context()), {
        language: "zh-CN",
        supports: wb.supports,
      });
      expect(outcome).toMatchObject({ removed: true, sheetName: source.name });
      expect(outcome.columns).toHaveLength(15);
      const back = path.join(dir, "back.xlsx");
      expect(await runCliHere([`${input}.out.xlsx`, "--remove-tiering", "--out", back, "--quiet"])).toBe(0);
      const file = await readWorkbook(back);
      // The same tabs: the ledger alone, as before the run.
      expect(file.worksheets.map((w) => w.name)).toEqual([source.name]);
      expect(wb.sheets.map((x) => x.name)).toEqual([source.name]);
      // Every cell as it was before the run, in both; nothing right of the ledger.
      const written = file.getWorksheet(source.name)!;
      const rows = Math.max(original.length, pane.cells.length, written.rowCount);
      let compared = 0;
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(original[r]?.length ?? 0, 33);
        for (let c = 0; c < cols; c++) {
          const was = original[r]?.[c] ?? "";
          // A formula (the totals row) as its result: the add-in's fake holds the two apart.
          const v = written.getCell(r + 1, c + 1).value;
          const result = v && typeof v === "object" && "formula" in v ? v.result : v;
          const cells = [asValue(pane.value(r, c)), asValue(result)];
          expect([r + 1, c + 1, ...cells]).toEqual([r + 1, c + 1, was, was]);
          if (was !== "") compared++;
        }
      }
      expect(compared).toBeGreaterThan(3000);
      // The same view: the run's freeze gone, the user's filter back to its columns (or the run's gone),
      // no colour rules, no widths of ours.
      const view = (written.views[0] ?? {}) as { ySplit?: number; xSplit?: number };
      expect([view.ySplit ?? 0, view.xSplit ?? 0]).toEqual([pane.frozenRows, pane.frozenColumns]);
      expect([pane.frozenRows, pane.frozenColumns]).toEqual([0, 0]);
      expect(written.autoFilter ?? null).toBe(pane.autoFilter);
      expect(pane.autoFilter).toBe(ownFilter ? own : null);
      expect(pane.conditionalFormats).toHaveLength(0);
      expect(
        (written as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
      ).toHaveLength(0);
      for (let c = source.actualColumnCount; c < source.actualColumnCount + 15; c++) {
        expect([c, pane.columnWidths.get(c)]).toEqual([c, undefined]);
        expect([c, written.getColumn(c + 1).width]).toEqual([c, undefined]);
      }
    },
  );

  it("taking a run back from a ledger the planner filtered by tier: both doors show every row and take the run's filter off", async () => {
    const book = await readWorkbook(path.resolve(__dirname, "../../../samples/distributors.zh.xlsx"));
    const source = book.worksheets[0]!;
    const dir = await tempDir();
    const input = path.join(dir, "ledger.xlsx");
    await book.xlsx.writeFile(input);
    const wb = intoFake(source);
    const pane = wb.sheet(source.name)!;
    await runBoth(wb, input, "zh-CN");
    // The planner shows the key accounts only: a criterion on 渠道分级 (the first column the run wrote),
    // its rows 10 to 40 hidden, the same in the file Excel saved (as Excel writes them) and in the pane's.
    const tier = source.actualColumnCount;
    expect(pane.value(2, tier)).toBe("渠道分级");
    const hidden = Array.from({ length: 31 }, (_, k) => 9 + k);
    const tiered = `${input}.out.xlsx`;
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await readFile(tiered));
    const part = "xl/worksheets/sheet1.xml";
    let xml = await zip.file(part)!.async("string");
    xml = xml.replace(
      /<autoFilter ref="([^"]+)"\/>/,
      `<autoFilter ref="$1"><filterColumn colId="${tier}"><filters><filter val="重点客户"/></filters></filterColumn></autoFilter>`,
    );
    expect(xml).toContain(`<filterColumn colId="${tier}">`);
    for (const r of hidden) xml = xml.replace(new RegExp(`<row r="${r + 1}"(?=[ >])`), `$& hidden="1"`);
    expect(xml.match(/ hidden="1"/g)).toHaveLength(hidden.length);
    zip.file(part, xml);
    await writeFile(tiered, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    pane.filterCriteria.set(tier, new Set(hidden));
    for (const r of hidden) pane.hiddenRows.add(r);

    expect(
      await removeTiering(asExcelContext(wb.context()), { language: "zh-CN", supports: wb.supports }),
    ).toMatchObject({
      removed: true,
    });
    const back = path.join(dir, "back.xlsx");
    expect(await runCliHere([tiered, "--remove-tiering", "--out", back, "--quiet"])).toBe(0);
    const written = (await readWorkbook(back)).getWorksheet(source.name)!;
    const hiddenInFile: number[] = [];
    written.eachRow({ includeEmpty: false }, (row, n) => {
      if (row.hidden) hiddenInFile.push(n - 1);
    });
    expect([hiddenInFile, [...pane.hiddenRows]]).toEqual([[], []]);
    expect([written.autoFilter ?? null, pane.autoFilter]).toEqual([null, null]);
  });

  it("a ledger whose rows are all set to one height: both doors save it, and give it back on taking the run back", async () => {
    const book = await readWorkbook(path.resolve(__dirname, "../../../samples/distributors.zh.xlsx"));
    const source = book.worksheets[0]!;
    const rows = source.rowCount;
    for (let r = 1; r <= rows; r++) source.getRow(r).height = 20;
    const dir = await tempDir();
    const input = path.join(dir, "ledger.xlsx");
    await book.xlsx.writeFile(input);
    const wb = intoFake(source);
    const pane = wb.sheet(source.name)!;
    pane.setRowHeights(0, rows - 1, 20);
    const tiered = await runBoth(wb, input, "zh-CN");
    const saved = (cells: string[]) => JSON.parse(cells.join("")).output.rowHeight;
    const fileSettings: string[] = [];
    tiered
      .getWorksheet(SETTINGS_SHEET)!
      .eachRow((row) => fileSettings.push(String(row.getCell(1).value ?? "")));
    const paneSettings = (wb.sheet(SETTINGS_SHEET)?.cells ?? []).map((row) => String(row?.[0]?.value ?? ""));
    expect([saved(fileSettings), saved(paneSettings)]).toEqual([20, 20]);
    expect(
      await removeTiering(asExcelContext(wb.context()), { language: "zh-CN", supports: wb.supports }),
    ).toMatchObject({ removed: true });
    const back = path.join(dir, "back.xlsx");
    expect(await runCliHere([`${input}.out.xlsx`, "--remove-tiering", "--out", back, "--quiet"])).toBe(0);
    const written = (await readWorkbook(back)).getWorksheet(source.name)!;
    const fileHeights = new Set<number | undefined>();
    const paneHeights = new Set<number | "fitted" | undefined>();
    for (let r = 4; r <= rows; r++) {
      fileHeights.add(written.getRow(r).height);
      paneHeights.add(pane.rowHeightOf(r - 1));
    }
    // Every data row 20 again, from both doors (they had fallen to the standard height).
    expect([[...fileHeights], [...paneHeights]]).toEqual([[20], [20]]);
  });

  it("the ribbon's re-run and the CLI's, each on what its door wrote with other rules: every cell the same", async () => {
    // The rules are given once, to the first run; each re-run takes them from the settings its door
    // saved in the workbook (one format for every door).
    const rules = { version: 2, tiering: { keyShare: 0.2 }, output: { timeShare: false } };
    const input = path.resolve(__dirname, "../../../samples/distributors.en.xlsx");
    const source = (await readWorkbook(input)).worksheets[0]!;
    const wb = intoFake(source);
    await tierInExcel(asExcelContext(wb.context()), { supports: wb.supports, asOf: AS_OF_SAMPLE, rules });
    const notices: string[] = [];
    await rerunTiering(
      { completed: () => undefined },
      {
        run: (batch) => batch(asExcelContext(wb.context())),
        supports: wb.supports,
        displayLanguage: () => "en-US",
        notify: async (message: string) => void notices.push(message),
        now: () => AS_OF_SAMPLE,
      },
    );
    expect(notices).toEqual([expect.stringMatching(/^Tiered 300 accounts with the saved rules\./)]);

    const dir = await tempDir();
    const rulesFile = path.join(dir, "rules.json");
    await writeFile(rulesFile, JSON.stringify(rules));
    const first = path.join(dir, "first.xlsx");
    const common = ["--as-of", "2025-11-30", "--quiet"];
    expect(await runCliHere([input, "--out", first, "--rules", rulesFile, ...common])).toBe(0);
    const again = path.join(dir, "again.xlsx");
    expect(await runCliHere([first, "--out", again, ...common])).toBe(0);
    const file = await readWorkbook(again);
    expect(compare(wb, file, source.name, source.actualColumnCount, "en-US")).toBeGreaterThan(4000);
    // The saved rules held: 60 key accounts (20% of 300), no time share column.
    const tiers = (wb.sheet(source.name)!.cells ?? []).map((row) => row?.[source.actualColumnCount]?.value);
    expect(tiers.filter((t) => t === "Key account")).toHaveLength(60);
    expect((wb.sheet(source.name)!.cells[2] ?? []).map((c) => c?.value)).not.toContain("Sales Time Share");
  });
});

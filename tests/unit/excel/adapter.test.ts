import { rerunTiering } from "../../../src/commands/rerunTiering";
import { type Cell, DEFAULT_RULES } from "../../../src/engine";
import {
  OfficeApiError,
  REQUEST_BUDGET_BYTES,
  TieringBlockedError,
  isOwnChange,
  noticeFragment,
  oneAtATime,
  parseNotice,
  readTarget,
  removeSettings,
  removeTiering,
  tierInExcel,
  translateOfficeError,
} from "../../../src/excel";
import { getMessages } from "../../../src/i18n";
import {
  type RunOptions,
  SETTINGS_SHEET,
  type SheetTable,
  columnPoints,
  listValues,
  parseSettings,
  runTiering,
  toPlainOutcome,
} from "../../../src/workbook";
import { FakeWorkbook, asExcelContext, type FakeSheet, type FakeTable } from "../../fakes/fakeExcel";

const en = getMessages("en-US");
const AS_OF = new Date("2025-06-30T00:00:00Z");

function ledger(n: number, names: (i: number) => string = (i) => `Dealer ${i + 1}`): Cell[][] {
  const rows: Cell[][] = [
    ["Distributor list 2025"],
    [],
    ["Distributor", "Revenue", "Region", "Channel Type"],
  ];
  for (let i = 0; i < n; i++)
    rows.push([names(i), (n - i) * 100, i % 3 ? "East" : "West", i % 2 ? "直营" : "省代"]);
  return rows;
}

function book(rows: Cell[][], options = {}): { wb: FakeWorkbook; sheet: FakeSheet } {
  const wb = new FakeWorkbook(options);
  const sheet = wb.addSheet("Dealers").fill(rows as (string | number | null)[][]);
  return { wb, sheet };
}

/** The ledger's rows as an Excel table at A1, `rows` of them under its header. */
const dealersTable = (rows: number): FakeTable => ({
  name: "Dealers",
  rowIndex: 0,
  columnIndex: 0,
  rowCount: rows,
  columns: ["Distributor", "Revenue", "Region", "Channel Type"],
});

const snapshot = (s: FakeSheet, columns: number): string =>
  JSON.stringify(s.cells.map((row) => (row ?? []).slice(0, columns).map((c) => c?.value ?? "")));

const tier = (wb: FakeWorkbook, extra: Partial<Parameters<typeof tierInExcel>[1]> = {}) =>
  tierInExcel(asExcelContext(wb.context()), {
    language: "en-US",
    supports: wb.supports,
    asOf: AS_OF,
    ...extra,
  });

describe("reading", () => {
  it("halves a read chunk when Excel's response would pass its limit (long Chinese text), and retries", async () => {
    const long = "华东区域重点经销商，长期合作，负责省内批发与零售渠道的统一配送和售后服务。".repeat(4);
    const { wb } = book(
      ledger(3_000, (i) => `经销商${i + 1}：${long}`),
      { responseLimit: 400_000 },
    );
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: false, messages: en.excel });
    expect(table.values).toHaveLength(3_003);
    expect(table.values[3_002]?.[0]).toBe(`经销商3000：${long}`);
    expect(Math.max(...wb.responses)).toBeLessThanOrEqual(400_000);
  });

  it("says in the user's language when one row is too large for Excel to send", async () => {
    const { wb } = book(ledger(5), { responseLimit: 2_000 });
    wb.sheet("Dealers")!.put(4, 0, { value: "x".repeat(5_000) });
    const zh = getMessages("zh-CN").excel;
    await expect(
      readTarget(asExcelContext(wb.context()), { useSelection: false, messages: zh }),
    ).rejects.toThrow(zh.responseTooLarge);
  });

  it("reads a 100,000-row sheet in chunks: syncs grow with chunks, not rows", async () => {
    const { wb } = book(ledger(100_000));
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: false, messages: en.excel });
    expect(table.values).toHaveLength(100_003);
    expect(table.origin).toEqual({ row: 0, column: 0 });
    expect(table.values[3]).toEqual(["Dealer 1", 10_000_000, "West", "省代"]);
    expect(table.syncs).toBeLessThan(20);
    expect(Math.max(...wb.requests)).toBeLessThan(REQUEST_BUDGET_BYTES);
  });

  it("reads only the selection when asked", async () => {
    const { wb } = book(ledger(10));
    wb.selection = { sheet: "Dealers", row: 2, column: 0, rows: 6, columns: 2 };
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: true, messages: en.excel });
    expect(table.origin).toEqual({ row: 2, column: 0 });
    expect(table.values).toHaveLength(6);
    expect(table.values[0]).toEqual(["Distributor", "Revenue"]);
  });

  it.each([
    ["whole columns A:D", { row: 0, column: 0, rows: 1_048_576, columns: 4 }, 4],
    ["the whole sheet (Ctrl+A)", { row: 0, column: 0, rows: 1_048_576, columns: 16_384 }, 4],
    ["columns A:B", { row: 0, column: 0, rows: 1_048_576, columns: 2 }, 2],
  ])("clips a selection of %s to the cells with data", async (_what, box, columns) => {
    const { wb } = book(ledger(20));
    wb.selection = { sheet: "Dealers", ...box };
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: true, messages: en.excel });
    expect(table.values).toHaveLength(23);
    expect(table.values[2]).toHaveLength(columns);
    expect(table.origin).toEqual({ row: 0, column: box.column });
    expect(table.syncs).toBeLessThanOrEqual(3);
    // Tiering from such a selection writes beside the data, not a million rows down.
    const result = await tier(wb, { useSelection: true });
    expect(result.outcome.plan?.rowCount).toBe(20);
  });

  it("reads the whole table when the selection is one cell inside it", async () => {
    const { wb, sheet } = book(ledger(10).slice(2));
    sheet.tables.push(dealersTable(10));
    wb.selection = { sheet: "Dealers", row: 4, column: 1, rows: 1, columns: 1 };
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: true, messages: en.excel });
    expect(table.values).toHaveLength(11);
    expect(table.tableName).toBe("Dealers");
  });

  it("leaves a table's total row out, whatever its name column shows (a count)", async () => {
    const rows = ledger(10).slice(2);
    // The total row as Excel shows it with Count chosen in the name column and Sum in the revenue one.
    rows.push([10, 5500, null, null]);
    const { wb, sheet } = book(rows);
    sheet.tables.push({ ...dealersTable(10), showTotals: true });
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: false, messages: en.excel });
    expect(table.totalRows).toEqual([11]);
    const result = await tier(wb);
    expect(result.outcome.summary.accounts).toBe(10);
    expect(result.outcome.findings).toContainEqual(
      expect.objectContaining({
        code: "row.total",
        row: 12,
        message: "Row 12 (Distributor '10') is the total row of the Excel table; not tiered.",
      }),
    );
  });

  it("tells the table's header row, and the run says where it is above the header read", async () => {
    // Power Query's output with its headers not promoted: the table's header is Column1 … over the real one.
    const rows: Cell[][] = [["Column1", "Column2", "Column3", "Column4"], ...ledger(10).slice(2)];
    const { wb, sheet } = book(rows);
    sheet.tables.push({
      ...dealersTable(11),
      name: "Query1",
      columns: ["Column1", "Column2", "Column3", "Column4"],
    });
    const table = await readTarget(asExcelContext(wb.context()), { useSelection: false, messages: en.excel });
    expect([table.tableName, table.tableTop]).toEqual(["Query1", 0]);
    const result = await tier(wb, { dryRun: true });
    expect(
      result.outcome.findings.filter((f) => f.code === "output.outsideTable").map((f) => [f.row, f.column]),
    ).toEqual([[1, "A"]]);
  });

  it("reads the sheet's PivotTables, and the run warns that tiers beside one's rows stay put when it is refreshed", async () => {
    // A PivotTable of sales by region and distributor (compact form) from A3, its filter area above.
    const rows: Cell[][] = [["Region", "(All)"], [], ["Row Labels", "Sum of Revenue"]];
    for (const [g, region] of ["East", "West"].entries()) {
      const sales = Array.from({ length: 6 }, (_, i) => (6 - i) * 100 + g * 10);
      rows.push([region, sales.reduce((a, b) => a + b, 0)]);
      sales.forEach((s, i) => rows.push([`Dealer ${g * 6 + i + 1}`, s]));
    }
    rows.push(["Grand Total", 4320]);
    const pivot = { name: "PivotTable1", row: 2, column: 0, rows: 16, columns: 2, source: "Data!$A$1:$C$13" };
    const read = async (supported: number) => {
      const { wb, sheet } = book(rows, {
        // ExcelApi 1.x up to 1.`supported`.
        supported: (_set: string, version: string) => Number(version.split(".")[1]) <= supported,
      });
      sheet.pivotTables.push(pivot);
      const table = await readTarget(asExcelContext(wb.context()), {
        useSelection: false,
        messages: en.excel,
        supports: wb.supports,
      });
      const result = await tier(wb);
      return { table, result, sheet };
    };
    const { table, result, sheet } = await read(15);
    expect(table.pivotTables).toEqual([
      { name: "PivotTable1", range: { row: 2, column: 0, rows: 16, columns: 2 }, source: "Data!$A$1:$C$13" },
    ]);
    const said = result.outcome.findings.filter((f) => f.code === "output.pivotTable");
    expect(said.map((f) => [f.severity, f.row, f.column, f.message])).toEqual([
      [
        "warning",
        3,
        "A",
        "The rows read are PivotTable 'PivotTable1' (A3:B18): the tier columns are written beside it, and when " +
          "the PivotTable is refreshed, its fields changed or its rows sorted, its rows move while the tier " +
          "columns do not, so the tiers no longer sit beside their distributors. Tier the PivotTable's source " +
          "instead (Data!$A$1:$C$13), or copy the PivotTable, paste it as values on a new sheet and run on that.",
      ],
    ]);
    // The distributors are tiered, the regions' headings not.
    expect(result.outcome.summary.accounts).toBe(12);
    expect([sheet.value(3, 2), sheet.value(10, 2)]).toEqual(["", ""]);
    expect([sheet.value(4, 2), sheet.value(11, 2)]).toEqual(["Ordinary account", "Key account"]);
    // No sheet filter over the pivot (Excel filters none; its row labels carry their own).
    expect(sheet.autoFilter).toBeNull();
    // Without ExcelApi 1.15 its source is not known and not named; without 1.8 no PivotTable is read.
    const older = await read(14);
    expect(older.table.pivotTables?.[0]?.source).toBe("");
    expect(older.result.outcome.findings.find((f) => f.code === "output.pivotTable")?.message).toContain(
      "Tier the PivotTable's source instead, or copy",
    );
    expect((await read(7)).table.pivotTables).toBeUndefined();
  });

  it("says an empty sheet is empty", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Blank");
    await expect(
      readTarget(asExcelContext(wb.context()), { useSelection: false, messages: en.excel }),
    ).rejects.toThrow("Sheet 'Blank' is empty");
  });
});

describe("the ribbon's notice", () => {
  it("carries any text through the dialog's URL unchanged, formulas and all", () => {
    const n = {
      title: "渠道分级",
      message: "已分级 300 家 & 经销商 #12: =SUM(A1) 100% 'x'",
      kind: "error" as const,
      language: "zh-CN" as const,
    };
    expect(parseNotice(noticeFragment(n))).toEqual(n);
    expect(parseNotice("#k=weird&l=xx")).toEqual({
      title: "",
      message: "",
      kind: "success",
      language: "en-US",
    });
  });
});

describe("Office's error codes", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["InvalidOperationInCellEditMode", "cellEdit"],
    ["RequestPayloadSizeLimitExceeded", "payload"],
    ["ResponsePayloadSizeLimitExceeded", "payload"],
    ["RangeExceedsLimit", "tooLarge"],
    ["OperationCellsExceedLimit", "tooLarge"],
    ["InvalidSelection", "selection"],
    ["ActivityLimitReached", "busy"],
    ["InvalidOrTimedOutSession", "session"],
    ["InvalidOperation", "unknown"],
  ])("%s has a message of its own in both languages", (code, problem) => {
    for (const lang of ["en-US", "zh-CN"] as const) {
      const m = getMessages(lang).excel;
      const e = translateOfficeError({ code, message: "raw" }, m, "Dealers");
      expect(e.problem).toBe(problem);
      // Never the raw "Excel reported an error" fallback with the code in it.
      expect(e.message).not.toContain(code);
      expect(e.message).not.toBe(m.unknown(`${code}: raw`));
    }
  });
});

describe("writing", () => {
  it("writes 100,000 rows in byte-sized chunks, one sync each, never over 4 MB, and leaves the user's cells alone", async () => {
    const { wb, sheet } = book(ledger(100_000));
    const before = snapshot(sheet, 4);
    const result = await tier(wb);
    expect(result.write!.syncs).toBeLessThan(60);
    expect(wb.syncs).toBeLessThan(80);
    expect(Math.max(...wb.requests)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(snapshot(sheet, 4)).toBe(before);
    expect(sheet.value(2, 4)).toBe("Tier");
    expect(sheet.value(3, 4)).toBe("Key account");
    expect(sheet.value(100_002, 4)).toBe("Ordinary account");
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.conditionalFormats.map((f) => [f.type, f.operator, f.formula1, f.fill])).toEqual([
      ["CellValue", "EqualTo", '="Key account"', "#C6EFCE"],
      ["CellValue", "EqualTo", '="Ordinary account"', "#DDEBF7"],
      ["CellValue", "EqualTo", '="Prospect"', "#F2F2F2"],
    ]);
    expect(wb.suspended).toContain("calculation");
  });

  it("shows its new columns where the user hid the empty columns right of the data; one of ours hidden since stays so", async () => {
    // A sheet tidied by hiding E:XFD (columns 4 on): every tier column was written hidden.
    const { wb, sheet } = book(ledger(20));
    for (let c = 4; c < 60; c++) sheet.hiddenColumns.add(c);
    await tier(wb);
    const ours = (sheet.cells[2] ?? []).flatMap((cell, c) => (c >= 4 && cell?.value ? [c] : []));
    expect(ours.length).toBeGreaterThanOrEqual(8);
    expect(ours.filter((c) => sheet.hiddenColumns.has(c))).toEqual([]);
    const last = Math.max(...ours);
    expect(sheet.hiddenColumns.has(last + 1)).toBe(true);
    // The planner hides Importance Score and runs again: it stays hidden.
    const score = (sheet.cells[2] ?? []).findIndex((cell) => cell?.value === "Importance Score");
    sheet.hiddenColumns.add(score);
    await tier(wb);
    expect(ours.filter((c) => sheet.hiddenColumns.has(c))).toEqual([score]);
  });

  it("gives its headers the look of the user's last header cell; bold where Excel cannot say merges, and in a table", async () => {
    const styled = (options = {}) => {
      const made = book(ledger(12), options);
      for (let c = 0; c < 4; c++) made.sheet.put(2, c, { fill: "#1F4E78", bold: true, color: "#FFFFFF" });
      return made;
    };
    const headerCells = (sheet: FakeSheet) =>
      (sheet.cells[2] ?? []).slice(4).filter((cell) => cell?.value !== undefined && cell.value !== "");
    // Copied from D3, the last of the user's (Range.copyFrom "Formats", where ExcelApi 1.13 reads merges).
    const { wb, sheet } = styled();
    await tier(wb);
    expect(headerCells(sheet).length).toBeGreaterThanOrEqual(8);
    for (const cell of headerCells(sheet))
      expect(cell).toMatchObject({ fill: "#1F4E78", bold: true, color: "#FFFFFF" });
    // Before ExcelApi 1.13 the merged areas are not read, so the look cell might lie in one: bold only.
    const old = styled({
      supported: (set: string, v: string) => !(set === "ExcelApi" && Number(v.split(".")[1]) >= 13),
    });
    await tier(old.wb);
    for (const cell of headerCells(old.sheet)) {
      expect(cell?.bold).toBe(true);
      expect(cell?.fill).toBeUndefined();
    }
    // In an Excel table the table's style draws the header: bold only, nothing copied.
    const inTable = book(ledger(10).slice(2));
    for (let c = 0; c < 4; c++) inTable.sheet.put(0, c, { fill: "#1F4E78", bold: true });
    inTable.sheet.tables.push(dealersTable(10));
    await tier(inTable.wb);
    const tableHeaders = (inTable.sheet.cells[0] ?? []).slice(4).filter((cell) => cell?.value);
    expect(tableHeaders.length).toBeGreaterThanOrEqual(8);
    for (const cell of tableHeaders) expect(cell?.fill).toBeUndefined();
  });

  it("carries the ledger's grid over its data cells, leaves a planner's own note's cell as it is, and draws many runs in few syncs", async () => {
    const line = { style: "Continuous", weight: "Thin", color: "#7F7F7F" };
    const gridded = (n: number, drawn: (i: number) => boolean) => {
      const made = book(ledger(n));
      for (let i = 0; i < n; i++)
        if (drawn(i))
          for (let c = 0; c < 4; c++)
            made.sheet.put(3 + i, c, { borders: { top: line, bottom: line, left: line, right: line } });
      return made;
    };
    const all = (cell: FakeSheet["cells"][number][number] | undefined): boolean =>
      (["top", "bottom", "left", "right"] as const).every(
        (side) => JSON.stringify(cell?.borders?.[side]) === JSON.stringify(line),
      );
    const { wb, sheet } = gridded(20, () => true);
    await tier(wb);
    const note = (sheet.cells[2] ?? []).findIndex((cell) => cell?.value === "Strategy Note");
    const last = (sheet.cells[2] ?? []).length - 1;
    expect(note).toBeGreaterThan(4);
    for (let r = 3; r < 23; r++)
      for (let c = 4; c <= last; c++) expect([r, c, all(sheet.cell(r, c))]).toEqual([r, c, true]);
    // The header keeps the look it copied (no grid there: the user's header has none).
    expect(sheet.cell(2, 4)?.borders).toBeUndefined();
    // The planner writes a note of their own in row 6 and takes its borders off: a re-run leaves that cell.
    sheet.put(6, note, { value: "Call before the trade fair", borders: {} });
    await tier(wb);
    expect(sheet.cell(6, note)).toMatchObject({ value: "Call before the trade fair", borders: {} });
    expect(all(sheet.cell(7, note))).toBe(true);
    expect(all(sheet.cell(6, note - 1))).toBe(true);

    // Every other row drawn (1,500 runs of one row): drawn alike, in a few syncs under Excel's limit.
    const banded = gridded(3000, (i) => i % 2 === 0);
    const before = banded.wb.syncs;
    await tier(banded.wb);
    for (let r = 3; r < 3 + 2000; r++)
      expect([r, all(banded.sheet.cell(r, 5))]).toEqual([r, (r - 3) % 2 === 0]);
    expect(banded.wb.syncs - before).toBeLessThan(40);
  });

  it("sizes the strategy sheet's title by the Normal style's type, Excel's 11 where the workbook cannot say", async () => {
    const title = async (options: object) => {
      const { wb } = book(ledger(12), options);
      await tier(wb);
      return wb.sheet("Tiering Strategy")!.cell(0, 0)?.size;
    };
    expect(await title({})).toBe(16);
    expect(await title({ normalFontSize: 14 })).toBe(19);
    expect(await title({ normalFontSize: 9 })).toBe(14);
    // A workbook whose styles have no "Normal" by that name (a host that names them otherwise): as at 11.
    expect(await title({ styleNames: [] })).toBe(16);
  });

  it("sets widths in the workbook's own digit: a Chinese workbook's 等线 columns hold as many characters", async () => {
    const widths = async (options: object, hide = false) => {
      const { wb, sheet } = book(ledger(12), options);
      if (hide) sheet.hiddenColumns.add(16_383);
      await tier(wb);
      const strategy = wb.sheet("Tiering Strategy")!;
      return [...sheet.columnWidths, ...[...strategy.columnWidths].map(([c, w]) => [c + 100, w] as const)];
    };
    const calibri = await widths({});
    // Calibri 11's 7-pixel digit: a plan's whole widths, 5.25 points a character.
    const chars = calibri.map(([c, points]) => [c, points / 0.75 / 7] as const);
    expect(chars.length).toBeGreaterThan(15);
    expect(chars.every(([, w]) => Number.isInteger(w))).toBe(true);
    // 等线 11 (8.38 characters in 72 pixels): the same characters, 8 pixels each.
    expect(await widths({ digitPixels: 8, standardWidth: 8.38 })).toEqual(
      chars.map(([c, w]) => [c, columnPoints(w, 8)]),
    );
    // The last column hidden, nothing to read the digit from: Calibri's at the base size (14: 9 pixels).
    expect(await widths({ normalFontSize: 14, digitPixels: 9 }, true)).toEqual(
      chars.map(([c, w]) => [c, columnPoints(w, 9)]),
    );
    expect(await widths({ digitPixels: 8, standardWidth: 8.38 }, true)).toEqual(calibri);
  });

  it("makes the tiered sheet readable: widths, wrapped reason and note, header and name frozen, a filter", async () => {
    const { wb, sheet } = book(ledger(50));
    await tier(wb);
    const header = (name: string): number => sheet.cells[2]!.findIndex((c) => c?.value === name);
    // Every new column is wide enough for its header, in Calibri 11's digits (columnPoints).
    for (const name of ["Tier", "Importance Score", "Tier Reason", "Strategy Note", "Next Review"]) {
      const c = header(name);
      expect(c).toBeGreaterThan(3);
      expect(sheet.columnWidths.get(c)).toBeGreaterThanOrEqual(columnPoints(name.length + 2));
    }
    expect([...sheet.wrappedColumns].sort()).toEqual([header("Tier Reason"), header("Strategy Note")].sort());
    expect(sheet.autofitRows).toBe(50);
    // The header row and the name column (A) stay in view; the filter covers data and our columns.
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([3, 1]);
    expect(sheet.autoFilter).toMatch(/^A3:[A-Z]+53$/);
    const strategy = wb.sheet("Tiering Strategy")!;
    expect(strategy.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: expect.stringMatching(/^A1:I\d+$/),
    });
    expect(strategy.pageBreaks.length).toBe(3);
  });

  it("keeps the height the user set every data row to where our text fits in it, as the CLI does", async () => {
    // A ledger of 20-point rows with a total row and a blank row in its data: no text of ours on either,
    // so they keep 20 (every row had been fitted, taking them down to 15); the dealers' rows, whose
    // reason and note run to several lines, are fitted to them.
    const rows = ledger(30);
    rows[12] = [];
    rows.push(["Total", 46_500]);
    const { wb, sheet } = book(rows);
    sheet.setRowHeights(0, 33, 20);
    await tier(wb);
    expect(String(sheet.value(12, 13))).toBe("");
    expect(String(sheet.value(5, 13)).length).toBeGreaterThan(60);
    expect([sheet.rowHeightOf(12), sheet.rowHeightOf(33)]).toEqual([20, 20]);
    for (const r of [3, 11, 13, 32]) expect(sheet.rowHeightOf(r)).toBe("fitted");
    // Only the rows that need more are fitted (29 dealers); the rest, at 20 already, are not set again.
    expect(sheet.autofitRows).toBe(29);
    expect(sheet.rowSpans.filter((s) => s.height !== "fitted")).toHaveLength(1);
    // A re-run, with two dealers' rows emptied, one of them hidden by a filter: the first of them takes the
    // height saved by the first run back (it stood at that run's fit); the hidden one is left as it is.
    for (const r of [7, 9]) for (const c of [0, 1, 2, 3]) sheet.put(r, c, { value: null });
    sheet.hiddenRows.add(9);
    await tier(wb);
    expect(String(sheet.value(7, 13))).toBe("");
    expect([sheet.rowHeightOf(7), sheet.rowHeightOf(9), sheet.rowHeightOf(12)]).toEqual([20, "fitted", 20]);
    expect(sheet.rowHeightOf(8)).toBe("fitted");
    // Rows at the sheet's standard height are all fitted, as before.
    const plain = book(rows);
    await tier(plain.wb);
    expect(plain.sheet.autofitRows).toBe(31);
    // A blank row after every dealer (4,000 runs of rows, more than a sync takes): each fitted or kept.
    const spaced = ledger(4_000).flatMap((row, k) => (k < 3 ? [row] : [row, []]));
    const big = book(spaced);
    big.sheet.setRowHeights(0, spaced.length - 1, 20);
    const before = big.wb.syncs;
    await tier(big.wb);
    expect(big.wb.syncs - before).toBeLessThan(80);
    expect(big.sheet.autofitRows).toBe(4_000);
    for (const r of [3, 5, 7_999, 8_001]) expect(big.sheet.rowHeightOf(r)).toBe("fitted");
    for (const r of [4, 6, 8_000, 8_002]) expect(big.sheet.rowHeightOf(r)).toBe(20);
  });

  it("writes the change log's dates as dates and wraps its reasons, rows top-aligned, as the command line does", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    // A planner raises one account to the top: the second run logs its promotion with the reason.
    const revenue = sheet.cells[2]!.findIndex((c) => c?.value === "Revenue");
    sheet.put(20, revenue, { value: 10_000_000 });
    await tier(wb);
    const log = wb.sheet("Tiering Changes")!;
    const reason = log.cells[0]!.findIndex((c) => c?.value === "Reason");
    expect(reason).toBeGreaterThan(0);
    const body = log.cells.slice(1).filter((row) => row?.some((c) => c?.value !== ""));
    expect(body.length).toBeGreaterThanOrEqual(2);
    expect(log.autofitRows).toBeGreaterThanOrEqual(body.length);
    for (const row of body) {
      // Excel's serial of the run's day, shown as yyyy-mm-dd (a sort or a filter by date works on it).
      expect(row?.[0]).toMatchObject({ value: expect.any(Number), format: "yyyy-mm-dd", vertical: "Top" });
      expect(row?.[reason]).toMatchObject({ wrap: true, vertical: "Top" });
      expect(row?.[2]?.wrap).toBeUndefined();
    }
    expect(body.map((row) => row?.[2]?.value)).toContain(sheet.value(20, 0));
  });

  it("writes nothing on a blank template (a header, no distributor under it), and says so on its row", async () => {
    const { wb, sheet } = book(ledger(0));
    const before = snapshot(sheet, 4);
    await expect(tier(wb)).rejects.toThrow(
      "Row 3 is the header, and no distributor rows follow it: there is nothing to tier, and nothing was written.",
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers"]);
    expect(snapshot(sheet, 4)).toBe(before);
  });

  it("says what is wrong with a damaged settings sheet, and tiers with the defaults", async () => {
    const { wb } = book(ledger(10));
    wb.addSheet(SETTINGS_SHEET).fill([['{"format": "channel-tiering/settings", ']]);
    const result = await tier(wb);
    expect(result.outcome.findings[0]).toMatchObject({
      severity: "warning",
      message: expect.stringContaining(SETTINGS_SHEET),
    });
    expect(result.write).not.toBeNull();
  });

  it("keeps the user's own freeze, and widens their filter over our columns where nothing is filtered", async () => {
    const { wb, sheet } = book(ledger(20));
    sheet.frozenRows = 1;
    sheet.autoFilter = "A3:D23";
    await tier(wb);
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([1, 0]);
    // An arrow on Tier too: the filter reaches our last column (N), over the same rows.
    expect(sheet.value(2, 4)).toBe("Tier");
    expect(sheet.autoFilter).toBe("A3:N23");
    // Again: it covers ours already, and stays.
    await tier(wb);
    expect(sheet.autoFilter).toBe("A3:N23");
  });

  it("leaves the user's filter as it is where it has criteria set, or stands elsewhere than the header", async () => {
    for (const [filter, criteria] of [
      ["A3:D23", true],
      ["A5:D23", false],
      ["B3:C23", false],
    ] as const) {
      const { wb, sheet } = book(ledger(20));
      sheet.autoFilter = filter;
      if (criteria) sheet.filterCriteria.set(0, new Set());
      await tier(wb);
      expect([filter, sheet.autoFilter]).toEqual([filter, filter]);
    }
  });

  it("halves a chunk that Excel finds too large and retries", async () => {
    const { wb, sheet } = book(ledger(20_000), { payloadLimit: 600_000 });
    await tier(wb);
    expect(sheet.value(20_002, 4)).toBe("Ordinary account");
    expect(Math.max(...wb.requests)).toBeLessThanOrEqual(600_000);
  });

  it("stops on a failure midway, says what was written, and leaves every original cell intact", async () => {
    const { wb, sheet } = book(ledger(30_000), { failAtSync: { sync: 12, code: "GeneralException" } });
    const before = snapshot(sheet, 4);
    const error = await tier(wb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeApiError);
    expect((error as OfficeApiError).written).toMatch(/tier columns for [\d,]+ rows/);
    expect((error as Error).message).toContain("Writing stopped partway. Already written:");
    expect(snapshot(sheet, 4)).toBe(before);
  });

  it("says what was written when it stops, in the user's language: the columns, then the sheet or sheets", async () => {
    const complete = book(ledger(300));
    await tier(complete.wb);
    const messages: string[] = [];
    const said = async (language: "zh-CN" | "en-US"): Promise<string[]> => {
      const written: string[] = [];
      messages.length = 0;
      for (let k = 1; k <= complete.wb.syncs; k++) {
        const { wb } = book(ledger(300), { failAtSync: { sync: k, code: "GeneralException" } });
        const error = await tier(wb, { language }).catch((e: unknown) => e);
        if (error instanceof OfficeApiError && error.written !== null) {
          written.push(error.written);
          messages.push(error.message);
        }
      }
      return written;
    };
    const zh = await said("zh-CN");
    // Chinese text takes a Chinese semicolon between its parts (it had "; ").
    expect(zh).toContain("10\u00a0个分级列（300\u00a0行）；工作表“分级策略”");
    expect(zh).toContain("10\u00a0个分级列（300\u00a0行）；工作表“分级策略”、“分级变更记录”");
    // One Chinese sentence after another, no space between (it had "GeneralException 写入中途停止").
    expect(messages.length).toBe(zh.length);
    for (const text of messages)
      expect(text).toMatch(/^Excel 报告错误：GeneralException: GeneralException。写入中途停止。已写入：/);
    const en = await said("en-US");
    // One sheet is a sheet (it said "sheets 'Tiering Strategy'").
    expect(en).toContain("10 tier columns for 300 rows; sheet 'Tiering Strategy'");
    expect(en).toContain("10 tier columns for 300 rows; sheets 'Tiering Strategy', 'Tiering Changes'");
    for (const text of messages)
      expect(text).toMatch(
        /^Excel reported an error: GeneralException: GeneralException\. Writing stopped partway\. /,
      );
  });

  it("stops between chunks when the user cancels, leaving the user's cells intact", async () => {
    const { wb, sheet } = book(ledger(30_000));
    const before = snapshot(sheet, 4);
    let chunks = 0;
    const error = await tier(wb, {
      onProgress: (phase) => void (phase === "writing" && chunks++),
      isCancelled: () => chunks >= 1,
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("WriteCancelled");
    expect(snapshot(sheet, 4)).toBe(before);
    expect(wb.sheet("Tiering Strategy")).toBeUndefined();
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { wb, sheet } = book(ledger(50));
    sheet.protected = true;
    const before = JSON.stringify(sheet.cells);
    await expect(tier(wb)).rejects.toThrow("Sheet 'Dealers' is protected");
    expect(JSON.stringify(sheet.cells)).toBe(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers"]);
  });

  it("says which API set is missing on an old Excel, before touching the workbook", async () => {
    const { wb } = book(ledger(5), { supported: (_set: string, v: string) => Number(v) < 1.7 });
    await expect(tier(wb)).rejects.toThrow("This version of Excel lacks ExcelApi 1.7");
    expect(wb.syncs).toBe(0);
  });

  it("translates cell-edit mode where the host cannot wait", async () => {
    const { wb } = book(ledger(5), { cellEditMode: true });
    await expect(tier(wb)).rejects.toThrow("Excel is busy editing a cell");
  });

  it("waits while the user edits a cell, then runs (delayForCellEdit)", async () => {
    const { wb, sheet } = book(ledger(5), { cellEditMode: true });
    const run = tierInExcel(asExcelContext(wb.context({ delayForCellEdit: true })), {
      language: "en-US",
      supports: wb.supports,
      asOf: AS_OF,
    });
    setTimeout(() => (wb.cellEditing = false), 30);
    await run;
    expect(sheet.value(2, 4)).toBe("Tier");
  });

  it("updates its own columns in place on a re-run and never duplicates them", async () => {
    const { wb, sheet } = book(ledger(40));
    await tier(wb);
    const headers = () => (sheet.cells[2] ?? []).map((c) => c?.value);
    const first = headers();
    sheet.put(20, 1, { value: 1_000_000 });
    const again = await tier(wb);
    expect(headers()).toEqual(first);
    expect(again.outcome.summary.changes.promoted).toBe(1);
    expect(sheet.value(20, 4)).toBe("Key account");
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(
      ["Dealers", "Tiering Changes", "Tiering Strategy", SETTINGS_SHEET].sort(),
    );
  });

  it("puts its new strategy sheet and change log in the tabs' places of the last run's, as the CLI does", async () => {
    const { wb } = book(ledger(40));
    await tier(wb);
    const names = (): string[] => wb.sheets.map((s) => s.name);
    expect(names()).toEqual(["Dealers", "Tiering Strategy", "Tiering Changes", SETTINGS_SHEET]);
    // The planner's own sheet after ours, the change log moved first and the strategy sheet before the
    // settings; the data sheet stays the active one.
    wb.addSheet("My notes");
    const byName = (n: string): FakeSheet => wb.sheets.find((s) => s.name === n)!;
    wb.sheets.splice(
      0,
      wb.sheets.length,
      ...["Tiering Changes", "Dealers", "Tiering Strategy", SETTINGS_SHEET, "My notes"].map(byName),
    );
    wb.active = 1;
    await tier(wb);
    // Added at the end, both moved behind "My notes" on every re-run.
    expect(names()).toEqual(["Tiering Changes", "Dealers", "Tiering Strategy", SETTINGS_SHEET, "My notes"]);
    expect(wb.sheets[wb.active]?.name).toBe("Dealers");
  });

  it("clears a column of ours the rules turn off on a re-run, header kept, and says so", async () => {
    const { wb, sheet } = book(ledger(40));
    await tier(wb);
    const headers = () => (sheet.cells[2] ?? []).map((c) => c?.value);
    const first = headers();
    const reason = first.indexOf("Tier Reason");
    expect(reason).toBeGreaterThan(3);
    expect(typeof sheet.value(3, reason)).toBe("string");
    const rules = { ...DEFAULT_RULES, output: { ...DEFAULT_RULES.output, reason: false } };
    const again = await tier(wb, { rules });
    expect(headers()).toEqual(first);
    for (let r = 3; r < 43; r++) expect([r, sheet.value(r, reason) ?? ""]).toEqual([r, ""]);
    expect(sheet.value(3, first.indexOf("Tier"))).toMatch(/account|Prospect/);
    expect(again.outcome.findings.find((f) => f.code === "output.off")?.message).toMatch(
      /^The rules no longer write 'Tier Reason' \(column [A-Z]\)/,
    );
  });

  it("leaves a note a planner typed over as it is, value and format, and says so", async () => {
    const { wb, sheet } = book(ledger(40));
    await tier(wb);
    const at = (sheet.cells[2] ?? []).findIndex((c) => c?.value === "Strategy Note");
    expect(at).toBeGreaterThan(3);
    const written = sheet.value(8, at);
    sheet.put(8, at, { value: "Visited in May: wants exclusivity", format: "General" });
    sheet.put(20, 1, { value: 1_000_000 }); // row 21 is promoted: its note is the run's, rewritten
    const before21 = sheet.value(20, at);
    const again = await tier(wb);
    expect(sheet.cell(8, at)).toMatchObject({
      value: "Visited in May: wants exclusivity",
      format: "General",
    });
    expect(sheet.value(20, at)).not.toBe(before21);
    const found = again.outcome.findings.filter((f) => f.code.startsWith("note."));
    expect(found.map((f) => [f.code, f.row])).toEqual([["note.editedByHand", 9]]);
    // Cleared (and the revenue put back), the cell gets the run's note again.
    sheet.put(8, at, { value: "" });
    sheet.put(20, 1, { value: 2300 });
    await tier(wb);
    expect(sheet.value(8, at)).toBe(written);
    expect(sheet.cell(8, at)?.format).toBe("@");
  });

  it("keeps a next review a planner typed over (a date serial, as Excel holds it) and says so", async () => {
    const { wb, sheet } = book(ledger(40));
    await tier(wb);
    const at = (sheet.cells[2] ?? []).findIndex((c) => c?.value === "Next Review");
    expect(at).toBeGreaterThan(3);
    const written = sheet.value(8, at);
    expect(typeof written).toBe("number");
    // A visit booked a week later: Excel keeps dates as serial numbers (range.values).
    sheet.put(8, at, { value: (written as number) + 7, format: "m/d" });
    // Another typed as text: it stays text, cell untouched (null in the written array).
    sheet.put(9, at, { value: "2030-01-15", format: "@" });
    const again = await tier(wb);
    expect(sheet.cell(8, at)).toMatchObject({ value: (written as number) + 7, format: "m/d" });
    expect(sheet.cell(9, at)).toMatchObject({ value: "2030-01-15", format: "@" });
    const found = again.outcome.findings.filter((f) => f.code === "review.editedByHand");
    expect(found.map((f) => [f.row, f.header])).toEqual([
      [9, "Next Review"],
      [10, "Next Review"],
    ]);
    // The ribbon's re-run with the saved settings keeps it, and says nothing more.
    const third = await tier(wb);
    expect(sheet.value(8, at)).toBe((written as number) + 7);
    expect(third.outcome.findings.filter((f) => f.code === "review.editedByHand")).toEqual([]);
  });

  it("adds new columns to an Excel table so the table stays one table", async () => {
    const rows = ledger(12).slice(2);
    const { wb, sheet } = book(rows);
    sheet.tables.push(dealersTable(12));
    await tier(wb);
    const t = sheet.tables[0]!;
    expect(t.columns.slice(0, 6)).toEqual([
      "Distributor",
      "Revenue",
      "Region",
      "Channel Type",
      "Tier",
      "Importance Score",
    ]);
    const width = t.columns.length;
    await tier(wb);
    expect(sheet.tables[0]!.columns).toHaveLength(width);
  });

  it("never writes text from the sheet as a formula", async () => {
    const names = ["=1+1", "+SUM(A1)", "@cmd", "-2+3"];
    const { wb, sheet } = book(ledger(12, (i) => names[i] ?? `Dealer ${i}`));
    (sheet.cells[3] as { value: unknown }[])[3] = { value: "=HYPERLINK(1)" };
    await tier(wb);
    await tier(wb);
    for (const s of wb.sheets)
      for (const row of s.cells) for (const c of row ?? []) expect(c?.formula).toBeUndefined();
    expect(sheet.value(3, 0)).toBe("=1+1");
    const log = wb.sheet("Tiering Changes")!;
    // The second run changed nothing: the log says so above the first run's entry.
    expect(log.value(1, 2)).toBe("Re-run, no change: all 12 accounts kept their tier");
    expect(log.value(2, 2)).toBe("First run: 12 accounts");
  });

  it("keeps a name's leading apostrophe where it writes the name (Excel takes one as the text prefix)", async () => {
    // Typed or set through Range.values, a leading ' is the prefix that says "text", not part of the value.
    const { wb } = book(ledger(40, (i) => `'Dealer ${i}`));
    await tier(wb);
    const written = wb.sheets
      .filter((s) => s.name !== "Dealers")
      .flatMap((s) => s.cells.flatMap((row) => (row ?? []).map((c) => c?.value)))
      .filter((v): v is string => typeof v === "string" && /Dealer \d/.test(v));
    expect(written.length).toBeGreaterThan(0);
    for (const v of written) expect(v).toMatch(/(^|[^'])'Dealer \d/);
  });

  it("saves the rules in the CLI's format and re-runs with them", async () => {
    const { wb } = book(ledger(40));
    await tier(wb, { rules: { tiering: { keyShare: 0.25 } } });
    const settingsSheet = wb.sheet(SETTINGS_SHEET)!;
    expect(settingsSheet.visibility).toBe("VeryHidden");
    const saved = parseSettings([settingsSheet.value(0, 0)], en.engine);
    expect(saved.settings?.rules.tiering.keyShare).toBe(0.25);
    const again = await tier(wb);
    expect(again.hadSettings).toBe(true);
    expect(again.outcome.summary.tiers.key.accounts).toBe(10);
  });

  it("removes the saved settings sheet (very hidden: made hidden first, as Excel requires), and only it", async () => {
    const { wb, sheet } = book(ledger(40));
    await tier(wb);
    const before = snapshot(sheet, 20);
    // Excel refuses to delete a very hidden sheet (InvalidOperation): the fake does too.
    const direct = wb.context();
    direct.workbook.worksheets.getItem(SETTINGS_SHEET).delete();
    await expect(direct.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    // Structure protection: said in the user's language, and the sheet stays very hidden.
    wb.structureProtected = true;
    const zh = getMessages("zh-CN").excel;
    await expect(removeSettings(asExcelContext(wb.context()), zh)).rejects.toThrow(zh.removeProtected);
    expect(wb.sheet(SETTINGS_SHEET)?.visibility).toBe("VeryHidden");
    wb.structureProtected = false;
    expect(await removeSettings(asExcelContext(wb.context()), en.excel)).toBe(true);
    expect(wb.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(["Dealers", "Tiering Changes", "Tiering Strategy"]);
    expect(snapshot(sheet, 20)).toBe(before);
    expect(await removeSettings(asExcelContext(wb.context()), en.excel)).toBe(false);
    // The next run is a first one: nothing to compare.
    const again = await tier(wb);
    expect(again.hadSettings).toBe(false);
  });

  it("draws the chart of accounts and revenue by tier on the strategy sheet", async () => {
    const { wb } = book(ledger(10));
    await tier(wb);
    expect(wb.sheet("Tiering Strategy")!.charts).toEqual([
      {
        type: "ColumnClustered",
        source: expect.stringMatching(/^A\d+:C\d+$/),
        title: "Accounts and revenue by tier",
      },
    ]);
  });

  it("suspends screen updating only where ExcelApi 1.9 allows it", async () => {
    const modern = book(ledger(10));
    await tier(modern.wb);
    expect(new Set(modern.wb.suspended)).toEqual(new Set(["calculation", "screen"]));
    const older = book(ledger(10), {
      supported: (set: string, v: string) => !(set === "ExcelApi" && Number(v) >= 1.8),
    });
    await tier(older.wb);
    expect(new Set(older.wb.suspended)).toEqual(new Set(["calculation"]));
  });

  it("suspends screen updating once however many chunks, and recalculates when done", async () => {
    const { wb } = book(ledger(100_000));
    const result = await tier(wb);
    expect(result.write!.syncs).toBeGreaterThan(5);
    expect(wb.suspended.filter((x) => x === "screen")).toHaveLength(1);
    expect(wb.calculations).toEqual(["Recalculate"]);
  });

  it("never replaces or deletes a sheet of the user's that bears one of our names", async () => {
    const { wb } = book(ledger(20));
    wb.addSheet("Tiering Strategy").fill([["my own notes"]]);
    wb.addSheet("分级策略").fill([["我的笔记"]]);
    await tier(wb);
    expect(wb.sheet("Tiering Strategy")?.value(0, 0)).toBe("my own notes");
    expect(wb.sheet("分级策略")?.value(0, 0)).toBe("我的笔记");
    expect(wb.sheet("Tiering Strategy (2)")?.value(0, 0)).toBe("Channel tiering strategy");
    // A second run replaces its own sheet, and still nothing of the user's.
    await tier(wb);
    expect(wb.sheets.map((x) => x.name).filter((n) => n.startsWith("Tiering Strategy"))).toEqual([
      "Tiering Strategy",
      "Tiering Strategy (2)",
    ]);
  });

  it("finds workbook structure protection before writing anything", async () => {
    const { wb, sheet } = book(ledger(20));
    wb.structureProtected = true;
    const before = snapshot(sheet, 10);
    await expect(tier(wb)).rejects.toThrow(en.excel.protectedWorkbook);
    expect(snapshot(sheet, 10)).toBe(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers"]);
  });

  it("gives the same answer as the CLI's path for the same sheet", async () => {
    const rows = ledger(500);
    const { wb } = book(rows);
    const inExcel = await tier(wb, { dryRun: true });
    const direct = runTiering(
      { sheetName: "Dealers", values: rows, origin: { row: 0, column: 0 } },
      { language: "en-US", asOf: AS_OF },
    );
    expect(inExcel.outcome.plan!.columns.map(listValues)).toEqual(direct.plan!.columns.map(listValues));
  });

  it("re-tiers a sheet it read moments ago without reading it again", async () => {
    const { wb } = book(ledger(1000));
    const first = await tier(wb, { dryRun: true });
    const syncs = wb.syncs;
    const again = await tier(wb, {
      dryRun: true,
      reuse: { table: first.table, saved: first.saved },
      rules: { tiering: { keyShare: 0.2 } },
    });
    expect(wb.syncs).toBe(syncs);
    expect(again.outcome.summary.tiers.key.accounts).toBe(200);
  });

  it("says which other visible sheets hold the same list with accounts of their own (a sheet per region)", async () => {
    const { wb } = book(ledger(10));
    const header = ["Distributor", "Revenue", "Region", "Channel Type"];
    // Another region's dealers: said. A hidden archive and a copy of the same dealers: not.
    wb.addSheet("West").fill([
      header,
      ...[1, 2, 3, 4, 5].map((i) => [`West Dealer ${i}`, i * 100, "West", "直营"]),
    ]);
    const hidden = wb.addSheet("Archive").fill([header, ["Old Dealer", 100, "East", "直营"]]);
    hidden.visibility = "Hidden";
    wb.addSheet("Copy").fill([header, ...[1, 2, 3].map((i) => [`Dealer ${i}`, i * 100, "East", "直营"])]);
    wb.addSheet("Notes").fill([
      ["Contact", "Phone"],
      ["Ann", "123"],
    ]);
    const run = await tier(wb, { dryRun: true });
    const said = run.outcome.findings.filter((f) => f.code === "sheet.sameList");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 3, "A", "Distributor"],
    ]);
    expect(said[0]?.message).toBe(
      "Sheet 'West' has the header of 'Dealers' and 5 more rows of accounts, not tiered with it: this run chose key accounts among the 10 accounts of 'Dealers' only. If they are one distributor list kept a sheet per region, put them on one sheet and run again.",
    );
    // The sheets a run wrote are never compared: a re-run reads no more than the first run did.
    await tier(wb);
    const before = wb.syncs;
    await tier(wb, { dryRun: true });
    const rerun = wb.syncs - before;
    const alone = book(ledger(10)).wb;
    await tier(alone);
    const aloneBefore = alone.syncs;
    await tier(alone, { dryRun: true });
    expect(rerun).toBe(alone.syncs - aloneBefore + 2);
  });

  it("refuses a sheet the engine cannot tier, with the engine's findings", async () => {
    const { wb } = book([
      [1, 2],
      [3, 4],
    ]);
    await expect(tier(wb)).rejects.toBeInstanceOf(TieringBlockedError);
    // A preview returns them instead, for the pane to show by the columns to choose; nothing is written.
    const preview = await tier(wb, { dryRun: true });
    expect(preview.outcome.plan).toBeNull();
    expect(preview.outcome.findings.map((f) => [f.code, f.severity])).toContainEqual([
      "header.notFound",
      "error",
    ]);
    expect(preview.write).toBeNull();
  });
});

/** Resolves once the mock has been called (polling the event loop). */
async function waitForCall(fn: jest.Mock): Promise<void> {
  for (let i = 0; i < 500 && fn.mock.calls.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
}

describe("a re-run from the pane while a sheet we wrote is active", () => {
  it("tiers the sheet the last run tiered, not the strategy sheet or change log the planner is reading", async () => {
    const { wb } = book(ledger(30));
    await tier(wb);
    for (const name of ["Tiering Strategy", "Tiering Changes"]) {
      wb.active = wb.sheets.findIndex((s) => s.name === name);
      const again = await tier(wb);
      expect(again.table.sheetName).toBe("Dealers");
      expect(again.write).not.toBeNull();
    }
    // A sheet of the user's own stays theirs to tier.
    wb.addSheet("Notes").fill([
      ["Distributor", "Revenue"],
      ["N1", 5],
      ["N2", 3],
    ]);
    wb.active = wb.sheets.findIndex((s) => s.name === "Notes");
    expect((await tier(wb)).table.sheetName).toBe("Notes");
  });
});

describe("an active sheet without distributors (a cover or an instructions tab in front)", () => {
  const cover = (wb: FakeWorkbook, at = 0): FakeSheet => {
    const sheet = wb.addSheet("Cover").fill([["FY25 channel review"], ["Prepared by the channel team"]]);
    wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
    wb.sheets.splice(at, 0, sheet);
    wb.active = at;
    return sheet;
  };

  it("tiers the first other visible sheet whose header has a name column, as the CLI does, and leaves the cover", async () => {
    const { wb } = book(ledger(30));
    const front = cover(wb);
    wb.addSheet("Lookup").fill([
      ["Region", "Manager"],
      ["East", "Ann"],
    ]);
    const hidden = wb.addSheet("Old list").fill(ledger(5) as (string | number | null)[][]);
    hidden.visibility = "Hidden";
    const run = await tier(wb);
    expect(run.table.sheetName).toBe("Dealers");
    expect(run.outcome.summary.accounts).toBe(30);
    expect(wb.sheet("Dealers")!.value(2, 4)).toBe("Tier");
    expect(front.cells.map((r) => (r ?? []).length)).toEqual([1, 1]);
    // The active tab stays the cover: the pane says which sheet it read and wrote.
    expect(wb.sheets[wb.active]?.name).toBe("Cover");
  });

  it("prefers the sheet the last run tiered over an earlier one with distributors too", async () => {
    const { wb } = book(ledger(30));
    await tier(wb);
    const older = wb.addSheet("List 2024").fill(ledger(12) as (string | number | null)[][]);
    wb.sheets.splice(wb.sheets.indexOf(older), 1);
    wb.sheets.splice(0, 0, older);
    cover(wb);
    expect(wb.sheets.slice(0, 3).map((s) => s.name)).toEqual(["Cover", "List 2024", "Dealers"]);
    expect((await tier(wb)).table.sheetName).toBe("Dealers");
  });

  it("stays on the active sheet, with its finding, where no visible sheet has distributors or a column was chosen", async () => {
    const { wb } = book([
      ["Year", "Target"],
      [2025, 100],
    ]);
    cover(wb);
    await expect(tier(wb)).rejects.toMatchObject({ name: "TieringBlockedError", sheetName: "Cover" });
    const other = book(ledger(10));
    cover(other.wb);
    // The name column chosen by hand on the cover: it is the sheet meant.
    expect((await tier(other.wb, { dryRun: true, mapping: { name: "A" } })).table.sheetName).toBe("Cover");
  });

  it("names the hidden sheet that holds the distributors, and how to unhide it, where no visible one does", async () => {
    const { wb } = book(ledger(30));
    wb.sheet("Dealers")!.visibility = "Hidden";
    // A hidden lookup whose columns a guess would take is not named; a very hidden sheet cannot be unhidden.
    const lookup = wb.addSheet("Regions").fill([
      ["区域", "大区"],
      ["华东", "东区"],
    ]);
    lookup.visibility = "Hidden";
    wb.sheets.splice(wb.sheets.indexOf(lookup), 1);
    wb.sheets.splice(0, 0, lookup);
    cover(wb);
    const before = JSON.stringify(wb.sheets.map((s) => [s.name, s.cells]));
    const error = await tier(wb, { uiLanguage: "zh-CN" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "OfficeApiError", problem: "hiddenSheet" });
    expect((error as Error).message).toBe(
      "工作表“Cover”中没有含经销商名称列的表头，其他可见的工作表也没有；隐藏的工作表“Dealers”中有。要对它分级，请右键单击工作表标签，选择“取消隐藏”，取消隐藏“Dealers”后选中该表再运行。未写入任何内容。",
    );
    expect(JSON.stringify(wb.sheets.map((s) => [s.name, s.cells]))).toBe(before);
    await expect(tier(wb)).rejects.toThrow(
      /the hidden sheet 'Dealers' has\. To tier it, right-click a sheet tab/,
    );
    // Very hidden: the user cannot unhide it, and the cover's own finding stands.
    wb.sheet("Dealers")!.visibility = "VeryHidden";
    await expect(tier(wb)).rejects.toMatchObject({ name: "TieringBlockedError", sheetName: "Cover" });
    // Unhidden and selected, it is tiered.
    wb.sheet("Dealers")!.visibility = "Visible";
    wb.active = wb.sheets.findIndex((s) => s.name === "Dealers");
    expect((await tier(wb)).table.sheetName).toBe("Dealers");
  });
});

describe("removing the tiering (Excel cannot undo a run)", () => {
  const remove = (wb: FakeWorkbook, language: "zh-CN" | "en-US" = "en-US") =>
    removeTiering(asExcelContext(wb.context()), { language, supports: wb.supports });
  /** Every cell of every sheet as the user sees it: value, formula and formats. */
  const whole = (wb: FakeWorkbook): string =>
    JSON.stringify(
      wb.sheets.map((s) => [
        s.name,
        s.visibility,
        s.cells.map((row) =>
          (row ?? []).map((c) => (c && (c.value !== "" || Object.keys(c).length > 1) ? c : null)),
        ),
        [...s.columnWidths],
        s.conditionalFormats.map((f) => f.address),
        s.tables.map((t) => [t.name, t.columns, t.rowCount]),
      ]),
    );
  const trim = (json: string): unknown =>
    JSON.parse(json, (_k, v: unknown) => (Array.isArray(v) ? trimEnd(v) : v));
  const trimEnd = (a: unknown[]): unknown[] => {
    let n = a.length;
    while (n > 0 && (a[n - 1] === null || a[n - 1] === undefined)) n--;
    return a.slice(0, n);
  };

  it("gives every cell, format, width and colour rule back as before the first run, the user's edits since kept", async () => {
    const { wb, sheet } = book(ledger(30));
    wb.addSheet("Notes").fill([["Call Ann about the East region"]]);
    const before = whole(wb);
    await tier(wb);
    await tier(wb, { rules: { tiering: { keyShare: 0.2 } } });
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Dealers",
      "Notes",
      "Tiering Strategy",
      "Tiering Changes",
      SETTINGS_SHEET,
    ]);
    // An edit of the planner's own since: kept.
    sheet.put(5, 1, { value: 999 });
    const edited = JSON.parse(before) as unknown[];
    const outcome = await remove(wb);
    expect(outcome).toEqual({
      removed: true,
      sheetName: "Dealers",
      columns: expect.arrayContaining(["Tier", "Strategy Note"]),
      sheets: ["Tiering Strategy", "Tiering Changes"],
    });
    expect(outcome.columns.length).toBeGreaterThanOrEqual(8);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers", "Notes"]);
    expect(sheet.value(5, 1)).toBe(999);
    sheet.put(5, 1, { value: (30 - 2) * 100 });
    expect(trim(whole(wb))).toEqual(trim(JSON.stringify(edited)));
    // The freeze and the filter the first run added (the sheet had none) go with it.
    expect([sheet.frozenRows, sheet.frozenColumns, sheet.autoFilter]).toEqual([0, 0, null]);
    // The next run is a first run: every column written anew, nothing compared with a last run.
    const again = await tier(wb);
    expect(again.outcome.summary.accounts).toBe(30);
    expect(wb.sheet("Dealers")!.value(2, 4)).toBe("Tier");
    expect(await remove(wb)).toMatchObject({ removed: true });
    expect(await remove(wb)).toEqual({ removed: false, sheetName: null, columns: [], sheets: [] });
  });

  it("fits the data rows again once our wrapped text is gone; a run that wrapped nothing leaves the heights", async () => {
    // The run fitted its 30 data rows to the wrapped reason and note; the removal fits them again.
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    expect(sheet.autofitRows).toBe(30);
    await remove(wb);
    expect(sheet.autofitRows).toBe(60);
    // Without the reason and the note nothing wraps: no row was fitted, none is on the way back.
    const plain = book(ledger(30));
    await tier(plain.wb, { rules: { output: { reason: false, note: false } } });
    expect(plain.sheet.wrappedColumns.size).toBe(0);
    expect(plain.sheet.autofitRows).toBe(0);
    expect(await remove(plain.wb)).toMatchObject({ removed: true });
    expect(plain.sheet.autofitRows).toBe(0);
  });

  it("gives the data rows the height the user had set every one to, not the standard one", async () => {
    // A ledger whose rows are all set to 20 points by hand (a Google Sheets export's 18, a planner's 20):
    // the run fits them to its wrapped text; taken back, they fell to the standard 15.
    const { wb, sheet } = book(ledger(30));
    sheet.setRowHeights(0, 32, 20);
    const savedHeight = () =>
      parseSettings([wb.sheet(SETTINGS_SHEET)!.value(0, 0)], en.engine).settings?.output.rowHeight;
    await tier(wb);
    expect(savedHeight()).toBe(20);
    expect(sheet.rowHeightOf(3)).toBe("fitted");
    // A re-run finds the rows fitted (heights no longer the user's): the height saved then stands.
    await tier(wb);
    expect(savedHeight()).toBe(20);
    // Row 10 hidden by the planner's filter on the region (C), row 12 by one on our Tier column (E): the
    // row still hidden keeps its height (a height set on a hidden row can show it); the criterion on
    // our column goes with it, and its row, shown again, takes the height with the others.
    expect(sheet.value(2, 4)).toBe("Tier");
    sheet.filterCriteria.set(2, new Set([10]));
    sheet.filterCriteria.set(4, new Set([12]));
    for (const r of [10, 12]) sheet.hiddenRows.add(r);
    const before = sheet.rowHeightOf(10);
    await remove(wb);
    for (const r of [3, 9, 11, 12, 13, 17, 32]) expect([r, sheet.rowHeightOf(r)]).toEqual([r, 20]);
    expect([[...sheet.hiddenRows], sheet.rowHeightOf(10)]).toEqual([[10], before]);
    expect(before).not.toBe(20);
    // The title and the header keep theirs, never touched.
    expect(sheet.rowHeightOf(0)).toBe(20);
    // Rows of the sheet's standard height, or of heights that differ: nothing saved, fitted back.
    for (const set of [(s: FakeSheet) => s, (s: FakeSheet) => s.setRowHeights(3, 10, 24)]) {
      const other = book(ledger(30));
      set(other.sheet);
      await tier(other.wb);
      expect(
        parseSettings([other.wb.sheet(SETTINGS_SHEET)!.value(0, 0)], en.engine).settings?.output.rowHeight,
      ).toBeUndefined();
      await remove(other.wb);
      expect(other.sheet.rowHeightOf(5)).toBe("fitted");
    }
  });

  it("gives an Excel table its own columns back, and stops, changing nothing, where the user's follow ours", async () => {
    const rows = ledger(12).slice(2);
    const { wb, sheet } = book(rows);
    sheet.tables.push(dealersTable(12));
    await tier(wb);
    const grown = sheet.tables[0]!.columns.length;
    expect(grown).toBeGreaterThan(4);
    expect(await remove(wb)).toMatchObject({ removed: true, sheetName: "Dealers" });
    expect(sheet.tables[0]).toMatchObject({ columns: dealersTable(12).columns, rowCount: 12 });
    expect((sheet.cells[0] ?? []).slice(4).every((c) => (c?.value ?? "") === "")).toBe(true);

    await tier(wb);
    // A column of the user's own added to the table after ours.
    const t = sheet.tables[0]!;
    sheet.put(0, t.columns.length, { value: "Comment" });
    t.columns.push("Comment");
    const held = whole(wb);
    const error = await remove(wb, "zh-CN").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeApiError);
    expect((error as Error).message).toMatch(
      /^表格“Dealers”中，本加载项写入的列（“渠道分级”|^表格“Dealers”中，本加载项写入的列（“Tier”/,
    );
    expect((error as Error).message).toContain("未做任何更改");
    expect(whole(wb)).toBe(held);
  });

  it("clears a planner's filter on our Tier column of an Excel table before giving the table its columns back, the rows it hid shown", async () => {
    const { wb, sheet } = book(ledger(12).slice(2));
    sheet.tables.push(dealersTable(12));
    await tier(wb);
    const t = sheet.tables[0]!;
    expect(t.columns[4]).toBe("Tier");
    const others = new Set<number>();
    for (let r = 1; r <= 12; r++) if (sheet.value(r, 4) !== "Key account") others.add(r);
    expect(others.size).toBeGreaterThan(5);
    t.filterCriteria = new Map([[4, others]]);
    for (const r of others) sheet.hiddenRows.add(r);
    expect(await remove(wb)).toMatchObject({ removed: true, sheetName: "Dealers" });
    expect(t).toMatchObject({ columns: dealersTable(12).columns, rowCount: 12 });
    expect([t.filterCriteria.size, sheet.hiddenRows.size]).toEqual([0, 0]);
  });

  it("deletes our sheets and the saved data where the tiered sheet was emptied or deleted since", async () => {
    for (const gone of ["emptied", "deleted"] as const) {
      const { wb, sheet } = book(ledger(20));
      wb.addSheet("Notes").fill([["Call Ann"]]);
      await tier(wb);
      if (gone === "emptied") sheet.cells.splice(0);
      else wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      expect(await remove(wb)).toEqual({
        removed: true,
        sheetName: null,
        columns: [],
        sheets: ["Tiering Strategy", "Tiering Changes"],
      });
      expect(wb.sheets.map((s) => s.name)).toEqual(gone === "emptied" ? ["Dealers", "Notes"] : ["Notes"]);
    }
  });

  it("leaves the user's own freeze and filter, the filter narrowed back to their columns", async () => {
    const { wb, sheet } = book(ledger(20));
    sheet.frozenRows = 1;
    sheet.autoFilter = "A3:D23";
    await tier(wb);
    expect(sheet.autoFilter).toBe("A3:N23");
    // Settings saved by the add-in and the CLI alike: nothing added, the freeze and the filter theirs.
    const saved = parseSettings(
      wb.sheet(SETTINGS_SHEET)!.cells.map((r) => r?.[0]?.value),
      en.engine,
    ).settings!;
    expect(saved.output.added).toBeUndefined();
    await removeTiering(asExcelContext(wb.context()), { language: "en-US", supports: wb.supports });
    expect([sheet.frozenRows, sheet.autoFilter]).toEqual([1, "A3:D23"]);
  });

  it("keeps saying what an earlier run added across re-runs, and leaves a filter that filters", async () => {
    const { wb, sheet } = book(ledger(20));
    await tier(wb);
    await tier(wb);
    const saved = () =>
      parseSettings(
        wb.sheet(SETTINGS_SHEET)!.cells.map((r) => r?.[0]?.value),
        en.engine,
      ).settings!.output.added;
    expect(saved()).toEqual({ freeze: true, filter: true });
    // The planner takes our freeze off: the next run adds it again, and says so.
    sheet.frozenRows = 0;
    await tier(wb);
    expect(saved()).toEqual({ freeze: true, filter: true });
    // Now the rows are filtered: the filter stays, or the rows it hides would show.
    sheet.filterCriteria.set(0, new Set());
    await removeTiering(asExcelContext(wb.context()), { language: "en-US", supports: wb.supports });
    expect([sheet.frozenRows, sheet.autoFilter]).toEqual([0, "A3:N23"]);
  });

  it("takes a criterion on one of our columns off with the column and shows the rows only it hid; a filter still filtering on the user's columns stays", async () => {
    for (const [own, byRegion] of [
      [null, false],
      ["A3:D23", false],
      [null, true],
    ] as const) {
      const { wb, sheet } = book(ledger(20));
      if (own) sheet.autoFilter = own;
      await tier(wb);
      expect(sheet.autoFilter).toBe("A3:N23");
      expect(sheet.value(2, 4)).toBe("Tier");
      // The planner shows the key accounts only: a criterion on Tier (column E, the filter's fifth), and
      // perhaps one of their own on the region (C) that hides two more rows.
      const others = new Set<number>();
      for (let r = 3; r <= 22; r++) if (sheet.value(r, 4) !== "Key account") others.add(r);
      expect(others.size).toBeGreaterThan(10);
      sheet.filterCriteria.set(4, others);
      const region = new Set([3, 4].filter((r) => !others.has(r)).concat([...others].slice(0, 1)));
      if (byRegion) sheet.filterCriteria.set(2, region);
      for (const r of [...others, ...(byRegion ? region : [])]) sheet.hiddenRows.add(r);
      expect(await remove(wb)).toMatchObject({ removed: true, sheetName: "Dealers" });
      expect((sheet.cells[3] ?? []).slice(4).every((c) => (c?.value ?? "") === "")).toBe(true);
      if (byRegion) {
        // Filtered by the region still: Excel filtered again on it alone, and the range stays.
        expect([...sheet.filterCriteria.keys()]).toEqual([2]);
        expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual([...region].sort((a, b) => a - b));
        expect(sheet.autoFilter).toBe("A3:N23");
      } else {
        // Nothing filtered any more: every row shown, the filter gone (the run's) or the user's again.
        expect(sheet.hiddenRows.size).toBe(0);
        expect(sheet.autoFilter).toBe(own);
      }
    }
  });

  it("goes on where Excel refuses to clear a column without criteria (what it does is not documented)", async () => {
    for (const byRegion of [false, true]) {
      const { wb, sheet } = book(ledger(20), { clearWithoutCriteriaRefused: true });
      await tier(wb);
      // Shown: the key accounts only (a criterion on Tier, E), perhaps the region (C) too; our other
      // columns have none, and Excel (here) refuses to clear those.
      const others = new Set<number>();
      for (let r = 3; r <= 22; r++) if (sheet.value(r, 4) !== "Key account") others.add(r);
      sheet.filterCriteria.set(4, others);
      if (byRegion) sheet.filterCriteria.set(2, new Set([3]));
      for (const r of [...others, 3]) sheet.hiddenRows.add(r);
      expect(await remove(wb)).toMatchObject({ removed: true, sheetName: "Dealers" });
      // Our criterion went, our sheets and settings too; the user's criterion stays with its rows.
      expect([...sheet.filterCriteria.keys()]).toEqual(byRegion ? [2] : []);
      expect([...sheet.hiddenRows]).toEqual(byRegion ? [3] : []);
      expect(sheet.autoFilter).toBe(byRegion ? "A3:N23" : null);
      expect(wb.sheets.map((x) => x.name)).toEqual(["Dealers"]);
    }
  });

  it("leaves a filtering filter as it is where Excel cannot clear one column's criteria (before ExcelApi 1.14)", async () => {
    const { wb, sheet } = book(ledger(20), {
      supported: (_set: string, version: string) => Number(version.split(".")[1]) < 14,
    });
    await tier(wb);
    sheet.filterCriteria.set(4, new Set([3, 4]));
    for (const r of [3, 4]) sheet.hiddenRows.add(r);
    expect(await remove(wb)).toMatchObject({ removed: true });
    expect([sheet.autoFilter, [...sheet.hiddenRows]]).toEqual(["A3:N23", [3, 4]]);
  });

  it("finds the tiered sheet renamed since the run, as a re-run does, and takes the run off it", async () => {
    const { wb, sheet } = book(ledger(20));
    const before = whole(wb);
    await tier(wb);
    // The planner renames the tab (Worksheet.name is writable), then takes the tiering back.
    sheet.name = "Dealers 2026";
    const outcome = await remove(wb);
    expect(outcome).toMatchObject({ removed: true, sheetName: "Dealers 2026" });
    expect(outcome.columns.length).toBeGreaterThan(8);
    sheet.name = "Dealers";
    expect(trim(whole(wb))).toEqual(trim(before));
    // A copy of it beside the renamed one: which is the run's cannot be told, so neither is touched.
    const again = book(ledger(20));
    await tier(again.wb);
    again.sheet.name = "Dealers 2026";
    const copy = again.wb
      .addSheet("Dealers copy")
      .fill(again.sheet.cells.map((row) => (row ?? []).map((c) => c?.value ?? null)));
    expect(copy.value(2, 4)).toBe("Tier");
    expect(await remove(again.wb)).toMatchObject({ removed: true, sheetName: null, columns: [] });
    expect(again.sheet.value(2, 4)).toBe("Tier");
  });

  it("finds a renamed sheet whose header is far down or whose run wrote past column CV, as the CLI does", async () => {
    // 45 lines of instructions above the header; and a ledger of 110 columns (our columns from DG on).
    const notes: Cell[][] = Array.from({ length: 45 }, (_, i) => [`填表说明 ${i + 1}`]);
    const wide = ledger(20).map((row, r) =>
      r === 2 ? [...row, ...Array.from({ length: 106 }, (_, k) => `Field ${k + 1}`)] : row,
    );
    for (const rows of [[...notes, ...ledger(20)], wide]) {
      const { wb, sheet } = book(rows);
      const before = whole(wb);
      await tier(wb);
      sheet.name = "Dealers 2026";
      const outcome = await remove(wb);
      expect(outcome).toMatchObject({ removed: true, sheetName: "Dealers 2026" });
      sheet.name = "Dealers";
      expect(trim(whole(wb))).toEqual(trim(before));
    }
  });

  it("reads the other sheets' tops for a renamed sheet in one request, or a sheet at a time where Excel refuses it", async () => {
    // A sheet a region beside the renamed ledger, each with a long note on top.
    const note = "本表为区域销售说明，数据来自月度汇报，仅供参考，请勿改动表头。".repeat(3);
    const removal = async (regions: number, options = {}) => {
      const { wb, sheet } = book(ledger(20), options);
      for (let k = 0; k < regions; k++)
        wb.addSheet(`Region ${k + 1}`).fill(Array.from({ length: 30 }, (_, r) => [note, `${k}-${r}`]));
      await tier(wb);
      sheet.name = "Dealers 2026";
      const syncs = wb.syncs;
      const responses = wb.responses.length;
      const outcome = await remove(wb);
      return { outcome, syncs: wb.syncs - syncs, largest: Math.max(...wb.responses.slice(responses)) };
    };
    const alone = await removal(1);
    const beside = await removal(12);
    expect(beside.outcome).toMatchObject({ removed: true, sheetName: "Dealers 2026" });
    // Twelve sheets' tops: no more requests than one sheet's.
    expect(beside.syncs).toBe(alone.syncs);
    // A response limit under the twelve tops together: refused, then read a sheet at a time, and found.
    expect(beside.largest).toBeGreaterThan(60_000);
    const limited = await removal(12, { responseLimit: 60_000 });
    expect(limited.outcome).toMatchObject({ removed: true, sheetName: "Dealers 2026" });
    expect(limited.largest).toBeLessThanOrEqual(60_000);
    expect(limited.syncs).toBeGreaterThan(alone.syncs + 12);
  });

  it("changes nothing on a protected sheet, and says so", async () => {
    const { wb, sheet } = book(ledger(20));
    await tier(wb);
    sheet.protected = true;
    const held = whole(wb);
    await expect(remove(wb)).rejects.toMatchObject({ name: "OfficeApiError", problem: "protected" });
    expect(whole(wb)).toBe(held);
  });

  it("changes nothing in a workbook whose structure is protected, and says why in its own words", async () => {
    const { wb } = book(ledger(20));
    await tier(wb);
    wb.structureProtected = true;
    const held = whole(wb);
    // Not the run's message ("the strategy sheet cannot be added"): the removal deletes sheets.
    await expect(remove(wb)).rejects.toThrow(en.excel.removeTieringProtected);
    expect(whole(wb)).toBe(held);
  });

  it("leaves a planner's own 'Tier' column on another sheet, and a user's colour rule over more columns, alone", async () => {
    const { wb, sheet } = book(ledger(20));
    const other = wb.addSheet("Old tiers").fill([
      ["Distributor", "Tier"],
      ["Dealer 1", "A"],
    ]);
    await tier(wb);
    // A user's own rule over the name column to the tier column.
    sheet.conditionalFormats.push({
      address: "A4:E23",
      box: { row: 3, column: 0, rows: 20, columns: 5 },
      type: "Custom",
    });
    await remove(wb);
    expect(other.value(1, 1)).toBe("A");
    expect(sheet.conditionalFormats.map((f) => f.address)).toEqual(["A4:E23"]);
  });
});

describe("the ribbon's re-run", () => {
  const deps = (wb: FakeWorkbook, notices: string[][]) => ({
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(asExcelContext(wb.context())),
    supports: wb.supports,
    displayLanguage: () => "zh-CN",
    notify: async (message: string, title: string, type: string) => void notices.push([message, title, type]),
    now: () => AS_OF,
  });

  it("re-runs with the saved rules, tells the user, and completes the event", async () => {
    const { wb } = book(ledger(30));
    await tier(wb, { rules: { tiering: { keyShare: 0.2 } } });
    const notices: string[][] = [];
    const completed = jest.fn();
    await rerunTiering({ completed }, deps(wb, notices));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      ["已按保存的规则对 30\u00a0家客户分级。较上次分级：无变化。", "渠道分级", "success"],
    ]);
  });

  it("on a workbook never tiered says the defaults were used, with nothing to compare", async () => {
    const { wb } = book(ledger(30));
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    // It said "with the saved rules: 0 promoted, 0 demoted…", then that no rules were saved.
    expect(notices).toEqual([
      [
        "已按默认规则对 30\u00a0家客户分级。工作簿中尚无保存的规则，可打开任务窗格调整规则。",
        "渠道分级",
        "success",
      ],
    ]);
    expect(en.excel.rerunDone(30, null, false)).toBe("Tiered 30 accounts with the default rules.");
  });

  it("says how many accounts were left out as ended, so the count adds up to the sheet's rows", async () => {
    const rows = ledger(30).map((row, r) =>
      r < 2 ? row : [...row, r === 2 ? "Status" : r === 7 ? "停止合作" : "合作中"],
    );
    const { wb } = book(rows);
    await tier(wb);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[0]).toBe(
      "已按保存的规则对 29\u00a0家客户分级。较上次分级：无变化。另有 1\u00a0家已停止合作或停用，未分级。",
    );
  });

  it("says that other sheets hold the same list, in Office's language", async () => {
    const { wb } = book(ledger(30));
    await tier(wb);
    wb.addSheet("West").fill([
      ["Distributor", "Revenue", "Region", "Channel Type"],
      ["West Dealer", 100, "West", "直营"],
    ]);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[0]).toBe(
      "已按保存的规则对 30\u00a0家客户分级。较上次分级：无变化。\n\n工作表“West”与“Dealers”表头相同，另有1行客户，未一并分级：本次重点客户只在“Dealers”的30家中选出。如这些表是按区域分开记录的同一份经销商名单，请合并到一张表后重新运行。",
    );
  });

  it("says which accounts a filter hides, since they were tiered with the rest", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    // The planner filters the list to the East (sheet rows 4, 7, … of the West hidden) and re-runs.
    for (let i = 0; i < 30; i += 3) sheet.hiddenRows.add(3 + i);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[0]).toBe(
      "已按保存的规则对 30\u00a0家客户分级。较上次分级：无变化。\n\n第4、7、10、13、16行等10行已隐藏（筛选或手动隐藏），仍与其他行一起分级并写入结果：分级是在全部30家经销商中比较得出的，筛选只改变显示。如只想对其中一部分经销商分级，请把这些行复制到一张新表后再运行。",
    );
  });

  it("says the sheet was renamed since the last run, and tiers it in place as before", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    const width = sheet.cells[2]?.length;
    // The planner renames the tab (Worksheet.name is writable) and presses the ribbon button.
    sheet.name = "Dealers 2026";
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("success");
    expect(notices[0]?.[0]).toBe(
      "已按保存的规则对 30\u00a0家客户分级。较上次分级：无变化。\n\n上次分级的工作表“Dealers”已改名为“Dealers 2026”：沿用原来的分级列和上次分级记录。",
    );
    // No second block of tier columns beside the first.
    expect(sheet.cells[2]?.length).toBe(width);
  });

  it("puts each thing to know on a paragraph of its own under the counts", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    for (let i = 0; i < 30; i += 3) sheet.hiddenRows.add(3 + i);
    sheet.name = "Dealers 2026";
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    const paragraphs = (notices[0]?.[0] ?? "").split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe("已按保存的规则对 30\u00a0家客户分级。较上次分级：无变化。");
    expect(
      paragraphs
        .slice(1)
        .map((p) => p.slice(0, 8))
        .sort(),
    ).toEqual(["上次分级的工作表", "第4、7、10、"].sort());
    // No paragraph is empty or starts with a space.
    for (const p of paragraphs) expect(p).toMatch(/^\S/);
  });

  it("stops where the sales column is no longer found, rather than demote every key account unseen", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    const before = JSON.stringify(sheet.cells);
    // The planner retitles the sales column past knowing and presses the ribbon button: the run demoted
    // all 30 accounts and said only "降级 30 家".
    sheet.fill([["甲"]], 2, 1);
    const after = JSON.stringify(sheet.cells);
    expect(after).not.toBe(before);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("error");
    expect(notices[0]?.[0]).toBe(
      "上次分级（2025-06-30）是按销售额分的，本次却未找到销售额列（表头可能改过或列已删除）：照此分级，重点客户将全部降级，因此本次不分级。请指定销售额列，或把表头改回原样后重新运行。请打开任务窗格，在“列映射”中指定该列。",
    );
    // Nothing written.
    expect(JSON.stringify(sheet.cells)).toBe(after);
  });

  it("stops where the sales column is zeroed (a new year's copy), rather than demote every key account unseen", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    sheet.fill(
      Array.from({ length: 30 }, () => [0]),
      3,
      1,
    );
    const after = JSON.stringify(sheet.cells);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("error");
    expect(notices[0]?.[0]).toBe(
      "上次分级（2025-06-30）是按销售额分的，本次B列“Revenue”却没有一行大于零的销售额（可能是新表尚未填写，或数据已被清空）：照此分级，重点客户将全部降级，因此本次不分级。请填入本期销售额后重新运行；如销售额在别的列，请在列映射中指定该列。已选中单元格 B3。",
    );
    expect(JSON.stringify(sheet.cells)).toBe(after);
  });

  it("leaves out a column of ours the planner deleted, and says so once in its notice", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    // The planner deletes the 管理模式分类 (Management Mode Class) column by hand: the cells right of it move left.
    const at = (sheet.cells[2] ?? []).findIndex((c) => c?.value === "Management Mode Class");
    expect(at).toBeGreaterThan(0);
    for (const row of sheet.cells) row?.splice(at, 1);
    const width = sheet.cells[2]?.length;
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("success");
    expect(notices[0]?.[0]).toContain(
      "上次写入的“管理模式分类”列已不在表中（已删除或表头已改）：本次不再写入，以后也不会再加回，“规则 › 写入的列”中已取消勾选。",
    );
    // Not written back at the right end: the sheet is as wide as the planner left it.
    expect(sheet.cells[2]?.length).toBe(width);
    expect(
      sheet.cells[2]?.some((c) => c?.value === "管理模式分类" || c?.value === "Management Mode Class"),
    ).toBe(false);
    // The next re-run leaves it out in silence.
    const later: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, later));
    expect(later[0]?.[0]).not.toContain("管理模式分类");
    expect(sheet.cells[2]?.length).toBe(width);
  });

  it("says in its notice a column the last run read that is gone, and runs without it", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb);
    // Region (C3) retitled past knowing: the regions went from the strategy sheet, unsaid. (A Channel
    // Type retitled is still read, by its 直营 and 省代.)
    sheet.fill([["Zone 9"]], 2, 2);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("success");
    expect(notices[0]?.[0]).toContain(
      "上次分级从“Region”列读取区域，本次未找到该列（表头可能改过或列已删除）：本次分级未考虑区域。如列还在，请在列映射中指定后重新运行。",
    );
  });

  it("stopped on a column chosen by hand that has gone, says to choose it in the pane", async () => {
    const rows = ledger(30).map((r, i) => (i < 2 ? r : [...r, i === 2 ? "Revenue" : 7]));
    const { wb, sheet } = book(rows);
    // The second Revenue (column E) chosen by its letter, then renamed away.
    await tier(wb, { mapping: { revenue: "E" } });
    sheet.fill([["Revenue (old)"]], 2, 4);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("error");
    expect(notices[0]?.[0]).toMatch(
      /^销售额上次指定为E列（第2个表头为“Revenue”的列），现在表头为“Revenue”的列只有1个：请重新指定销售额所在的列。已选中单元格 E3。请打开任务窗格，在“列映射”中指定该列。$/,
    );
  });

  it("computes in the worker it is given, not on the runtime's UI thread", async () => {
    const { wb } = book(ledger(10));
    const compute = jest.fn((table: SheetTable, options: RunOptions) =>
      Promise.resolve(toPlainOutcome(runTiering(table, options))),
    );
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, { ...deps(wb, notices), compute });
    expect(compute).toHaveBeenCalledTimes(1);
    expect(notices[0]?.[2]).toBe("success");
  });

  it("completes the event as soon as the work is done, never waiting on the notice", async () => {
    const { wb } = book(ledger(10));
    const completed = jest.fn();
    const shown: string[] = [];
    void rerunTiering(
      { completed },
      {
        ...deps(wb, []),
        // A notice the user leaves open: it never resolves.
        notify: (message: string) => {
          shown.push(message);
          return new Promise<void>(() => undefined);
        },
      },
    );
    await waitForCall(completed);
    expect(completed).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toHaveLength(1);
  });

  it("tiers the sheet the last run saved, in its language, whatever sheet is in view", async () => {
    const { wb, sheet } = book(ledger(30));
    await tier(wb); // English, on "Dealers"
    // The user looks at the strategy sheet and presses the ribbon button (Office speaks Chinese).
    wb.active = wb.sheets.findIndex((x) => x.name === "Tiering Strategy");
    const before = JSON.stringify(wb.sheet("Tiering Strategy")!.cells.slice(0, 3));
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("success");
    expect(notices[0]?.[0]).toMatch(/^已按保存的规则对 30\u00a0家客户分级/);
    // The data sheet was tiered again in English (its saved language); no 分级策略 appeared.
    expect(sheet.value(2, 4)).toBe("Tier");
    expect(wb.sheets.map((x) => x.name)).not.toContain("分级策略");
    expect(JSON.stringify(wb.sheet("Tiering Strategy")!.cells.slice(0, 3))).toBe(before);
  });

  it("says what is wrong with a damaged settings sheet in its notice", async () => {
    const { wb } = book(ledger(10));
    wb.addSheet(SETTINGS_SHEET).fill([['{"format": "channel-tiering/settings", ']]);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[0]).toContain(SETTINGS_SHEET);
  });

  it("selects the cell a stopped run names, and says so, hidden rows too", async () => {
    // Sales typed in two currencies (yuan, and dollars on sheet row 9): the run stops on B9.
    const rows = ledger(30).map((r, i) => (i < 3 ? r : [r[0], `¥${String(r[1])}`, ...r.slice(2)]));
    rows[8]![1] = "$1,200";
    for (const hide of [false, true]) {
      const { wb, sheet } = book(rows);
      wb.addSheet("Notes").fill([["Calls to make"]]);
      wb.selection = { sheet: "Notes", row: 0, column: 0, rows: 1, columns: 1 };
      if (hide) sheet.hiddenRows.add(8);
      const notices: string[][] = [];
      const completed = jest.fn();
      await rerunTiering({ completed }, deps(wb, notices));
      expect(completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.[2]).toBe("error");
      expect(notices[0]?.[0]).toMatch(
        hide
          ? /^第9行：.+。已选中单元格 B9；该行已隐藏（筛选或手动隐藏），清除筛选或取消隐藏后才能看到。$/
          : /^第9行：.+。已选中单元格 B9。$/,
      );
      expect(wb.selection).toEqual({ sheet: "Dealers", row: 8, column: 1, rows: 1, columns: 1 });
      expect(wb.sheets[wb.active]?.name).toBe("Dealers");
      // Nothing was written.
      expect(wb.sheets.map((x) => x.name)).toEqual(["Dealers", "Notes"]);
    }
  });

  it("says a stopped run's message alone where its problem names no cell", async () => {
    const { wb } = book([["Distributor list 2025"], [], ["Nothing", "here"]]);
    const notices: string[][] = [];
    await rerunTiering({ completed: () => undefined }, deps(wb, notices));
    expect(notices[0]?.[2]).toBe("error");
    expect(notices[0]?.[0]).not.toContain("已选中");
    expect(wb.selection).toBeNull();
  });

  it("reports an error in the user's language and still completes the event", async () => {
    const { wb, sheet } = book(ledger(30));
    sheet.protected = true;
    const notices: string[][] = [];
    const completed = jest.fn();
    await rerunTiering({ completed }, deps(wb, notices));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices[0]?.[0]).toContain("工作表“Dealers”受保护");
    expect(notices[0]?.[2]).toBe("error");
  });
});

describe("one run at a time, and our own changes", () => {
  it("runs a second run after the first, never interleaved", async () => {
    const order: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      order.push(`${name} end`);
      return name;
    };
    const [a, b] = await Promise.all([
      oneAtATime(slow("pane", 30), { writes: true }),
      oneAtATime(slow("ribbon", 1), { writes: true }),
    ]);
    expect([a, b]).toEqual(["pane", "ribbon"]);
    expect(order).toEqual(["pane start", "pane end", "ribbon start", "ribbon end"]);
    // A failed run does not block the next.
    await expect(oneAtATime(() => Promise.reject(new Error("x")), { writes: false })).rejects.toThrow("x");
    await expect(oneAtATime(async () => 1, { writes: false })).resolves.toBe(1);
  });

  it("tells our changes from the user's: by triggerSource where Excel gives it, else by time", async () => {
    expect(isOwnChange({ triggerSource: "ThisLocalAddin" })).toBe(true);
    expect(isOwnChange({ triggerSource: "Unknown" })).toBe(false);
    await oneAtATime(async () => undefined, { writes: true });
    const now = Date.now();
    expect(isOwnChange({}, now)).toBe(true);
    expect(isOwnChange({}, now + 5_000)).toBe(false);
  });
});

describe("the user's conditional formats", () => {
  it("stay whole across runs: only our tier colours are replaced, never piled up", async () => {
    const { wb, sheet } = book(ledger(30));
    // A user's rule over the whole block, our future column included.
    sheet.conditionalFormats.push({
      address: "A3:Z40",
      box: { row: 2, column: 0, rows: 38, columns: 26 },
      type: "ColorScale",
    });
    await tier(wb);
    await tier(wb);
    await tier(wb);
    const user = sheet.conditionalFormats.filter((f) => f.type === "ColorScale");
    expect(user).toEqual([expect.objectContaining({ address: "A3:Z40" })]);
    expect(user[0]?.cut).toBeUndefined();
    expect(sheet.conditionalFormats.filter((f) => f.type === "CellValue")).toHaveLength(3);
  });
});

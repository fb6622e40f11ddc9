/**
 * The fake Excel's own behaviours, each as documented (see the citations in tests/fakes/excel/): the
 * adapter tests are only as good as these.
 */
import { FakeOfficeError, FakeWorkbook } from "../../fakes/fakeExcel";

const book = (options = {}) => {
  const wb = new FakeWorkbook(options);
  const sheet = wb.addSheet("S").fill([
    ["Name", "Revenue"],
    ["A", 1],
    ["B", 2],
  ]);
  return { wb, sheet, ctx: wb.context() };
};

describe("the fake Excel", () => {
  it("queues sets until sync, and reads only what was loaded and synced", async () => {
    const { sheet, ctx } = book();
    const range = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(1, 1, 1, 1);
    range.values = [[5]];
    expect(sheet.value(1, 1)).toBe(1);
    expect(() => range.values).toThrow(FakeOfficeError);
    range.load("values");
    await ctx.sync();
    expect(sheet.value(1, 1)).toBe(5);
    expect(range.values).toEqual([[5]]);
  });

  it("refuses a values array of the wrong shape", () => {
    const { ctx } = book();
    const range = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 2, 2);
    expect(() => (range.values = [[1, 2]])).toThrow(/expected 2×2/);
  });

  it("enters text starting with = as a formula, unless the cell is Text or the text starts with '", async () => {
    const { sheet, ctx } = book();
    const ws = ctx.workbook.worksheets.getItem("S");
    sheet.put(5, 1, { format: "@" });
    ws.getRangeByIndexes(5, 0, 1, 3).values = [["=1+1", "=2+2", "'=3+3"]];
    await ctx.sync();
    expect(sheet.cell(5, 0)).toMatchObject({ value: "", formula: "=1+1" });
    expect(sheet.value(5, 1)).toBe("=2+2");
    expect(sheet.value(5, 2)).toBe("=3+3");
  });

  it("refuses a request over its limit and applies nothing of it", async () => {
    const { sheet, ctx } = book({ payloadLimit: 1_000 });
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(10, 0, 1, 1).values = [["x".repeat(2_000)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet.value(10, 0)).toBe("");
  });

  it("refuses a response over its limit and delivers nothing loaded", async () => {
    const { sheet, ctx } = book({ responseLimit: 500 });
    sheet.put(1, 0, { value: "y".repeat(1_000) });
    const range = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 3, 2);
    range.load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(FakeOfficeError);
  });

  it("tells a range's hidden rows as rowHidden does (true, false, or null when mixed) and lists the visible ones' addresses", async () => {
    const { sheet, ctx } = book();
    sheet.hiddenRows.add(1);
    const ws = ctx.workbook.worksheets.getItem("S");
    const [mixed, none, all] = [
      ws.getRangeByIndexes(0, 0, 3, 2),
      ws.getRangeByIndexes(2, 0, 1, 2),
      ws.getRangeByIndexes(1, 0, 1, 1),
    ];
    for (const r of [mixed, none, all]) r.load("rowHidden");
    const view = mixed.getVisibleView();
    view.load(["cellAddresses", "rowCount"]);
    expect(() => mixed.rowHidden).toThrow(FakeOfficeError);
    await ctx.sync();
    expect([mixed.rowHidden, none.rowHidden, all.rowHidden]).toEqual([null, false, true]);
    expect(view.rowCount).toBe(2);
    expect(view.cellAddresses).toEqual([
      ["S!A1", "S!B1"],
      ["S!A3", "S!B3"],
    ]);
    sheet.name = "华东 2025";
    const quoted = ctx.workbook.worksheets
      .getItem("华东 2025")
      .getRangeByIndexes(0, 0, 3, 1)
      .getVisibleView();
    quoted.load("cellAddresses");
    await ctx.sync();
    expect(quoted.cellAddresses).toEqual([["'华东 2025'!A1"], ["'华东 2025'!A3"]]);
  });

  it("tells a range's hidden columns as columnHidden does, and hides or shows whole columns when set", async () => {
    const { sheet, ctx } = book();
    for (const c of [2, 3, 4]) sheet.hiddenColumns.add(c);
    const ws = ctx.workbook.worksheets.getItem("S");
    const [mixed, none, all] = [
      ws.getRangeByIndexes(0, 1, 1, 2),
      ws.getRangeByIndexes(5, 0, 3, 2),
      ws.getRangeByIndexes(0, 2, 9, 3),
    ];
    for (const r of [mixed, none, all]) r.load("columnHidden");
    expect(() => mixed.columnHidden).toThrow(FakeOfficeError);
    await ctx.sync();
    expect([mixed.columnHidden, none.columnHidden, all.columnHidden]).toEqual([null, false, true]);
    // Set on one cell, it is the cell's whole column's (queued until sync, as every set).
    ws.getRangeByIndexes(7, 3, 1, 1).columnHidden = false;
    ws.getRangeByIndexes(0, 0, 1, 1).columnHidden = true;
    expect([...sheet.hiddenColumns].sort()).toEqual([2, 3, 4]);
    await ctx.sync();
    expect([...sheet.hiddenColumns].sort()).toEqual([0, 2, 4]);
  });

  it("copies a range's formats with copyFrom, replicating a smaller source, and refuses what it does not model", async () => {
    const { sheet, ctx } = book();
    sheet.put(0, 0, {
      fill: "#1F4E78",
      bold: true,
      color: "#FFFFFF",
      borders: { top: { style: "Continuous" } },
      format: "@",
    });
    sheet.put(0, 3, { value: "Tier", italic: true, size: 9 });
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.getRangeByIndexes(0, 3, 1, 2).copyFrom(ws.getRangeByIndexes(0, 0, 1, 1), "Formats");
    expect(sheet.cell(0, 3)?.fill).toBeUndefined();
    await ctx.sync();
    // Each destination cell keeps its value and takes the source's look whole (its own italic goes).
    for (const c of [3, 4])
      expect(sheet.cell(0, c)).toEqual({
        value: c === 3 ? "Tier" : "",
        fill: "#1F4E78",
        bold: true,
        color: "#FFFFFF",
        borders: { top: { style: "Continuous" } },
        format: "@",
      });
    expect(sheet.cell(0, 0)?.value).toBe("Name");
    expect(() => ws.getRangeByIndexes(0, 3, 1, 1).copyFrom(ws.getRangeByIndexes(0, 0, 1, 1), "All")).toThrow(
      FakeOfficeError,
    );
  });

  it("draws a range's borders on the sides each index names, edges and inside, as XlBordersIndex says", async () => {
    const { sheet, ctx } = book();
    const ws = ctx.workbook.worksheets.getItem("S");
    const range = ws.getRangeByIndexes(4, 1, 3, 2);
    for (const index of ["EdgeTop", "InsideHorizontal", "InsideVertical"] as const) {
      const border = range.format.borders.getItem(index);
      border.style = "Continuous";
      border.weight = "Thin";
    }
    range.format.borders.getItem("EdgeRight").color = "#FF0000";
    expect(sheet.cell(4, 1)?.borders).toBeUndefined();
    await ctx.sync();
    const sides = (r: number, c: number): string =>
      (["top", "bottom", "left", "right"] as const)
        .map((k) => sheet.cell(r, c)?.borders?.[k]?.style?.[0] ?? ".")
        .join("");
    // Top row: its top (EdgeTop) and its bottom (inside); the middle row both; the last row its top only.
    // Left column: its right (inside vertical); right column: its left. No outer left, right or bottom.
    expect([sides(4, 1), sides(4, 2), sides(5, 1), sides(6, 2)]).toEqual(["CC.C", "CCC.", "CC.C", "C.C."]);
    expect(sheet.cell(4, 2)?.borders?.top).toEqual({ style: "Continuous", weight: "Thin" });
    expect(sheet.cell(5, 2)?.borders?.right).toEqual({ color: "#FF0000" });
    expect(sheet.cell(5, 1)?.borders?.right).toEqual({ style: "Continuous", weight: "Thin" });
  });

  it("gives each cell's borders with getCellProperties after a sync, None where a side has no line", async () => {
    const { sheet, ctx } = book();
    const line = { style: "Continuous", weight: "Thin", color: "#000000" };
    sheet.put(1, 0, { borders: { top: line, bottom: line, left: line, right: line } });
    sheet.put(2, 0, { borders: { bottom: { style: "Double" } } });
    const ws = ctx.workbook.worksheets.getItem("S");
    const props = ws
      .getRangeByIndexes(1, 0, 2, 1)
      .getCellProperties({ format: { borders: { style: true, weight: true, color: true } } });
    expect(() => props.value).toThrow(FakeOfficeError);
    await ctx.sync();
    expect(props.value[0]?.[0]?.format?.borders).toEqual({
      top: line,
      bottom: line,
      left: line,
      right: line,
    });
    expect(props.value[1]?.[0]?.format?.borders).toEqual({
      top: { style: "None" },
      bottom: { style: "Double" },
      left: { style: "None" },
      right: { style: "None" },
    });
    // Only what is asked for; anything the fake does not model is refused.
    const styles = ws
      .getRangeByIndexes(1, 0, 1, 1)
      .getCellProperties({ format: { borders: { style: true } } });
    await ctx.sync();
    expect(styles.value[0]?.[0]?.format?.borders?.top).toEqual({ style: "Continuous" });
    expect(() =>
      ws.getRangeByIndexes(1, 0, 1, 1).getCellProperties({ format: { fill: { color: true } } }),
    ).toThrow(FakeOfficeError);
    expect(() => ws.getRangeByIndexes(1, 0, 1, 1).getCellProperties({ address: true })).toThrow(
      FakeOfficeError,
    );
  });

  it("reads column widths in points: the standard width's where none is set, 0 hidden, null where they differ", async () => {
    const { sheet, ctx } = book();
    const ws = ctx.workbook.worksheets.getItem("S");
    const [a, b, ab, c] = [
      ws.getRangeByIndexes(0, 0, 1, 1),
      ws.getRangeByIndexes(0, 1, 1, 1),
      ws.getRangeByIndexes(0, 0, 1, 2),
      ws.getRangeByIndexes(0, 2, 5, 1),
    ];
    b.format.columnWidth = 30;
    sheet.hiddenColumns.add(2);
    for (const r of [a, b, ab, c]) r.load(["format/columnWidth", "format/useStandardWidth"]);
    ws.load("standardWidth");
    expect(() => a.format.columnWidth).toThrow(FakeOfficeError);
    expect(() => ws.standardWidth).toThrow(FakeOfficeError);
    await ctx.sync();
    // Calibri 11: 8.43 characters of a 7-pixel digit and 5 pixels of padding, 64 pixels, 48 points.
    expect(ws.standardWidth).toBe(8.43);
    expect([a.format.columnWidth, b.format.columnWidth, ab.format.columnWidth, c.format.columnWidth]).toEqual(
      [48, 30, null, 0],
    );
    expect([a.format.useStandardWidth, b.format.useStandardWidth, ab.format.useStandardWidth]).toEqual([
      true,
      false,
      false,
    ]);
    // 等线 11, Chinese Excel's default: 8.38 characters of an 8-pixel digit, 72 pixels.
    const zh = book({ digitPixels: 8, standardWidth: 8.38 }).ctx;
    const zhSheet = zh.workbook.worksheets.getItem("S");
    const column = zhSheet.getRangeByIndexes(0, 16_383, 1, 1);
    column.load("format/columnWidth");
    zhSheet.load("standardWidth");
    await zh.sync();
    expect([column.format.columnWidth, zhSheet.standardWidth]).toEqual([54, 8.38]);
  });

  it("reads alignments and wrap as the cells have them: Excel's defaults where none is set, wrap null where mixed", async () => {
    const { sheet, ctx } = book();
    const ws = ctx.workbook.worksheets.getItem("S");
    const [one, two, column] = [
      ws.getRangeByIndexes(0, 0, 1, 1),
      ws.getRangeByIndexes(0, 0, 1, 2),
      ws.getRangeByIndexes(0, 3, 3000, 1),
    ];
    one.format.horizontalAlignment = "Center";
    one.format.wrapText = true;
    column.format.wrapText = true;
    const plain = ws.getRangeByIndexes(5, 5, 1, 1);
    for (const r of [one, two, column, plain]) r.load("format");
    expect(() => one.format.wrapText).toThrow(FakeOfficeError);
    await ctx.sync();
    expect([one.format.horizontalAlignment, one.format.verticalAlignment, one.format.wrapText]).toEqual([
      "Center",
      "Bottom",
      true,
    ]);
    expect([plain.format.horizontalAlignment, plain.format.wrapText]).toEqual(["General", false]);
    // 3,000 rows wrapped as a column (the fake keeps it by column past 2,000), mixed beside a plain cell.
    expect([column.format.wrapText, two.format.wrapText]).toEqual([true, null]);
    expect(() => two.format.horizontalAlignment).toThrow(FakeOfficeError);
    expect(sheet.cell(0, 0)?.horizontal).toBe("Center");
  });

  it("gives the Normal style's type size once loaded and synced; a style it lacks fails the sync", async () => {
    const { ctx } = book({ normalFontSize: 14 });
    const font = ctx.workbook.styles.getItem("Normal").font;
    font.load("size");
    expect(() => font.size).toThrow(FakeOfficeError);
    await ctx.sync();
    expect(font.size).toBe(14);
    expect(book().ctx.workbook.styles.getItem("Normal").font).toBeDefined();
    const other = book({ styleNames: [] }).ctx;
    other.workbook.styles.getItem("Normal").font.load("size");
    await expect(other.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reads a range's type size once its font's size is loaded and synced, 11 where the cell sets none", async () => {
    const { sheet, ctx } = book();
    sheet.put(0, 1, { size: 14 });
    const ws = ctx.workbook.worksheets.getItem("S");
    const [big, plain] = [ws.getRangeByIndexes(0, 1, 1, 1), ws.getRangeByIndexes(0, 0, 1, 1)];
    for (const r of [big, plain]) r.format.font.load("size");
    expect(() => big.format.font.size).toThrow(FakeOfficeError);
    await ctx.sync();
    expect([big.format.font.size, plain.format.font.size]).toEqual([14, 11]);
  });

  it("keeps a merged area's value in its top-left cell and lists the areas a range meets", async () => {
    const { sheet, ctx } = book();
    sheet.merged.push({ row: 1, column: 0, rows: 2, columns: 1 });
    const areas = ctx.workbook.worksheets
      .getItem("S")
      .getRangeByIndexes(0, 0, 3, 2)
      .getMergedAreasOrNullObject();
    areas.areas.load("items/rowIndex");
    await ctx.sync();
    expect(areas.isNullObject).toBe(false);
    expect(areas.areas.items).toEqual([{ rowIndex: 1, columnIndex: 0, rowCount: 2, columnCount: 1 }]);
    const none = ctx.workbook.worksheets
      .getItem("S")
      .getRangeByIndexes(0, 1, 3, 1)
      .getMergedAreasOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
  });

  it("fires onChanged for the add-in's own writes, with triggerSource only from ExcelApi 1.14", async () => {
    for (const [supported, expected] of [
      [true, { triggerSource: "ThisLocalAddin" }],
      [false, {}],
    ] as const) {
      const { wb, ctx } = book({ supported: (set: string, v: string) => supported || Number(v) < 1.14 });
      const seen: unknown[] = [];
      ctx.workbook.worksheets.onChanged.add(async (args) => void seen.push(args));
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 3, 1, 1).values = [["ours"]];
      await ctx.sync();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual([expected]);
      await wb.edit("S", 0, 4, "theirs");
      expect(seen[1]).toEqual(supported ? { triggerSource: "Unknown" } : {});
    }
  });

  it("refuses to add or delete a sheet while the workbook's structure is protected", async () => {
    const { wb, ctx } = book();
    wb.structureProtected = true;
    ctx.workbook.protection.load("protected");
    ctx.workbook.worksheets.add("New");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("gives a sheet's position as loaded, and moves a tab to a position set, the active sheet kept", async () => {
    const { wb, ctx } = book();
    wb.addSheet("A");
    wb.addSheet("B");
    wb.active = 0;
    const b = ctx.workbook.worksheets.getItem("B");
    b.load("position");
    await ctx.sync();
    expect(b.position).toBe(2);
    b.position = 0;
    await ctx.sync();
    expect(wb.sheets.map((s) => s.name)).toEqual(["B", "S", "A"]);
    expect(wb.sheets[wb.active]?.name).toBe("S");
    // Deleting a sheet before the active one keeps the same sheet active.
    ctx.workbook.worksheets.getItem("B").delete();
    await ctx.sync();
    expect(wb.sheets[wb.active]?.name).toBe("S");
    ctx.workbook.worksheets.getItem("A").position = 5;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reports a freeze's location, a null object when nothing is frozen", async () => {
    const { sheet, ctx } = book();
    const ws = ctx.workbook.worksheets.getItem("S");
    const none = ws.freezePanes.getLocationOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, 2, 1));
    await ctx.sync();
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 1]);
    const at = ws.freezePanes.getLocationOrNullObject();
    await ctx.sync();
    expect(at.isNullObject).toBe(false);
  });

  it("leaves calculation to the add-in after suspending it, and records calculate()", async () => {
    const { wb, ctx } = book();
    ctx.application.suspendApiCalculationUntilNextSync();
    ctx.application.calculate("Recalculate");
    await ctx.sync();
    expect(wb.suspended).toEqual(["calculation"]);
    expect(wb.calculations).toEqual(["Recalculate"]);
  });

  it("cuts a conditional format that clearAll's range only partly covers, and removes one inside it", async () => {
    const { sheet, ctx } = book();
    sheet.conditionalFormats.push(
      { address: "A1:D10", box: { row: 0, column: 0, rows: 10, columns: 4 }, type: "ColorScale" },
      { address: "C2:C3", box: { row: 1, column: 2, rows: 2, columns: 1 }, type: "CellValue" },
    );
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(1, 2, 5, 1).conditionalFormats.clearAll();
    await ctx.sync();
    expect(sheet.conditionalFormats).toEqual([expect.objectContaining({ address: "A1:D10", cut: true })]);
  });

  it("adds a cell value rule with its colours at the sync, and refuses a type or an operator Excel has not", async () => {
    const { sheet, ctx } = book();
    const range = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(1, 1, 2, 1);
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = "#FCE4D6";
    cf.cellValue.format.font.color = "#9C0006";
    cf.cellValue.rule = { formula1: '="Key account"', operator: "EqualTo" };
    expect(sheet.conditionalFormats).toEqual([]);
    await ctx.sync();
    expect(sheet.conditionalFormats).toEqual([
      {
        address: "B2:B3",
        box: { row: 1, column: 1, rows: 2, columns: 1 },
        type: "CellValue",
        fill: "#FCE4D6",
        font: "#9C0006",
        formula1: '="Key account"',
        operator: "EqualTo",
      },
    ]);
    expect(() => range.conditionalFormats.add("Highlight")).toThrow(FakeOfficeError);
    expect(
      () =>
        (cf.cellValue.rule = { formula1: "=1", operator: "Equals" as Excel.ConditionalCellValueOperator }),
    ).toThrow(FakeOfficeError);
    expect(() => cf.cellValue.format.fill.color).toThrow(FakeOfficeError);
  });

  it("waits out a cell edit when the run asked for delayForCellEdit, and fails at once otherwise", async () => {
    const { wb } = book({ cellEditMode: true });
    await expect(wb.context().sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = wb.context({ delayForCellEdit: true }).sync();
    let done = false;
    void waiting.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    wb.cellEditing = false;
    await waiting;
    expect(done).toBe(true);
  });

  it("refuses to read or write the values of more than 5 million cells at once", async () => {
    const { ctx } = book();
    const huge = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1_048_576, 5);
    huge.load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("applies the operations of a batch that come before one that fails (a batch is not a transaction)", async () => {
    const { wb, sheet } = book();
    const ctx = wb.context();
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(5, 0, 1, 1).values = [["before"]];
    ctx.workbook.worksheets.getItem("Missing").getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sheet.value(5, 0)).toBe("before");
  });

  it("grows a table to take in a column written right beside it on its header row", async () => {
    const { sheet, ctx } = book();
    sheet.tables.push({ name: "T", rowIndex: 0, columnIndex: 0, rowCount: 2, columns: ["Name", "Revenue"] });
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 2, 3, 1).values = [["Tier"], ["x"], ["y"]];
    ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 5, 1, 1).values = [["Far"]];
    await ctx.sync();
    expect(sheet.tables[0]?.columns).toEqual(["Name", "Revenue", "Tier"]);
  });
});

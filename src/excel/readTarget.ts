import { type Cell, DAYS_1904, dateFromExcelSerial, isDateFormat } from "../engine";
import type { ExcelMessages } from "../i18n";
import type { CellBlock, SheetTable } from "../workbook";
import { OfficeApiError, isSkippableAdvice, translateOfficeError } from "./officeApiError";
import { readHiddenRows } from "./readHiddenRows";
import { readOtherSheets } from "./readOtherSheets";
import { pivotTablesRead, queuePivotRanges, queuePivotTables } from "./readPivotTables";
import { isResponseTooLarge } from "./syncInBatches";

/** Bytes Excel on the web accepts in one response are limited too: read in chunks well below 5 MB. */
const READ_BUDGET_BYTES = 3_000_000;
/** Rows whose number formats are read to find a unit such as 万元 (a header's unit is read from its text). */
const FORMAT_ROWS = 20;
/** DATE(2000,1,1) in the 1900 date system. */
const SERIAL_2000_1900 = 36526;

export type ReadOptions = {
  /** Read the selected range (the user chose "use my selection") instead of the active sheet's data. */
  readonly useSelection: boolean;
  readonly messages: ExcelMessages;
  /** `Office.context.requirements.isSetSupported`: merged areas need ExcelApi 1.13. */
  readonly supports?: ((set: string, version: string) => boolean) | undefined;
  /** Read this sheet (the one the saved settings name) instead of the active one. */
  readonly sheetName?: string | undefined;
  /** Sheets an earlier run wrote (its strategy sheet, change log): never compared with the data. */
  readonly ourSheets?: readonly string[] | undefined;
  /** Called after each chunk with rows read so far and the total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Checked between chunks; true stops the read. */
  readonly isCancelled?: (() => boolean) | undefined;
};

/** A sheet read from Excel, with where it came from. */
export type ExcelTable = SheetTable & {
  readonly syncs: number;
  /**
   * The worksheets hidden from the tabs ("Hidden", which the user can unhide; not "VeryHidden"): where
   * no visible sheet holds distributors, the run names the hidden one that does.
   */
  readonly hiddenSheets?: readonly string[];
};

export class ReadCancelled extends Error {
  override readonly name = "ReadCancelled";
}

type Box = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

/**
 * Merged cells: Office.js gives the value in the top-left cell only (the others read as ""); every cell of
 * a merged area takes its master's value, as the CLI reads it, so a region or owner merged down over
 * rows reaches each row. More than 512 merged areas cannot be listed (Excel refuses): the sheet is then
 * read as it is. Returns the syncs used.
 */
async function fillMergedAreas(
  context: Excel.RequestContext,
  range: Excel.Range,
  at: { rowIndex: number; columnIndex: number; values: Cell[][] },
  found: CellBlock[],
): Promise<number> {
  const merged = range.getMergedAreasOrNullObject();
  merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  try {
    await context.sync();
  } catch (error) {
    // More areas than Excel lists: the sheet is read as it is. A session that ended is passed on.
    if (!isSkippableAdvice(error)) throw error;
    return 1;
  }
  if (merged.isNullObject) return 1;
  for (const area of merged.areas.items) {
    found.push({
      row: area.rowIndex,
      column: area.columnIndex,
      rows: area.rowCount,
      columns: area.columnCount,
    });
    const top = area.rowIndex - at.rowIndex;
    const left = area.columnIndex - at.columnIndex;
    const master = at.values[top]?.[left];
    if (master === undefined) continue;
    for (let r = Math.max(0, top); r < Math.min(at.values.length, top + area.rowCount); r++) {
      const row = at.values[r];
      if (!row) continue;
      for (let c = Math.max(0, left); c < Math.min(row.length, left + area.columnCount); c++) row[c] = master;
    }
  }
  return 1;
}

/** The cells two ranges share, or null. */
function intersect(a: Box, b: Box): Box | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  return bottom > top && right > left
    ? { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left }
    : null;
}

/**
 * Reads the active sheet's used range, or the selection (the whole table when the selection is one cell
 * of an Excel table), into a SheetTable, in row chunks sized to stay under Excel's payload limit, loading
 * values and, for the first rows, number formats. Finds the Excel table holding the data, if any.
 * @example const table = await readTarget(context, { useSelection: false, messages })
 */
export async function readTarget(context: Excel.RequestContext, options: ReadOptions): Promise<ExcelTable> {
  const m = options.messages;
  const ws = options.sheetName
    ? context.workbook.worksheets.getItem(options.sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const selection = options.useSelection ? context.workbook.getSelectedRange() : null;
  selection?.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const tables = ws.tables;
  tables.load(["items/name", "items/showTotals"]);
  // Its PivotTables, with the same sync: the tiers written beside one's rows stay put when it is refreshed.
  const pivotTables = queuePivotTables(ws, options.supports);
  // Every sheet's name: the plan never takes the name of a sheet that is not ours.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  // The workbook's date system, which Office.js names nowhere outside preview APIs: DATE(2000,1,1) is
  // 36526 in the 1900 system and 35064 in the 1904 one ("year Is a number from 1900 or 1904 (depending
  // on the workbook's date system)", @types/office-js Excel.Functions.date, ExcelApi 1.2). A 1904
  // workbook's serials are four years short of the 1900 system's: read as those, every date is wrong.
  const day2000 = context.workbook.functions.date(2000, 1, 1);
  day2000.load("value");
  let syncs = 0;
  try {
    await context.sync();
    syncs++;
  } catch (error) {
    throw translateOfficeError(error, m, "");
  }
  const date1904 = day2000.value === SERIAL_2000_1900 - DAYS_1904;
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name: t.name, showTotals: t.showTotals, range: r };
  });
  const pivotReads = queuePivotRanges(pivotTables, options.supports);
  if (tableRanges.length > 0 || pivotReads.length > 0) {
    await context.sync();
    syncs++;
  }
  // The selection, or the whole table when the selection is one cell inside a table, or the used range.
  let box: Box | null = null;
  if (selection) {
    const inTable =
      selection.rowCount === 1 && selection.columnCount === 1
        ? tableRanges.find(
            (t) =>
              selection.rowIndex >= t.range.rowIndex &&
              selection.rowIndex < t.range.rowIndex + t.range.rowCount &&
              selection.columnIndex >= t.range.columnIndex &&
              selection.columnIndex < t.range.columnIndex + t.range.columnCount,
          )
        : undefined;
    // A whole column (A:D) or the whole sheet (Ctrl+A) selects a million rows and 16,384 columns:
    // only the part with data is read, and written beside.
    box = inTable ? inTable.range : used.isNullObject ? null : intersect(selection, used);
  } else if (!used.isNullObject) {
    box = used;
  }
  if (box === null || box.rowCount === 0) {
    throw new OfficeApiError("empty", m.emptySheet(ws.name));
  }
  const { rowIndex, columnIndex, rowCount, columnCount } = box;
  const pivots = pivotTablesRead(pivotReads);
  const formats = ws.getRangeByIndexes(rowIndex, columnIndex, Math.min(FORMAT_ROWS, rowCount), columnCount);
  formats.load("numberFormat");
  // Whether a filter or the user hid rows of the data: asked with the first chunk, as the formats are.
  const rowsShown = ws.getRangeByIndexes(rowIndex, columnIndex, rowCount, 1);
  rowsShown.load("rowHidden");

  // A first guess of 64 bytes a cell; a response Excel finds too large (long CJK text, say) halves the
  // chunk and tries again, down to one row.
  let chunkRows = Math.max(1, Math.min(rowCount, Math.floor(READ_BUDGET_BYTES / (columnCount * 64))));
  const values: Cell[][] = new Array(rowCount);
  try {
    for (let start = 0; start < rowCount;) {
      if (options.isCancelled?.()) throw new ReadCancelled();
      const n = Math.min(chunkRows, rowCount - start);
      const chunk = ws.getRangeByIndexes(rowIndex + start, columnIndex, n, columnCount);
      chunk.load("values");
      try {
        // One sync per chunk is the point: each response stays under the payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
      } catch (error) {
        if (!isResponseTooLarge(error) || n === 1) throw error;
        chunkRows = Math.max(1, Math.floor(n / 2));
        // A refused response delivers nothing: the number formats asked for with the first chunk too.
        if (start === 0) {
          formats.load("numberFormat");
          rowsShown.load("rowHidden");
        }
        continue;
      }
      const rows = chunk.values as Cell[][];
      for (let r = 0; r < n; r++) values[start + r] = rows[r] ?? [];
      start += n;
      options.onProgress?.(start, rowCount);
    }
  } catch (error) {
    if (error instanceof ReadCancelled) throw error;
    throw translateOfficeError(error, m, ws.name);
  }

  const mergedAreas: CellBlock[] = [];
  if (options.supports?.("ExcelApi", "1.13")) {
    try {
      syncs += await fillMergedAreas(
        context,
        ws.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount),
        { rowIndex, columnIndex, values },
        mergedAreas,
      );
    } catch (error) {
      throw translateOfficeError(error, m, ws.name);
    }
  }

  const columnFormats: (string | undefined)[] = new Array(columnCount).fill(undefined);
  // Loaded with the first chunk (and again with its retry, when Excel refused that response).
  // eslint-disable-next-line office-addins/call-sync-after-load
  const formatRows = formats.numberFormat as string[][];
  for (let c = 0; c < columnCount; c++) {
    for (let r = 0; r < formatRows.length; r++) {
      if (typeof values[r]?.[c] === "number") {
        const f = formatRows[r]?.[c];
        columnFormats[c] = typeof f === "string" && f !== "General" ? f : undefined;
        break;
      }
    }
  }
  // A header's dates (a ledger's months typed or exported as dates: 2025-01 shown as "2025-01", "Jan-25"
  // or "2025年1月") reach the engine as the dates they show, as the CLI's reader gives every date cell:
  // Range.values gives their serial numbers ("Represents the raw values of the specified range",
  // @types/office-js Excel.Range.values), Range.numberFormat how Excel shows them. Only the rows whose
  // formats were read; each column's own format was taken above, from its first number.
  for (let r = 0; r < formatRows.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "number" || !isDateFormat(formatRows[r]?.[c])) continue;
      row[c] = dateFromExcelSerial(v, date1904) ?? v;
    }
  }
  // The data is an Excel table when a table starts on the data's columns, at or below its top row: the
  // one at the data's left edge, else the largest (a title in A1 over a table from C3 makes the used
  // range start at A; taken for plain cells, the run put a sheet filter over the table, which the CLI,
  // finding the table in the file, never did).
  const within = tableRanges.filter(
    (t) =>
      t.range.rowIndex >= rowIndex &&
      t.range.rowIndex < rowIndex + rowCount &&
      t.range.columnIndex >= columnIndex &&
      t.range.columnIndex < columnIndex + columnCount,
  );
  const table =
    within.find((t) => t.range.columnIndex === columnIndex) ??
    [...within].sort((a, b) => b.range.rowCount - a.range.rowCount)[0];
  // A table's total row is its range's last row when shown (Table.getRange is "the entire table",
  // Table.showTotals "if the total row is visible"): no account, whatever its name column shows.
  const totalRows = tableRanges
    .filter((t) => t.showTotals)
    .map((t) => t.range.rowIndex + t.range.rowCount - 1 - rowIndex)
    .filter((r) => r >= 0 && r < rowCount);
  // The advice reads leave out what Office refuses; what stops the run is said in the user's language.
  let otherSheets: Awaited<ReturnType<typeof readOtherSheets>>;
  let hidden: Awaited<ReturnType<typeof readHiddenRows>>;
  try {
    otherSheets = await readOtherSheets(context, ws.name, sheets.items, options.ourSheets ?? []);
    syncs += otherSheets.syncs;
    // The d.ts types rowHidden as boolean; null (some rows hidden) is documented. Loaded with the first chunk.
    // eslint-disable-next-line office-addins/call-sync-after-load
    const someHidden = rowsShown.rowHidden as boolean | null;
    hidden = await readHiddenRows(context, ws, box, someHidden, options.isCancelled);
    syncs += hidden.syncs;
  } catch (error) {
    throw translateOfficeError(error, m, ws.name);
  }
  return {
    sheetName: ws.name,
    values,
    origin: { row: rowIndex, column: columnIndex },
    totalRows,
    // Range.values holds a formula's result, never the formula (that is Range.formulas): "Represents the
    // raw values of the specified range" (@types/office-js index.d.ts:38743, Excel.Range.values).
    calculated: true,
    date1904,
    columnFormats,
    tableName: table?.name,
    // The table's header row (Table.getRange: "the range object associated with the entire table").
    ...(table ? { tableTop: table.range.rowIndex } : {}),
    ...(pivots.length > 0 ? { pivotTables: pivots } : {}),
    sheetNames: sheets.items.map((s) => s.name),
    hiddenSheets: sheets.items.filter((s) => s.visibility === "Hidden").map((s) => s.name),
    mergedAreas,
    otherSheets: otherSheets.sheets,
    hiddenRows: hidden.rows,
    syncs,
  };
}

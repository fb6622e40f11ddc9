import { type Cell, HEADER_SCAN_ROWS } from "../engine";
import { isSkippableAdvice } from "./officeApiError";
import {
  OTHER_SHEETS_COMPARED,
  OTHER_SHEET_HEAD_ROWS,
  OUTPUT_SHEET_NAMES,
  type OtherSheet,
  SETTINGS_SHEET,
} from "../workbook";

/** Columns of another sheet's top read to compare headers. */
const OTHER_SHEET_COLUMNS = 100;

/**
 * The other visible worksheets' top rows and used-range heights, in two syncs (a sheet at a time where
 * Office refuses the tops together), for the run to tell a
 * list split a sheet per region (see workbook/sameList.ts). Worksheet.visibility: "Visible", "Hidden"
 * or "VeryHidden" (@types/office-js index.d.ts:37447, ExcelApi 1.1 for reading). A sheet Excel will
 * not read is left out: this is advice, and a request Office refuses never stops the run (a session
 * that ended, or a fault of ours, is thrown: isSkippableAdvice).
 */
export async function readOtherSheets(
  context: Excel.RequestContext,
  tiered: string,
  items: readonly { name: string; visibility: string }[],
  ours: readonly string[],
): Promise<{ sheets: OtherSheet[]; syncs: number }> {
  // Ours by their names in either language too: the strategy sheet of a run whose settings are lost.
  const skip = new Set([tiered, SETTINGS_SHEET, ...ours, ...OUTPUT_SHEET_NAMES]);
  const names = items
    .filter((s) => !skip.has(s.name) && s.visibility === "Visible")
    .slice(0, OTHER_SHEETS_COMPARED)
    .map((s) => s.name);
  try {
    return await readHeads(context, names, OTHER_SHEET_HEAD_ROWS);
  } catch (error) {
    if (!isSkippableAdvice(error)) throw error;
    return { sheets: [], syncs: 1 };
  }
}

/**
 * The top rows of the hidden worksheets (`hidden`: those whose visibility is "Hidden") that are not ours, for the run to name the one holding the
 * distributors where no visible sheet does (a cover page in front, the list hidden behind it). Only
 * "Hidden" sheets: a "VeryHidden" one cannot be unhidden from Excel's menus ("the worksheet is hidden and
 * cannot be unhidden by the user", @types/office-js Excel.SheetVisibility). Advice, as readOtherSheets.
 */
export async function readHiddenSheets(
  context: Excel.RequestContext,
  hidden: readonly string[],
  ours: readonly string[],
): Promise<OtherSheet[]> {
  const skip = new Set([SETTINGS_SHEET, ...ours, ...OUTPUT_SHEET_NAMES]);
  const names = hidden.filter((name) => !skip.has(name));
  try {
    return (await readHeads(context, names, HEADER_SCAN_ROWS)).sheets;
  } catch (error) {
    if (!isSkippableAdvice(error)) throw error;
    return [];
  }
}

/** Columns of a sheet's top read to find our headers on it, at most: a ledger's width, many times over. */
const TOP_COLUMNS_SEARCHED = 1024;
/**
 * Cells of sheets' tops read in one request, at most: fifty ledgers' tops of 20 columns, or one sheet
 * 1,024 columns wide (a response of a few MB where Excel on the web refuses one over 5 MB).
 */
const TOP_CELLS_A_REQUEST = 102_400;

/** A sheet's top to read: its name, its used range's first cell and height, the rows and columns read. */
type Top = {
  name: string;
  rowIndex: number;
  columnIndex: number;
  height: number;
  rows: number;
  columns: number;
};

/**
 * The tops of the sheets that may be the tiered sheet renamed, for taking a run back (see
 * workbook/removal.ts, sheetToTakeBack): every visible worksheet not ours, its first HEADER_SCAN_ROWS
 * rows across its used width (to 1,024 columns), as the CLI reads them and as a re-run looks for our
 * headers on the sheet it reads; 40 rows and 100 columns missed a ledger of 120 columns whose run wrote
 * past column CV. In requests of TOP_CELLS_A_REQUEST cells at most (a workbook of ledgers: one); a sheet
 * Excel will not read is left out (then not taken for the renamed one).
 */
export async function readSheetTops(
  context: Excel.RequestContext,
  items: readonly { name: string; visibility: string }[],
  ours: readonly string[],
): Promise<OtherSheet[]> {
  const skip = new Set([SETTINGS_SHEET, ...ours, ...OUTPUT_SHEET_NAMES]);
  const names = items.filter((s) => !skip.has(s.name) && s.visibility === "Visible").map((s) => s.name);
  try {
    return (await readHeads(context, names, HEADER_SCAN_ROWS, TOP_COLUMNS_SEARCHED, TOP_CELLS_A_REQUEST))
      .sheets;
  } catch (error) {
    if (!isSkippableAdvice(error)) throw error;
    return [];
  }
}

/**
 * The first `rows` rows and `columns` columns of each named sheet's used range (an empty sheet left
 * out): the used ranges in one request, then the tops in requests of `cellsARequest` cells at most (one
 * where there is no bound), with the syncs used. A request of several sheets Office refuses (a response
 * over its limit) is made again a sheet at a time; a sheet refused alone is left out.
 */
async function readHeads(
  context: Excel.RequestContext,
  names: readonly string[],
  rows: number,
  columns = OTHER_SHEET_COLUMNS,
  cellsARequest = Infinity,
): Promise<{ sheets: OtherSheet[]; syncs: number }> {
  if (names.length === 0) return { sheets: [], syncs: 0 };
  const used = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name, range };
  });
  await context.sync();
  const batches: Top[][] = [];
  let cells = 0;
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    const top: Top = {
      name,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      height: range.rowCount,
      rows: Math.min(rows, range.rowCount),
      columns: Math.min(columns, range.columnCount),
    };
    const size = top.rows * top.columns;
    const last = batches[batches.length - 1];
    if (last && cells + size <= cellsARequest) {
      last.push(top);
      cells += size;
    } else {
      batches.push([top]);
      cells = size;
    }
  }
  const read = { sheets: [] as OtherSheet[], syncs: 1 };
  for (const batch of batches) {
    const { sheets, syncs } = await readTops(context, batch);
    read.sheets.push(...sheets);
    read.syncs += syncs;
  }
  return read;
}

/** The tops of `batch` in one request; refused, a sheet at a time; a sheet refused alone left out. */
async function readTops(
  context: Excel.RequestContext,
  batch: readonly Top[],
): Promise<{ sheets: OtherSheet[]; syncs: number }> {
  const heads = batch.map((t) => {
    const head = context.workbook.worksheets
      .getItem(t.name)
      .getRangeByIndexes(t.rowIndex, t.columnIndex, t.rows, t.columns);
    head.load("values");
    return { t, head };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isSkippableAdvice(error)) throw error;
    if (batch.length === 1) return { sheets: [], syncs: 1 };
    const one = { sheets: [] as OtherSheet[], syncs: 1 };
    for (const t of batch) {
      const alone = await readTops(context, [t]);
      one.sheets.push(...alone.sheets);
      one.syncs += alone.syncs;
    }
    return one;
  }
  return {
    sheets: heads.map(({ t, head }) => ({ name: t.name, rows: t.height, head: head.values as Cell[][] })),
    syncs: 1,
  };
}

import { type Cell, isUncalculated } from "../engine";
import {
  OTHER_SHEETS_COMPARED,
  OTHER_SHEET_HEAD_ROWS,
  type OtherSheet,
  type PivotTableOnSheet,
  type RowHeightRun,
  SETTINGS_SHEET,
  type SheetTable,
} from "../workbook";
import {
  type CellContext,
  cellValue,
  cellsOf,
  customRowHeight,
  isRowHidden,
  mergedAreasOf,
  plainRowValues,
  rowNumberOf,
  splitSheet,
} from "./sheetXml";
import { WorkbookFileError } from "./workbookFileError";
import {
  type SheetEntry,
  type XlsxPackage,
  fromZipError,
  readCellStyles,
  readSharedStrings,
} from "./xlsxPackage";
import {
  attribute,
  elements,
  criteriaColumns,
  firstElement,
  parseRange,
  readRelationships,
  relsPathOf,
} from "./xml";
import { inflateChunks, partChunks } from "./zip";

/**
 * Picks the sheet to tier: the one named, else the workbook's active sheet, else the first visible one.
 * The product's own sheets (strategy, change log, settings) are never picked by default; chart sheets
 * cannot be.
 * @example pickWorksheet(pkg, undefined, ["分级策略"]).name
 */
export function pickWorksheet(
  pkg: XlsxPackage,
  name: string | undefined,
  ownSheets: readonly string[],
): SheetEntry {
  const sheets = pkg.sheets;
  const visible = sheets.filter((s) => s.state === "visible" && s.part).map((s) => s.name);
  if (name !== undefined) {
    // Excel's sheet names are one name whatever their case ("Distributors" is "distributors"): the
    // exact name first, then the one name equal but for case and the spaces around it.
    const fold = (n: string): string => n.trim().toUpperCase();
    const found =
      sheets.find((s) => s.name === name && s.part) ??
      sheets.find((s) => s.part && fold(s.name) === fold(name));
    if (!found) {
      const lost = sheets.find((s) => s.missingPart && fold(s.name) === fold(name));
      if (lost) throw missing(pkg, lost);
      throw new WorkbookFileError("unknownSheet", pkg.path, { sheet: name, sheets: visible });
    }
    return found;
  }
  const chosen = worksheetCandidates(pkg, ownSheets)[0];
  if (!chosen) {
    // A sheet listed whose part is not in the file: the package is damaged, said as such.
    const lost = sheets.find((s) => s.missingPart && s.state === "visible");
    if (lost) throw missing(pkg, lost);
    throw new WorkbookFileError("noDataSheet", pkg.path, { sheets: sheets.map((s) => s.name) });
  }
  return chosen;
}

/** A listed sheet whose part is not in the file (in any case): the package is damaged. */
function missing(pkg: XlsxPackage, sheet: SheetEntry): WorkbookFileError {
  return new WorkbookFileError("malformed", pkg.path, { part: sheet.missingPart, problem: "missingPart" });
}

/**
 * The visible worksheets that may hold the distributors, not ours: the active one first, then the others
 * in tab order.
 * @example worksheetCandidates(pkg, []).map((s) => s.name) // ["台账", "填表说明"] where 台账 is active
 */
export function worksheetCandidates(pkg: XlsxPackage, ownSheets: readonly string[]): SheetEntry[] {
  const candidates = pkg.sheets.filter(
    (s) => s.part && s.name !== SETTINGS_SHEET && !ownSheets.includes(s.name) && s.state === "visible",
  );
  const active = pkg.sheets[pkg.activeTab];
  if (!active || !candidates.includes(active)) return candidates;
  return [active, ...candidates.filter((s) => s !== active)];
}

/**
 * The worksheets hidden by hand (not ours, not very hidden, as only code hides a sheet so), in tab order:
 * never tiered unasked, but named when the run finds no distributors elsewhere.
 * @example hiddenWorksheets(pkg, ["分级策略"]).map((s) => s.name) // ["台账"]
 */
export function hiddenWorksheets(pkg: XlsxPackage, ownSheets: readonly string[]): SheetEntry[] {
  return pkg.sheets.filter(
    (s) => s.part && s.name !== SETTINGS_SHEET && !ownSheets.includes(s.name) && s.state === "hidden",
  );
}

/** What reading a workbook's cells needs, read once per run. */
export function cellContext(pkg: XlsxPackage): CellContext {
  return {
    sharedStrings: readSharedStrings(pkg),
    formatOf: readCellStyles(pkg).formatOf,
    date1904: pkg.date1904,
    formulaResults: !pkg.fullCalcOnLoad,
  };
}

/**
 * Reads a worksheet's used range into a SheetTable by streaming its XML: values (a formula's cached
 * result, rich text joined, dates in the workbook's date system), each column's number format (where a
 * unit such as 万元 may live), the Excel table holding the data, and the merged areas. A cell inside a
 * merged area reads as the area's top-left value, as the add-in reads it. With `headRows`, only the
 * first rows with cells are read (the rest counted, or taken from the sheet's `<dimension>`, and the read
 * stopped there): `rowsInAll` says how many rows the used range has.
 * @example (await readSheet(pkg, pkg.sheets[0], cellContext(pkg))).values[0]
 */
export async function readSheet(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  ctx: CellContext,
  headRows?: number,
): Promise<
  SheetTable & {
    readonly sheetProtected?: boolean;
    readonly rowsInAll?: number;
    readonly sheetFilter?: SheetFilter;
  }
> {
  const entry = sheet.part ? pkg.entries.get(sheet.part) : undefined;
  if (!entry) return { sheetName: sheet.name, values: [], origin: { row: 0, column: 0 } };
  const rows: (Cell[] | undefined)[] = [];
  const formats: (string | undefined)[] = [];
  let prefix = "";
  let tail = "";
  let rowNumber = 0;
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = -1;
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = -1;
  // The rows' width so far, from column A.
  let width = 0;
  // Whether any cell is a formula saved without its result: the engine looks for them only then.
  let uncalculated = false;
  // A head's read: rows read so far, the dimension's last row (the used range's, as the writer saw it).
  let read = 0;
  let dimensionBottom: number | undefined;
  let lastSeen = -1;
  // Rows a filter or the user hid (the data sheet's only).
  const hiddenRows: number[] = [];
  // The heights rows were set to by hand (the data sheet's only), as runs from row 0 (SheetTable.rowHeights):
  // a row the XML leaves out keeps the sheet's own height. Past RUNS_KEPT changes, none are kept.
  const heightRuns: RowHeightRun[] | undefined =
    headRows === undefined ? [{ row: 0, height: Number.NaN }] : undefined;
  let heightsKept = heightRuns !== undefined;
  let heightNext = 0;
  let standardHeight = Number.NaN;
  const heightAt = (r: number, h: number): void => {
    const runs = heightRuns as RowHeightRun[];
    const at = (runs[runs.length - 1] as RowHeightRun).height;
    if (r > heightNext && !Number.isNaN(at)) runs.push({ row: heightNext, height: Number.NaN });
    const now = (runs[runs.length - 1] as RowHeightRun).height;
    if (h !== now && !(Number.isNaN(h) && Number.isNaN(now))) {
      // The run row 0 starts with, where row 0 sets its own: that row's.
      if ((runs[runs.length - 1] as RowHeightRun).row === r) runs[runs.length - 1] = { row: r, height: h };
      else runs.push({ row: r, height: h });
    }
    heightNext = r + 1;
    if (runs.length > RUNS_KEPT) heightsKept = false;
  };
  // The row in hand's values, as its cells are read.
  let out: Cell[] | undefined;
  const put = (column: number, value: Cell, format: string | undefined): void => {
    if (value === null || value === "") return;
    // As wide as the rows before it (up to a list's width; a stray cell far right does not widen every
    // row after it): no array grown cell by cell (a third more room than it holds), and one already as
    // wide as the sheet becomes its row of values as it is.
    out ??= width <= PRESIZED_COLUMNS ? new Array(width) : [];
    out[column] = value;
    if (typeof value === "object" && isUncalculated(value)) uncalculated = true;
    if (typeof value === "number" && formats[column] === undefined) formats[column] = format ?? "";
    if (column < firstCol) firstCol = column;
    if (column > lastCol) {
      lastCol = column;
      width = column + 1;
    }
  };
  const parts = {
    head: (text: string, p: string) => {
      prefix = p;
      const ref = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\sref\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
      dimensionBottom = ref === undefined ? undefined : parseRange(ref)?.bottom;
      // The sheet's standard row height (CT_SheetFormatPr's defaultRowHeight): a row set to it is at the
      // standard height, as Excel's RangeFormat.useStandardHeight says of it in the add-in.
      const standard =
        /<(?:[A-Za-z_][\w.-]*:)?sheetFormatPr\b[^>]*?\sdefaultRowHeight\s*=\s*["']([^"']*)["']/.exec(
          text,
        )?.[1];
      if (standard !== undefined) standardHeight = Number(standard);
    },
    row: (text: string) => {
      rowNumber = rowNumberOf(text) ?? rowNumber + 1;
      const r = rowNumber - 1;
      if (headRows !== undefined && read >= headRows) {
        // Past the head: the rest only counted (a row that holds a cell), or not read at all.
        if (dimensionBottom !== undefined && dimensionBottom >= r) throw HEAD_READ;
        if (text.includes(`<${prefix}c`)) lastSeen = r;
        return;
      }
      if (headRows === undefined && isRowHidden(text)) hiddenRows.push(r);
      if (heightsKept && r >= heightNext) {
        const h = customRowHeight(text);
        heightAt(r, h === standardHeight ? Number.NaN : h);
      }
      out = undefined;
      if (prefix !== "" || !plainRowValues(text, ctx, put)) {
        // Read again cell by cell, from the first (the cells put so far are put again, the same).
        out = undefined;
        for (const cell of cellsOf(text, prefix)) {
          const { value, format } = cellValue(cell, prefix, ctx);
          put(cell.column, value, format);
        }
      }
      if (!out) return;
      rows[r] = out;
      read++;
      if (r < firstRow) firstRow = r;
      if (r > lastRow) lastRow = r;
    },
    tail: (t: string) => {
      tail = t;
    },
  };
  let stopped = false;
  try {
    // A head is streamed, never kept: only the data sheet's XML is held for the write that follows.
    await splitSheet(headRows === undefined ? partChunks(entry) : inflateChunks(entry), parts);
  } catch (cause) {
    if (cause !== HEAD_READ) throw fromZipError(cause, pkg.path);
    stopped = true;
  }
  // How many rows the used range has, where only its head was read: to the dimension's last row, else to
  // the last row seen with a cell.
  const bottom = stopped ? (dimensionBottom as number) : Math.max(lastRow, lastSeen);
  const rowsInAll = headRows === undefined || lastRow < 0 ? undefined : bottom - firstRow + 1;
  const mergedAreas = mergedAreasOf(tail);
  const tables = tablesOf(pkg, sheet.part ?? "");
  const tableName = tables.name;
  const pivotTables = pivotTablesOf(pkg, sheet.part ?? "");
  // Protected as Review > Protect Sheet leaves it (CT_SheetProtection's `sheet`, 18.3.1.85): the
  // add-in cannot write there, and neither does the CLI (the protection says what the user wants).
  const sheetProtected = /<(?:[A-Za-z_][\w.-]*:)?sheetProtection\b[^>]*\ssheet\s*=\s*["'](?:1|true)["']/.test(
    tail,
  );
  const sheetFilter = sheetFilterOf(tail);
  if (lastRow < 0)
    return {
      sheetName: sheet.name,
      values: [],
      origin: { row: 0, column: 0 },
      mergedAreas,
      tableName,
      sheetProtected,
      ...(sheetFilter ? { sheetFilter } : {}),
    };
  for (const area of mergedAreas) {
    const master = rows[area.row]?.[area.column];
    if (master === undefined || master === null) continue;
    for (let r = area.row; r < area.row + area.rows; r++) {
      const row = (rows[r] ??= []);
      for (let c = area.column; c < area.column + area.columns; c++)
        if (r !== area.row || c !== area.column) row[c] = master;
      if (r > lastRow) lastRow = r;
    }
    if (area.column + area.columns - 1 > lastCol) lastCol = area.column + area.columns - 1;
  }
  const used = lastCol - firstCol + 1;
  const values: Cell[][] = new Array(lastRow - firstRow + 1);
  for (let r = firstRow; r <= lastRow; r++) {
    const src = rows[r];
    rows[r] = undefined;
    if (src && firstCol === 0 && src.length === used) {
      // Read as wide as the used range, from column A: the row itself, its gaps blank.
      for (let c = 0; c < used; c++) if (src[c] === undefined) src[c] = null;
      values[r - firstRow] = src;
      continue;
    }
    const out: Cell[] = new Array(used).fill(null);
    if (src) for (let c = firstCol; c <= lastCol && c < src.length; c++) out[c - firstCol] = src[c] ?? null;
    values[r - firstRow] = out;
  }
  const columnFormats: (string | undefined)[] = [];
  for (let c = firstCol; c <= lastCol; c++) columnFormats.push(formats[c] ? formats[c] : undefined);
  return {
    sheetName: sheet.name,
    values,
    origin: { row: firstRow, column: firstCol },
    calculated: !uncalculated,
    // Date cells arrive as Dates; a number under a date header (a date pasted as a number) is a serial
    // of the workbook's own system.
    date1904: pkg.date1904,
    totalRows: tables.totalRows.filter((r) => r >= firstRow && r <= lastRow).map((r) => r - firstRow),
    columnFormats,
    tableName,
    ...(tables.top === undefined ? {} : { tableTop: tables.top }),
    ...(pivotTables.length > 0 ? { pivotTables } : {}),
    mergedAreas,
    sheetProtected,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(heightRuns && heightsKept && heightRuns.some((x) => !Number.isNaN(x.height))
      ? { rowHeights: heightRuns }
      : {}),
    ...(rowsInAll === undefined ? {} : { rowsInAll }),
    ...(sheetFilter ? { sheetFilter } : {}),
  };
}

/** A sheet's own AutoFilter: its range (0-based) and the columns of it that hold criteria (colId). */
export type SheetFilter = {
  readonly box: NonNullable<ReturnType<typeof parseRange>>;
  readonly criteria: readonly number[];
};

/** The `<autoFilter>` of a sheet's tail (ECMA-376 Part 1, 18.3.1.2; its filterColumn's colId, 18.3.2.7). */
function sheetFilterOf(tail: string): SheetFilter | undefined {
  const found = elements("autoFilter").exec(tail);
  const box = parseRange(attribute(found?.[1] ?? "", "ref") ?? "");
  if (!found || !box) return undefined;
  return { box, criteria: criteriaColumns(found[2] ?? "") };
}

/** Rows are read into arrays made this wide at once, up to this many columns. */
const PRESIZED_COLUMNS = 256;
/** Changes of rows' heights set by hand kept (SheetTable.rowHeights): beyond, the heights vary too often to use. */
const RUNS_KEPT = 10_000;

/** Thrown by a head's read once it has its rows and the dimension says how many there are. */
const HEAD_READ = new Error("head read");

/**
 * The Excel tables of a sheet: the first one's name as Excel shows it (its displayName), and the total
 * rows of all of them (0-based sheet rows): the last `totalsRowCount` rows of each table's `ref`
 * (ECMA-376 Part 1, 18.5.1.2).
 */
function tablesOf(
  pkg: XlsxPackage,
  sheetPart: string,
): { name: string | undefined; top: number | undefined; totalRows: number[] } {
  let name: string | undefined;
  let top: number | undefined;
  const totalRows: number[] = [];
  for (const rel of readRelationships(pkg.text(relsPathOf(sheetPart)), sheetPart)) {
    if (rel.type !== "table" || !pkg.has(rel.target)) continue;
    const a = firstElement(pkg.text(rel.target), "table")?.attributes ?? "";
    const ref = parseRange(attribute(a, "ref") ?? "");
    if (name === undefined) {
      name = attribute(a, "displayName") ?? attribute(a, "name");
      top = ref?.top;
    }
    const totals = Number(attribute(a, "totalsRowCount") ?? 0);
    if (ref && totals > 0) for (let r = ref.bottom - totals + 1; r <= ref.bottom; r++) totalRows.push(r);
  }
  return { name, top, totalRows };
}

/**
 * The PivotTables of a sheet (its pivotTable relationships): each one's name and range (its
 * pivotTableDefinition's `name` and `location ref`, ECMA-376 Part 1, 18.10.1.73 and 18.10.1.49: the
 * range without the page fields, as Excel's PivotTable.layout.getRange() gives it) and its source (its
 * cache's worksheetSource, 18.10.1.99: `sheet`!`ref`, or the `name` of a table or defined name; "" for
 * an external or OLAP source).
 */
function pivotTablesOf(pkg: XlsxPackage, sheetPart: string): PivotTableOnSheet[] {
  const found: PivotTableOnSheet[] = [];
  for (const rel of readRelationships(pkg.text(relsPathOf(sheetPart)), sheetPart)) {
    if (rel.type !== "pivotTable" || !pkg.has(rel.target)) continue;
    const xml = pkg.text(rel.target);
    const name = attribute(firstElement(xml, "pivotTableDefinition")?.attributes ?? "", "name") ?? "";
    const ref = parseRange(attribute(firstElement(xml, "location")?.attributes ?? "", "ref") ?? "");
    if (!ref) continue;
    let source = "";
    for (const cache of readRelationships(pkg.text(relsPathOf(rel.target)), rel.target)) {
      if (cache.type !== "pivotCacheDefinition" || !pkg.has(cache.target)) continue;
      const a = firstElement(pkg.text(cache.target), "worksheetSource")?.attributes ?? "";
      const sheet = attribute(a, "sheet");
      const at = attribute(a, "ref");
      source = sheet && at ? `${quoteSheet(sheet)}!${at}` : (attribute(a, "name") ?? at ?? "");
    }
    found.push({
      name,
      range: {
        row: ref.top,
        column: ref.left,
        rows: ref.bottom - ref.top + 1,
        columns: ref.right - ref.left + 1,
      },
      source,
    });
  }
  return found;
}

/** A sheet's name as a reference writes it: quoted where it is not a plain word (Excel's rule). */
function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The text of the settings sheet's column A, as `parseSettings` reads it.
 * @example await readSettingsCells(pkg, ctx) // ['{"format":"channel-tiering/settings",…']
 */
export async function readSettingsCells(pkg: XlsxPackage, ctx: CellContext): Promise<string[]> {
  const sheet = pkg.sheets.find((s) => s.name === SETTINGS_SHEET && s.part);
  if (!sheet) return [];
  const table = await readSheet(pkg, sheet, ctx);
  const cells: string[] = [];
  if (table.origin.column !== 0) return cells;
  for (let r = 0; r < table.values.length; r++) {
    if (table.origin.row + r !== cells.length) break;
    const v = table.values[r]?.[0];
    if (typeof v !== "string" || v === "") break;
    cells.push(v);
  }
  return cells;
}

/**
 * The workbook's other visible worksheets (not ours), their top rows and row counts, for the run to
 * tell a list split a sheet per region. Only each sheet's first rows are read: its size is its
 * `<dimension>`'s (the read stops there), else counted from the rest unparsed.
 * @example (await otherSheetsOf(pkg, sheet, ["分级策略"], ctx)).map((s) => s.name) // ["华南", "华北"]
 */
export async function otherSheetsOf(
  pkg: XlsxPackage,
  tiered: SheetEntry,
  ownSheets: readonly string[],
  ctx: CellContext,
): Promise<OtherSheet[]> {
  const out: OtherSheet[] = [];
  for (const sheet of worksheetCandidates(pkg, ownSheets)) {
    if (sheet === tiered || out.length >= OTHER_SHEETS_COMPARED) continue;
    // A sheet that cannot be read is no list to compare: the run goes on without it.
    const table = await readSheet(pkg, sheet, ctx, OTHER_SHEET_HEAD_ROWS).catch(() => undefined);
    if (!table || table.values.length === 0) continue;
    out.push({ name: sheet.name, head: table.values, rows: table.rowsInAll ?? table.values.length });
  }
  return out;
}

/** Sheet names of a workbook, in tab order (for the plan: a name already taken is never ours). */
export function sheetNamesOf(pkg: XlsxPackage): string[] {
  return pkg.sheets.map((s) => s.name);
}

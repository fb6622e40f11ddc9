import type { ExcelMessages } from "../i18n";
import {
  BASE_FONT_POINTS,
  basePoints,
  columnPoints,
  digitPixelsOf,
  headerFitWidth,
  type PlanCell,
  type PlanRow,
  rowLook,
  SETTINGS_SHEET,
  type SheetPlan,
  type WritePlan,
  printAreaReachesOurs,
  tableRows,
  settingsAfterWrite,
  widenedFilter,
  widenedPrintArea,
  withoutSheetNames,
} from "../workbook";
import { OfficeApiError, translateOfficeError } from "./officeApiError";
import { type HeightRun, heightRuns, rowRuns } from "./rowHeights";
import { writeSettings } from "./settingsStore";
import { syncInBatches } from "./syncInBatches";
import { estimateBytes, toExcelValue } from "./textCell";

/** Excel on the web refuses requests over 5 MB; each sync stays under this budget. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
const MAX_COLUMNS = 16_384;

export type WriteOptions = {
  readonly messages: ExcelMessages;
  /** `Office.context.requirements.isSetSupported`, injectable for tests. */
  readonly supports: (set: string, version: string) => boolean;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Checked between chunks: true stops the write there (what was written stays, and is reported). */
  readonly isCancelled?: (() => boolean) | undefined;
  readonly budgetBytes?: number | undefined;
  /**
   * The sheet rows (0-based) a filter or the user hid, as read (ExcelTable.hiddenRows): a height the
   * user set is not put back on them.
   */
  readonly hiddenRows?: readonly number[] | undefined;
};

/** The user cancelled between chunks; `written` says what the workbook already holds. */
export class WriteCancelled extends Error {
  override readonly name = "WriteCancelled";
  constructor(readonly written: string | null) {
    super("cancelled");
  }
}

export type WriteOutcome = {
  readonly syncs: number;
  /** The largest request's estimated bytes (an upper bound of what Excel receives). */
  readonly largestRequestBytes: number;
};

type Block = {
  readonly row: number;
  readonly column: number;
  /** null: the cell is left as it is (value and format alike). */
  readonly values: (string | number | null)[][];
  readonly formats: (string | null)[][];
};

/**
 * Applies a write plan to the workbook: checks everything first (protection, room, the sheets to
 * replace), then writes the output columns in chunks sized by their bytes, one sync per chunk, halving
 * a chunk that Excel finds too large; adds table columns, tier colours, the frozen header, the strategy
 * sheet (with its chart), the change log and the settings. Only the product's own
 * columns and sheets are written. If a write fails midway, the error says what was written.
 * @example await applyPlanToExcel(context, plan, { messages, supports: (s, v) => Office.context.requirements.isSetSupported(s, v) })
 */
export async function applyPlanToExcel(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const m = options.messages;
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const sheets = context.workbook.worksheets;
  const ws = sheets.getItem(plan.sheetName);
  // The sheet's standard width (ExcelApi 1.7) and its last column's width in points: the Normal style's
  // digit in pixels, which a plan's widths count (a Chinese workbook's 等线 digit is 8 pixels, Calibri's 7).
  ws.load(["protection/protected", "standardWidth"]);
  const lastColumn = ws.getRangeByIndexes(0, MAX_COLUMNS - 1, 1, 1);
  lastColumn.load(["columnHidden", "format/columnWidth", "format/useStandardWidth"]);
  // Structure protection forbids adding the strategy sheet: found before the first write, not after.
  const structure = context.workbook.protection;
  structure.load("protected");
  const existing = new Map<string, Excel.Worksheet>();
  for (const name of [
    SETTINGS_SHEET,
    plan.strategySheet.name,
    ...plan.strategySheet.replaces,
    plan.changeLog.name,
    ...plan.changeLog.replaces,
  ]) {
    const sheet = sheets.getItemOrNullObject(name);
    // Its tab's place too: the new one takes it (Worksheet.position, ExcelApi 1.1).
    sheet.load(["name", "position"]);
    existing.set(name, sheet);
  }
  const table = plan.tableName ? ws.tables.getItemOrNullObject(plan.tableName) : null;
  const tableRange = table ? table.getRange() : null;
  tableRange?.load(["columnIndex", "columnCount", "rowIndex"]);
  // The user's own freeze and filter stay: ours are added only where there are none
  // (FreezePanes.getLocationOrNullObject, ExcelApi 1.7; AutoFilter.enabled, ExcelApi 1.9).
  const frozen = ws.freezePanes.getLocationOrNullObject();
  frozen.load("address");
  const canFilter = options.supports("ExcelApi", "1.9");
  // A navigation property: getting it reads nothing from Excel (the rule cannot tell it from a value).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const autoFilter = canFilter ? ws.autoFilter : null;
  autoFilter?.load(["enabled", "isDataFiltered"]);
  // The user's filter's cells (AutoFilter.getRangeOrNullObject, ExcelApi 1.9): widened over our columns.
  const filterRange = autoFilter?.getRangeOrNullObject();
  filterRange?.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  // The user's print area (PageLayout.getPrintAreaOrNullObject, ExcelApi 1.9): widened over our columns.
  const printArea = options.supports("ExcelApi", "1.9") ? ws.pageLayout.getPrintAreaOrNullObject() : null;
  printArea?.load("address");

  // Our headers take the look of the user's last header cell (WritePlan.headerLook: fill, font,
  // borders, alignment), as Excel carries a table's look to a column typed beside it; Range.copyFrom
  // with "Formats" (ExcelApi 1.9). Only where merged areas are read (ExcelApi 1.13): the look cell is
  // then known to lie outside one. Elsewhere, and for a table, bold. Its type size widens a new column
  // to fit its header (RangeFont.size, ExcelApi 1.1).
  const lookCell =
    plan.headerLook !== undefined && options.supports("ExcelApi", "1.13")
      ? ws.getRangeByIndexes(plan.headerRow, plan.headerLook, 1, 1)
      : null;
  lookCell?.format.font.load("size");
  // The height the user set every data row to (a Google Sheets export's 18, a ledger set to 20), saved
  // so that taking the tiering back gives it back where the run's autofit took it: RangeFormat.rowHeight
  // (ExcelApi 1.2: "If the row heights are not uniform, null will be returned") and useStandardHeight
  // (ExcelApi 1.7: false where the rows are of one height other than the sheet's standard). Not where the
  // last run's wrapped text is on the sheet: the rows it fitted are not the user's.
  const dataRows =
    plan.rowCount > 0 && !plan.columns.some((c) => c.existing && c.wrap)
      ? ws.getRangeByIndexes(plan.firstRow, 0, plan.rowCount, 1)
      : null;
  dataRows?.load(["format/rowHeight", "format/useStandardHeight"]);

  let syncs = 0;
  let largest = 0;
  let writtenRows = 0;
  const writtenSheets: string[] = [];
  const written = (): string | null => {
    const parts: string[] = [];
    if (writtenRows > 0) parts.push(m.writtenColumns(plan.columns.length, writtenRows));
    if (writtenSheets.length > 0) parts.push(m.writtenSheets(writtenSheets));
    return parts.length > 0 ? parts.join(m.writtenSeparator) : null;
  };
  const sync = async (bytes: number): Promise<void> => {
    await context.sync();
    syncs++;
    largest = Math.max(largest, bytes);
  };
  let screenSuspended = false;
  const suspend = (): void => {
    // ExcelApi 1.7 is the manifest's minimum (checked before any call); only newer APIs need a guard.
    context.application.suspendApiCalculationUntilNextSync();
    // Screen updating is suspended once: called in a loop of syncs it makes the screen flicker (docs).
    if (!screenSuspended && options.supports("ExcelApi", "1.9")) {
      context.application.suspendScreenUpdatingUntilNextSync();
      screenSuspended = true;
    }
  };

  try {
    await sync(0);
    if (ws.protection.protected) throw new OfficeApiError("protected", m.protectedSheet(plan.sheetName));
    const lookPoints = lookCell ? (lookCell.format.font.size ?? undefined) : undefined;
    const handHeight =
      dataRows && dataRows.format.useStandardHeight === false
        ? (dataRows.format.rowHeight ?? undefined)
        : undefined;
    if (structure.protected) throw new OfficeApiError("protected", m.protectedWorkbook);
    const base = await normalPoints(context, sync);
    const standard = !lastColumn.columnHidden && lastColumn.format.useStandardWidth;
    const digit = digitPixelsOf(standard ? lastColumn.format.columnWidth : undefined, ws.standardWidth, base);
    const maxColumn = Math.max(0, ...plan.columns.map((c) => c.column));
    if (maxColumn >= MAX_COLUMNS)
      throw new OfficeApiError("tooLarge", m.tooLarge(plan.rowCount, maxColumn + 1));

    // The grid the user's rows are drawn with, carried on over our data cells (as the CLI does).
    const grid =
      lookCell && plan.headerLook !== undefined ? await readGrid(ws, plan, plan.headerLook, sync) : [];

    // Headers (and table columns) first: small, and they make a table grow to hold its new columns.
    const hasTable =
      table !== null && !table.isNullObject && tableRange !== null && tableRange.rowIndex === plan.headerRow;
    const adjacent = new Set<number>();
    if (hasTable) {
      const added = new Set(plan.columns.filter((c) => !c.existing).map((c) => c.column));
      for (let c = tableRange.columnIndex + tableRange.columnCount; added.has(c); c++) adjacent.add(c);
    }
    for (const column of [...plan.columns].sort((a, b) => a.column - b.column)) {
      if (hasTable && adjacent.has(column.column)) table.columns.add(undefined, undefined, column.header);
      else ws.getRangeByIndexes(plan.headerRow, column.column, 1, 1).values = [[toExcelValue(column.header)]];
      const cell = ws.getRangeByIndexes(plan.headerRow, column.column, 1, 1);
      if (lookCell) cell.copyFrom(lookCell, "Formats");
      else cell.format.font.bold = true;
    }
    suspend();
    await sync(plan.columns.reduce((s, c) => s + estimateBytes(c.header) + 64, 0));

    // The body, run by run of adjacent columns, in chunks sized by their bytes.
    const runs = contiguousRuns(plan.columns.map((c) => c.column));
    const total = plan.rowCount * runs.length;
    let done = 0;
    for (const run of runs) {
      const cols = run.map((c) => plan.columns.find((x) => x.column === c)!);
      // A planner's own note stays as it is: null in a 2-D array leaves that cell's value and format
      // unchanged ("Use null in 2-D arrays to leave specific cells unchanged while updating others",
      // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
      const kept = cols.map((c) => (c.kept && c.kept.length > 0 ? new Set(c.kept) : undefined));
      const isKept = (k: number, r: number): boolean => kept[k]?.has(r) === true;
      // Plans reach Excel through toPlainOutcome, their values built into arrays: reading a row here
      // and again below is an array read, not a second build.
      const rowBytes = (r: number): number =>
        cols.reduce(
          (s, c) => s + estimateBytes(toExcelValue(c.values.at(r) ?? null)) + c.numberFormat.length + 8,
          16,
        );
      await syncInBatches({
        count: plan.rowCount,
        bytesOf: rowBytes,
        budget,
        before: () => {
          if (options.isCancelled?.()) throw new WriteCancelled(written());
        },
        queue: (start, n) => {
          queueBlock(ws, {
            row: plan.firstRow + start,
            column: run[0] as number,
            values: rows(n, (r) =>
              cols.map((c, k) =>
                isKept(k, start + r) ? null : toExcelValue(c.values.at(start + r) ?? null),
              ),
            ),
            formats: rows(n, (r) => cols.map((c, k) => (isKept(k, start + r) ? null : c.numberFormat))),
          });
          suspend();
        },
        sync,
        after: (start, n) => {
          done += n;
          writtenRows = Math.max(writtenRows, start + n);
          options.onProgress?.(done, total);
        },
      });
    }

    // The user's grid on our cells, row run by row run (a planner's own note in our column keeps its own).
    let queued = 0;
    for (const run of grid.length > 0 ? contiguousRuns(plan.columns.map((c) => c.column)) : []) {
      const cols = run.map((c) => plan.columns.find((x) => x.column === c)!);
      const kept = cols.map((c) => new Set(c.kept ?? []));
      for (const g of grid) {
        const blocks = kept.every((k) => k.size === 0)
          ? [{ row: g.start, rows: g.count, column: run[0] as number, columns: run.length }]
          : cols.flatMap((c, k) =>
              rowRuns(g.start, g.count, kept[k] as Set<number>).map((r) => ({
                ...r,
                column: c.column,
                columns: 1,
              })),
            );
        for (const b of blocks) {
          drawGrid(
            ws.getRangeByIndexes(plan.firstRow + b.row, b.column, b.rows, b.columns),
            g.line,
            b.rows,
            b.columns,
          );
          if (++queued % GRID_BLOCKS_PER_SYNC === 0) await sync(GRID_BLOCKS_PER_SYNC * GRID_BLOCK_BYTES);
        }
      }
    }

    // Formatting only, after the values: widths, wrapped long text, tier colours, freeze, filter.
    for (const c of plan.columns) {
      if (!c.existing) {
        const top = ws.getRangeByIndexes(0, c.column, 1, 1);
        top.format.columnWidth = columnPoints(headerFitWidth(c, lookPoints, base), digit);
        // Shown where the user hid the empty columns right of the data (Range.columnHidden, ExcelApi
        // 1.2): the tier columns were written hidden. One of ours hidden since stays so on a re-run.
        top.columnHidden = false;
      }
      if (c.wrap && plan.rowCount > 0)
        ws.getRangeByIndexes(plan.firstRow, c.column, plan.rowCount, 1).format.wrapText = true;
    }
    // Rows grow to our wrapped text; a height the user set every data row to stays where the text fits
    // in it (on a re-run, the height saved by the first: the rows stand at the last run's heights).
    const keep = handHeight ?? plan.settings.output.rowHeight;
    const heights = heightRuns(
      plan,
      keep,
      handHeight !== undefined,
      // The width a run gives the column (an earlier run's, on a re-run, as this one would).
      (c) => headerFitWidth(c, lookPoints, base),
      base,
      options.hiddenRows,
    );
    for (let k = 0; k < heights.length; k++) {
      const run = heights[k] as HeightRun;
      const rows = ws.getRangeByIndexes(run.from, 0, run.count, 1);
      if (run.fit) rows.format.autofitRows();
      else if (keep !== undefined) rows.format.rowHeight = keep;
      if ((k + 1) % HEIGHT_RUNS_PER_SYNC === 0) await sync(HEIGHT_RUNS_PER_SYNC * HEIGHT_RUN_BYTES);
    }
    const tier = plan.columns.find((c) => c.key === "tier");
    if (tier && plan.rowCount > 0) {
      const range = ws.getRangeByIndexes(plan.firstRow, tier.column, plan.rowCount, 1);
      // Our earlier colours go; a user's format that also covers other columns stays whole (clearAll
      // would cut it: Excel takes the range's cells out of every format active on them).
      // A navigation property: getting it reads nothing from Excel (the rule cannot tell it from a value).
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const formats = range.conditionalFormats;
      formats.load("items/type");
      await sync(64);
      const spans = formats.items.map((cf) => {
        const applies = cf.getRangeOrNullObject();
        applies.load(["columnIndex", "columnCount"]);
        return { cf, applies };
      });
      if (spans.length > 0) await sync(64);
      for (const { cf, applies } of spans)
        if (!applies.isNullObject && applies.columnIndex === tier.column && applies.columnCount === 1)
          cf.delete();
      // "Cell value equal to" the label: the rule Excel writes for it renders in LibreOffice too.
      for (const style of plan.tierStyles) {
        const cf = range.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = style.fill;
        cf.cellValue.format.font.color = style.font;
        cf.cellValue.rule = { formula1: `="${style.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    }
    const froze = plan.freeze !== null && frozen.isNullObject;
    let filtered = false;
    if (plan.freeze && frozen.isNullObject) {
      const { rows: r, columns: c } = plan.freeze;
      if (c > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, r, c));
      else ws.freezePanes.freezeRows(r);
    }
    if (plan.autoFilter && autoFilter && !hasTable && !autoFilter.enabled) {
      const f = plan.autoFilter;
      autoFilter.apply(ws.getRangeByIndexes(f.row, f.column, f.rows, f.columns));
      filtered = true;
    } else if (plan.autoFilter && autoFilter && filterRange && !hasTable && !filterRange.isNullObject) {
      // The user's filter over their columns, none of its criteria set: widened over ours, as the CLI
      // widens it (an arrow on 渠道分级 to filter by), by removing it and applying it to the wider range.
      const wider = widenedFilter(
        {
          row: filterRange.rowIndex,
          column: filterRange.columnIndex,
          rows: filterRange.rowCount,
          columns: filterRange.columnCount,
        },
        autoFilter.isDataFiltered,
        plan,
      );
      if (wider) {
        autoFilter.remove();
        autoFilter.apply(ws.getRangeByIndexes(wider.row, wider.column, wider.rows, wider.columns));
      }
    }

    // The user's print area over their columns widened over ours, as the CLI widens it (widenedPrintArea):
    // a printout by it had no tiers. Set as the blocks Worksheet.getRanges reads ("A1:R41, J1:K3").
    const userArea = printArea && !printArea.isNullObject ? printArea.address : "";
    const widerPrint = widenedPrintArea(userArea, tableRows(plan), plan.columns);
    if (widerPrint !== null) ws.pageLayout.setPrintArea(ws.getRanges(withoutSheetNames(widerPrint)));

    // The product's own sheets, replaced whole, each new one in its tab's place (a planner who put the
    // strategy sheet first, or a sheet of their own after it, keeps that order, as the CLI keeps it;
    // added at the end, the strategy sheet moved behind the planner's sheets on every re-run).
    const ours = [plan.strategySheet, plan.changeLog];
    const placeOf = ours.map((sheet) => {
      let at = Number.POSITIVE_INFINITY;
      for (const name of [sheet.name, ...sheet.replaces]) {
        const old = existing.get(name);
        if (old && !old.isNullObject) {
          at = Math.min(at, old.position);
          old.delete();
        }
      }
      return at;
    });
    await sync(0);
    const canPrint = options.supports("ExcelApi", "1.9");
    const added: Excel.Worksheet[] = [];
    for (const sheet of ours) {
      added.push(await writeSheet(context, sheet, budget, sync, canPrint, base, digit));
      writtenSheets.push(sheet.name);
    }
    // Moved from the end in the order of their old places: each move leaves the earlier ones in place.
    added
      .map((ws, k) => ({ ws, at: placeOf[k] as number }))
      .filter((p) => Number.isFinite(p.at))
      .sort((x, y) => x.at - y.at)
      .forEach((p) => void (p.ws.position = p.at));

    const settingsSheet = existing.get(SETTINGS_SHEET);
    // What this run and earlier ones added to the sheet (a freeze, a filter), for taking the tiering
    // back, as the CLI saves it; where Excel cannot say whether a filter is there (before ExcelApi 1.9),
    // an earlier run's filter is taken as still there, and its widened print area alike.
    const settings = settingsAfterWrite(plan.settings, {
      froze,
      filtered,
      hasFreeze: froze || !frozen.isNullObject,
      hasFilter: filtered || (autoFilter ? autoFilter.enabled : true),
      widenedPrint: widerPrint !== null,
      printReachesOurs: printArea ? printAreaReachesOurs(widerPrint ?? userArea, plan.columns) : true,
      rowHeight: handHeight,
    });
    await writeSettings(
      context,
      settings,
      Boolean(settingsSheet && !settingsSheet.isNullObject),
      budget,
      sync,
    );
    // Calculation was suspended while writing, and Excel leaves the recalculation to the add-in:
    // formulas of the user's that read our columns are brought up to date.
    context.application.calculate("Recalculate");
    await sync(16);
    return { syncs, largestRequestBytes: largest };
  } catch (error) {
    if (error instanceof WriteCancelled) throw error;
    throw translateOfficeError(error, m, plan.sheetName, written());
  }
}

function rows<T>(n: number, row: (r: number) => T[]): T[][] {
  const out: T[][] = new Array(n);
  for (let r = 0; r < n; r++) out[r] = row(r);
  return out;
}

function queueBlock(ws: Excel.Worksheet, b: Block): void {
  const width = b.values[0]?.length ?? 0;
  if (b.values.length === 0 || width === 0) return;
  const range = ws.getRangeByIndexes(b.row, b.column, b.values.length, width);
  // Number formats before values: "@" makes Excel keep what follows as text.
  range.numberFormat = b.formats;
  range.values = b.values;
}

/** Groups sorted column indices into runs of adjacent columns. */
function contiguousRuns(columns: readonly number[]): number[][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === c - 1) last.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * Gives a product sheet's row its style's look (rowLook, in the workbook's base size `base`, as the
 * command line writes it) and its
 * right-aligned header cells. RangeFormat's font, fill, borders, wrapText and alignments are ExcelApi 1.1;
 * autofitRows 1.2 (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat). A new sheet's
 * cells are plain, so only what differs is set.
 */
function styleRow(ws: Excel.Worksheet, row: number, r: PlanRow, base: number): void {
  const look = rowLook(r.style, base);
  if (Object.keys(look).length > 0) {
    const format = ws.getRangeByIndexes(row, 0, 1, Math.max(1, r.cells.length)).format;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size) format.font.size = look.size;
    if (look.color) format.font.color = look.color;
    if (look.fill) format.fill.color = look.fill;
    if (look.topBorder) format.borders.getItem("EdgeTop").style = "Continuous";
    if (look.vertical) format.verticalAlignment = look.vertical === "top" ? "Top" : "Bottom";
    if (look.wrap) {
      format.wrapText = true;
      // The row grows to its wrapped header's lines, as the command line sets its height.
      format.autofitRows();
    }
  }
  const right: number[] = [];
  r.align?.forEach((a, c) => a === "right" && right.push(c));
  for (const run of contiguousRuns(right))
    ws.getRangeByIndexes(row, run[0] as number, 1, run.length).format.horizontalAlignment = "Right";
}

/** Adds a sheet, writes its rows in byte-sized chunks, and draws its chart if it has one. */
async function writeSheet(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  budget: number,
  sync: (bytes: number) => Promise<void>,
  canPrint: boolean,
  base: number,
  digit: number,
): Promise<Excel.Worksheet> {
  const ws = context.workbook.worksheets.add(sheet.name);
  const width = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  const cell = (v: PlanCell | undefined): string | number => toExcelValue(v ?? null);
  const rowBytes = (k: number): number =>
    (sheet.rows[k] as PlanRow).cells.reduce<number>((s, v) => s + estimateBytes(cell(v)) + 12, 16) +
    width * 12;
  const queue = (start: number, n: number): void => {
    // The widths first: a wrapped header's row fits its lines to them.
    if (start === 0) {
      sheet.columnWidths.forEach((w, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(w, digit);
      });
    }
    const slice = sheet.rows.slice(start, start + n);
    queueBlock(ws, {
      row: start,
      column: 0,
      values: slice.map((r) => Array.from({ length: width }, (_, c) => cell(r.cells[c]))),
      formats: slice.map((r) =>
        Array.from(
          { length: width },
          (_, c) => r.formats?.[c] ?? (typeof r.cells[c] === "number" ? "General" : "@"),
        ),
      ),
    });
    slice.forEach((r, i) => styleRow(ws, start + i, r, base));
  };
  await syncInBatches({ count: sheet.rows.length, bytesOf: rowBytes, budget, queue, sync });
  const wraps = sheet.wrapColumns ?? [];
  if (wraps.length > 0) {
    // Body rows, run by run: the wrapping columns' text wraps, the cells stand at the top and the rows
    // grow to their lines, as the command line writes them (RangeFormat, ExcelApi 1.1; autofitRows 1.2).
    const body = sheet.rows.flatMap((r, k) => (r.style === "body" ? [k] : []));
    const runs = contiguousRuns(body);
    for (const run of runs) {
      const first = run[0] as number;
      const rows = ws.getRangeByIndexes(first, 0, run.length, width);
      rows.format.verticalAlignment = "Top";
      for (const c of wraps) ws.getRangeByIndexes(first, c, run.length, 1).format.wrapText = true;
      rows.format.autofitRows();
    }
    await sync(64 * runs.length * (2 + wraps.length));
  }
  if (sheet.print && canPrint) {
    // PageLayout and page breaks: ExcelApi 1.9. verticalFitToPages 0 is Excel's "automatic" height
    // (fitToHeight="0" in the file), as the CLI writes it.
    const p = sheet.print;
    ws.pageLayout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintArea(ws.getRangeByIndexes(0, 0, Math.max(1, sheet.rows.length), p.columns));
    for (const r of p.breaks) if (r > 0) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
    await sync(64 + p.breaks.length * 32);
  }
  if (!sheet.chart) return ws;
  const { source, anchor, size, title } = sheet.chart;
  const data = ws.getRangeByIndexes(source.row, source.column, source.rows, source.columns);
  const chart = ws.charts.add("ColumnClustered", data, "Columns");
  chart.title.text = title;
  chart.setPosition(
    ws.getRangeByIndexes(anchor.row, anchor.column, 1, 1),
    ws.getRangeByIndexes(anchor.row + size.rows - 1, anchor.column + size.columns - 1, 1, 1),
  );
  await sync(256);
  return ws;
}

/** A line of the user's grid, as Excel.CellBorder gives it and Excel.RangeBorder takes it. */
type GridLine = { readonly style: string; readonly weight?: string; readonly color?: string };
/** Consecutive data rows (offsets from the plan's first) whose look cell draws the same grid line. */
type GridRun = { readonly start: number; readonly count: number; readonly line: GridLine };

/** Rows of the look column read per sync: a cell's four borders weigh about 300 bytes of JSON. */
const GRID_ROWS = 8_000;
/** Grid blocks drawn per sync (each six edges of three properties), and what one weighs in a request. */
const GRID_BLOCKS_PER_SYNC = 1_000;
const GRID_BLOCK_BYTES = 1_500;
/** Runs of rows fitted or set to a height queued a sync, and a generous estimate of each one's request. */
const HEIGHT_RUNS_PER_SYNC = 2_000;
const HEIGHT_RUN_BYTES = 600;

/**
 * The grid the user's data rows are drawn with: each row's cell in the look column (WritePlan.headerLook)
 * where its four sides carry the same line (style not "None", one weight and colour), as Excel's "All
 * Borders" leaves a cell; runs of rows alike. Read with Range.getCellProperties (ExcelApi 1.9; the caller
 * reads only where ExcelApi 1.13 is supported), the first data row alone first: where it draws no grid,
 * the user's rows are not drawn as one and nothing more is read (the CLI reads alike: rowGrids).
 */
async function readGrid(
  ws: Excel.Worksheet,
  plan: WritePlan,
  column: number,
  sync: (bytes: number) => Promise<void>,
): Promise<GridRun[]> {
  const runs: GridRun[] = [];
  let current: { start: number; count: number; key: string; line: GridLine } | undefined;
  for (let from = 0; from < plan.rowCount;) {
    const n = from === 0 ? 1 : Math.min(GRID_ROWS, plan.rowCount - from);
    const props = ws
      .getRangeByIndexes(plan.firstRow + from, column, n, 1)
      .getCellProperties({ format: { borders: { style: true, weight: true, color: true } } });
    await sync(128);
    // A ClientResult's value is there after the sync just made (`sync` wraps context.sync); it has no load.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const cells = props.value;
    for (let k = 0; k < n; k++) {
      const line = gridLineOf(cells[k]?.[0]);
      const key = line ? JSON.stringify(line) : undefined;
      if (current && key === current.key && current.start + current.count === from + k) current.count++;
      else {
        if (current) runs.push(current);
        current = key && line ? { start: from + k, count: 1, key, line } : undefined;
      }
    }
    if (from === 0 && !current) return [];
    from += n;
  }
  if (current) runs.push(current);
  return runs.map(({ start, count, line }) => ({ start, count, line }));
}

/** The line a cell's four sides share, or undefined where one has none or they differ. */
function gridLineOf(cell: Excel.CellProperties | undefined): GridLine | undefined {
  const b = cell?.format?.borders;
  const sides = [b?.top, b?.bottom, b?.left, b?.right];
  const first = sides[0];
  if (!first?.style || first.style === "None") return undefined;
  const same = sides.every(
    (s) => s?.style === first.style && s?.weight === first.weight && s?.color === first.color,
  );
  if (!same) return undefined;
  return {
    style: first.style,
    ...(first.weight ? { weight: first.weight } : {}),
    ...(first.color ? { color: first.color } : {}),
  };
}

/** Draws a grid line on every side of every cell of the range: its four edges and, inside, between cells. */
function drawGrid(range: Excel.Range, line: GridLine, rows: number, columns: number): void {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  const inside = [
    ...(rows > 1 ? (["InsideHorizontal"] as const) : []),
    ...(columns > 1 ? (["InsideVertical"] as const) : []),
  ];
  for (const index of [...edges, ...inside]) {
    const border = range.format.borders.getItem(index);
    border.style = line.style as Excel.BorderLineStyle;
    if (line.weight) border.weight = line.weight as Excel.BorderWeight;
    if (line.color) border.color = line.color;
  }
}

/**
 * The type size of the workbook's Normal style (Workbook.styles.getItem, Style.font: ExcelApi 1.7, the
 * manifest's minimum), which our sheets' body text takes: their titles and headings stand as far above it
 * as at Excel's 11 (rowLook). 11 where the workbook has no style of that name.
 */
async function normalPoints(
  context: Excel.RequestContext,
  sync: (bytes: number) => Promise<void>,
): Promise<number> {
  const font = context.workbook.styles.getItem("Normal").font;
  font.load("size");
  try {
    await sync(64);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ItemNotFound") return BASE_FONT_POINTS;
    throw error;
  }
  return basePoints(font.size);
}

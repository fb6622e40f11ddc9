import type { ExcelMessages } from "../i18n";
import { type PlanCell, type PlanRow, SETTINGS_SHEET, type SheetPlan, type WritePlan } from "../workbook";
import { OfficeApiError, translateOfficeError } from "./officeApiError";
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
  readonly values: (string | number)[][];
  readonly formats: string[][];
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
  ws.load("protection/protected");
  const existing = new Map<string, Excel.Worksheet>();
  for (const name of [
    SETTINGS_SHEET,
    plan.strategySheet.name,
    ...plan.strategySheet.replaces,
    plan.changeLog.name,
    ...plan.changeLog.replaces,
  ]) {
    const sheet = sheets.getItemOrNullObject(name);
    sheet.load("name");
    existing.set(name, sheet);
  }
  const table = plan.tableName ? ws.tables.getItemOrNullObject(plan.tableName) : null;
  const tableRange = table ? table.getRange() : null;
  tableRange?.load(["columnIndex", "columnCount", "rowIndex"]);

  let syncs = 0;
  let largest = 0;
  let writtenRows = 0;
  const writtenSheets: string[] = [];
  const written = (): string | null => {
    const parts: string[] = [];
    if (writtenRows > 0) parts.push(m.writtenColumns(plan.columns.length, writtenRows));
    if (writtenSheets.length > 0) parts.push(m.writtenSheets(writtenSheets));
    return parts.length > 0 ? parts.join("; ") : null;
  };
  const sync = async (bytes: number): Promise<void> => {
    await context.sync();
    syncs++;
    largest = Math.max(largest, bytes);
  };
  const suspend = (): void => {
    // ExcelApi 1.7 is the manifest's minimum (checked before any call); only newer APIs need a guard.
    context.application.suspendApiCalculationUntilNextSync();
    if (options.supports("ExcelApi", "1.9")) context.application.suspendScreenUpdatingUntilNextSync();
  };

  try {
    await sync(0);
    if (ws.protection.protected) throw new OfficeApiError("protected", m.protectedSheet(plan.sheetName));
    const maxColumn = Math.max(0, ...plan.columns.map((c) => c.column));
    if (maxColumn >= MAX_COLUMNS)
      throw new OfficeApiError("tooLarge", m.tooLarge(plan.rowCount, maxColumn + 1));

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
      ws.getRangeByIndexes(plan.headerRow, column.column, 1, 1).format.font.bold = true;
    }
    suspend();
    await sync(plan.columns.reduce((s, c) => s + estimateBytes(c.header) + 64, 0));

    // The body, run by run of adjacent columns, in chunks sized by their bytes.
    const runs = contiguousRuns(plan.columns.map((c) => c.column));
    const total = plan.rowCount * runs.length;
    let done = 0;
    for (const run of runs) {
      const cols = run.map((c) => plan.columns.find((x) => x.column === c)!);
      const rowBytes = (r: number): number =>
        cols.reduce(
          (s, c) => s + estimateBytes(toExcelValue(c.values[r] ?? null)) + c.numberFormat.length + 8,
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
            values: rows(n, (r) => cols.map((c) => toExcelValue(c.values[start + r] ?? null))),
            formats: rows(n, () => cols.map((c) => c.numberFormat)),
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

    // Tier colours and the frozen header: formatting only, after the values.
    const tier = plan.columns.find((c) => c.key === "tier");
    if (tier && plan.rowCount > 0) {
      const range = ws.getRangeByIndexes(plan.firstRow, tier.column, plan.rowCount, 1);
      range.conditionalFormats.clearAll();
      for (const style of plan.tierStyles) {
        const cf = range.conditionalFormats.add("ContainsText");
        cf.textComparison.format.fill.color = style.fill;
        cf.textComparison.format.font.color = style.font;
        cf.textComparison.rule = { operator: "Contains", text: style.label };
      }
    }
    ws.freezePanes.freezeRows(plan.headerRow + 1);

    // The product's own sheets, replaced whole.
    for (const sheet of [plan.strategySheet, plan.changeLog]) {
      for (const name of [sheet.name, ...sheet.replaces]) {
        const old = existing.get(name);
        if (old && !old.isNullObject) old.delete();
      }
    }
    await sync(0);
    await writeSheet(context, plan.strategySheet, budget, sync);
    writtenSheets.push(plan.strategySheet.name);
    await writeSheet(context, plan.changeLog, budget, sync);
    writtenSheets.push(plan.changeLog.name);

    const settingsSheet = existing.get(SETTINGS_SHEET);
    await writeSettings(
      context,
      plan.settings,
      Boolean(settingsSheet && !settingsSheet.isNullObject),
      budget,
      sync,
    );
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

const FONT: Readonly<Record<PlanRow["style"], { bold: boolean; size?: number; italic?: boolean }>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: false, italic: true },
  heading: { bold: true, size: 12 },
  tableHeader: { bold: true },
  body: { bold: false },
  total: { bold: true },
  bullet: { bold: false },
};

/** Adds a sheet, writes its rows in byte-sized chunks, and draws its chart if it has one. */
async function writeSheet(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  budget: number,
  sync: (bytes: number) => Promise<void>,
): Promise<void> {
  const ws = context.workbook.worksheets.add(sheet.name);
  const width = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  const cell = (v: PlanCell | undefined): string | number => toExcelValue(v ?? null);
  const rowBytes = (k: number): number =>
    (sheet.rows[k] as PlanRow).cells.reduce<number>((s, v) => s + estimateBytes(cell(v)) + 12, 16) +
    width * 12;
  const queue = (start: number, n: number): void => {
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
    slice.forEach((r, i) => {
      if (r.style === "body" || r.style === "bullet") return;
      const font = ws.getRangeByIndexes(start + i, 0, 1, Math.max(1, r.cells.length)).format.font;
      font.bold = FONT[r.style].bold;
      if (FONT[r.style].size) font.size = FONT[r.style].size as number;
      if (FONT[r.style].italic) font.italic = true;
    });
    if (start === 0) {
      sheet.columnWidths.forEach((w, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7;
      });
    }
  };
  await syncInBatches({ count: sheet.rows.length, bytesOf: rowBytes, budget, queue, sync });
  if (!sheet.chart) return;
  const { source, anchor, title } = sheet.chart;
  const data = ws.getRangeByIndexes(source.row, source.column, source.rows, source.columns);
  const chart = ws.charts.add("ColumnClustered", data, "Columns");
  chart.title.text = title;
  chart.setPosition(
    ws.getRangeByIndexes(anchor.row, anchor.column, 1, 1),
    ws.getRangeByIndexes(anchor.row + 15, anchor.column + 6, 1, 1),
  );
  await sync(256);
}

import type { PivotTableOnSheet } from "../workbook";

/** A PivotTable's name, its range and its source, queued for the next sync. */
export type PivotRead = {
  readonly name: string;
  readonly range: Excel.Range;
  readonly source: OfficeExtension.ClientResult<string> | null;
};

/**
 * Queues the read of a sheet's PivotTables (Worksheet.pivotTables, ExcelApi 1.3) with the read's first
 * sync: no round trip of its own. Null without ExcelApi 1.8, which their ranges need.
 * @example const pivots = queuePivotTables(ws, supports) // then context.sync()
 */
export function queuePivotTables(
  ws: Excel.Worksheet,
  supports: ((set: string, version: string) => boolean) | undefined,
): Excel.PivotTableCollection | null {
  if (!supports?.("ExcelApi", "1.8")) return null;
  const collection = ws.pivotTables;
  collection.load("items/name");
  return collection;
}

/**
 * After that sync, queues each PivotTable's range without its filter area (PivotLayout.getRange, ExcelApi
 * 1.8) and, with ExcelApi 1.15, its source (PivotTable.getDataSourceString: a range's or a table's, ""
 * otherwise), for the sync that reads the Excel tables' ranges.
 */
export function queuePivotRanges(
  collection: Excel.PivotTableCollection | null,
  supports: ((set: string, version: string) => boolean) | undefined,
): PivotRead[] {
  if (!collection) return [];
  const withSource = supports?.("ExcelApi", "1.15") === true;
  return collection.items.map((p) => {
    const range = p.layout.getRange();
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name: p.name, range, source: withSource ? p.getDataSourceString() : null };
  });
}

/** The PivotTables read, once synced. */
export function pivotTablesRead(reads: readonly PivotRead[]): PivotTableOnSheet[] {
  return reads.map((p) => ({
    name: p.name,
    range: {
      row: p.range.rowIndex,
      column: p.range.columnIndex,
      rows: p.range.rowCount,
      columns: p.range.columnCount,
    },
    source: p.source?.value ?? "",
  }));
}

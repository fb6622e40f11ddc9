import type { CellGrid } from "../engine";
import type { OtherSheet } from "./sameList";
import type { CellBlock } from "./writePlan";

/** Rows from `row` (0-based) on, up to the next run, of `height` points set by hand (NaN: none set). */
export type RowHeightRun = { readonly row: number; readonly height: number };

/**
 * The one height every row from `first` to `last` (0-based sheet rows) was set to by hand, read from
 * `runs` (SheetTable.rowHeights); rows that hold the height the last run gave them (`ours`: the heights
 * its wrapped text takes, from `ours.first`) are the run's, not the user's, and left out. Undefined
 * where a row keeps the sheet's own height, or two rows differ.
 * @example handRowHeight([{ row: 0, height: NaN }, { row: 3, height: 18 }], 3, 40) // 18
 */
export function handRowHeight(
  runs: readonly RowHeightRun[],
  first: number,
  last: number,
  ours?: { readonly first: number; readonly heights: ArrayLike<number> },
): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as RowHeightRun;
    const from = Math.max(run.row, first);
    const to = Math.min((runs[k + 1]?.row ?? Number.POSITIVE_INFINITY) - 1, last);
    if (from > to) continue;
    const h = run.height;
    if (Number.isNaN(h)) return undefined;
    for (let r = from; r <= to; r++) {
      if (ours && ours.heights[r - ours.first] === h) continue;
      if (found === undefined) found = h;
      else if (found !== h) return undefined;
      // Without the last run's heights, the rest of the run is the same height.
      if (!ours) break;
    }
  }
  return found;
}

/** A PivotTable on the sheet read (SheetTable.pivotTables). */
export type PivotTableOnSheet = {
  readonly name: string;
  readonly range: CellBlock;
  readonly source: string;
};

/** A sheet as every door reads it: the used range's values and where it sits, plus what Excel knows. */
export type SheetTable = CellGrid & {
  readonly sheetName: string;
  /** Number format of each column's first data cell, where a unit such as 万元 may live. */
  readonly columnFormats?: readonly (string | undefined)[];
  /** The Excel table (ListObject) holding the data, when there is one. */
  readonly tableName?: string | undefined;
  /**
   * That table's header row (0-based sheet row), where the door can tell: a table whose header is above
   * the header the run reads (Power Query's Column1, Column2 over headers not promoted) keeps its own
   * columns, ours beside it.
   */
  readonly tableTop?: number | undefined;
  /**
   * The PivotTables on the sheet, where the door can tell: each one's name, its range without its filter
   * area (0-based sheet cells) and its source as Excel writes it (台账!A1:C25, a table's name), "" where
   * unknown. Tiers written beside a pivot's rows stay put when it is refreshed or rearranged: said.
   */
  readonly pivotTables?: readonly PivotTableOnSheet[] | undefined;
  /** Every sheet of the workbook, so the plan never takes the name of a sheet that is not ours. */
  readonly sheetNames?: readonly string[] | undefined;
  /** Merged areas of the sheet (0-based sheet coordinates): none may lie where the output goes. */
  readonly mergedAreas?: readonly CellBlock[] | undefined;
  /**
   * Rows hidden by a filter or by hand (0-based sheet rows, ascending), where the door can tell: their
   * accounts are tiered with the rest, and the run says so.
   */
  readonly hiddenRows?: readonly number[] | undefined;
  /**
   * The heights rows were set to by hand, where the door reads them with the values (the CLI: a row's
   * `ht` with `customHeight`): runs in ascending rows from row 0, each from its `row` (0-based) up to the
   * next run's, `height` in points, NaN where the rows keep the sheet's own height. Absent where the door
   * cannot tell, or the heights vary too often to keep.
   */
  readonly rowHeights?: readonly RowHeightRun[] | undefined;
  /**
   * The workbook's other visible worksheets, their top rows and sizes: one holding the same list (a sheet
   * per region) is said, since it is not tiered with this one.
   */
  readonly otherSheets?: readonly OtherSheet[] | undefined;
};

/**
 * The PivotTable whose range the rows read overlap, if any (the first): its rows move when it is
 * refreshed, and no sheet filter may cover it.
 * @example pivotOfData({ values: [["A"]], origin: { row: 2, column: 0 }, pivotTables: [pivot] }) // pivot
 */
export function pivotOfData(
  table: Pick<SheetTable, "values" | "origin" | "pivotTables">,
): PivotTableOnSheet | undefined {
  if (!table.pivotTables?.length) return undefined;
  const top = table.origin.row;
  const bottom = top + table.values.length - 1;
  const left = table.origin.column;
  let width = 0;
  for (const row of table.values) if (row.length > width) width = row.length;
  const right = left + width - 1;
  return table.pivotTables.find(
    ({ range: r }) =>
      r.row <= bottom && r.row + r.rows - 1 >= top && r.column <= right && r.column + r.columns - 1 >= left,
  );
}

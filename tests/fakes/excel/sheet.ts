import type { StoredCell, Value } from "./base";

/**
 * A PivotTable on a sheet: its name, its range without the filter area (0-based) and its source as
 * PivotTable.getDataSourceString() gives it ("" for a source it cannot write).
 */
export type FakePivotTable = {
  name: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
  source: string;
};

export type FakeTable = {
  name: string;
  rowIndex: number;
  columnIndex: number;
  /** Body rows, without the header row and the total row. */
  rowCount: number;
  columns: string[];
  /** Excel.Table.showTotals: "Specifies if the total row is visible" (@types/office-js index.d.ts:41800). */
  showTotals?: boolean;
  /**
   * The table's filter criteria by column of the table (0-based), each with the sheet rows (0-based) it
   * hides (a test puts them in the sheet's `hiddenRows` too). Set by a test.
   */
  filterCriteria?: Map<number, ReadonlySet<number>>;
};

export type FakeConditionalFormat = {
  address: string;
  /** The cells it applies to (0-based). */
  box: { row: number; column: number; rows: number; columns: number };
  /** A clearAll over part of its cells cut it (Excel keeps the rest of the rule on the other cells). */
  cut?: boolean;
  type: string;
  text?: string;
  /** CellValue rules: the comparison and its first formula (e.g. "EqualTo", '="Key account"'). */
  operator?: string;
  formula1?: string;
  fill?: string;
  font?: string;
};

export class FakeSheet {
  readonly cells: (StoredCell | undefined)[][] = [];
  protected = false;
  visibility = "Visible";
  frozenRows = 0;
  frozenColumns = 0;
  /** The sheet's AutoFilter range (A1), or null. */
  autoFilter: string | null = null;
  /**
   * The AutoFilter's criteria (AutoFilter.isDataFiltered where any): by 0-based column of the filter's
   * range (AutoFilter.clearColumnCriteria's columnIndex), the 0-based rows each one hides (a test puts
   * them in `hiddenRows` too, as Excel hides them). Set by a test.
   */
  readonly filterCriteria = new Map<number, ReadonlySet<number>>();
  /** Column widths in points set through the API, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Columns whose data cells were set to wrap, and rows autofitted (by 0-based index). */
  readonly wrappedColumns = new Set<number>();
  autofitRows = 0;
  /**
   * Rows' heights as set, in order (the last that covers a row is its height): points set by hand or
   * through RangeFormat.rowHeight, or "fitted" by RangeFormat.autofitRows (a height the fake cannot
   * work out from the text). Rows under none are at the sheet's standard height.
   */
  readonly rowSpans: { from: number; to: number; height: number | "fitted" }[] = [];
  readonly pageLayout: { orientation?: string; zoom?: unknown; printArea?: string } = {};
  readonly pageBreaks: number[] = [];
  /** Rows hidden by a filter or by hand (0-based). */
  readonly hiddenRows = new Set<number>();
  /** Columns hidden by hand (0-based; Range.columnHidden). */
  readonly hiddenColumns = new Set<number>();
  /** Merged areas (0-based); as in Excel, only the top-left cell of each holds the value. */
  readonly merged: { row: number; column: number; rows: number; columns: number }[] = [];
  readonly tables: FakeTable[] = [];
  /** PivotTables on the sheet, as a test puts them (their cells filled as the pivot shows them). */
  readonly pivotTables: FakePivotTable[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: { type: string; source: string; title: string }[] = [];
  constructor(public name: string) {}

  /** Rows `from` to `to` (0-based) set to `height` points by hand, as a user's sheet has them. */
  setRowHeights(from: number, to: number, height: number): this {
    this.rowSpans.push({ from, to, height });
    return this;
  }
  /** Row `r`'s height as set (undefined: the sheet's standard height). */
  rowHeightOf(r: number): number | "fitted" | undefined {
    for (let k = this.rowSpans.length - 1; k >= 0; k--) {
      const span = this.rowSpans[k]!;
      if (r >= span.from && r <= span.to) return span.height;
    }
    return undefined;
  }
  cell(r: number, c: number): StoredCell | undefined {
    return this.cells[r]?.[c];
  }
  put(r: number, c: number, patch: Partial<StoredCell>): void {
    const row = (this.cells[r] ??= []);
    row[c] = { ...(row[c] ?? { value: "" }), ...patch };
  }
  /** Fills rows from A1 (or from `row`, `column`) with plain values, as a user's data. */
  fill(values: Value[][], row = 0, column = 0): this {
    values.forEach((vals, r) =>
      vals.forEach((v, c) => v !== null && v !== "" && this.put(row + r, column + c, { value: v })),
    );
    return this;
  }
  value(r: number, c: number): Value {
    return this.cell(r, c)?.value ?? "";
  }
  usedBounds(): { row: number; column: number; rows: number; columns: number } | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === "" || cell.value === null) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

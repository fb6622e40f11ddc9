import { type Cell, cellText, isUncalculated } from "./cells";
import { isTotalLabel, unnamedTotalLabel } from "./rows";

/** A column the run reads whose formulas the file holds no results for: the first one and how many. */
export type UncalculatedColumn = {
  /** 0-based column of the grid. */
  readonly column: number;
  /** 0-based row of the grid of the first such cell. */
  readonly row: number;
  /** That cell's formula, without "=" ("" for a shared formula's later cells, which carry none). */
  readonly formula: string;
  readonly count: number;
};

/**
 * The columns among `columns` that hold formulas without results (see CellFormula) on the rows a run
 * tiers: a total row's =SUM is left out, as the row is. Read as blanks they would tier the sheet on
 * numbers that are not its own (every account with a formula for its sales a prospect), so the run
 * stops on them and says how to get the results.
 * @example uncalculatedColumns([["名称", "销售额"], ["甲", { formula: "C2*D2" }]], 1, 0, [0, 1])
 * // [{ column: 1, row: 1, formula: "C2*D2", count: 1 }]
 */
export function uncalculatedColumns(
  values: readonly (readonly Cell[])[],
  start: number,
  nameColumn: number,
  columns: readonly number[],
  totalRows: readonly number[] = [],
): UncalculatedColumn[] {
  const found = new Map<number, { row: number; formula: string; count: number }>();
  const tableTotals = new Set(totalRows);
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    let any = false;
    for (const c of columns) {
      const cell = row[c];
      if (isUncalculated(cell)) {
        any = true;
        break;
      }
    }
    if (!any || tableTotals.has(r) || isTotalRow(row, nameColumn)) continue;
    for (const c of columns) {
      const cell = row[c];
      if (!isUncalculated(cell)) continue;
      const seen = found.get(c);
      if (seen) seen.count++;
      else found.set(c, { row: r, formula: cell.formula, count: 1 });
    }
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([column, x]) => ({ column, ...x }));
}

/** Whether a row is a total the run leaves out: its name says so, or its first text where it has none. */
function isTotalRow(row: readonly Cell[], nameColumn: number): boolean {
  const name = cellText(row[nameColumn]);
  return name !== "" ? isTotalLabel(name) : unnamedTotalLabel(row) !== undefined;
}

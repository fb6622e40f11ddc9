import { type Cell, cellText, isBlankCell } from "./cells";
import { isNoteLabel, isTotalLabel, unnamedTotalLabel } from "./rows";
import { parseNumber } from "./values";

/** A group's heading row with its subtotal, as a PivotTable or a grouped report prints one on top. */
export type GroupHead = {
  /** Its row (0-based, in the grid's values). */
  readonly row: number;
  /** The column its label stands in (the name column's in a compact PivotTable, 大区's in an outline one). */
  readonly column: number;
  readonly label: string;
  /** The rows its subtotal sums (first and last, 0-based): its distributors and inner groups. */
  readonly first: number;
  readonly last: number;
  /** 0 for the outermost level, 1 for a group inside it (省份 inside 大区) … */
  readonly level: number;
  /**
   * Its rows are lines of it, not accounts: the names under the innermost headings repeat from group to
   * group (a pivot of 客户 > 产品: 产品A under every customer). The heading is then the account, its
   * figures the sums of its lines.
   */
  readonly lines: boolean;
};

/**
 * Under this share of distinct names among the rows under the innermost headings, the names repeat from
 * group to group: lines (products, months), not distributors (a distributor under two regions by mistake
 * leaves the share near 1).
 */
const REPEATED_LINES = 0.8;

/** Levels of groups looked for: 大区 > 省份 > 城市 over the distributors at most. */
const MAX_LEVELS = 3;

/**
 * The group headings of a PivotTable laid out with its subtotals at the top of each group (Excel's
 * default for the compact and outline forms), or of a report printed so: a row naming the group (华东, 王芳,
 * in the name column, or in a column of its own with the name cell blank) with the sum of the rows
 * under it, then those rows. Each heading was tiered as a distributor, with its group's sales: 华东 and
 * 华南 were the key accounts of a pivot of sales by region and customer (or the rows were said to have
 * no name). Told by the sums alone, which must tile the table: from its first row to its totals, every
 * row a heading whose sales are those of the rows it heads, one to three levels deep, two groups at
 * least, one of them of two rows or more. A heading in the name column (the compact form) must also be
 * `groupLabel` (a region's name, or any under a PivotTable's own 行标签 / Row Labels header): a small
 * ledger's 甲 300 over 乙 100 and 丙 200 tiles by chance. One in a column of its own, the name cell blank
 * (the outline form), is a heading by its place. Where the sales are no column (`sales` -1) or the table
 * is no such report: none.
 * @example pivotGroupHeads([["华东", 3], ["甲", 1], ["乙", 2], ["华南", 4], ["丙", 4]], 0, 0, 1, () => true).length // 2
 */
export function pivotGroupHeads(
  values: readonly (readonly Cell[] | undefined)[],
  start: number,
  nameIndex: number,
  sales: number,
  groupLabel: (label: string) => boolean,
): GroupHead[] {
  if (sales < 0 || sales === nameIndex) return [];
  // The table's rows: up to its first total (总计, Grand Total) or note, blank rows passed over. Only the
  // rows a walk reaches are looked at: a ledger's first rows end it.
  // (Each row is looked at once or twice: nothing kept. A note has no sales: only a row without them is
  // read for one.)
  const stop = (r: number): boolean => {
    if (r >= values.length) return true;
    const row = values[r] ?? [];
    const cell = row[nameIndex];
    if (typeof cell !== "string" || cell.trim() === "")
      return isBlankCell(cell ?? null) ? unnamedTotalLabel(row) !== undefined : false;
    const name = cell.trim();
    return isTotalLabel(name) || (isBlankCell(row[sales] ?? null) && isNoteLabel(name));
  };
  const blank = (r: number): boolean => (values[r] ?? []).every((c) => isBlankCell(c));
  const next = (r: number): number => {
    let n = r + 1;
    while (n < values.length && blank(n)) n++;
    return n;
  };
  const amount = (r: number): number => {
    const cell = values[r]?.[sales] ?? null;
    if (isBlankCell(cell) || typeof cell === "boolean") return 0;
    const parsed = parseNumber(cell);
    return parsed.kind === "value" ? parsed.value : Number.NaN;
  };
  const named = (r: number): boolean => !isBlankCell(values[r]?.[nameIndex] ?? null);
  // A heading's label: its name cell's, or where that is blank the first text of the row, or a year
  // (an outline pivot by year and distributor: 2025 in 年's column, a number).
  const labelAt = (r: number): number => {
    const row = values[r] ?? [];
    if (named(r)) return nameIndex;
    for (let k = 0; k < row.length; k++) {
      if (k === sales) continue;
      const cell = row[k];
      if (typeof cell === "string" ? cell.trim() !== "" : isYearNumber(cell)) return k;
    }
    return -1;
  };
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);
  let heads: GroupHead[] = [];
  let wideGroup = false;
  // The group headed at `r` with `levels` levels under it: the last row it heads, or -1.
  const group = (r: number, levels: number, level: number): number => {
    const total = amount(r);
    const at = labelAt(r);
    if (!(total !== 0) || at < 0) return -1;
    let sum = 0;
    let negative = total < 0;
    let last = -1;
    let children = 0;
    let q = next(r);
    while (!stop(q) && !(children > 0 && close(sum, total))) {
      const value = amount(q);
      if (Number.isNaN(value)) return -1;
      if (levels === 1) {
        // A distributor: named, under a heading whose label is not its own.
        if (!named(q)) return -1;
        last = q;
      } else {
        last = group(q, levels - 1, level + 1);
        if (last < 0) return -1;
      }
      sum += value;
      if (value < 0) negative = true;
      children++;
      // Past the heading's sum with no returns to bring it back: no group.
      if (!negative && sum > total && !close(sum, total)) return -1;
      q = next(last);
    }
    if (children === 0 || !close(sum, total)) return -1;
    // Distributors with no sales at the group's end (a pivot lists them, blank or 0) are its own: no
    // heading has a sum of 0.
    if (levels === 1)
      while (!stop(q) && named(q) && amount(q) === 0) {
        last = q;
        children++;
        q = next(q);
      }
    // Looked at last: a ledger's first rows fail by their sums, and no label is read.
    const label = cellText(values[r]?.[at]).trim();
    if (at === nameIndex && !groupLabel(label)) return -1;
    if (levels === 1 && children > 1) wideGroup = true;
    heads.push({
      row: r,
      column: at,
      label,
      first: next(r),
      last,
      level,
      lines: false,
    });
    return last;
  };
  const first = next(start - 1);
  for (let levels = 1; levels <= MAX_LEVELS; levels++) {
    heads = [];
    wideGroup = false;
    let groups = 0;
    let r = first;
    let tiled = true;
    while (!stop(r)) {
      const last = group(r, levels, 0);
      if (last < 0) {
        tiled = false;
        break;
      }
      groups++;
      r = next(last);
    }
    if (tiled && groups >= 2 && wideGroup) {
      // The rows under the innermost headings: distributors, each once, or the same few lines again
      // under every heading (products, months): then those headings are the accounts.
      let leaves = 0;
      let inner = 0;
      const names = new Set<string>();
      for (const h of heads) {
        if (h.level !== levels - 1) continue;
        inner++;
        for (let q = h.first; q <= h.last; q++)
          if (named(q)) {
            leaves++;
            names.add(cellText(values[q]?.[nameIndex]).trim());
          }
      }
      // (Fewer lines than headings, too: a pivot by year and customer repeats its many customers under
      // its two years, and the years are no accounts.)
      const lines = names.size < REPEATED_LINES * leaves && names.size < inner;
      return heads
        .map((h) => (lines && h.level === levels - 1 ? { ...h, lines: true } : h))
        .sort((a, b) => a.row - b.row);
    }
  }
  return [];
}

/** A year as a number in a cell (2025): an outline pivot's label in a column of years. */
function isYearNumber(cell: Cell | undefined): boolean {
  return typeof cell === "number" && Number.isInteger(cell) && cell >= 1990 && cell <= 2100;
}

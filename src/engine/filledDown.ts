import { type CellGrid, cellText } from "./cells";
import { foldText } from "./normalize";

/**
 * A column a report writes only on the first row of each group (大区 华东 beside its first distributor,
 * the rows below blank; 负责人 likewise), as Excel's and ERPs' reports print a sorted column with
 * repeated values hidden: the blank cells of the named rows below are read as the value above. Told by
 * the column itself: at least as many named rows (a name in `nameColumn`) blank as filled, the first
 * named row filled, and no value written on two named rows in a row (a ledger that repeats its regions
 * and leaves a few blank is no such report: its blanks stay blank). Returns the value each blank named
 * row takes (by grid row), the first of them and how many; undefined for any other column.
 * @example filledDownColumn([["名称", "大区"], ["甲", "华东"], ["乙", ""], ["丙", "华北"], ["丁", ""]], 1, 0, 1)?.above.get(2) // "华东"
 */
export function filledDownColumn(
  values: CellGrid["values"],
  start: number,
  nameColumn: number,
  column: number,
): { readonly above: Map<number, string>; readonly firstBlank: number; readonly blank: number } | undefined {
  let filled = 0;
  let blank = 0;
  let firstBlank = -1;
  let last: string | undefined;
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row || cellText(row[nameColumn]).trim() === "") continue;
    const v = cellText(row[column]).trim();
    if (v === "") {
      if (last === undefined) return undefined;
      blank++;
      if (firstBlank < 0) firstBlank = r;
      continue;
    }
    const folded = foldText(v);
    if (folded === last) return undefined;
    last = folded;
    filled++;
  }
  if (filled < 2 || blank < filled) return undefined;
  const above = new Map<number, string>();
  let value = "";
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row || cellText(row[nameColumn]).trim() === "") continue;
    const v = cellText(row[column]);
    if (v.trim() !== "") value = v;
    else above.set(r, value);
  }
  return { above, firstBlank, blank };
}

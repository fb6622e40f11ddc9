import { isSkippableAdvice } from "./officeApiError";

/** Bytes of addresses one response may hold: well below Excel on the web's 5 MB, as the values' reads. */
const ADDRESS_BUDGET_BYTES = 3_000_000;

type Rows = { readonly rowIndex: number; readonly columnIndex: number; readonly rowCount: number };

/**
 * The rows of a range that a filter or the user hid (0-based sheet rows, ascending), from Range.rowHidden
 * ("true when all rows in a range are hidden ... false when no rows in the range are hidden ... null when
 * some rows in a range are hidden", ExcelApi 1.2) and, where a part is mixed, the addresses of its visible
 * rows (Range.getVisibleView: "Represents the visible rows of the current range", RangeView.cellAddresses,
 * ExcelApi 1.3) in its first column. `rowHidden` is the whole range's, loaded with the first read: false,
 * the common case, costs no sync. One sync for the parts' flags, one per mixed part. This is advice about
 * the run: a request Office refuses gives undefined; a session that ended, or a fault of ours, is thrown
 * (isSkippableAdvice).
 * @example await readHiddenRows(context, ws, box, null) // [11, 14]
 */
export async function readHiddenRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  box: Rows,
  rowHidden: boolean | null,
  isCancelled?: () => boolean,
): Promise<{ readonly rows: number[] | undefined; readonly syncs: number }> {
  if (rowHidden === false) return { rows: undefined, syncs: 0 };
  if (rowHidden === true)
    return { rows: Array.from({ length: box.rowCount }, (_, i) => box.rowIndex + i), syncs: 0 };
  // An address is the sheet's name (quoted where it must be), "!", the column and the row, in JSON; three
  // bytes a character at most in UTF-8, as the writes' estimate counts.
  const perRow = ws.name.length * 3 + 24;
  const partRows = Math.max(1, Math.floor(ADDRESS_BUDGET_BYTES / perRow));
  let syncs = 0;
  try {
    const parts: { from: number; count: number; range: Excel.Range }[] = [];
    for (let from = box.rowIndex; from < box.rowIndex + box.rowCount; from += partRows) {
      const count = Math.min(partRows, box.rowIndex + box.rowCount - from);
      const range = ws.getRangeByIndexes(from, box.columnIndex, count, 1);
      range.load("rowHidden");
      parts.push({ from, count, range });
    }
    await context.sync();
    syncs++;
    const hidden: number[] = [];
    for (const part of parts) {
      // The d.ts types rowHidden as boolean; its documentation gives null for a mixed range.
      const flag = part.range.rowHidden as boolean | null;
      if (flag === false) continue;
      if (flag === true) {
        for (let r = part.from; r < part.from + part.count; r++) hidden.push(r);
        continue;
      }
      if (isCancelled?.()) return { rows: undefined, syncs };
      const view = part.range.getVisibleView();
      view.load("cellAddresses");
      // One mixed part at a time: each response stays under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      const visible = new Set<number>();
      for (const row of view.cellAddresses) {
        const row1 = rowOfAddress(row[0]);
        if (row1 !== undefined) visible.add(row1 - 1);
      }
      for (let r = part.from; r < part.from + part.count; r++) if (!visible.has(r)) hidden.push(r);
    }
    return { rows: hidden.length > 0 ? hidden : undefined, syncs };
  } catch (error) {
    if (!isSkippableAdvice(error)) throw error;
    return { rows: undefined, syncs };
  }
}

/**
 * The 1-based row of an address as Excel gives one ("Sheet1!A12", "'My sheet'!$A$12", "A12"): the digits
 * that end it, after the last "!".
 * @example rowOfAddress("'华东 2025'!A12") // 12
 */
export function rowOfAddress(address: unknown): number | undefined {
  if (typeof address !== "string") return undefined;
  const digits = /(\d+)$/.exec(address.slice(address.lastIndexOf("!") + 1))?.[1];
  return digits === undefined ? undefined : Number(digits);
}

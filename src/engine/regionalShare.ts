import { type AccountTable, type DimensionColumn, createDimensionColumn } from "./account";
import { shareClass } from "./classify";
import { i32 } from "./memory";
import type { Rules } from "./rules";

/**
 * Regional share where no market share is given (DOMAIN.md: "where that cell is blank, the account's
 * share of its region's revenue in the sheet, marked as such"): without a market-share column for every
 * account with sales and a region, with one for those whose cell is blank; `shareOfRegion` keeps the
 * share, so that the cell can say where the class came from. An account without sales has no share of
 * the region's sales to speak of: its class stays unknown rather than weak. `smallInRegion` marks the
 * shares under half their region's average, for the note (see notes.ts).
 * @example classifyRegionalShare(table, DEFAULT_RULES, null) // sets table.dimensions.regionalShare
 */
export function classifyRegionalShare(t: AccountTable, rules: Rules, given: Float64Array | null): void {
  const n = t.length;
  // Region by index, one lookup a row; then the totals and each row's share by index.
  const regions = new Map<string, number>();
  const totals: number[] = [];
  const counts: number[] = [];
  const regionOf = i32(n);
  for (let i = 0; i < n; i++) {
    const region = t.region[i] as string;
    if (region === "") {
      regionOf[i] = -1;
      continue;
    }
    let k = regions.get(region);
    if (k === undefined) {
      k = totals.length;
      regions.set(region, k);
      totals.push(0);
      counts.push(0);
    }
    regionOf[i] = k;
    const rev = t.revenue[i] as number;
    if (rev > 0) {
      totals[k] = (totals[k] as number) + rev;
      counts[k] = (counts[k] as number) + 1;
    }
  }
  // Rows with a market share keep the class read from it; the others are set here.
  const column = given === null ? null : t.dimensions.regionalShare;
  const encoder = column === null ? createDimensionColumn(n) : null;
  const set = encoder !== null ? encoder.set : setCodeIn(column as DimensionColumn);
  for (let i = 0; i < n; i++) {
    if (column !== null && !Number.isNaN((given as Float64Array)[i] as number)) continue;
    const k = regionOf[i] as number;
    const rev = t.revenue[i] as number;
    const total = k < 0 ? 0 : (totals[k] as number);
    if (rev > 0 && total > 0) {
      t.shareOfRegion[i] = rev / total;
      // Half the region's average share: 1 / (2 × its accounts with sales).
      if (rev / total < 0.5 / (counts[k] as number)) t.smallInRegion[i] = 1;
      set(i, shareClass(rev / total, rules));
    } else set(i, "unknown");
  }
  if (encoder) t.dimensions.regionalShare = encoder.column;
}

/** A setter of a dimension column's rows to class codes, adding a code where the column lacks it. */
function setCodeIn(column: DimensionColumn): (i: number, code: string) => void {
  return (i, code) => {
    let k = column.codes.indexOf(code);
    if (k < 0) k = column.codes.push(code) - 1;
    column.values[i] = k;
  };
}

import { type AccountTable, type DimensionColumn, createDimensionColumn } from "./account";
import { type Cell, cellText } from "./cells";
import { shareClass } from "./classify";
import { i32 } from "./memory";
import { foldText } from "./normalize";
import { regionKey } from "./rows";
import type { Rules } from "./rules";

/** What a region column's regions are, by its header: the level a share "of its region" is of. */
export type RegionLevel = "province" | "state" | "city" | "district" | "region";

/**
 * The level a region column's header names: 省份, 所属省区, Province → province; State, Billing State →
 * state (a province to a Chinese reader); 城市, 所在城市, City →
 * city; 区县, District, County → district; anything else (大区, 区域, 片区, 办事处, Region) a region.
 * @example regionLevel("所属省份") // "province"
 */
export function regionLevel(header: string): RegionLevel {
  const h = foldText(header);
  if (/省|province/.test(h)) return "province";
  if (/state/.test(h)) return "state";
  if (/市|city/.test(h)) return "city";
  if (/县|district|county/.test(h)) return "district";
  return "region";
}

/** Accounts with sales a typical region needs for a share of it to be a share among peers. */
const MIN_PEERS = 3;
/** Accounts with sales whose cell must name a region, for a column to reckon shares by. */
const MIN_FILLED = 0.9;

/** A finer region column to reckon regional shares by: its column, its regions by account, its level. */
export type ShareRegion = {
  readonly column: number;
  readonly level: RegionLevel;
  /** Median of its regions' accounts with sales. */
  readonly peers: number;
  /** Each account's region in that column (folded as the region column's are), "" when blank. */
  readonly regions: readonly string[];
  /** It has fewer regions than the column taken, whose regions hold too few accounts (`takenPeers`). */
  readonly coarser: boolean;
  readonly takenPeers: number;
};

/**
 * Where a sheet names its regions at more than one level (大区 and 省份, Region and State), the finest
 * whose typical region still holds several accounts with sales: a distributor's share of 华东's sales
 * among forty others is "weak" for all forty (171 of 178 on a sheet of five 大区), its share of 江苏's
 * among eight says which one our sales there stand on. A level of one or two accounts each (a city per
 * distributor) is no field to hold a share of, nor one most accounts leave blank: where the region
 * column taken is such a level (城市 before 省份), a coarser one that fits is taken instead. Null where
 * the region column taken is already the finest level that fits, or no other fits.
 * @example chooseShareRegion(table, values, [{ column: 2, header: "省份" }]) // { column: 2, level: "province", … }
 */
export function chooseShareRegion(
  t: AccountTable,
  values: readonly (readonly Cell[])[],
  candidates: readonly { readonly column: number; readonly header: string }[],
): ShareRegion | null {
  const selling = (regions: readonly string[]): { count: number; median: number; filled: number } => {
    const counts = new Map<string, number>();
    let sold = 0;
    let filled = 0;
    for (let i = 0; i < t.length; i++) {
      if (!((t.revenue[i] as number) > 0)) continue;
      sold++;
      const r = regions[i] as string;
      if (r === "") continue;
      filled++;
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const sizes = [...counts.values()].sort((a, b) => a - b);
    const mid = sizes.length / 2;
    const median =
      sizes.length === 0
        ? 0
        : sizes.length % 2
          ? (sizes[Math.floor(mid)] as number)
          : ((sizes[mid - 1] as number) + (sizes[mid] as number)) / 2;
    return { count: sizes.length, median, filled: sold === 0 ? 0 : filled / sold };
  };
  // Regions are few and repeat on every row: each written form is folded once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = text.trim() === "" ? "" : regionKey(text.trim())));
    return k;
  };
  const taken = selling(t.region.map(keyOf));
  const fits = (x: { median: number; filled: number }): boolean =>
    x.median >= MIN_PEERS && x.filled >= MIN_FILLED;
  let best: ShareRegion | null = null;
  // A finer level than the column taken, or where the column taken is too fine itself (a city column
  // of one distributor each, 主导 for all), any level that fits.
  let bestCount = fits(taken) ? taken.count : 0;
  for (const c of candidates) {
    const regions = new Array<string>(t.length);
    for (let i = 0; i < t.length; i++) {
      regions[i] = keyOf(cellText(values[t.gridIndex[i] as number]?.[c.column] ?? null));
    }
    const s = selling(regions);
    // Finer than the column taken only where that one fits (its regions too large to share), coarser
    // only where it does not (too small): what the finding says of it is then so. A column taken that
    // is mostly blank keeps its shares, the blank rows unknown.
    const finer = s.count > taken.count;
    if (s.count > bestCount && fits(s) && finer === fits(taken)) {
      best = {
        column: c.column,
        level: regionLevel(c.header),
        peers: s.median,
        regions,
        coarser: !finer,
        takenPeers: taken.median,
      };
      bestCount = s.count;
    }
  }
  return best;
}

/**
 * Regional share where no market share is given (DOMAIN.md: "where that cell is blank, the account's
 * share of its region's revenue in the sheet, marked as such"): without a market-share column for every
 * account with sales and a region, with one for those whose cell is blank; `shareOfRegion` keeps the
 * share, so that the cell can say where the class came from. An account without sales has no share of
 * the region's sales to speak of: its class stays unknown rather than weak. `smallInRegion` marks the
 * shares under half their region's average, for the note (see notes.ts). `regionsOf`: each account's
 * region at the level shares are reckoned at (see chooseShareRegion), the region column's by default;
 * `stated`: rows whose class the market-share column states in words (强势), kept as read. The one
 * account with sales in its region has a share of 100% and no class: there is no one to share it with.
 * @example classifyRegionalShare(table, DEFAULT_RULES, null) // sets table.dimensions.regionalShare
 */
export function classifyRegionalShare(
  t: AccountTable,
  rules: Rules,
  given: Float64Array | null,
  regionsOf: readonly string[] = t.region,
  stated?: Uint8Array,
): void {
  const n = t.length;
  // Region by index, one lookup a row; then the totals and each row's share by index.
  const regions = new Map<string, number>();
  const totals: number[] = [];
  const counts: number[] = [];
  const regionOf = i32(n);
  for (let i = 0; i < n; i++) {
    const region = regionsOf[i] as string;
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
    if (stated?.[i] === 1) continue;
    const k = regionOf[i] as number;
    const rev = t.revenue[i] as number;
    const total = k < 0 ? 0 : (totals[k] as number);
    if (rev > 0 && total > 0 && counts[k] === 1) {
      // The one account with sales in its region holds all of it by construction: that says where our
      // sales there stand (on one distributor), not that it dominates the market (a ¥20,000 account
      // alone in 西藏 was told its regional advantage is clear, to defend it). Its share is kept, its
      // class unknown, and its cell says why.
      t.shareOfRegion[i] = 1;
      set(i, "unknown");
    } else if (rev > 0 && total > 0) {
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

import { f64, i32, u8, u16 } from "./memory";
import type { Change } from "./classes";
import { TIERS, type Tier } from "./rules";
import { startOfDay } from "./values";

/**
 * Each name's code: its index in the list (plus `offset`), so a list and its codes never drift apart.
 * @example codesOf(["a", "b"]) // { a: 0, b: 1 }
 */
function codesOf<T extends string>(names: readonly T[], offset = 0): Readonly<Record<T, number>> {
  return Object.fromEntries(names.map((name, i) => [name, i + offset])) as Record<T, number>;
}

/** Why an active row is active, or why a prospect is a prospect. */
export type Standing =
  | "sales"
  | "statusActive"
  | "noSales"
  | "unreadableSales"
  | "statusProspect"
  | "belowMinimum"
  | "negativeSales";
export const STANDINGS: readonly Standing[] = [
  "sales",
  "statusActive",
  "noSales",
  "unreadableSales",
  "statusProspect",
  "belowMinimum",
  "negativeSales",
];
/** Each standing's code in typed columns: its index in STANDINGS (one list, one encoding). */
export const STANDING = codesOf(STANDINGS);

export const CHANGES: readonly Change[] = ["new", "same", "promoted", "demoted"];
/** Why an ordinary account is a promotion candidate: flags in `promotionCandidate`. */
export const CANDIDATE_BY_GROWTH = 1;
export const CANDIDATE_NEAR_KEY = 2;
/** How a key account came to be key: index into KEY_BY, 0 for none. */
export type KeyBy = "override" | "revenueCore" | "score";
export const KEY_BY: readonly (KeyBy | null)[] = [null, "override", "revenueCore", "score"];
export const KEY_BY_CODE: Readonly<Record<KeyBy, number>> = codesOf(
  KEY_BY.filter((k): k is KeyBy => k !== null),
  1,
);
/**
 * Why an account is on the watch list: bit i stands for WATCH_REASONS[i]. `keyLastYear`: not a key
 * account now nor in the last run, but one by last year's sales (at least last year's key line, see
 * `keyLineLastYear`) that fell by the watch list's share: on a first run the prior-year column is what
 * tells of a key account lost. `dispute`: a status of a legal dispute (法律诉讼, 仲裁中), watched on a
 * sheet without a credit column too, where no credit D puts it there.
 */
export type WatchReason =
  "demoted" | "removed" | "falling" | "credit" | "noOwner" | "atRisk" | "keyLastYear" | "dispute";
export const WATCH_REASONS: readonly WatchReason[] = [
  "demoted",
  "removed",
  "falling",
  "credit",
  "noOwner",
  "atRisk",
  "keyLastYear",
  "dispute",
];
// Each reason a bit of `AccountTable.watch`, a byte: eight reasons at most.
export const WATCH_BIT: Readonly<Record<WatchReason, number>> = Object.fromEntries(
  WATCH_REASONS.map((r, i) => [r, 1 << i]),
) as Record<WatchReason, number>;
/** Tier codes in typed columns: indices into TIERS (key 0, ordinary 1, prospect 2). */
export const TIER_CODE: Readonly<Record<Tier, number>> = codesOf(TIERS);
export const NO_TIER = 255;
/**
 * AccountTable.move: a move by hand of one tier up, or down; or one that had no tier to go to from the
 * machine's and keeps it, up from key or down from ordinary (0: none).
 */
export const MOVE_UP = 1;
export const MOVE_DOWN = 2;
export const MOVE_KEPT_UP = 3;
export const MOVE_KEPT_DOWN = 4;

/** The six classification dimensions. */
export type Dimension =
  "managementMode" | "salesMode" | "credit" | "potential" | "regionalShare" | "sensitivity";
export const DIMENSIONS: readonly Dimension[] = [
  "managementMode",
  "salesMode",
  "credit",
  "potential",
  "regionalShare",
  "sensitivity",
];

/** A text per row that few rows have, each distinct text stored once: row i holds texts[codes[i]] ("" at 0). */
export type TextColumn = { readonly codes: Int32Array; readonly texts: string[] };

/**
 * The text of row `i` of a text column ("" where it has none).
 * @example textAt({ codes: Int32Array.from([0, 1]), texts: ["", "潜在"] }, 1) // "潜在"
 */
export function textAt(c: TextColumn, i: number): string {
  return c.texts[c.codes[i] as number] ?? "";
}

/**
 * `read`, remembered for each distinct text; the last text is checked first, since down a column the
 * same text often repeats.
 * @example const status = rememberText(statusFromText); status("潜在") // "prospect", read once
 */
export function rememberText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  let lastText: string | null = null;
  let last: T | undefined;
  return (text) => {
    if (text === lastText) return last as T;
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = read(text);
      seen.set(text, value);
    }
    lastText = text;
    last = value;
    return value as T;
  };
}

/** How many of a dimension's first codes are found by a scan before the map is asked. */
const FEW_CODES = 8;

/** One dimension's class per row, as an index into `codes` (class codes, or text kept as found). */
export type DimensionColumn = { readonly values: Uint16Array; readonly codes: string[] };

/**
 * A dimension column with an encoder that gives each distinct class code one index.
 * @example const d = createDimensionColumn(3); d.set(0, "A"); d.column.codes // ["A"]
 */
export function createDimensionColumn(capacity: number): {
  column: DimensionColumn;
  set: (i: number, code: string) => void;
  setFromText: (i: number, text: string, classify: (text: string) => string) => void;
} {
  const values = u16(capacity);
  const codes: string[] = [];
  const index = new Map<string, number>();
  // One encoder classifies one column: each distinct text is classified once, by the first classifier.
  let indexOfText: ((text: string) => number) | null = null;
  const indexOf = (code: string): number => {
    // Class codes are few: a scan of the first ones (the same string objects, mostly) beats a lookup.
    const few = Math.min(codes.length, FEW_CODES);
    for (let j = 0; j < few; j++) if (codes[j] === code) return j;
    let k = index.get(code);
    if (k === undefined) {
      // Past 65,535 distinct texts the rest share the last slot's label: "as found" has its limits.
      k = Math.min(codes.length, 65535);
      if (k === codes.length) codes.push(code);
      index.set(code, k);
    }
    return k;
  };
  return {
    column: { values, codes },
    set: (i, code) => {
      values[i] = indexOf(code);
    },
    // One lookup per row: each distinct text is classified once and remembered by its class's index.
    setFromText: (i, text, classify) => {
      indexOfText ??= classIndexReader(indexOf, classify);
      values[i] = indexOfText(text);
    },
  };
}

/**
 * The remembering reader of a dimension encoder, made outside the per-row function: a closure over one
 * of that function's parameters would make V8 allocate a context on every call (40 bytes a row).
 */
function classIndexReader(
  indexOf: (code: string) => number,
  classify: (text: string) => string,
): (text: string) => number {
  return rememberText((t) => indexOf(classify(t)));
}

/** The tier of row `i`, or null for NO_TIER. */
export function tierCode(code: number): Tier | null {
  return code === NO_TIER ? null : (TIERS[code] ?? null);
}

/**
 * The tiered rows, one column per attribute (structure of arrays). A million rows stay a few typed
 * arrays instead of a million objects, which is what keeps the engine within a few sorts' time of a
 * plain sort; `accountAt` gives one row as an object when a door wants it. Numbers that may be missing
 * are NaN there.
 */
/**
 * What set a row's credit class where the rating did not, as `creditSetBy` holds it: days overdue, a
 * balance over the limit, or arrears called grave in words (严重拖欠, 坏账) without their days.
 */
export const CREDIT_SET_BY = { overdue: 1, limit: 2, severe: 3 } as const;

export type AccountTable = {
  readonly length: number;
  /** Index of the row within the grid. */
  readonly gridIndex: Int32Array;
  /** 1-based sheet row. */
  readonly row: Int32Array;
  readonly name: string[];
  /** Yuan, parsed; NaN when blank or unreadable. */
  readonly revenue: Float64Array;
  readonly priorRevenue: Float64Array;
  readonly growth: Float64Array;
  /** Revenue increase over the prior year in yuan (from prior revenue, or a growth rate); NaN unknown. */
  readonly increase: Float64Array;
  readonly tenureYears: Float64Array;
  /** Days overdue as read; NaN when blank or no such column. */
  readonly overdueDays: Float64Array;
  /**
   * Where the cell gave an aging bucket (31-60天, 90+), its upper bound in days (Infinity for an open
   * one), `overdueDays` being its lower; NaN where it gave days.
   */
  readonly overdueDaysTo: Float64Array;
  /**
   * What set the credit class where the rating did not (CREDIT_SET_BY): the days overdue (worse than, or
   * without, the rating), or a balance over the credit limit (worse than both); 0 the rating.
   */
  readonly creditSetBy: Uint8Array;
  /** How far the balance owed runs over the credit limit (0.2: 20% over); NaN where it does not. */
  readonly overLimit: Float64Array;
  /**
   * The balance owed (应收余额) where the sheet gives one, with or without a credit limit beside it, in the
   * balance column's unit; NaN elsewhere. Above zero, the account has bought before.
   */
  readonly owed: Float64Array;
  /**
   * Where no market share was given (no such column, or a blank cell), the account's share of its
   * region's sales in the sheet, from which its regional share class came; NaN elsewhere.
   */
  readonly shareOfRegion: Float64Array;
  /**
   * 1 where that share is also under half its region's average (the region's sales over its accounts
   * with sales): small among its peers, not only under the Lanchester line that a region of many
   * distributors puts nearly every account under.
   */
  readonly smallInRegion: Uint8Array;
  /** Last visit, as epoch milliseconds; NaN when unknown. */
  readonly lastVisit: Float64Array;
  /** Next review date, as epoch milliseconds (UTC midnight). */
  readonly nextReview: Float64Array;
  /** The account buys from a competitor (a competitor column names one). */
  readonly competitor: Uint8Array;
  /** How likely the account is to buy, as an intent column rates it: 3 high, 2 medium, 1 low, 0 not rated. */
  readonly intent: Uint8Array;
  readonly strategic: Uint8Array;
  readonly region: string[];
  /** The account's code (客户编码), as written; "" where the sheet has no code column or the cell is blank. */
  readonly code: string[];
  readonly owner: string[];
  /** Index into STANDINGS. */
  readonly standing: Uint8Array;
  /** The raw text behind an unreadable revenue or a status, for explanations (`textAt`). */
  readonly standingText: TextColumn;
  /** The sheet's own grade of the account (客户等级 A, 是否重点客户 是), as written; compared, never obeyed. */
  readonly ownGrade: TextColumn;
  /** Importance score 0-100 (its parts are derived on demand, see `scoreParts`). */
  readonly score: Float64Array;
  /** Position in the method's ranking among accounts the machine tiers (1 = first); 0 when not ranked. */
  readonly rank: Int32Array;
  /** Signed distance to the key boundary in the method's own scale; ≥ 0 means key. */
  readonly margin: Float64Array;
  /** Tiers as indices into TIERS; override and previous tier use NO_TIER for none. */
  readonly machineTier: Uint8Array;
  readonly override: Uint8Array;
  /**
   * A move by hand of one tier from the machine's (升级 / 降级 in the override column), as MOVE_UP and the
   * rest (0: none). Where it is made or kept, `override` holds the tier it lands on and `machineTier` the
   * run's own.
   */
  readonly move: Uint8Array;
  readonly tier: Uint8Array;
  /** The previous run's tier was kept because the account sits within the hysteresis band. */
  readonly held: Uint8Array;
  /** Index into KEY_BY (0: not key). */
  readonly keyBy: Uint8Array;
  readonly previousTier: Uint8Array;
  /** What the previous run saved for this account (matched by name, then row); NaN / 0 when unknown. */
  readonly previousRevenue: Float64Array;
  readonly previousScore: Float64Array;
  readonly previousRank: Int32Array;
  /** Index into CHANGES. */
  readonly change: Uint8Array;
  /** CANDIDATE_BY_GROWTH | CANDIDATE_NEAR_KEY flags; 0: not a candidate. */
  readonly promotionCandidate: Uint8Array;
  /** A prospect worth developing first (regional share, potential, a competitor's customer). */
  readonly priority: Uint8Array;
  /** Watch-list reasons of a key account, as WATCH_BIT flags. */
  readonly watch: Uint8Array;
  /**
   * The status column flags a risk of ending the relationship (流失预警, 有流失风险, churn risk): 1; a
   * legal dispute (法律诉讼, 仲裁中): 2; deliveries or credit stopped (暂停发货, 信用冻结): 3.
   */
  readonly statusRisk: Uint8Array;
  /** The six dimensions; null where the sheet has no input for the dimension. Regional share from
   * region totals is filled in after the read, once the totals are known. */
  readonly dimensions: Record<Dimension, DimensionColumn | null>;
};

/** One tiered row as an object: what was read, what was decided, and why. */
export type AccountResult = {
  readonly index: number;
  readonly row: number;
  readonly name: string;
  readonly revenue: number | null;
  readonly priorRevenue: number | null;
  readonly growth: number | null;
  readonly tenureYears: number | null;
  readonly strategic: boolean;
  readonly region: string;
  /** The customer code (客户编码); "" where blank or the sheet has none. */
  readonly code: string;
  readonly owner: string;
  readonly standing: Standing;
  readonly score: number;
  readonly partRevenue: number;
  readonly partGrowth: number;
  readonly partTenure: number;
  readonly partStrategic: number;
  readonly rank: number | null;
  readonly machineTier: Tier;
  readonly override: Tier | null;
  /** The override cell moved the account one tier from the machine's (升级 / 降级): which way. */
  readonly moved: "up" | "down" | null;
  readonly tier: Tier;
  readonly held: boolean;
  readonly previousTier: Tier | null;
  readonly change: Change;
  readonly promotionCandidate: boolean;
  readonly keyBy: KeyBy | null;
  readonly priorityProspect: boolean;
  readonly watchReasons: readonly WatchReason[];
  /** Next review date, "YYYY-MM-DD". */
  readonly nextReview: string;
  readonly reviewOverdue: boolean;
  readonly daysOverdue: number | null;
  /** How far the balance owed runs over the credit limit (0.2: 20% over), where it does. */
  readonly overLimit: number | null;
  readonly managementMode: string | null;
  readonly salesMode: string | null;
  readonly credit: string | null;
  readonly potential: string | null;
  readonly regionalShare: string | null;
  /** The account's share of its region's sales in the sheet, where its regional share came from it. */
  readonly shareOfRegion: number | null;
  readonly sensitivity: string | null;
  readonly timeShare: number;
  readonly hours: number | null;
  readonly reason: string;
  readonly note: string;
};

/** The watch-list reasons in a WATCH_BIT mask, in WATCH_REASONS order. */
export function watchReasonsOf(mask: number): WatchReason[] {
  return WATCH_REASONS.filter((r) => (mask & WATCH_BIT[r]) !== 0);
}

/** A date as "YYYY-MM-DD" (UTC); "" for a time that is no date. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/**
 * An empty table with room for `capacity` rows; `sliceTable` trims it to the rows read.
 * @example createAccountTable(10, NO_DIMENSIONS).length // 0
 */
export function createAccountTable(
  capacity: number,
  dimensions: Record<Dimension, DimensionColumn | null>,
): AccountTable {
  const f64s = (): Float64Array => f64(capacity);
  return {
    length: 0,
    gridIndex: i32(capacity),
    row: i32(capacity),
    name: new Array<string>(capacity),
    revenue: f64s(),
    priorRevenue: f64s(),
    growth: f64s(),
    // Written for every row read (as are the other columns without a fill).
    increase: f64s(),
    tenureYears: f64s(),
    overdueDays: f64s().fill(Number.NaN),
    overdueDaysTo: f64s().fill(Number.NaN),
    creditSetBy: u8(capacity),
    overLimit: f64s().fill(Number.NaN),
    owed: f64s().fill(Number.NaN),
    shareOfRegion: f64s().fill(Number.NaN),
    smallInRegion: u8(capacity),
    lastVisit: f64s(),
    nextReview: f64s(),
    competitor: u8(capacity),
    intent: u8(capacity),
    strategic: u8(capacity),
    region: new Array<string>(capacity),
    code: new Array<string>(capacity),
    owner: new Array<string>(capacity),
    standing: u8(capacity),
    standingText: { codes: i32(capacity), texts: [""] },
    ownGrade: { codes: i32(capacity), texts: [""] },
    score: f64s(),
    rank: i32(capacity),
    margin: f64s().fill(Number.NEGATIVE_INFINITY),
    machineTier: u8(capacity).fill(TIER_CODE.prospect),
    override: u8(capacity).fill(NO_TIER),
    move: u8(capacity),
    tier: u8(capacity).fill(TIER_CODE.prospect),
    held: u8(capacity),
    keyBy: u8(capacity),
    previousTier: u8(capacity).fill(NO_TIER),
    previousRevenue: f64s().fill(Number.NaN),
    previousScore: f64s().fill(Number.NaN),
    previousRank: i32(capacity),
    change: u8(capacity),
    promotionCandidate: u8(capacity),
    priority: u8(capacity),
    watch: u8(capacity),
    statusRisk: u8(capacity),
    dimensions,
  };
}

/**
 * The first `length` rows of a table (typed arrays are views, not copies).
 * @example sliceTable(table, 3).length // 3
 */
export function sliceTable(t: AccountTable, length: number): AccountTable {
  const cut = <T>(xs: T[]): T[] => {
    xs.length = length;
    return xs;
  };
  const dims = {} as Record<Dimension, DimensionColumn | null>;
  for (const d of DIMENSIONS) {
    const c = t.dimensions[d];
    dims[d] = c === null ? null : { values: c.values.subarray(0, length), codes: c.codes };
  }
  return {
    length,
    gridIndex: t.gridIndex.subarray(0, length),
    row: t.row.subarray(0, length),
    name: cut(t.name),
    revenue: t.revenue.subarray(0, length),
    priorRevenue: t.priorRevenue.subarray(0, length),
    growth: t.growth.subarray(0, length),
    increase: t.increase.subarray(0, length),
    tenureYears: t.tenureYears.subarray(0, length),
    overdueDays: t.overdueDays.subarray(0, length),
    overdueDaysTo: t.overdueDaysTo.subarray(0, length),
    creditSetBy: t.creditSetBy.subarray(0, length),
    overLimit: t.overLimit.subarray(0, length),
    owed: t.owed.subarray(0, length),
    shareOfRegion: t.shareOfRegion.subarray(0, length),
    smallInRegion: t.smallInRegion.subarray(0, length),
    lastVisit: t.lastVisit.subarray(0, length),
    nextReview: t.nextReview.subarray(0, length),
    competitor: t.competitor.subarray(0, length),
    intent: t.intent.subarray(0, length),
    strategic: t.strategic.subarray(0, length),
    region: cut(t.region),
    code: cut(t.code),
    owner: cut(t.owner),
    standing: t.standing.subarray(0, length),
    standingText: { codes: t.standingText.codes.subarray(0, length), texts: t.standingText.texts },
    ownGrade: { codes: t.ownGrade.codes.subarray(0, length), texts: t.ownGrade.texts },
    score: t.score.subarray(0, length),
    rank: t.rank.subarray(0, length),
    margin: t.margin.subarray(0, length),
    machineTier: t.machineTier.subarray(0, length),
    override: t.override.subarray(0, length),
    move: t.move.subarray(0, length),
    tier: t.tier.subarray(0, length),
    held: t.held.subarray(0, length),
    keyBy: t.keyBy.subarray(0, length),
    previousTier: t.previousTier.subarray(0, length),
    previousRevenue: t.previousRevenue.subarray(0, length),
    previousScore: t.previousScore.subarray(0, length),
    previousRank: t.previousRank.subarray(0, length),
    change: t.change.subarray(0, length),
    promotionCandidate: t.promotionCandidate.subarray(0, length),
    priority: t.priority.subarray(0, length),
    watch: t.watch.subarray(0, length),
    statusRisk: t.statusRisk.subarray(0, length),
    dimensions: dims,
  };
}

/** The class code of row `i` in a dimension, or null when the sheet has no input for it. */
export function dimensionAt(t: AccountTable, d: Dimension, i: number): string | null {
  const c = t.dimensions[d];
  return c === null ? null : (c.codes[c.values[i] as number] ?? null);
}

export const NO_DIMENSIONS: Readonly<Record<Dimension, DimensionColumn | null>> = {
  managementMode: null,
  salesMode: null,
  credit: null,
  potential: null,
  regionalShare: null,
  sensitivity: null,
};

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** What a row's object carries beyond the table: derived values and the texts. */
export type AccountExtras = {
  readonly parts: readonly [number, number, number, number];
  readonly timeShare: number;
  readonly hours: number | null;
  readonly reason: string;
  readonly note: string;
  /** The run date, to say whether the next review is already past. */
  readonly asOf: number;
};

/**
 * One row of the table as an object.
 * @example accountAt(table, 0, extras).tier // "key"
 */
export function accountAt(t: AccountTable, i: number, x: AccountExtras): AccountResult {
  return {
    index: t.gridIndex[i] as number,
    row: t.row[i] as number,
    name: t.name[i] as string,
    revenue: orNull(t.revenue[i] as number),
    priorRevenue: orNull(t.priorRevenue[i] as number),
    growth: orNull(t.growth[i] as number),
    tenureYears: orNull(t.tenureYears[i] as number),
    strategic: t.strategic[i] === 1,
    region: t.region[i] as string,
    code: (t.code[i] as string | undefined) ?? "",
    owner: t.owner[i] as string,
    standing: STANDINGS[t.standing[i] as number] as Standing,
    score: t.score[i] as number,
    partRevenue: x.parts[0],
    partGrowth: x.parts[1],
    partTenure: x.parts[2],
    partStrategic: x.parts[3],
    rank: t.rank[i] === 0 ? null : (t.rank[i] as number),
    machineTier: TIERS[t.machineTier[i] as number] as Tier,
    override: tierCode(t.override[i] as number),
    moved: t.move[i] === MOVE_UP ? "up" : t.move[i] === MOVE_DOWN ? "down" : null,
    tier: TIERS[t.tier[i] as number] as Tier,
    held: t.held[i] === 1,
    previousTier: tierCode(t.previousTier[i] as number),
    change: CHANGES[t.change[i] as number] as Change,
    promotionCandidate: t.promotionCandidate[i] !== 0,
    keyBy: KEY_BY[t.keyBy[i] as number] ?? null,
    priorityProspect: t.priority[i] === 1,
    watchReasons: watchReasonsOf(t.watch[i] as number),
    nextReview: isoDay(t.nextReview[i] as number),
    // Overdue from the day after it fell due, as the sheet's red "已逾期" format says.
    reviewOverdue: (t.nextReview[i] as number) < startOfDay(x.asOf),
    daysOverdue: orNull(t.overdueDays[i] as number),
    overLimit: orNull(t.overLimit[i] as number),
    managementMode: dimensionAt(t, "managementMode", i),
    salesMode: dimensionAt(t, "salesMode", i),
    credit: dimensionAt(t, "credit", i),
    potential: dimensionAt(t, "potential", i),
    regionalShare: dimensionAt(t, "regionalShare", i),
    shareOfRegion: orNull(t.shareOfRegion[i] as number),
    sensitivity: dimensionAt(t, "sensitivity", i),
    timeShare: x.timeShare,
    hours: x.hours,
    reason: x.reason,
    note: x.note,
  };
}

/**
 * Whether row `i` is overdue for days the sheet does not give (an overdue amount, 是否逾期 "是"), its
 * credit B by that alone: the cell says "B（有逾期）", and the money may be long past due.
 * @example owesForDaysUnknown(table, 3) // true for a row whose 逾期金额 is 2.5万 and nothing gives days
 */
export function owesForDaysUnknown(t: AccountTable, i: number): boolean {
  return (
    dimensionAt(t, "credit", i) === "B" &&
    t.creditSetBy[i] === CREDIT_SET_BY.overdue &&
    Number.isNaN(t.overdueDays[i] as number) &&
    Number.isNaN(t.overdueDaysTo[i] as number)
  );
}

import type { Change } from "./classes";
import type { Tier } from "./rules";

/** Why an active row is active, or why a prospect is a prospect. */
export type Standing = "sales" | "statusActive" | "noSales" | "unreadableSales" | "statusProspect" | "belowMinimum";

/**
 * The tiered rows, one column per attribute (structure of arrays). A million rows stay a few typed
 * arrays instead of a million objects, which is what keeps the engine within a few sorts' time of a
 * plain sort; `accountAt` gives one row as an object when a door wants it. Numbers that may be missing
 * are NaN there.
 */
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
  readonly tenureYears: Float64Array;
  readonly strategic: Uint8Array;
  readonly region: string[];
  readonly owner: string[];
  readonly standing: Standing[];
  /** The raw text behind an unreadable revenue or a status, for explanations. */
  readonly standingText: string[];
  /** Importance score 0-100 and its parts in points (they add up to the score). */
  readonly score: Float64Array;
  readonly partRevenue: Float64Array;
  readonly partGrowth: Float64Array;
  readonly partTenure: Float64Array;
  readonly partStrategic: Float64Array;
  /** Position in the method's ranking among accounts the machine tiers (1 = first); 0 when not ranked. */
  readonly rank: Int32Array;
  /** Signed distance to the key boundary in the method's own scale; ≥ 0 means key. */
  readonly margin: Float64Array;
  readonly machineTier: Tier[];
  readonly override: (Tier | null)[];
  readonly tier: Tier[];
  /** The previous run's tier was kept because the account sits within the hysteresis band. */
  readonly held: Uint8Array;
  readonly previousTier: (Tier | null)[];
  readonly change: Change[];
  readonly promotionCandidate: Uint8Array;
  /** Class codes of the six dimensions; null where the sheet has no input for the dimension. */
  readonly managementMode: (string | null)[];
  readonly salesMode: (string | null)[];
  readonly credit: (string | null)[];
  readonly potential: (string | null)[];
  readonly regionalShare: (string | null)[];
  readonly sensitivity: (string | null)[];
  /** Share of the team's sales time (0-1), and hours per month (NaN without a capacity). */
  readonly timeShare: Float64Array;
  readonly hours: Float64Array;
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
  readonly tier: Tier;
  readonly held: boolean;
  readonly previousTier: Tier | null;
  readonly change: Change;
  readonly promotionCandidate: boolean;
  readonly managementMode: string | null;
  readonly salesMode: string | null;
  readonly credit: string | null;
  readonly potential: string | null;
  readonly regionalShare: string | null;
  readonly sensitivity: string | null;
  readonly timeShare: number;
  readonly hours: number | null;
  readonly reason: string;
  readonly note: string;
};

/**
 * An empty table with room for `capacity` rows; `sliceTable` trims it to the rows read.
 * @example createAccountTable(10).length // 0
 */
export function createAccountTable(capacity: number): AccountTable {
  const strings = (): string[] => new Array<string>(capacity);
  const f64 = (): Float64Array => new Float64Array(capacity);
  return {
    length: 0,
    gridIndex: new Int32Array(capacity),
    row: new Int32Array(capacity),
    name: strings(),
    revenue: f64(),
    priorRevenue: f64(),
    growth: f64(),
    tenureYears: f64(),
    strategic: new Uint8Array(capacity),
    region: strings(),
    owner: strings(),
    standing: new Array<Standing>(capacity),
    standingText: strings(),
    score: f64(),
    partRevenue: f64(),
    partGrowth: f64(),
    partTenure: f64(),
    partStrategic: f64(),
    rank: new Int32Array(capacity),
    margin: f64().fill(Number.NEGATIVE_INFINITY),
    machineTier: new Array<Tier>(capacity).fill("prospect"),
    override: new Array<Tier | null>(capacity).fill(null),
    tier: new Array<Tier>(capacity).fill("prospect"),
    held: new Uint8Array(capacity),
    previousTier: new Array<Tier | null>(capacity).fill(null),
    change: new Array<Change>(capacity).fill("new"),
    promotionCandidate: new Uint8Array(capacity),
    managementMode: new Array<string | null>(capacity).fill(null),
    salesMode: new Array<string | null>(capacity).fill(null),
    credit: new Array<string | null>(capacity).fill(null),
    potential: new Array<string | null>(capacity).fill(null),
    regionalShare: new Array<string | null>(capacity).fill(null),
    sensitivity: new Array<string | null>(capacity).fill(null),
    timeShare: f64(),
    hours: f64().fill(Number.NaN),
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
  return {
    length,
    gridIndex: t.gridIndex.subarray(0, length),
    row: t.row.subarray(0, length),
    name: cut(t.name),
    revenue: t.revenue.subarray(0, length),
    priorRevenue: t.priorRevenue.subarray(0, length),
    growth: t.growth.subarray(0, length),
    tenureYears: t.tenureYears.subarray(0, length),
    strategic: t.strategic.subarray(0, length),
    region: cut(t.region),
    owner: cut(t.owner),
    standing: cut(t.standing),
    standingText: cut(t.standingText),
    score: t.score.subarray(0, length),
    partRevenue: t.partRevenue.subarray(0, length),
    partGrowth: t.partGrowth.subarray(0, length),
    partTenure: t.partTenure.subarray(0, length),
    partStrategic: t.partStrategic.subarray(0, length),
    rank: t.rank.subarray(0, length),
    margin: t.margin.subarray(0, length),
    machineTier: cut(t.machineTier),
    override: cut(t.override),
    tier: cut(t.tier),
    held: t.held.subarray(0, length),
    previousTier: cut(t.previousTier),
    change: cut(t.change),
    promotionCandidate: t.promotionCandidate.subarray(0, length),
    managementMode: cut(t.managementMode),
    salesMode: cut(t.salesMode),
    credit: cut(t.credit),
    potential: cut(t.potential),
    regionalShare: cut(t.regionalShare),
    sensitivity: cut(t.sensitivity),
    timeShare: t.timeShare.subarray(0, length),
    hours: t.hours.subarray(0, length),
  };
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * One row of the table as an object, with its reason and note.
 * @example accountAt(table, 0, "Rank 1 of 3", "Key-account team …").tier // "key"
 */
export function accountAt(t: AccountTable, i: number, reason: string, note: string): AccountResult {
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
    owner: t.owner[i] as string,
    standing: t.standing[i] as Standing,
    score: t.score[i] as number,
    partRevenue: t.partRevenue[i] as number,
    partGrowth: t.partGrowth[i] as number,
    partTenure: t.partTenure[i] as number,
    partStrategic: t.partStrategic[i] as number,
    rank: t.rank[i] === 0 ? null : (t.rank[i] as number),
    machineTier: t.machineTier[i] as Tier,
    override: t.override[i] ?? null,
    tier: t.tier[i] as Tier,
    held: t.held[i] === 1,
    previousTier: t.previousTier[i] ?? null,
    change: t.change[i] as Change,
    promotionCandidate: t.promotionCandidate[i] === 1,
    managementMode: t.managementMode[i] ?? null,
    salesMode: t.salesMode[i] ?? null,
    credit: t.credit[i] ?? null,
    potential: t.potential[i] ?? null,
    regionalShare: t.regionalShare[i] ?? null,
    sensitivity: t.sensitivity[i] ?? null,
    timeShare: t.timeShare[i] as number,
    hours: orNull(t.hours[i] as number),
    reason,
    note,
  };
}

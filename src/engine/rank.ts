import { f64, i32 } from "./memory";

import {
  type AccountTable,
  KEY_BY_CODE,
  MOVE_KEPT_DOWN,
  MOVE_KEPT_UP,
  MOVE_UP,
  NO_TIER,
  STANDING,
  TIER_CODE,
} from "./account";
import { type RankedValues, orderDescending, rankValues, sortRun } from "./order";
import type { Rules } from "./rules";

/** What the ranking decided, for explanations and the summary. */
export type RankOutcome = {
  /** Accounts with sales this period, or a status saying they are customers. */
  readonly active: number;
  /** countShare: key places the rules ask for (overrides included), and the places left to the machine. */
  readonly keyCount: number;
  readonly quota: number;
  /** Accounts set key by hand (overrides and moves): `keyCount - quota` of the places, or more than all. */
  readonly byHand: number;
  readonly totalRevenue: number;
  /** countShare: the revenue a key place by score needs (the gate), or 0 without one. */
  readonly gateRevenue: number;
  /** countShare: the hysteresis band in places. */
  readonly bandPlaces: number;
  /** countShare: places the revenue core took. */
  readonly core: number;
  /** cumulativeRevenue: revenue share before each account (by table index). */
  readonly cumulativeBefore: Float64Array;
  /**
   * Moves by hand (升级 / 降级) that had no tier to go to: up from key, down from ordinary (a customer
   * becomes no prospect by a move), either way from a prospect. The machine's tier stands (held as by an
   * override where other moves are made); each is said.
   */
  readonly movesRefused: readonly { readonly index: number; readonly up: boolean }[];
  /**
   * Key accounts there by a move by hand (升级 from ordinary, or a 升级 held at key where other moves are
   * made): counted among those set by hand (`byHand`), said apart where the places are counted.
   */
  readonly keyMoved: number;
};

function isActive(standing: number): boolean {
  return standing === STANDING.sales || standing === STANDING.statusActive;
}

const byNameThenRow =
  (names: readonly string[], rows: Int32Array) =>
  (x: number, y: number): number => {
    const a = names[x] as string;
    const b = names[y] as string;
    return a !== b ? (a < b ? -1 : 1) : (rows[x] as number) - (rows[y] as number);
  };

/**
 * Tiers accounts as `rankOnce` does, then moves by hand (升级 / 降级 in the override column) one tier from
 * the machine's tier: the tier each lands on is then an override like any other, and the accounts are
 * ranked again (a move up to key takes a place from the last key account, a move down frees one for the
 * next in line). The machine's own tier of a moved account is kept for its explanation.
 * @example rankAccounts(table, DEFAULT_RULES).keyCount
 */
export function rankAccounts(t: AccountTable, rules: Rules, revenueLevels?: RankedValues): RankOutcome {
  const first = rankOnce(t, rules, revenueLevels);
  const movesRefused: { index: number; up: boolean }[] = [];
  // Pairs of (row, the machine's tier): the moves made, and the customers' moves with nowhere to go.
  const moved: number[] = [];
  const held: number[] = [];
  const KEY = TIER_CODE.key;
  const ORDINARY = TIER_CODE.ordinary;
  for (let i = 0; i < t.length; i++) {
    const move = t.move[i] as number;
    if (move === 0) continue;
    const up = move === MOVE_UP;
    const from = t.machineTier[i] as number;
    const to = up ? (from === ORDINARY ? KEY : NO_TIER) : from === KEY ? ORDINARY : NO_TIER;
    if (to !== NO_TIER) {
      t.override[i] = to;
      moved.push(i, from);
      continue;
    }
    movesRefused.push({ index: i, up });
    t.move[i] = 0;
    // A prospect is one by its sales, which no ranking changes.
    if (from !== TIER_CODE.prospect) held.push(i, from);
  }
  if (moved.length === 0) return { ...first, movesRefused, keyMoved: 0 };
  // Where moves are made, a customer's move with nowhere to go holds its tier as an override: ranked
  // again, another's move up could take the place of a key account whose 升级 was said to keep it key.
  // Held only then: an override shifts the revenue core's line, and a 升级 on a key account alone had
  // swapped two other accounts' tiers (46 of 300 generated sheets).
  for (let k = 0; k < held.length; k += 2) {
    const i = held[k] as number;
    t.override[i] = held[k + 1] as number;
    t.move[i] = t.override[i] === KEY ? MOVE_KEPT_UP : MOVE_KEPT_DOWN;
  }
  // Ranked again from a clean slate: what the first ranking wrote would hold places it no longer has.
  t.rank.fill(0);
  t.margin.fill(Number.NEGATIVE_INFINITY);
  t.held.fill(0);
  t.keyBy.fill(0);
  const second = rankOnce(t, rules, revenueLevels);
  let keyMoved = 0;
  for (const pairs of [moved, held])
    for (let k = 0; k < pairs.length; k += 2) {
      const i = pairs[k] as number;
      t.machineTier[i] = pairs[k + 1] as number;
      if (t.override[i] === KEY) keyMoved++;
    }
  return { ...second, movesRefused, keyMoved };
}

/**
 * Tiers accounts by the rules' method, then the hysteresis band, then the manual override. Prospects
 * have no current sales. countShare (the default) fills the key places in order: overrides, the revenue
 * core (largest accounts while the revenue before them is under the core share of the total), then by
 * importance score among accounts at or above the revenue gate (strategic accounts pass it). Ties are
 * broken by revenue, then name, then row: the same accounts give the same tiers in any order.
 */
function rankOnce(
  t: AccountTable,
  rules: Rules,
  revenueLevels?: RankedValues,
): Omit<RankOutcome, "movesRefused" | "keyMoved"> {
  const r = rules.tiering;
  const n = t.length;
  const poolIndex = i32(n);
  const soldIndex = i32(n);
  let pool = 0;
  let sold = 0;
  let active = 0;
  let overrideKey = 0;
  let totalRevenue = 0;
  // Revenue without NaN or negatives: accounts without sales count as 0.
  const revenue = f64(n);
  for (let i = 0; i < n; i++) {
    if (isActive(t.standing[i] as number)) {
      active++;
      const rev = t.revenue[i] as number;
      if (rev > 0) {
        totalRevenue += rev;
        revenue[i] = rev;
        soldIndex[sold++] = i;
      }
      if (t.override[i] === NO_TIER) poolIndex[pool++] = i;
    }
    if (t.override[i] === TIER_CODE.key) overrideKey++;
  }
  const members = poolIndex.subarray(0, pool);
  const names = t.name;
  const rows = t.row;
  const nameOrder = byNameThenRow(names, rows);
  // Revenue is ranked once per run (the score's percentiles did it); every order below reuses the levels.
  const levels = revenueLevels ?? rankValues(t.revenue, soldIndex.subarray(0, sold));
  const base = Math.max(1, r.countBase === "all" ? n : active);
  const outcome = {
    active,
    keyCount: 0,
    quota: 0,
    byHand: overrideKey,
    totalRevenue,
    gateRevenue: 0,
    bandPlaces: 0,
    core: 0,
    cumulativeBefore: f64(r.method === "cumulativeRevenue" ? n : 0),
  };

  if (r.method === "countShare") {
    const keyCount =
      r.keyShare > 0 && active > 0 ? Math.min(active, Math.max(1, Math.round(r.keyShare * base))) : 0;
    const quota = Math.max(0, keyCount - overrideKey);
    // Accounts with sales, largest first; equal revenues in table order (names decide only where it matters).
    const soldOrder = orderDescending(levels, soldIndex.subarray(0, sold));
    const core = markRevenueCore(t, soldOrder, revenue, quota, r.coreRevenueShare * totalRevenue, nameOrder);
    // The gate: the q-quantile of revenue among accounts with sales (ascending position q * (sold - 1)).
    let gateRevenue = 0;
    if (r.revenueGate > 0 && sold > 0) {
      const pos = r.revenueGate * (sold - 1);
      const lo = revenue[soldOrder[sold - 1 - Math.floor(pos)] as number] as number;
      const hi = revenue[soldOrder[sold - 1 - Math.ceil(pos)] as number] as number;
      gateRevenue = lo + (pos - Math.floor(pos)) * (hi - lo);
    }
    const score = t.score;
    const eligible = (i: number): boolean => {
      const rev = revenue[i] as number;
      return (
        t.keyBy[i] !== KEY_BY_CODE.revenueCore && (t.strategic[i] === 1 || (rev > 0 && rev >= gateRevenue))
      );
    };
    // Exactly equal scores (only they reach this comparator) go by revenue; within equal revenue the
    // accounts that compete for a place go first, by name then row. The others share one rank whatever
    // their order, so they keep table order: no name is compared for the thousands of accounts without
    // sales that tie on a score.
    const byRevenueThenName = (x: number, y: number): number => {
      const d = (revenue[y] as number) - (revenue[x] as number);
      if (d !== 0) return d;
      const ex = eligible(x);
      const ey = eligible(y);
      if (ex !== ey) return ex ? -1 : 1;
      return ex ? nameOrder(x, y) : x - y;
    };
    const sorted = orderDescending(rankValues(score, members), members, (run) =>
      sortRun(run, byRevenueThenName),
    );
    const places = quota - core;
    let competing = 0;
    // One pass down the order: accounts with the same score and revenue share the rank of the first.
    let groupStart = 0;
    let groupScore = Number.NaN;
    let groupRevenue = Number.NaN;
    for (let p = 0; p < pool; p++) {
      const i = sorted[p] as number;
      const s = score[i] as number;
      const rev = revenue[i] as number;
      if (p === 0 || s !== groupScore || rev !== groupRevenue) {
        groupStart = p;
        groupScore = s;
        groupRevenue = rev;
      }
      t.rank[i] = groupStart + 1;
      if (t.keyBy[i] === KEY_BY_CODE.revenueCore) continue;
      if (t.strategic[i] !== 1 && !(rev > 0 && rev >= gateRevenue)) {
        t.margin[i] = Number.NEGATIVE_INFINITY;
        continue;
      }
      competing++;
      // Places from the key line: 0 is the last key place, -1 the first place below it.
      t.margin[i] = places - competing;
    }
    Object.assign(outcome, {
      keyCount,
      quota,
      gateRevenue,
      core,
      bandPlaces: Math.round(r.hysteresis * base),
    });
  } else if (r.method === "cumulativeRevenue") {
    const byRev = orderDescending(levels, members, (run) => sortRun(run, nameOrder));
    let cumulative = 0;
    for (let p = 0; p < pool;) {
      const first = byRev[p] as number;
      let end = p + 1;
      while (end < pool && revenue[byRev[end] as number] === revenue[first]) end++;
      const before = totalRevenue > 0 ? cumulative / totalRevenue : 0;
      for (let q = p; q < end; q++) {
        const i = byRev[q] as number;
        t.rank[i] = p + 1;
        outcome.cumulativeBefore[i] = before;
        // Strictly below the target share: the account that crosses the line is still key.
        t.margin[i] =
          r.keyRevenueShare > 0 && (revenue[i] as number) > 0 ? r.keyRevenueShare - before - 1e-12 : -1;
        cumulative += revenue[i] as number;
      }
      p = end;
    }
  } else {
    const byRev = orderDescending(levels, members, (run) => sortRun(run, nameOrder));
    for (let p = 0; p < pool; p++) {
      const i = byRev[p] as number;
      t.rank[i] = p + 1;
      const rev = revenue[i] as number;
      t.margin[i] =
        r.method === "revenueThreshold"
          ? (rev - r.keyMinRevenue) / Math.max(1, r.keyMinRevenue)
          : ((t.score[i] as number) - r.keyMinScore) / 100;
    }
  }

  const countShare = r.method === "countShare";
  const band = countShare ? outcome.bandPlaces : r.hysteresis;
  const KEY = TIER_CODE.key;
  const ORDINARY = TIER_CODE.ordinary;
  // countShare: a place above the line is kept from an account of the last run only for a key account
  // the band holds below it; a place nobody holds is filled in rank order (the line moves when the
  // revenue core shrinks or key accounts leave, and empty places would leave the tier short).
  const holdOutBelow = countShare ? newcomersToHoldOut(t, band) : Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    let tier: number = TIER_CODE.prospect;
    if (isActive(t.standing[i] as number)) {
      const margin = t.margin[i] as number;
      tier = margin >= 0 ? KEY : ORDINARY;
      const previous = t.previousTier[i] as number;
      if (band > 0 && bandApplies(t, i)) {
        // countShare counts the band in places below (margin -1 is the first) and above the line (0 the last).
        if (previous === KEY && tier === ORDINARY && -margin <= band) {
          tier = KEY;
          t.held[i] = 1;
        } else if (previous !== KEY && tier === KEY && margin < band && margin < holdOutBelow) {
          tier = ORDINARY;
          t.held[i] = 1;
        }
      }
    }
    t.machineTier[i] = tier;
    const override = t.override[i] as number;
    t.tier[i] = override === NO_TIER ? tier : override;
    if (override === KEY) t.keyBy[i] = KEY_BY_CODE.override;
    else if (t.tier[i] !== KEY) t.keyBy[i] = 0;
    else if (t.keyBy[i] === 0) t.keyBy[i] = countShare ? KEY_BY_CODE.score : keyByMethod(r.method);
  }
  return outcome;
}

/** Whether row `i` is one the band may hold in its last run's tier (no override, in the last run, not
 * of the revenue core, competing for a place). */
function bandApplies(t: AccountTable, i: number): boolean {
  return (
    t.override[i] === NO_TIER &&
    t.previousTier[i] !== NO_TIER &&
    t.keyBy[i] !== KEY_BY_CODE.revenueCore &&
    Number.isFinite(t.margin[i] as number) &&
    isActive(t.standing[i] as number)
  );
}

/**
 * countShare: the margin below which an account of the last run that was not key is kept out of a key
 * place it won within the band. Only as many are kept out, closest to the line first, as key accounts
 * the band keeps below the line: each one held in keeps one place; the rest are filled in rank order.
 * Margins of competing accounts are distinct (one place each), so one threshold names them.
 */
function newcomersToHoldOut(t: AccountTable, band: number): number {
  if (band <= 0) return Number.NEGATIVE_INFINITY;
  let heldIn = 0;
  // inBand[m]: an account that was not key stands at margin m (0 the last place, band - 1 the first).
  const inBand = new Uint8Array(band);
  for (let i = 0; i < t.length; i++) {
    if (!bandApplies(t, i)) continue;
    const margin = t.margin[i] as number;
    const wasKey = t.previousTier[i] === TIER_CODE.key;
    if (wasKey && margin < 0 && -margin <= band) heldIn++;
    else if (!wasKey && margin >= 0 && margin < band) inBand[margin] = 1;
  }
  let threshold = 0;
  for (let m = 0; m < band && heldIn > 0; m++) {
    threshold = m + 1;
    if (inBand[m] === 1) heldIn--;
  }
  return threshold;
}

/**
 * The revenue core: the largest accounts the machine tiers (no override), taken while the revenue before
 * them is under `coreLine` and places remain. Accounts of equal revenue are taken by name, then row; only
 * a run of equal revenue cut by the line is ever sorted. Marks them and returns how many were taken.
 */
function markRevenueCore(
  t: AccountTable,
  soldOrder: Int32Array,
  revenue: Float64Array,
  quota: number,
  coreLine: number,
  nameOrder: (x: number, y: number) => number,
): number {
  let core = 0;
  let before = 0;
  for (let p = 0; p < soldOrder.length && core < quota && before < coreLine;) {
    const rev = revenue[soldOrder[p] as number] as number;
    const run: number[] = [];
    let end = p;
    for (; end < soldOrder.length && revenue[soldOrder[end] as number] === rev; end++) {
      const i = soldOrder[end] as number;
      if (t.override[i] === NO_TIER) run.push(i);
    }
    let take = 0;
    while (take < run.length && core + take < quota && before < coreLine) {
      before += rev;
      take++;
    }
    if (take < run.length) run.sort(nameOrder);
    for (let q = 0; q < take; q++) {
      const i = run[q] as number;
      t.margin[i] = Number.POSITIVE_INFINITY;
      t.keyBy[i] = KEY_BY_CODE.revenueCore;
    }
    core += take;
    p = end;
  }
  return core;
}

/** Which way a key account of the other methods came in: by revenue, or by score. */
function keyByMethod(method: Rules["tiering"]["method"]): number {
  return method === "scoreThreshold" ? KEY_BY_CODE.score : KEY_BY_CODE.revenueCore;
}

/**
 * Under a threshold method (revenueThreshold, scoreThreshold), whether no account the machine tiers
 * reached the key threshold, and the best any did (the largest sales, or the highest score): then the
 * run's only key accounts are those set by hand, and the tier's share of the sales time goes to them
 * alone, which whoever set the threshold needs to hear. null where one reached it, under the other
 * methods, and without an account with sales.
 * @example noneAtThreshold(table, { ...DEFAULT_RULES, tiering: { ...DEFAULT_RULES.tiering, method: "revenueThreshold", keyMinRevenue: 5e7 } }) // { best: 10_204_000 }
 */
export function noneAtThreshold(t: AccountTable, rules: Rules): { best: number } | null {
  const method = rules.tiering.method;
  if (method !== "revenueThreshold" && method !== "scoreThreshold") return null;
  let best = Number.NEGATIVE_INFINITY;
  let sold = false;
  for (let i = 0; i < t.length; i++) {
    if (!isActive(t.standing[i] as number)) continue;
    if (t.machineTier[i] === TIER_CODE.key) return null;
    const rev = t.revenue[i] as number;
    if (rev > 0) sold = true;
    const value = method === "revenueThreshold" ? rev : (t.score[i] as number);
    if (value > best) best = value;
  }
  return sold ? { best } : null;
}

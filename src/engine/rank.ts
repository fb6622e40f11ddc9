import { type AccountTable, NO_TIER, STANDING, TIER_CODE } from "./account";
import type { Rules } from "./rules";
import { sortDescending } from "./sortDescending";

/** What the ranking decided, for explanations and the summary. */
export type RankOutcome = {
  /** Accounts the machine ranked (active, not overridden). */
  readonly pool: number;
  /** countShare: key accounts the rules ask for (before overrides), and the machine's share of them. */
  readonly keyCount: number;
  readonly quota: number;
  readonly totalRevenue: number;
  /** cumulativeRevenue: revenue share before each account (by table index). */
  readonly cumulativeBefore: Float64Array;
};

function isActive(standing: number): boolean {
  return standing === STANDING.sales || standing === STANDING.statusActive;
}

/**
 * Tiers accounts by the rules' method, with the hysteresis band and then the manual override:
 * prospects have no current sales; among the others, key accounts are picked by share of count (ranked
 * by score, ties by revenue then name), cumulative share of revenue, a revenue threshold or a score
 * threshold. Deterministic: the same accounts give the same tiers in any order.
 * @example rankAccounts(table, DEFAULT_RULES).keyCount
 */
export function rankAccounts(t: AccountTable, rules: Rules): RankOutcome {
  const r = rules.tiering;
  const n = t.length;
  const poolIndex = new Int32Array(n);
  let pool = 0;
  let active = 0;
  let overrideKey = 0;
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) {
    if (isActive(t.standing[i] as number)) {
      active++;
      const rev = t.revenue[i] as number;
      if (rev > 0) totalRevenue += rev;
      if (t.override[i] === NO_TIER) poolIndex[pool++] = i;
    }
    if (t.override[i] === TIER_CODE.key) overrideKey++;
  }
  const members = poolIndex.subarray(0, pool);
  const cumulativeBefore = new Float64Array(r.method === "cumulativeRevenue" ? n : 0);
  let keyCount = 0;
  let quota = 0;

  if (r.method === "countShare" || r.method === "cumulativeRevenue") {
    const byRevenue = r.method === "cumulativeRevenue";
    // Revenue keys without NaN or negatives: the radix sort and the tie-break need plain non-negative numbers.
    const revenue = new Float64Array(n);
    for (let p = 0; p < pool; p++) {
      const i = members[p] as number;
      const rev = t.revenue[i] as number;
      revenue[i] = rev > 0 ? rev : 0;
    }
    const score = t.score;
    const names = t.name;
    const rows = t.row;
    const byRevenueDesc = (x: number, y: number): number => (revenue[y] as number) - (revenue[x] as number);
    const byScoreDesc = (x: number, y: number): number =>
      (score[y] as number) - (score[x] as number) || (revenue[y] as number) - (revenue[x] as number);
    // Two stable passes: revenue, then score. Runs of equal rounded keys arrive almost in order, so
    // the exact comparisons that finish them cost little.
    const byRev = byRevenue ? sortDescending(revenue, members, (run) => run.sort(byRevenueDesc)) : members;
    const sorted = byRevenue ? byRev : sortDescending(score, byRev, (run) => run.sort(byScoreDesc));
    const same = byRevenue
      ? (x: number, y: number): boolean => revenue[x] === revenue[y]
      : (x: number, y: number): boolean => score[x] === score[y] && revenue[x] === revenue[y];
    let quotaLine = Number.POSITIVE_INFINITY;
    if (!byRevenue) {
      const base = r.countBase === "all" ? n : active;
      keyCount =
        r.keyShare > 0 && active > 0 ? Math.min(active, Math.max(1, Math.round(r.keyShare * base))) : 0;
      quota = Math.max(0, keyCount - overrideKey);
      quotaLine = quota;
    }
    const denominator = Math.max(1, r.countBase === "all" ? n : active);
    let cumulative = 0;
    for (let start = 0; start < pool;) {
      let end = start + 1;
      while (end < pool && same(sorted[start] as number, sorted[end] as number)) end++;
      // Accounts that tie on every measure share a rank; only where a tie straddles the key line
      // are they ordered by name (then row), to fill the last key places deterministically.
      if (start < quotaLine && end > quotaLine) {
        const group = Array.from(sorted.subarray(start, end)).sort((x, y) => {
          const a = names[x] as string;
          const b = names[y] as string;
          return a !== b ? (a < b ? -1 : 1) : (rows[x] as number) - (rows[y] as number);
        });
        sorted.set(group, start);
        for (let p = start; p < end; p++) {
          const i = sorted[p] as number;
          t.rank[i] = p + 1;
          t.margin[i] = (quota - (p + 1) + 0.5) / denominator;
        }
      } else {
        const before = totalRevenue > 0 ? cumulative / totalRevenue : 0;
        for (let p = start; p < end; p++) {
          const i = sorted[p] as number;
          t.rank[i] = start + 1;
          if (byRevenue) {
            cumulativeBefore[i] = before;
            // Strictly below the target share: the account that crosses the line is still key.
            t.margin[i] = r.keyRevenueShare > 0 ? r.keyRevenueShare - before - 1e-12 : -1;
          } else {
            t.margin[i] = (quota - (start + 1) + 0.5) / denominator;
          }
        }
      }
      for (let p = start; p < end; p++) cumulative += revenue[sorted[p] as number] as number;
      start = end;
    }
  } else {
    for (let p = 0; p < pool; p++) {
      const i = members[p] as number;
      const rev = t.revenue[i] as number;
      t.margin[i] =
        r.method === "revenueThreshold"
          ? ((rev > 0 ? rev : 0) - r.keyMinRevenue) / Math.max(1, r.keyMinRevenue)
          : ((t.score[i] as number) - r.keyMinScore) / 100;
    }
  }

  const band = r.hysteresis;
  const KEY = TIER_CODE.key;
  const ORDINARY = TIER_CODE.ordinary;
  for (let i = 0; i < n; i++) {
    let tier: number = TIER_CODE.prospect;
    if (isActive(t.standing[i] as number)) {
      const margin = t.margin[i] as number;
      tier = margin >= 0 ? KEY : ORDINARY;
      const previous = t.previousTier[i] as number;
      if (t.override[i] === NO_TIER && band > 0 && previous !== NO_TIER) {
        if (previous === KEY && tier === ORDINARY && margin >= -band) {
          tier = KEY;
          t.held[i] = 1;
        } else if (previous !== KEY && tier === KEY && margin < band) {
          tier = ORDINARY;
          t.held[i] = 1;
        }
      }
    }
    t.machineTier[i] = tier;
    const override = t.override[i] as number;
    t.tier[i] = override === NO_TIER ? tier : override;
  }
  return { pool, keyCount, quota, totalRevenue, cumulativeBefore };
}

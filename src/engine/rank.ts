import type { AccountResult } from "./account";
import type { Rules, Tier } from "./rules";

/** What the ranking decided, for explanations and the summary. */
export type RankOutcome = {
  /** Accounts the machine ranked (active, not overridden). */
  readonly pool: number;
  /** countShare: key accounts the rules ask for (before overrides), and the machine's share of them. */
  readonly keyCount: number;
  readonly quota: number;
  readonly totalRevenue: number;
  /** cumulativeRevenue: revenue share before each account, by index into accounts. */
  readonly cumulativeBefore: Float64Array;
};

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ACTIVE = new Set(["sales", "statusActive"]);

/**
 * Tiers accounts by the rules' method, with the hysteresis band and then the manual override:
 * prospects have no current sales; among the others, key accounts are picked by share of count (ranked
 * by score, ties by revenue then name), cumulative share of revenue, a revenue threshold or a score
 * threshold. Deterministic: the same accounts give the same tiers in any order.
 * @example rankAccounts(accounts, DEFAULT_RULES).keyCount
 */
export function rankAccounts(accounts: AccountResult[], rules: Rules): RankOutcome {
  const t = rules.tiering;
  const pool: number[] = [];
  let active = 0;
  let overrideKey = 0;
  let totalRevenue = 0;
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i] as AccountResult;
    const isActive = ACTIVE.has(a.standing);
    if (isActive) {
      active++;
      if (a.revenue !== null && a.revenue > 0) totalRevenue += a.revenue;
      if (a.override === null) pool.push(i);
    }
    if (a.override === "key") overrideKey++;
  }
  const cumulativeBefore = new Float64Array(t.method === "cumulativeRevenue" ? accounts.length : 0);
  let keyCount = 0;
  let quota = 0;

  if (t.method === "countShare" || t.method === "cumulativeRevenue") {
    const byRevenue = t.method === "cumulativeRevenue";
    const n = pool.length;
    const key = new Float64Array(accounts.length);
    const rev = new Float64Array(accounts.length);
    for (const i of pool) {
      const a = accounts[i] as AccountResult;
      key[i] = byRevenue ? (a.revenue ?? 0) : a.score;
      rev[i] = a.revenue ?? 0;
    }
    pool.sort((x, y) => {
      const d = (key[y] as number) - (key[x] as number);
      if (d !== 0) return d;
      const r = (rev[y] as number) - (rev[x] as number);
      if (r !== 0) return r;
      const ax = accounts[x] as AccountResult;
      const ay = accounts[y] as AccountResult;
      return compareText(ax.name, ay.name) || ax.row - ay.row;
    });
    if (!byRevenue) {
      const base = t.countBase === "all" ? accounts.length : active;
      keyCount = t.keyShare > 0 && active > 0 ? Math.min(active, Math.max(1, Math.round(t.keyShare * base))) : 0;
      quota = Math.max(0, keyCount - overrideKey);
      const denominator = Math.max(1, base);
      for (let p = 0; p < n; p++) {
        const a = accounts[pool[p] as number] as AccountResult;
        a.rank = p + 1;
        a.margin = (quota - (p + 1) + 0.5) / denominator;
      }
    } else {
      let cumulative = 0;
      for (let p = 0; p < n; p++) {
        const i = pool[p] as number;
        const a = accounts[i] as AccountResult;
        const before = totalRevenue > 0 ? cumulative / totalRevenue : 0;
        cumulativeBefore[i] = before;
        a.rank = p + 1;
        // Strictly below the target share: the account that crosses the line is still key.
        a.margin = t.keyRevenueShare > 0 ? t.keyRevenueShare - before - 1e-12 : -1;
        cumulative += Math.max(0, a.revenue ?? 0);
      }
    }
  } else {
    for (const i of pool) {
      const a = accounts[i] as AccountResult;
      a.margin =
        t.method === "revenueThreshold"
          ? ((a.revenue ?? 0) - t.keyMinRevenue) / Math.max(1, t.keyMinRevenue)
          : (a.score - t.keyMinScore) / 100;
    }
  }

  const band = t.hysteresis;
  for (const a of accounts) {
    let tier: Tier = "prospect";
    if (ACTIVE.has(a.standing)) {
      tier = a.margin >= 0 ? "key" : "ordinary";
      if (a.override === null && band > 0 && a.previousTier !== null) {
        if (a.previousTier === "key" && tier === "ordinary" && a.margin >= -band) {
          tier = "key";
          a.held = true;
        } else if (a.previousTier !== "key" && tier === "key" && a.margin < band) {
          tier = "ordinary";
          a.held = true;
        }
      }
    }
    a.machineTier = tier;
    a.tier = a.override ?? tier;
  }
  return { pool: pool.length, keyCount, quota, totalRevenue, cumulativeBefore };
}

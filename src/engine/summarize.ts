import { type AccountTable, NO_TIER, TIER_CODE } from "./account";
import type { Change } from "./classes";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import type { Rules, Tier } from "./rules";

const CHANGE_NEW = 0;
const CHANGE_SAME = 1;
const CHANGE_PROMOTED = 2;

export type TierSummary = {
  readonly tier: Tier;
  readonly accounts: number;
  readonly accountShare: number;
  readonly revenue: number;
  readonly revenueShare: number;
  /** The rules' share of sales time for the tier, and 0 when the tier has no accounts. */
  readonly timeShare: number;
  readonly hours: number | null;
};

export type OwnerSummary = {
  readonly owner: string;
  readonly accounts: number;
  readonly keyAccounts: number;
  readonly timeShare: number;
  readonly keyTimeShare: number;
  readonly hours: number | null;
};

export type TieringSummary = {
  readonly accounts: number;
  readonly revenue: number;
  readonly tiers: Readonly<Record<Tier, TierSummary>>;
  readonly changes: Readonly<Record<Change, number>>;
  readonly promotionCandidates: number;
  readonly overrides: number;
  readonly held: number;
  /** Sales time no account receives because its tier is empty. */
  readonly unallocatedTimeShare: number;
  /** Each account's share of sales time, by tier (the tier's share split equally). */
  readonly perAccountTimeShare: Readonly<Record<Tier, number>>;
  readonly owners: readonly OwnerSummary[];
};

/**
 * Splits each tier's share of sales time equally over its accounts (in hours when the team's monthly
 * capacity is set) and sums tiers, changes and owners.
 * @example allocateTime(table, DEFAULT_RULES).tiers.key.timeShare // 0.6
 */
export function allocateTime(t: AccountTable, rules: Rules): TieringSummary {
  const n = t.length;
  let cKey = 0;
  let cOrd = 0;
  let cPro = 0;
  let rKey = 0;
  let rOrd = 0;
  let rPro = 0;
  let cNew = 0;
  let cSame = 0;
  let cUp = 0;
  let cDown = 0;
  let promotionCandidates = 0;
  let overrides = 0;
  let held = 0;
  for (let i = 0; i < n; i++) {
    const raw = t.revenue[i] as number;
    const r = raw > 0 ? raw : 0;
    const tier = t.tier[i];
    if (tier === TIER_CODE.key) {
      cKey++;
      rKey += r;
    } else if (tier === TIER_CODE.ordinary) {
      cOrd++;
      rOrd += r;
    } else {
      cPro++;
      rPro += r;
    }
    const c = t.change[i];
    if (c === CHANGE_SAME) cSame++;
    else if (c === CHANGE_NEW) cNew++;
    else if (c === CHANGE_PROMOTED) cUp++;
    else cDown++;
    promotionCandidates += t.promotionCandidate[i] as number;
    held += t.held[i] as number;
    if (t.override[i] !== NO_TIER) overrides++;
  }
  const share = rules.time.share;
  const capacity = rules.time.monthlyCapacityHours;
  const perKey = cKey > 0 ? share.key / cKey : 0;
  const perOrd = cOrd > 0 ? share.ordinary / cOrd : 0;
  const perPro = cPro > 0 ? share.prospect / cPro : 0;
  const owners = new Map<string, { accounts: number; keyAccounts: number; time: number; keyTime: number }>();
  for (let i = 0; i < n; i++) {
    const tier = t.tier[i];
    const ts = tier === TIER_CODE.key ? perKey : tier === TIER_CODE.ordinary ? perOrd : perPro;
    const owner = t.owner[i] as string;
    if (owner !== "") {
      let o = owners.get(owner);
      if (!o) {
        o = { accounts: 0, keyAccounts: 0, time: 0, keyTime: 0 };
        owners.set(owner, o);
      }
      o.accounts++;
      o.time += ts;
      if (tier === TIER_CODE.key) {
        o.keyAccounts++;
        o.keyTime += ts;
      }
    }
  }
  const totalRevenue = rKey + rOrd + rPro;
  const summarize = (tier: Tier, count: number, revenue: number): TierSummary => {
    const timeShare = count > 0 ? share[tier] : 0;
    return {
      tier,
      accounts: count,
      accountShare: n > 0 ? count / n : 0,
      revenue,
      revenueShare: totalRevenue > 0 ? revenue / totalRevenue : 0,
      timeShare,
      hours: capacity === null ? null : capacity * timeShare,
    };
  };
  const tiers = {
    key: summarize("key", cKey, rKey),
    ordinary: summarize("ordinary", cOrd, rOrd),
    prospect: summarize("prospect", cPro, rPro),
  };
  const allocated = tiers.key.timeShare + tiers.ordinary.timeShare + tiers.prospect.timeShare;
  return {
    accounts: n,
    revenue: totalRevenue,
    tiers,
    changes: { new: cNew, same: cSame, promoted: cUp, demoted: cDown },
    promotionCandidates,
    overrides,
    held,
    unallocatedTimeShare: n > 0 && 1 - allocated > 1e-9 ? 1 - allocated : 0,
    perAccountTimeShare: { key: perKey, ordinary: perOrd, prospect: perPro },
    owners: [...owners.entries()]
      .map(([owner, o]) => ({
        owner,
        accounts: o.accounts,
        keyAccounts: o.keyAccounts,
        timeShare: o.time,
        keyTimeShare: o.keyTime,
        hours: capacity === null ? null : capacity * o.time,
      }))
      .sort(
        (x, y) =>
          y.keyTimeShare - x.keyTimeShare || y.timeShare - x.timeShare || (x.owner < y.owner ? -1 : 1),
      ),
  };
}

/**
 * Points out what the course asks of key-account ownership: key accounts with no owner, and an owner
 * carrying far more key-account time than the median owner.
 * @example checkOwners(table, summary, { letter: "F", header: "负责人" }, DEFAULT_RULES, zhCN) // Finding[]
 */
export function checkOwners(
  t: AccountTable,
  summary: TieringSummary,
  column: { letter: string; header: string },
  rules: Rules,
  m: EngineMessages,
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.tier[i] === TIER_CODE.key && t.owner[i] === "") {
      const row = t.row[i] as number;
      findings.push({
        code: "owner.missingForKey",
        severity: "warning",
        row,
        column: column.letter,
        header: column.header,
        message: m.finding.ownerMissing(row, column.header, t.name[i] as string),
      });
    }
  }
  const loads = summary.owners.filter((o) => o.keyAccounts > 0).map((o) => o.keyTimeShare);
  if (loads.length >= 3) {
    const sorted = [...loads].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    const median =
      sorted.length % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    for (const o of summary.owners) {
      if (median > 0 && o.keyTimeShare > rules.owners.loadFactor * median) {
        findings.push({
          code: "owner.overloaded",
          severity: "warning",
          column: column.letter,
          header: column.header,
          message: m.finding.ownerOverloaded(column.header, o.owner, o.keyTimeShare, median),
        });
      }
    }
  }
  return findings;
}

import type { AccountResult } from "./account";
import type { Change } from "./classes";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import type { Rules, Tier } from "./rules";

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
  readonly owners: readonly OwnerSummary[];
};

/**
 * Splits each tier's share of sales time equally over its accounts (in hours when the team's monthly
 * capacity is set) and sums tiers, changes and owners.
 * @example allocateTime(accounts, DEFAULT_RULES).tiers.key.timeShare // 0.6
 */
export function allocateTime(accounts: AccountResult[], rules: Rules): TieringSummary {
  const count = { key: 0, ordinary: 0, prospect: 0 };
  const revenue = { key: 0, ordinary: 0, prospect: 0 };
  const changes = { new: 0, same: 0, promoted: 0, demoted: 0 };
  let promotionCandidates = 0;
  let overrides = 0;
  let held = 0;
  let totalRevenue = 0;
  for (const a of accounts) {
    count[a.tier]++;
    const r = a.revenue !== null && a.revenue > 0 ? a.revenue : 0;
    revenue[a.tier] += r;
    totalRevenue += r;
    changes[a.change]++;
    if (a.promotionCandidate) promotionCandidates++;
    if (a.override !== null) overrides++;
    if (a.held) held++;
  }
  const capacity = rules.time.monthlyCapacityHours;
  const perAccount = {
    key: count.key > 0 ? rules.time.share.key / count.key : 0,
    ordinary: count.ordinary > 0 ? rules.time.share.ordinary / count.ordinary : 0,
    prospect: count.prospect > 0 ? rules.time.share.prospect / count.prospect : 0,
  };
  const owners = new Map<string, { accounts: number; keyAccounts: number; time: number; keyTime: number }>();
  for (const a of accounts) {
    a.timeShare = perAccount[a.tier];
    a.hours = capacity === null ? null : capacity * a.timeShare;
    if (a.owner !== "") {
      let o = owners.get(a.owner);
      if (!o) {
        o = { accounts: 0, keyAccounts: 0, time: 0, keyTime: 0 };
        owners.set(a.owner, o);
      }
      o.accounts++;
      o.time += a.timeShare;
      if (a.tier === "key") {
        o.keyAccounts++;
        o.keyTime += a.timeShare;
      }
    }
  }
  const n = accounts.length;
  const tier = (t: Tier): TierSummary => {
    const timeShare = count[t] > 0 ? rules.time.share[t] : 0;
    return {
      tier: t,
      accounts: count[t],
      accountShare: n > 0 ? count[t] / n : 0,
      revenue: revenue[t],
      revenueShare: totalRevenue > 0 ? revenue[t] / totalRevenue : 0,
      timeShare,
      hours: capacity === null ? null : capacity * timeShare,
    };
  };
  const tiers = { key: tier("key"), ordinary: tier("ordinary"), prospect: tier("prospect") };
  const allocated = tiers.key.timeShare + tiers.ordinary.timeShare + tiers.prospect.timeShare;
  return {
    accounts: n,
    revenue: totalRevenue,
    tiers,
    changes,
    promotionCandidates,
    overrides,
    held,
    unallocatedTimeShare: n > 0 && 1 - allocated > 1e-9 ? 1 - allocated : 0,
    owners: [...owners.entries()]
      .map(([owner, o]) => ({
        owner,
        accounts: o.accounts,
        keyAccounts: o.keyAccounts,
        timeShare: o.time,
        keyTimeShare: o.keyTime,
        hours: capacity === null ? null : capacity * o.time,
      }))
      .sort((x, y) => y.keyTimeShare - x.keyTimeShare || y.timeShare - x.timeShare || (x.owner < y.owner ? -1 : 1)),
  };
}

/**
 * Points out what the course asks of key-account ownership: key accounts with no owner, and an owner
 * carrying far more key-account time than the median owner.
 * @example checkOwners(accounts, summary, ownerColumn, DEFAULT_RULES, enUS) // Finding[]
 */
export function checkOwners(
  accounts: readonly AccountResult[],
  summary: TieringSummary,
  column: { letter: string; header: string },
  rules: Rules,
  m: EngineMessages,
): Finding[] {
  const findings: Finding[] = [];
  for (const a of accounts) {
    if (a.tier === "key" && a.owner === "") {
      findings.push({
        code: "owner.missingForKey",
        severity: "warning",
        row: a.row,
        column: column.letter,
        header: column.header,
        message: m.finding.ownerMissing(a.row, column.header, a.name),
      });
    }
  }
  const loads = summary.owners.filter((o) => o.keyAccounts > 0).map((o) => o.keyTimeShare);
  if (loads.length >= 3) {
    const sorted = [...loads].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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

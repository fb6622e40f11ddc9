import {
  type AccountTable,
  NO_TIER,
  STANDING,
  TIER_CODE,
  WATCH_BIT,
  dimensionAt,
  owesForDaysUnknown,
} from "./account";
import type { PotentialClass, ShareClass } from "./classes";
import type { EngineMessages } from "./messages";
import { vacantOwners } from "./rows";
import { f64, scratch } from "./memory";
import { kthSmallest } from "./order";
import { TIERS, type Rules, type Tier } from "./rules";
import { startOfDay } from "./values";

const SHARE_POINTS: Readonly<Record<ShareClass, number>> = {
  dominant: 3,
  strong: 2,
  competitive: 1,
  weak: 0,
};
const POTENTIAL_POINTS: Readonly<Record<PotentialClass, number>> = { high: 2, medium: 1, low: 0 };

/**
 * What a machine's prospect is: one to win a first deal from, or a prospect only because its sales
 * cell is broken (#N/A, below zero: fix the cell), or a customer that has bought before and nothing
 * this period (lapsed: win it back, or collect what it owes first), or one that buys below the rules'
 * minimum for an ordinary account (small: grow its volume). It has bought before when it had sales last
 * year, has years of cooperation, owes money past due or over its limit, whatever a status calls it: "win a
 * first deal" was said to an account 200 days overdue. The notes and the priority list tell them apart.
 * @example prospectKind(table, 3) // "lapsed"
 */
export function prospectKind(t: AccountTable, i: number): "prospect" | "broken" | "lapsed" | "small" {
  if (t.tier[i] !== TIER_CODE.prospect || t.override[i] !== NO_TIER) return "prospect";
  const standing = t.standing[i];
  if (standing === STANDING.unreadableSales || standing === STANDING.negativeSales) return "broken";
  if (standing === STANDING.belowMinimum) return "small";
  return boughtBefore(t, i) ? "lapsed" : "prospect";
}

/**
 * Whether the account has bought from us before: sales last year, years of cooperation, money owed past
 * due, or a balance owed, over its credit limit or with no limit in the sheet (goods delivered on credit:
 * "win the first order" was said to an account 3.5% over its limit, and to one owing 5万).
 */
export function boughtBefore(t: AccountTable, i: number): boolean {
  return (
    (t.priorRevenue[i] as number) > 0 ||
    (t.tenureYears[i] as number) > 0 ||
    owesPastDue(t, i) ||
    (t.overLimit[i] as number) > 0 ||
    (t.owed[i] as number) > 0
  );
}

/** Whether the account owes money past due: days overdue above zero, or "有逾期" without its days. */
export function owesPastDue(t: AccountTable, i: number): boolean {
  return (t.overdueDays[i] as number) > 0 || (t.overdueDaysTo[i] as number) > 0 || owesForDaysUnknown(t, i);
}

/**
 * Points of a prospect's intent (意向度, a lead's Rating): high as much as buying from a competitor now,
 * medium one, low (Cold) one less: the rep who rated it cold has met it.
 */
const INTENT_POINTS: readonly number[] = [0, -1, 1, 2];

/**
 * Ranks the prospects by what makes a first deal worth chasing (regional share, sales potential, buying
 * from a competitor now, its intent) and marks the top share of them (at least one, and only prospects
 * with some such sign) as priority prospects. Returns what says why, per row.
 * @example markPriorityProspects(table, DEFAULT_RULES, zhCN)(0) // "区域占有强势，目前与竞品合作"
 */
export function markPriorityProspects(
  t: AccountTable,
  rules: Rules,
  m: EngineMessages,
): (i: number) => string {
  const points = (i: number): number => {
    const share = dimensionAt(t, "regionalShare", i) as ShareClass | null;
    const potential = dimensionAt(t, "potential", i) as PotentialClass | null;
    return (
      (share === null ? 0 : (SHARE_POINTS[share] ?? 0)) +
      (potential === null ? 0 : (POTENTIAL_POINTS[potential] ?? 0)) +
      (t.competitor[i] === 1 ? 2 : 0) +
      (INTENT_POINTS[t.intent[i] as number] ?? 0)
    );
  };
  const candidates: { i: number; p: number }[] = [];
  let prospects = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.tier[i] !== TIER_CODE.prospect) continue;
    prospects++;
    // A broken sales cell or a lapsed customer is no first deal to chase.
    if (prospectKind(t, i) !== "prospect") continue;
    const p = points(i);
    if (p > 0) candidates.push({ i, p });
  }
  if (prospects > 0 && rules.prospects.priorityShare > 0) {
    const take = Math.max(1, Math.round(rules.prospects.priorityShare * prospects));
    candidates.sort(
      (a, b) => b.p - a.p || ((t.name[a.i] as string) < (t.name[b.i] as string) ? -1 : 1) || a.i - b.i,
    );
    for (const c of candidates.slice(0, take)) t.priority[c.i] = 1;
  }
  return (i) => {
    const share = dimensionAt(t, "regionalShare", i) as ShareClass | null;
    const potential = dimensionAt(t, "potential", i) as PotentialClass | null;
    return m.prospectWhy({
      share:
        share !== null && (share === "dominant" || share === "strong")
          ? m.classes.regionalShare[share]
          : null,
      potential: potential === "high" || potential === "medium" ? m.classes.potential[potential] : null,
      competitor: t.competitor[i] === 1,
      intent: t.intent[i] === 3 ? "high" : t.intent[i] === 2 ? "medium" : null,
    });
  };
}

/**
 * The sales a key account had last year, as this run counts key accounts: the N-th largest of last
 * year's sales, N this run's key accounts, and never below `gate` (the median of this year's sales, so
 * that a prior-year column filled for a few small accounts makes none of them a key account lost). Null
 * without a key account or a prior year.
 * @example keyLineLastYear(table, 104_000) // 2_870_000: the 30th largest of last year's sales
 */
export function keyLineLastYear(t: AccountTable, gate: number): number | null {
  let keys = 0;
  for (let i = 0; i < t.length; i++) if (t.tier[i] === TIER_CODE.key) keys++;
  if (keys === 0) return null;
  return scratch(() => {
    const priors = f64(t.length);
    let count = 0;
    for (let i = 0; i < t.length; i++) {
      const prior = t.priorRevenue[i] as number;
      if (prior > 0) priors[count++] = prior;
    }
    if (count === 0) return null;
    const line = kthSmallest(priors.subarray(0, count), Math.max(0, count - keys));
    return Math.max(line, gate);
  });
}

/**
 * Puts key accounts at risk on the watch list: demoted since the last run, revenue falling by the rules'
 * share below the prior year or the last run, credit C or D, no owner where an owner column exists
 * (blank, a placeholder such as 待分配, or someone marked as having left), or a status that flags a risk
 * of ending (流失预警). One set below key by hand is not watched.
 * An account that is no key account, and was none in the last run, is watched where last year's sales
 * reached last year's key line (`keyLine`, from `keyLineLastYear`) and fell by the rules' share: a key
 * account lost over the year, which a first run sees only in the prior-year column (a ¥419k customer,
 * second largest last year, down to ¥56k was told "routine coverage; keep the service cost down").
 * A promotion candidate is not: its list and note say the fall already.
 * (Removed key accounts join the list in the summary: they have no row.)
 * @example markWatchList(table, DEFAULT_RULES, true, 1_000_000) // sets table.watch
 */
export function markWatchList(
  t: AccountTable,
  rules: Rules,
  hasOwnerColumn: boolean,
  keyLine: number | null = null,
  lastRun = true,
): void {
  const KEY = TIER_CODE.key;
  const vacant = vacantOwners();
  const falls = rules.watch.fallingShare - 1e-12;
  for (let i = 0; i < t.length; i++) {
    const isKey = t.tier[i] === KEY;
    const wasKey = t.previousTier[i] === KEY;
    let keyLastYear = false;
    if (!isKey && !wasKey) {
      const prior = t.priorRevenue[i] as number;
      if (keyLine === null || !(prior >= keyLine) || prior <= 0) continue;
      const revenue = t.revenue[i] as number;
      if (1 - (revenue > 0 ? revenue : 0) / prior < falls) continue;
      // A sales cell that cannot be read (#N/A, below zero) says nothing of a fall.
      if (t.promotionCandidate[i] !== 0 || prospectKind(t, i) === "broken") continue;
      keyLastYear = true;
    }
    // A key account a planner set to another tier by hand is a decision made, not a risk to find: it is
    // not watched, and its note does not ask to win key status back.
    if (!isKey && t.override[i] !== NO_TIER) continue;
    let mask = 0;
    if (wasKey && !isKey) mask |= WATCH_BIT.demoted;
    // A hair of tolerance: 800 of 1,000 is a 20% fall, whatever the division rounds to.
    if (revenueDrop(t, i, lastRun) >= falls) mask |= WATCH_BIT.falling;
    const credit = dimensionAt(t, "credit", i);
    if (credit === "C" || credit === "D") mask |= WATCH_BIT.credit;
    if (isKey && hasOwnerColumn && vacant(t.owner[i] as string)) mask |= WATCH_BIT.noOwner;
    if (t.statusRisk[i] === 1) mask |= WATCH_BIT.atRisk;
    if (t.statusRisk[i] === 2) mask |= WATCH_BIT.dispute;
    if (keyLastYear) mask |= WATCH_BIT.keyLastYear;
    t.watch[i] = mask;
  }
}

/**
 * How far row `i`'s revenue fell, as a fraction: the largest fall against the prior year, the sheet's own
 * year-on-year change (a 同比增长率 column of -45% where no prior year's sales are given: that key account
 * was on no watch list) and the last run's revenue (0 when it did not fall or none is known). The watch
 * list and the note read it. `lastRun` false: the last run's sales covered other months (1-10月 then,
 * 1-2月 now, a new year begun), and are no base to fall from.
 * @example revenueDrop(table, 0) // 0.5: half of last year's revenue
 */
export function revenueDrop(t: AccountTable, i: number, lastRun = true): number {
  const raw = t.revenue[i] as number;
  const rev = raw > 0 ? raw : 0;
  let drop = 0;
  const prior = t.priorRevenue[i] as number;
  if (prior > 0 && 1 - rev / prior > drop) drop = 1 - rev / prior;
  const previous = lastRun ? (t.previousRevenue[i] as number) : Number.NaN;
  if (previous > 0 && 1 - rev / previous > drop) drop = 1 - rev / previous;
  const growth = t.growth[i] as number;
  if (growth < 0 && -growth > drop) drop = Math.min(1, -growth);
  return drop;
}

/**
 * Months between reviews, per tier, as the rules set them: whole months, as validateRules leaves them (a
 * review falls on a day of a month; a rules file's 1.6 is used as 2 there, with a warning).
 */
export function reviewMonthsOf(rules: Rules): Record<Tier, number> {
  return {
    key: rules.review.keyMonths,
    ordinary: rules.review.ordinaryMonths,
    prospect: rules.review.prospectMonths,
  };
}

/** The same day `months` later (the month's last day where it is shorter), at UTC midnight. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const whole = Math.round(months);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + whole;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

/**
 * Sets each row's next review: its last visit plus its tier's cadence where the sheet has a visit
 * date, else the run date plus the cadence. A date before the run date means the review is overdue.
 * @example scheduleReviews(table, DEFAULT_RULES, new Date("2026-11-29")) // sets table.nextReview
 */
export function scheduleReviews(t: AccountTable, rules: Rules, asOf: Date): void {
  const today = startOfDay(asOf.getTime());
  const months = reviewMonthsOf(rules);
  const fromToday = TIERS.map((tier) => addMonths(today, months[tier]));
  for (let i = 0; i < t.length; i++) {
    const tier = t.tier[i] as number;
    const visit = t.lastVisit[i] as number;
    t.nextReview[i] = Number.isNaN(visit)
      ? (fromToday[tier] as number)
      : addMonths(startOfDay(visit), months[TIERS[tier] as Tier]);
  }
}

/** Prospects per region, for notes that name their region's figure. */
export function countProspectsByRegion(t: AccountTable): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    if (t.tier[i] !== TIER_CODE.prospect) continue;
    const r = t.region[i] as string;
    if (r !== "") out.set(r, (out.get(r) ?? 0) + 1);
  }
  return out;
}

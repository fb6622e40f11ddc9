import type { Currency, SalesSpan } from "./normalize";
import { ownersOf, vacantOwners } from "./rows";
import { type ListView, type ReadonlyList, listView } from "./listView";
import { f64, i32, scratch } from "./memory";
import {
  CREDIT_SET_BY,
  type AccountTable,
  CANDIDATE_BY_GROWTH,
  CANDIDATE_NEAR_KEY,
  CHANGES,
  KEY_BY,
  KEY_BY_CODE,
  MOVE_KEPT_UP,
  MOVE_UP,
  NO_TIER,
  TIER_CODE,
  type WatchReason,
  dimensionAt,
  owesForDaysUnknown,
  watchReasonsOf,
} from "./account";
import type { Change } from "./classes";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import { revenueDrop, reviewMonthsOf } from "./followUp";
import { type RankedValues, kthSmallest, orderDescending } from "./order";
import { type GradeComparison, compareGrades } from "./ownGrade";
import { COURSE_ACCOUNT_SHARE, TIERS, type Rules, type Tier } from "./rules";

export type TierSummary = {
  readonly tier: Tier;
  readonly accounts: number;
  readonly accountShare: number;
  readonly revenue: number;
  readonly revenueShare: number;
  /** The tier's share of sales time as allocated (0 when the tier has no accounts). */
  readonly timeShare: number;
  /** Each account's share of sales time in this tier. */
  readonly perAccountTimeShare: number;
  readonly hours: number | null;
  /** The course's reference share of accounts, to print beside this run's. */
  readonly courseAccountShare: number;
  /** Months between reviews. */
  readonly reviewMonths: number;
  /** Accounts whose next review is already past (before the run's day). */
  readonly reviewsOverdue: number;
};

export type OwnerSummary = {
  readonly owner: string;
  readonly accounts: Readonly<Record<Tier, number>>;
  readonly timeShare: number;
  readonly keyTimeShare: number;
  readonly hours: number | null;
  readonly keyAccounts: readonly string[];
};

export type RegionSummary = {
  readonly region: string;
  readonly accounts: number;
  readonly key: number;
  readonly ordinary: number;
  readonly prospect: number;
  readonly revenueShare: number;
  /** The region's market share, the accounts' shares weighted by their sales; null with no share read. */
  readonly marketShare: number | null;
  readonly flags: readonly ("noKey" | "weakShare")[];
};

export type WatchEntry = {
  readonly row: number | null;
  readonly name: string;
  readonly reasons: readonly WatchReason[];
  /** How far its sales fell (a fraction), where "falling" is a reason: the list says by how much. */
  readonly drop: number | null;
  /** Its credit class and what set it, where "credit" is a reason: the list says which and why. */
  readonly credit: WatchCredit | null;
  /** Last year's sales, where "keyLastYear" is a reason: the list says what was lost. */
  readonly prior?: number | null;
  /** The span those sales cover, where not a whole year (去年同期 for 1-10月, 去年月均 for 月均). */
  readonly priorSpan?: SalesSpan;
  /** Its sales at the last run, where "removed" is a reason: the list says how much left the sheet. */
  readonly lastSales?: number | null;
  /** Where "removed" is a reason but its row is on the sheet, left out now: the list says why. */
  readonly leftOut?: LeftOut;
};

/** A watched account's credit class (C or D) and, when its days overdue set it, the days. */
export type WatchCredit = {
  readonly grade: string;
  /** Whether the days overdue, not the rating, set the class. */
  readonly byOverdue: boolean;
  /** Days overdue (null when the cell said only that it is overdue); an aging bucket's upper end in `to`. */
  readonly days: number | null;
  readonly to: number | null;
  /** Arrears the sheet calls grave in words set the class (严重拖欠, 坏账): said so ("D（严重拖欠）"). */
  readonly severe?: boolean;
  /** A legal dispute (法律诉讼 in the status) set the class: said so ("D（法律纠纷）"). */
  readonly dispute?: boolean;
  /** A hold (暂停发货, Credit Hold, On Hold in the status) set the class: said so ("D（供货或授信冻结）"). */
  readonly hold?: boolean;
  /** A balance over the credit limit set the class: by how much (0.2: 20% over; "C（超信用额度20%）"). */
  readonly overLimit?: number;
};

/**
 * A watched account's reasons, as the lists print them: a fall with its size ("销售下滑45%"), the credit
 * class with what set it ("资信D（逾期113天）", as the data sheet's credit column says it).
 * @example describeWatch({ row: 2, name: "A", reasons: ["falling", "credit"], drop: 0.45, credit: { grade: "D", byOverdue: true, days: 113, to: null } }, zh) // "销售下滑45%、资信D（逾期113天）"
 */
export function describeWatch(e: WatchEntry, m: EngineMessages): string {
  return m.list(e.reasons.map((r) => describeReason(e, r, m)));
}

function describeReason(e: WatchEntry, r: WatchReason, m: EngineMessages): string {
  if (r === "falling" && e.drop !== null) return m.watchFalling(e.drop);
  if (r === "keyLastYear" && e.prior != null) return m.watchKeyLastYear(e.prior, e.priorSpan);
  if (r === "removed" && e.leftOut)
    return m.watchLeftOut(e.leftOut.reason, e.leftOut.text, e.lastSales ?? null);
  if (r === "removed" && e.lastSales != null && e.lastSales > 0) return m.watchRemoved(e.lastSales);
  if (r === "credit" && e.credit !== null) return m.watchCredit(describeCredit(e.credit, m));
  return m.watchReason[r];
}

/**
 * A credit class as the data sheet's credit column says it: with the days where they set it.
 * @example describeCredit({ grade: "D", byOverdue: true, days: 113, to: null }, zh) // "D（逾期113天）"
 */
export function describeCredit(c: WatchCredit, m: EngineMessages): string {
  if (c.dispute) return m.creditDisputeLabel(c.grade);
  if (c.hold) return m.creditHoldLabel(c.grade);
  if (c.overLimit !== undefined) return m.creditOverLimitLabel(c.grade, c.overLimit);
  if (c.severe) return m.creditSevereLabel(c.grade);
  return c.byOverdue ? m.creditLabel(c.grade, c.days, c.to ?? undefined) : c.grade;
}
export type PromotionCandidate = {
  readonly row: number;
  readonly name: string;
  readonly owner: string | null;
  /** The smallest key account's revenue minus this account's, in yuan (negative: it sells more). */
  readonly gapToKey: number | null;
  /**
   * Its credit class where it is poor (C, D: long overdue, collect before any reward), or B where it owes
   * money past due for days the sheet does not give ("B（有逾期）": an overdue amount), else null.
   */
  readonly credit: "B" | "C" | "D" | null;
};
export type PriorityProspect = { readonly row: number; readonly name: string; readonly why: string };
/**
 * An account outside the key tier whose credit is D (DOMAIN.md: "D: cash on delivery, no new credit, on
 * the watch list"); a key account with D is on the watch list itself.
 */
export type CreditHold = {
  readonly row: number;
  readonly name: string;
  readonly owner: string | null;
  readonly revenue: number | null;
  readonly credit: WatchCredit;
};
export type RemovedAccount = {
  readonly name: string;
  readonly previousTier: Tier;
  readonly previousRow: number;
  /** What the last run saved of it: its sales (yuan), score and rank; null where it had none. */
  readonly previousRevenue: number | null;
  readonly previousScore: number | null;
  readonly previousRank: number | null;
  /**
   * Where it is still on the sheet but left out this run: its row, and the status that ended it or says
   * it is no account (停止合作, Competitor). It was said to be "removed from the sheet".
   */
  readonly leftOut?: LeftOut;
};

/** A row left out of the run as no account now: ended (停止合作, 停用), or no channel's (Competitor). */
export type LeftOut = {
  readonly row: number;
  readonly reason: "inactive" | "notAccount";
  readonly text: string;
};

export type TieringSummary = {
  readonly accounts: number;
  readonly revenue: number;
  readonly tiers: Readonly<Record<Tier, TierSummary>>;
  /**
   * How many accounts changed tier since the last run; `removed`: key, ordinary or prospect then, gone
   * from the sheet now; `leftOut`: still on the sheet but no longer tiered (its status says the
   * relationship ended, or it is no account: a competitor, a supplier), counted only where there are any.
   */
  readonly changes: Readonly<Record<Change | "removed", number>> & { readonly leftOut?: number };
  readonly keyBy: Readonly<Record<"override" | "revenueCore" | "score", number>>;
  /** The smallest revenue of a key account with sales: the key line candidates are measured against. */
  readonly smallestKeyRevenue: number | null;
  /** Closest to the key line first; each built when read (a million-row sheet can have 400,000). */
  readonly promotionCandidates: ReadonlyList<PromotionCandidate>;
  readonly priorityProspects: readonly PriorityProspect[];
  /** Key accounts at risk, in sheet order, then the removed ones; each built when read. */
  readonly watchList: ReadonlyList<WatchEntry>;
  /** Accounts outside the key tier with credit D, largest sales first; each built when read. */
  readonly creditHold: ReadonlyList<CreditHold>;
  readonly regions: readonly RegionSummary[];
  readonly overrides: number;
  readonly held: number;
  /** Key accounts the hysteresis band kept from the last run below the key line (counted by score). */
  readonly keyHeld: number;
  /** Of the key accounts by override, those there by a move by hand (升级), said apart on the key line. */
  readonly keyMoved: number;
  /** Sales time no account receives because its tier is empty. */
  readonly unallocatedTimeShare: number;
  /** The tiers whose share of time no account takes (`unallocatedTiers`): named where the time is said. */
  readonly unallocatedTiers: readonly Tier[];
  /** Each account's share of sales time, by tier. */
  readonly perAccountTimeShare: Readonly<Record<Tier, number>>;
  /** The team's monthly hours: the rules' capacity, else hours per owner x owners found, else null. */
  readonly capacityHours: number | null;
  readonly owners: readonly OwnerSummary[];
  /** The currency amounts are in: yuan unless the sales header states another (万美元, USD '000). */
  readonly currency: Currency;
  /** The span the sales cover where not a whole year (1-10月, year to date, a monthly average). */
  readonly salesPeriod?: SalesSpan;
  /** Sales in goods (currency "QTY"): their unit as the header writes it (吨), or "". */
  readonly goods: string;
  /** The run's key accounts against the sheet's own grading column, where it has one that reads. */
  readonly ownGrading: GradeComparison | null;
  /**
   * Accounts left out as ended relationships (a status of one, 停用日期 passed, 是否停用: 是): how many, and
   * the first of their sheet rows, so the count tiered adds up to the sheet's rows where it is said.
   */
  readonly ended: { readonly count: number; readonly rows: readonly number[] };
};

/** Rows of accounts left out as ended that the summary names (the count says how many there are). */
const ENDED_NAMED = 5;

/**
 * Shares sales time out by tier: the key tier keeps its share; the tiers below split the rest in
 * proportion to accounts x weight per account, the weight being the tier's time share over the course's
 * account share (ordinary 0.3/0.3 = 1, prospect 0.1/0.6 = 1/6). Where a tier would still get more per
 * account than the one above it, the two are pooled and share equally, so a lower tier never gets more
 * time per account than a higher one. Empty tiers' time is left unallocated.
 * @example allocateShares([10, 30, 60], DEFAULT_RULES) // [0.06, 0.01, 0.001666…]
 */
export function allocateShares(counts: readonly number[], rules: Rules): number[] {
  const share = rules.time.share;
  const perAccount = TIERS.map(() => 0);
  const [top, ...rest] = TIERS;
  const topIndex = 0;
  if (top === undefined) return perAccount;
  const topCount = counts[topIndex] ?? 0;
  if (topCount > 0) perAccount[topIndex] = share[top] / topCount;
  let weighted = 0;
  rest.forEach((tier, k) => {
    weighted += (counts[k + 1] ?? 0) * (share[tier] / COURSE_ACCOUNT_SHARE[tier]);
  });
  const restShare = 1 - share[top];
  rest.forEach((tier, k) => {
    if ((counts[k + 1] ?? 0) > 0 && weighted > 0)
      perAccount[k + 1] = (restShare * (share[tier] / COURSE_ACCOUNT_SHARE[tier])) / weighted;
  });
  // Pool adjacent violators: blocks of tiers whose per-account time would rise down the order.
  type Block = { total: number; count: number; tiers: number[] };
  const blocks: Block[] = [];
  TIERS.forEach((_, k) => {
    const c = counts[k] ?? 0;
    if (c <= 0) return;
    blocks.push({ total: (perAccount[k] as number) * c, count: c, tiers: [k] });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as Block;
      const a = blocks[blocks.length - 2] as Block;
      if (a.total / a.count >= b.total / b.count - 1e-15) break;
      blocks.splice(blocks.length - 2, 2, {
        total: a.total + b.total,
        count: a.count + b.count,
        tiers: [...a.tiers, ...b.tiers],
      });
    }
  });
  for (const b of blocks) if (b.tiers.length > 1) for (const k of b.tiers) perAccount[k] = b.total / b.count;
  return perAccount;
}

/**
 * The tiers whose share of time no account takes (as `allocateShares` shares it out): the top tier when
 * it is empty; the tiers below only when all of them are (one of them takes the others' share).
 * @example unallocatedTiers([0, 0, 40], DEFAULT_RULES) // ["key"]
 */
export function unallocatedTiers(counts: readonly number[], rules: Rules): Tier[] {
  const empty = (k: number): boolean => (counts[k] ?? 0) <= 0;
  const [top, ...rest] = TIERS;
  const out: Tier[] = top !== undefined && empty(0) && rules.time.share[top] > 0 ? [top] : [];
  if (rest.every((_, k) => empty(k + 1))) out.push(...rest.filter((t) => rules.time.share[t] > 0));
  return out;
}

/** Monthly hours of the team: the rules' capacity, else hoursPerOwner for each owner found. */
export function capacityOf(t: AccountTable, rules: Rules, hasOwnerColumn: boolean): number | null {
  if (rules.time.monthlyCapacityHours !== null) return rules.time.monthlyCapacityHours;
  if (!hasOwnerColumn) return null;
  const owners = new Set<string>();
  const people = ownersOf();
  for (let i = 0; i < t.length; i++) for (const o of people(t.owner[i] as string)) owners.add(o);
  return owners.size > 0 ? owners.size * rules.time.hoursPerOwner : null;
}

export type SummaryInputs = {
  readonly rules: Rules;
  readonly capacityHours: number | null;
  readonly removed: readonly RemovedAccount[];
  readonly marketShare: Float64Array;
  readonly priorityWhy: (i: number) => string;
  /** The smallest key account's revenue, as `markPromotionCandidates` found it. */
  readonly smallestKeyRevenue: number | null;
  /** Revenue of the accounts with sales, ranked (the score's): candidates are listed by it. */
  readonly revenueLevels: RankedValues | null;
  /** The currency the sales are in (yuan unless the header states another). */
  readonly currency?: Currency;
  /** The span the sales cover, where not a whole year. */
  readonly salesPeriod?: SalesSpan | undefined;
  /** False where the last run's sales covered other months: no fall from them is said. */
  readonly lastRunComparable?: boolean;
  /** Sales in goods: their unit. */
  readonly goods?: string;
  /** The run's day (UTC midnight, epoch ms): a next review before it is overdue. */
  readonly today?: number;
  /** The header of the sheet's own grading column, where one was found. */
  readonly ownGradeHeader?: string | undefined;
  /** Sheet rows of the accounts left out as ended relationships. */
  readonly endedRows?: readonly number[];
};

/**
 * Sums a tiered table: accounts, revenue and time by tier (time per `allocateShares`), changes, how key
 * accounts came in, the watch list, promotion candidates, priority prospects, regions and owners.
 * @example summarize(table, inputs).tiers.key.timeShare // 0.6
 */
export function summarize(t: AccountTable, x: SummaryInputs): TieringSummary {
  const n = t.length;
  const tierCount = TIERS.length;
  const counts = new Array<number>(tierCount).fill(0);
  const revenues = new Array<number>(tierCount).fill(0);
  const changes = new Array<number>(CHANGES.length).fill(0);
  const keyBy = new Array<number>(KEY_BY.length).fill(0);
  const overdue = new Array<number>(tierCount).fill(0);
  const today = x.today ?? Number.NEGATIVE_INFINITY;
  let overrides = 0;
  let held = 0;
  let keyHeld = 0;
  let keyMoved = 0;
  for (let i = 0; i < n; i++) {
    const raw = t.revenue[i] as number;
    const tier = t.tier[i] as number;
    counts[tier] = (counts[tier] as number) + 1;
    revenues[tier] = (revenues[tier] as number) + (raw > 0 ? raw : 0);
    const c = t.change[i] as number;
    changes[c] = (changes[c] as number) + 1;
    const k = t.keyBy[i] as number;
    keyBy[k] = (keyBy[k] as number) + 1;
    held += t.held[i] as number;
    if (t.held[i] === 1 && tier === TIER_CODE.key && t.override[i] === NO_TIER) keyHeld++;
    if (k === KEY_BY_CODE.override && (t.move[i] === MOVE_UP || t.move[i] === MOVE_KEPT_UP)) keyMoved++;
    if (t.override[i] !== NO_TIER) overrides++;
    if ((t.nextReview[i] as number) < today) overdue[tier] = (overdue[tier] as number) + 1;
  }
  const perAccount = allocateShares(counts, x.rules);
  const capacity = x.capacityHours;
  const totalRevenue = revenues.reduce((a, b) => a + b, 0);
  const tiers = {} as Record<Tier, TierSummary>;
  const reviewMonths = reviewMonthsOf(x.rules);
  let allocated = 0;
  TIERS.forEach((tier, k) => {
    const count = counts[k] as number;
    const timeShare = count * (perAccount[k] as number);
    allocated += timeShare;
    tiers[tier] = {
      tier,
      accounts: count,
      accountShare: n > 0 ? count / n : 0,
      revenue: revenues[k] as number,
      revenueShare: totalRevenue > 0 ? (revenues[k] as number) / totalRevenue : 0,
      timeShare,
      perAccountTimeShare: perAccount[k] as number,
      hours: capacity === null ? null : capacity * timeShare,
      courseAccountShare: COURSE_ACCOUNT_SHARE[tier],
      reviewMonths: reviewMonths[tier],
      reviewsOverdue: overdue[k] as number,
    };
  });
  const perAccountTimeShare = Object.fromEntries(
    TIERS.map((tier, k) => [tier, perAccount[k] as number]),
  ) as Record<Tier, number>;
  const changeCounts = Object.fromEntries(CHANGES.map((c, k) => [c, changes[k] as number])) as Record<
    Change,
    number
  >;
  return {
    accounts: n,
    revenue: totalRevenue,
    tiers,
    changes: changesOf(changeCounts, x.removed),
    keyBy: { override: keyBy[1] as number, revenueCore: keyBy[2] as number, score: keyBy[3] as number },
    smallestKeyRevenue: x.smallestKeyRevenue,
    promotionCandidates: listPromotionCandidates(t, x.smallestKeyRevenue, x.revenueLevels),
    priorityProspects: listPriorityProspects(t, x.priorityWhy),
    watchList: listWatch(t, x.removed, x.salesPeriod, x.lastRunComparable !== false, x.revenueLevels),
    creditHold: listCreditHold(t, x.revenueLevels),
    regions: summarizeRegions(t, x.marketShare, x.rules),
    overrides,
    held,
    keyHeld,
    keyMoved,
    unallocatedTimeShare: n > 0 && 1 - allocated > 1e-9 ? 1 - allocated : 0,
    unallocatedTiers: n > 0 && 1 - allocated > 1e-9 ? unallocatedTiers(counts, x.rules) : [],
    perAccountTimeShare,
    capacityHours: capacity,
    owners: summarizeOwners(t, perAccount, capacity),
    currency: x.currency ?? "CNY",
    goods: x.goods ?? "",
    ownGrading: x.ownGradeHeader === undefined ? null : compareGrades(t, x.ownGradeHeader, x.revenueLevels),
    ended: { count: x.endedRows?.length ?? 0, rows: (x.endedRows ?? []).slice(0, ENDED_NAMED) },
    ...(x.salesPeriod !== undefined ? { salesPeriod: x.salesPeriod } : {}),
  };
}

/**
 * The key line in revenue: the smallest key account with sales that the rules chose by its sales. A key
 * account set by hand does not draw it, nor a strategic one let in below the revenue gate (a ¥10k
 * account made key made 78% of the bench sheet's ordinary accounts candidates); only where every key
 * account is such does the smallest of them.
 */
function smallestKeyRevenue(t: AccountTable, gateRevenue: number): number | null {
  let min = Number.POSITIVE_INFINITY;
  let minOther = Number.POSITIVE_INFINITY;
  for (let i = 0; i < t.length; i++) {
    const rev = t.revenue[i] as number;
    if (t.tier[i] !== TIER_CODE.key || !(rev > 0)) continue;
    const bySales = t.override[i] === NO_TIER && !(t.strategic[i] === 1 && rev < gateRevenue);
    if (bySales) min = Math.min(min, rev);
    else minOther = Math.min(minOther, rev);
  }
  return Number.isFinite(min) ? min : Number.isFinite(minOther) ? minOther : null;
}

/**
 * Marks the promotion candidates: ordinary accounts whose absolute revenue increase is in the top share
 * of ordinary accounts' increases, or whose revenue is within `nearKey` below the smallest key account.
 * Returns that smallest key account's revenue (null without key accounts with sales).
 * `gateRevenue` is the ranking's revenue gate: a strategic key account below it draws no key line.
 * @example markPromotionCandidates(table, DEFAULT_RULES, 105000) // 190000, and table.promotionCandidate set
 */
export function markPromotionCandidates(t: AccountTable, rules: Rules, gateRevenue = 0): number | null {
  const n = t.length;
  const ORD = TIER_CODE.ordinary;
  const increaseLine = scratch(() => {
    const increases = f64(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const inc = t.increase[i] as number;
      if (t.tier[i] === ORD && inc > 0) increases[count++] = inc;
    }
    if (count === 0 || rules.promotion.topIncreaseShare <= 0) return Number.POSITIVE_INFINITY;
    const take = Math.min(count, Math.max(1, Math.round(rules.promotion.topIncreaseShare * count)));
    // The take-th largest is the (count - take)-th smallest: selected, not sorted.
    return kthSmallest(increases.subarray(0, count), count - take);
  });
  const smallest = smallestKeyRevenue(t, gateRevenue);
  const nearLine = smallest === null ? Number.POSITIVE_INFINITY : smallest * (1 - rules.promotion.nearKey);
  for (let i = 0; i < n; i++) {
    const rev = t.revenue[i] as number;
    // An account a planner set to ordinary by hand stays there: the tool does not argue for promoting it.
    t.promotionCandidate[i] =
      t.tier[i] !== ORD || t.override[i] !== NO_TIER
        ? 0
        : ((t.increase[i] as number) >= increaseLine ? CANDIDATE_BY_GROWTH : 0) |
          (rev > 0 && rev >= nearLine ? CANDIDATE_NEAR_KEY : 0);
  }
  return smallest;
}

/**
 * The candidates, closest to the key line first: the gap to the smallest key account is that account's
 * revenue less the candidate's, so this is the largest revenue first (accounts without sales last), equal
 * revenues in sheet order. Without a key account there is no gap: sheet order.
 */
function listPromotionCandidates(
  t: AccountTable,
  smallest: number | null,
  revenueLevels: RankedValues | null,
): ListView<PromotionCandidate> {
  // The candidates' objects are made as they are read.
  const order = rowsBySales(
    t,
    smallest === null ? null : revenueLevels,
    (i) => t.promotionCandidate[i] !== 0,
  );
  return listView(order.length, (p) => {
    const i = order[p] as number;
    const rev = t.revenue[i] as number;
    return {
      row: t.row[i] as number,
      name: t.name[i] as string,
      owner: ownerAt(t, i),
      gapToKey: smallest === null ? null : smallest - (rev > 0 ? rev : 0),
      credit: poorCredit(t, i),
    };
  });
}

function poorCredit(t: AccountTable, i: number): "B" | "C" | "D" | null {
  const code = dimensionAt(t, "credit", i);
  if (code === "C" || code === "D") return code;
  return owesForDaysUnknown(t, i) ? "B" : null;
}

function listPriorityProspects(t: AccountTable, why: (i: number) => string): PriorityProspect[] {
  const out: PriorityProspect[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.priority[i] === 1) out.push({ row: t.row[i] as number, name: t.name[i] as string, why: why(i) });
  }
  return out;
}

function listWatch(
  t: AccountTable,
  removed: readonly RemovedAccount[],
  span: SalesSpan | undefined,
  lastRun: boolean,
  revenueLevels: RankedValues | null,
): ListView<WatchEntry> {
  // The rows watched are kept (in the run's arena); their entries are made as they are read. The
  // largest sales first, as the credit list: a manager following up "each of these this month" starts
  // where losing the account would cost most. The key accounts gone or left out since the last run stand
  // among them by what they sold then: the largest account ended (停止合作) came last, behind "10 more".
  const watched = rowsBySales(t, revenueLevels, (i) => t.watch[i] !== 0);
  const count = watched.length;
  const lastOf = (r: RemovedAccount): number => r.previousRevenue ?? 0;
  const gone: WatchEntry[] = removed
    .filter((r) => r.previousTier === "key")
    .sort((a, b) => lastOf(b) - lastOf(a))
    .map((r) => ({
      // Left out on a row of the sheet (停止合作): that row, where a key account deleted has none.
      row: r.leftOut?.row ?? null,
      name: r.name,
      reasons: ["removed"],
      drop: null,
      credit: null,
      lastSales: r.previousRevenue,
      ...(r.leftOut ? { leftOut: r.leftOut } : {}),
    }));
  // Each gone account's place in the list, ascending: before the first watched row selling less than it
  // did or nothing (after them all where the rows are in sheet order, with no ranking to place it by).
  const at = new Int32Array(gone.length);
  let k = 0;
  for (let j = 0; j < gone.length; j++) {
    const sold = gone[j]?.lastSales ?? 0;
    if (revenueLevels === null) k = count;
    else while (k < count && (t.revenue[watched[k] as number] as number) >= sold) k++;
    at[j] = k + j;
  }
  return listView(count + gone.length, (n) => {
    // The gone accounts placed before entry n (a binary search: a sheet replaced may have many).
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < n) lo = mid + 1;
      else hi = mid;
    }
    if (lo < at.length && at[lo] === n) return gone[lo] as WatchEntry;
    const i = watched[n - lo] as number;
    const reasons = watchReasonsOf(t.watch[i] as number);
    return {
      row: t.row[i] as number,
      name: t.name[i] as string,
      reasons,
      drop: reasons.includes("falling") ? revenueDrop(t, i, lastRun) : null,
      credit: reasons.includes("credit") ? watchCredit(t, i) : null,
      ...(reasons.includes("keyLastYear")
        ? { prior: t.priorRevenue[i] as number, ...(span === undefined ? {} : { priorSpan: span }) }
        : {}),
    };
  });
}

/**
 * The rows `include` takes, kept in the run's arena: the largest sales first by the run's revenue
 * ranking (rows without sales last), ties and everything without a ranking in sheet order.
 */
function rowsBySales(
  t: AccountTable,
  revenueLevels: RankedValues | null,
  include: (i: number) => boolean,
): Int32Array {
  const members = i32(t.length);
  let count = 0;
  for (let i = 0; i < t.length; i++) if (include(i)) members[count++] = i;
  const rows = members.subarray(0, count);
  return revenueLevels === null ? rows : orderDescending(revenueLevels, rows);
}

/** The row's owner, null where the owner cell is blank. */
function ownerAt(t: AccountTable, i: number): string | null {
  const owner = t.owner[i] as string;
  return owner === "" ? null : owner;
}

function listCreditHold(t: AccountTable, revenueLevels: RankedValues | null): ListView<CreditHold> {
  const column = t.dimensions.credit;
  const d = column === null ? -1 : column.codes.indexOf("D");
  // The largest sales first, where the most is at stake (the bench sheet's million rows have 85,296).
  const order = rowsBySales(
    t,
    revenueLevels,
    (i) => column !== null && column.values[i] === d && t.tier[i] !== TIER_CODE.key,
  );
  return listView(order.length, (k) => {
    const i = order[k] as number;
    const rev = t.revenue[i] as number;
    return {
      row: t.row[i] as number,
      name: t.name[i] as string,
      owner: ownerAt(t, i),
      revenue: Number.isFinite(rev) ? rev : null,
      credit: watchCredit(t, i) as WatchCredit,
    };
  });
}

function watchCredit(t: AccountTable, i: number): WatchCredit | null {
  const grade = dimensionAt(t, "credit", i);
  if (grade === null || grade === "unknown") return null;
  const days = t.overdueDays[i] as number;
  const to = t.overdueDaysTo[i] as number;
  return {
    grade,
    byOverdue: t.creditSetBy[i] === CREDIT_SET_BY.overdue,
    days: Number.isNaN(days) ? null : days,
    to: Number.isNaN(to) ? null : to,
    ...(grade === "D" && t.statusRisk[i] === 2 ? { dispute: true } : {}),
    ...(grade === "D" && t.statusRisk[i] === 3 ? { hold: true } : {}),
    ...(t.creditSetBy[i] === CREDIT_SET_BY.limit ? { overLimit: t.overLimit[i] as number } : {}),
    ...(t.creditSetBy[i] === CREDIT_SET_BY.severe ? { severe: true } : {}),
  };
}

function summarizeRegions(t: AccountTable, marketShare: Float64Array, rules: Rules): RegionSummary[] {
  type Acc = { counts: number[]; revenue: number; shareWeighted: number; shareRevenue: number };
  const regions = new Map<string, Acc>();
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const region = t.region[i] as string;
    if (region === "") continue;
    let a = regions.get(region);
    if (!a) {
      a = { counts: TIERS.map(() => 0), revenue: 0, shareWeighted: 0, shareRevenue: 0 };
      regions.set(region, a);
    }
    const tier = t.tier[i] as number;
    a.counts[tier] = (a.counts[tier] as number) + 1;
    const rev = t.revenue[i] as number;
    if (rev > 0) {
      a.revenue += rev;
      total += rev;
      const s = marketShare.length > 0 ? (marketShare[i] as number) : Number.NaN;
      if (!Number.isNaN(s)) {
        a.shareWeighted += s * rev;
        a.shareRevenue += rev;
      }
    }
  }
  return [...regions.entries()]
    .map(([region, a]) => {
      const accounts = a.counts.reduce((x, y) => x + y, 0);
      const flags: ("noKey" | "weakShare")[] = [];
      if (accounts > 0 && a.counts[TIER_CODE.key] === 0) flags.push("noKey");
      if (a.shareRevenue > 0 && a.shareWeighted / a.shareRevenue < rules.regionalShare.competitive)
        flags.push("weakShare");
      return {
        region,
        accounts,
        key: a.counts[TIER_CODE.key] as number,
        ordinary: a.counts[TIER_CODE.ordinary] as number,
        prospect: a.counts[TIER_CODE.prospect] as number,
        revenueShare: total > 0 ? a.revenue / total : 0,
        marketShare: a.shareRevenue > 0 ? a.shareWeighted / a.shareRevenue : null,
        flags,
      };
    })
    .sort(
      (x, y) => y.revenueShare - x.revenueShare || y.accounts - x.accounts || (x.region < y.region ? -1 : 1),
    );
}

function summarizeOwners(
  t: AccountTable,
  perAccount: readonly number[],
  capacity: number | null,
): OwnerSummary[] {
  type Acc = { counts: number[]; time: number; keyTime: number; keyAccounts: string[] };
  const owners = new Map<string, Acc>();
  // 待分配 or 张三（已离职） is nobody's workload; an account shared (张三/李四) counts for each of its
  // owners, its time split between them.
  const people = ownersOf();
  for (let i = 0; i < t.length; i++) {
    const named = people(t.owner[i] as string);
    const tier = t.tier[i] as number;
    const time = (perAccount[tier] as number) / named.length;
    for (const owner of named) {
      let o = owners.get(owner);
      if (!o) {
        o = { counts: TIERS.map(() => 0), time: 0, keyTime: 0, keyAccounts: [] };
        owners.set(owner, o);
      }
      o.counts[tier] = (o.counts[tier] as number) + 1;
      o.time += time;
      if (tier === TIER_CODE.key) {
        o.keyTime += time;
        o.keyAccounts.push(t.name[i] as string);
      }
    }
  }
  return [...owners.entries()]
    .map(([owner, o]) => ({
      owner,
      accounts: Object.fromEntries(TIERS.map((tier, k) => [tier, o.counts[k] as number])) as Record<
        Tier,
        number
      >,
      timeShare: o.time,
      keyTimeShare: o.keyTime,
      hours: capacity === null ? null : capacity * o.time,
      keyAccounts: o.keyAccounts,
    }))
    .sort(
      (x, y) => y.keyTimeShare - x.keyTimeShare || y.timeShare - x.timeShare || (x.owner < y.owner ? -1 : 1),
    );
}

/**
 * Points out what the company asks of key-account ownership: key accounts with no owner, and an owner
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
  const vacant = vacantOwners();
  for (let i = 0; i < t.length; i++) {
    if (t.tier[i] === TIER_CODE.key && vacant(t.owner[i] as string)) {
      const row = t.row[i] as number;
      findings.push({
        code: "owner.missingForKey",
        severity: "warning",
        row,
        column: column.letter,
        header: column.header,
        message: m.finding.ownerMissing(
          row,
          column.header,
          t.name[i] as string,
          (t.owner[i] as string).trim(),
        ),
      });
    }
  }
  for (const { owner, median } of overloadedOwners(summary, rules))
    findings.push({
      code: "owner.overloaded",
      severity: "warning",
      column: column.letter,
      header: column.header,
      message: m.finding.ownerOverloaded(column.header, owner.owner, owner.keyTimeShare, median),
    });
  return findings;
}

/**
 * The owners carrying more key-account time than the rules' multiple of the median owner's (among
 * owners with key accounts, three or more of them), with that median: the course wants the most capable
 * people on key accounts, not one person on all of them.
 * @example overloadedOwners(summary, DEFAULT_RULES) // [{ owner: { owner: "张伟", … }, median: 0.1 }]
 */
export function overloadedOwners(
  summary: TieringSummary,
  rules: Rules,
): { owner: OwnerSummary; median: number }[] {
  const loads = summary.owners.filter((o) => o.accounts.key > 0).map((o) => o.keyTimeShare);
  if (loads.length < 3) return [];
  const sorted = [...loads].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  if (!(median > 0)) return [];
  return summary.owners
    .filter((o) => o.keyTimeShare > rules.owners.loadFactor * median)
    .map((owner) => ({ owner, median }));
}

/** The tier changes with the accounts gone since the last run, those left out on the sheet apart. */
function changesOf(
  counts: Readonly<Record<Change, number>>,
  removed: readonly RemovedAccount[],
): TieringSummary["changes"] {
  let leftOut = 0;
  for (const r of removed) if (r.leftOut) leftOut++;
  return { ...counts, removed: removed.length - leftOut, ...(leftOut > 0 ? { leftOut } : {}) };
}

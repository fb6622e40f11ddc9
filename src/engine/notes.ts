import {
  CREDIT_SET_BY,
  type AccountTable,
  CANDIDATE_BY_GROWTH,
  STANDING,
  WATCH_BIT,
  dimensionAt,
  owesForDaysUnknown,
  textAt,
} from "./account";
import type { ManagementModeCode, SalesModeCode, SensitivityCode } from "./classes";
import type { EngineMessages } from "./messages";
import type { SalesSpan } from "./normalize";
import { boughtBefore, owesPastDue, prospectKind, revenueDrop } from "./followUp";
import { type Rules, TIERS, type Tier } from "./rules";
import { creditFromOverdue } from "./classify";
import { vacantOwners } from "./rows";
import type { TieringSummary } from "./summarize";

/** What the notes need beyond the table: totals, the key line, and per-region prospect counts. */
export type NoteContext = {
  readonly rules: Rules;
  readonly summary: TieringSummary;
  readonly hasOwnerColumn: boolean;
  readonly regionProspects: ReadonlyMap<string, number>;
  /** The part of the year the sales cover, or the year so far, where not a whole year. */
  readonly salesPeriod?: SalesSpan | undefined;
  /** False where the last run's sales covered other months: no fall from them is said. */
  readonly lastRunComparable?: boolean;
  /** The key places' revenue gate (the median account's sales), or 0 without one. */
  readonly gateRevenue?: number;
};

/** A fall to say in words, or null where the note's figure shows it already (its year-on-year). */
function dropToSay(drop: number, shownGrowth: number): number | null {
  return !Number.isNaN(shownGrowth) && Math.abs(drop + shownGrowth) < 1e-9 ? null : drop;
}

/**
 * Builds row `i`'s strategy note: a figure of the row first (revenue and share, growth, or for a
 * prospect its region's count), the tier's action (routine handling, a candidate's development rewards,
 * a priority prospect's first deal, a falling key account's review), then what the six dimensions change
 * (credit terms, the sensitivity lever, the sales mode's control point, who coordinates, potential,
 * regional share), most urgent first, while the note stays within the language's length.
 * @example createNoteWriter(zhCN, table, context)(0) // "年销售额¥320万，占4.1%；重点客户小组统筹…"
 */
export function createNoteWriter(m: EngineMessages, t: AccountTable, x: NoteContext): (i: number) => string {
  const n = m.note;
  const total = x.summary.revenue;
  const smallestKey = x.summary.smallestKeyRevenue;
  const vacant = vacantOwners();
  // What a customer that stopped buying is asked first: money owed past due, or a balance still owed
  // (reconcile and collect), comes before winning it back.
  const comeBackLine = (i: number): string =>
    owesPastDue(t, i) ? n.collectFirst : (t.owed[i] as number) > 0 ? n.collectOwed : n.winBack;
  return (i) => {
    const tier = TIERS[t.tier[i] as number] as Tier;
    const revenue = t.revenue[i] as number;
    const growth = t.growth[i] as number;
    const credit = dimensionAt(t, "credit", i);
    const days = t.overdueDays[i] as number;
    const region = t.region[i] as string;

    // The figure: this row's own, else its region's. A prospect only because its sales cell is broken
    // (#N/A, below zero) is told so, with last year's sales, instead of a prospect's first-deal tactics.
    // A customer of last year without a sale this period is no prospect to win a first deal from, nor
    // is one with years of cooperation or money owed past due (its figure is its own, not its region's).
    const kind = prospectKind(t, i);
    const broken = kind === "broken";
    // An ordinary account by its status (合作中) without a sale this period, that has bought before, is
    // told as a lapsed prospect is: "keep service steady" was said to one that stopped buying.
    const lapsed =
      kind === "lapsed" ||
      (tier === "ordinary" &&
        t.standing[i] === STANDING.statusActive &&
        !(revenue > 0) &&
        boughtBefore(t, i));
    // What a customer that stopped buying is asked: money owed past due comes before winning it back
    // (its credit line says the terms).
    // Worked out only for such a customer (a note a row: no closure on this path).
    const comeBack = lapsed ? comeBackLine(i) : "";
    const prior = t.priorRevenue[i] as number;
    let figure: string;
    if (broken) {
      const last = prior > 0 ? prior : null;
      figure =
        t.standing[i] === STANDING.negativeSales
          ? n.salesNegative(revenue, last, x.salesPeriod)
          : n.salesUnreadable(textAt(t.standingText, i), last, x.salesPeriod);
    } else if (lapsed)
      figure =
        prior > 0
          ? n.lapsed(prior, x.salesPeriod)
          : !Number.isNaN(t.tenureYears[i] as number)
            ? n.noSalesYears(t.tenureYears[i] as number)
            : (t.owed[i] as number) > 0
              ? n.noSalesOwed(t.owed[i] as number)
              : n.noSales();
    else if (revenue > 0)
      figure = n.revenue(
        revenue,
        total > 0 ? revenue / total : 0,
        Number.isNaN(growth) ? null : growth,
        x.salesPeriod,
      );
    else if (region !== "" && tier === "prospect")
      figure = n.regionProspects(region, x.regionProspects.get(region) ?? 1);
    // A prospect's 0 years of cooperation is none yet: "under a year" is said of a customer.
    else if (!Number.isNaN(t.tenureYears[i] as number) && (tier !== "prospect" || t.tenureYears[i] !== 0))
      figure = n.noSalesYears(t.tenureYears[i] as number);
    else figure = n.noSales();

    // The fall as the figure shows it (its year-on-year) is not said twice: "-35.6% YoY; Sales down
    // 35.6%" became "-35.6% YoY; Falling". A larger fall since the last run is still said with its figure.
    const shownGrowth = !broken && !lapsed && revenue > 0 && !Number.isNaN(growth) ? growth : Number.NaN;
    const must: string[] = [figure];
    const optional: string[] = [];
    // The tier's routine tactic (the key-account team, the rep's routine) says what the tier column
    // says already: it stands second (must[1]) where the note has room, and gives way to what is
    // particular to this account (no owner, credit C/D, a fall), which is never dropped.
    let routine = false;
    const watch = t.watch[i] as number;
    let creditSaid = false;
    // Whether a line says to find out why the sales fell (a candidate's).
    let fallSaid = false;
    // High potential is worth investing in only from an account that pays: "invest and apply development
    // rewards" beside "C (89 days overdue): tighten terms" read as two minds (as for the candidates).
    const potential = dimensionAt(t, "potential", i);
    const invest =
      potential === "high" &&
      tier !== "prospect" &&
      !lapsed &&
      t.promotionCandidate[i] === 0 &&
      credit !== "C" &&
      credit !== "D" &&
      !owesForDaysUnknown(t, i);
    // A review "with the owner" needs one: where the owner column names nobody, the recovery line
    // says to name one first, and the separate no-owner line is not said again.
    const owned = watch === 0 || !x.hasOwnerColumn || !vacant(t.owner[i] as string);
    // A key account by last year's sales that fell out of the key tier: recovering it comes first.
    const lostKey = (watch & WATCH_BIT.keyLastYear) !== 0;
    const falling = (): string =>
      n.keyFalling(dropToSay(revenueDrop(t, i, x.lastRunComparable !== false), shownGrowth), owned);
    if ((watch & WATCH_BIT.demoted) !== 0) {
      // A key account of the last run that fell out: the watch list's reason comes first.
      must.push((watch & WATCH_BIT.falling) !== 0 ? falling() : n.demoted(owned));
    } else if (tier === "key") {
      // Long overdue (credit D, not by a dispute, whose own line says it): collecting comes first; "exceed
      // the customer's expectations" beside "cash on delivery" read as two minds.
      // (Nor by a hold, 信用冻结: its D is no overdue balance.)
      // Nor by a balance over the credit limit: its own line says so, and what to do.
      const overLimitD = credit === "D" && t.creditSetBy[i] === CREDIT_SET_BY.limit;
      const creditD = credit === "D" && (t.statusRisk[i] as number) < 2 && !overLimitD;
      // Long overdue only where the days make it D (or words say it gravely): a D by the rating alone
      // (0 days overdue, or no such column) is looked into, not collected.
      const byDays = t.creditSetBy[i] === CREDIT_SET_BY.overdue || t.creditSetBy[i] === CREDIT_SET_BY.severe;
      const recovery = (watch & (WATCH_BIT.falling | WATCH_BIT.atRisk)) !== 0 || creditD;
      // No sale this period, its sales cell read (a broken one is said by its figure).
      const idle =
        !(revenue > 0) &&
        t.standing[i] !== STANDING.unreadableSales &&
        t.standing[i] !== STANDING.negativeSales;
      if ((watch & WATCH_BIT.falling) !== 0) must.push(falling());
      else if ((watch & WATCH_BIT.atRisk) !== 0) must.push(n.keyAtRisk(owned));
      else if (creditD) must.push(byDays ? n.keyCreditD(owned) : n.keyRatedD(owned));
      // In a legal dispute: its line below says what to do; "exceed the customer's expectations" is not
      // said to a customer in a lawsuit, nor to one whose deliveries are stopped (its credit line says it).
      // A key account without a sale this period (raised by hand, or by the strategic flag) is no
      // customer whose expectations to exceed: one that never bought is a target to win (the sample's
      // 贵阳鑫源, a 潜在 account buying from a competitor, was told to exceed its expectations); one that
      // bought before has stopped (collect first where it owes); one signed by its status has not ordered.
      else if (idle && boughtBefore(t, i)) must.push(comeBackLine(i));
      else if (idle && t.standing[i] === STANDING.statusActive) must.push(n.noOrder);
      else if (idle) {
        must.push(n.keyTarget);
        if (t.competitor[i] === 1) optional.push(n.competitor);
      } else if (
        (watch & WATCH_BIT.dispute) === 0 &&
        (t.statusRisk[i] !== 3 || credit !== "D") &&
        !overLimitD
      ) {
        must.push(n.base.key);
        routine = true;
      }
      const coordination =
        n.coordination[(dimensionAt(t, "managementMode", i) ?? "unknown") as ManagementModeCode];
      if (coordination) optional.push(coordination);
      // A recovery line without an owner says to name one already.
      if ((watch & WATCH_BIT.noOwner) !== 0 && x.hasOwnerColumn && !recovery) must.push(n.noOwner);
    } else if (tier === "ordinary") {
      const why = t.promotionCandidate[i] as number;
      const gap = smallestKey === null ? null : smallestKey - Math.max(0, revenue);
      // A candidate by its increase is said by it ("增长额居前（同比增加4.9万元）"): "growing fast" was said
      // of +2.1%, the sheet's largest increases being small.
      const byIncrease = (why & CANDIDATE_BY_GROWTH) !== 0 ? (t.increase[i] as number) : null;
      // A candidate with credit C or D is rewarded for nothing until it pays (D: on cash terms), as the
      // strategy sheet's candidates say: a C candidate 61 days overdue was told to be rewarded.
      // One that owes money past due for days the sheet does not give ("B（有逾期）") is asked to pay
      // first too: it was told to be rewarded, as any B is, though its money may be long overdue.
      const owes = owesForDaysUnknown(t, i);
      if (why !== 0 && (credit === "D" || credit === "C" || owes)) {
        const overdue = owes || (t.overdueDays[i] as number) > 0 || (t.overdueDaysTo[i] as number) > 0;
        must.push(n.candidateUnpaid(byIncrease, gap, credit as "B" | "C" | "D", overdue));
        // By its rating alone, the line said the class and what to do: the credit line would say it
        // again ("资信C：先核实资信、收紧账期，再评估晋级；资信C：收紧账期，盯紧回款").
        creditSaid = !overdue;
      } else if (why !== 0 && (why & CANDIDATE_BY_GROWTH) === 0 && growth < 0) {
        must.push(n.candidateFalling(gap, dropToSay(-growth, shownGrowth)));
        fallSaid = true;
      } else if (why !== 0) must.push(n.candidate(byIncrease, gap));
      else if (lostKey) must.push(n.keyLastYear(prior, owned, x.salesPeriod));
      else if (lapsed) must.push(comeBack);
      // A customer by its status that has not ordered this period (a new signing, or one whose past the
      // sheet does not show): why not, rather than "keep service steady".
      else if (t.standing[i] === STANDING.statusActive && !(revenue > 0)) must.push(n.noOrder);
      else {
        // "Keep service steady" is not said beside "invest" (the potential's line, where it fits), nor
        // to an account on cash terms (credit D, a dispute, a hold): "service kept steady; credit D (113
        // days overdue): cash on delivery, no new credit" read as two minds, as "exceed the customer's
        // expectations" did beside it for a key account.
        const cashTerms = credit === "D" || (t.statusRisk[i] as number) >= 2;
        must.push(invest || cashTerms ? n.base.ordinaryRising : n.base.ordinary);
        routine = true;
      }
    } else if (lapsed) must.push(lostKey ? n.keyLastYear(null, owned, x.salesPeriod) : comeBack);
    else if (kind === "small") must.push(n.smallBuyer);
    else if (!broken) {
      must.push(t.priority[i] === 1 ? n.priority : n.base.prospect);
      // Its intent as the sheet rates it: high, quote soon; low (Cold), keep the cost down.
      if (t.intent[i] === 3) optional.push(n.intentHigh);
      else if (t.intent[i] === 1) optional.push(n.intentLow);
      if (t.competitor[i] === 1) optional.push(n.competitor);
    }
    // The days beside the class only where they fall in its band: "C (2 days overdue)" for a C rating
    // would say two days make a C.
    const shownDays = Number.isNaN(days) || creditFromOverdue(days, x.rules) !== credit ? null : days;
    const to = t.overdueDaysTo[i] as number;
    // In a legal dispute: cash terms, and why (on a sheet without a credit column too).
    if (t.statusRisk[i] === 2) must.push(n.dispute);
    // On a hold (暂停发货, Credit Hold) where the sheet has no credit column to show its D: cash terms and
    // why (the note said "routine coverage, service kept steady" and nothing of the hold).
    else if (t.statusRisk[i] === 3 && credit !== "D") must.push(n.hold);
    // With one, its D says why, as the credit cell does (资信D（供货或授信冻结）); where days overdue
    // make it D too, the days say it (资信D（逾期95天）), the cell's hold beside them.
    else if (t.statusRisk[i] === 3 && shownDays === null && !creditSaid) must.push(n.creditHold);
    else if (t.creditSetBy[i] === CREDIT_SET_BY.limit && (credit === "C" || credit === "D"))
      must.push(n.creditOverLimit(credit, t.overLimit[i] as number));
    // (Not again where the candidate's line said the class by its rating.)
    else if (credit === "D" && !creditSaid) must.push(n.creditD(shownDays, to));
    else if (credit === "C" && !creditSaid) must.push(n.creditC(shownDays, to));
    // A high potential before the levers of the account's kind (sensitivity, sales mode): it is read
    // from its own figures and says where to put the effort. Said after them, it fitted in 4 of the
    // sample's 56 ordinary accounts of high potential: a +47.5% account was told only routine service.
    // (A low one stays after them: "keep the service cost down" is no lever for a service-sensitive one.)
    if (invest) optional.push(n.potentialHigh);
    const lever = (dimensionAt(t, "sensitivity", i) ?? "unknown") as SensitivityCode;
    const sensitivity = n.sensitivity[lever];
    // Terms are no lever for an account on cash terms or tightened ones (credit C or D, a dispute, a
    // hold): the credit's line says its terms.
    const termsShut =
      lever === "terms" && (credit === "C" || credit === "D" || (t.statusRisk[i] as number) >= 2);
    if (sensitivity && !termsShut) optional.push(sensitivity);
    const salesMode = n.salesMode[(dimensionAt(t, "salesMode", i) ?? "unknown") as SalesModeCode];
    if (salesMode) optional.push(salesMode);
    // A fall to nothing (or below) is the reason for the note already, not a cost to keep down.
    // Nor is a key account lost over the year.
    // Falling at the median account's sales or above, it is asked why, not told to cut the cost of
    // serving it: the sheet's second largest account (18.4% of its sales, -4.7%) was told to.
    // A candidate's own line may say what to do of its fall (find out why, before any promotion).
    if (potential === "low" && tier !== "key" && !lapsed && !broken && !lostKey && !fallSaid)
      optional.push(
        (x.gateRevenue ?? 0) > 0 && revenue >= (x.gateRevenue as number) && growth < 0
          ? n.potentialLowLarge
          : n.potentialLow,
      );
    const share = dimensionAt(t, "regionalShare", i);
    if (tier !== "prospect") {
      if (share === "dominant" || share === "strong") optional.push(n.shareDefend);
      // "Support or reconsider the distributor" is advice for a weak market share. Taken from the
      // sheet's own sales instead, a share under the Lanchester line says little in a region of many
      // distributors (15 accounts share a region at 6.7% each: every one "weak"): there the advice goes
      // to an ordinary account small among its peers, under half its region's average, and never to a
      // key account, which sits among other large ones.
      else if (
        share === "weak" &&
        (Number.isNaN(t.shareOfRegion[i] as number) || (tier !== "key" && t.smallInRegion[i] === 1))
      )
        optional.push(n.shareWeak);
    }
    // Each optional part that still fits, counted by length, then one join: no note is built to be
    // thrown away, and the note is one flat string (a chain of `+` would be a rope a writer must flatten).
    const sep = n.separator.length;
    let length = -sep;
    for (const part of must) length += sep + part.length;
    if (length > n.maxLength) {
      const routineLength = routine ? sep + (must[1] as string).length : 0;
      // Crowded with what is particular to the account, the figure leaves its share of total out, and
      // its change where the line on last year's key-account size gives last year's sales (-82.2% beside
      // "key-account size last year ($767.2K)" says it twice).
      if (length - routineLength > n.maxLength && revenue > 0 && !broken && !lapsed) {
        const change = Number.isNaN(growth) || (lostKey && prior !== null) ? null : growth;
        const short = n.revenue(revenue, null, change, x.salesPeriod);
        length -= (must[0] as string).length - short.length;
        must[0] = short;
      }
      if (routine && length > n.maxLength) {
        must.splice(1, 1);
        length -= routineLength;
      }
    }
    for (const part of optional) {
      if (length + sep + part.length <= n.maxLength) {
        must.push(part);
        length += sep + part.length;
      }
    }
    return must.join(n.separator);
  };
}

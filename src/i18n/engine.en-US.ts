import type { EngineMessages, ExcelError, SalesSpan } from "../engine";
import type { CurrencyCode } from "./format";
import {
  appendPart,
  clip,
  countOf,
  fewNames,
  formatDecimal,
  formatScore,
  formatFigure,
  formatInteger,
  formatPercent,
  formatMultiple,
  GROWTH_AS_MULTIPLE,
  formatMoney,
  formulaText,
  joinClauses,
  joinNonEmpty,
  memoByCurrency,
  shownText,
  withShownArgs,
} from "./format";

/** "Sheet 'a' has", "Sheets 'a' and 'b' have", "Sheets 'a', 'b', 'c', 'd' and 3 more have". */
/** A currency as a sentence names what is counted in it ("read in US dollars ($)"). */
const CURRENCY_EN: Readonly<Record<CurrencyCode, string>> = {
  CNY: "yuan (¥)",
  USD: "US dollars ($)",
  EUR: "euros (€)",
  HKD: "Hong Kong dollars (HK$)",
  GBP: "pounds sterling (£)",
  JPY: "yen (JP¥)",
  QTY: "quantities",
};

const sheetsHave = (sheets: readonly string[]): string =>
  `${sheets.length === 1 ? "Sheet" : "Sheets"} ${fewNames(
    sheets.map((s) => `'${s}'`),
    ", ",
    (n) => ` and ${n} more`,
    4,
    " and ",
  )} ${sheets.length === 1 ? "has" : "have"}`;

/** "1 year", "6.5 years". */
function formatYears(years: number): string {
  const y = formatDecimal(years);
  return `${y} ${y === "1" ? "year" : "years"}`;
}

/** Years as partner: a 0 in the column (new this year) is "under a year", not "0 years". */
const asPartner = (years: number): string =>
  years === 0 ? "under a year as partner" : `${formatYears(years)} as partner`;

const tier = { key: "Key account", ordinary: "Ordinary account", prospect: "Prospect" } as const;

/** A change with its sign: +12.5%, -3% (a rise of under 0.05% is <0.1%, written +<0.1%). */
/** The first rows of a kind, each with its label: '广东 汇总' on row 5, '江苏 汇总' on row 9, …. */
const examplesEn = (examples: readonly { row: number; label: string }[], count: number): string =>
  `${examples.map((e) => `'${clip(e.label)}' on row ${e.row}`).join(", ")}${count > examples.length ? ", …" : ""}`;
const signedPercent = (g: number): string => `${g >= 0 ? "+" : ""}${formatPercent(g)}`;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The sales' span before "sales": "S" for a whole year, "Jan-Oct s", "Oct s", "Last-6-month s",
 * "Year-to-date s", "Lifetime s", "Period s" (a report's period whose months nothing says).
 */
function periodEn(p: SalesSpan | undefined): string {
  if (!p) return "S";
  if (p === "toDate") return "Year-to-date s";
  if (p === "lifetime") return "Lifetime s";
  if (p === "period") return "Period s";
  if (p.average)
    return `${p.average === "month" ? "Monthly" : p.average === "week" ? "Weekly" : "Daily"} avg s`;
  if (p.unnamed === "month") return "Monthly s";
  if (p.unnamed === "quarter") return "Quarterly s";
  if (p.from === undefined || p.to === undefined) return `Last-${p.months}-month s`;
  const from = MONTHS[p.from - 1] ?? "";
  return p.from === p.to ? `${from} s` : `${from}-${MONTHS[p.to - 1] ?? ""} s`;
}

/** A date as "2 Oct 2026". */
const dayMonthEn = (d: Date): string =>
  `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()}`;

/** A date as 2026-10-02, the way to write it that no reader takes the wrong way round. */
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** Last year's sales as the figure names them: "last year", or "same period LY" for part of a year. */
function priorEn(p: SalesSpan | undefined): string {
  return p === undefined
    ? "last year"
    : typeof p === "object" && p.average
      ? `LY ${p.average === "month" ? "monthly" : p.average === "week" ? "weekly" : "daily"} avg`
      : "same period LY";
}

/** What each of Excel's error values means, as its help pages explain it. */
const ERROR_EN: Readonly<Record<ExcelError, string>> = {
  "#N/A": "a lookup found no match",
  "#DIV/0!": "a division by zero",
  "#REF!": "a reference to cells that were deleted",
  "#VALUE!": "a value of the wrong type",
  "#NAME?": "a name the formula does not know",
  "#NUM!": "a number out of range",
  "#NULL!": "ranges that do not intersect",
  "#SPILL!": "a spill range that is not empty",
  "#CALC!": "a calculation error",
  "#GETTING_DATA": "data still loading",
  "#BUSY!": "a calculation still running",
  "#FIELD!": "a field the data type does not have",
  "#BLOCKED!": "a feature that is blocked",
  "#CONNECT!": "a data source that cannot be reached",
  "#UNKNOWN!": "a data type this Excel does not know",
};

/** The catalog's words, with amounts in `currency`. */
function buildEnUS(currency: CurrencyCode, goods: string): EngineMessages {
  const money = (amount: number): string => formatMoney("en-US", amount, currency, goods);
  // Sales counted in goods (Sales Qty, 年销量（吨）) are volume, not revenue.
  const revenueWord = currency === "QTY" ? "volume" : "revenue";
  /**
   * How the key places were filled: "1 by override, 1 moved up by hand, 12 by revenue, 17 by score" (the
   * ways with any; `moved` of the `o` set by hand came by a move, Upgrade / 升级).
   */
  const keyWays = (o: number, c: number, s: number, moved: number): string =>
    [
      ...(o - moved > 0 ? [`${o - moved} by override`] : []),
      ...(moved > 0 ? [`${moved} moved up by hand`] : []),
      ...(c > 0 ? [`${c} by ${revenueWord}`] : []),
      ...(s > 0 ? [`${s} by score`] : []),
    ].join(", ");
  // A candidate against the smallest key account: above it, level with it (said "outsells" before), or near.
  const standing = (gap: number | null): string =>
    gap !== null && gap < 0
      ? "outsells some key accounts"
      : gap === 0
        ? "sells as much as some key accounts"
        : "close to the key line";
  return {
    language: "en-US",
    tier,
    change: { new: "New", same: "Same", promoted: "Promoted", demoted: "Demoted" },
    outputHeader: {
      tier: "Tier",
      score: "Importance Score",
      change: "Change",
      reason: "Tier Reason",
      nextReview: "Next Review",
      timeShare: "Sales Time Share",
      hours: "Monthly Hours",
      mgmtClass: "Management Mode Class",
      salesClass: "Sales Mode Class",
      creditClass: "Credit Class",
      potentialClass: "Potential Class",
      shareClass: "Regional Share Class",
      sensitivityClass: "Sensitivity Class",
      promotion: "Promotion Candidate",
      note: "Strategy Note",
    },
    classes: {
      managementMode: {
        direct: "Direct",
        generalAgent: "General agent",
        regionalAgent: "Regional agent",
        primary: "Tier-1 dealer",
        secondary: "Tier-2 dealer",
        franchise: "Franchise",
        unknown: "Unknown",
      },
      salesMode: {
        wholesale: "Wholesale",
        distribution: "Distribution",
        retail: "Retail",
        project: "Projects",
        ecommerce: "E-commerce",
        unknown: "Unknown",
      },
      credit: { A: "A", B: "B", C: "C", D: "D", unknown: "Unknown" },
      potential: { high: "High", medium: "Medium", low: "Low", unknown: "Unknown" },
      regionalShare: {
        dominant: "Dominant",
        strong: "Strong",
        competitive: "Competitive",
        weak: "Weak",
        unknown: "Unknown",
      },
      sensitivity: {
        price: "Price",
        service: "Service",
        brand: "Brand",
        rebate: "Rebate",
        quality: "Quality",
        relationship: "Relationship",
        terms: "Payment terms",
        unknown: "Unknown",
      },
    },
    fieldName: {
      name: "Name",
      code: "Customer code",
      revenue: "Revenue",
      priorRevenue: "Prior-year revenue",
      growth: "Growth",
      region: "Region",
      credit: "Credit rating",
      overdue: "Days overdue",
      marketShare: "Market share",
      marketPotential: "Market potential",
      managementMode: "Management mode",
      salesMode: "Sales mode",
      sensitivity: "Sensitivity",
      tenure: "Years as partner",
      strategic: "Strategic",
      status: "Status",
      override: "Tier override",
      owner: "Owner",
      lastVisit: "Last visit",
      competitor: "Competitor",
      intent: "Purchase intent",
      ownGrade: "Own grading",
      hold: "Credit hold",
      creditLimit: "Credit limit",
      balance: "Balance owed",
      currency: "Currency",
      ended: "No longer in use",
    },
    yes: "Yes",
    percent: formatPercent,
    list: (items) => items.join(", "),
    columnWithoutHeader: (letter) => `column ${letter}`,
    salesHeaderIn: (h, p) =>
      p === undefined || !h.startsWith("Revenue (")
        ? h
        : `${periodEn(p).replace(/ ?s$/i, "")} revenue${h.slice("Revenue".length)}`,
    unallocatedTime: (share, tiers) =>
      `${formatPercent(share)} of sales time is not allocated: no account is in the ${tiers.join(" or ")} tier${tiers.length > 1 ? "s" : ""}, so the time the course keeps for ${tiers.length > 1 ? "them" : "it"} has no one to go to.`,
    ownGrading: (c) => {
      const g = c.grade;
      const as = g === "" ? "marked key" : `graded ${g}`;
      const names = `${c.notKeyNames.join(", ")}${c.notKeyCount > c.notKeyNames.length ? ", …" : ""}`;
      const head =
        c.sheetKey === 0
          ? `The sheet's '${c.header}' marks no account as key`
          : c.sheetKey === 1
            ? `Against the sheet's '${c.header}': the one account ${as} ${c.bothKey === 1 ? "is a key account this run" : `(${names}) is not a key account this run`}`
            : `Against the sheet's '${c.header}': of the ${c.sheetKey} accounts ${as}, ${
                c.bothKey === c.sheetKey
                  ? "all are key accounts this run"
                  : `${c.bothKey} ${c.bothKey === 1 ? "is a key account" : "are key accounts"} this run and ${c.notKeyCount} ${c.notKeyCount === 1 ? "is" : "are"} not (${names})`
              }`;
      const extra =
        c.keyNow === 0
          ? ""
          : `; ${c.keyNow} more ${c.keyNow === 1 ? "account is a key account" : "accounts are key accounts"} this run${c.sheetKey === 0 ? "" : ` though not ${as} there`}`;
      return `${head}${extra}.`;
    },
    money,
    currency,
    goods,
    withCurrency: catalogIn,
    reason: {
      override: (t) => `Manual override: ${t}`,
      moved: (up, from) => `Moved ${up ? "up" : "down"} by hand (the run's own tier: ${from})`,
      moveKept: (up) =>
        up
          ? "Moved up by hand: already a key account, kept"
          : "Moved down by hand: Ordinary is a customer's lowest tier, kept",
      noSales: () => "No sales this period",
      unreadableSales: (raw) =>
        `Sales '${shownText(raw)}' could not be read; treated as no sales this period`,
      negativeSales: (rev) => `Sales negative (${money(rev)}); treated as no sales this period`,
      statusProspect: (s) => `Status '${shownText(s)}' and no sales this period: a prospect`,
      statusActive: (s) => `Customer by status '${shownText(s)}'`,
      belowMinimum: (rev, min) => `Sales ${money(rev)} below the ${money(min)} minimum for a customer`,
      scorePlace: (place, places, score) =>
        `Score ${formatScore(score)}, place ${place} among the accounts competing for the ${places} key ${places === 1 ? "place" : "places"} filled by score`,
      score: (score) => `Score ${formatScore(score)}`,
      core: (share) =>
        `One of the largest accounts that make the first ${formatPercent(share)} of ${revenueWord}`,
      keyLine: (n, o, c, s, held, moved) => {
        if (n === 0) return "no key places this run";
        const what = n === 1 ? "1 key account" : `${n} key accounts`;
        // Those the band kept from the last run said apart: they are why the tier runs past its places.
        const parts = joinNonEmpty(
          [
            keyWays(o, c, s - held, moved),
            held > 0 ? `${held} kept from the last run near the key line` : "",
          ],
          ", ",
        );
        return parts === "" ? what : `${what}: ${parts}`;
      },
      placesTaken: (n, o, c, s, moved) => {
        if (n === 0) return "no key places this run";
        const what = n === 1 ? "the one key place is taken" : `all ${n} key places are taken`;
        // More set key by hand than the places: said how many more (counted up to the places before).
        const parts = joinNonEmpty([keyWays(o, c, s, moved), o > n ? `${o - n} past the places` : ""], ", ");
        return parts === "" ? what : `${what} (${parts})`;
      },
      belowGate: (gate) =>
        `sales below the key-account gate of ${money(gate)} (the median account with sales)`,
      heldPlaces: (t, places) =>
        `within ${places} ${places === 1 ? "place" : "places"} of the key line, kept as ${t.toLowerCase()}`,
      cumulative: (before, target) =>
        `${currency === "QTY" ? "Volume" : "Revenue"} before it in the ranking: ${formatPercent(before)} (key up to ${formatPercent(target)})`,
      threshold: (rev, min, above) =>
        `Sales ${money(rev)} ${above ? "at or above" : "below"} the ${money(min)} key threshold`,
      scoreThreshold: (score, min, above) =>
        `Score ${formatScore(score)} ${above ? "at or above" : "below"} the key threshold ${formatDecimal(min)}`,
      details: (d) => {
        let s = d.revenueShare !== null ? `${formatPercent(d.revenueShare)} of ${revenueWord}` : "";
        if (d.growth !== null)
          s = appendPart(
            s,
            ", ",
            d.growth >= GROWTH_AS_MULTIPLE
              ? `${formatMultiple(d.growth)}× last year's ${revenueWord}`
              : d.growth === 0
                ? "flat on last year"
                : `${signedPercent(d.growth)} growth`,
          );
        if (d.tenureYears !== null) s = appendPart(s, ", ", asPartner(d.tenureYears));
        if (d.strategic) s = appendPart(s, ", ", "strategic");
        return s;
      },
      held: (t, band) => `kept as ${t.toLowerCase()}: within the ${formatPercent(band)} hysteresis band`,
      join: joinClauses,
    },
    note: {
      revenue: (yuan, share, growth, period) =>
        `${periodEn(period)}ales ${money(yuan)}${share === null ? "" : ` (${formatPercent(share)} of total)`}${
          growth === null
            ? ""
            : growth >= GROWTH_AS_MULTIPLE
              ? `, ${formatMultiple(growth)}× last year`
              : growth === 0
                ? ", flat YoY"
                : `, ${signedPercent(growth)} YoY`
        }`,
      regionProspects: (region, n) =>
        n === 1 ? `${region} has 1 prospect: this one` : `One of ${n} prospects in ${region}`,
      noSalesYears: (years) => `No sales this period, ${asPartner(years)}`,
      noSales: () => `Sales this period: ${money(0)}`,
      lapsed: (prior, period) => `No sales this period (${priorEn(period)} ${money(prior)})`,
      winBack: "a customer that stopped buying: find out why and win it back",
      noOrder: "no order yet: find out why and follow up",
      keyTarget: "a key account with no deal yet: the key-account team leads the first order",
      collectFirst: "still owes past due: collect before resuming business",
      collectOwed: "stopped buying and still owes: reconcile and collect before resuming business",
      noSalesOwed: (owed) => `No sales this period, ${money(owed)} owed`,
      smallBuyer: "buys, but below the ordinary-account minimum: keep in touch and grow the volume",
      salesUnreadable: (raw, prior, period) =>
        `Sales '${shownText(raw)}' unreadable${prior === null ? "" : ` (${priorEn(period)} ${money(prior)})`}: fix the cell and run again to tier it`,
      salesNegative: (rev, prior, period) =>
        `${periodEn(period)}ales negative (${money(rev)}${prior === null ? "" : `; ${priorEn(period)} ${money(prior)}`}): check returns and credit notes, then run again`,
      base: {
        key: "key-account team aligns sales, marketing, tech, production to exceed expectations",
        ordinary: "routine coverage by the rep, service kept steady",
        ordinaryRising: "routine coverage by the rep",
        prospect: "keep in touch and win the first order: one deal makes it a customer",
      },
      demoted: (owned) =>
        owned
          ? "no longer a key account: review the causes with the owner and plan a recovery"
          : "no longer a key account, and no owner: assign one, review the causes, plan a recovery",
      keyAtRisk: (owned) =>
        owned
          ? "status flags a churn risk: visit with the owner this month, find out why, plan a recovery"
          : "status flags a churn risk, and no owner: assign one of our best people, visit this month, plan a recovery",
      keyCreditD: (owned) =>
        owned
          ? "long overdue: collect with the owner this month, find out why"
          : "long overdue, no owner: assign one of our best people to collect this month",
      keyRatedD: (owned) =>
        owned
          ? "rated D: find out why with the owner this month, guard against bad debt"
          : "rated D, no owner: assign one of our best people to find out why this month",
      keyLastYear: (prior, owned, period) =>
        `key-account size ${priorEn(period)}${prior === null ? "" : ` (${money(prior)})`}${
          owned
            ? ": review the causes with the owner this month, plan a recovery"
            : ", no owner: name one of our best, review the causes, plan a recovery"
        }`,
      keyFalling: (drop, owned) =>
        `${drop === null ? "falling" : `sales down ${formatPercent(drop)}`}${
          owned
            ? ": review the causes with the owner this month"
            : ", no owner: name one of our best, review the causes"
        }, plan a recovery`,
      candidate: (increase, gap) =>
        `${increase !== null ? `among the largest increases (+${money(increase)})` : standing(gap)}: reward its development, consider promoting it${
          gap !== null && gap > 0 ? ` (${money(gap)} short)` : ""
        }`,
      candidateFalling: (gap, drop) =>
        `${standing(gap)} but ${drop === null ? "falling" : `down ${formatPercent(drop)}`}: find out why before any promotion`,
      candidateUnpaid: (increase, gap, credit, overdue) =>
        `${increase !== null ? `among the largest increases (+${money(increase)})` : standing(gap)} but ${
          overdue
            ? `${credit === "D" ? "long " : ""}overdue: collect`
            : credit === "D"
              ? "credit D: cash on delivery and no new credit, then review"
              : `credit ${credit}: check it, tighten terms`
        } before promoting`,
      priority: "priority prospect: assign a rep to visit and win the first order",
      competitor: "buys from a competitor now: learn what it needs and misses",
      intentHigh: "high purchase intent: quote soon, push for a trial order",
      intentLow: "low intent: occasional contact, little spend",
      coordination: {
        direct: "handled directly by our own team",
        generalAgent: "coordinate through the general agent's network",
        regionalAgent: "plan the region together with the regional agent",
        secondary: "coordinate through its primary distributor",
        franchise: "supervise to the franchise standard",
      },
      salesMode: {
        wholesale: "wholesale: control cross-region selling and prices",
        distribution: "distribution: help manage its sub-outlets",
        retail: "retail: store image and display",
        project: "projects: project registration and technical support",
        ecommerce: "e-commerce: control online prices",
      },
      sensitivity: {
        price: "price-sensitive: a stable price system and control of cross-region selling",
        service: "service-sensitive: fast response and on-time delivery",
        brand: "brand-sensitive: joint promotion and store image",
        rebate: "rebate-sensitive: clear stepped rebates, paid on time",
        quality: "quality-sensitive: quality promise, after-sales service and product training",
        relationship: "relationship-driven: regular visits and senior contact",
        terms: "terms-sensitive: clear credit terms within its standing, reconcile on schedule",
      },
      potentialHigh: "high potential: invest and apply development rewards",
      potentialLow: "low potential: keep the service cost down",
      potentialLowLarge: "low potential: find out why sales fell, hold the volume",
      shareDefend: "strong in its region: defend the share",
      shareWeak: "weak regional share: support it or reconsider the distributor",
      creditC: (days, to) =>
        `credit C${days !== null && days > 0 ? ` (${overdueText(days, to)})` : ""}: tighten terms, chase payment`,
      creditD: (days, to) =>
        `credit D${days !== null && days > 0 ? ` (${overdueText(days, to)})` : ""}: cash on delivery, no new credit`,
      creditOverLimit: (c, over) =>
        `credit ${c} (${Number.isNaN(over) ? "" : `${formatPercent(over)} `}over its limit): ${c === "D" ? "cash on delivery, no new credit" : "no more credit until back under the limit, chase payment"}`,
      dispute: "in a legal dispute: cash on delivery, no new credit, no reward until it is settled",
      hold: "on hold: cash on delivery, no new credit until the hold is lifted",
      creditHold: "credit D (on hold): cash on delivery, no credit until the hold is lifted",
      noOwner: "no owner: assign one of our best people",
      separator: "; ",
      maxLength: 160,
    },
    prospectWhy: (x) => {
      const parts: string[] = [];
      if (x.share !== null) parts.push(`${x.share.toLowerCase()} regional share`);
      if (x.potential !== null) parts.push(`${x.potential.toLowerCase()} potential`);
      if (x.competitor) parts.push("buys from a competitor now");
      if (x.intent !== null)
        parts.push(x.intent === "high" ? "high purchase intent" : "some purchase intent");
      return parts.join(", ");
    },
    creditLabel: (c, days, to) =>
      days === null ? `${c} (overdue)` : days > 0 ? `${c} (${overdueText(days, to)})` : c,
    creditSevereLabel: (c) => `${c} (seriously overdue)`,
    creditDisputeLabel: (c) => `${c} (legal dispute)`,
    creditHoldLabel: (c) => `${c} (on hold)`,
    creditOverLimitLabel: (c, over) =>
      `${c} (${Number.isNaN(over) ? "" : `${formatPercent(over)} `}over its credit limit)`,
    shareOfRegionLabel: (c, share, level = "region") =>
      `${c} (${formatPercent(share)} of its ${level}'s sales)`,
    aloneInRegionLabel: (level = "region") => `Unclassed (the only account with sales in its ${level})`,
    reviewOverdue: "overdue",
    watchFalling: (drop) => `sales down ${formatPercent(drop)}`,
    watchKeyLastYear: (prior, period) => `key-account size ${priorEn(period)} (${money(prior)})`,
    watchRemoved: (last) => `removed from the sheet (${revenueWord} ${money(last)} at the last run)`,
    watchLeftOut: (reason, text, last) =>
      `${reason === "inactive" ? "ended" : "no longer a customer"} ('${text}'${last !== null && last > 0 ? `; ${revenueWord} ${money(last)} at the last run` : ""})`,
    leftOutReason: (reason, text) =>
      `Still on the sheet, but '${text}': ${reason === "inactive" ? "ended or no longer in use" : "neither a customer nor a prospect"}`,
    watchCredit: (label) => `credit ${label}`,
    watchReason: {
      demoted: "demoted this run",
      removed: "removed from the sheet",
      falling: "sales falling",
      credit: "credit C/D",
      noOwner: "no owner",
      atRisk: "status flags a churn risk",
      keyLastYear: "key-account size last year",
      dispute: "in a legal dispute",
    },
    strategy: {
      tierSummary: {
        key: "Vital to our goals and a large part of current revenue; losing one hurts badly and is hard to recover from in the short term. Owned by our most capable people.",
        ordinary:
          "Not a large part of revenue; losing some costs little. Handled by reps in the routine way; when they bring more and more revenue, they move up to key accounts.",
        prospect:
          "Not our customers yet, but they need our products and services and may be buying from a competitor now. Reps watch them; one deal makes them ordinary customers.",
      },
      tactics: {
        key: [
          "A key-account team works with sales, marketing, technical and production departments and coordinates them to meet the needs of customers and consumers.",
          "Exceed the customer's expectations.",
          "Put the most capable people in the company in charge of these relationships.",
          "Tie channel-brand building to key-account success in a quarterly programme (e.g. the 'June 1st project').",
        ],
        ordinary: [
          "Reps handle these accounts in the routine way.",
          "Track revenue growth: when they bring more and more revenue, move them up to key accounts.",
          "Reward the customer's development behaviour.",
        ],
        prospect: [
          "Find them through normal development work and keep watching them.",
          "Learn which competitors they buy from now and what they need.",
          "One deal makes them ordinary customers: aim for the first order.",
        ],
      },
      rewards: [
        "Reward the behaviour that grows the account, not only the volume it already buys.",
        "Tie rebates and support to growth targets agreed with the distributor.",
        "Recognise distributors that develop new outlets, new regions or new product lines.",
      ],
      careRules: [
        "Don't make promises lightly; think carefully before you commit.",
        "Learn and accept the customer's habits: we cannot change them.",
        "In research or sales meetings, don't just attend: ask questions, learn, and propose solutions.",
        "Tell the truth. A lie is fatal: never lie.",
        "Remember that our business is not the customer's whole job; his pressure comes from elsewhere too. He has many worries at work: understand them and bear with him.",
        "Don't hide the fact that we have other customers, and don't flaunt it.",
        "Promote our company and answer for its credit and reputation; make sure everyone who serves the customer knows his situation, so that he is proud to work with us.",
        "However often we talk, if you leave the meeting thinking 'I don't understand what he meant', ask him next time and make sure there is no misunderstanding.",
        "Don't waste time worrying about what his boss expects: convince him with the strengths of our plan. If you need help, let our boss talk to his.",
        "Disagreement is normal: create room for candid discussion and let everyone speak, even where they disagree with us; but once a view is agreed, support it clearly in the meeting.",
        "Don't fall behind the customer: make sure he hears news from us first. Go over his head to his boss only when there is no other way, and only when it is worth it.",
        "Make the customer feel important, and help him look good to his superiors and colleagues.",
        "Don't pretend to know his business well; if unsure, ask him: he likes to talk about his business.",
        "Ask for help when needed: don't be afraid to ask our boss to help solve the customer's problem; never cover up a problem, it only makes things worse.",
        "Recognise unnecessary work requests and learn to deal with them: show him with convincing arguments that the work is unnecessary, without looking unwilling or dismissive; but if you cannot convince him, do the work carefully and well.",
        "Know our competitors: be clear about what they are doing.",
      ],
    },
    finding: withShownArgs({
      sheetEmpty: () => "The sheet is empty: there is nothing to tier.",
      noAccounts: (row) =>
        `None of the rows under the header (row ${row}) is an account to tier (each row's finding says why): there is nothing to tier. Nothing was written.`,
      noRows: (row) =>
        `Row ${row} is the header, and no distributor rows follow it: there is nothing to tier, and nothing was written. Fill in the distributors, then run again.`,
      mergedOutput: (range, sheet, column) =>
        `Cells ${range} on sheet '${sheet}' are merged where the column '${column}' goes: unmerge them (Home > Merge & Center) or move them, then run again. Nothing was written.`,
      sameListSheets: (sheets, rows, sheet, accounts) =>
        `${sheetsHave(sheets)} the header of '${sheet}' and ${rows.toLocaleString("en-US")} more rows of accounts, not tiered with it: this run chose key accounts among the ${accounts.toLocaleString("en-US")} accounts of '${sheet}' only. If they are one distributor list kept a sheet per region, put them on one sheet and run again.`,
      hiddenRows: (rows, count, accounts) =>
        `${count === 1 ? "Row" : "Rows"} ${rows.join(", ")}${count > rows.length ? ` and ${formatInteger(count - rows.length)} more` : ""} ${count === 1 ? "is" : "are"} hidden (by a filter or by hand) and ${count === 1 ? "was" : "were"} tiered and written with the others: tiers compare all ${formatInteger(accounts)} accounts of the sheet, and a filter only changes what is shown. To tier some accounts alone, copy their rows to a new sheet and run it there.`,
      priorYearSheet: (prior, sheet) =>
        `Sheet '${prior}' has the header and the accounts of '${sheet}', as last year's ledger would: '${sheet}' has no last year's sales, so this run worked out no growth. To judge potential and promotions by growth, add the sales of '${prior}' to this sheet as a column ('Last Year Sales', by XLOOKUP on the name), then run again.`,
      periodSheets: (sheets, sheet) =>
        `${sheetsHave(sheets)} the header and the accounts of '${sheet}', a sheet a period: this run tiered on the sales of '${sheet}' alone, not on the other periods'. To tier on the year, sum each account's sales on one sheet first (a PivotTable does), then run again.`,
      besideOthers: ([a, b], [c, d]) =>
        `${a === b ? `Column ${a} is` : `Columns ${a} to ${b} are`} headed like this tool's, but no run saved on this sheet wrote ${a === b ? "it" : "them"} (its saved data was removed, or ${a === b ? "it is" : "they are"} your own): left as ${a === b ? "it is" : "they are"}; this run's columns are ${c} to ${d}.`,
      outsideTable: (table, tableRow, headerRow, first) =>
        `The table '${table}' has its own header on row ${tableRow} ('${first}' …), above the header read on row ${headerRow}: its headers were not promoted. This run's columns are written beside the table, not in it, so sorting or filtering the table will leave them behind. Promote the headers (Power Query: Use First Row as Headers; or delete row ${tableRow}) and run again.`,
      pivotTable: (name, range, source) =>
        `The rows read are PivotTable '${name}' (${range}): the tier columns are written beside it, and when the PivotTable is refreshed, its fields changed or its rows sorted, its rows move while the tier columns do not, so the tiers no longer sit beside their distributors. Tier the PivotTable's source instead${source ? ` (${source})` : ""}, or copy the PivotTable, paste it as values on a new sheet and run on that.`,
      sheetRenamed: (before, now) =>
        `Sheet '${before}', tiered last time, is now '${now}': its tier columns and the last run carry on under the new name.`,
      sheetIsOutput: (sheet, kind, data) =>
        `Sheet '${sheet}' is the ${kind === "strategy" ? "strategy sheet" : kind === "changeLog" ? "change log" : "settings sheet"} an earlier run wrote, not a list of distributors: tier ${data ? `'${data}'` : "the distributor sheet"} instead. Nothing was written.`,
      outputDropped: (headers) => {
        const named = headers.map((h) => `'${h}'`);
        const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
        const one = headers.length === 1;
        return `The ${list} column${one ? "" : "s"} written by the last run ${one ? "is" : "are"} no longer on the sheet (deleted, or ${one ? "its header" : "their headers"} changed): not written this time, nor added back later; ${one ? "its box" : "their boxes"} under Rules › Columns to write ${one ? "is" : "are"} now unticked. To have ${one ? "it" : "them"} back, tick ${one ? "it" : "them"} there (in a rules file: output), or type ${list} as the header of an empty column right of the data${one ? "" : " (one each)"}, and run again.`;
      },
      outputOff: (columns) => {
        const named = columns.map((c) => `'${c.header}' (column ${c.letter})`);
        const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
        const one = columns.length === 1;
        return `The rules no longer write ${list}: the last run's values there were cleared and ${one ? "its header" : "their headers"} kept; delete ${one ? "the column" : "them"} if you do not need ${one ? "it" : "them"}. To have ${one ? "it" : "them"} again, tick ${one ? "it" : "them"} under the pane's Rules › Columns to write (in a rules file: output).`;
      },
      noRoom: (sheet) =>
        `Sheet '${sheet}' has data up to Excel's last column: there is no room right of it for the tier columns. Nothing was written.`,
      headerNotFound: () =>
        "No header row with a distributor name column was found (looked for headers such as 经销商名称, 客户名称, Distributor, Account). Map the name column by hand.",
      headerDuplicate: (h, field, kept, at, keptAt) =>
        `Column ${at} ('${h}') also looks like the ${field} column; column ${keptAt} ('${kept}') is used and column ${at} is left alone.`,
      grossTwin: (h, kept, at, keptAt) =>
        `Column ${at} ('${h}') holds the sales before returns: the accounts are tiered by column ${keptAt} ('${kept}'), what they kept, and column ${at} is left alone. To tier by the gross, choose column ${at} in the mapping.`,
      periodTwin: (h, kept, at, keptAt) =>
        `Column ${at} ('${h}') holds this period's sales (the report's span): the accounts are tiered by column ${keptAt} ('${kept}'), the year so far, and column ${at} is left alone. To tier by the period, choose column ${at} in the mapping.`,
      currencyTwin: (h, kept, at, keptAt) =>
        `Column ${at} ('${h}') holds the same sales in each order's own currency: the accounts are tiered by column ${keptAt} ('${kept}'), in the home currency, which compares across accounts, and column ${at} is left alone.`,
      taxedTwin: (h, kept, at, keptAt) =>
        `Column ${at} ('${h}') holds the same sales with their tax: the accounts are tiered by column ${keptAt} ('${kept}'), and column ${at} is left alone. To tier by the sales with tax, choose column ${at} in the mapping.`,
      averageUnstated: (h, at) =>
        `Column ${at} ('${h}') is an average, and does not say over what: it is read as each account's sales for the year. If it is a month's average, name it so ('Avg Monthly Sales'); if it is an average per order, use the column of total sales instead; then run again.`,
      lifetimeSales: (h, at, prior) =>
        `The sales are read from column ${at} ('${h}'), sales since each account began, not this period's: an account that bought much years ago and little now still ranks by its past, and one that has stopped buying is still a customer.` +
        (prior === null ? "" : ` '${prior}' is not compared with them: no growth is reckoned.`) +
        ` If the sheet has this year's sales, add that column beside it and run again.`,
      regionLevel: (h, kept, at, keptAt, country) =>
        `Regions are summed by column ${keptAt} ('${kept}'); column ${at} ('${h}') names places at another level and is left alone.` +
        (country ? "" : ` To sum them by column ${at}, choose it in the mapping.`),
      secondTable: (first, at, rows) =>
        `From column ${at} on stands a second table beside the first (its name header again): only the table from column ${first} is tiered, and the ${rows === 1 ? "row" : `${formatInteger(rows)} rows`} from column ${at} ${rows === 1 ? "is" : "are"} not. Put all rows in one table and run again.`,
      shareRegion: (at, h, level, peers, rAt, rh, coarser) =>
        coarser
          ? `Regional share is each account's share of its ${level}'s sales, by column ${at} ('${h}'); column ${rAt} ('${rh}') typically has only ${countOf(Math.round(peers), "account")} with sales in each, by which shares run high (a lone distributor holds 100%). Regions are still summed by column ${rAt}.`
          : `Regional share is each account's share of its ${level}'s sales, by column ${at} ('${h}'), where a ${level} typically has ${countOf(Math.round(peers), "account")} with sales; by column ${rAt} ('${rh}') the regions are so large that nearly every account would be weak. Regions are still summed by column ${rAt}.`,
      headerGuessed: (h) =>
        `No name header was recognised; column '${h}' holds mostly text and is used as the name. Check the mapping.`,
      byReportTitle: (title, titleRow, name, sales) =>
        name === null
          ? `By the report's title '${title}' (row ${titleRow}), ${sales?.letter} '${sales?.header}' is read as the ` +
            "sales. If that is wrong, map the sales column."
          : `The header names no customer column; by the report's title '${title}' (row ${titleRow}), column ` +
            `${name.letter}${name.header ? ` ('${name.header}')` : ""} ` +
            `is read as the customers${sales ? ` and ${sales.letter} '${sales.header}' as the sales` : ""}. ` +
            "If that is wrong, map the columns.",
      laterYearGuessed: (h, prior) =>
        `'${h}' is a year after '${prior}', the sheet's latest sales: taken as this period's sales, and '${prior}' as last year's. Check the column mapping.`,
      yearGuessed: (h, prior) =>
        `No sales header found; '${h}', the latest year's column, is taken as this period's sales${prior === null ? "" : ` and '${prior}' as last year's`}. Check the column mapping.`,
      revenueGone: (date, amount) =>
        `The last run (${date}) tiered by sales, but no sales column is found now (its header changed, or the column was deleted): tiered like this, every key account would be demoted, so this run stops. ${
          amount
            ? `Column ${amount.letter} ('${amount.header}') holds amounts: if they are the sales, map it as the sales column; if not, map`
            : "Map"
        } the sales column, or restore its header, and run again.`,
      pivotSummary: (h, at, summary) =>
        `Column ${at} ('${h}') is the PivotTable's ${
          {
            count: "count of the sales (each one's number of lines)",
            average: "average of the sales (each one's average line)",
            max: "largest of the sales (each one's largest line)",
            min: "smallest of the sales (each one's smallest line)",
            other: "summary of the sales",
          }[summary]
        }, not the sales. In the PivotTable, summarize the value field by Sum (Value Field Settings > Sum), then run again. Nothing was written.`,
      noRevenueColumn: (amount, status) =>
        `No sales column found (looked for 'Annual Sales', 'Revenue', 'Sales', 'Sales Qty', '年销售额' and the like): ${
          status === undefined
            ? "every account is a prospect, with no sales this period."
            : `accounts cannot be tiered by sales; those whose '${status}' says they are customers are ordinary accounts, all others prospects.`
        } ${
          amount
            ? `Column ${amount.letter} ('${amount.header}') holds amounts but does not say they are this period's sales; to tier by it, map it as the sales column and run again.`
            : "Map the sales column and run again."
        }`,
      revenueSummed: (first, last, count) =>
        `Sales are the sum of the ${count} columns from '${first}' to '${last}': the sheet has no column for their total. To tier on one of them alone, map it as the sales column.`,
      priorSummed: (first, last, count, byMonth) =>
        `Last year's sales are the sum of the ${count} columns from '${first}' to '${last}', compared ${byMonth ? "month for month" : "column for column"}.`,
      lastRunOtherMonths: (date, before, now, nowPeriod) => {
        const span = (n: number | null): string =>
          n === null ? "the year so far" : n === 12 ? "a whole year" : `${n} month${n === 1 ? "" : "s"}`;
        return `The last run (${date}) tiered sales of ${span(before)}, this one ${nowPeriod === true ? "a period whose months the sheet does not say" : span(now)}: the two do not compare, so no account is watched for falling since the last run. The change log shows the last run's sales as it read them.`;
      },
      priorBesideParts: (prior, first, last) =>
        `'${first}' to '${last}' are this year's and '${prior}' the year before's: it is taken as last year's sales, for the year-on-year change. Correct the mapping if that is wrong.`,
      revenueGuessed: (h) =>
        `No sales header was recognised; column '${h}', the total of the months or quarters left of it, is used as the sales. Check the mapping.`,
      dealList: (deal, stage, won, account, amount) =>
        `${
          deal
            ? `Column ${deal.letter} '${deal.header}' names a deal on each row, and column ${stage.letter} '${stage.header}' its stage`
            : `Column ${stage.letter} '${stage.header}' gives each row's deal stage`
        } (${won === null ? "lost or open" : `'${clip(won)}' and others`}): this is a list of deals, not one row a distributor. Tiered row by row, each deal would be an account, and deals lost or still open would count as sales. Sum each account's won deals first (Insert > PivotTable: ${
          account === null ? "the account" : `'${account}'`
        } as rows, ${amount === null ? "the amount" : `'${amount}'`} summed as values, '${stage.header}' filtered to ${
          won === null ? "the won stage" : `'${clip(won)}'`
        }), then run on the summary. Nothing was written.`,
      companyRevenue: (h, beside, dynamics) =>
        (dynamics
          ? `'${h}' comes from a Microsoft Dynamics 365 export of accounts (its column '${beside}' says so), where it is the account's own `
          : `'${h}' stands beside '${beside}', a column about the company itself: it is most likely the account's own `) +
        "estimated annual revenue (the company's size), not its sales with us. Tiered by it, the key accounts would be the " +
        "largest companies, not our largest customers. Add a column of our sales to each account (e.g. Closed Won " +
        "opportunity amounts summed by account) and run again; if this column does hold our sales, map it as the sales.",
      mappingMissing: (field, wanted) =>
        `The column '${wanted}' chosen for ${field} is not in the header row.`,
      mappingMoved: (field, was, header, nth, count) =>
        `${field} was chosen as column ${was}, ${columnHeadedEn(header, nth, nth)}; ${count === 0 ? "no column is headed so now" : `only ${count === 1 ? "one column is" : `${count} columns are`} headed so now`}: choose the column for ${field} again.`,
      mappingFollowed: (field, letter, was, header, nth, count) =>
        `${field} is read from column ${letter}, ${columnHeadedEn(header, nth, count)}, as chosen (it was column ${was}): columns have been inserted or moved since.`,
      notANumber: (row, h, raw, consequence) => {
        const error = raw.trim();
        return Object.hasOwn(ERROR_EN, error)
          ? `Row ${row}: ${h} is a formula's error value ${error} (${ERROR_EN[error as ExcelError]}); fix the formula; ${consequence}.`
          : `Row ${row}: ${h} '${raw}' is not a number; ${consequence}.`;
      },
      tooLarge: (row, h, raw, consequence) =>
        `Row ${row}: ${h} '${raw}' is too large to work with (beyond the largest number a computer holds, once the column's unit is applied); ${consequence}.`,
      uncalculated: (row, h, formula, count) =>
        `Row ${row}: ${h} is a formula${formula === "" ? "" : ` (${formulaText(formula)})`} whose result the file does not keep` +
        `${count > 1 ? ` (${formatInteger(count)} such cells in this column)` : ""}: the program that wrote the file does not ` +
        "calculate formulas. Open the workbook in Excel, save it, and run again.",
      mixedCurrency: (row, h, byColumn, parts) =>
        `Row ${row}: ${byColumn ? `by '${h}', the sales are in ${parts.length} currencies` : `the amounts in '${h}' are typed in ${parts.length} currencies`}: ` +
        parts
          .map(
            (p, i) =>
              (p.presumed
                ? `${formatInteger(p.count)} ${p.count === 1 ? "account" : "accounts"} with no currency (read as ${p.currency})`
                : `${p.known ? p.currency : `'${p.currency}'`} ${formatInteger(p.count)} ${p.count === 1 ? "account" : "accounts"}`) +
              (i === 0
                ? ""
                : ` (${p.rows.length === 1 ? "row" : "rows"} ${p.rows.join(", ")}${p.count > p.rows.length ? ", …" : ""})`),
          )
          .join(", ") +
        ". Amounts in different currencies cannot be ranked together. Convert them to one currency first: " +
        (byColumn
          ? "add a column 'Sales (CNY)' at your exchange rates and run again (the run takes that column)."
          : "add a column 'Sales (CNY)' at your exchange rates, map it as the sales, and run again.") +
        // Only a few amounts state their currency: every one may be in it, the others unsaid.
        (parts[0]?.presumed && parts[1]
          ? ` If every amount is in ${parts[1].currency}, say so in the header ('${h.trim()} (${parts[1].currency})') and run again.`
          : ""),
      negative: (row, h, raw) => `Row ${row}: ${h} '${raw}' is negative; treated as no sales.`,
      changePastSales: (row, h, change, sales) =>
        `Row ${row}: '${h}' is ${change}, more than this year's sales of ${sales}, so last year's would be negative; no growth counted. Check it and run again.`,
      notAYears: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is neither a number of years nor a start year or date; ignored.`,
      tenureTooLong: (row, h, raw, years) =>
        `Row ${row}: ${h} '${raw}' makes ${formatDecimal(Math.floor(years))} years, more than 100: not a partnership's length (months, or a wrong date?); left out of this run.`,
      tierEdited: (row, h, typed, written, o, has) =>
        `Row ${row}: ${h} was changed by hand to '${clip(typed)}' (the last run wrote '${written}'). The run rewrites this column by its rules, so the change was not taken; to set a tier by hand, ${has ? `use the '${o}' column` : `add a column headed '${o}'`} and run again.`,
      noteKept: (row, h, how) =>
        `Row ${row}: ${h} ${
          how === "kept"
            ? "holds text written by hand, kept as it is again"
            : how === "edited"
              ? "was edited by hand since the last run; your text is kept and no longer updated"
              : "holds text written by hand on an account new since the last run; it is kept, and no note is written there"
        }. To have a note written from the latest figures, clear the cell and run again.`,
      reviewKept: (row, h, date, visit) =>
        `Row ${row}: ${h} was changed by hand to ${date}; it is kept${visit === "" ? "" : `, until '${visit}' shows a visit on or after it, when the review cycle sets it again`}.`,
      notDaysSince: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is not a number of days; the next review counts from today.`,
      futureVisit: (row, h, raw, today) =>
        `Row ${row}: ${h} '${raw}' is after today (${isoDate(today)}), so no visit made yet: perhaps a typo. The next review counts from today.`,
      futureStart: (row, h, raw, today) =>
        `Row ${row}: ${h} '${raw}' is after today (${isoDate(today)}), a partnership not begun yet: perhaps a typo; ignored.`,
      notADate: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is not a date (write it as 2025-03-05); the next review counts from today.`,
      ambiguousDate: (row, h, raw, monthFirst, dayFirst) =>
        `Row ${row}: ${h} '${raw}' could be ${dayMonthEn(monthFirst)} or ${dayMonthEn(dayFirst)} (nothing in the column says which comes first); write it year first (${isoDate(monthFirst)} for ${dayMonthEn(monthFirst)}). The next review counts from today.`,
      endedUnread: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is neither a date nor yes/no; read as still in use.`,
      notAFlag: (row, h, raw) => `Row ${row}: ${h} '${raw}' is not yes or no; treated as no.`,
      unknownOverride: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is not a tier (use Key, Ordinary or Prospect, or Upgrade / Downgrade to move it one tier); ignored.`,
      unknownStatus: (row, h, raw) => `Row ${row}: ${h} '${raw}' is not a known status; ignored.`,
      unknownIntent: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is no intent the add-in reads (High / Medium / Low, Hot / Warm / Cold, or a probability such as 70%); ignored.`,
      statusAnswer: (h, answer) => `${h.trim()}: ${answer}`,
      remarkEnded: (row, h, remark) =>
        `Row ${row}: ${h} says '${remark}', as if the relationship has ended; it is tiered by its sales all the same. If it has, add a Status column saying 'Terminated', or delete the row, and run again.`,
      remarkDispute: (row, h, remark) =>
        `Row ${row}: ${h} says '${remark}', as if the account is in a legal dispute; it is not put on cash terms. If so, add a Status column saying 'Litigation' and run again.`,
      remarkOverdue: (row, h, remark, days, setting, overdueHeader) =>
        !setting
          ? `Row ${row}: ${h} says '${remark}', as if ${days} days overdue; the sheet has no credit column, so it is not counted. If so, add a Days Overdue column with the days and run again.`
          : overdueHeader
            ? `Row ${row}: '${overdueHeader}' is blank and ${h} says '${remark}': the credit is set by ${days} days overdue. If it has been paid, change the ${h}; otherwise enter the days in '${overdueHeader}' and run again.`
            : `Row ${row}: ${h} says '${remark}': the credit is set by ${days} days overdue. If it has been paid, change the ${h}; better, add a Days Overdue column with the days, and run again.`,
      remarkArrears: (row, h, remark, severe, setting, overdueHeader) => {
        const as = severe ? "as gravely in arrears, the credit D" : "as overdue, the credit B at best";
        return !setting
          ? `Row ${row}: ${h} says '${remark}', as if ${severe ? "gravely in arrears" : "overdue"}, without the days; the sheet has no credit column, so it is not counted. If so, add a Days Overdue column with the days and run again.`
          : overdueHeader
            ? `Row ${row}: '${overdueHeader}' is blank and ${h} says '${remark}': read ${as}. If it has been paid, change the ${h}; otherwise enter the days overdue in '${overdueHeader}' and run again.`
            : `Row ${row}: ${h} says '${remark}', without the days: read ${as}. If it has been paid, change the ${h}; better, add a Days Overdue column with the days, and run again.`;
      },
      remarkOverLimit: (row, h, remark, setting) =>
        setting
          ? `Row ${row}: ${h} says '${remark}', as if it owes over its credit limit: the credit is C at best (tighter terms, collections watched). If it is back within the limit, change the ${h}; better, add Credit Limit and Balance columns, and run again.`
          : `Row ${row}: ${h} says '${remark}', as if it owes over its credit limit; the sheet has no credit column, so it is not counted. If so, add Credit Limit and Balance columns and run again.`,
      remarkHold: (row, h, remark, credit) =>
        `Row ${row}: ${h} says '${remark}', as if deliveries or credit are on hold: still tiered as a customer; ${credit ? "its credit is D (cash on delivery, no new credit)" : "cash on delivery and no new credit are advised"}. Once deliveries or credit resume, change the ${h}.`,
      unknownRating: (row, h, raw) =>
        `Row ${row}: ${h} '${raw}' is not a rating the tool knows (AAA-D, 优/良/中/差, 一级-三级, low/medium/high risk, ★★★☆☆); ignored.`,
      missingName: (row, h) => `Row ${row}: ${h} is empty but the row has data; row skipped.`,
      salesLinesByYear: (row, h, repeats, rows, yearHeader, years) =>
        `From row ${row}: one row a distributor a year ('${yearHeader}': ${years.join(", ")}); ${formatInteger(repeats)} of ${formatInteger(rows)} rows repeat the ${h} of a row above. Tiered row by row, one distributor would count as many; summed per distributor, its years would add up to one. Put the years side by side first (Insert > PivotTable: ${h} as rows, ${yearHeader} as columns, sales summed as values), then run on the summary: the latest year is the sales, the one before last year's. Nothing was written.`,
      pivotYearsInRows: (row, h, years, repeats) =>
        `From row ${row}: this PivotTable has its years as rows (${years.join(", ")}, a group each), and ${countOf(repeats, "distributor")} ${repeats === 1 ? "appears" : "appear"} under more than one year; tiered row by row, an earlier year's sales would count as this period's and one distributor as several. Move the year field from the Rows area to the Columns area, so that each distributor has one row and each year a column, then run again: the latest year is the sales, the one before last year's. Nothing was written.`,
      salesLines: (row, h, repeats, rows) =>
        `From row ${row}: ${formatInteger(repeats)} of ${formatInteger(rows)} rows repeat the ${h} of a row above: this is a list of sales lines (a row a month or an order), not one row a distributor, and tiered row by row one distributor would count as many. Sum it per distributor first (Insert > PivotTable, sales summed by ${h}), then run on the summary. Nothing was written.`,
      inactiveName: (row, h, name) =>
        `Row ${row}: ${h} '${name}' is marked as no longer in use; skipped as an ended relationship, not tiered (a status column saying otherwise would win).`,
      testRecord: (row, h, name, revenue) =>
        revenue === null
          ? `Row ${row}: ${h} '${name}' looks like a test record, not a distributor; not tiered. If it is a real account, give it its real name.`
          : `Row ${row}: ${h} '${name}' looks like a test record, but it bought ${money(revenue)} this period: tiered as a customer. If it is test data, delete the row.`,
      inactiveWithSales: (row, h, status, revenue) =>
        `Row ${row}: ${h} '${status}' ends the relationship, so the row is not tiered, though it sold ${money(revenue)} this period (left out of every total). If it is still a customer, change its status and run again.`,
      notAccount: (row, h, kind) =>
        `Row ${row}: ${h} '${kind}' is neither a customer nor a prospect to win, and it bought nothing this period: not tiered. If it is one, change its ${h} and run again.`,
      filledDown: (letter, h, rows, firstRow) =>
        `Column ${letter} ('${h}') is written only on the first row of each group, as a report that hides repeated values prints it: its ${rows} blank cells (the first in row ${firstRow}) are read as the value above them.`,
      typedAsText: (letter, h, count, rows, example, value, convertible, total) => {
        const more = count - rows.length;
        const where = `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}${more > 0 ? ` and ${formatInteger(more)} more` : ""}`;
        const left = total
          ? `: row ${total.row}'s '${total.label}' (${formatFigure(total.value)}) leaves ${count === 1 ? "it" : `these ${formatInteger(count)}`} out, ${formatFigure(total.missing)} in all`
          : "";
        const figure = formatFigure(value);
        const fix = convertible
          ? "select them, click the error button beside them and choose Convert to Number"
          : `retype them as numbers in the column's unit ('${example}' as ${figure})`;
        return `Column ${letter} ('${h}'): ${countOf(count, "figure")} ${count === 1 ? "is" : "are"} typed as text (${where}; e.g. '${example}'). The tiering reads them as numbers, but Excel's SUM, sorting and filters take them for text${left}. To fix, ${fix}.`;
      },
      regionAddress: (at, h, row, example, province) =>
        `Column ${at} ('${h}') holds addresses (row ${row}: '${clip(example)}'): regions are summed by the province each starts with ('${province}'), not one region an address.`,
      regionVariant: (row, h, text, first) =>
        `Row ${row}: ${h} '${text}' is '${first}' written another way; counted as '${first}'.`,
      noteRow: (row, h, text) =>
        `Row ${row}: ${h} '${clip(text)}' is a note on the table, not a distributor; not tiered.`,
      loneNameBelow: (row, h, text) =>
        `Row ${row}: ${h} '${clip(text)}' stands below the data after a blank row, with nothing in its row but the name; tiered as a prospect. If it is a note on the table, start it with 'Note:' or delete the row; if it is a distributor, fill in its row.`,
      subAccounts: (row, h, name, parts, total) =>
        `Row ${row}: ${h} '${name}'${
          parts === null
            ? ""
            : parts[0] === parts[1]
              ? ` and row ${parts[0]} under it (a sub-customer or a line of its sales)`
              : ` and rows ${parts[0]}-${parts[1]} under it (its sub-customers or the lines of its sales)`
        } are tiered as one account, with the figures of its total on row ${total}.`,
      subAccountsFolded: (first, last, h, count, kind, e) => {
        const under =
          e.parts === null
            ? ""
            : e.parts[0] === e.parts[1]
              ? ` and row ${e.parts[0]} under it`
              : ` and rows ${e.parts[0]}-${e.parts[1]} under it`;
        const by =
          kind === "own"
            ? "with the figures on its own row"
            : kind === "total"
              ? "with the figures of its total row"
              : "with the sum of its lines (the subtotal rows summarize them by another function than Sum)";
        const at =
          kind === "own"
            ? ""
            : kind === "total"
              ? `, its total on row ${e.total}`
              : `, its subtotal on row ${e.total} ('${clip(e.label ?? "")}')`;
        return `Rows ${first}-${last}: ${h} lists ${formatInteger(count)} customers, each with ${
          kind === "summary" ? "the lines of its sales" : "its sub-customers or the lines of its sales"
        }: each is tiered as one account, ${by}. E.g. row ${e.row} '${clip(e.name)}'${under}${at}. ${
          kind === "own"
            ? "The lines are"
            : kind === "total"
              ? "Lines and totals are"
              : "Lines and subtotal rows are"
        } not tiered on their own.`;
      },
      sumsAlone: (first, last, h, example, name) =>
        `Rows ${first}-${last}: each ${h} is a sum of Data > Subtotal ('${clip(example)}'), its lines not on the sheet: each is tiered as the account it names, by its sum ('${clip(name)}').`,
      linesSummed: (row, h, name, parts, total, label) =>
        `Row ${row}: ${h} '${name}'${
          parts === null
            ? ""
            : parts[0] === parts[1]
              ? ` and row ${parts[0]} under it (a line of its sales)`
              : ` and rows ${parts[0]}-${parts[1]} under it (the lines of its sales)`
        } are tiered as one account, with the lines' sum: row ${total} ('${clip(label)}') summarizes them by another function than Sum.`,
      sectionHeading: (row, h, name) =>
        `Row ${row}: ${h} '${name}' heads a group (a region's name alone in its row), not a distributor; not tiered.`,
      groupHeadsFolded: (first, last, h, count, examples) =>
        `Rows ${first}-${last}: ${formatInteger(count)} rows of ${h} head groups (${examplesEn(examples, count)}), their figures the subtotals of the rows under them; not distributors, not tiered.`,
      totalsFolded: (first, last, h, count, examples) =>
        `Rows ${first}-${last}: ${formatInteger(count)} rows of ${h} are totals or subtotals (${examplesEn(examples, count)}), not distributors; not tiered.`,
      groupHead: (row, h, name, first, last) =>
        `Row ${row}: ${h} '${name}' heads a group, its figures the subtotal of ${first === last ? `row ${first}` : `rows ${first}-${last}`}; not a distributor, not tiered.`,
      duplicateKey: (row, h, name, rows, sum, line) =>
        `Row ${row}: ${h} '${name}' has ${rows.length} rows (${fewNames(rows.map(String), ", ", (n) => ` and ${n} more`, 4, " and ")}) selling ${money(sum)} together, past the key line (${money(line)}), but tiered row by row none of them is a key account. If they are one distributor's product lines, put them on one row and run again; if a row was entered twice, delete the copy; if they are different distributors, tell their names apart.`,
      duplicateName: (row, h, name, first) =>
        `Row ${row}: ${h} '${name}' also appears in row ${first}; both are tiered.`,
      sameNameOtherCode: (row, h, name, first, code, firstCode) =>
        `Row ${row}: ${h} '${name}' is also row ${first}'s name, under another customer code (${code}, ${firstCode}): tiered as two distributors.`,
      duplicateCode: (row, h, code, first, firstName) =>
        `Row ${row}: ${h} '${code}' is also row ${first}'s ('${firstName}'), under another name; both are tiered: check for a typing error.`,
      renamed: (row, h, code, before, now) =>
        `Row ${row}: ${h} '${code}' was named '${before}' in the last run and is '${now}' now: compared with the last run as the same distributor.`,
      fieldGone: (field, h, credit, maybe) =>
        `The last run read ${h.toLowerCase() === field.toLowerCase() ? "" : `${field.toLowerCase()} from `}column '${h}', which is not found now (its header changed, or the column was deleted): this run is tiered without it${credit ? ", and accounts that owe past due or rate poorly are no longer flagged" : ""}. ${maybe ? `Column ${maybe.letter} ('${maybe.header}') may be it: if so, map it and run again.` : "If the column is still there, map it and run again."}`,
      renamedAtRow: (row, before, now) =>
        `Row ${row}: '${now}' was '${before}' on the same row at the last run: compared with the last run as the same distributor, renamed. If it is not, add a customer code column and run again.`,
      renamedAtRows: (count, row, before, now) =>
        `${count} rows have names the last run did not, alike to the names on the same rows then (row ${row}: '${now}' was '${before}'): compared with the last run as the same distributors, renamed. If some are not, add a customer code column and run again.`,
      duplicateNameVariant: (row, h, name, first, firstName) =>
        `Row ${row}: ${h} '${name}' differs from row ${first}'s '${firstName}' only in spaces, punctuation, full-width characters or case: probably the same distributor, its sales split over two rows; both are tiered.`,
      total: (row, h, text) => `Row ${row}: ${h} '${text}' is a totals row; not tiered.`,
      summary: (row, h, text) =>
        `Row ${row}: ${h} '${text}' is a subtotal row (Data > Subtotal), not a distributor; not tiered.`,
      tableTotal: (row, h, text) =>
        `Row ${row}${text === "" ? "" : ` (${h} '${text}')`} is the total row of the Excel table; not tiered.`,
      headerInData: (row, h, text) =>
        `Row ${row}: ${h} '${text}' and the cells beside it are a header row, not a distributor; not tiered.`,
      ownerMissing: (row, h, name, text) =>
        `Row ${row}: key account '${name}' has no ${h}${text === "" ? "" : ` ('${text}' is nobody to own it)`}; key accounts should be owned by our most capable people.`,
      ownerOverloaded: (h, owner, share, median) =>
        `${h} '${owner}' carries ${formatPercent(share)} of sales time on key accounts, against a median of ${formatPercent(median)}; consider sharing them out.`,
      mappingConflict: (h, first, second) =>
        `The column '${h}' is chosen for both ${first} and ${second}: choose a column of its own for each.`,
      rulesInvalid: (setting, value, expected) => `Rule ${setting} = ${value} is invalid: ${expected}.`,
      rulesRounded: (setting, value, used) =>
        `Rule ${setting} = ${value}: reviews fall on a day of a month, so ${used} ${used === 1 ? "month is" : "months are"} used.`,
      rulesUnknown: (setting, suggestion) =>
        `Rule ${setting} is not a known setting${suggestion ? ` (did you mean ${suggestion}?)` : ""}.`,
      noSales: (h, status) =>
        `No row has sales above zero in ${h}: ${
          status === undefined
            ? "every account is a prospect."
            : `accounts cannot be tiered by sales; those whose '${status}' says they are customers are ordinary accounts, all others prospects.`
        }`,
      salesLeftBlank: (date, had, blank, h, row) =>
        `Of the ${had} accounts with sales at the last run (${date}), ${blank} have no figure in '${h}' now (the first on row ${row}): tiered like this, all of them would be demoted as having no sales, so this run stops. If the sales are still being filled in, finish and run again; type 0 where an account truly sold nothing.`,
      keySalesBlank: (row, name, sales, h) =>
        `Row ${row}: '${name}' was a key account at the last run (sales ${sales}); '${h}' is blank now, so it is tiered as having no sales. If the figure is still to come, fill it in and run again; type 0 if it truly sold nothing.`,
      salesOutOfScale: (row, name, h, typed, sales, against, base, times) =>
        `Row ${row}: '${name}' has ${typed ? `${typed} (${sales})` : sales} in '${h}', about ${formatInteger(times)} times ${"prior" in against ? `its '${against.prior}' (${base})` : `its sales at the last run (${against.date}: ${base})`}, and more than any other account: was one of the two typed in another unit (yuan in a column of 10,000s, say), or with a digit too many or too few? Tiered as written; if it is a slip, correct it and run again.`,
      unitsApartPrior: (h, prior, times, below, count) =>
        `The figures in '${h}' are about ${below ? `1/${formatInteger(times)} of` : `${formatInteger(times)} times`} those in '${prior}' (the median of ${count} accounts): the two columns are probably in different units (one in yuan, the other in 万元, say, or one in thousands). Every account's growth would be wrong, so this run stops. Put both columns in one unit (or correct a header) and run again.`,
      unitsApartLastRun: (h, date, times, below, count) =>
        `The figures in '${h}' are about ${below ? `1/${formatInteger(times)} of` : `${formatInteger(times)} times`} those of the last run (${date}; the median of ${count} accounts): the unit of the sales has probably changed (万元 in the header changed to 元, or yuan typed under a 万元 header). Every account would show a huge rise or fall, so this run stops. Check the unit of the sales and run again.`,
      salesEmptied: (date, letter, h) =>
        `The last run (${date}) tiered by sales, but no row of column ${letter} ('${h}') has sales above zero now (a new ledger not yet filled in, or the figures cleared): tiered like this, every key account would be demoted, so this run stops. Fill in this period's sales and run again; if the sales are in another column, map that column as the sales.`,
      overridesFillKeyPlaces: (byHand, places, name, revenue, share) =>
        `${byHand === 1 ? "The key account set by hand takes" : `The ${byHand} key accounts set by hand ${places === 1 ? "take" : "fill"}`} ${places === 1 ? "the only key place" : `all ${places} key places`}: '${name}', the largest by ${currency === "QTY" ? "volume" : "sales"} (${money(revenue)}, ${formatPercent(share)} of the total), and every other account not set by hand are ordinary accounts. To let ${currency === "QTY" ? "volume" : "sales"} choose key accounts, set fewer by hand or raise the key share in the rules.`,
      noneAtThreshold: (by, min, best) =>
        `${
          by === "revenue"
            ? `No account's ${currency === "QTY" ? "volume reaches" : "sales reach"} the ${money(min)} key threshold (the largest: ${money(best)})`
            : `No account's score reaches the key threshold of ${formatDecimal(min)} (the highest: ${formatDecimal(best)})`
        }: no account is key this run but those set by hand. Lower the threshold, or choose another method, and run again.`,
      periodUnknown: (h, prior, thisPeriod) =>
        `'${h}' is ${thisPeriod ? "this period's sales with nothing on the sheet to say which months" : "sales to date without its months"}, and '${prior}' a whole year's: they do not compare, so no year-on-year growth is computed from them. Name the months in the header (${thisPeriod ? "'Oct Sales', " : ""}'Jan-Oct Sales') or use last year's same-period column, and run again.`,
      measureMismatch: (h, prior, goods) =>
        `'${goods ? h : prior}' counts goods and '${goods ? prior : h}' money: they do not compare, so no year-on-year growth is worked out. Use last year's column in the same measure and run again.`,
      currencyConflict: (h, named, formatted) =>
        `'${h}' names ${named === "CNY" ? "yuan (CNY)" : named}, but its cells are in ${formatted === "CNY" ? "yuan (CNY)" : formatted}: the sales are read in ${named === "CNY" ? "yuan" : named}, as the header says. If they are in ${formatted}, put it in the header ('Sales (${formatted})') and run again.`,
      currencyByCountry: (h, country, place, currency) =>
        `'${h}' states no currency, nor do its cells, and '${country}' is '${place}' on every row: the sales are read in ${CURRENCY_EN[currency]}. If they are in another, put it in the header ('${h} (CNY)', '${h} (EUR)') and run again.`,
      currencyByStates: (h, states, some, currency) =>
        `'${h}' states no currency, nor do its cells, and '${states}' names a US state on every row (${some.join(", ")}, …): the sales are read in ${CURRENCY_EN[currency]}. If they are in another, put it in the header ('${h} (CNY)', '${h} (EUR)') and run again.`,
      noCurrency: (h) =>
        `'${h}' states no currency, nor do its cells: the sales are read as yuan (¥). If they are in another, put it in the header ('${h} (USD)', '${h} (EUR)') or choose it under More rules (sales.currency in a rules file), and run again.`,
      periodProrated: (h, months, prior, priorMonths, average, stated) =>
        average
          ? `'${h}' is a ${average === "month" ? "monthly" : average === "week" ? "weekly" : "daily"} average and '${prior}' covers ${formatDecimal(priorMonths)} months: year-on-year growth averages last year's sales alike (as if every month sold alike).`
          : `'${h}' covers ${formatDecimal(months)} months${stated ? ` (by row ${stated.row}: '${stated.text}')` : ""} and '${prior}' ${formatDecimal(priorMonths)}: year-on-year growth compares them pro rata, last year's sales counted at ${formatDecimal(months)}/${formatDecimal(priorMonths)} (as if every month sold alike).`,
      overLimitMost: (over, limited, limit, balance) =>
        `${over} of the ${limited} accounts with a credit limit owe more than it ('${balance}' over '${limit}'), and each had its credit lowered for it: check that both columns are in the same unit (one in 万 or thousands, the other in yuan?), and if not, state the unit in the header and run again.`,
      limitAlone: (h, isLimit) =>
        isLimit
          ? `'${h}' is a credit limit, but the sheet has no balance owed to hold it against: the accounts over their limit cannot be told, so the column is not used. To find them, add the balance (AR Balance) and run again.`
          : `'${h}' is the balance owed, but the sheet has no credit limit to hold it against: the accounts over their limit cannot be told, and the column only tells which accounts without sales still owe (they have bought before). To find those over their limit, add the credit limit and run again.`,
      creditScoreScale: (h, highest) =>
        `'${h}' holds scores up to ${formatInteger(highest)}, not out of 100: the credit is read from the other columns alone. To read the scores, set the bands of their scale (740, 670 and 580 on a 300-850 scale) under Rules › More rules › Credit by score in the pane, or as credit.minScoreA, minScoreB and minScoreC in a rules file, and run again.`,
      overdueAmount: (h, byCells) =>
        `'${h}' is money owed past due, not days${byCells === undefined ? "" : ` (it holds figures such as ${formatFigure(byCells)}; if they are days, map the column as the days overdue)`}: an account with an amount there is overdue, for how long the sheet does not say, and its credit is B at best. A days-overdue or aging column would say how long.`,
      agingBuckets: (headers, oldest, days) =>
        `${headers.map((h) => `'${h}'`).join(", ")} are an aging of what each account owes: its days overdue are those of the oldest bucket it owes in (any amount under '${oldest}' counts as ${Number.isFinite(days.to) ? `${days.from}-${days.to}` : `over ${days.from - 1}`} days overdue), and its credit class follows.`,
      unitOfSales: (h, sales) =>
        `'${h}' states no unit; its figures are of the same order as '${sales}', so they are read in its unit. If they are not, put the unit in the header and run again.`,
      salesInVolume: (h) =>
        `'${h}' counts goods sold, not money: this run tiers by that volume, and the notes, reasons and strategy sheet give it as a volume, not in money. If the sheet has sales in money, map the sales to that column and run again.`,
      salesInPercent: (h, at, largest) =>
        `Column ${at} ('${h}') is formatted as percentages (the largest ${formatPercent(largest)}): each account's share of the total, not an amount; tiered by it, the notes, the key-account line and the strategy sheet could quote no money. If it is a PivotTable's, set Show Values As to No Calculation (Value Field Settings), then run again; else map a column of amounts as the sales. Nothing was written.`,
      unitAssumed: (h, largest, currency) =>
        currency === "CNY" || currency === "QTY"
          ? `Column '${h}' states no unit and was read in yuan, so the largest account sells only ${money(largest)}. If it is in 10k yuan, say so in the header ('${h} (RMB 10k)') or note 'Unit: RMB 10k' above it, and run again.`
          : `Column '${h}' states no unit and was read in ${CURRENCY_EN[currency]}, so the largest account sells only ${money(largest)}. If it is in thousands, say so in the header ('${h} (${currency}'000)') or note 'Unit: ${currency}'000' above it, and run again.`,
      holdStatus: (row, h, s, credit) =>
        `Row ${row}: ${h} says '${s}': tiered as a customer still; ${credit ? "its credit is taken as D (cash on delivery, no new credit)" : "keep it on cash terms, no new credit"}. Update the status once deliveries or credit resume.`,
      disputeStatus: (row, h, s, credit) =>
        `Row ${row}: ${h} '${s}' says the account is in a legal dispute: ${credit ? "its credit is taken as D (cash on delivery, no new credit)" : "put it on cash terms, no new credit"} until the status is updated.`,
      moveRefused: (row, h, typed, up, from) =>
        `Row ${row}: ${h} says '${typed}', ` +
        (from === "key"
          ? "but the account is already a key account: it stays key."
          : from === "ordinary"
            ? "but Ordinary is the lowest tier for a customer: it stays ordinary. To tier it a prospect (a company that has not bought yet), write 'Prospect'."
            : up
              ? "but the account is a prospect (no sale this period), with no tier to move up from: it stays a prospect. To tier it Ordinary or Key, write that tier."
              : "but a prospect is the lowest tier already: it stays a prospect."),
      overrideProspectWithSales: (row, h, typed, revenue) =>
        `Row ${row}: ${h} says '${typed}'${/^prospect$/i.test(typed) ? "" : " (prospect)"}, but the account has sales this period (${money(revenue)}): tiered as a prospect, as the override says. A prospect has not bought yet; to lower its priority only, write 'Ordinary'.`,
      prospectWithSales: (row, h, status) =>
        `Row ${row}: ${h} says '${status}', but the account has sales this period: tiered as a customer (one deal makes a customer).`,
      notAccountWithSales: (row, h, kind, revenue) =>
        `Row ${row}: ${h} says '${kind}', but the account bought ${money(revenue)} this period: tiered as a customer (one deal makes a customer).`,
      prospectBoughtBefore: (row, h, status, evidence, value) =>
        `Row ${row}: ${h} says '${status}', but ${evidence === "" ? "it owes money past due" : `${evidence} is '${value}'`}: it has bought from us before. Still a prospect, followed up as a customer that stopped buying; check the status.`,
      consequenceProspect: "treated as no sales this period",
      consequenceIgnored: "value ignored",
    }),
    expect: {
      object: "expected an object of settings",
      version: (max) => `expected a rules version from 1 to ${max}`,
      range: (min, max) => `expected a number from ${min} to ${max}`,
      shareRange: (min, max) => `expected a share from ${min} to ${max} (10% is 0.1, or "10%")`,
      oneOf: (allowed) => `expected one of ${allowed.join(", ")}`,
      flag: "expected true or false",
      wordMap: "expected an object of text → class code",
      sumToOne: "the three shares of sales time must add up to 100%",
      positiveSum: "at least one weight must be above zero",
      ascending: "the bands must be in order",
      above: (other) => `must be above ${other}`,
      atMost: (other) => `must not exceed ${other}`,
      atLeast: (other) => `must be at least ${other}`,
    },
  };
}

/** The catalog with amounts in `currency`, built once each. */
const catalogIn = memoByCurrency(buildEnUS);

/** Everything the engine says, in English. */
export const engineEnUS: EngineMessages = catalogIn("CNY");

/**
 * Days overdue as the cell gave them: 113 days overdue, or an aging bucket: 31-60 days overdue, over 90
 * days overdue (an open bucket's days are one past its figure).
 */
function overdueText(days: number, to: number | undefined): string {
  if (to === undefined || Number.isNaN(to)) return `${countOf(days, "day")} overdue`;
  return to === Number.POSITIVE_INFINITY
    ? `over ${formatInteger(days - 1)} days overdue`
    : `${formatInteger(days)}-${formatInteger(to)} days overdue`;
}

const ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/** "the column headed 'Sales'", or "the second column headed 'Sales'" where `count` are headed so. */
function columnHeadedEn(header: string, nth: number, count: number): string {
  return count > 1
    ? `the ${ORDINALS_EN[nth - 1] ?? `${nth}th`} column headed '${header}'`
    : `the column headed '${header}'`;
}

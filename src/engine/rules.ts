import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";

/**
 * The course's three tiers. Counts, shares, colours, lists and the pane all follow this list (indexed by
 * TIER_CODE, derived from it). A fourth tier cannot be added as data, and this is the one place that says
 * why: the model gives each tier a role, not a rank: the key places (overrides, revenue core, score
 * above the gate), "one deal makes a customer", time that never favours a lower tier per account, and
 * the notes and tactics of each role come from the course. A new tier is a change of the domain model
 * (DOMAIN.md), made with its rules, not a new entry here.
 */
export type Tier = "key" | "ordinary" | "prospect";
export const TIERS: readonly Tier[] = ["key", "ordinary", "prospect"];

export type TierMethod = "countShare" | "cumulativeRevenue" | "revenueThreshold" | "scoreThreshold";
export const TIER_METHODS: readonly TierMethod[] = [
  "countShare",
  "cumulativeRevenue",
  "revenueThreshold",
  "scoreThreshold",
];

export const RULES_VERSION = 2;

/** Every setting of a run. Shares are fractions (0.1 = 10%); money is in yuan (元). */
export type Rules = {
  readonly version: number;
  readonly tiering: {
    readonly method: TierMethod;
    /** countShare: key accounts as a share of the account count (the course: about 10%). */
    readonly keyShare: number;
    /** countShare: count all accounts including prospects (the course) or only accounts with sales. */
    readonly countBase: "all" | "active";
    /** cumulativeRevenue: key accounts make up this share of revenue, largest first. */
    readonly keyRevenueShare: number;
    /** revenueThreshold: revenue at or above this is key. */
    readonly keyMinRevenue: number;
    /** Accounts with sales below this are prospects (0: any sale makes a customer, as the course says). */
    readonly ordinaryMinRevenue: number;
    /** scoreThreshold: an importance score at or above this is key. */
    readonly keyMinScore: number;
    /** On a re-run, an account this close to the key boundary keeps its previous tier (fraction of the
     * count base, shown in places: 2% of 300 accounts is 6 places). */
    readonly hysteresis: number;
    /** countShare: the revenue core, the largest accounts while the revenue before them is under this
     * share of the total, takes key places before the score (0: no core). */
    readonly coreRevenueShare: number;
    /** countShare: a key place by score needs revenue at least this quantile of accounts with sales
     * (0.5: the median; 0: no gate). Strategic accounts pass. */
    readonly revenueGate: number;
  };
  readonly score: {
    /** Weights of the importance score's parts; parts whose column is absent drop out. */
    readonly weights: {
      readonly revenue: number;
      readonly growth: number;
      readonly tenure: number;
      readonly strategic: number;
    };
    /** Years of relationship that earn the full tenure part. */
    readonly tenureFullYears: number;
  };
  readonly time: {
    /** Share of sales time per tier (the course: 60 / 30 / 10). */
    readonly share: { readonly key: number; readonly ordinary: number; readonly prospect: number };
    /** The team's sales hours per month; when null and an owner column exists, hoursPerOwner x owners. */
    readonly monthlyCapacityHours: number | null;
    /** Monthly hours of one owner, for the default capacity. */
    readonly hoursPerOwner: number;
  };
  readonly promotion: {
    /** Ordinary accounts whose absolute revenue increase is in this top share of ordinary accounts. */
    readonly topIncreaseShare: number;
    /** Ordinary accounts within this fraction below the smallest key account's revenue. */
    readonly nearKey: number;
  };
  readonly prospects: {
    /** The top share of prospects (at least one) that get a priority note. */
    readonly priorityShare: number;
  };
  readonly review: {
    /** Months between reviews per tier (the course's quarterly plan for key accounts stands apart). */
    readonly keyMonths: number;
    readonly ordinaryMonths: number;
    readonly prospectMonths: number;
  };
  readonly watch: {
    /** A key account whose revenue fell this much below the prior year or the last run is watched. */
    readonly fallingShare: number;
  };
  readonly history: {
    /** Runs kept in the change log, newest first. */
    readonly runs: number;
  };
  readonly credit: {
    /** Days overdue: up to maxDaysA is A, up to maxDaysB is B, up to maxDaysC is C, beyond is D. */
    readonly maxDaysA: number;
    readonly maxDaysB: number;
    readonly maxDaysC: number;
  };
  readonly potential: {
    readonly highGrowth: number;
    readonly lowGrowth: number;
    /** Against a market-potential column: untapped share at or above highHeadroom is high, below lowHeadroom low. */
    readonly highHeadroom: number;
    readonly lowHeadroom: number;
  };
  readonly regionalShare: {
    /** Lanchester bands: at or above dominant (42%), strong (26%), competitive (11%), else weak. */
    readonly dominant: number;
    readonly strong: number;
    readonly competitive: number;
  };
  readonly owners: {
    /** An owner whose key-account time exceeds this multiple of the median owner's is pointed out. */
    readonly loadFactor: number;
  };
  /** Extra words for the classification columns: text as found → class code. */
  readonly synonyms: {
    readonly managementMode: Readonly<Record<string, string>>;
    readonly salesMode: Readonly<Record<string, string>>;
    readonly sensitivity: Readonly<Record<string, string>>;
  };
};

/** The course's reference share of accounts per tier (about 10% / 30% / 60%): printed beside each run's
 * own shares, and the base of the per-account time weights (a tier's time share over it). */
export const COURSE_ACCOUNT_SHARE: Readonly<Record<Tier, number>> = {
  key: 0.1,
  ordinary: 0.3,
  prospect: 0.6,
};

/** The defaults: the course's shares, DOMAIN.md's bands. */
export const DEFAULT_RULES: Rules = {
  version: RULES_VERSION,
  tiering: {
    method: "countShare",
    keyShare: 0.1,
    countBase: "all",
    keyRevenueShare: 0.7,
    keyMinRevenue: 5_000_000,
    ordinaryMinRevenue: 0,
    keyMinScore: 60,
    hysteresis: 0.02,
    coreRevenueShare: 0.5,
    revenueGate: 0.5,
  },
  score: {
    weights: { revenue: 60, growth: 20, tenure: 10, strategic: 10 },
    tenureFullYears: 10,
  },
  time: { share: { key: 0.6, ordinary: 0.3, prospect: 0.1 }, monthlyCapacityHours: null, hoursPerOwner: 160 },
  promotion: { topIncreaseShare: 0.1, nearKey: 0.2 },
  prospects: { priorityShare: 0.1 },
  review: { keyMonths: 1, ordinaryMonths: 3, prospectMonths: 6 },
  watch: { fallingShare: 0.2 },
  history: { runs: 20 },
  credit: { maxDaysA: 0, maxDaysB: 30, maxDaysC: 90 },
  potential: { highGrowth: 0.3, lowGrowth: 0, highHeadroom: 0.5, lowHeadroom: 0.2 },
  regionalShare: { dominant: 0.42, strong: 0.26, competitive: 0.11 },
  owners: { loadFactor: 2 },
  synonyms: { managementMode: {}, salesMode: {}, sensitivity: {} },
};

type Json = unknown;
type Path = string;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A short, safe view of a setting's value for a message: never deeper than one level (a rules file can
 * nest arrays 100,000 deep), never longer than 60 characters.
 * @example preview({ key: 0.7, ordinary: 0.3 }) // '{"key":0.7,"ordinary":0.3}'
 */
function preview(value: Json): string {
  const one = (v: Json): string =>
    Array.isArray(v) ? "[…]" : v !== null && typeof v === "object" ? "{…}" : (JSON.stringify(v) ?? String(v));
  const text = Array.isArray(value)
    ? `[${value.slice(0, 5).map(one).join(",")}${value.length > 5 ? ",…" : ""}]`
    : value !== null && typeof value === "object"
      ? `{${Object.entries(value)
          .slice(0, 5)
          .map(([k, v]) => `${JSON.stringify(k)}:${one(v as Json)}`)
          .join(",")}}`
      : one(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Checks rules read from JSON (a file, a workbook, the pane) and fills what is missing from the
 * defaults. Never throws: each invalid value is an `error` finding naming the setting, and the default
 * stands in its place so a preview can still run.
 * @example validateRules({ tiering: { keyShare: 0.2 } }, enUS).rules.tiering.keyShare // 0.2
 */
export function validateRules(input: Json, messages: EngineMessages): { rules: Rules; findings: Finding[] } {
  const findings: Finding[] = [];
  const bad = (path: Path, value: Json, expected: string): void => {
    findings.push({
      code: "rules.invalid",
      severity: "error",
      setting: path,
      message: messages.finding.rulesInvalid(path, preview(value), expected),
    });
  };
  if (input === undefined || input === null) return { rules: DEFAULT_RULES, findings };
  if (!isRecord(input)) {
    bad("(rules)", input, messages.expect.object);
    return { rules: DEFAULT_RULES, findings };
  }
  if (
    input.version !== undefined &&
    (typeof input.version !== "number" || input.version > RULES_VERSION || input.version < 1)
  ) {
    bad("version", input.version, messages.expect.version(RULES_VERSION));
  }

  const section = (name: string): Record<string, Json> => {
    const v = input[name];
    if (v === undefined) return {};
    if (!isRecord(v)) {
      bad(name, v, messages.expect.object);
      return {};
    }
    return v;
  };
  const num = (
    sec: Record<string, Json>,
    path: string,
    key: string,
    def: number,
    min: number,
    max: number,
  ): number => {
    const v = sec[key];
    if (v === undefined) return def;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      bad(`${path}.${key}`, v, messages.expect.range(min, max));
      return def;
    }
    return v;
  };
  const oneOf = <T extends string>(
    sec: Record<string, Json>,
    path: string,
    key: string,
    def: T,
    allowed: readonly T[],
  ): T => {
    const v = sec[key];
    if (v === undefined) return def;
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
      bad(`${path}.${key}`, v, messages.expect.oneOf(allowed));
      return def;
    }
    return v as T;
  };
  const words = (sec: Record<string, Json>, path: string, key: string): Record<string, string> => {
    const v = sec[key];
    if (v === undefined) return {};
    if (!isRecord(v) || !Object.values(v).every((x) => typeof x === "string")) {
      bad(`${path}.${key}`, v, messages.expect.wordMap);
      return {};
    }
    return v as Record<string, string>;
  };

  const D = DEFAULT_RULES;
  const t = section("tiering");
  const s = section("score");
  const w = isRecord(s.weights) ? s.weights : {};
  if (s.weights !== undefined && !isRecord(s.weights))
    bad("score.weights", s.weights, messages.expect.object);
  const tm = section("time");
  const ts = isRecord(tm.share) ? tm.share : {};
  if (tm.share !== undefined && !isRecord(tm.share)) bad("time.share", tm.share, messages.expect.object);
  const pr = section("promotion");
  const ps = section("prospects");
  const rv = section("review");
  const wa = section("watch");
  const hi = section("history");
  const cr = section("credit");
  const po = section("potential");
  const rs = section("regionalShare");
  const ow = section("owners");
  const sy = section("synonyms");

  let capacity: number | null = D.time.monthlyCapacityHours;
  if (tm.monthlyCapacityHours !== undefined && tm.monthlyCapacityHours !== null) {
    const v = tm.monthlyCapacityHours;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 1e7)
      bad("time.monthlyCapacityHours", v, messages.expect.range(0, 1e7));
    else capacity = v;
  }

  const rules: Rules = {
    version: RULES_VERSION,
    tiering: {
      method: oneOf(t, "tiering", "method", D.tiering.method, TIER_METHODS),
      keyShare: num(t, "tiering", "keyShare", D.tiering.keyShare, 0, 1),
      countBase: oneOf(t, "tiering", "countBase", D.tiering.countBase, ["all", "active"] as const),
      keyRevenueShare: num(t, "tiering", "keyRevenueShare", D.tiering.keyRevenueShare, 0, 1),
      keyMinRevenue: num(t, "tiering", "keyMinRevenue", D.tiering.keyMinRevenue, 0, 1e15),
      ordinaryMinRevenue: num(t, "tiering", "ordinaryMinRevenue", D.tiering.ordinaryMinRevenue, 0, 1e15),
      keyMinScore: num(t, "tiering", "keyMinScore", D.tiering.keyMinScore, 0, 100),
      hysteresis: num(t, "tiering", "hysteresis", D.tiering.hysteresis, 0, 0.5),
      coreRevenueShare: num(t, "tiering", "coreRevenueShare", D.tiering.coreRevenueShare, 0, 1),
      revenueGate: num(t, "tiering", "revenueGate", D.tiering.revenueGate, 0, 1),
    },
    score: {
      weights: {
        revenue: num(w, "score.weights", "revenue", D.score.weights.revenue, 0, 1000),
        growth: num(w, "score.weights", "growth", D.score.weights.growth, 0, 1000),
        tenure: num(w, "score.weights", "tenure", D.score.weights.tenure, 0, 1000),
        strategic: num(w, "score.weights", "strategic", D.score.weights.strategic, 0, 1000),
      },
      tenureFullYears: num(s, "score", "tenureFullYears", D.score.tenureFullYears, 0.1, 200),
    },
    time: {
      share: {
        key: num(ts, "time.share", "key", D.time.share.key, 0, 1),
        ordinary: num(ts, "time.share", "ordinary", D.time.share.ordinary, 0, 1),
        prospect: num(ts, "time.share", "prospect", D.time.share.prospect, 0, 1),
      },
      monthlyCapacityHours: capacity,
      hoursPerOwner: num(tm, "time", "hoursPerOwner", D.time.hoursPerOwner, 0, 744),
    },
    promotion: {
      topIncreaseShare: num(pr, "promotion", "topIncreaseShare", D.promotion.topIncreaseShare, 0, 1),
      nearKey: num(pr, "promotion", "nearKey", D.promotion.nearKey, 0, 1),
    },
    prospects: { priorityShare: num(ps, "prospects", "priorityShare", D.prospects.priorityShare, 0, 1) },
    review: {
      keyMonths: num(rv, "review", "keyMonths", D.review.keyMonths, 1, 60),
      ordinaryMonths: num(rv, "review", "ordinaryMonths", D.review.ordinaryMonths, 1, 60),
      prospectMonths: num(rv, "review", "prospectMonths", D.review.prospectMonths, 1, 60),
    },
    watch: { fallingShare: num(wa, "watch", "fallingShare", D.watch.fallingShare, 0, 1) },
    history: { runs: num(hi, "history", "runs", D.history.runs, 1, 1000) },
    credit: {
      maxDaysA: num(cr, "credit", "maxDaysA", D.credit.maxDaysA, 0, 100000),
      maxDaysB: num(cr, "credit", "maxDaysB", D.credit.maxDaysB, 0, 100000),
      maxDaysC: num(cr, "credit", "maxDaysC", D.credit.maxDaysC, 0, 100000),
    },
    potential: {
      highGrowth: num(po, "potential", "highGrowth", D.potential.highGrowth, -1, 100),
      lowGrowth: num(po, "potential", "lowGrowth", D.potential.lowGrowth, -1, 100),
      highHeadroom: num(po, "potential", "highHeadroom", D.potential.highHeadroom, 0, 1),
      lowHeadroom: num(po, "potential", "lowHeadroom", D.potential.lowHeadroom, 0, 1),
    },
    regionalShare: {
      dominant: num(rs, "regionalShare", "dominant", D.regionalShare.dominant, 0, 1),
      strong: num(rs, "regionalShare", "strong", D.regionalShare.strong, 0, 1),
      competitive: num(rs, "regionalShare", "competitive", D.regionalShare.competitive, 0, 1),
    },
    owners: { loadFactor: num(ow, "owners", "loadFactor", D.owners.loadFactor, 1, 1000) },
    synonyms: {
      managementMode: words(sy, "synonyms", "managementMode"),
      salesMode: words(sy, "synonyms", "salesMode"),
      sensitivity: words(sy, "synonyms", "sensitivity"),
    },
  };

  const r = rules;
  const shareSum = r.time.share.key + r.time.share.ordinary + r.time.share.prospect;
  if (Math.abs(shareSum - 1) > 0.001) bad("time.share", r.time.share, messages.expect.sumToOne);
  const wsum =
    r.score.weights.revenue + r.score.weights.growth + r.score.weights.tenure + r.score.weights.strategic;
  if (wsum <= 0) bad("score.weights", r.score.weights, messages.expect.positiveSum);
  if (!(r.credit.maxDaysA <= r.credit.maxDaysB && r.credit.maxDaysB <= r.credit.maxDaysC))
    bad("credit", r.credit, messages.expect.ascending);
  if (r.potential.lowGrowth > r.potential.highGrowth)
    bad("potential.lowGrowth", r.potential.lowGrowth, messages.expect.atMost("potential.highGrowth"));
  if (r.potential.lowHeadroom > r.potential.highHeadroom)
    bad("potential.lowHeadroom", r.potential.lowHeadroom, messages.expect.atMost("potential.highHeadroom"));
  if (!(
    r.regionalShare.competitive <= r.regionalShare.strong &&
    r.regionalShare.strong <= r.regionalShare.dominant
  )) {
    bad("regionalShare", r.regionalShare, messages.expect.ascending);
  }
  if (r.tiering.method === "revenueThreshold" && r.tiering.keyMinRevenue < r.tiering.ordinaryMinRevenue) {
    bad(
      "tiering.keyMinRevenue",
      r.tiering.keyMinRevenue,
      messages.expect.atLeast("tiering.ordinaryMinRevenue"),
    );
  }
  return { rules, findings };
}

import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";

export type Tier = "key" | "ordinary" | "prospect";
export const TIERS: readonly Tier[] = ["key", "ordinary", "prospect"];

export type TierMethod = "countShare" | "cumulativeRevenue" | "revenueThreshold" | "scoreThreshold";
export const TIER_METHODS: readonly TierMethod[] = [
  "countShare",
  "cumulativeRevenue",
  "revenueThreshold",
  "scoreThreshold",
];

export const RULES_VERSION = 1;

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
    /** On a re-run, an account this close to the key boundary keeps its previous tier (fraction of the scale). */
    readonly hysteresis: number;
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
    /** Growth at or below the floor earns nothing, at or above the ceiling earns the full growth part. */
    readonly growthFloor: number;
    readonly growthCeiling: number;
  };
  readonly time: {
    /** Share of sales time per tier (the course: 60 / 30 / 10). */
    readonly share: { readonly key: number; readonly ordinary: number; readonly prospect: number };
    /** The team's sales hours per month; allocations are also given in hours when set. */
    readonly monthlyCapacityHours: number | null;
  };
  readonly promotion: {
    /** An ordinary account growing at least this fast is a promotion candidate. */
    readonly minGrowth: number;
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
  },
  score: {
    weights: { revenue: 60, growth: 20, tenure: 10, strategic: 10 },
    tenureFullYears: 10,
    growthFloor: -0.2,
    growthCeiling: 0.5,
  },
  time: { share: { key: 0.6, ordinary: 0.3, prospect: 0.1 }, monthlyCapacityHours: null },
  promotion: { minGrowth: 0.3 },
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
      message: messages.finding.rulesInvalid(path, JSON.stringify(value) ?? String(value), expected),
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
    },
    score: {
      weights: {
        revenue: num(w, "score.weights", "revenue", D.score.weights.revenue, 0, 1000),
        growth: num(w, "score.weights", "growth", D.score.weights.growth, 0, 1000),
        tenure: num(w, "score.weights", "tenure", D.score.weights.tenure, 0, 1000),
        strategic: num(w, "score.weights", "strategic", D.score.weights.strategic, 0, 1000),
      },
      tenureFullYears: num(s, "score", "tenureFullYears", D.score.tenureFullYears, 0.1, 200),
      growthFloor: num(s, "score", "growthFloor", D.score.growthFloor, -1, 100),
      growthCeiling: num(s, "score", "growthCeiling", D.score.growthCeiling, -1, 100),
    },
    time: {
      share: {
        key: num(ts, "time.share", "key", D.time.share.key, 0, 1),
        ordinary: num(ts, "time.share", "ordinary", D.time.share.ordinary, 0, 1),
        prospect: num(ts, "time.share", "prospect", D.time.share.prospect, 0, 1),
      },
      monthlyCapacityHours: capacity,
    },
    promotion: { minGrowth: num(pr, "promotion", "minGrowth", D.promotion.minGrowth, -1, 100) },
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
  if (r.score.growthCeiling <= r.score.growthFloor)
    bad("score.growthCeiling", r.score.growthCeiling, messages.expect.above("score.growthFloor"));
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

import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import type { OutputKey } from "./outputs";

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

/** The currencies a rule can give the sales where the sheet states none (those amounts are written in). */
export const SALES_CURRENCIES = ["CNY", "USD", "EUR", "HKD", "GBP", "JPY"] as const;
export type SalesCurrency = (typeof SALES_CURRENCIES)[number];

export const RULES_VERSION = 2;

/** What a number measures: how the pane shows it (shares as percentages) and what a message says. */
export type SettingUnit =
  | "share"
  | "yuan"
  | "points"
  | "weight"
  | "years"
  | "hours"
  | "months"
  | "days"
  | "runs"
  | "factor"
  | "growth";

/** A number between bounds (inclusive). */
export type NumberSetting = {
  readonly kind: "number";
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: SettingUnit;
};
/** A number between bounds, or null (then derived from other settings). */
export type OptionalNumberSetting = Omit<NumberSetting, "kind" | "default"> & {
  readonly kind: "optionalNumber";
  readonly default: null;
};
/** One of a few words. */
export type ChoiceSetting<T extends string> = {
  readonly kind: "choice";
  readonly default: T;
  readonly options: readonly T[];
};
/** Extra words for a classification: text as found → class code. */
export type WordsSetting = { readonly kind: "words" };
/** On or off (true / false). */
export type FlagSetting = { readonly kind: "flag"; readonly default: boolean };
export type Setting =
  NumberSetting | OptionalNumberSetting | ChoiceSetting<string> | WordsSetting | FlagSetting;

const num = (value: number, min: number, max: number, unit: SettingUnit): NumberSetting => ({
  kind: "number",
  default: value,
  min,
  max,
  unit,
});
const optionalNum = (min: number, max: number, unit: SettingUnit): OptionalNumberSetting => ({
  kind: "optionalNumber",
  default: null,
  min,
  max,
  unit,
});
const choice = <T extends string>(options: readonly T[], value: T): ChoiceSetting<T> => ({
  kind: "choice",
  default: value,
  options,
});
const words = (): WordsSetting => ({ kind: "words" });
const on = (): FlagSetting => ({ kind: "flag", default: true });

/**
 * Every setting of a run, declared once: its place, type, default, bounds and unit. The `Rules` type,
 * `DEFAULT_RULES`, `validateRules`' findings and the pane's input bounds (`settingBounds`) all derive
 * from this table. Shares are fractions (0.1 = 10%); money is in yuan (元). The defaults are the
 * course's shares and DOMAIN.md's bands.
 */
export const RULE_SETTINGS = {
  tiering: {
    method: choice(TIER_METHODS, "countShare"),
    /** countShare: key accounts as a share of the account count (the course: about 10%). */
    keyShare: num(0.1, 0, 1, "share"),
    /** countShare: count all accounts including prospects (the course) or only accounts with sales. */
    countBase: choice(["all", "active"] as const, "all"),
    /** cumulativeRevenue: key accounts make up this share of revenue, largest first. */
    keyRevenueShare: num(0.7, 0, 1, "share"),
    /** revenueThreshold: revenue at or above this is key. */
    keyMinRevenue: num(5_000_000, 0, 1e15, "yuan"),
    /** Accounts with sales below this are prospects (0: any sale makes a customer, as the course says). */
    ordinaryMinRevenue: num(0, 0, 1e15, "yuan"),
    /** scoreThreshold: an importance score at or above this is key. */
    keyMinScore: num(60, 0, 100, "points"),
    /** On a re-run, an account this close to the key boundary keeps its previous tier (fraction of the
     * count base, shown in places: 2% of 300 accounts is 6 places). */
    hysteresis: num(0.02, 0, 0.5, "share"),
    /** countShare: the revenue core, the largest accounts while the revenue before them is under this
     * share of the total, takes key places before the score (0: no core). */
    coreRevenueShare: num(0.5, 0, 1, "share"),
    /** countShare: a key place by score needs revenue at least this quantile of accounts with sales
     * (0.5: the median; 0: no gate). Strategic accounts pass. */
    revenueGate: num(0.5, 0, 1, "share"),
  },
  score: {
    /** Weights of the importance score's parts; parts whose column is absent drop out. */
    weights: {
      revenue: num(60, 0, 1000, "weight"),
      growth: num(20, 0, 1000, "weight"),
      tenure: num(10, 0, 1000, "weight"),
      strategic: num(10, 0, 1000, "weight"),
    },
    /** Years of relationship that earn the full tenure part. */
    tenureFullYears: num(10, 0.1, 200, "years"),
  },
  time: {
    /** Share of sales time per tier (the course: 60 / 30 / 10). */
    share: {
      key: num(0.6, 0, 1, "share"),
      ordinary: num(0.3, 0, 1, "share"),
      prospect: num(0.1, 0, 1, "share"),
    },
    /** The team's sales hours per month; when null and an owner column exists, hoursPerOwner x owners. */
    monthlyCapacityHours: optionalNum(1, 1e7, "hours"),
    /** Monthly hours of one owner (31 days of 24 hours at most), for the default capacity. */
    hoursPerOwner: num(160, 0, 744, "hours"),
  },
  promotion: {
    /** Ordinary accounts whose absolute revenue increase is in this top share of ordinary accounts. */
    topIncreaseShare: num(0.1, 0, 1, "share"),
    /** Ordinary accounts within this fraction below the smallest key account's revenue. */
    nearKey: num(0.2, 0, 1, "share"),
  },
  prospects: {
    /** The top share of prospects (at least one) that get a priority note. */
    priorityShare: num(0.1, 0, 1, "share"),
  },
  review: {
    /** Months between reviews per tier (the course's quarterly plan for key accounts stands apart). */
    keyMonths: num(1, 1, 60, "months"),
    ordinaryMonths: num(3, 1, 60, "months"),
    prospectMonths: num(6, 1, 60, "months"),
  },
  watch: {
    /** A key account whose revenue fell this much below the prior year or the last run is watched. */
    fallingShare: num(0.2, 0, 1, "share"),
  },
  sales: {
    /** The sales' currency where neither their header, their cells nor a currency column states one
     * (the course's ledgers are in yuan). */
    currency: choice(SALES_CURRENCIES, "CNY"),
  },
  history: {
    /** Runs kept in the change log, newest first. */
    runs: num(20, 1, 1000, "runs"),
  },
  credit: {
    /** Days overdue: up to maxDaysA is A, up to maxDaysB is B, up to maxDaysC is C, beyond is D. */
    maxDaysA: num(0, 0, 100_000, "days"),
    maxDaysB: num(30, 0, 100_000, "days"),
    maxDaysC: num(90, 0, 100_000, "days"),
    /** A credit score out of 100 (信用评分): at least minScoreA is A, minScoreB B, minScoreC C, below D
     * (the marks of Chinese grading: 80 good, 70 fair, 60 a pass). Bands past 100 read a score of
     * another scale (up to 1,000: 740 / 670 / 580 on a 300-850 one). */
    minScoreA: num(80, 0, 1000, "points"),
    minScoreB: num(70, 0, 1000, "points"),
    minScoreC: num(60, 0, 1000, "points"),
  },
  potential: {
    highGrowth: num(0.3, -1, 100, "growth"),
    lowGrowth: num(0, -1, 100, "growth"),
    /** Against a market-potential column: untapped share at or above highHeadroom is high, below lowHeadroom low. */
    highHeadroom: num(0.5, 0, 1, "share"),
    lowHeadroom: num(0.2, 0, 1, "share"),
  },
  regionalShare: {
    /** Lanchester bands: at or above dominant (42%), strong (26%), competitive (11%), else weak. */
    dominant: num(0.42, 0, 1, "share"),
    strong: num(0.26, 0, 1, "share"),
    competitive: num(0.11, 0, 1, "share"),
  },
  owners: {
    /** An owner whose key-account time exceeds this multiple of the median owner's is pointed out. */
    loadFactor: num(2, 1, 1000, "factor"),
  },
  /** Extra words for the classification columns: text as found → class code. */
  synonyms: { managementMode: words(), salesMode: words(), sensitivity: words() },
  /**
   * The columns a run writes beside the data, each on or off (the tier column is always written: it is
   * the run's answer). A column turned off is not written; where an earlier run wrote it, its cells are
   * cleared and its header stays (the planner deletes the column if it is not wanted). The class columns
   * are written only where their input exists, whatever this says.
   */
  output: {
    score: on(),
    change: on(),
    reason: on(),
    nextReview: on(),
    timeShare: on(),
    hours: on(),
    mgmtClass: on(),
    salesClass: on(),
    creditClass: on(),
    potentialClass: on(),
    shareClass: on(),
    sensitivityClass: on(),
    promotion: on(),
    note: on(),
  },
} as const;

/**
 * Whether the rules write this column: the tier always, every other as `output` says. (Indexing the
 * rules by every key but the tier makes a column without its switch a type error.)
 * @example columnOn(DEFAULT_RULES, "hours") // true
 */
export function columnOn(rules: Rules, key: OutputKey): boolean {
  return key === "tier" || rules.output[key];
}

/** The value a setting (or a group of them) holds. */
type ValueOf<S> = S extends NumberSetting
  ? number
  : S extends OptionalNumberSetting
    ? number | null
    : S extends ChoiceSetting<infer T>
      ? T
      : S extends WordsSetting
        ? Readonly<Record<string, string>>
        : S extends FlagSetting
          ? boolean
          : { readonly [K in keyof S]: ValueOf<S[K]> };

/** Every setting of a run, as RULE_SETTINGS declares them. */
export type Rules = { readonly version: number } & ValueOf<typeof RULE_SETTINGS>;

function isSetting(v: unknown): v is Setting {
  return (
    typeof v === "object" && v !== null && "kind" in v && typeof (v as { kind: unknown }).kind === "string"
  );
}

function defaultsOf(group: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(group))
    out[key] = isSetting(spec)
      ? spec.kind === "words"
        ? {}
        : spec.default
      : defaultsOf(spec as Record<string, unknown>);
  return out;
}

/**
 * A setting's declaration by its path ("tiering.keyShare"), or undefined.
 * @example settingAt("tiering.keyShare")?.max // 1
 */
export function settingAt(path: string): Setting | undefined {
  let node: unknown = RULE_SETTINGS;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || isSetting(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return isSetting(node) ? node : undefined;
}

/**
 * The bounds an input shows for a numeric setting: shares as percentages (0-100), others as they are.
 * @example settingBounds("tiering.hysteresis") // { min: 0, max: 50 }
 */
export function settingBounds(path: string): { min: number; max: number } {
  const s = settingAt(path);
  if (!s || (s.kind !== "number" && s.kind !== "optionalNumber"))
    throw new Error(`no numeric setting ${path}`);
  return s.unit === "share" ? { min: s.min * 100, max: s.max * 100 } : { min: s.min, max: s.max };
}

/** The course's reference share of accounts per tier (about 10% / 30% / 60%): printed beside each run's
 * own shares, and the base of the per-account time weights (a tier's time share over it). */
export const COURSE_ACCOUNT_SHARE: Readonly<Record<Tier, number>> = {
  key: 0.1,
  ordinary: 0.3,
  prospect: 0.6,
};

/** The defaults, read off RULE_SETTINGS: the course's shares, DOMAIN.md's bands. */
export const DEFAULT_RULES: Rules = { version: RULES_VERSION, ...defaultsOf(RULE_SETTINGS) } as Rules;

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

/** Units whose settings are fractions, which a rules file may write as percentages. */
const PERCENT_UNITS: ReadonlySet<SettingUnit> = new Set<SettingUnit>(["share", "growth"]);

/**
 * A percentage written as text, as a fraction: "15%" → 0.15, "-5 %" → -0.05; undefined for any other text.
 * @example percentOf("12.5%") // 0.125
 */
function percentOf(text: string): number | undefined {
  const m = /^\s*([-+]?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(text);
  return m ? Number(m[1]) / 100 : undefined;
}

/** Unknown keys reported at most (the rest are not worth a line each). */
const MAX_UNKNOWN_FINDINGS = 10;

/** A key as a message shows it: as written when it is a plain name, else quoted and cut short. */
function keyView(key: string): string {
  if (/^[\w-]{1,40}$/.test(key)) return key;
  const quoted = JSON.stringify(key);
  return quoted.length > 42 ? `${quoted.slice(0, 41)}…` : quoted;
}

/**
 * The setting a mistyped key most likely meant: the same letters in another case, or one at most two
 * edits away (for keys of four letters or more); undefined when none is that close or two are.
 * @example nearestKey("keyshare", ["keyShare", "countBase"]) // "keyShare"
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 60) return undefined;
  const lower = key.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  if (key.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

/** Levenshtein distance (insertions, deletions, substitutions), by one row of the table. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * Checks rules read from JSON (a file, a workbook, the pane) and fills what is missing from the
 * defaults. Never throws: each invalid value, and each key the rules do not have, is an `error` finding
 * naming the setting, and the default stands in its place so a preview can still run.
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
  // A key the rules do not have (a typo such as `keyshare`): an error naming it and the nearest setting,
  // so a rule the user meant to change never passes silently as its default. Rules saved by an earlier
  // version may hold settings since retired (version 1's score.growthFloor): those are dropped quietly.
  // A hostile file may hold thousands: the first few are enough to say.
  const retired = isRecord(input) && typeof input.version === "number" && input.version < RULES_VERSION;
  let unknownCount = 0;
  const unknown = (prefix: string, key: string, known: readonly string[]): void => {
    if (retired || ++unknownCount > MAX_UNKNOWN_FINDINGS) return;
    const near = nearestKey(key, known);
    const at = (k: string): string => (prefix ? `${prefix}.${k}` : k);
    findings.push({
      code: "rules.invalid",
      severity: "error",
      setting: at(keyView(key)),
      message: messages.finding.rulesUnknown(at(keyView(key)), near === undefined ? undefined : at(near)),
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

  // Each setting checked as RULE_SETTINGS declares it; a group that is not an object is one finding.
  const read = (
    spec: Readonly<Record<string, unknown>>,
    value: Record<string, Json>,
    prefix: string,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, declared] of Object.entries(spec)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const v = value[key];
      if (!isSetting(declared)) {
        if (v !== undefined && !isRecord(v)) bad(path, v, messages.expect.object);
        out[key] = read(declared as Record<string, unknown>, isRecord(v) ? v : {}, path);
        continue;
      }
      out[key] = readSetting(declared, v, path);
    }
    const known = Object.keys(spec);
    for (const key of Object.keys(value))
      if (!Object.hasOwn(spec, key) && !(prefix === "" && key === "version")) unknown(prefix, key, known);
    return out;
  };
  const readSetting = (spec: Setting, v: Json, path: string): unknown => {
    switch (spec.kind) {
      case "flag":
        if (v === undefined) return spec.default;
        if (typeof v !== "boolean") {
          bad(path, v, messages.expect.flag);
          return spec.default;
        }
        return v;
      case "words":
        if (v === undefined) return {};
        if (!isRecord(v) || !Object.values(v).every((x) => typeof x === "string")) {
          bad(path, v, messages.expect.wordMap);
          return {};
        }
        return v;
      case "choice": {
        if (v === undefined) return spec.default;
        // "countshare" is countShare: the letters name one option whatever their case.
        const option =
          typeof v === "string"
            ? spec.options.find((o) => o.toLowerCase() === v.trim().toLowerCase())
            : undefined;
        if (option === undefined) {
          bad(path, v, messages.expect.oneOf(spec.options));
          return spec.default;
        }
        return option;
      }
      case "optionalNumber":
      case "number": {
        if (v === undefined || (v === null && spec.kind === "optionalNumber")) return spec.default;
        // A share or a growth rate may be written as a percentage ("15%"), as the pane shows it.
        const n = typeof v === "string" && PERCENT_UNITS.has(spec.unit) ? percentOf(v) : v;
        if (typeof n !== "number" || !Number.isFinite(n) || n < spec.min || n > spec.max) {
          const share = spec.unit === "share";
          bad(
            path,
            v,
            share
              ? messages.expect.shareRange(spec.min, spec.max)
              : messages.expect.range(spec.min, spec.max),
          );
          return spec.default;
        }
        // A cadence falls on a day of a month: 1.6 months is 2, said once here, used as 2 everywhere.
        if (spec.unit === "months" && !Number.isInteger(n)) {
          const used = Math.round(n);
          findings.push({
            code: "rules.rounded",
            severity: "warning",
            setting: path,
            message: messages.finding.rulesRounded(path, preview(v), used),
          });
          return used;
        }
        return n;
      }
    }
  };
  const rules = { version: RULES_VERSION, ...read(RULE_SETTINGS, input, "") } as Rules;

  const r = rules;
  const shareSum = r.time.share.key + r.time.share.ordinary + r.time.share.prospect;
  if (Math.abs(shareSum - 1) > 0.001) bad("time.share", r.time.share, messages.expect.sumToOne);
  const wsum =
    r.score.weights.revenue + r.score.weights.growth + r.score.weights.tenure + r.score.weights.strategic;
  if (wsum <= 0) bad("score.weights", r.score.weights, messages.expect.positiveSum);
  if (!(r.credit.maxDaysA <= r.credit.maxDaysB && r.credit.maxDaysB <= r.credit.maxDaysC))
    bad("credit", r.credit, messages.expect.ascending);
  if (!(r.credit.minScoreC <= r.credit.minScoreB && r.credit.minScoreB <= r.credit.minScoreA))
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

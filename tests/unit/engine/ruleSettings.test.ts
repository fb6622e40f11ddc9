import {
  DEFAULT_RULES,
  OUTPUT_KEYS,
  RULE_SETTINGS,
  columnOn,
  nearestKey,
  type Setting,
  settingAt,
  settingBounds,
  validateRules,
} from "../../../src/engine";
import { getMessages } from "../../../src/i18n";

const en = getMessages("en-US").engine;

/** Every declared setting with its path, walked from the one table. */
function settings(group: object = RULE_SETTINGS, prefix = ""): [string, Setting][] {
  return Object.entries(group).flatMap(([key, spec]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return "kind" in (spec as object) ? [[path, spec as Setting]] : settings(spec as object, path);
  });
}

/** A rules object with one setting set, the rest left out (defaults). */
function withSetting(path: string, value: unknown): Record<string, unknown> {
  const keys = path.split(".");
  const root: Record<string, unknown> = {};
  let node = root;
  keys.slice(0, -1).forEach((k) => {
    node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
  node[keys[keys.length - 1] as string] = value;
  return root;
}

function valueAt(rules: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], rules);
}

const all = settings();

describe("RULE_SETTINGS: each setting declared once, everything else derived from it", () => {
  it("declares every setting the defaults hold, and nothing else", () => {
    expect(all.length).toBeGreaterThan(35);
    for (const [path, spec] of all)
      expect([path, valueAt(DEFAULT_RULES, path)]).toEqual([path, spec.kind === "words" ? {} : spec.default]);
  });

  it.each(all.filter(([, s]) => s.kind === "number" || s.kind === "optionalNumber"))(
    "%s: validation accepts its bounds and refuses just past them, naming the setting and the range",
    (path, spec) => {
      if (spec.kind !== "number" && spec.kind !== "optionalNumber") return;
      for (const ok of [spec.min, spec.max]) {
        const { rules, findings } = validateRules(withSetting(path, ok), en);
        // Bounds may break a check across settings (credit days rising); never the setting's own range.
        expect(findings.filter((f) => f.setting === path && /between/.test(f.message))).toEqual([]);
        expect(valueAt(rules, path)).toBe(ok);
      }
      const step = Math.max(1e-9, (spec.max - spec.min) / 1e6);
      for (const bad of [spec.min - step, spec.max + step, Number.NaN, "12"]) {
        const { rules, findings } = validateRules(withSetting(path, bad), en);
        const mine = findings.filter((f) => f.setting === path);
        expect(mine).toHaveLength(1);
        expect(mine[0]?.message).toContain(path);
        expect(valueAt(rules, path)).toBe(spec.default);
      }
    },
  );

  it.each(all.filter(([, s]) => s.kind === "choice"))("%s: only its listed words", (path, spec) => {
    if (spec.kind !== "choice") return;
    for (const ok of spec.options) expect(validateRules(withSetting(path, ok), en).findings).toEqual([]);
    const { findings } = validateRules(withSetting(path, "fourthTier"), en);
    expect(findings.map((f) => f.setting)).toEqual([path]);
  });

  it.each(all.filter(([, s]) => s.kind === "flag"))("%s: true or false, nothing else", (path, spec) => {
    if (spec.kind !== "flag") return;
    for (const ok of [true, false]) {
      const { rules, findings } = validateRules(withSetting(path, ok), en);
      expect(findings).toEqual([]);
      expect(valueAt(rules, path)).toBe(ok);
    }
    for (const bad of ["false", 0, 1, null, {}]) {
      const { rules, findings } = validateRules(withSetting(path, bad), en);
      expect(findings.map((f) => [f.setting, f.message.includes("expected true or false")])).toEqual([
        [path, true],
      ]);
      expect(valueAt(rules, path)).toBe(spec.default);
    }
  });

  it("has a switch for every column but the tier, and for nothing else", () => {
    expect(Object.keys(RULE_SETTINGS.output).sort()).toEqual(OUTPUT_KEYS.filter((k) => k !== "tier").sort());
    for (const k of OUTPUT_KEYS) {
      expect(columnOn(DEFAULT_RULES, k)).toBe(true);
      const off = validateRules({ output: { [k]: false } }, en);
      expect([k, columnOn(off.rules, k)]).toEqual([k, k === "tier"]);
    }
    // The tier has no switch: a rules file cannot turn it off.
    expect(validateRules({ output: { tier: false } }, en).findings.map((f) => f.setting)).toEqual([
      "output.tier",
    ]);
  });

  it("gives the pane its input bounds: shares as percentages, the rest as declared", () => {
    expect(settingBounds("tiering.hysteresis")).toEqual({ min: 0, max: 50 });
    expect(settingBounds("tiering.keyShare")).toEqual({ min: 0, max: 100 });
    expect(settingBounds("credit.maxDaysC")).toEqual({ min: 0, max: 100_000 });
    expect(settingBounds("time.monthlyCapacityHours")).toEqual({ min: 1, max: 1e7 });
    expect(settingAt("tiering.method")?.kind).toBe("choice");
    expect(() => settingBounds("tiering.method")).toThrow();
  });
});

describe("keys the rules do not have", () => {
  const zh = getMessages("zh-CN").engine;

  it("are each an error naming the key and the setting it most likely meant, in both languages", () => {
    const input = { tiering: { keyshare: 0.2 }, scroe: { weights: { revenue: 50 } }, foo: 1, version: 2 };
    const { rules, findings } = validateRules(input, en);
    expect(findings.map((f) => [f.code, f.severity, f.setting])).toEqual([
      ["rules.invalid", "error", "tiering.keyshare"],
      ["rules.invalid", "error", "scroe"],
      ["rules.invalid", "error", "foo"],
    ]);
    expect(findings[0]?.message).toBe(
      "Rule tiering.keyshare is not a known setting (did you mean tiering.keyShare?).",
    );
    expect(findings[1]?.message).toBe("Rule scroe is not a known setting (did you mean score?).");
    expect(findings[2]?.message).toBe("Rule foo is not a known setting.");
    expect(validateRules(input, zh).findings[0]?.message).toBe(
      "规则中没有 tiering.keyshare 这一项（是否应为 tiering.keyShare？）。",
    );
    // The defaults stand where the user's key went astray; nothing unknown is kept.
    expect(rules.tiering.keyShare).toBe(DEFAULT_RULES.tiering.keyShare);
    expect(Object.keys(rules)).toEqual(Object.keys(DEFAULT_RULES));
  });

  it("leave the defaults, the saved rules and every word list alone", () => {
    expect(validateRules(DEFAULT_RULES, en).findings).toEqual([]);
    expect(validateRules(JSON.parse(JSON.stringify(DEFAULT_RULES)), en).findings).toEqual([]);
    // Synonym lists hold the user's own words as keys.
    expect(validateRules({ synonyms: { salesMode: { 批发商: "wholesale" } } }, en).findings).toEqual([]);
    // Rules saved by version 1 may hold settings it has since retired: dropped without a word.
    const v1 = { version: 1, score: { growthFloor: -0.5, growthCeiling: 1, weights: { revenue: 50 } } };
    expect(validateRules(v1, en).findings).toEqual([]);
    expect(validateRules(v1, en).rules.score.weights.revenue).toBe(50);
    // Inherited names are not settings either.
    expect(validateRules({ toString: 1 }, en).findings.map((f) => f.setting)).toEqual(["toString"]);
  });

  it("are said at most ten times, each key shown short", () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`extra${i}`, i]));
    expect(validateRules(many, en).findings).toHaveLength(10);
    const long = "x".repeat(500);
    const [finding] = validateRules({ [long]: 1, "a\nb": 2 }, en).findings;
    expect(finding?.setting?.length).toBeLessThanOrEqual(42);
    expect(validateRules({ "a\nb": 2 }, en).findings[0]?.setting).toBe('"a\\nb"');
  });
});

describe("nearestKey", () => {
  it("finds another case or up to two edits, and gives up on a tie or a far or short key", () => {
    expect(nearestKey("KEYSHARE", ["keyShare", "countBase"])).toBe("keyShare");
    expect(nearestKey("keyShar", ["keyShare", "countBase"])).toBe("keyShare");
    expect(nearestKey("keySha", ["keyShare", "keyShape"])).toBeUndefined();
    expect(nearestKey("weights", ["keyShare", "countBase"])).toBeUndefined();
    expect(nearestKey("kez", ["key", "ordinary"])).toBeUndefined();
  });
});

describe("values as people write them in a rules file", () => {
  const zh = getMessages("zh-CN").engine;

  it("reads a share or a growth rate written as a percentage", () => {
    const input = { tiering: { keyShare: "15%", hysteresis: "2 %" }, potential: { lowGrowth: "-5％" } };
    const { rules, findings } = validateRules(input, en);
    expect(findings).toEqual([]);
    expect(rules.tiering.keyShare).toBe(0.15);
    expect(rules.tiering.hysteresis).toBe(0.02);
    expect(rules.potential.lowGrowth).toBe(-0.05);
    // Only shares and rates: money, days and hours stay numbers; a share out of range stays an error.
    expect(validateRules({ credit: { maxDaysB: "30%" } }, en).findings).toHaveLength(1);
    // Credit-score bands fall from A to C.
    expect(validateRules({ credit: { minScoreA: 60, minScoreB: 70 } }, en).findings).toHaveLength(1);
    expect(validateRules({ credit: { minScoreA: 90, minScoreB: 75, minScoreC: 50 } }, en).findings).toEqual(
      [],
    );
    expect(validateRules({ tiering: { keyShare: "150%" } }, en).findings).toHaveLength(1);
    expect(validateRules({ tiering: { keyShare: "15" } }, en).findings).toHaveLength(1);
  });

  it("says how to write a share when a percentage is given as a whole number", () => {
    const [finding] = validateRules({ tiering: { keyShare: 10 } }, en).findings;
    expect(finding?.message).toBe(
      'Rule tiering.keyShare = 10 is invalid: expected a share from 0 to 1 (10% is 0.1, or "10%").',
    );
    expect(validateRules({ tiering: { keyShare: 10 } }, zh).findings[0]?.message).toContain(
      '应为 0 到 1 之间的比例（10%写作0.1或"10%"）',
    );
    // Other numbers keep the plain range.
    expect(validateRules({ review: { keyMonths: 0 } }, en).findings[0]?.message).toContain(
      "expected a number from 1 to 60",
    );
  });

  it("uses a cadence of a fraction of months as the whole months it falls on, and says so in both languages", () => {
    const { rules, findings } = validateRules({ review: { keyMonths: 1.6, ordinaryMonths: 3 } }, en);
    expect(rules.review.keyMonths).toBe(2);
    expect(rules.review.ordinaryMonths).toBe(3);
    expect(findings).toEqual([
      {
        code: "rules.rounded",
        severity: "warning",
        setting: "review.keyMonths",
        message: "Rule review.keyMonths = 1.6: reviews fall on a day of a month, so 2 months are used.",
      },
    ]);
    expect(validateRules({ review: { prospectMonths: 1.2 } }, en).findings[0]?.message).toBe(
      "Rule review.prospectMonths = 1.2: reviews fall on a day of a month, so 1 month is used.",
    );
    expect(validateRules({ review: { keyMonths: 1.6 } }, zh).findings[0]?.message).toBe(
      "规则 review.keyMonths = 1.6：复查按整月安排，按2个月计。",
    );
    // Out of range stays an error; a whole number says nothing.
    expect(validateRules({ review: { keyMonths: 60.4 } }, en).findings[0]?.severity).toBe("error");
    expect(validateRules({ review: { keyMonths: 2 } }, en).findings).toEqual([]);
  });

  it("reads a choice whatever the case of its letters", () => {
    const { rules, findings } = validateRules(
      { tiering: { method: "countshare", countBase: " Active" } },
      en,
    );
    expect(findings).toEqual([]);
    expect(rules.tiering.method).toBe("countShare");
    expect(rules.tiering.countBase).toBe("active");
    expect(validateRules({ tiering: { method: "count" } }, en).findings).toHaveLength(1);
  });
});

import {
  DEFAULT_RULES,
  RULE_SETTINGS,
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

  it("gives the pane its input bounds: shares as percentages, the rest as declared", () => {
    expect(settingBounds("tiering.hysteresis")).toEqual({ min: 0, max: 50 });
    expect(settingBounds("tiering.keyShare")).toEqual({ min: 0, max: 100 });
    expect(settingBounds("credit.maxDaysC")).toEqual({ min: 0, max: 100_000 });
    expect(settingBounds("time.monthlyCapacityHours")).toEqual({ min: 1, max: 1e7 });
    expect(settingAt("tiering.method")?.kind).toBe("choice");
    expect(() => settingBounds("tiering.method")).toThrow();
  });
});

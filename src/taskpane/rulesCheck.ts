import { DEFAULT_RULES, OUTPUT_KEYS, type OutputKey, type Rules } from "../engine";
import { formatPercent } from "../i18n";
import type { UiMessages } from "../i18n";

/** Groups of rule fields checked together; each problem is shown beside its group, never as JSON. */
export type RuleGroup = "time" | "credit" | "creditScore" | "regionalShare";

/**
 * The checks across fields that the engine's validation also makes (src/engine/rules.ts), worded for
 * the pane: the sales-time shares add up to 100%, credit days rise from A to C and credit scores fall,
 * regional-share bands fall.
 * A field-by-field range check happens in each input before anything is committed.
 * @example ruleProblems(DEFAULT_RULES, ui) // {}
 */
export function ruleProblems(rules: Rules, ui: UiMessages): Partial<Record<RuleGroup, string>> {
  const out: Partial<Record<RuleGroup, string>> = {};
  const s = rules.time.share;
  const sum = s.key + s.ordinary + s.prospect;
  if (Math.abs(sum - 1) > 0.001) out.time = ui.sumNot100(formatPercent(sum));
  const c = rules.credit;
  if (!(c.maxDaysA <= c.maxDaysB && c.maxDaysB <= c.maxDaysC)) out.credit = ui.creditAscending;
  if (!(c.minScoreC <= c.minScoreB && c.minScoreB <= c.minScoreA)) out.creditScore = ui.scoreDescending;
  const r = rules.regionalShare;
  if (!(r.competitive <= r.strong && r.strong <= r.dominant)) out.regionalShare = ui.shareDescending;
  return out;
}

/**
 * The rules past the first ones, in the order "More rules" shows them: the pane's fields there
 * (RulesFields, one for each, typed by this list) and the count of those changed both read it, so a rule
 * added here cannot be shown without being counted, or counted without being shown.
 */
export const MORE_RULES = [
  "tiering.coreRevenueShare",
  "tiering.revenueGate",
  "review.keyMonths",
  "review.ordinaryMonths",
  "review.prospectMonths",
  "watch.fallingShare",
  "promotion.nearKey",
  "promotion.topIncreaseShare",
  "sales.currency",
  "time.hoursPerOwner",
  "credit.minScoreA",
  "credit.minScoreB",
  "credit.minScoreC",
] as const;

export type MoreRule = (typeof MORE_RULES)[number];

/** The revenue core and gate place key accounts under the count share's method only. */
const COUNT_SHARE_ONLY: ReadonlySet<MoreRule> = new Set(["tiering.coreRevenueShare", "tiering.revenueGate"]);

/**
 * The further rules that act under the rules' method (the revenue core and gate under the count share's
 * only), in MORE_RULES's order.
 * @example moreRulesActing(DEFAULT_RULES).length // 13
 */
export function moreRulesActing(rules: Rules): MoreRule[] {
  return MORE_RULES.filter((r) => rules.tiering.method === "countShare" || !COUNT_SHARE_ONLY.has(r));
}

/** A rule's value by its path ("review.keyMonths"). */
function ruleAt(rules: Rules, path: MoreRule): unknown {
  return path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], rules);
}

/**
 * How many of the further rules that act under the rules' method differ from the defaults: their
 * fields open with the rest, and the rules' summary line says so, so a rule saved in the workbook is
 * never out of sight (a revenue gate set under another method changes nothing, and is not counted).
 * @example moreRulesChanged(DEFAULT_RULES) // 0
 */
export function moreRulesChanged(rules: Rules): number {
  return moreRulesActing(rules).filter((r) => ruleAt(rules, r) !== ruleAt(DEFAULT_RULES, r)).length;
}

/** The columns the rules can turn off: every one the run writes but the tier, in the sheet's order. */
export const COLUMN_SWITCHES = OUTPUT_KEYS.filter((k): k is Exclude<OutputKey, "tier"> => k !== "tier");

/**
 * How many of the run's columns the rules turn off: the rules' summary line says so, and the columns'
 * boxes open by themselves where any is.
 * @example columnsOff(DEFAULT_RULES) // 0
 */
export function columnsOff(rules: Rules): number {
  return COLUMN_SWITCHES.filter((k) => !rules.output[k]).length;
}

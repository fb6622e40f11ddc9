import { DEFAULT_RULES, type Rules, TIERS } from "../engine";
import { formatPercent } from "../i18n";
import type { UiMessages } from "../i18n";

/** Groups of rule fields checked together; each problem is shown beside its group, never as JSON. */
export type RuleGroup = "time" | "credit" | "regionalShare";

/**
 * The checks across fields that the engine's validation also makes (src/engine/rules.ts), worded for
 * the pane: the sales-time shares add up to 100%, credit days rise from A to C, regional-share bands fall.
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
  const r = rules.regionalShare;
  if (!(r.competitive <= r.strong && r.strong <= r.dominant)) out.regionalShare = ui.shareDescending;
  return out;
}

/**
 * How many of the rules past the first ones (the revenue core and gate, the review cadences, the watch
 * list's fall, the promotion candidates' bounds, an owner's hours, the sales' currency) differ from the
 * defaults: their fields open with the rest, and the rules' summary line says so, so a rule saved in the
 * workbook is never out of sight.
 * @example moreRulesChanged(DEFAULT_RULES) // 0
 */
export function moreRulesChanged(rules: Rules): number {
  const d = DEFAULT_RULES;
  return [
    rules.tiering.coreRevenueShare !== d.tiering.coreRevenueShare,
    rules.tiering.revenueGate !== d.tiering.revenueGate,
    ...TIERS.map((tier) => rules.review[`${tier}Months`] !== d.review[`${tier}Months`]),
    rules.watch.fallingShare !== d.watch.fallingShare,
    rules.promotion.nearKey !== d.promotion.nearKey,
    rules.promotion.topIncreaseShare !== d.promotion.topIncreaseShare,
    rules.time.hoursPerOwner !== d.time.hoursPerOwner,
    rules.sales.currency !== d.sales.currency,
  ].filter(Boolean).length;
}

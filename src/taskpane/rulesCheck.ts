import type { Rules } from "../engine";
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

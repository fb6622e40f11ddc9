import type { TieringResult } from "../engine";
import type { Messages } from "../i18n";

/**
 * The key accounts' quarterly programme: the four calendar quarters from the run's, each with its theme
 * (align the year, build the brand, exceed expectations, review the year) and this run's counts in it.
 * @example quarterPlan(result, zh, new Date("2026-11-30"))[0].quarter // "2026年第4季度（10-12月）"
 */
export function quarterPlan(
  result: TieringResult,
  messages: Messages,
  asOf: Date,
): { readonly quarter: string; readonly programme: string }[] {
  const w = messages.workbook;
  const s = result.summary;
  let creditCD = 0;
  for (const e of s.watchList) if (e.reasons.includes("credit")) creditCD++;
  const watched = s.watchList.length;
  const candidates = s.promotionCandidates.length;
  // Each calendar quarter's theme, Q1 to Q4.
  const themes = [
    w.quarterTheme.q1(creditCD),
    w.quarterTheme.q2,
    w.quarterTheme.q3(watched),
    w.quarterTheme.q4(candidates),
  ];
  const first = Math.floor(asOf.getUTCMonth() / 3);
  const plan = [];
  for (let k = 0; k < 4; k++) {
    const q = (first + k) % 4;
    const year = asOf.getUTCFullYear() + Math.floor((first + k) / 4);
    plan.push({ quarter: w.quarterLabel(year, (q + 1) as 1 | 2 | 3 | 4), programme: themes[q] as string });
  }
  return plan;
}

import type { AccountResult } from "./account";
import type { RowInputs } from "./readAccounts";
import type { Rules } from "./rules";

/** Which score parts have an input column in this sheet; absent parts drop out of the weights. */
export type ScoreInputs = {
  readonly revenue: boolean;
  readonly growth: boolean;
  readonly tenure: boolean;
  readonly strategic: boolean;
};

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Scores every account 0-100 on the course's key-account tests: share of current revenue (relative to
 * the largest account), growth or headroom, relationship length and a strategic flag. The parts are kept
 * in points, so a score can be explained; weights of parts without an input column are shared out.
 * @example scoreAccounts(accounts, inputs, { revenue: true, growth: false, tenure: false, strategic: false }, DEFAULT_RULES)
 */
export function scoreAccounts(
  accounts: AccountResult[],
  inputs: readonly RowInputs[],
  present: ScoreInputs,
  rules: Rules,
): void {
  const w = rules.score.weights;
  const wr = present.revenue ? w.revenue : 0;
  const wg = present.growth ? w.growth : 0;
  const wt = present.tenure ? w.tenure : 0;
  const ws = present.strategic ? w.strategic : 0;
  const total = wr + wg + wt + ws;
  if (total <= 0) return;
  const scale = 100 / total;
  let maxRevenue = 0;
  for (const a of accounts) if (a.revenue !== null && a.revenue > maxRevenue) maxRevenue = a.revenue;
  const { growthFloor, growthCeiling, tenureFullYears } = rules.score;
  const span = growthCeiling - growthFloor;
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i] as AccountResult;
    const revenue = a.revenue !== null && a.revenue > 0 ? a.revenue : 0;
    a.partRevenue = maxRevenue > 0 ? wr * scale * (revenue / maxRevenue) : 0;
    let g = 0.5;
    if (a.growth !== null) g = clamp01((a.growth - growthFloor) / span);
    else {
      const potential = inputs[i]?.marketPotential ?? null;
      if (potential !== null && potential > 0) g = clamp01(1 - revenue / potential);
    }
    a.partGrowth = wg * scale * g;
    a.partTenure = a.tenureYears === null ? 0 : wt * scale * clamp01(a.tenureYears / tenureFullYears);
    a.partStrategic = a.strategic ? ws * scale : 0;
    a.score = a.partRevenue + a.partGrowth + a.partTenure + a.partStrategic;
  }
}

import type { AccountTable } from "./account";
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
 * @example scoreAccounts(table, inputs, { revenue: true, growth: false, tenure: false, strategic: false }, DEFAULT_RULES)
 */
export function scoreAccounts(t: AccountTable, inputs: RowInputs, present: ScoreInputs, rules: Rules): void {
  const w = rules.score.weights;
  const wr = present.revenue ? w.revenue : 0;
  const wg = present.growth ? w.growth : 0;
  const wt = present.tenure ? w.tenure : 0;
  const ws = present.strategic ? w.strategic : 0;
  const total = wr + wg + wt + ws;
  if (total <= 0) return;
  const scale = 100 / total;
  const n = t.length;
  let maxRevenue = 0;
  for (let i = 0; i < n; i++) {
    const r = t.revenue[i] as number;
    if (r > maxRevenue) maxRevenue = r;
  }
  const { growthFloor, growthCeiling, tenureFullYears } = rules.score;
  const span = growthCeiling - growthFloor;
  for (let i = 0; i < n; i++) {
    const raw = t.revenue[i] as number;
    const revenue = raw > 0 ? raw : 0;
    const pr = maxRevenue > 0 ? wr * scale * (revenue / maxRevenue) : 0;
    const growth = t.growth[i] as number;
    let g = 0.5;
    if (!Number.isNaN(growth)) g = clamp01((growth - growthFloor) / span);
    else {
      const potential = inputs.marketPotential[i] as number;
      if (potential > 0) g = clamp01(1 - revenue / potential);
    }
    const pg = wg * scale * g;
    const years = t.tenureYears[i] as number;
    const pt = Number.isNaN(years) ? 0 : wt * scale * clamp01(years / tenureFullYears);
    const ps = t.strategic[i] === 1 ? ws * scale : 0;
    t.partRevenue[i] = pr;
    t.partGrowth[i] = pg;
    t.partTenure[i] = pt;
    t.partStrategic[i] = ps;
    t.score[i] = pr + pg + pt + ps;
  }
}

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

/** The constants of one run's score: weights in points after sharing out absent parts, and scales. */
export type ScoreModel = {
  readonly revenue: number;
  readonly growth: number;
  readonly tenure: number;
  readonly strategic: number;
  readonly maxRevenue: number;
  readonly growthFloor: number;
  readonly growthSpan: number;
  readonly tenureFullYears: number;
};

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function revenuePart(m: ScoreModel, revenue: number): number {
  return m.maxRevenue > 0 && revenue > 0 ? m.revenue * (revenue / m.maxRevenue) : 0;
}

/** Growth earns its part between the floor and the ceiling; without growth, headroom against market potential; else half. */
function growthPart(m: ScoreModel, growth: number, revenue: number, potential: number): number {
  let g = 0.5;
  if (!Number.isNaN(growth)) g = clamp01((growth - m.growthFloor) / m.growthSpan);
  else if (potential > 0) g = clamp01(1 - (revenue > 0 ? revenue : 0) / potential);
  return m.growth * g;
}

function tenurePart(m: ScoreModel, years: number): number {
  return Number.isNaN(years) ? 0 : m.tenure * clamp01(years / m.tenureFullYears);
}

/**
 * Scores every account 0-100 on the course's key-account tests: share of current revenue (relative to
 * the largest account), growth or headroom, relationship length and a strategic flag. Weights of parts
 * without an input column are shared out; the model returned explains any score (see `scoreParts`).
 * @example scoreAccounts(table, inputs, { revenue: true, growth: false, tenure: false, strategic: false }, DEFAULT_RULES)
 */
export function scoreAccounts(
  t: AccountTable,
  inputs: RowInputs,
  present: ScoreInputs,
  rules: Rules,
): ScoreModel {
  const w = rules.score.weights;
  const wr = present.revenue ? w.revenue : 0;
  const wg = present.growth ? w.growth : 0;
  const wt = present.tenure ? w.tenure : 0;
  const ws = present.strategic ? w.strategic : 0;
  const total = wr + wg + wt + ws;
  const scale = total > 0 ? 100 / total : 0;
  const n = t.length;
  let maxRevenue = 0;
  for (let i = 0; i < n; i++) {
    const r = t.revenue[i] as number;
    if (r > maxRevenue) maxRevenue = r;
  }
  const m: ScoreModel = {
    revenue: wr * scale,
    growth: wg * scale,
    tenure: wt * scale,
    strategic: ws * scale,
    maxRevenue,
    growthFloor: rules.score.growthFloor,
    growthSpan: rules.score.growthCeiling - rules.score.growthFloor,
    tenureFullYears: rules.score.tenureFullYears,
  };
  if (total <= 0) return m;
  const potential = inputs.marketPotential;
  for (let i = 0; i < n; i++) {
    const revenue = t.revenue[i] as number;
    t.score[i] =
      revenuePart(m, revenue) +
      growthPart(m, t.growth[i] as number, revenue, potential[i] ?? Number.NaN) +
      tenurePart(m, t.tenureYears[i] as number) +
      (t.strategic[i] === 1 ? m.strategic : 0);
  }
  return m;
}

/**
 * The parts of row `i`'s score in points: revenue, growth, tenure, strategic (they add up to the score).
 * @example scoreParts(model, table, inputs, 0) // [60, 12.5, 10, 0]
 */
export function scoreParts(
  m: ScoreModel,
  t: AccountTable,
  inputs: RowInputs,
  i: number,
): [number, number, number, number] {
  if (m.revenue + m.growth + m.tenure + m.strategic <= 0) return [0, 0, 0, 0];
  const revenue = t.revenue[i] as number;
  return [
    revenuePart(m, revenue),
    growthPart(m, t.growth[i] as number, revenue, inputs.marketPotential[i] ?? Number.NaN),
    tenurePart(m, t.tenureYears[i] as number),
    t.strategic[i] === 1 ? m.strategic : 0,
  ];
}

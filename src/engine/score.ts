import { f64, i32 } from "./memory";

import type { AccountTable } from "./account";
import { type RankedValues, percentileAt, rankValues } from "./order";
import type { RowInputs } from "./readAccounts";
import type { Rules } from "./rules";

/** Which score parts have an input column in this sheet; absent parts drop out of the weights. */
export type ScoreInputs = {
  readonly revenue: boolean;
  readonly growth: boolean;
  readonly tenure: boolean;
  readonly strategic: boolean;
};

/** The constants of one run's score (weights in points after sharing out absent parts) and the
 * per-row percentiles the revenue and growth parts are made of. */
export type ScoreModel = {
  readonly revenue: number;
  readonly growth: number;
  readonly tenure: number;
  readonly strategic: number;
  readonly tenureFullYears: number;
  /** Current revenue of the accounts with sales, ranked once: the ranking reuses it for its orders. */
  readonly revenueLevels: RankedValues;
  /** The absolute increase (or the headroom in yuan) ranked; null when growth has no weight. A row's
   * percentile rank (largest 1, median 0.5) is read from its level: `percentileAt`. */
  readonly growthLevels: RankedValues | null;
};

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** The growth part's rank where the row has one; a row without input earns half, as no evidence either way. */
function growthShare(m: ScoreModel, i: number): number {
  const g = m.growthLevels === null ? Number.NaN : percentileAt(m.growthLevels, i);
  return Number.isNaN(g) ? 0.5 : g;
}

function partsAt(m: ScoreModel, t: AccountTable, i: number): [number, number, number, number] {
  const rr = percentileAt(m.revenueLevels, i);
  const years = t.tenureYears[i] as number;
  return [
    Number.isNaN(rr) ? 0 : m.revenue * rr,
    m.growth * growthShare(m, i),
    Number.isNaN(years) ? 0 : m.tenure * clamp01(years / m.tenureFullYears),
    t.strategic[i] === 1 ? m.strategic : 0,
  ];
}

/**
 * Scores every account 0-100 on the course's key-account tests, each part by rank so that one giant
 * account does not flatten the rest: current revenue as a percentile among accounts with sales, the
 * absolute revenue increase over the prior year as a percentile (or the headroom in yuan against a
 * market-potential column), relationship length, and a strategic flag. Weights of parts without an
 * input column are shared out; `scoreParts` explains any score.
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
  const wt = present.tenure ? w.tenure : 0;
  const ws = present.strategic ? w.strategic : 0;
  const n = t.length;

  const withSales = i32(n);
  let sold = 0;
  for (let i = 0; i < n; i++) if ((t.revenue[i] as number) > 0) withSales[sold++] = i;
  const revenueLevels = rankValues(t.revenue, withSales.subarray(0, sold));

  // Growth: the absolute increase where the sheet gives a prior year or a rate, else headroom in yuan.
  const growthKey = f64(n);
  const withGrowth = i32(n);
  let grown = 0;
  const potential = inputs.marketPotential;
  for (let i = 0; i < n; i++) {
    const inc = t.increase[i] as number;
    if (!Number.isNaN(inc)) {
      growthKey[i] = inc;
      withGrowth[grown++] = i;
    } else if (potential.length > 0) {
      const p = potential[i] as number;
      if (!Number.isNaN(p)) {
        const rev = t.revenue[i] as number;
        growthKey[i] = p - (rev > 0 ? rev : 0);
        withGrowth[grown++] = i;
      }
    }
  }
  // A growth part with no figure on any row (a 销售潜力 column of 高/中/低 words, no prior year) is a
  // part without input: its weight is shared out, not scored as nothing (the largest account made 87.5).
  const wg = present.growth && grown > 0 ? w.growth : 0;
  const total = wr + wg + wt + ws;
  const scale = total > 0 ? 100 / total : 0;
  const growthLevels = wg > 0 ? rankValues(growthKey, withGrowth.subarray(0, grown)) : null;

  const m: ScoreModel = {
    revenue: wr * scale,
    growth: wg * scale,
    tenure: wt * scale,
    strategic: ws * scale,
    tenureFullYears: rules.score.tenureFullYears,
    revenueLevels,
    growthLevels,
  };
  if (total <= 0) return m;
  // The parts' sum, added in the order scoreParts lists them (the same double), without an array a row.
  for (let i = 0; i < n; i++) {
    const rr = percentileAt(revenueLevels, i);
    const years = t.tenureYears[i] as number;
    t.score[i] =
      (Number.isNaN(rr) ? 0 : m.revenue * rr) +
      m.growth * growthShare(m, i) +
      (Number.isNaN(years) ? 0 : m.tenure * clamp01(years / m.tenureFullYears)) +
      (t.strategic[i] === 1 ? m.strategic : 0);
  }
  return m;
}

/**
 * The parts of row `i`'s score in points: revenue, growth, tenure, strategic (they add up to the score).
 * @example scoreParts(model, table, 0) // [60, 12.5, 10, 0]
 */
export function scoreParts(m: ScoreModel, t: AccountTable, i: number): [number, number, number, number] {
  if (m.revenue + m.growth + m.tenure + m.strategic <= 0) return [0, 0, 0, 0];
  return partsAt(m, t, i);
}

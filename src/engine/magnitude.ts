/**
 * How far apart two columns of amounts are, account by account: the median of their ratios, read from a
 * histogram of the ratios' orders of magnitude (a tenth of a power of ten a bucket), in one pass with no
 * sort, so a million rows cost a few milliseconds. Used to catch a column typed in another unit than its
 * header says (yuan under 万元): every account then "grows" ten thousand fold.
 */

/** Buckets a power of ten is split into. */
const STEPS = 10;
/** Ratios from 10^-LIMIT to 10^LIMIT are told apart; beyond, they count at the ends. */
const LIMIT = 9;
const BUCKETS = 2 * LIMIT * STEPS + 1;

/**
 * The median of `top[i] / bottom[i]` over the rows where both are above zero, to within a tenth of a power
 * of ten (about 12 %), and how many rows it is of. Null where no row has both.
 * @example medianRatio(new Float64Array([20000, 50000]), new Float64Array([2, 5])) // { ratio: 10000, count: 2 } (about)
 */
export function medianRatio(
  top: Float64Array,
  bottom: Float64Array,
): { readonly ratio: number; readonly count: number } | null {
  const counts = new Uint32Array(BUCKETS);
  let count = 0;
  const n = Math.min(top.length, bottom.length);
  for (let i = 0; i < n; i++) {
    const a = top[i] as number;
    const b = bottom[i] as number;
    // NaN fails both comparisons: a blank or unreadable cell is no ratio.
    if (!(a > 0 && b > 0)) continue;
    const step = Math.round(Math.log10(a / b) * STEPS);
    const k = Math.max(0, Math.min(BUCKETS - 1, step + LIMIT * STEPS));
    counts[k] = (counts[k] as number) + 1;
    count++;
  }
  if (count === 0) return null;
  // The lower median's bucket: the first whose running count passes half.
  let seen = 0;
  for (let k = 0; k < BUCKETS; k++) {
    seen += counts[k] as number;
    if (seen * 2 >= count) return { ratio: 10 ** ((k - LIMIT * STEPS) / STEPS), count };
  }
  return null;
}

/**
 * Whether a median ratio says the two columns are in different units (yuan and 万元, yuan and thousands)
 * rather than grown or fallen: 500 times or more, either way. No distributor base grows or falls so far
 * in the middle of it.
 * @example apartByUnits(10_000) // true
 * @example apartByUnits(1.3) // false
 */
export function apartByUnits(ratio: number): boolean {
  return ratio >= UNITS_APART || ratio <= 1 / UNITS_APART;
}

const UNITS_APART = 500;

/**
 * A median ratio as the power of ten nearest it, to say (“约为上年的10,000倍”, “1/10,000”): what
 * matters is the order of magnitude, which names the units apart. Below 1, the figure under the bar.
 * @example roundRatio(10_471) // 10000
 * @example roundRatio(0.0001) // 10000
 */
export function roundRatio(ratio: number): number {
  const r = ratio >= 1 ? ratio : 1 / ratio;
  return 10 ** Math.round(Math.log10(r));
}

/**
 * Exact orders and ranks over a million values with the engine's native numeric sort and no comparator.
 *
 * A set of values is ranked once (`rankValues`): a stable radix sort of their bit patterns gives their
 * order and distinct levels exactly. From there, percentiles, quantiles and orders cost a
 * pass each: an order packs (level, position) into one exact double and sorts those natively, so only
 * truly equal values ever reach a comparator (`tieBreak`). Two values that differ are never taken as a
 * tie, whatever their size (the float32 packing this replaces confused scores a few millionths apart).
 */

/** Positions up to 2^21 (Excel's 1,048,576 rows, twice over) and levels up to 2^31 fit in one exact double. */
const POSITION_SPAN = 2 ** 21;

/** A set of values ranked once: each member's level among the distinct values, and how many hold each. */
export type RankedValues = {
  /** The members (indices into the values), as given. */
  readonly members: Int32Array;
  /** The distinct values, ascending. */
  readonly distinct: Float64Array;
  /** starts[k]: members holding a value below distinct[k]; starts[distinct.length] is the member count. */
  readonly starts: Int32Array;
  /** Per index of the values: its level (index into `distinct`), or -1 when it is not a member. */
  readonly level: Int32Array;
  /** The members, smallest value first; equal values in `members` order. */
  readonly ascending: Int32Array;
};

const f64 = new Float64Array(1);
const u32pair = new Uint32Array(f64.buffer);
/** Which of the two 32-bit halves of a double holds its sign and exponent (little-endian machines: 1). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;
const RADIX_BITS = 16;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;

/**
 * Ranks the values at `members` (NaN must not be among them) with a stable LSD radix sort of their
 * 64-bit patterns, made to order as the numbers do (negative values flipped, -0 taken as 0): exact,
 * equal values in `members` order, four counting passes of 16 bits (fewer where every value shares the
 * digits) and no comparator at all.
 * @example rankValues(new Float64Array([10, 30, 10]), Int32Array.from([0, 1, 2])).level // Int32Array [0, 1, 0]
 */
export function rankValues(values: Float64Array, members: Int32Array): RankedValues {
  const n = members.length;
  const level = new Int32Array(values.length).fill(-1);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let p = 0; p < n; p++) {
    f64[0] = (values[members[p] as number] as number) + 0;
    const h = u32pair[HIGH] as number;
    const l = u32pair[LOW] as number;
    if (h >= 0x80000000) {
      hi[p] = ~h >>> 0;
      lo[p] = ~l >>> 0;
    } else {
      hi[p] = (h | 0x80000000) >>> 0;
      lo[p] = l;
    }
  }
  let order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  let next = new Int32Array(n);
  const count = new Int32Array(RADIX);
  for (const [word, shift] of [
    [lo, 0],
    [lo, RADIX_BITS],
    [hi, 0],
    [hi, RADIX_BITS],
  ] as const) {
    count.fill(0);
    for (let p = 0; p < n; p++) {
      const d = ((word[p] as number) >>> shift) & RADIX_MASK;
      count[d] = (count[d] as number) + 1;
    }
    // Every value has the same digit here: the pass would not move anything.
    if (n === 0 || count[((word[0] as number) >>> shift) & RADIX_MASK] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let q = 0; q < n; q++) {
      const p = order[q] as number;
      const d = ((word[p] as number) >>> shift) & RADIX_MASK;
      const at = count[d] as number;
      next[at] = p;
      count[d] = at + 1;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  const ascending = new Int32Array(n);
  for (let q = 0; q < n; q++) ascending[q] = members[order[q] as number] as number;
  return fromAscending(values, members, ascending, level);
}

function fromAscending(
  values: Float64Array,
  members: Int32Array,
  ascending: Int32Array,
  level: Int32Array,
): RankedValues {
  const n = ascending.length;
  // Typed from the start (no growing arrays to copy on the heap), cut to the count at the end.
  const distinct = new Float64Array(n);
  const starts = new Int32Array(n + 1);
  let k = -1;
  for (let p = 0; p < n; p++) {
    const i = ascending[p] as number;
    const v = (values[i] as number) + 0;
    if (k < 0 || v !== distinct[k]) {
      k++;
      distinct[k] = v;
      starts[k] = p;
    }
    level[i] = k;
  }
  starts[k + 1] = n;
  return {
    members,
    distinct: distinct.subarray(0, k + 1),
    starts: starts.subarray(0, k + 2),
    level,
    ascending,
  };
}

/**
 * Percentile ranks of the members: tied values share their average rank, the largest is 1, the smallest 0
 * and the median 0.5 ((rank - 1) / (count - 1); a single value is 1). Non-members are NaN.
 * @example percentileRanks(rankValues(new Float64Array([10, 30, 20]), Int32Array.from([0, 1, 2]))) // Float64Array [0, 1, 0.5]
 */
export function percentileRanks(r: RankedValues): Float64Array {
  const out = new Float64Array(r.level.length).fill(Number.NaN);
  const n = r.members.length;
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let p = 0; p < n; p++) {
    const i = r.members[p] as number;
    const k = r.level[i] as number;
    // The mean of the 1-based positions starts[k]+1 … starts[k+1], less one.
    out[i] = n === 1 ? 1 : (((r.starts[k] as number) + (r.starts[k + 1] as number) - 1) / 2) * scale;
  }
  return out;
}

/**
 * The q-quantile of the members' values, interpolated between neighbours (0.5: the median, the mean of the
 * middle two of an even count), or NaN when there are none.
 * @example quantile(rankValues(new Float64Array([1, 2, 3, 4]), Int32Array.from([0, 1, 2, 3])), 0.5) // 2.5
 */
export function quantile(r: RankedValues, q: number): number {
  const n = r.members.length;
  if (n === 0) return Number.NaN;
  const pos = q * (n - 1);
  const lo = valueAtPosition(r, Math.floor(pos));
  const hi = valueAtPosition(r, Math.ceil(pos));
  return lo + (pos - Math.floor(pos)) * (hi - lo);
}

/** The value at a 0-based position of the ascending order. */
function valueAtPosition(r: RankedValues, position: number): number {
  // The last level whose start is at or before the position.
  let lo = 0;
  let hi = r.distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((r.starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return r.distinct[lo] as number;
}

/**
 * Orders `subset` (indices into the values; those that are not members come last), largest value first.
 * Equal values come out in `subset` order; `tieBreak`, when given, then orders each run of equal values.
 * @example orderDescending(rankValues(new Float64Array([1, 3, 2]), Int32Array.from([0, 1, 2])), Int32Array.from([0, 1, 2])) // Int32Array [1, 2, 0]
 */
export function orderDescending(
  r: RankedValues,
  subset: Int32Array,
  tieBreak?: (run: number[]) => number[],
): Int32Array {
  const n = subset.length;
  const levels = r.distinct.length;
  // Largest first: level `levels - 1` packs as 0, a non-member as `levels`.
  const keyOf = (i: number): number => {
    const k = r.level[i] as number;
    return k < 0 ? levels : levels - 1 - k;
  };
  let out: Int32Array;
  if (subset === r.members) {
    // Already in order: the levels from the top, each level's members in their own order.
    out = new Int32Array(n);
    let p = 0;
    for (let k = levels - 1; k >= 0; k--) {
      out.set(r.ascending.subarray(r.starts[k] as number, r.starts[k + 1] as number), p);
      p += (r.starts[k + 1] as number) - (r.starts[k] as number);
    }
  } else if (n <= POSITION_SPAN) {
    const packed = new Float64Array(n);
    for (let p = 0; p < n; p++) packed[p] = keyOf(subset[p] as number) * POSITION_SPAN + p;
    packed.sort();
    out = new Int32Array(n);
    for (let p = 0; p < n; p++) out[p] = subset[(packed[p] as number) % POSITION_SPAN] as number;
  } else {
    const positions = Array.from(subset.keys());
    positions.sort((a, b) => keyOf(subset[a] as number) - keyOf(subset[b] as number) || a - b);
    out = Int32Array.from(positions, (p) => subset[p] as number);
  }
  if (tieBreak) {
    for (let start = 0; start < n;) {
      const k = r.level[out[start] as number];
      let end = start + 1;
      while (end < n && r.level[out[end] as number] === k) end++;
      if (end - start > 1) out.set(tieBreak(Array.from(out.subarray(start, end))), start);
      start = end;
    }
  }
  return out;
}

/**
 * Exact orders and ranks over a million values without a comparator.
 *
 * A set of values is ranked once (`rankValues`): a stable radix sort of their bit patterns gives their
 * order and distinct levels exactly. From there, percentiles, quantiles and orders cost a
 * pass or two each: an order is a stable counting sort of the levels, so only truly equal values ever
 * reach a comparator (`tieBreak`). Two values that differ are never taken as a tie, whatever their size
 * (the float32 packing this replaces confused scores a few millionths apart). Working arrays come from
 * the run's arena (memory.ts).
 */

import { f64, i32, scratch, u32 } from "./memory";

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

const f64bits = new Float64Array(1);
const u32pair = new Uint32Array(f64bits.buffer);
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
  // What is returned is taken first; the sort's working arrays after, as temporaries.
  const level = i32(values.length).fill(-1);
  const ascending = i32(n);
  const distinct = f64(n);
  const starts = i32(n + 1);
  scratch(() => {
    const hi = u32(n);
    const lo = u32(n);
    for (let p = 0; p < n; p++) {
      f64bits[0] = (values[members[p] as number] as number) + 0;
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
    // The four digits' counts in one pass over the keys.
    const counts = i32(RADIX * 4);
    for (let p = 0; p < n; p++) {
      const l = lo[p] as number;
      const h = hi[p] as number;
      const a = l & RADIX_MASK;
      const b = RADIX + (l >>> RADIX_BITS);
      const c = 2 * RADIX + (h & RADIX_MASK);
      const d = 3 * RADIX + (h >>> RADIX_BITS);
      counts[a] = (counts[a] as number) + 1;
      counts[b] = (counts[b] as number) + 1;
      counts[c] = (counts[c] as number) + 1;
      counts[d] = (counts[d] as number) + 1;
    }
    // Each pass moves the keys with their positions, so every pass reads its input in order.
    let order = i32(n);
    for (let p = 0; p < n; p++) order[p] = p;
    let next = i32(n);
    let keyLo = lo;
    let keyHi = hi;
    let nextLo = u32(n);
    let nextHi = u32(n);
    let sorted = false;
    for (let pass = 0; pass < 4; pass++) {
      const high = pass >= 2;
      const shift = pass % 2 === 0 ? 0 : RADIX_BITS;
      const base = pass * RADIX;
      const word = high ? keyHi : keyLo;
      // Every value has the same digit here: the pass would not move anything.
      if (n === 0 || counts[base + (((word[0] as number) >>> shift) & RADIX_MASK)] === n) continue;
      let sum = 0;
      for (let d = base; d < base + RADIX; d++) {
        const c = counts[d] as number;
        counts[d] = sum;
        sum += c;
      }
      for (let q = 0; q < n; q++) {
        const d = base + (((word[q] as number) >>> shift) & RADIX_MASK);
        const at = counts[d] as number;
        counts[d] = at + 1;
        next[at] = order[q] as number;
        nextHi[at] = keyHi[q] as number;
        // The low word is not read again once the high word's passes begin.
        if (!high) nextLo[at] = keyLo[q] as number;
      }
      const o = order;
      order = next;
      next = o;
      const h = keyHi;
      keyHi = nextHi;
      nextHi = h;
      if (!high) {
        const l = keyLo;
        keyLo = nextLo;
        nextLo = l;
      }
      sorted = true;
    }
    if (sorted) for (let q = 0; q < n; q++) ascending[q] = members[order[q] as number] as number;
    else ascending.set(members);
  });
  return fromAscending(values, members, ascending, level, distinct, starts);
}

function fromAscending(
  values: Float64Array,
  members: Int32Array,
  ascending: Int32Array,
  level: Int32Array,
  distinct: Float64Array,
  starts: Int32Array,
): RankedValues {
  const n = ascending.length;
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
 * The percentile rank of index `i` of the values, or NaN when it is not a member: tied values share
 * their average rank, the largest is 1, the smallest 0 and the median 0.5 ((rank - 1) / (count - 1); a
 * single value is 1). Read from its level, without an array of them.
 * @example percentileAt(rankValues(new Float64Array([10, 30, 20]), Int32Array.from([0, 1, 2])), 2) // 0.5
 */
export function percentileAt(r: RankedValues, i: number): number {
  const k = r.level[i];
  if (k === undefined || k < 0) return Number.NaN;
  const n = r.members.length;
  if (n === 1) return 1;
  // The mean of the 1-based positions starts[k]+1 … starts[k+1], less one, over count - 1.
  return (((r.starts[k] as number) + (r.starts[k + 1] as number) - 1) / 2) * (1 / (n - 1));
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
    out = i32(n);
    let p = 0;
    // Copied level by level with a loop: a view per level would be an object per distinct value.
    for (let k = levels - 1; k >= 0; k--) {
      const end = r.starts[k + 1] as number;
      for (let q = r.starts[k] as number; q < end; q++) out[p++] = r.ascending[q] as number;
    }
  } else {
    // A stable counting sort by level: two passes, no comparison.
    const sorted = i32(n);
    scratch(() => {
      const counts = i32(levels + 2);
      for (let p = 0; p < n; p++) {
        const key = keyOf(subset[p] as number) + 1;
        counts[key] = (counts[key] as number) + 1;
      }
      for (let k = 1; k < levels + 2; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
      for (let p = 0; p < n; p++) {
        const i = subset[p] as number;
        const key = keyOf(i);
        const at = counts[key] as number;
        sorted[at] = i;
        counts[key] = at + 1;
      }
    });
    out = sorted;
  }
  if (tieBreak) {
    for (let start = 0; start < n;) {
      const k = r.level[out[start] as number];
      let end = start + 1;
      while (end < n && r.level[out[end] as number] === k) end++;
      if (end - start > 1) {
        const run: number[] = [];
        for (let q = start; q < end; q++) run.push(out[q] as number);
        out.set(tieBreak(run), start);
      }
      start = end;
    }
  }
  return out;
}

/** Runs up to this long are sorted by insertion: no work array (Array.prototype.sort makes one a call). */
const SMALL_RUN = 24;

/**
 * Sorts `run` in place, stably, by `compare`, and returns it: by insertion when it is short (most runs
 * of tied values are two or three long, and a million-row sheet has hundreds of thousands of them).
 * @example sortRun([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortRun(run: number[], compare: (a: number, b: number) => number): number[] {
  if (run.length > SMALL_RUN) return run.sort(compare);
  for (let k = 1; k < run.length; k++) {
    const x = run[k] as number;
    let j = k - 1;
    while (j >= 0 && compare(run[j] as number, x) > 0) {
      run[j + 1] = run[j] as number;
      j--;
    }
    run[j + 1] = x;
  }
  return run;
}

/**
 * The k-th smallest (0-based) of `values`, found by selection (Hoare partitions around a median of
 * three) in linear time on average instead of a sort. Reorders `values`; NaN must not be among them;
 * -0 and 0 are taken as equal.
 * @example kthSmallest(Float64Array.from([5, 1, 4, 2]), 1) // 2
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const x = values[i] as number;
        values[i] = values[j] as number;
        values[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

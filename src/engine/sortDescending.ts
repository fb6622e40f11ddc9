const INDEX_BITS = 2_097_152; // 2^21: room for Excel's 1,048,576 rows, twice over
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Orders `members` (indices into `keys`) by key, largest first. Keys must be non-negative. Each key is
 * rounded to float32 and its bits, which order like the numbers, are packed with the position into one
 * exact double (32 + 21 bits), so a million rows sort with the engine's native numeric sort and no
 * comparator. Keys that round alike come out in position order; `tieBreak` then orders each such run
 * (it receives the run and must compare the exact keys first).
 * @example sortDescending(new Float64Array([1, 3, 2]), Int32Array.from([0, 1, 2]), (run) => run) // Int32Array [1, 2, 0]
 */
export function sortDescending(
  keys: Float64Array,
  members: Int32Array,
  tieBreak: (run: number[]) => number[],
): Int32Array {
  const n = members.length;
  if (n > INDEX_BITS) {
    return Int32Array.from(tieBreak(Array.from(members)));
  }
  const packed = new Float64Array(n);
  const rounded = new Uint32Array(n);
  for (let p = 0; p < n; p++) {
    f32[0] = keys[members[p] as number] as number;
    const bits = u32[0] as number;
    rounded[p] = bits;
    packed[p] = (0xffffffff - bits) * INDEX_BITS + p;
  }
  packed.sort();
  const out = new Int32Array(n);
  for (let p = 0; p < n; p++) out[p] = members[(packed[p] as number) % INDEX_BITS] as number;
  for (let start = 0; start < n;) {
    const bits = rounded[(packed[start] as number) % INDEX_BITS] as number;
    let end = start + 1;
    while (end < n && rounded[(packed[end] as number) % INDEX_BITS] === bits) end++;
    if (end - start > 1) out.set(tieBreak(Array.from(out.subarray(start, end))), start);
    start = end;
  }
  return out;
}

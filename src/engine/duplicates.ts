/** FNV-1a over UTF-16 code units, folding A-Z to a-z, so "Alpha" and "alpha" hash alike. */
function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.toLowerCase() === b.toLowerCase();
}

/** Positions up to 2^21 (Excel's 1,048,576 rows, twice over) beside a 32-bit hash fit one exact double. */
const POSITION_SPAN = 2 ** 21;

/**
 * For each name that repeats an earlier one (ignoring Latin case), the index of its first occurrence;
 * -1 elsewhere. Hashes the names, sorts the hashes natively and compares only names whose hashes
 * collide: no Map of a million strings.
 * @example findDuplicateNames(["A", "b", "a"]) // Int32Array [-1, -1, 0]
 */
export function findDuplicateNames(names: readonly string[]): Int32Array {
  const n = names.length;
  const first = new Int32Array(n).fill(-1);
  const hashes = new Uint32Array(n);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = hashName(names[i] as string);
    hashes[i] = h;
    packed[i] = h * POSITION_SPAN + i;
  }
  // Hash and position in one exact double: equal hashes end up together, in sheet order.
  packed.sort();
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = (packed[p] as number) % POSITION_SPAN;
  for (let start = 0; start < n;) {
    let end = start + 1;
    const h = hashes[order[start] as number];
    while (end < n && hashes[order[end] as number] === h) end++;
    // Within a run of equal hashes the order is the sheet's (the sort is stable).
    for (let p = start + 1; p < end; p++) {
      const i = order[p] as number;
      for (let q = start; q < p; q++) {
        const j = order[q] as number;
        if (first[j] === -1 && sameName(names[i] as string, names[j] as string)) {
          first[i] = j;
          break;
        }
      }
    }
    start = end;
  }
  return first;
}

import { i32, scratch } from "./memory";

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

/**
 * For each name that repeats an earlier one (ignoring Latin case), the index of its first occurrence;
 * -1 elsewhere. An open-addressing table of first occurrences keyed by a hash of the name: each name is
 * hashed once and compared only with names of the same hash. No Map of a million strings, no sort.
 * @example findDuplicateNames(["A", "b", "a"]) // Int32Array [-1, -1, 0]
 */
export function findDuplicateNames(names: readonly string[]): Int32Array {
  const n = names.length;
  const first = i32(n).fill(-1);
  // The table is a temporary: its room in the run's arena is reused.
  scratch(() => markRepeats(names, first));
  return first;
}

function markRepeats(names: readonly string[], first: Int32Array): void {
  const n = names.length;
  // At most half full: a power of two from twice the count.
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // Slot s: at 2s, 1 + the index of a name's first occurrence (0: empty); at 2s + 1, that name's full
  // hash (as int32), side by side so that a probe reads one cache line.
  const slots = i32(2 * size);
  for (let i = 0; i < n; i++) {
    const name = names[i] as string;
    const h = hashName(name) | 0;
    let s = h & mask;
    for (;;) {
      const held = slots[2 * s] as number;
      if (held === 0) {
        slots[2 * s] = i + 1;
        slots[2 * s + 1] = h;
        break;
      }
      if (slots[2 * s + 1] === h && sameName(name, names[held - 1] as string)) {
        first[i] = held - 1;
        break;
      }
      s = (s + 1) & mask;
    }
  }
}

import { i32, scratch } from "./memory";

/**
 * A name's UTF-16 code unit as names are compared: full-width forms as ASCII (（ as (, Ａ as A), Latin
 * letters in lower case; -1 for white space (ASCII, no-break, ideographic) and for the stops, commas and
 * apostrophes a name is typed with or without, which are left out. So "北京华信（集团）", "北京华信(集团)"
 * and "北京 华信(集团)" are one name typed three ways, and "Acme Ltd.", "Acme, Ltd" and "ACME LTD" another.
 */
function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 65 && c <= 90) return c + 32;
  if (c <= 32 || c === 0x3000 || c === 0xa0) return c === 0 ? 0 : -1;
  // . , ' ’ 、 。
  if (c === 46 || c === 44 || c === 39 || c === 0x2019 || c === 0x3001 || c === 0x3002) return -1;
  return c;
}

/** FNV-1a over a name's folded code units (see `foldUnit`). */
function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    const c = foldUnit(s.charCodeAt(k));
    if (c < 0) continue;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether two names are the same once folded (see `foldUnit`), compared unit by unit, nothing built. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    let x = -1;
    while (i < a.length && (x = foldUnit(a.charCodeAt(i++))) < 0);
    let y = -1;
    while (j < b.length && (y = foldUnit(b.charCodeAt(j++))) < 0);
    if (x !== y) return false;
    if (x < 0) return true;
  }
}

/**
 * For each name that repeats an earlier one (ignoring Latin case, full-width forms and white space), the
 * index of its first occurrence; -1 elsewhere. An open-addressing table of first occurrences keyed by a
 * hash of the name: each name is hashed once and compared only with names of the same hash. No Map of a
 * million strings, no sort.
 * @example findDuplicateNames(["A", "b", "a"]) // Int32Array [-1, -1, 0]
 */
export function findDuplicateNames(names: readonly string[]): Int32Array {
  const n = names.length;
  const first = i32(n).fill(-1);
  // The table is a temporary: its room in the run's arena is reused.
  scratch(() => markRepeats(names, first));
  return first;
}

/** Names are split by the top bits of their hash into parts of about this many, each checked in a table that stays in cache. */
const PART_SIZE = 4096;

function markRepeats(names: readonly string[], first: Int32Array): void {
  const n = names.length;
  if (n === 0) return;
  const hashes = i32(n);
  for (let i = 0; i < n; i++) hashes[i] = hashName(names[i] as string) | 0;
  // Partition by the hash's top bits (a stable counting sort: each part keeps sheet order), so each
  // part's table is small: a million random probes into one 16 MB table missed the cache every time.
  let partBits = 0;
  while (partBits < 16 && n >> partBits > PART_SIZE) partBits++;
  const parts = 1 << partBits;
  const shift = 32 - partBits;
  const partOf = (h: number): number => (partBits === 0 ? 0 : h >>> shift);
  const starts = i32(parts + 1);
  for (let i = 0; i < n; i++) {
    const p = partOf(hashes[i] as number) + 1;
    starts[p] = (starts[p] as number) + 1;
  }
  for (let p = 1; p <= parts; p++) starts[p] = (starts[p] as number) + (starts[p - 1] as number);
  const byPart = i32(n);
  const fill = starts.slice(0, parts);
  for (let i = 0; i < n; i++) {
    const p = partOf(hashes[i] as number);
    const at = fill[p] as number;
    byPart[at] = i;
    fill[p] = at + 1;
  }
  let largest = 0;
  for (let p = 0; p < parts; p++)
    largest = Math.max(largest, (starts[p + 1] as number) - (starts[p] as number));
  // Open addressing, at most half full. Slot s: at 2s, 1 + the index of a name's first occurrence
  // (0: empty); at 2s + 1, that name's hash, side by side so that a probe reads one cache line.
  let size = 16;
  while (size < 2 * largest) size *= 2;
  const slots = i32(2 * size);
  for (let p = 0; p < parts; p++) {
    const from = starts[p] as number;
    const to = starts[p + 1] as number;
    let tableSize = 16;
    while (tableSize < 2 * (to - from)) tableSize *= 2;
    const mask = tableSize - 1;
    slots.fill(0, 0, 2 * tableSize);
    for (let q = from; q < to; q++) {
      const i = byPart[q] as number;
      const name = names[i] as string;
      const h = hashes[i] as number;
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
}

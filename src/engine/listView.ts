/**
 * A read-only list: what the summary's long lists offer, and what a plain array offers too.
 * A million-row sheet can have hundreds of thousands of promotion candidates, while the strategy sheet
 * and the pane show the first few and a count: `listView` builds an item when it is read.
 */
export type ReadonlyList<T> = {
  readonly length: number;
  at(index: number): T | undefined;
  slice(start?: number, end?: number): T[];
  map<U>(f: (item: T, index: number) => U): U[];
  [Symbol.iterator](): Iterator<T>;
};

/** A list view: a plain array's reading methods, and `toJSON` (the array) for JSON.stringify. */
export type ListView<T> = ReadonlyList<T> & { toJSON(): T[] };

/**
 * A list of `length` items whose item `k` is `itemAt(k)`, built each time it is read (items must
 * depend on `k` alone).
 * @example listView(3, (k) => k * 2).slice(1) // [2, 4]
 */
export function listView<T>(length: number, itemAt: (k: number) => T): ListView<T> {
  const range = (start: number, end: number): T[] => {
    const out: T[] = [];
    for (let k = start; k < end; k++) out.push(itemAt(k));
    return out;
  };
  // Array.prototype.slice's handling of negative and missing bounds.
  const bound = (x: number | undefined, fallback: number): number => {
    if (x === undefined) return fallback;
    const n = Math.trunc(x) || 0;
    return n < 0 ? Math.max(0, length + n) : Math.min(n, length);
  };
  return {
    length,
    at: (index) => {
      const k = Math.trunc(index) || 0;
      const i = k < 0 ? length + k : k;
      return i >= 0 && i < length ? itemAt(i) : undefined;
    },
    slice: (start, end) => range(bound(start, 0), bound(end, length)),
    map: (f) => range(0, length).map(f),
    [Symbol.iterator]: function* () {
      for (let k = 0; k < length; k++) yield itemAt(k);
    },
    toJSON: () => range(0, length),
  };
}

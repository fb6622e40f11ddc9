import fc from "fast-check";
import { findDuplicateNames } from "../../../src/engine/duplicates";
import { tierAccounts } from "../../../src/engine";
import { Arena, f64, i32, ownArena, releaseArena, scratch, u8, withArena } from "../../../src/engine/memory";
import { getMessages } from "../../../src/i18n";
import { orderDescending, percentileAt, rankValues } from "../../../src/engine/order";

describe("memory: one arena per run", () => {
  test("views are 8-byte aligned, zeroed and disjoint; past the end come plain arrays", () => {
    const arena = new Arena(64);
    const a = arena.u8(3);
    const b = arena.f64(2);
    expect(b.byteOffset % 8).toBe(0);
    expect(b.buffer).toBe(a.buffer);
    a.fill(255);
    expect(Array.from(b)).toEqual([0, 0]);
    b[0] = 1.5;
    expect(a[0]).toBe(255);
    expect(arena.used).toBe(24);
    // 40 bytes left: 12 doubles do not fit, so they get a buffer of their own.
    const c = arena.f64(12);
    expect(c.length).toBe(12);
    expect(c.buffer).not.toBe(a.buffer);
    expect(arena.used).toBe(24);
  });

  test("release hands the room back zeroed, and the next taker gets the same bytes", () => {
    const arena = new Arena(256);
    const kept = arena.i32(4);
    const mark = arena.mark();
    const temp = arena.i32(8);
    temp.fill(7);
    arena.release(mark);
    expect(arena.used).toBe(mark);
    const again = arena.i32(8);
    expect(again.byteOffset).toBe(temp.byteOffset);
    expect(Array.from(again)).toEqual(new Array(8).fill(0));
    expect(kept.length).toBe(4);
  });

  test("scratch reuses the room of its temporaries; without an arena everything is a plain array", () => {
    const offsets = withArena(1 << 16, () => {
      const first = scratch(() => f64(100).byteOffset);
      const second = scratch(() => f64(100).byteOffset);
      return [first, second, i32(1).byteOffset];
    });
    expect(offsets[0]).toBe(offsets[1]);
    expect(offsets[2]).toBe(offsets[0]);
    expect(scratch(() => u8(5).byteOffset)).toBe(0);
  });

  test("a size no buffer can have runs without an arena", () => {
    expect(withArena(2 ** 53, () => i32(3).length)).toBe(3);
  });

  test("rankings, orders and duplicate names are the same with no arena, a roomy one and one too small", () => {
    const name = fc.constantFrom("A", "a", "b", "B", "经销商1", "经销商2", "Ab", "aB", "", "c");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), name), { maxLength: 120 }), (rows) => {
        const run = (): unknown => {
          const values = Float64Array.from(rows, ([v]) => v);
          const members = Int32Array.from(rows.keys()).filter((i) => i % 3 !== 0);
          const r = rankValues(values, members);
          const subset = members.slice().reverse();
          return {
            ascending: Array.from(r.ascending),
            levels: Array.from(r.level),
            ranks: rows.map((_, i) => percentileAt(r, i)),
            order: Array.from(orderDescending(r, subset)),
            duplicates: Array.from(findDuplicateNames(rows.map(([, n]) => n))),
          };
        };
        const plain = run();
        expect(withArena(1 << 20, run)).toEqual(plain);
        expect(withArena(48, run)).toEqual(plain);
      }),
    );
  });

  test("duplicate names: the first occurrence of each name, ignoring Latin case, full-width forms, white space and stops, commas and apostrophes, as a Map of NFKC keys finds it", () => {
    const units = [
      "a",
      "A",
      "Ａ",
      "ａ",
      "b",
      "商",
      "(",
      "（",
      " ",
      "\u3000",
      "\u00a0",
      ".",
      "．",
      ",",
      "，",
      "'",
      "’",
      "、",
      "。",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...units), { maxLength: 4 }).map((cs) => cs.join(""))),
        (names) => {
          const seen = new Map<string, number>();
          const expected = names.map((n, i) => {
            const key = n
              .normalize("NFKC")
              .replace(/[\s.,'’、。]/g, "")
              .toLowerCase();
            const at = seen.get(key);
            if (at === undefined) seen.set(key, i);
            return at ?? -1;
          });
          expect(Array.from(findDuplicateNames(names))).toEqual(expected);
        },
      ),
    );
  });
});

describe("memory: a released run's buffer serves the next run", () => {
  test("the next arena reuses the buffer, zeroed; a live or unknown owner is not released", () => {
    const owner = {};
    const first = withArena(1 << 12, () => {
      const a = f64(16).fill(3);
      ownArena(owner);
      // Still running: nothing to hand back yet.
      expect(releaseArena(owner)).toBe(false);
      return a;
    });
    expect(releaseArena({})).toBe(false);
    expect(releaseArena(owner)).toBe(true);
    // Once only.
    expect(releaseArena(owner)).toBe(false);
    const second = withArena(1 << 12, () => f64(16));
    expect(second.buffer).toBe(first.buffer);
    expect(Array.from(second)).toEqual(new Array(16).fill(0));
    // The spare is used once: the run after that gets a buffer of its own.
    expect(withArena(1 << 12, () => f64(1)).buffer).not.toBe(first.buffer);
  });

  test("a spare too small for the next run is left for a fresh buffer", () => {
    const owner = {};
    const small = withArena(64, () => {
      ownArena(owner);
      return u8(8);
    });
    releaseArena(owner);
    expect(withArena(1 << 12, () => u8(8)).buffer).not.toBe(small.buffer);
  });

  test("runs on released memory give what runs on fresh memory give", () => {
    const grid = (rows: (string | number | null)[][]) => ({
      values: [["经销商名称", "年销售额", "区域", "信用等级"], ...rows],
      origin: { row: 0, column: 0 },
    });
    const row = fc.tuple(
      fc.constantFrom("甲", "乙", "丙", "丁", "戊", "己"),
      fc.option(fc.integer({ min: 0, max: 5_000_000 })),
      fc.constantFrom("华东", "华南", ""),
      fc.constantFrom("A", "B", "C", "D", null),
    );
    const messages = getMessages("zh-CN").engine;
    const asOf = new Date("2025-06-30T00:00:00Z");
    const plain = (r: ReturnType<typeof tierAccounts>) =>
      JSON.parse(JSON.stringify({ accounts: r.accounts, summary: r.summary, findings: r.findings }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 40 }), (a, b) => {
        const rowsA = a.map(([n, rev, reg, c], k) => [`${n}${k}`, rev, reg, c]);
        const rowsB = b.map(([n, rev, reg, c], k) => [`${n}${k}`, rev, reg, c]);
        const fresh = plain(tierAccounts({ grid: grid(rowsA), messages, asOf }));
        // A run on other rows (at least as many, so its buffer is large enough), released; then the
        // first rows again, on its memory.
        const other = tierAccounts({ grid: grid([...rowsB, ...rowsA]), messages, asOf });
        plain(other);
        const buffer = other.table.revenue.buffer;
        expect(releaseArena(other)).toBe(true);
        const again = tierAccounts({ grid: grid(rowsA), messages, asOf });
        expect(again.table.revenue.buffer).toBe(buffer);
        expect(plain(again)).toEqual(fresh);
      }),
      { numRuns: 60 },
    );
  });
});

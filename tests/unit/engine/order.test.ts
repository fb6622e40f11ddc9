import fc from "fast-check";
import {
  kthSmallest,
  orderDescending,
  percentileAt,
  quantile,
  rankValues,
  sortRun,
} from "../../../src/engine/order";

/** Values that round alike to float32 but differ, ties, negatives, zeros of both signs, huge values. */
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.constantFrom(0, -0, 1, 1 + 1e-12, 1 + 2e-12, 64, 64.000001, 1e300, -1e300),
  fc.integer({ min: -5, max: 5 }),
);

function naiveAscending(values: Float64Array, members: Int32Array): number[] {
  return Array.from(members.keys())
    .sort((a, b) => (values[members[a]!] as number) - (values[members[b]!] as number) || a - b)
    .map((p) => members[p]!);
}

describe("order: exact ranks with one native sort", () => {
  test("the ascending order and levels match a comparator sort, including values float32 confuses", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
        const values = Float64Array.from(xs);
        const members = Int32Array.from(xs.keys());
        const r = rankValues(values, members);
        expect(Array.from(r.ascending)).toEqual(naiveAscending(values, members));
        const distinct = [...new Set(xs.map((x) => (Object.is(x, -0) ? 0 : x)))].sort((a, b) => a - b);
        expect(Array.from(r.distinct)).toEqual(distinct);
        for (const i of members) expect(r.distinct[r.level[i]!]).toBe((values[i] as number) + 0);
      }),
    );
  });

  test("a descending order of a subset puts larger values first and keeps ties in subset order", () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 200 }),
        fc.infiniteStream(fc.boolean()),
        (xs, keep) => {
          const values = Float64Array.from(xs);
          const members = Int32Array.from(xs.keys());
          const r = rankValues(values, members);
          const subset = Int32Array.from([...xs.keys()].filter(() => keep.next().value as boolean).reverse());
          const out = Array.from(orderDescending(r, subset));
          const expected = Array.from(subset.keys())
            .sort((a, b) => (values[subset[b]!] as number) - (values[subset[a]!] as number) || a - b)
            .map((p) => subset[p]!);
          expect(out).toEqual(expected);
          // The whole set takes the fast path and must agree with the packed one.
          const all = Array.from(orderDescending(r, members));
          const packed = Array.from(orderDescending(r, members.slice()));
          expect(all).toEqual(packed);
        },
      ),
    );
  });

  test("sortRun sorts as a stable Array.prototype.sort does, short runs and long", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), (keys) => {
        // Items are positions; the comparator sees only their keys, so stability shows in the positions.
        const byKey = (a: number, b: number): number => (keys[a] as number) - (keys[b] as number);
        const items = Array.from(keys.keys());
        expect(sortRun([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });

  test("kthSmallest selects what a sort puts at k, ties and negatives included", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.nat(), (xs, at) => {
        const k = at % xs.length;
        const sorted = Float64Array.from(xs).sort();
        // -0 and 0 are the same number to a selection (a sort puts -0 first).
        expect(kthSmallest(Float64Array.from(xs), k) + 0).toBe((sorted[k] as number) + 0);
      }),
    );
    expect(kthSmallest(new Float64Array(100_000).fill(7), 50_000)).toBe(7);
  });

  test("tieBreak sees only runs of exactly equal values", () => {
    const values = Float64Array.from([5, 1, 5, 1 + 1e-12, 5]);
    const members = Int32Array.from([0, 1, 2, 3, 4]);
    const runs: number[][] = [];
    const out = orderDescending(rankValues(values, members), members, (run) => {
      runs.push([...run]);
      return run.reverse();
    });
    expect(runs).toEqual([[0, 2, 4]]);
    expect(Array.from(out)).toEqual([4, 2, 0, 3, 1]);
  });

  test("percentile ranks share the mean rank of ties; quantiles interpolate", () => {
    const values = Float64Array.from([10, 30, 20, 20, Number.NaN]);
    const r = rankValues(values, Int32Array.from([0, 1, 2, 3]));
    expect([0, 1, 2, 3, 4].map((i) => percentileAt(r, i))).toEqual([0, 1, 0.5, 0.5, Number.NaN]);
    expect(quantile(r, 0.5)).toBe(20);
    expect(quantile(r, 0.25)).toBe(17.5);
    expect(quantile(rankValues(values, new Int32Array(0)), 0.5)).toBeNaN();
    expect(percentileAt(rankValues(values, Int32Array.from([1])), 1)).toBe(1);
    expect(percentileAt(r, 99)).toBeNaN();
  });
});

describe("encodings: one list each, codes derived from it", () => {
  it("gives each tier, standing, key-by and watch reason the code of its place in its list", async () => {
    const a = await import("../../../src/engine/account");
    const { TIERS } = await import("../../../src/engine/rules");
    TIERS.forEach((t, i) => expect(a.TIER_CODE[t]).toBe(i));
    a.STANDINGS.forEach((s, i) => expect(a.STANDING[s]).toBe(i));
    a.KEY_BY.forEach((k, i) => k !== null && expect(a.KEY_BY_CODE[k]).toBe(i));
    a.WATCH_REASONS.forEach((r, i) => expect(a.WATCH_BIT[r]).toBe(1 << i));
    // The watch reasons are bits of a byte.
    expect(a.WATCH_REASONS.length).toBeLessThanOrEqual(8);
  });
});

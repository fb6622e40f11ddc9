import fc from "fast-check";
import { listView } from "../../../src/engine";

describe("listView: a list whose items are built when read", () => {
  test("reads as the array of the same items would: length, at, slice, map, iteration, JSON", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 40 }),
        fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
        fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
        fc.integer({ min: -50, max: 50 }),
        (xs, start, end, k) => {
          const view = listView(xs.length, (i) => xs[i] as number);
          expect(view.length).toBe(xs.length);
          expect(view.at(k)).toBe(xs.at(k));
          expect(view.slice(start, end)).toEqual(xs.slice(start, end));
          expect(view.map((x, i) => x * 2 + i)).toEqual(xs.map((x, i) => x * 2 + i));
          expect([...view]).toEqual(xs);
          expect(JSON.stringify(view)).toBe(JSON.stringify(xs));
        },
      ),
    );
  });

  test("builds only the items read", () => {
    const built: number[] = [];
    const view = listView(1_000_000, (k) => {
      built.push(k);
      return { k };
    });
    expect(view.slice(0, 3)).toEqual([{ k: 0 }, { k: 1 }, { k: 2 }]);
    expect(view.at(-1)).toEqual({ k: 999_999 });
    expect(built).toEqual([0, 1, 2, 999_999]);
  });
});

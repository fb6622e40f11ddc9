import fc from "fast-check";
import { apartByUnits, medianRatio, roundRatio } from "../../../src/engine/magnitude";

describe("medianRatio", () => {
  it("is the median of the ratios within a tenth of a power of ten, over rows with both above zero", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
              fc.constant(Number.NaN),
              fc.constant(0),
            ),
            fc.oneof(
              fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
              fc.constant(Number.NaN),
              fc.constant(-5),
            ),
          ),
          { maxLength: 200 },
        ),
        (pairs) => {
          const top = new Float64Array(pairs.map(([a]) => a));
          const bottom = new Float64Array(pairs.map(([, b]) => b));
          const ratios = pairs
            .filter(([a, b]) => a > 0 && b > 0)
            .map(([a, b]) => a / b)
            .sort((x, y) => x - y);
          const got = medianRatio(top, bottom);
          if (ratios.length === 0) {
            expect(got).toBeNull();
            return;
          }
          expect(got?.count).toBe(ratios.length);
          // The lower median, as the histogram's running count finds it.
          const median = ratios[Math.ceil(ratios.length / 2) - 1] as number;
          const clamped = Math.min(1e9, Math.max(1e-9, median));
          expect(Math.abs(Math.log10((got?.ratio ?? 0) / clamped))).toBeLessThanOrEqual(0.051);
        },
      ),
    );
  });

  it("reads yuan typed under a 万元 header as ten thousand times, and growth as growth", () => {
    const prior = new Float64Array([100, 200, 300, 400, 500]);
    /** The median ratio of this year's, made from last year's by `f`, to last year's. */
    const ratio = (f: (x: number) => number): number => medianRatio(prior.map(f), prior)?.ratio ?? Number.NaN;
    expect(roundRatio(ratio((x) => x * 10_000 * 1.07))).toBe(10_000);
    expect(apartByUnits(ratio((x) => x * 10_000))).toBe(true);
    expect(apartByUnits(ratio((x) => x / 1_000))).toBe(true);
    // A base that grew a hundredfold in the middle is a startup's, not a unit: not apart.
    expect(apartByUnits(ratio((x) => x * 100))).toBe(false);
    expect(roundRatio(0.000_12)).toBe(10_000);
  });
});

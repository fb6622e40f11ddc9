import fc from "fast-check";
import { jsonPieces } from "../../../src/cli/jsonStream";

describe("the report's JSON, written in pieces", () => {
  it("is exactly what JSON.stringify(value, null, 2) writes, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it("follows JSON.stringify for dates, undefined, functions and numbers that are not finite", () => {
    const value = {
      at: new Date("2026-11-29T00:00:00Z"),
      skipped: undefined,
      run: () => 1,
      list: [undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, "文本", { nested: [] }],
      empty: {},
    };
    expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("writes long arrays (the report's rows) item by item, as JSON.stringify would", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 257, maxLength: 400 }), (rows) => {
        const report = { summary: { accounts: rows.length }, rows, skipped: [] };
        expect([...jsonPieces(report)].join("")).toBe(JSON.stringify(report, null, 2));
        expect([...jsonPieces(rows)].join("")).toBe(JSON.stringify(rows, null, 2));
      }),
      { numRuns: 30 },
    );
    const holes = [undefined, () => 1, new Date(0), ...Array.from({ length: 300 }, (_, i) => ({ i }))];
    expect([...jsonPieces({ holes })].join("")).toBe(JSON.stringify({ holes }, null, 2));
  });
});

import type { Cell } from "../../../src/engine";
import { filledDownColumn } from "../../../src/engine/filledDown";

/** Rows of name and region under a header. */
const sheet = (regions: (string | null)[]): Cell[][] => [
  ["名称", "大区"],
  ...regions.map((r, i) => [`经销商${i}`, r]),
];

describe("filledDownColumn", () => {
  it("reads a report's groups: each blank named row takes the value above it", () => {
    const found = filledDownColumn(sheet(["华东", null, null, "华北", null]), 1, 0, 1);
    expect(found && [...found.above]).toEqual([
      [2, "华东"],
      [3, "华东"],
      [5, "华北"],
    ]);
    expect([found?.firstBlank, found?.blank]).toEqual([2, 3]);
  });

  it.each([
    ["a ledger that repeats its regions, a few blank", ["华东", "华东", null, "华北", "华北"]],
    ["a first named row blank", [null, "华东", null, "华北", null]],
    ["fewer rows blank than filled", ["华东", "华北", null, "西南"]],
    ["one group only", ["华东", null, null]],
    ["no blank at all", ["华东", "华北", "西南"]],
  ])("leaves %s as it is", (_, regions) => {
    expect(filledDownColumn(sheet(regions), 1, 0, 1)).toBeUndefined();
  });

  it("skips rows without a name (a blank row between groups is no group's)", () => {
    const values = sheet(["华东", null, "华北", null]);
    values.splice(3, 0, [null, null]);
    const found = filledDownColumn(values, 1, 0, 1);
    expect(found && [...found.above]).toEqual([
      [2, "华东"],
      [5, "华北"],
    ]);
  });
});

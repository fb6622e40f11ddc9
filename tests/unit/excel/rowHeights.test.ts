import { heightRuns, rowRuns } from "../../../src/excel/rowHeights";
import type { PlanColumn } from "../../../src/workbook";

const column = (values: string[], wrap = true): PlanColumn => ({
  key: "note",
  header: "Note",
  column: 5,
  existing: false,
  kind: "text",
  numberFormat: "@",
  width: 20,
  wrap,
  values,
});
const long = "A note of several words that wraps onto three lines or more in its narrow column";
const two = "Two lines of text here, no more";

describe("heightRuns", () => {
  const plan = (values: string[], wrap = true) => ({
    firstRow: 3,
    rowCount: values.length,
    columns: [column(values, wrap)],
  });

  it("fits every row where the user set no height, and nothing where no column wraps", () => {
    expect(heightRuns(plan(["", long]), undefined, false, (c) => c.width, 11)).toEqual([
      { from: 3, count: 2, fit: true },
    ]);
    expect(heightRuns(plan([long], false), 20, false, (c) => c.width, 11)).toEqual([]);
    expect(heightRuns({ ...plan([]), rowCount: 0 }, 20, false, (c) => c.width, 11)).toEqual([]);
  });

  it("fits the rows whose text needs more than the user's height, in runs, and keeps the rest", () => {
    const values = [long, long, "", "short", long, two];
    // At 20 points: one line fits (the blank and the short one); the two-line note does not.
    expect(heightRuns(plan(values), 20, false, (c) => c.width, 11)).toEqual([
      { from: 3, count: 2, fit: true },
      { from: 5, count: 2, fit: false },
      { from: 7, count: 2, fit: true },
    ]);
    // At 30 points two lines fit; where the rows stand at it already they are left out.
    expect(heightRuns(plan(values), 30, true, (c) => c.width, 11)).toEqual([
      { from: 3, count: 2, fit: true },
      { from: 7, count: 1, fit: true },
    ]);
    // A hidden row to keep is left as it is; a hidden row to fit is fitted, as every row was before.
    expect(heightRuns(plan(values), 20, false, (c) => c.width, 11, [4, 6])).toEqual([
      { from: 3, count: 2, fit: true },
      { from: 5, count: 1, fit: false },
      { from: 7, count: 2, fit: true },
    ]);
  });

  it("measures at the width each column is given and in the workbook's type", () => {
    // Wide enough, the long note is two lines: within 30 points at 11, not at 16 (each line 21.75).
    expect(heightRuns(plan([long]), 30, true, () => 60, 11)).toEqual([]);
    expect(heightRuns(plan([long]), 30, true, () => 60, 16)).toEqual([{ from: 3, count: 1, fit: true }]);
  });
});

describe("rowRuns", () => {
  it("gives the rows not skipped (hidden) as runs in sheet order", () => {
    expect(rowRuns(3, 6, new Set([5, 6]))).toEqual([
      { row: 3, rows: 2 },
      { row: 7, rows: 2 },
    ]);
    expect(rowRuns(3, 3, new Set())).toEqual([{ row: 3, rows: 3 }]);
    expect(rowRuns(3, 3, new Set([3, 4, 5]))).toEqual([]);
    // Skipped rows outside the span change nothing; every other row skipped is a run a row.
    expect(rowRuns(10, 5, new Set([1, 11, 13, 99]))).toEqual([
      { row: 10, rows: 1 },
      { row: 12, rows: 1 },
      { row: 14, rows: 1 },
    ]);
  });
});

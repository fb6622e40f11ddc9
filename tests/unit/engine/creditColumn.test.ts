import { type Cell, DEFAULT_RULES } from "../../../src/engine";
import { readCreditColumn } from "../../../src/engine/creditColumn";

/** The reading of a one-column sheet under `header`, its cells below. */
const reading = (header: string, cells: Cell[]) =>
  readCreditColumn([[header], ...cells.map((c) => [c])], 1, { index: 0, letter: "A", header }, DEFAULT_RULES);

describe("readCreditColumn", () => {
  it.each([
    // [header, the column's cells, the text read, its class]
    ["风险等级", ["高", "中", "低"], "高", "D"],
    ["风险等级", ["高", "中", "低"], "低", "A"],
    ["信用等级", ["高", "中", "低"], "高", "A"],
    // 中 of 高/中/低 is B; of 优/良/中/差 it is C.
    ["信用等级", ["高", "中", "低"], "中", "B"],
    ["信用等级", ["优", "良", "中", "差"], "中", "C"],
    ["Credit Rating", ["AAA", "BB"], "AAA", "A"],
  ])("%s over %j reads %s as %s", (header, cells, text, expected) => {
    expect(reading(header, cells).rating(text)).toBe(expected);
  });

  it("reads a score column within the rules' scale as scores, one past it as neither", () => {
    const scored = reading("信用评分", [85, "72分", 40]);
    expect([scored.score(85), scored.score("72分"), scored.offScale]).toEqual([85, 72, false]);
    const past = reading("Credit Score", [720, 650]);
    expect([past.score(720), past.offScale, past.highestScore, past.isScore(650)]).toEqual([
      undefined,
      true,
      720,
      true,
    ]);
    // A risk column's numbers are no credit score, nor is a column not headed as one.
    expect(reading("风险评分", [85]).score(85)).toBeUndefined();
    expect(reading("信用等级", [85]).score(85)).toBeUndefined();
    // The rules' bands past 100 read scores out of 1,000.
    const wide = readCreditColumn(
      [["Credit Score"], [720]],
      1,
      { index: 0, letter: "A", header: "Credit Score" },
      {
        ...DEFAULT_RULES,
        credit: { ...DEFAULT_RULES.credit, minScoreA: 740 },
      },
    );
    expect([wide.score(720), wide.offScale]).toEqual([720, false]);
  });

  it("reads scores under 信用分, and under a rating's header where its cells are scores (each was no rating)", () => {
    // By the header, two scores are enough (the cells alone would not be).
    expect(reading("信用分", [85, 60]).score(85)).toBe(85);
    expect(reading("资信分", [85, 60]).score(60)).toBe(60);
    // 信用分级 is a rating's header: its A is a rating, its figures none.
    expect(reading("信用分级", ["A", "B", 3]).score(3)).toBeUndefined();
    const byCells = reading("信用等级", [85, "72分", 40, 91, null]);
    expect([byCells.score(85), byCells.score("72分"), byCells.rating("A")]).toEqual([85, 72, "A"]);
    // Levels as figures (1-5) stay no score; nor do a few figures among ratings, nor two figures alone.
    expect(reading("信用等级", [1, 2, 3, 5, 4]).score(3)).toBeUndefined();
    expect(reading("信用等级", ["A", "B", "A", "C", "B", 85, 60]).score(85)).toBeUndefined();
    expect(reading("信用等级", [85, 60]).score(85)).toBeUndefined();
  });
});

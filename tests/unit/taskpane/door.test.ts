import { getMessages } from "../../../src/i18n";
import { createDemoDoor } from "../../../src/taskpane/demo/demoDoor";
import { SAMPLE_AS_OF } from "../../../src/taskpane/demo/sampleSheet";
import { type Compute, headerTexts } from "../../../src/taskpane/door";
import { runToPlainOutcome } from "../../../src/workbook";
import { AS_OF, sheet } from "../../helpers/sheet";

describe("the mapping dropdowns' headers", () => {
  it("name each column of a two-level header by its group and label, not the group twice", () => {
    const table = sheet([
      ["经销商名称", "销售额（万元）", "销售额（万元）", "所属区域"],
      ["经销商名称", "2024年", "2025年", "所属区域"],
      ["甲", 80, 100, "华东"],
    ]);
    const outcome = runToPlainOutcome(table, { asOf: AS_OF });
    expect(headerTexts(table, outcome).map((h) => h.text)).toEqual([
      "经销商名称",
      "2024年销售额（万元）",
      "2025年销售额（万元）",
      "所属区域",
    ]);
  });

  it("are the header row's texts otherwise, each with its column and the letters the sheet shows", () => {
    const table = sheet([
      [null, null],
      ["Distributor", "Revenue", null, "Region"],
      ["A", 1, null, "East"],
    ]);
    expect(headerTexts(table, runToPlainOutcome(table, { asOf: AS_OF }))).toEqual([
      { text: "Distributor", column: 0, letter: "A" },
      { text: "Revenue", column: 1, letter: "B" },
      { text: "Region", column: 3, letter: "D" },
    ]);
    // A selection from column C on: the letters are the sheet's, as a mapping by letters counts them.
    const selected = { ...table, origin: { row: 0, column: 2 } };
    expect(headerTexts(selected, runToPlainOutcome(selected, { asOf: AS_OF })).map((h) => h.letter)).toEqual([
      "C",
      "D",
      "F",
    ]);
  });
});

describe("the job line", () => {
  it("says both rows of a two-level header", () => {
    const table = sheet([
      ["经销商名称", "销售额（万元）", "销售额（万元）"],
      ["经销商名称", "2024年", "2025年"],
      ["甲", 80, 100],
    ]);
    const o = runToPlainOutcome(table, { asOf: AS_OF });
    expect(getMessages("zh-CN").ui.jobLine("台账", "A1:C3", 1, o.headerRow, o.header.headerRows)).toBe(
      "工作表“台账”（A1:C3）：1\u00a0家经销商，表头在第 1-2\u00a0行",
    );
    expect(getMessages("en-US").ui.jobLine("S", "A1:C3", 1, o.headerRow, o.header.headerRows)).toBe(
      "Sheet “S” (A1:C3): 1 distributor, header in rows 1-2",
    );
    expect(getMessages("en-US").ui.jobLine("S", "A1:C3", 2, 3)).toBe(
      "Sheet “S” (A1:C3): 2 distributors, header in row 3",
    );
  });
});

describe("the demo", () => {
  it("tiers the sample as of the day it was drawn up, so its reviews are not all a year overdue", async () => {
    const seen: Date[] = [];
    const compute: Compute = async (table, options) => {
      seen.push(options.asOf);
      return runToPlainOutcome(table, options);
    };
    const door = createDemoDoor("zh", compute);
    const options = {
      language: "zh-CN" as const,
      rules: undefined,
      mapping: undefined,
      useSelection: false,
      onProgress: () => {},
      isCancelled: () => false,
    };
    await door.preview(options);
    await door.run(options);
    expect(seen.map((d) => d.toISOString())).toEqual([
      "2025-11-30T00:00:00.000Z",
      "2025-11-30T00:00:00.000Z",
    ]);
    expect(SAMPLE_AS_OF.toISOString().slice(0, 10)).toBe("2025-11-30");
  });
});

import { headerTexts } from "../../../src/taskpane/door";
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
    expect(headerTexts(table, outcome)).toEqual([
      "经销商名称",
      "2024年销售额（万元）",
      "2025年销售额（万元）",
      "所属区域",
    ]);
  });

  it("are the header row's texts otherwise", () => {
    const table = sheet([
      [null, null],
      ["Distributor", "Revenue", null, "Region"],
      ["A", 1, null, "East"],
    ]);
    expect(headerTexts(table, runToPlainOutcome(table, { asOf: AS_OF }))).toEqual([
      "Distributor",
      "Revenue",
      "Region",
    ]);
  });
});

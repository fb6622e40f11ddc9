import { clip, shownText } from "../../../src/i18n/format";
import { EXCEL_CELL_CHARS, excelText } from "../../../src/workbook/writePlan";
import { type Cell } from "../../../src/engine";
import { run } from "../../helpers/sheet";

describe("a cell's text quoted in a message", () => {
  it("is whole when short, else its start and end around an ellipsis, cut between code points", () => {
    expect(shownText("华联商贸")).toBe("华联商贸");
    const long = "甲".repeat(5000);
    expect(Array.from(shownText(long))).toHaveLength(120);
    expect(shownText(`${"a".repeat(200)}END`)).toMatch(/^a+…a+END$/);
    // Characters beyond the BMP (𠀀, two code units each) are never split.
    const wide = "𠀀".repeat(300);
    expect(shownText(wide)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(clip("𠀀".repeat(40))).toBe(`${"𠀀".repeat(29)}…`);
  });

  it("keeps a finding on a 5,000-character name to one readable line, in both languages", () => {
    const name = "超长".repeat(2500);
    const values: Cell[][] = [["经销商名称", "年销售额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 100 - i]);
    values.push([name, 5], [name, 6]);
    for (const language of ["zh-CN", "en-US"] as const) {
      const dup = run(values, { language, findingLanguage: language }).result.findings.find(
        (f) => f.code === "row.duplicateName",
      );
      expect(dup?.message.length).toBeLessThan(300);
      expect(dup?.message).toContain("…");
      expect(dup?.message).toContain(language === "zh-CN" ? "第23行" : "Row 23");
    }
  });

  it("keeps a reason quoting a cell as long as a cell holds within a cell", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 100 - i]);
    values.push(["长", "x".repeat(EXCEL_CELL_CHARS)]);
    const plan = run(values, { language: "zh-CN" }).plan!;
    const reason = plan.columns.find((c) => c.key === "reason")!.values.at(20);
    expect(typeof reason === "string" && reason.length).toBeLessThan(200);
    expect(reason).toMatch(/^销售额“x+…x+”无法识别/);
  });
});

describe("a text the plan writes", () => {
  it("is cut to what a cell holds, never between the halves of a character", () => {
    expect(excelText("短")).toBe("短");
    expect(excelText(42)).toBe(42);
    expect(excelText(null)).toBeNull();
    const cut = excelText("x".repeat(40_000));
    expect(cut).toHaveLength(EXCEL_CELL_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    const wide = excelText("𠀀".repeat(20_000));
    expect(wide.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(wide).toMatch(/^(?:𠀀)+…$/u);
  });
});

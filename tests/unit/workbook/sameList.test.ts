import type { Cell } from "../../../src/engine";
import { type OtherSheet, type SheetTable, runTiering } from "../../../src/workbook";

const AS_OF = new Date("2025-11-30T00:00:00Z");
const HEADER = ["经销商名称", "年销售额（万元）", "区域"];

const rows = (prefix: string, n: number): Cell[][] => [
  HEADER,
  ...Array.from({ length: n }, (_, i): Cell[] => [`${prefix}商贸${i + 1}`, (i + 1) * 10, "华东"]),
];
const other = (name: string, values: Cell[][]): OtherSheet => ({
  name,
  head: values.slice(0, 40),
  rows: values.length,
});
const run = (sheetName: string, values: Cell[][], otherSheets: OtherSheet[]) => {
  const table: SheetTable = { sheetName, values, origin: { row: 2, column: 1 }, otherSheets };
  return runTiering(table, { asOf: AS_OF }).result.findings.filter((f) => f.code.startsWith("sheet."));
};

describe("other sheets with the same list", () => {
  it("names the sheets of other accounts under the same header, with their rows, on the name header", () => {
    const said = run("华东", rows("华东", 20), [
      other("华南", rows("华南", 8)),
      other("华北", rows("华北", 50)),
      // Other headers, last year's copy of the same dealers, an empty sheet: none.
      other("联系人", [
        ["联系人", "电话"],
        ["张三", "123"],
      ]),
      other("去年", rows("华东", 20)),
      other("空表", []),
    ]);
    expect(said).toEqual([
      {
        code: "sheet.sameList",
        severity: "warning",
        row: 3,
        column: "B",
        header: "经销商名称",
        message:
          "工作表“华南”、“华北”与“华东”表头相同，另有58行客户，未一并分级：本次重点客户只在“华东”的20家中选出。如这些表是按区域分开记录的同一份经销商名单，请合并到一张表后重新运行。",
      },
    ]);
  });

  it("says a sheet a month tiers one month's sales, listing the first four months and how many", () => {
    const months = ["1月", "2月", "3月", "4月", "5月", "6月"].map((m) => other(m, rows("", 10)));
    const said = run("7月", rows("", 10), months);
    expect(said.map((f) => f.code)).toEqual(["sheet.periodSheets"]);
    expect(said[0]?.message).toBe(
      "工作表“1月”、“2月”、“3月”、“4月”等6张表与“7月”表头相同、客户相同，像是按月（季）分表的销售记录：本次只按“7月”一张表的销售额分级，其他各期未计入。如需按全年分级，请先把各期销售额按客户汇总到一张表（可用数据透视表），再运行。",
    );
    // In English, by quarter.
    const en = (prefix: string, n: number): Cell[][] => [
      ["Distributor", "Revenue"],
      ...Array.from({ length: n }, (_, i): Cell[] => [`${prefix}Dealer ${i + 1}`, (i + 1) * 100]),
    ];
    const q = run("Q2", en("", 10), [other("Q1", en("", 10)), other("West", en("West ", 4))]);
    expect(q.map((f) => f.message)).toEqual([
      "Sheet 'West' has the header of 'Q2' and 4 more rows of accounts, not tiered with it: this run chose key accounts among the 10 accounts of 'Q2' only. If they are one distributor list kept a sheet per region, put them on one sheet and run again.",
      "Sheet 'Q1' has the header and the accounts of 'Q2', a sheet a period: this run tiered on the sales of 'Q2' alone, not on the other periods'. To tier on the year, sum each account's sales on one sheet first (a PivotTable does), then run again.",
    ]);
  });

  it("names two sheets with 'and' in English, and five by the first four and how many more", () => {
    const en = (prefix: string, n: number): Cell[][] => [
      ["Distributor", "Revenue"],
      ...Array.from({ length: n }, (_, i): Cell[] => [`${prefix}Dealer ${i + 1}`, (i + 1) * 100]),
    ];
    const two = run("East", en("East ", 10), [
      other("West", en("West ", 4)),
      other("North", en("North ", 3)),
    ]);
    expect(two[0]?.message).toMatch(/^Sheets 'West' and 'North' have the header of 'East' and 7 more rows/);
    const five = ["A", "B", "C", "D", "E"].map((x) => other(x, en(`${x} `, 2)));
    expect(run("East", en("East ", 10), five)[0]?.message).toMatch(
      /^Sheets 'A', 'B', 'C', 'D' and 1 more have the header of 'East' and 10 more rows/,
    );
  });

  it("says nothing of a copy of the same accounts under another name, nor without other sheets", () => {
    expect(run("台账", rows("", 10), [other("台账 (2)", rows("", 10))])).toEqual([]);
    expect(run("台账", rows("", 10), [])).toEqual([]);
  });

  it("points at last year's ledger where this year's has no last year's sales, as a tip", () => {
    const said = run("2025年", rows("", 10), [other("2024年", rows("", 10)), other("2023年", rows("", 10))]);
    expect(said.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ["sheet.priorYearSheet", "info", 3, "B"],
    ]);
    expect(said[0]?.message).toBe(
      "工作表“2024年”与“2025年”表头相同、客户相同，像是上一年的台账：本表没有上年销售额，本次未计算同比增长。如需按同比评估潜力和晋级，请把“2024年”的销售额作为一列（如“上年销售额”，可用VLOOKUP按经销商名称取数）加到本表，再运行。",
    );
    // With last year's sales on the sheet, nothing to say.
    const withPrior: Cell[][] = [
      [...HEADER, "去年销售额（万元）"],
      ...rows("", 10)
        .slice(1)
        .map((r) => [...r, 5]),
    ];
    expect(run("2025年", withPrior, [other("2024年", rows("", 10))])).toEqual([]);
  });
});

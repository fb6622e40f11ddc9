import { type Cell, detectColumns, tierAccounts } from "../../../src/engine";
import { checkHeader } from "../../../src/engine/headerChecks";
import { AS_OF, en, zh } from "../../helpers/sheet";

/** The header checks of a sheet, as the run makes them before reading a row. */
const check = (values: Cell[][], calculated = true) =>
  checkHeader({
    header: detectColumns(values),
    values,
    origin: { row: 0, column: 0 },
    messages: en,
    grid: { calculated },
  });

describe("checkHeader", () => {
  it.each<[string, Cell[][], boolean, string[]]>([
    ["an empty sheet", [[null], []], true, ["sheet.empty"]],
    [
      "no header",
      [
        ["x", 1],
        ["y", 2],
      ],
      true,
      ["header.notFound"],
    ],
    [
      "a header with nothing under it",
      [["Distributor", "Revenue"], [], [null, null]],
      true,
      ["sheet.noRows"],
    ],
    [
      "a sheet to tier",
      [
        ["Distributor", "Revenue"],
        ["A", 1],
      ],
      false,
      [],
    ],
    [
      "no sales column",
      [
        ["Distributor", "Region"],
        ["A", "East"],
      ],
      false,
      ["header.noRevenue"],
    ],
    [
      "a second table beside the first",
      [
        ["Distributor", "Revenue", null, "Distributor", "Revenue"],
        ["A", 1, null, "B", 2],
      ],
      false,
      ["header.secondTable"],
    ],
  ])("%s", (_, values, stop, codes) => {
    const c = check(values);
    expect(c.stop).toBe(stop);
    expect(c.findings.map((f) => f.code)).toEqual(codes);
  });

  it("stops on formulas saved without their results, each column said with its row", () => {
    const c = check(
      [
        ["Distributor", "Revenue"],
        ["A", { formula: "=B3*2" } as unknown as Cell],
      ],
      false,
    );
    expect(c.stop).toBe(true);
    expect(c.findings.map((f) => [f.code, f.row, f.column])).toEqual([["value.uncalculated", 2, "B"]]);
  });

  it("notes the same sales with their tax beside those taken, instead of asking on every run", () => {
    // 含税销售额 beside 不含税销售额 was a warning on every run, of a choice no planner would make.
    const said = (header: Cell[]) =>
      check([header, ["A", 113, 100]]).findings.map((f) => [f.code, f.severity, f.column]);
    expect(said(["经销商", "含税销售额", "不含税销售额"])).toEqual([["header.taxedTwin", "info", "B"]]);
    expect(said(["经销商", "价税合计", "不含税金额"])).toEqual([["header.taxedTwin", "info", "B"]]);
    expect(said(["Customer", "Sales With Tax", "Sales"])).toEqual([["header.taxedTwin", "info", "B"]]);
    expect(
      check([
        ["Customer", "Sales incl. VAT", "Sales excl. VAT"],
        ["A", 113, 100],
      ]).findings[0]?.message,
    ).toBe(
      "Column B ('Sales incl. VAT') holds the same sales with their tax: the accounts are tiered by column C ('Sales excl. VAT'), and column B is left alone. To tier by the sales with tax, choose column B in the mapping.",
    );
    // Another measure beside the sales with tax (回款额: payments) is still a question.
    expect(said(["经销商", "回款额", "含税销售额"])).toEqual([["header.duplicate", "warning", "C"]]);
    // And another year's.
    expect(said(["经销商", "2025年含税销售额", "2026年不含税销售额"]).map((x) => x[0])).not.toContain(
      "header.taxedTwin",
    );
  });

  it("takes the sales in the home currency over each order's own (金蝶's 本位币 and 原币), and notes the other", () => {
    // 原币价税合计 left of 本位币价税合计: the leftmost was taken (each order's currency, unrankable where
    // they differ) and the home currency's said to look like the sales, a warning on every run.
    const run = (header: Cell[], messages = zh) => {
      const values = [header, ["A", 14_000, 100_000], ["B", 200_000, 200_000]];
      const detected = detectColumns(values);
      const c = checkHeader({ header: detected, values, origin: { row: 0, column: 0 }, messages, grid: {} });
      return {
        mapping: detected.mapping,
        said: c.findings.map((f) => [f.code, f.severity, f.column, f.message]),
      };
    };
    const k3 = run(["客户", "原币价税合计", "本位币价税合计"]);
    expect(k3.mapping).toMatchObject({ name: 0, revenue: 2 });
    expect(k3.said).toEqual([
      [
        "header.currencyTwin",
        "info",
        "B",
        "B列“原币价税合计”是按各单据原币计的同一笔销售额：已按C列“本位币价税合计”（本位币，各客户可相比）分级，B列保持不动。",
      ],
    ]);
    const sap = run(["Customer", "Amount (Transaction Currency)", "Amount (Base Currency)"], en);
    expect(sap.mapping).toMatchObject({ name: 0, revenue: 2 });
    expect(sap.said.filter((x) => x[0] === "header.currencyTwin")).toEqual([
      [
        "header.currencyTwin",
        "info",
        "B",
        "Column B ('Amount (Transaction Currency)') holds the same sales in each order's own currency: the accounts are tiered by column C ('Amount (Base Currency)'), in the home currency, which compares across accounts, and column B is left alone.",
      ],
    ]);
    // Each alone is the sales (本位币金额, 原币金额 where the sheet has nothing else); so are 净额 and
    // Billing Amount.
    for (const h of ["本位币价税合计", "本位币金额", "原币价税合计", "净额", "Billing Amount"])
      expect(run(["客户", h]).mapping).toMatchObject({ name: 0, revenue: 1 });
  });

  it("notes this period's sales beside the year so far taken (用友's 本期金额 and 本年累计金额)", () => {
    // The report's two spans of the same sales: a warning on every run of a choice no planner would make.
    const said = (header: Cell[], messages = zh) => {
      const values = [header, ["A", 10, 120, 100], ["B", 20, 240, 200]];
      return checkHeader({
        header: detectColumns(values),
        values,
        origin: { row: 0, column: 0 },
        messages,
        grid: {},
      }).findings.map((f) => [f.code, f.severity, f.column, f.message]);
    };
    expect(said(["客户名称", "本期金额", "本年累计金额", "上年累计金额"])).toEqual([
      [
        "header.periodTwin",
        "info",
        "B",
        "B列“本期金额”是本期（报表查询期间）的销售额：已按C列“本年累计金额”（本年至今）分级，B列保持不动。如需按本期分级，请在列映射中指定B列。",
      ],
    ]);
    expect(said(["客户名称", "本期发货金额", "本年累计发货金额", "上年同期累计发货金额"], en)).toEqual([
      [
        "header.periodTwin",
        "info",
        "B",
        "Column B ('本期发货金额') holds this period's sales (the report's span): the accounts are tiered by column C ('本年累计发货金额'), the year so far, and column B is left alone. To tier by the period, choose column B in the mapping.",
      ],
    ]);
    // An English report's alike (Current Period Sales beside YTD Sales): the period was taken, a rival.
    expect(
      said(["Customer", "Current Period Sales", "YTD Sales", "Prior YTD Sales"], en).map((x) => x[0]),
    ).toEqual(["header.periodTwin"]);
    // Another measure beside the year so far (本期回款) is still a question.
    expect(said(["客户名称", "本期回款", "本年累计金额", "上年累计金额"]).map((x) => x[0])).not.toContain(
      "header.periodTwin",
    );
  });

  it("warns of sales that are an average over nothing said (平均销售额), read as a year's", () => {
    const said = (h: string) =>
      check([
        ["经销商", h],
        ["A", 100],
      ]).findings.map((f) => [f.code, f.severity, f.column]);
    for (const h of ["平均销售额", "平均销售额（万元）", "Average Sales", "Avg Revenue"])
      expect(said(h)).toContainEqual(["header.averageUnstated", "warning", "B"]);
    expect(
      check([
        ["Dealer", "Average Sales"],
        ["A", 100],
      ]).findings.find((f) => f.code === "header.averageUnstated")?.message,
    ).toBe(
      "Column B ('Average Sales') is an average, and does not say over what: it is read as each account's sales for the year. If it is a month's average, name it so ('Avg Monthly Sales'); if it is an average per order, use the column of total sales instead; then run again.",
    );
    // An average that says over what reads as it says: a month's, a day's, a year's.
    for (const h of [
      "月均销售额",
      "平均月销售额",
      "Avg Monthly Revenue",
      "日均销量",
      "年均销售额",
      "近三年平均销售额",
      "Average Annual Sales",
      "销售额",
    ])
      expect(said(h).map((x) => x[0])).not.toContain("header.averageUnstated");
    // Chosen by the planner: an answer already, not said on every run.
    const chosen = tierAccounts({
      grid: {
        values: [
          ["经销商", "平均销售额"],
          ["A", 100],
          ["B", 50],
        ],
        origin: { row: 0, column: 0 },
      },
      messages: zh,
      asOf: AS_OF,
      mapping: { revenue: "平均销售额" },
    });
    expect(chosen.findings.map((f) => f.code)).not.toContain("header.averageUnstated");
  });

  it("notes the sales before returns beside the net taken, instead of asking on every run", () => {
    // Gross Sales beside Net Sales (a US distributor's ledger) was a warning on every run, though the net
    // is what the account kept.
    const said = (header: Cell[]) =>
      check([header, header.map((_, k) => (k === 0 ? "A" : 100 - k))]).findings.map((f) => [
        f.code,
        f.severity,
        f.column,
      ]);
    expect(said(["Customer", "Gross Sales", "Returns", "Net Sales"])).toEqual([
      ["header.grossTwin", "info", "B"],
    ]);
    expect(said(["Dealer", "Gross Sales", "Net Sales"])).toEqual([["header.grossTwin", "info", "B"]]);
    expect(said(["经销商名称", "提货额", "退货额", "净销售额"])).toEqual([["header.grossTwin", "info", "B"]]);
    expect(said(["单位全名", "销售金额", "退货金额", "销售净额"])).toEqual([
      ["header.grossTwin", "info", "B"],
    ]);
    expect(said(["客户名称", "销售金额", "退货金额", "实际销售额"])).toEqual([
      ["header.grossTwin", "info", "B"],
    ]);
    expect(
      check([
        ["经销商名称", "提货额", "退货额", "净销售额"],
        ["甲", 120, 20, 100],
      ]).findings[0]?.message,
    ).toBe(
      "Column B ('提货额') holds the sales before returns: the accounts are tiered by column D ('净销售额'), what they kept, and column B is left alone. To tier by the gross, choose column B in the mapping.",
    );
    // Another measure beside the net (回款额: payments), with no returns column, is still a question.
    expect(said(["经销商", "回款额", "净销售额"])).toEqual([["header.duplicate", "warning", "B"]]);
  });
});

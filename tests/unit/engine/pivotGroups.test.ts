import fc from "fast-check";
import { type Cell, tierAccounts } from "../../../src/engine";
import { pivotGroupHeads } from "../../../src/engine/pivotGroups";
import { AS_OF, en, zh } from "../../helpers/sheet";

const tiers = (values: Cell[][], messages = zh) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf: AS_OF });

/** The notes a run gives on rows (code, row, column, message), top to bottom. */
const rowNotes = (values: Cell[][], messages = zh) =>
  tiers(values, messages)
    .findings.filter((f) => f.severity === "info" && f.code.startsWith("row"))
    .map((f) => [f.code, f.row, f.column, f.message]);

const NAMES = Array.from(
  { length: 24 },
  (_, i) => `经销商${String.fromCharCode(0x4e00 + i * 11)}商贸有限公司`,
);
/** Sales of a group's i-th distributor, in 万元: unsorted, no two groups alike. */
const salesOf = (group: number, i: number): number =>
  [93, 12, 57, 8, 140, 33, 21, 66, 5, 48][i % 10]! + group * 3;

/**
 * A PivotTable of sales by region and distributor as Excel lays it out by default (compact form, each
 * region's subtotal on its own heading row, the grand total last).
 */
function compactPivot(regions: readonly string[], header = ["行标签", "求和项:销售额（万元）"]): Cell[][] {
  const rows: Cell[][] = [header];
  let all = 0;
  regions.forEach((region, g) => {
    const sales = Array.from({ length: 8 }, (_, i) => salesOf(g, i));
    const sum = sales.reduce((a, b) => a + b, 0);
    all += sum;
    rows.push([region, sum]);
    sales.forEach((s, i) => rows.push([NAMES[g * 8 + i] ?? null, s]));
  });
  rows.push([header[0] === "Row Labels" ? "Grand Total" : "总计", all]);
  return rows;
}

describe("pivotGroupHeads", () => {
  const any = () => true;
  /** The headings of rows of a name and its sales, any label a group's. */
  const headsOf = (rows: Cell[][]) => pivotGroupHeads(rows, 0, 0, 1, any);
  /** 华东 over 甲 and 乙, 华南 over 丙. */
  const TWO_GROUPS: Cell[][] = [
    ["华东", 3],
    ["甲", 1],
    ["乙", 2],
    ["华南", 4],
    ["丙", 4],
  ];

  it("finds the headings whose figures are the sums of the rows under them, one to three levels deep", () => {
    expect(headsOf(TWO_GROUPS)).toEqual([
      { row: 0, column: 0, label: "华东", first: 1, last: 2, level: 0, lines: false },
      { row: 3, column: 0, label: "华南", first: 4, last: 4, level: 0, lines: false },
    ]);
    const nested: Cell[][] = [
      ["华东", 10],
      ["浙江", 3],
      ["甲", 1],
      ["乙", 2],
      ["江苏", 7],
      ["丁", 7],
      ["华南", 4],
      ["广东", 4],
      ["丙", 4],
      ["总计", 14],
    ];
    expect(headsOf(nested).map((h) => [h.label, h.level, h.first, h.last])).toEqual([
      ["华东", 0, 1, 5],
      ["浙江", 1, 2, 3],
      ["江苏", 1, 5, 5],
      ["华南", 0, 7, 8],
      ["广东", 1, 8, 8],
    ]);
  });

  it("keeps a group's distributors with no sales at its end in the group", () => {
    const rows: Cell[][] = [
      ["华东", 3],
      ["甲", 1],
      ["乙", 2],
      ["丁", null],
      ["华南", 4],
      ["丙", 4],
      ["戊", 0],
      ["总计", 7],
    ];
    expect(headsOf(rows).map((h) => [h.label, h.first, h.last])).toEqual([
      ["华东", 1, 3],
      ["华南", 5, 6],
    ]);
  });

  it("finds none in a ledger, nor where the rows tile by chance under names that are no group's", () => {
    // 300 = 100 + 200, 50 = 50: a small ledger tiles, but 甲 and 丁 are distributors.
    const ledger: Cell[][] = [
      ["甲", 300],
      ["乙", 100],
      ["丙", 200],
      ["丁", 50],
      ["戊", 50],
    ];
    expect(pivotGroupHeads(ledger, 0, 0, 1, (label) => label !== "甲" && label !== "丁")).toEqual([]);
    // A group of one under each heading only (pairs of equal sales: a row entered twice) is no pivot.
    expect(
      headsOf([
        ["华东", 5],
        ["甲", 5],
        ["华南", 7],
        ["乙", 7],
      ]),
    ).toEqual([]);
    // One group alone is a total on top, not a pivot's groups.
    expect(headsOf(TWO_GROUPS.slice(0, 3))).toEqual([]);
    // Rows left over after the last group (one more distributor): no tiling.
    expect(headsOf([...TWO_GROUPS, ["丁", 9]])).toEqual([]);
    // A ledger sorted by sales, a million rows long, stops at its first rows.
    const big: Cell[][] = Array.from({ length: 1000 }, (_, i) => [`经销商${i}`, 5000 - i]);
    expect(headsOf(big)).toEqual([]);
  });

  it("finds the outline form's headings in a column of their own, the name cell blank, by their place", () => {
    const outline: Cell[][] = [
      ["王芳", null, 30],
      [null, "甲", 10],
      [null, "乙", 20],
      ["李强", null, 5],
      [null, "丙", 5],
    ];
    expect(pivotGroupHeads(outline, 0, 1, 2, () => false).map((h) => [h.row, h.column, h.label])).toEqual([
      [0, 0, "王芳"],
      [3, 0, "李强"],
    ]);
  });
});

describe("a PivotTable of sales by region and distributor", () => {
  it("tiers the distributors, not the regions' headings with their subtotals (which were the key accounts)", () => {
    const r = tiers(compactPivot(["华东", "华南", "华北"]));
    expect(r.accounts).toHaveLength(24);
    expect(r.accounts.some((a) => ["华东", "华南", "华北"].includes(a.name))).toBe(false);
    // The largest distributors are the key accounts (10% of 24): 140 + 3 in 华南, 140 + 6 in 华北.
    expect(r.accounts.filter((a) => a.tier === "key").map((a) => a.revenue)).toEqual([1_430_000, 1_460_000]);
    const said = r.findings.filter((f) => f.code === "row.groupHead");
    expect(said.map((f) => [f.row, f.column, f.severity])).toEqual([
      [2, "A", "info"],
      [11, "A", "info"],
      [20, "A", "info"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：行标签“华东”是分组行，其数字是第3-10行的小计，不是经销商，不参与分级。",
    );
    expect(r.skipped.filter((s) => s.reason === "section").map((s) => s.text)).toEqual([
      "华东",
      "华南",
      "华北",
    ]);
    const english = tiers(compactPivot(["East", "West"], ["Row Labels", "Sum of Sales"]), en);
    expect(english.accounts).toHaveLength(16);
    expect(english.findings.find((f) => f.code === "row.groupHead")?.message).toBe(
      "Row 2: Row Labels 'East' heads a group, its figures the subtotal of rows 3-10; not a distributor, not tiered.",
    );
  });

  it("gives the compact form's distributors the region their heading names, the outermost of two levels", () => {
    const r = tiers(compactPivot(["华东", "East Region"]));
    expect(r.accounts.slice(0, 8).every((a) => a.region === "华东")).toBe(true);
    expect(r.accounts.slice(8).every((a) => a.region === "East Region")).toBe(true);
    expect(r.summary.regions.map((x) => x.region).sort()).toEqual(["East Region", "华东"].sort());
    // 大区 over 省份 over the distributors: the 大区.
    const nested: Cell[][] = [["行标签", "求和项:销售额（万元）"]];
    ["华东", "华南"].forEach((region, g) => {
      const rows: Cell[][] = [];
      let sum = 0;
      ["浙江", "江苏"].forEach((province, p) => {
        const sales = [30, 20, 10].map((s) => s + g * 7 + p);
        rows.push(
          [`${province}${g}`, sales.reduce((a, b) => a + b, 0)],
          ...sales.map((s, i) => [NAMES[g * 6 + p * 3 + i] ?? null, s]),
        );
        sum += sales.reduce((a, b) => a + b, 0);
      });
      nested.push([region, sum], ...rows);
    });
    const two = tiers(nested);
    expect(two.accounts).toHaveLength(12);
    expect(two.accounts.map((a) => a.region)).toEqual([...Array(6).fill("华东"), ...Array(6).fill("华南")]);
    // Six headings (two 大区, four 省份) said in one note.
    expect(two.findings.filter((f) => f.code === "row.groupHead")).toEqual([]);
    expect(two.findings.filter((f) => f.code === "rows.groupHeads").map((f) => [f.row, f.message])).toEqual([
      [
        2,
        "第2-16行：行标签中有6个分组行（第2行“华东”、第3行“浙江0”、第7行“江苏0”等），其数字是下方各行的小计，不是经销商，不参与分级。",
      ],
    ]);
    // Owners' names head no region.
    expect(tiers(compactPivot(["王芳", "李强"])).accounts.every((a) => a.region === "")).toBe(true);
  });

  it("tiers the customers of a pivot by customer and product, with their sums, not the products under them", () => {
    // 大区 > 客户 > 产品: 产品A, 产品B, 产品C under every customer are its lines; the customer is the account.
    const rows: Cell[][] = [["行标签", "求和项:销售额（万元）"]];
    let n = 0;
    for (const [g, region] of ["华东", "华南"].entries()) {
      const customers = Array.from({ length: 5 }, (_, i) => [10 + i + g, 20 + 2 * i, 5]);
      rows.push([region, customers.flat().reduce((a, b) => a + b, 0)]);
      for (const lines of customers) {
        rows.push([NAMES[n++] ?? null, lines.reduce((a, b) => a + b, 0)]);
        lines.forEach((s, k) => rows.push([`产品${"ABC"[k]}`, s]));
      }
    }
    const r = tiers(rows);
    expect(r.accounts.map((a) => a.name)).toEqual(NAMES.slice(0, 10));
    expect(r.accounts[0]).toMatchObject({ revenue: 350_000, region: "华东" });
    expect(r.accounts[9]).toMatchObject({ revenue: 480_000, region: "华南" });
    // Ten customers with their lines said in one note, not one a customer; each region as a heading.
    expect(r.findings.filter((f) => f.code === "row.subAccounts")).toEqual([]);
    expect(
      r.findings.filter((f) => f.code === "rows.subAccounts").map((f) => [f.row, f.column, f.message]),
    ).toEqual([
      [
        3,
        "A",
        `第3-43行：行标签列出10家客户，各带下级客户或销售明细：每家合为一个客户分级，按客户所在行的合计计算。如第3行“${NAMES[0]}”及其下第4-6行。明细行不单独分级。`,
      ],
    ]);
    expect(r.findings.filter((f) => f.code === "row.groupHead").map((f) => f.row)).toEqual([2, 23]);
    expect(tiers(rows, en).findings.find((f) => f.code === "rows.subAccounts")?.message).toBe(
      `Rows 3-43: 行标签 lists 10 customers, each with its sub-customers or the lines of its sales: each is tiered as one account, with the figures on its own row. E.g. row 3 '${NAMES[0]}' and rows 4-6 under it. The lines are not tiered on their own.`,
    );
    expect(r.skipped.filter((s) => s.reason === "subAccount")).toHaveLength(30);
    // A pivot by year and customer repeats its customers under its two years: the years are no accounts.
    const byYear: Cell[][] = [["行标签", "求和项:销售额（万元）"]];
    for (const [g, year] of [2024, 2025].entries()) {
      const sales = Array.from({ length: 8 }, (_, i) => salesOf(g, i));
      byYear.push([year, sales.reduce((a, b) => a + b, 0)], ...sales.map((s, i) => [NAMES[i] ?? null, s]));
    }
    const years = tiers(byYear);
    expect(years.findings.filter((f) => f.code === "row.groupHead").map((f) => f.row)).toEqual([2, 11]);
    // Nor are its rows of 2024 this period's: tiered row by row, each distributor was two accounts, one
    // of them by last year's sales. The run stops and says to move the years to the columns.
    expect(
      years.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.row, f.message]),
    ).toEqual([
      [
        "rows.salesLines",
        2,
        "第2行起：这张数据透视表把年份放在行上（2024、2025各自一组），8家经销商在不同年份下重复出现，逐行分级会把往年的销售额当作本期、把同一家拆成多家。请在“数据透视表字段”窗格中把年份字段从“行”区域拖到“列”区域，使每家经销商一行、每年一列，再运行：最近一年为本期销售额，前一年为上年销售额。未写入任何内容。",
      ],
    ]);
    expect(years.findings.map((f) => f.code)).not.toContain("row.duplicateName");
    // In English Excel, years as text (FY2025), one distributor under both.
    const fiscal: Cell[][] = [
      ["Row Labels", "Sum of Sales"],
      ["FY2025", 300],
      ["Acme", 100],
      ["Beta", 200],
      ["FY2026", 500],
      ["Acme", 150],
      ["Gamma", 350],
      ["Grand Total", 800],
    ];
    expect(tiers(fiscal, en).findings.find((f) => f.severity === "error")?.message).toBe(
      "From row 2: this PivotTable has its years as rows (2025, 2026, a group each), and 1 distributor appears under more than one year; tiered row by row, an earlier year's sales would count as this period's and one distributor as several. Move the year field from the Rows area to the Columns area, so that each distributor has one row and each year a column, then run again: the latest year is the sales, the one before last year's. Nothing was written.",
    );
    // The outline form: the years in a column of their own, as numbers, the name blank on their rows
    // (no heading was found: two rows without a name, and 甲 twice).
    const outline: Cell[][] = [
      ["年", "经销商", "求和项:销售额（万元）"],
      [2025, null, 300],
      [null, "甲", 100],
      [null, "乙", 200],
      [2026, null, 500],
      [null, "甲", 150],
      [null, "丙", 350],
      ["总计", null, 800],
    ];
    expect(tiers(outline).findings.map((f) => [f.code, f.row])).toEqual([
      ["row.groupHead", 2],
      ["rows.salesLines", 2],
      ["row.groupHead", 5],
      ["row.total", 8],
    ]);
    // Years with no distributor under two of them group this period's sales by another year (the year
    // each began, 签约年份): tiered, the years as headings.
    const apart = fiscal.map((row) => (row[0] === "Acme" && row[1] === 150 ? ["Delta", 150] : row));
    expect(tiers(apart, en).findings.filter((f) => f.severity === "error")).toEqual([]);
    // A distributor under two regions by mistake leaves the others distributors.
    const twice = compactPivot(["华东", "华南"]);
    twice[12] = [NAMES[0] ?? null, twice[12]?.[1] ?? null];
    expect(tiers(twice).accounts).toHaveLength(16);
  });

  it("leaves out English Excel's group totals at the foot: a pivot's East Total, Data > Subtotal's by owner", () => {
    // The compact form with its subtotals at the bottom: East, its dealers, East Total. Each "X Total"
    // was a dealer, with its group's sales: the two key accounts.
    const rows: Cell[][] = [["Row Labels", "Sum of Sales (USD)"]];
    let all = 0;
    for (const [g, region] of ["East", "West"].entries()) {
      const sales = Array.from({ length: 8 }, (_, i) => salesOf(g, i) * 1000);
      rows.push([region, null], ...sales.map((s, i) => [`Dealer ${g * 8 + i + 1}`, s]));
      rows.push([`${region} Total`, sales.reduce((a, b) => a + b, 0)]);
      all += sales.reduce((a, b) => a + b, 0);
    }
    rows.push(["Grand Total", all]);
    const r = tiers(rows, en);
    expect(r.accounts).toHaveLength(16);
    expect(r.accounts.some((a) => a.name.endsWith("Total"))).toBe(false);
    expect(r.accounts.map((a) => a.region)).toEqual([...Array(8).fill("East"), ...Array(8).fill("West")]);
    expect(r.skipped.filter((s) => s.reason === "total").map((s) => s.text)).toEqual([
      "East Total",
      "West Total",
      "Grand Total",
    ]);
    // Data > Subtotal at each change in Owner: "John Smith Total" in the owner column, the name blank,
    // is a total, not a row without a name (a warning each).
    const byOwner: Cell[][] = [["Owner", "Dealer", "Sales (USD)"]];
    for (const [g, owner] of ["John Smith", "Mary Jones"].entries()) {
      const sales = Array.from({ length: 8 }, (_, i) => salesOf(g, i) * 1000);
      byOwner.push(...sales.map((s, i) => [owner, `Dealer ${g * 8 + i + 1}`, s]));
      byOwner.push([`${owner} Total`, null, sales.reduce((a, b) => a + b, 0)]);
    }
    const owners = tiers(byOwner, en);
    expect(owners.accounts).toHaveLength(16);
    expect(owners.findings.filter((f) => f.severity === "warning").map((f) => f.code)).toEqual([]);
    expect(owners.findings.filter((f) => f.code === "row.total").map((f) => f.message)).toEqual([
      "Row 10: Owner 'John Smith Total' is a totals row; not tiered.",
      "Row 19: Owner 'Mary Jones Total' is a totals row; not tiered.",
    ]);
    // Data > Subtotal at each change in the customer, over a list of its lines: "Acme Total" under Acme's
    // lines in the name column (each line was an account, and "Acme Total" one more), as 用友's "Acme 汇总"
    // reads; a customer of one line, its total under it.
    const lines: Cell[][] = [["Customer", "Product", "Sales (USD)"]];
    let grand = 0;
    for (const [customer, sales] of [
      ["Acme", [100, 200, 50]],
      ["Beta", [40, 60]],
      ["Gamma", [500]],
      ["Delta", [10, 20, 30]],
    ] as const) {
      lines.push(...sales.map((x, i) => [customer, `P${i + 1}`, x]));
      const sum = sales.reduce<number>((a, b) => a + b, 0);
      lines.push([`${customer} Total`, null, sum]);
      grand += sum;
    }
    lines.push(["Grand Total", null, grand]);
    const byCustomer = tiers(lines, en);
    expect(byCustomer.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme", 350],
      ["Beta", 100],
      ["Gamma", 500],
      ["Delta", 60],
    ]);
    expect(byCustomer.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([]);
    expect(byCustomer.findings.filter((f) => f.code === "row.total").map((f) => f.row)).toEqual([
      5, 8, 10, 14, 15,
    ]);
    // Only the total of the name above: "Zeta Total" under Acme's lines is a company of that name.
    const zeta = tiers(
      [
        ["Customer", "Sales (USD)"],
        ["Acme", 100],
        ["Acme", 200],
        ["Zeta Total", 300],
        ["Beta", 50],
      ],
      en,
    );
    expect(zeta.accounts.map((a) => a.name)).toEqual(["Acme", "Acme", "Zeta Total", "Beta"]);
    // By another function than the sum ("Acme Count", "Acme 平均值"): one account with its lines' sum, said
    // so; "Grand Count" under the last summary. Each line was an account, the summaries more ("Grand
    // Average" a key account).
    const linesCounted = tiers(
      [
        ["Customer", "Sales (USD)"],
        ["Acme", 100],
        ["Acme", 200],
        ["Acme Count", 2],
        ["Beta", 50],
        ["Beta Count", 1],
        ["Grand Count", 3],
      ],
      en,
    );
    expect(linesCounted.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme", 300],
      ["Beta", 50],
    ]);
    expect(linesCounted.findings.filter((f) => (f.row ?? 0) <= 4).map((f) => f.message)).toEqual([
      "Row 2: Customer 'Acme' and row 3 under it (a line of its sales) are tiered as one account, with the lines' sum: row 4 ('Acme Count') summarizes them by another function than Sum.",
      "Row 4: Customer 'Acme Count' is a subtotal row (Data > Subtotal), not a distributor; not tiered.",
    ]);
    expect(linesCounted.findings.filter((f) => f.code === "row.total").map((f) => f.row)).toEqual([4, 6, 7]);
    const linesAveraged = tiers([
      ["经销商名称", "销售额（元）"],
      ["甲商贸", 100],
      ["甲商贸", 300],
      ["甲商贸", 200],
      ["甲商贸 平均值", 200],
      ["乙商贸", 80],
      ["乙商贸 平均值", 80],
      ["总计平均值", 152],
    ]);
    expect(linesAveraged.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["甲商贸", 600],
      ["乙商贸", 80],
    ]);
    expect(linesAveraged.findings.find((f) => f.code === "row.subAccounts")?.message).toBe(
      "第2行：经销商名称“甲商贸”及其下第3-4行（销售明细）合为一个客户分级，按各行之和计算：第5行“甲商贸 平均值”是分类汇总的计数、平均值等，不是合计。",
    );
    // Not a summary of the lines above: a figure that is not theirs by that function, a name not the
    // customer's above ("Zeta Max" is a company), "Grand Average" under no summary.
    const companies = tiers(
      [
        ["Customer", "Sales (USD)"],
        ["Grand Average", 400],
        ["Acme", 100],
        ["Acme", 200],
        ["Acme Count", 7],
        ["Beta", 50],
        ["Zeta Max", 50],
      ],
      en,
    );
    expect(companies.accounts.map((a) => a.name)).toEqual([
      "Grand Average",
      "Acme",
      "Acme",
      "Acme Count",
      "Beta",
      "Zeta Max",
    ]);
    // The outline collapsed to its sums and copied to a sheet of their own: each sum is the account it
    // names (they were all totals, "no accounts"; in English accounts named "Acme Total").
    const collapsed = tiers([
      ["经销商名称", "销售额（元）"],
      ["甲商贸 汇总", 500_000],
      ["乙商贸 汇总", 300_000],
      ["丙建材 汇总", 100_000],
      ["总计", 900_000],
      [],
      ["制表人：张三"],
    ]);
    expect(collapsed.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["甲商贸", 500_000],
      ["乙商贸", 300_000],
      ["丙建材", 100_000],
    ]);
    expect(collapsed.findings.find((f) => f.code === "rows.sumsAlone")).toMatchObject({
      row: 2,
      column: "A",
      message:
        "第2-4行：经销商名称都是分类汇总的汇总行（如“甲商贸 汇总”），明细行不在表中：已按汇总金额分级，客户名称取汇总前的部分（如“甲商贸”）。",
    });
    expect(
      tiers(
        [
          ["Customer", "Sales (CNY)"],
          ["Acme Sum", 5],
          ["Beta Sum", 4],
          ["Gamma Sum", 3],
          ["Grand Sum", 12],
        ],
        en,
      ).accounts.map((a) => a.name),
    ).toEqual(["Acme", "Beta", "Gamma"]);
    // Not where the sums are a region's (a summary by region: no account), nor beside an account's row.
    const regions = tiers([
      ["经销商名称", "销售额（元）"],
      ["华东 汇总", 500_000],
      ["华南 汇总", 300_000],
      ["华北 汇总", 100_000],
      ["总计", 900_000],
    ]);
    expect(regions.findings.some((f) => f.code === "rows.sumsAlone")).toBe(false);
    expect(regions.accounts).toHaveLength(0);
    const mixed = tiers(
      [
        ["Customer", "Sales (CNY)"],
        ["Acme Total", 5],
        ["Beta Total", 4],
        ["Gamma Total", 3],
        ["Delta", 2],
      ],
      en,
    );
    expect(mixed.accounts.map((a) => a.name)).toEqual(["Acme Total", "Beta Total", "Gamma Total", "Delta"]);
    // Data > Subtotal by Average (or Count…): "John Smith Average" and "Grand Average" are its rows too,
    // said as subtotal rows; in Chinese Excel, "王芳 计数" and "总计数".
    const averaged = byOwner.map((row) =>
      typeof row[0] === "string" && row[0].endsWith(" Total")
        ? [row[0].replace(/Total$/, "Average"), null, 1]
        : row,
    );
    averaged.push(["Grand Average", null, 2]);
    const byAverage = tiers(averaged, en);
    expect(byAverage.accounts).toHaveLength(16);
    expect(byAverage.findings.filter((f) => f.severity === "warning").map((f) => f.code)).toEqual([]);
    expect(byAverage.findings.filter((f) => f.code === "row.total").map((f) => f.message)).toEqual([
      "Row 10: Owner 'John Smith Average' is a subtotal row (Data > Subtotal), not a distributor; not tiered.",
      "Row 19: Owner 'Mary Jones Average' is a subtotal row (Data > Subtotal), not a distributor; not tiered.",
      "Row 20: Owner 'Grand Average' is a subtotal row (Data > Subtotal), not a distributor; not tiered.",
    ]);
    const counted: Cell[][] = [["负责人", "经销商", "销售额（元）"]];
    for (const [g, owner] of ["王芳", "李强"].entries()) {
      counted.push(
        ...Array.from({ length: 8 }, (_, i): Cell[] => [
          owner,
          `经销商${g * 8 + i + 1}`,
          salesOf(g, i) * 1000,
        ]),
      );
      counted.push([`${owner} 计数`, null, 8]);
    }
    counted.push(["总计数", null, 16]);
    const zhCount = tiers(counted);
    expect(zhCount.accounts).toHaveLength(16);
    expect(zhCount.findings.filter((f) => f.severity === "warning").map((f) => f.code)).toEqual([]);
    expect(zhCount.findings.filter((f) => f.code === "row.total").map((f) => f.message)).toEqual([
      "第10行：负责人“王芳 计数”是分类汇总行，不是经销商，不参与分级。",
      "第19行：负责人“李强 计数”是分类汇总行，不是经销商，不参与分级。",
      "第20行：负责人“总计数”是分类汇总行，不是经销商，不参与分级。",
    ]);
    // A company whose name ends so, under no heading of that name, is a company.
    const company: Cell[][] = [
      ["Dealer", "Sales"],
      ["Sport Total", 500],
      ["Acme", 300],
      ["Beta", 200],
    ];
    expect(tiers(company, en).accounts.map((a) => a.name)).toEqual(["Sport Total", "Acme", "Beta"]);
  });

  it("says many customers over their lines in one note, by the figure taken, a few a note each", () => {
    // Data > Subtotal (Count) at each change in the customer: 4 customers, each 2 lines and its count.
    const counted = (names: readonly string[]): Cell[][] => [
      ["Customer", "Sales (USD)"],
      ...names.flatMap((n, i): Cell[][] => [
        [n, 100 * (i + 1)],
        [n, 50],
        [`${n} Count`, 2],
      ]),
      ["Grand Count", 2 * names.length],
    ];
    const notes = (values: Cell[][]) => rowNotes(values, en).map((n) => n.slice(0, 3));
    const four = tiers(counted(["Acme", "Beta", "Gamma", "Delta"]), en);
    expect(four.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme", 150],
      ["Beta", 250],
      ["Gamma", 350],
      ["Delta", 450],
    ]);
    // One note for the four and their counts; the grand count keeps its own.
    expect(notes(counted(["Acme", "Beta", "Gamma", "Delta"]))).toEqual([
      ["rows.subAccounts", 2, "A"],
      ["row.total", 14, "A"],
    ]);
    const said = (messages: typeof en) =>
      tiers(counted(["Acme", "Beta", "Gamma", "Delta"]), messages).findings.find(
        (f) => f.code === "rows.subAccounts",
      )?.message;
    expect(said(en)).toBe(
      "Rows 2-13: Customer lists 4 customers, each with the lines of its sales: each is tiered as one account, with the sum of its lines (the subtotal rows summarize them by another function than Sum). E.g. row 2 'Acme' and row 3 under it, its subtotal on row 4 ('Acme Count'). Lines and subtotal rows are not tiered on their own.",
    );
    expect(said(zh)).toBe(
      "第2-13行：Customer列出4家客户，各带销售明细：每家合为一个客户分级，按明细各行之和计算（分类汇总行是计数、平均值等，不是合计）。如第2行“Acme”及其下第3行，分类汇总在第4行“Acme Count”。明细行和分类汇总行不单独分级。",
    );
    // Three keep a note each (each names its own rows), and a note each for their counts.
    expect(notes(counted(["Acme", "Beta", "Gamma"]))).toEqual([
      ["row.subAccounts", 2, "A"],
      ["row.total", 4, "A"],
      ["row.subAccounts", 5, "A"],
      ["row.total", 7, "A"],
      ["row.subAccounts", 8, "A"],
      ["row.total", 10, "A"],
      ["row.total", 11, "A"],
    ]);
    // QuickBooks' totals for four customers folded; two customers counted below them keep theirs.
    const mixed: Cell[][] = [
      ["Customer", "Amount (USD)"],
      ...["Amy's Bird Sanctuary", "Bill's Windsurf Shop", "Cool Cars", "Diego Rodriguez"].flatMap(
        (n, i): Cell[][] => [
          [n, null],
          ["Invoice 1", 100 + i],
          ["Invoice 2", 50],
          [`Total for ${n}`, 150 + i],
        ],
      ),
      ...["Acme", "Beta"].flatMap((n, i): Cell[][] => [
        [n, 100 * (i + 1)],
        [n, 50],
        [`${n} Count`, 2],
      ]),
    ];
    expect(tiers(mixed, en).accounts.map((a) => a.revenue)).toEqual([150, 151, 152, 153, 150, 250]);
    expect(notes(mixed)).toEqual([
      ["rows.subAccounts", 2, "A"],
      ["row.subAccounts", 18, "A"],
      ["row.total", 20, "A"],
      ["row.subAccounts", 21, "A"],
      ["row.total", 23, "A"],
    ]);
    expect(tiers(mixed, zh).findings.find((f) => f.code === "rows.subAccounts")?.message).toBe(
      "第2-17行：Customer列出4家客户，各带下级客户或销售明细：每家合为一个客户分级，按各自合计行的数字计算。如第2行“Amy's Bird Sanctuary”及其下第3-4行，合计在第5行。明细行和合计行不单独分级。",
    );
    expect(tiers(mixed, en).findings.find((f) => f.code === "rows.subAccounts")?.message).toBe(
      "Rows 2-17: Customer lists 4 customers, each with its sub-customers or the lines of its sales: each is tiered as one account, with the figures of its total row. E.g. row 2 'Amy's Bird Sanctuary' and rows 3-4 under it, its total on row 5. Lines and totals are not tiered on their own.",
    );
  });

  it("says a pivot's many group headings and a sheet's many subtotals in one note a column, a few a note each", () => {
    const PROVINCES = ["广东", "江苏", "浙江", "山东", "河南", "四川", "湖北", "湖南"];
    // A pivot by province and distributor, a province a heading over its three distributors.
    const pivot = (provinces: readonly string[]): Cell[][] => {
      const rows: Cell[][] = [["行标签", "求和项:销售额（万元）"]];
      let all = 0;
      provinces.forEach((p, k) => {
        const sales = [30 + k, 12, 7 + k];
        const sum = sales.reduce((a, b) => a + b, 0);
        all += sum;
        rows.push([p, sum], ...sales.map((s, i): Cell[] => [`${p}经销商${i + 1}商贸有限公司`, s]));
      });
      return [...rows, ["总计", all]];
    };
    // Data > Subtotal by region: "广东 汇总" under each province's distributors, 总计 last.
    const subtotalled = (provinces: readonly string[]): Cell[][] => [
      ["区域", "经销商名称", "销售额（万元）"],
      ...provinces.flatMap((p, k): Cell[][] => [
        ...[30 + k, 12, 7].map((s, i): Cell[] => [p, `${p}经销商${i + 1}商贸有限公司`, s]),
        [`${p} 汇总`, null, 49 + k],
      ]),
      ["总计", null, provinces.length * 49],
    ];
    expect(tiers(pivot(PROVINCES)).accounts).toHaveLength(24);
    expect(rowNotes(pivot(PROVINCES))).toEqual([
      [
        "rows.groupHeads",
        2,
        "A",
        "第2-30行：行标签中有8个分组行（第2行“广东”、第6行“江苏”、第10行“浙江”等），其数字是下方各行的小计，不是经销商，不参与分级。",
      ],
      ["row.total", 34, "A", "第34行：行标签“总计”是合计行，不参与分级。"],
    ]);
    expect(rowNotes(pivot(PROVINCES), en)[0]?.[3]).toBe(
      "Rows 2-30: 8 rows of 行标签 head groups ('广东' on row 2, '江苏' on row 6, '浙江' on row 10, …), their figures the subtotals of the rows under them; not distributors, not tiered.",
    );
    expect(tiers(subtotalled(PROVINCES)).accounts).toHaveLength(24);
    expect(rowNotes(subtotalled(PROVINCES))).toEqual([
      [
        "rows.totals",
        5,
        "A",
        "第5-34行：区域中有9个合计或分类汇总行（第5行“广东 汇总”、第9行“江苏 汇总”、第13行“浙江 汇总”等），不是经销商，不参与分级。",
      ],
    ]);
    expect(rowNotes(subtotalled(PROVINCES), en)[0]?.[3]).toBe(
      "Rows 5-34: 9 rows of 区域 are totals or subtotals ('广东 汇总' on row 5, '江苏 汇总' on row 9, '浙江 汇总' on row 13, …), not distributors; not tiered.",
    );
    // Three headings, or two subtotals and the grand total, keep a note each.
    expect(rowNotes(pivot(PROVINCES.slice(0, 3))).map((n) => [n[0], n[1]])).toEqual([
      ["row.groupHead", 2],
      ["row.groupHead", 6],
      ["row.groupHead", 10],
      ["row.total", 14],
    ]);
    expect(rowNotes(subtotalled(PROVINCES.slice(0, 2))).map((n) => [n[0], n[1]])).toEqual([
      ["row.total", 5],
      ["row.total", 9],
      ["row.total", 10],
    ]);
    // Subtotals at two levels, by 大区 and by 省份: each column on its own (four provinces' folded, the
    // two regions' and the grand total's a note each).
    const nested: Cell[][] = [["大区", "省份", "经销商名称", "销售额（万元）"]];
    for (const [region, provinces] of [
      ["华南", ["广东", "广西"]],
      ["华东", ["江苏", "浙江"]],
    ] as const) {
      for (const p of provinces)
        nested.push(...[30, 12, 7].map((s, i): Cell[] => [region, p, `${p}经销商${i + 1}商贸有限公司`, s]), [
          null,
          `${p} 汇总`,
          null,
          49,
        ]);
      nested.push([`${region} 汇总`, null, null, 98]);
    }
    nested.push(["总计", null, null, 196]);
    expect(rowNotes(nested).map((n) => [n[0], n[1], n[2]])).toEqual([
      ["rows.totals", 5, "B"],
      ["row.total", 10, "A"],
      ["row.total", 19, "A"],
      ["row.total", 20, "A"],
    ]);
  });

  it("knows a pivot's headings of any kind under its own header, and a region's under any header", () => {
    // Under 行标签, the owners' names head the groups.
    expect(tiers(compactPivot(["王芳", "李强"])).accounts.map((a) => a.name)).not.toContain("王芳");
    // Under a header of our own words, provinces head them; owners' names there are left as written.
    const provinces = tiers(compactPivot(["浙江省", "江苏省"], ["经销商名称", "销售额（万元）"]));
    expect(provinces.accounts).toHaveLength(16);
    const owners = tiers(compactPivot(["王芳", "李强"], ["经销商名称", "销售额（万元）"]));
    expect(owners.accounts).toHaveLength(18);
    expect(owners.findings.some((f) => f.code === "row.groupHead")).toBe(false);
  });

  it("gives the outline form's distributors the region of their heading (the cells under it are blank)", () => {
    const rows: Cell[][] = [["大区", "经销商名称", "求和项:销售额（万元）"]];
    ["华东", "华南"].forEach((region, g) => {
      const sales = Array.from({ length: 8 }, (_, i) => salesOf(g, i));
      rows.push([region, null, sales.reduce((a, b) => a + b, 0)]);
      sales.forEach((s, i) => rows.push([null, NAMES[g * 8 + i] ?? null, s]));
    });
    const r = tiers(rows);
    expect(r.accounts).toHaveLength(16);
    expect(r.accounts.slice(0, 8).every((a) => a.region === "华东")).toBe(true);
    expect(r.accounts.slice(8).every((a) => a.region === "华南")).toBe(true);
    // No row "without a name": each heading said as one.
    expect(r.findings.some((f) => f.code === "row.missingName")).toBe(false);
    expect(r.findings.filter((f) => f.code === "row.groupHead").map((f) => f.message)).toEqual([
      "第2行：大区“华东”是分组行，其数字是第3-10行的小计，不是经销商，不参与分级。",
      "第11行：大区“华南”是分组行，其数字是第12-19行的小计，不是经销商，不参与分级。",
    ]);
    expect(r.summary.regions.map((x) => x.region).sort()).toEqual(["华南", "华东"].sort());
  });
});

describe("group headings, as properties", () => {
  const REGIONS = ["华东", "华南", "华北", "西南", "东北", "浙江省", "East", "West Region"];

  it("tiers exactly a pivot's distributors, each in its heading's region, its sales summed once", () => {
    fc.assert(
      fc.property(
        // Two to four regions, each with one to nine distributors of 1 to 5,000 (万元, two decimals).
        fc
          .uniqueArray(fc.constantFrom(...REGIONS), { minLength: 2, maxLength: 4 })
          .chain((regions) =>
            fc.tuple(
              fc.constant(regions),
              fc.array(fc.array(fc.integer({ min: 100, max: 500_000 }), { minLength: 1, maxLength: 9 }), {
                minLength: regions.length,
                maxLength: regions.length,
              }),
            ),
          )
          // One group of two rows at least: a pivot of groups of one is pairs of equal rows.
          .filter(([, groups]) => groups.some((g) => g.length > 1)),
        ([regions, groups]) => {
          const rows: Cell[][] = [["行标签", "求和项:销售额（万元）"]];
          let n = 0;
          regions.forEach((region, g) => {
            const sales = (groups[g] ?? []).map((x) => x / 100);
            rows.push([region, sales.reduce((a, b) => a + b, 0)]);
            for (const s of sales) rows.push([`经销商${++n}号`, s]);
          });
          const r = tiers(rows);
          expect(r.accounts.map((a) => a.name)).toEqual(
            Array.from({ length: n }, (_, i) => `经销商${i + 1}号`),
          );
          const expected = regions.flatMap((region, g) => (groups[g] ?? []).map(() => region));
          expect(r.accounts.map((a) => a.region)).toEqual(expected);
          const total = groups.flat().reduce((a, b) => a + b, 0) * 100;
          expect(Math.abs(r.summary.revenue - total)).toBeLessThan(1e-3 * Math.max(1, total));
        },
      ),
      { seed: 20261207, numRuns: 150 },
    );
  });

  it("finds no heading in a ledger of named rows under a header of its own words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          // Sales drawn from few values, so that rows do tile by chance.
          const values: Cell[][] = [
            ["经销商名称", "年销售额（万元）"],
            ...rows.map(([k, s]) => [`商贸${k}`, s]),
          ];
          const r = tiers(values);
          expect(r.findings.filter((f) => f.code === "row.groupHead")).toEqual([]);
          expect(r.accounts).toHaveLength(rows.length);
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});

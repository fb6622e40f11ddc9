import fc from "fast-check";
import {
  type Cell,
  DEFAULT_RULES,
  describeCredit,
  describeWatch,
  detectColumns,
  regionLevel,
  salesPeriodOf,
  tierAccounts,
} from "../../../src/engine";
import { formatDecimal } from "../../../src/i18n/format";
import { creditLabelAt } from "../../../src/workbook/labelClass";
import { parseSettings, serializeSettings } from "../../../src/workbook/settings";
import { namesAlike } from "../../../src/engine/previousRun";
import { unallocatedTiers } from "../../../src/engine/summarize";
import { AS_OF, distributors, en, run, zh } from "../../helpers/sheet";

const tiers = (values: Cell[][], rules?: unknown, messages = en) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, rules, asOf: AS_OF });

const tierOf = (r: ReturnType<typeof tiers>, name: string) => r.accounts.find((a) => a.name === name)?.tier;

describe("share of account count (the default)", () => {
  it("makes the top 10% of all accounts key, counting prospects, among accounts with sales", () => {
    const rows = distributors(100);
    for (let i = 81; i <= 100; i++) (rows[i] as Cell[])[1] = 0; // 20 prospects
    const r = tiers(rows);
    expect(r.keyCount).toBe(10);
    expect(r.summary.tiers.key.accounts).toBe(10);
    expect(r.summary.tiers.ordinary.accounts).toBe(70);
    expect(r.summary.tiers.prospect.accounts).toBe(20);
    expect(r.accounts.filter((a) => a.tier === "key").map((a) => a.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `D${String(i + 1).padStart(4, "0")}`),
    );
  });

  it("counts only accounts with sales when the rules say so", () => {
    const rows = distributors(100);
    for (let i = 81; i <= 100; i++) (rows[i] as Cell[])[1] = null;
    expect(tiers(rows, { tiering: { countBase: "active" } }).summary.tiers.key.accounts).toBe(8);
  });

  it("keeps at least one key account when any account has sales", () => {
    expect(tiers(distributors(3)).summary.tiers.key.accounts).toBe(1);
  });

  it("breaks ties by revenue, then by name, whatever the row order", () => {
    const rows: Cell[][] = [
      ["Distributor", "Revenue"],
      ["Charlie", 100],
      ["Alpha", 100],
      ["Bravo", 100],
    ];
    const r = tiers(rows, { tiering: { keyShare: 1 / 3 } });
    expect(tierOf(r, "Alpha")).toBe("key");
    // Tied on every measure, they share a rank; the name fills the last key place.
    expect(r.accounts.map((a) => [a.name, a.rank, a.keyBy])).toEqual([
      ["Charlie", 1, null],
      ["Alpha", 1, "revenueCore"],
      ["Bravo", 1, null],
    ]);
  });
});

describe("other methods", () => {
  const rows: Cell[][] = [
    ["Distributor", "Revenue"],
    ["A", 50],
    ["B", 30],
    ["C", 10],
    ["D", 5],
    ["E", 5],
  ];

  it("cumulative share of revenue: key accounts make up the first 70%, the account crossing the line included", () => {
    const r = tiers(rows, { tiering: { method: "cumulativeRevenue", keyRevenueShare: 0.7 } });
    expect(r.accounts.map((a) => a.tier)).toEqual(["key", "key", "ordinary", "ordinary", "ordinary"]);
    expect(r.accounts[2]?.reason).toContain("80%");
  });

  it("absolute revenue thresholds, with a minimum below which a buyer is still a prospect", () => {
    const r = tiers(rows, {
      tiering: { method: "revenueThreshold", keyMinRevenue: 30, ordinaryMinRevenue: 6 },
    });
    expect(r.accounts.map((a) => a.tier)).toEqual(["key", "key", "ordinary", "prospect", "prospect"]);
    expect(r.accounts[3]?.standing).toBe("belowMinimum");
    // It buys: its note grows the volume, it is told of no first deal.
    expect(r.accounts[3]?.note).toContain(
      "buys, but below the ordinary-account minimum: keep in touch and grow the volume",
    );
    expect(r.accounts[3]?.note).not.toContain("first order");
  });

  it("score thresholds", () => {
    const r = tiers(rows, { tiering: { method: "scoreThreshold", keyMinScore: 60 } });
    // Revenue by rank: A is the largest (100), B the second of five (75), the tied D and E share 12.5.
    expect(r.accounts.map((a) => a.tier)).toEqual(["key", "key", "ordinary", "ordinary", "ordinary"]);
    expect(r.accounts.map((a) => a.score)).toEqual([100, 75, 50, 12.5, 12.5]);
  });

  it("a key threshold no account reaches is said, with the best any did: the key accounts are those set by hand alone", () => {
    const said = (rules: unknown, values: Cell[][] = rows, messages = en) =>
      tiers(values, rules, messages).findings.filter((f) => f.code === "tier.noneAtThreshold");
    const high = { tiering: { method: "revenueThreshold", keyMinRevenue: 5_000_000 } };
    const byRevenue = tiers(rows, high);
    expect(byRevenue.summary.tiers.key.accounts).toBe(0);
    expect(said(high).map((f) => [f.severity, f.column, f.message])).toEqual([
      [
        "warning",
        "B",
        "No account's sales reach the ¥5M key threshold (the largest: ¥50): no account is key this run but those set by hand. Lower the threshold, or choose another method, and run again.",
      ],
    ]);
    // A planner's own key account (手动分级) is no account the threshold made key.
    const zhRows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "上年销售额（万元）", "手动分级"],
      ["甲", 1020.4, 1100, null],
      ["乙", 30, 10, "重点客户"],
      ["丙", 20, 15, null],
    ];
    const higher = { tiering: { method: "revenueThreshold", keyMinRevenue: 50_000_000 } };
    const zhRun = tiers(zhRows, higher, zh);
    expect(zhRun.accounts.map((a) => a.tier)).toEqual(["ordinary", "key", "ordinary"]);
    expect(said(higher, zhRows, zh).map((f) => f.message)).toEqual([
      "没有客户的销售额达到重点客户门槛5000万元（最高为1020.4万元）：本次除手动指定的客户外没有重点客户。请降低门槛或改用其他分级方法后再运行。",
    ]);
    // The highest score: 甲's, the largest sales with the smallest increase.
    const best = Math.max(...zhRun.accounts.filter((a) => a.name !== "乙").map((a) => a.score ?? 0));
    expect(best).toBeLessThan(95);
    expect(
      said({ tiering: { method: "scoreThreshold", keyMinScore: 95 } }, zhRows, zh).map((f) => f.message),
    ).toEqual([
      `没有客户的得分达到重点客户门槛95分（最高为${formatDecimal(best)}分）：本次除手动指定的客户外没有重点客户。请降低门槛或改用其他分级方法后再运行。`,
    ]);
    // One account at the threshold, one held as key by a hand, or another method: nothing said.
    expect(said({ tiering: { method: "revenueThreshold", keyMinRevenue: 50 } })).toEqual([]);
    expect(said({ tiering: { method: "scoreThreshold", keyMinScore: 100 } })).toEqual([]);
    expect(said({ tiering: { method: "cumulativeRevenue", keyRevenueShare: 0.01 } })).toEqual([]);
    expect(said(undefined)).toEqual([]);
  });
});

describe("importance score", () => {
  it("weights revenue, growth, tenure and a strategic flag, and keeps the parts", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Prior Year Sales", "Years as Partner", "Strategic"],
      ["Big", 100, 100, 10, "Y"],
      ["Small", 50, 25, 0, "N"],
    ]);
    const big = r.accounts[0]!;
    const small = r.accounts[1]!;
    // Revenue and growth by rank: Big sells more, Small grew more in yuan (+25 against +0).
    expect(big.partRevenue).toBeCloseTo(60);
    expect(big.partTenure).toBeCloseTo(10);
    expect(big.partStrategic).toBeCloseTo(10);
    expect(big.partGrowth).toBeCloseTo(0);
    expect(small.partRevenue).toBeCloseTo(0);
    expect(small.partGrowth).toBeCloseTo(20);
    expect(big.score).toBeCloseTo(big.partRevenue + big.partGrowth + big.partTenure + big.partStrategic);
  });

  it("shares out the weight of parts whose column is absent", () => {
    const r = tiers([
      ["Distributor", "Revenue"],
      ["A", 10],
      ["B", 5],
    ]);
    expect(r.accounts.map((a) => a.score)).toEqual([100, 0]);
  });
});

describe("manual override, status and prospects", () => {
  it("lets the override win, says so, and takes a key place from the machine's quota", () => {
    const rows = distributors(20, (i) => [i === 19 ? "重点" : i === 0 ? "普通" : null], ["Tier Override"]);
    const r = tiers(rows);
    expect(tierOf(r, "D0020")).toBe("key");
    expect(tierOf(r, "D0001")).toBe("ordinary");
    expect(r.accounts.find((a) => a.name === "D0020")?.reason).toBe("Manual override: Key account");
    expect(r.summary.tiers.key.accounts).toBe(2);
    expect(r.summary.overrides).toBe(2);
  });

  it("reports an override it cannot read, with row and column", () => {
    const r = tiers(distributors(2, (i) => [i === 1 ? "Gold" : null], ["Tier Override"]));
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: "value.unknownOverride", row: 3, column: "C", severity: "warning" }),
    );
  });

  it("takes 不调整, 保持, Keep or No change for no override, unsaid (each was an unknown override on its row)", () => {
    const words = ["不调整", "保持", "维持原级", "按系统", "Keep", "No change", "Auto"];
    const r = tiers(distributors(words.length, (i) => [words[i] ?? null], ["Tier Override"]));
    expect(r.findings.filter((f) => f.code.startsWith("value.unknownOverride"))).toEqual([]);
    expect(r.summary.overrides).toBe(0);
    expect(r.accounts.map((a) => a.override)).toEqual(words.map(() => null));
  });

  it("makes rows with no sales prospects unless the status says otherwise; one deal makes a customer; inactive rows are skipped", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Status"],
      ["Big", 100, null],
      ["Zero", 0, null],
      ["Blank", null, null],
      ["Signed", null, "Active"],
      ["Lead", 50, "Prospect"],
      ["Gone", 80, "Churned"],
    ]);
    expect(r.accounts.map((a) => [a.name, a.tier])).toEqual([
      ["Big", "key"],
      ["Zero", "prospect"],
      ["Blank", "prospect"],
      ["Signed", "ordinary"],
      ["Lead", "ordinary"],
    ]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: "status.prospectWithSales", row: 6, column: "C", severity: "warning" }),
    );
    expect(r.skipped).toEqual([{ row: 7, reason: "inactive", text: "Churned", name: "Gone" }]);
  });
});

describe("rows", () => {
  it("names the amount column it did not take for the sales, where no column is the sales", () => {
    // A CRM's customers with 累计成交金额 (since the account began): every account a prospect, and the
    // finding named no column to map.
    const values: Cell[][] = [["客户名称", "负责人", "客户来源", "累计成交金额", "欠款金额"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, "张三", "展会", 10_000 * (i + 1), 5]);
    const r = tiers(values, undefined, zh);
    const said = r.findings.find((f) => f.code === "header.noRevenue");
    expect(said).toMatchObject({ column: "D", header: "累计成交金额" });
    expect(said?.message).toBe(
      "未找到销售额列（查找了“年销售额”“销售额”“提货额”“年销量”“Revenue”等）：所有客户均按本期无销售列为意向客户。D列“累计成交金额”是金额，但看不出是本期的销售额；如按它分级，请把它指定为销售额列后重新运行。",
    );
    expect(tiers(values, undefined, en).findings.find((f) => f.code === "header.noRevenue")?.message).toMatch(
      /Column D \('累计成交金额'\) holds amounts but does not say they are this period's sales; to tier by it, map it as the sales column and run again\.$/,
    );
    // A PivotTable's count of the sales (计数项:销售额): the remedy is the pivot's, not to map the column.
    const counted = tiers(
      [
        ["行标签", "计数项:销售额"],
        ["甲", 12],
        ["乙", 3],
        ["总计", 15],
      ],
      undefined,
      zh,
    ).findings.find((f) => f.code === "header.pivotSummary");
    expect(counted).toMatchObject({ severity: "error", column: "B", header: "计数项:销售额" });
    expect(counted?.message).toBe(
      "B列“计数项:销售额”是数据透视表对销售额的计数（每家的笔数），不是销售额。请在透视表中把该值字段的汇总方式改为“求和”（值字段设置 > 求和），再运行。未写入任何内容。",
    );
    expect(
      tiers(
        [
          ["Row Labels", "Average of Sales"],
          ["A", 12],
        ],
        undefined,
        en,
      ).findings.map((f) => [f.code, f.message]),
    ).toEqual([
      [
        "header.pivotSummary",
        "Column B ('Average of Sales') is the PivotTable's average of the sales (each one's average line), not the sales. In the PivotTable, summarize the value field by Sum (Value Field Settings > Sum), then run again. Nothing was written.",
      ],
    ]);
    // A web shop's customers (Shopify): Total Spent is since the first order, named, not taken.
    const shop: Cell[][] = [["Default Address Company", "Total Orders", "Total Spent"]];
    for (let i = 0; i < 10; i++) shop.push([`Retailer ${i} LLC`, i + 1, 1500 * (i + 1)]);
    const spent = tiers(shop).findings.find((f) => f.code === "header.noRevenue");
    expect(spent).toMatchObject({ column: "C", header: "Total Spent" });
    expect(tiers(shop).accounts.every((a) => a.tier === "prospect")).toBe(true);
    // A column of text, a debt or none: no column named.
    const none = tiers(
      values.map((row) => row.slice(0, 3).concat(row.slice(4))),
      undefined,
      zh,
    ).findings.find((f) => f.code === "header.noRevenue");
    expect(none?.column).toBeUndefined();
    expect(none?.message).toMatch(/请指定销售额列后重新运行。$/);
    // An average a month is no column to map as the sales: a twelfth of the year's.
    const monthly = tiers(
      values.map((row, i) => [row[0], i === 0 ? "月均提货（万元）" : row[3]]),
      undefined,
      zh,
    ).findings.find((f) => f.code === "header.noRevenue");
    expect(monthly?.column).toBeUndefined();
  });

  it("says, where no column holds the sales, that the status column still makes customers, not that all are prospects", () => {
    // The demo's ledger with its sales headers unreadable: 243 accounts 合作中 were ordinary accounts while
    // the finding said every account was a prospect.
    const values: Cell[][] = [["经销商名称", "客户状态", "甲"]];
    for (let i = 0; i < 6; i++) values.push([`客户${i}`, i < 4 ? "合作中" : "意向", "华东"]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.tier)).toEqual([...Array(4).fill("ordinary"), "prospect", "prospect"]);
    const said = r.findings.find((f) => f.code === "header.noRevenue");
    expect(said).toMatchObject({ severity: "warning", setting: "mapping.revenue" });
    expect(said?.message).toBe(
      "未找到销售额列（查找了“年销售额”“销售额”“提货额”“年销量”“Revenue”等）：无法按销售额分级，只有“客户状态”表明已是客户的列为普通客户，其余均列为意向客户。请指定销售额列后重新运行。",
    );
    expect(tiers(values, undefined, en).findings.find((f) => f.code === "header.noRevenue")?.message).toBe(
      "No sales column found (looked for 'Annual Sales', 'Revenue', 'Sales', 'Sales Qty', '年销售额' and the like): accounts cannot be tiered by sales; those whose '客户状态' says they are customers are ordinary accounts, all others prospects. Map the sales column and run again.",
    );
  });

  it("stops a re-run that finds no sales column where the last run tiered by sales, in both languages", () => {
    const values: Cell[][] = [["客户名称", "负责人", "年销售额"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, "张三", 10_000 * (i + 1)]);
    const first = run(values).plan!;
    // The sales column retitled 累计成交金额: tiered, all three key accounts went to prospects.
    const retitled = values.map((row, i) => (i === 0 ? ["客户名称", "负责人", "累计成交金额"] : row));
    for (const [language, said] of [
      [
        "zh-CN",
        "上次分级（2025-06-30）是按销售额分的，本次却未找到销售额列（表头可能改过或列已删除）：照此分级，重点客户将全部降级，因此本次不分级。C列“累计成交金额”是金额，如它就是销售额，请把它指定为销售额列；否则请指定销售额列，或把表头改回原样后重新运行。",
      ],
      [
        "en-US",
        "The last run (2025-06-30) tiered by sales, but no sales column is found now (its header changed, or the column was deleted): tiered like this, every key account would be demoted, so this run stops. Column C ('累计成交金额') holds amounts: if they are the sales, map it as the sales column; if not, map the sales column, or restore its header, and run again.",
      ],
    ] as const) {
      const again = run(retitled, { previous: first.settings, language });
      expect(again.plan).toBeNull();
      const stop = again.result.findings.find((f) => f.severity === "error");
      expect(stop).toMatchObject({
        code: "header.revenueGone",
        row: 1,
        column: "C",
        setting: "mapping.revenue",
      });
      expect(stop?.message).toBe(said);
    }
    // Mapped as the sales, it runs; a first run without sales only warns (the name alone is required).
    expect(
      run(retitled, { previous: first.settings, mapping: { revenue: "累计成交金额" } }).plan,
    ).not.toBeNull();
    expect(run(retitled).plan).not.toBeNull();
  });

  it("stops a re-run whose sales column holds no sales where the last run tiered by sales, in both languages", () => {
    const values: Cell[][] = [["客户名称", "客户状态", "年销售额"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, "合作中", 10_000 * (i + 1)]);
    const first = run(values).plan!;
    // A new year's ledger, its sales not yet filled in: tiered, all key accounts went to ordinary.
    const emptied = values.map((row, i) => (i === 0 ? row : [row[0], row[1], i % 2 ? null : 0]));
    for (const [language, said] of [
      [
        "zh-CN",
        "上次分级（2025-06-30）是按销售额分的，本次C列“年销售额”却没有一行大于零的销售额（可能是新表尚未填写，或数据已被清空）：照此分级，重点客户将全部降级，因此本次不分级。请填入本期销售额后重新运行；如销售额在别的列，请在列映射中指定该列。",
      ],
      [
        "en-US",
        "The last run (2025-06-30) tiered by sales, but no row of column C ('年销售额') has sales above zero now (a new ledger not yet filled in, or the figures cleared): tiered like this, every key account would be demoted, so this run stops. Fill in this period's sales and run again; if the sales are in another column, map that column as the sales.",
      ],
    ] as const) {
      const again = run(emptied, { previous: first.settings, language });
      expect(again.plan).toBeNull();
      const stops = again.result.findings.filter((f) => f.severity === "error");
      expect(stops).toHaveLength(1);
      expect(stops[0]).toMatchObject({ code: "tier.salesEmptied", row: 1, column: "C", header: "年销售额" });
      expect(stops[0]?.message).toBe(said);
    }
    // One account with sales is enough to tier by; a first run on the empty column warns and runs, and
    // says the status column still makes customers.
    const one = emptied.map((row, i) => (i === 3 ? [row[0], row[1], 5_000] : row));
    expect(run(one, { previous: first.settings }).plan).not.toBeNull();
    const fresh = run(emptied);
    expect(fresh.plan).not.toBeNull();
    expect(fresh.result.accounts.every((a) => a.tier === "ordinary")).toBe(true);
    expect(fresh.result.findings.find((f) => f.code === "tier.noSales")?.message).toBe(
      "年销售额中没有大于零的销售额：无法按销售额分级，只有“客户状态”表明已是客户的列为普通客户，其余均列为意向客户。",
    );
    // The last run had no sales either: nothing to lose, it runs.
    expect(run(emptied, { previous: fresh.plan!.settings }).plan).not.toBeNull();
  });

  it("stops a re-run where half the accounts that had sales are left blank, and says each key account left blank", () => {
    const values: Cell[][] = [["客户名称", "年销售额", "手动分级"]];
    for (let i = 0; i < 20; i++) values.push([`客户${i}`, 10_000 * (20 - i), i === 1 ? "重点客户" : null]);
    const first = run(values).plan!;
    // Two key places: the one set by hand, and the largest account.
    expect(first.settings.roster?.tiers.slice(0, 3)).toBe("kko");
    const evens = Array.from({ length: 10 }, (_, k) => 2 * k + 2);
    const blanked = (rows: number[], as: Cell = null): Cell[][] =>
      values.map((r, i) => (rows.includes(i) ? [r[0], as, r[2]] : r));
    // Ten of twenty blank (a new month's ledger half typed in): tiered, the ten were demoted as selling nothing.
    for (const [language, said] of [
      [
        "zh-CN",
        "上次分级（2025-06-30）有销售额的20家客户中，本次有10家的“年销售额”为空（第一个在第3行）：照此分级，它们都将按本期无销售降级，因此本次不分级。如销售额尚未填完，请填完后重新运行；确无销售的，请填0。",
      ],
      [
        "en-US",
        "Of the 20 accounts with sales at the last run (2025-06-30), 10 have no figure in '年销售额' now (the first on row 3): tiered like this, all of them would be demoted as having no sales, so this run stops. If the sales are still being filled in, finish and run again; type 0 where an account truly sold nothing.",
      ],
    ] as const) {
      const again = run(blanked(evens), { previous: first.settings, language });
      expect(again.plan).toBeNull();
      const stops = again.result.findings.filter((f) => f.severity === "error");
      expect(stops.map((f) => [f.code, f.row, f.column, f.header])).toEqual([
        ["tier.salesLeftBlank", 3, "B", "年销售额"],
      ]);
      expect(stops[0]?.message).toBe(said);
    }
    // Typed as 0, they sold nothing: it runs, and says nothing of blanks.
    const zeros = run(blanked(evens, 0), { previous: first.settings });
    expect(zeros.plan).not.toBeNull();
    expect(zeros.result.findings.some((f) => f.code.startsWith("tier.") && f.code.includes("Blank"))).toBe(
      false,
    );
    // Fewer blank: it runs; the key account left blank is said on its row, the one set by hand is not.
    const few = run(blanked([1, 2, 5]), { previous: first.settings });
    expect(few.plan).not.toBeNull();
    const key = few.result.findings.filter((f) => f.code === "tier.keySalesBlank");
    expect(key.map((f) => [f.severity, f.row, f.column])).toEqual([["warning", 2, "B"]]);
    expect(key[0]?.message).toBe(
      "第2行：“客户0”上次为重点客户（销售额20万元），本次“年销售额”为空，已按本期无销售分级。如尚未填写，请填入后重新运行；确无销售的，请填0。",
    );
    expect(
      run(blanked([1]), { previous: first.settings, language: "en-US" }).result.findings.find(
        (f) => f.code === "tier.keySalesBlank",
      )?.message,
    ).toBe(
      "Row 2: '客户0' was a key account at the last run (sales ¥200K); '年销售额' is blank now, so it is tiered as having no sales. If the figure is still to come, fill it in and run again; type 0 if it truly sold nothing.",
    );
  });

  it("stops where the sales are in another unit than last year's or the last run's, in both languages", () => {
    const values: Cell[][] = [["经销商名称", "年度销售额（万元）", "去年销售额（万元）"]];
    for (let i = 0; i < 12; i++) values.push([`客户${i}`, 100 + 10 * i, 95 + 9 * i]);
    const first = run(values).plan!;
    // This year's typed in yuan under the 万元 header: every account grew ten thousand fold in its note.
    const inYuan = values.map((r, i) => (i === 0 ? r : [r[0], (r[1] as number) * 10_000, r[2]]));
    const said = run(inYuan, { language: "zh-CN" });
    expect(said.plan).toBeNull();
    const stop = said.result.findings.filter((f) => f.severity === "error");
    expect(stop.map((f) => [f.code, f.row, f.column])).toEqual([["header.unitsApart", 1, "B"]]);
    expect(stop[0]?.message).toBe(
      "“年度销售额（万元）”的数值约为“去年销售额（万元）”的10,000倍（12家客户的中位数）：两列的单位可能不同（如一列按元、一列按万元填写）。照此计算，每家客户的同比增长都将失真，因此本次不分级。请统一两列的单位（或改正表头）后重新运行。",
    );
    // The header's 万元 changed to 元 since the last run, no prior year beside: against the last run.
    const retitled = values.map((r, i) => (i === 0 ? ["经销商名称", "年度销售额（元）"] : [r[0], r[1]]));
    const lastFirst = run(values.map((r) => [r[0], r[1]])).plan!;
    for (const [language, message] of [
      [
        "zh-CN",
        "本次“年度销售额（元）”的数值约为上次分级（2025-06-30）的1/10,000（12家客户的中位数）：销售额的单位可能变了（如表头的“万元”改成了“元”，或按元填写而表头仍是“万元”）。照此比较，每家客户都将显示大起大落，因此本次不分级。请核对销售额的单位后重新运行。",
      ],
      [
        "en-US",
        "The figures in '年度销售额（元）' are about 1/10,000 of those of the last run (2025-06-30; the median of 12 accounts): the unit of the sales has probably changed (万元 in the header changed to 元, or yuan typed under a 万元 header). Every account would show a huge rise or fall, so this run stops. Check the unit of the sales and run again.",
      ],
    ] as const) {
      const again = run(retitled, { previous: lastFirst.settings, language });
      expect(again.plan).toBeNull();
      expect(again.result.findings.find((f) => f.severity === "error")?.message).toBe(message);
    }
    // Growth, however strong, and a few accounts typed in yuan are no unit: it runs.
    const grown = values.map((r, i) =>
      i === 0 ? r : [r[0], (r[2] as number) * (i < 7 ? 1.5 : 40_000), r[2]],
    );
    expect(run(grown, { previous: first.settings }).plan).not.toBeNull();
    expect(run(values, { previous: first.settings }).plan).not.toBeNull();
  });

  it("says a row whose sales stand hundreds of times its own last year's and above every other account", () => {
    const values: Cell[][] = [["经销商名称", "年度销售额（万元）", "去年销售额（万元）"]];
    for (let i = 0; i < 12; i++) values.push([`客户${i}`, 100 + 10 * i, 95 + 9 * i]);
    // 客户3's 130 retyped 99999: a key place and most of the revenue, with nothing said.
    const typo = values.map((r, i) => (i === 4 ? [r[0], 99_999, r[2]] : r));
    for (const [language, message] of [
      [
        "zh-CN",
        "第5行：“客户3”的“年度销售额（万元）”为99999（即10亿元），约为“去年销售额（万元）”（122万元）的820倍，且高于其他任何一家客户：两个数是否有一个按别的单位填写（如按元填在万元列），或多输、少输了位数？本次按表中数值分级；如有误，请改正后重新运行。",
      ],
      [
        "en-US",
        "Row 5: '客户3' has 99999 (¥999.99M) in '年度销售额（万元）', about 820 times its '去年销售额（万元）' (¥1.22M), and more than any other account: was one of the two typed in another unit (yuan in a column of 10,000s, say), or with a digit too many or too few? Tiered as written; if it is a slip, correct it and run again.",
      ],
    ] as const) {
      const said = run(typo, { language });
      expect(said.plan).not.toBeNull();
      const out = said.result.findings.filter((f) => f.code === "row.salesOutOfScale");
      expect(out.map((f) => [f.severity, f.row, f.column, f.header, f.message])).toEqual([
        ["warning", 5, "B", "年度销售额（万元）", message],
      ]);
    }
    // Against the last run where no prior year stands beside: one row typed in yuan.
    const two = values.map((r) => [r[0], r[1]]);
    const first = run(two).plan!;
    const inYuan = two.map((r, i) => (i === 9 ? [r[0], (r[1] as number) * 10_000] : r));
    const again = run(inYuan, { previous: first.settings, language: "zh-CN" });
    expect(
      again.result.findings.filter((f) => f.code === "row.salesOutOfScale").map((f) => f.message),
    ).toEqual([
      "第10行：“客户8”的“年度销售额（万元）”为1800000（即180亿元），约为上次分级（2025-06-30）时的180万元的10,000倍，且高于其他任何一家客户：两个数是否有一个按别的单位填写（如按元填在万元列），或多输、少输了位数？本次按表中数值分级；如有误，请改正后重新运行。",
    ]);
    // Five rows typed in yuan, short of half the accounts (no unit for the column): each said on its row.
    const five = values.map((r, i) => (i < 8 ? r : [r[0], (r[1] as number) * 10_000, r[2]]));
    expect(
      run(five)
        .result.findings.filter((f) => f.code === "row.salesOutOfScale")
        .map((f) => f.row),
    ).toEqual([9, 10, 11, 12, 13]);
    // A sample buyer last year grown 600-fold stays below the largest accounts: unsaid; so does any
    // growth short of 500-fold, and a first run with nothing to compare with.
    const sample = values.map((r, i) => (i === 2 ? [r[0], 60, 0.1] : i === 3 ? [r[0], 5_000, 20] : r));
    expect(run(sample).result.findings.some((f) => f.code === "row.salesOutOfScale")).toBe(false);
    expect(
      run(two.map((r, i) => (i === 4 ? [r[0], 99_999] : r))).result.findings.some(
        (f) => f.code === "row.salesOutOfScale",
      ),
    ).toBe(false);
  });

  it("does not stop on sales left blank where the last run covered other months (a new year's January)", () => {
    const months = (n: number): string[] => Array.from({ length: n }, (_, k) => `${k + 1}月销售额`);
    const values: Cell[][] = [["客户名称", ...months(10)]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, ...Array(10).fill(1_000 * (10 - i))]);
    const first = run(values).plan!;
    // January of the next year: half the accounts have not ordered yet.
    const january: Cell[][] = [["客户名称", "1月销售额"]];
    for (let i = 0; i < 10; i++) january.push([`客户${i}`, i % 2 ? 500 : null]);
    const again = run(january, { previous: first.settings, asOf: new Date("2026-01-31") });
    expect(again.plan).not.toBeNull();
    expect(again.result.findings.some((f) => f.code === "tier.salesLeftBlank")).toBe(false);
  });

  it("reads a region and an owner written only on the first row of each group as the rows below theirs", () => {
    // A report that hides repeated values (金蝶's 客户销售汇总表 sorted by 大区): 华东 beside its first
    // distributor only. The eleven below had no region and no owner, a group of their own.
    const values: Cell[][] = [["大区", "负责人", "客户名称", "销售金额（元）"]];
    for (const [region, owner] of [
      ["华东", "张三"],
      ["华南", "李四"],
    ])
      for (let i = 0; i < 6; i++)
        values.push([
          i === 0 ? region : null,
          i === 0 || i === 3 ? `${owner}${i}` : null,
          `${region}客户${i}`,
          9000 - i,
        ]);
    values.push(["华南 小计", null, null, 1]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.region)).toEqual([...Array(6).fill("华东"), ...Array(6).fill("华南")]);
    expect(r.accounts.map((a) => a.owner)).toEqual([
      "张三0",
      "张三0",
      "张三0",
      "张三3",
      "张三3",
      "张三3",
      "李四0",
      "李四0",
      "李四0",
      "李四3",
      "李四3",
      "李四3",
    ]);
    const said = r.findings.filter((f) => f.code === "value.filledDown");
    expect(said.map((f) => [f.row, f.column])).toEqual([
      [3, "A"],
      [3, "B"],
    ]);
    expect(said[0]?.message).toBe(
      "A列“大区”只在每组的第一行填写（报表隐藏了重复值）：其下10个空白单元格（第一个在第3行）已按上方的值读取。",
    );
    expect(r.summary.regions.map((x) => x.region).sort()).toEqual(["华东", "华南"]);
  });

  it("says once where sales are typed as text, and what a totals row that is Excel's SUM leaves out", () => {
    const values: Cell[][] = [["客户名称", "区域", "年销售额（万元）"]];
    for (let i = 0; i < 12; i++)
      values.push([`客户${i}`, "华东", i === 2 ? "15.3万" : i === 5 ? " 8 " : i === 9 ? "1,200" : 10 + i]);
    // 10 + … + 21 without the three typed as text (12, 15, 19): Excel's SUM of the column.
    const numbers = values.slice(1).reduce((s, r) => s + (typeof r[2] === "number" ? r[2] : 0), 0);
    const r = tiers([...values, ["合计", null, numbers]], undefined, zh);
    // All three read as numbers: 15.3万 in a column of 万元 is 15.3 of them.
    expect(r.accounts.find((a) => a.name === "客户2")?.revenue).toBe(153_000);
    expect(r.accounts.find((a) => a.name === "客户9")?.revenue).toBe(12_000_000);
    const said = r.findings.filter((f) => f.code === "value.typedAsText");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["info", 4, "C", "年销售额（万元）"],
    ]);
    expect(said[0]?.message).toBe(
      `C列“年销售额（万元）”有3个金额以文本形式录入（第4、7、11行，如“15.3万”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字，第14行“合计”的${numbers}就未计入这3笔（共1,223.3）。建议改为该列单位下的数值（如“15.3万”改为15.3）。`,
    );
    // In English; a total that is no such sum (typed by hand, with the text figures) is not explained.
    const en1 = tiers([...values, ["Total", null, numbers + 1223.3]]);
    expect(en1.findings.find((f) => f.code === "value.typedAsText")?.message).toBe(
      "Column C ('年销售额（万元）'): 3 figures are typed as text (rows 4, 7, 11; e.g. '15.3万'). The tiering reads them as numbers, but Excel's SUM, sorting and filters take them for text. To fix, retype them as numbers in the column's unit ('15.3万' as 15.3).",
    );
    // Several totals rows (a region's 小计 and the 合计): what each adds up is not known.
    const two = tiers([...values, ["华东小计", null, numbers], ["合计", null, numbers]], undefined, zh);
    expect(two.findings.find((f) => f.code === "value.typedAsText")?.message).not.toMatch(/合计/);
    // More than three: the first three rows and how many more; a figure typed as digits alone is
    // converted by Excel's own button.
    const many: Cell[][] = [["Distributor", "Sales"]];
    for (let i = 0; i < 8; i++) many.push([`D${i}`, i % 2 === 0 ? `${1000 + i}` : 1000 + i]);
    expect(tiers(many).findings.find((f) => f.code === "value.typedAsText")?.message).toBe(
      "Column B ('Sales'): 4 figures are typed as text (rows 2, 4, 6 and 1 more; e.g. '1000'). The tiering reads them as numbers, but Excel's SUM, sorting and filters take them for text. To fix, select them, click the error button beside them and choose Convert to Number.",
    );
    // Months summed into the sales, and last year's: each column said on its own, in its unit.
    const months: Cell[][] = [["客户名称", "1月销售额（元）", "2月销售额（元）", "上年销售额（万元）"]];
    for (let i = 0; i < 12; i++)
      months.push([
        `客户${i}`,
        i === 3 ? "5,000" : 5000 + i,
        i === 3 || i === 8 ? "6000元" : 6000,
        i === 1 ? "9.5万" : 9,
      ]);
    const byMonth = tiers(months, undefined, zh);
    expect(byMonth.accounts.find((a) => a.name === "客户3")?.revenue).toBe(11_000);
    expect(
      byMonth.findings.filter((f) => f.code === "value.typedAsText").map((f) => [f.row, f.column, f.message]),
    ).toEqual([
      [
        3,
        "D",
        "D列“上年销售额（万元）”有1个金额以文本形式录入（第3行，如“9.5万”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字。建议改为该列单位下的数值（如“9.5万”改为9.5）。",
      ],
      [
        5,
        "B",
        "B列“1月销售额（元）”有1个金额以文本形式录入（第5行，如“5,000”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字。建议选中这些单元格，点旁边的错误提示按钮，选“转换为数字”。",
      ],
      [
        5,
        "C",
        "C列“2月销售额（元）”有2个金额以文本形式录入（第5、10行，如“6000元”）：本次分级已按数值读取，但 Excel 的求和、排序和筛选不把文本当作数字。建议改为该列单位下的数值（如“6000元”改为6,000）。",
      ],
    ]);
    // Numbers typed as numbers, blanks and dashes: nothing to say.
    const plain: Cell[][] = [
      ["Distributor", "Sales"],
      ["A", 5],
      ["B", "-"],
      ["C", null],
      ["D", 7],
    ];
    expect(tiers(plain).findings.some((f) => f.code === "value.typedAsText")).toBe(false);
  });

  it("leaves blank the regions of a ledger that repeats its regions, or leaves its first row's blank", () => {
    const repeats: Cell[][] = [["客户名称", "区域", "年销售额（万元）"]];
    for (let i = 0; i < 12; i++)
      repeats.push([`客户${i}`, i < 2 ? "华东" : i === 6 ? "华南" : null, 100 - i]);
    const r = tiers(repeats, undefined, zh);
    expect(r.accounts.filter((a) => a.region === "").length).toBe(9);
    expect(r.findings.some((f) => f.code === "value.filledDown")).toBe(false);
    const firstBlank: Cell[][] = [["客户名称", "区域", "年销售额（万元）"]];
    for (let i = 0; i < 12; i++)
      firstBlank.push([`客户${i}`, i === 1 ? "华东" : i === 6 ? "华南" : null, 100 - i]);
    expect(tiers(firstBlank, undefined, zh).accounts.filter((a) => a.region === "").length).toBe(10);
  });

  it("compares this year's sales with last year's named by the year before the run's (2024年 in 2025)", () => {
    // AS_OF is in 2025: 24年 and 2024 are last year's; each was a rival of the sales, and no growth.
    const short = tiers(
      [
        ["经销商名称", "25年销售额（万元）", "24年销售额（万元）"],
        ["甲公司", 120, 100],
        ["乙公司", 50, 100],
      ],
      undefined,
      zh,
    );
    expect(short.accounts.map((a) => [a.revenue, a.priorRevenue])).toEqual([
      [1_200_000, 1_000_000],
      [500_000, 1_000_000],
    ]);
    expect(short.accounts[0]?.growth).toBeCloseTo(0.2, 12);
    expect(short.accounts[1]?.growth).toBeCloseTo(-0.5, 12);
    expect(short.findings.map((f) => f.code)).not.toContain("mapping.duplicate");
    const byWord = tiers(
      [
        ["Dealer", "YTD Sales (RMB 10k)", "2024 YTD Sales (RMB 10k)"],
        ["A", 120, 100],
      ],
      undefined,
      en,
    );
    expect(byWord.accounts[0]?.growth).toBeCloseTo(0.2, 12);
  });

  it("skips a second header row under the first (a bilingual ledger), and nothing else like it", () => {
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "所属区域", "负责人"],
        ["Distributor", "Annual Sales (10k CNY)", "Region", "Owner"],
        ["经销商", 120, "华东", "张三"],
        ["甲公司", 80, "华北", "李四"],
      ],
      undefined,
      zh,
    );
    // A distributor that happens to be called 经销商 has numbers beside it: an account.
    expect(r.accounts.map((a) => a.name)).toEqual(["经销商", "甲公司"]);
    expect(r.skipped).toEqual([{ row: 2, reason: "header", text: "Distributor" }]);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      [
        "row.header",
        "info",
        2,
        "A",
        "第2行：经销商名称“Distributor”及同行各列是表头，不是经销商，不参与分级。",
      ],
    ]);
  });

  it("reports a name typed two ways as probably one distributor, and skips a name marked 停用", () => {
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "合作状态"],
        ["北京华信（集团）有限公司", 500, null],
        ["北京华信(集团)有限公司", 20, null],
        ["苏州瑞丰商贸（停用）", 200, null],
        ["杭州百川 (已注销) ", 100, ""],
        ["南京金桥商行-作废", 80, null],
        // A status says more than the name.
        ["常州华通（停用）", 50, "合作中"],
        // A bracket that says something else is part of the name.
        ["无锡华通（新）", 60, null],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => a.name)).toEqual([
      "北京华信（集团）有限公司",
      "北京华信(集团)有限公司",
      "常州华通（停用）",
      "无锡华通（新）",
    ]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [4, "inactive"],
      [5, "inactive"],
      [6, "inactive"],
    ]);
    expect(r.findings.map((f) => [f.code, f.row, f.message])).toEqual([
      [
        "row.duplicateName",
        3,
        "第3行：经销商名称“北京华信(集团)有限公司”与第2行“北京华信（集团）有限公司”仅空格、标点、全半角或大小写不同，可能是同一家经销商，销售额被拆在两行；两行均参与分级。",
      ],
      [
        "row.inactiveName",
        4,
        "第4行：经销商名称“苏州瑞丰商贸（停用）”在名称中注明停用、注销或作废；按停止合作跳过，不参与分级（如合作状态列另有说明，以状态为准）。",
      ],
      ["row.inactiveName", 5, expect.stringContaining("杭州百川 (已注销)")],
      ["row.inactiveName", 6, expect.stringContaining("南京金桥商行-作废")],
    ]);
    // Typed with a stop, a comma or an apostrophe and without: one distributor too (they passed unseen).
    const typed = tiers(
      [
        ["Dealer", "Sales (CNY)"],
        ["Acme Ltd.", 500],
        ["Beta's Supplies", 300],
        ["ACME LTD", 200],
        ["Betas Supplies", 100],
        ["Gamma Co", 50],
      ],
      undefined,
      en,
    );
    expect(typed.findings.filter((f) => f.code === "row.duplicateName").map((f) => f.message)).toEqual([
      "Row 4: Dealer 'ACME LTD' differs from row 2's 'Acme Ltd.' only in spaces, punctuation, full-width characters or case: probably the same distributor, its sales split over two rows; both are tiered.",
      "Row 5: Dealer 'Betas Supplies' differs from row 3's 'Beta's Supplies' only in spaces, punctuation, full-width characters or case: probably the same distributor, its sales split over two rows; both are tiered.",
    ]);
  });

  it("reads a place in one cell (省市区) by its province, and another region column as written", () => {
    // Each district was a region of its own (浙江省杭州市西湖区: one account), or the column went unread.
    const places = [
      "浙江省杭州市西湖区",
      "浙江省/宁波市/鄞州区",
      "上海市浦东新区",
      "广西壮族自治区南宁市",
      "华东",
    ];
    const rows = (header: string): Cell[][] => [
      ["客户名称", header, "年销售额（万元）"],
      ...places.map((p, i) => [`客户${i}`, p, (i + 1) * 10] as Cell[]),
    ];
    const regions = (header: string) => tiers(rows(header), undefined, zh).accounts.map((a) => a.region);
    expect(regions("省/市/区")).toEqual(["浙江省", "浙江省", "上海市", "广西壮族自治区", "华东"]);
    expect(regions("所在地区")).toEqual(places);
  });

  it("reads addresses under a region header by their province, said once, and a region's own name as written", () => {
    // Each address was a region of its own: a regions table of 12 rows, every distributor alone in its
    // "region" and its regional share unknown.
    const addresses = [
      "浙江省杭州市西湖区文三路90号",
      "江苏省南京市鼓楼区中山路1号",
      "广东省广州市天河区体育西路10号",
      "上海市浦东新区张江路88号",
    ];
    const rows = (cells: readonly string[], header = "所在地区"): Cell[][] => [
      ["经销商名称", header, "年销售额（万元）"],
      ...Array.from({ length: 12 }, (_, i) => [
        `经销商${i + 1}`,
        cells[i % cells.length] ?? null,
        100 - i * 3,
      ]),
    ];
    const r = tiers(rows(addresses), undefined, zh);
    expect(r.accounts.slice(0, 4).map((a) => a.region)).toEqual(["浙江省", "江苏省", "广东省", "上海市"]);
    expect(r.summary.regions).toHaveLength(4);
    expect(r.findings.filter((f) => f.code === "value.regionAddress")).toEqual([
      {
        code: "value.regionAddress",
        severity: "info",
        row: 2,
        column: "B",
        header: "所在地区",
        message:
          "B列“所在地区”填的是详细地址（如第2行“浙江省杭州市西湖区文三路90号”）：区域按地址开头的省份汇总（如“浙江省”），不把每个地址各算作一个区域。",
      },
    ]);
    expect(
      tiers(rows(addresses, "区域"), undefined, en).findings.find((f) => f.code === "value.regionAddress")
        ?.message,
    ).toBe(
      "Column B ('区域') holds addresses (row 2: '浙江省杭州市西湖区文三路90号'): regions are summed by the province each starts with ('浙江省'), not one region an address.",
    );
    // A province with its city (a territory), a province alone, a 大区: regions as written, nothing said.
    for (const cells of [
      ["浙江杭州", "江苏南京"],
      ["江苏省", "浙江省"],
      ["华东", "华南"],
    ]) {
      const plain = tiers(rows(cells), undefined, zh);
      expect(plain.accounts.slice(0, 2).map((a) => a.region)).toEqual(cells);
      expect(plain.findings.some((f) => f.code === "value.regionAddress")).toBe(false);
    }
  });

  it("skips a name marked so before it, a test record without sales, and a placeholder for none", () => {
    // Each was tiered as a prospect: 【作废】客户B, 测试客户1, "N/A".
    const r = tiers(
      [
        ["客户名称", "年销售额（万元）", "负责人"],
        ["上海新盛商贸", 320, "张三"],
        ["【作废】杭州百川", null, null],
        ["停用-南京金桥", 5, null],
        ["ZZ-DO NOT USE Acme", null, null],
        ["测试客户1", null, "张三"],
        ["Test Account", null, null],
        ["测试", 12, null],
        ["N/A", null, null],
        ["-", 30, "李四"],
        // Companies whose names hold the words are companies.
        ["杭州测试设备有限公司", 60, null],
        ["Testing Solutions Inc", 40, null],
        ["作废品回收有限公司", 20, null],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => [a.name, a.tier])).toEqual([
      ["上海新盛商贸", "key"],
      ["测试", "ordinary"],
      ["杭州测试设备有限公司", "ordinary"],
      ["Testing Solutions Inc", "ordinary"],
      ["作废品回收有限公司", "ordinary"],
    ]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [3, "inactive"],
      [4, "inactive"],
      [5, "inactive"],
      [6, "notAccount"],
      [7, "notAccount"],
      [9, "blank"],
      [10, "noName"],
    ]);
    const said = r.findings.filter((f) => f.code === "row.testRecord");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([
      ["info", 6, "A"],
      ["info", 7, "A"],
      ["warning", 8, "A"],
    ]);
    expect(said[0]?.message).toBe(
      "第6行：客户名称“测试客户1”像是测试数据，不是经销商；未参与分级。如是真实客户，请改用其正式名称。",
    );
    expect(said[2]?.message).toBe(
      "第8行：客户名称“测试”像是测试数据，但本期有销售额12万元：已按客户分级。如是测试数据，请删除该行。",
    );
    expect(
      tiers([
        ["Customer", "Sales"],
        ["Test Account", null],
        ["Acme", 5],
      ]).findings.find((f) => f.code === "row.testRecord")?.message,
    ).toBe(
      "Row 2: Customer 'Test Account' looks like a test record, not a distributor; not tiered. If it is a real account, give it its real name.",
    );
  });

  it("skips a region's heading over its group of distributors, and tiers a prospect with only a name", () => {
    const r = tiers(
      [
        ["序号", "经销商名称", "所属区域", "年销售额（万元）"],
        [null, "一、华东区", null, null],
        [1, "上海新盛商贸", "华东", 320],
        [2, "杭州百川贸易", "华东", 80],
        [null, "华东小计", null, 400],
        ["华南大区", "华南大区", "华南大区", "华南大区"],
        [3, "广州恒达", "华南", 150],
        ["西北片区", null, null, null],
        [4, "西安永信", "西北", 60],
        [null, "East Region", null, null],
        [5, "南京金桥商行", null, null],
        [6, "华东区", "华东", 50],
      ],
      undefined,
      zh,
    );
    expect(r.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([
      [2, "section", "一、华东区"],
      [5, "total", "华东小计"],
      [6, "section", "华南大区"],
      [8, "section", "西北片区"],
      [10, "section", "East Region"],
    ]);
    // A name alone is a prospect still; a region's name with sales is an account (an odd name, but data).
    expect(tierOf(r, "南京金桥商行")).toBe("prospect");
    expect(tierOf(r, "华东区")).toBeDefined();
    // The column each heading stands in: the name column, or 序号's (西北片区 in column A).
    expect(r.findings.filter((f) => f.code === "row.sectionHeading").map((f) => [f.row, f.column])).toEqual([
      [2, "B"],
      [6, "B"],
      [8, "A"],
      [10, "B"],
    ]);
    expect(r.findings.find((f) => f.code === "row.sectionHeading")?.message).toBe(
      "第2行：经销商名称“一、华东区”是分组标题（一行只有区域名称），不是经销商，不参与分级。",
    );
  });

  it("gives the rows under a region's heading its region where the sheet has no region column", () => {
    // A ledger grouped by region headings had no regions at all: no regions table, no "华东共有…" note.
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）"],
      ["一、华东区", null],
      ["上海新盛商贸", 320],
      ["杭州百川贸易", 80],
      ["华东小计", 400],
      ["区域：华南", null],
      ["广州恒达", 150],
      ["合计", 550],
      ["深圳新客户", null],
    ];
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => [a.name, a.region])).toEqual([
      ["上海新盛商贸", "华东区"],
      ["杭州百川贸易", "华东区"],
      ["广州恒达", "华南"],
      // Below the total, no heading's: its region unknown.
      ["深圳新客户", ""],
    ]);
    expect(r.summary.regions.map((x) => x.region).sort()).toEqual(["华东区", "华南"].sort());
    // A region column, where there is one, is the rows' region: the heading gives none.
    const withColumn = tiers(
      values.map((row, i) => [...row, i === 0 ? "所属区域" : i === 2 ? "华东" : null]),
      undefined,
      zh,
    );
    expect(withColumn.accounts.map((a) => a.region)).toEqual(["华东", "", "", ""]);
  });

  it("skips the notes under a table (注：, 制表人：, 数据来源：), and keeps a row whose sales are a number", () => {
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "负责人"],
        ["上海新盛商贸", 320, "张三"],
        ["杭州百川贸易", 80, "李四"],
        [null, null, null],
        ["注：1. 销售额为含税金额；2. 数据截至2025年10月31日，以财务确认的数据为准", null, null],
        ["制表人：张三", "审核：李四", null],
        [null, "数据来源：ERP系统", null],
        ["备注：老客户", 15, "王五"],
      ],
      undefined,
      zh,
    );
    expect(r.skipped.filter((s) => s.reason === "note").map((s) => [s.row, s.text])).toEqual([
      [5, "注：1. 销售额为含税金额；2. 数据截至2025年10月31日，以财务确认的数据为准"],
      [6, "制表人：张三"],
      [7, "数据来源：ERP系统"],
    ]);
    expect(r.accounts.map((a) => a.name)).toEqual(["上海新盛商贸", "杭州百川贸易", "备注：老客户"]);
    expect(r.findings.filter((f) => f.code === "row.note").map((f) => f.message)).toEqual([
      "第5行：经销商名称“注：1. 销售额为含税金额；2. 数据截至2025年10月…”是表格的说明文字，不是经销商，不参与分级。",
      "第6行：经销商名称“制表人：张三”是表格的说明文字，不是经销商，不参与分级。",
      "第7行：年销售额（万元）“数据来源：ERP系统”是表格的说明文字，不是经销商，不参与分级。",
    ]);
    // Each names the column the note stands in.
    expect(r.findings.filter((f) => f.code === "row.note").map((f) => f.column)).toEqual(["A", "A", "B"]);
    // No "审核：李四 is not a number" about a note's cell.
    expect(r.findings.some((f) => f.code === "value.notANumber")).toBe(false);
  });

  it("tiers a report of sales by customer by its title, its foot and total left out, said in both languages", () => {
    // QuickBooks Online's Sales by Customer Summary as exported: refused before ("no name column"), and
    // its foot, the basis and time it was run, tiered as a prospect.
    const report: Cell[][] = [
      ["Craig's Design and Landscaping Services", null],
      ["Sales by Customer Summary", null],
      ["January 1 - November 30, 2025", null],
      [null, null],
      [null, "Total"],
      ["Amy's Bird Sanctuary", 1158.29],
      ["Bill's Windsurf Shop", 3452.8],
      ["Cool Cars", 66.06],
      ["Kate Whelan", 16_773],
      ["TOTAL", 21_450.15],
      [null, null],
      [null, null],
      ["Accrual basis Monday, December 1, 2025 10:30 AM GMT-08:00", null],
    ];
    const r = tiers(report);
    expect(r.accounts.map((a) => [a.name, a.tier])).toEqual([
      ["Amy's Bird Sanctuary", "ordinary"],
      ["Bill's Windsurf Shop", "ordinary"],
      ["Cool Cars", "ordinary"],
      ["Kate Whelan", "key"],
    ]);
    expect(r.skipped.filter((s) => s.reason !== "blank").map((s) => [s.row, s.reason])).toEqual([
      [10, "total"],
      [13, "note"],
    ]);
    const said = (messages: typeof en) =>
      tiers(report, undefined, messages).findings.filter((f) => f.code === "header.byReportTitle");
    expect(said(en).map((f) => [f.row, f.column, f.severity, f.message])).toEqual([
      [
        5,
        "A",
        "info",
        "The header names no customer column; by the report's title 'Sales by Customer Summary' (row 2), " +
          "column A is read as the customers and B 'Total' as the sales. If that is wrong, map the columns.",
      ],
    ]);
    expect(said(zh).map((f) => f.message)).toEqual([
      "表头中没有客户名称列；据第2行的报表标题“Sales by Customer Summary”，A列按客户名称读取，B列“Total”按销售额读取。" +
        "如有误，请在列映射中指定。",
    ]);
    // Xero heads them Contact: the column is named with its header.
    const xero = report.map((r) => [...r]);
    xero[1] = ["Income by Contact", null];
    xero[4] = ["Contact", "Total"];
    const byContact = (messages: typeof en) =>
      tiers(xero, undefined, messages).findings.find((f) => f.code === "header.byReportTitle")?.message;
    expect(byContact(en)).toBe(
      "The header names no customer column; by the report's title 'Income by Contact' (row 2), column A ('Contact') " +
        "is read as the customers and B 'Total' as the sales. If that is wrong, map the columns.",
    );
    expect(byContact(zh)).toBe(
      "表头中没有客户名称列；据第2行的报表标题“Income by Contact”，A列“Contact”按客户名称读取，B列“Total”按销售额读取。" +
        "如有误，请在列映射中指定。",
    );
  });

  it("tiers a customer with sub-customers (QuickBooks) as one account with its total", () => {
    // Amy's two locations and Freeman's two jobs under their customer's row, then "Total for …": each
    // was tiered on its own, the customers prospects with no sales.
    const report: Cell[][] = [
      ["Sales by Customer Summary", null],
      [null, "Total"],
      ["Amy's Bird Sanctuary", null],
      ["   Amy's Bird Sanctuary - East", 1200],
      ["   Amy's Bird Sanctuary - West", 800],
      ["Total for Amy's Bird Sanctuary", 2000],
      ["Bill's Windsurf Shop", 5000],
      ["Cool Cars", 300],
      ["Freeman Sporting Goods", null],
      ["   0969 Ocean View Road", 900],
      ["   55 Twin Lane", 1100],
      ["Total for Freeman Sporting Goods", 2000],
      ["Kate Whelan", 7000],
      ["Mark Cho", 150],
      ["TOTAL", 16_450],
    ];
    const r = tiers(report);
    expect(r.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Amy's Bird Sanctuary", 2000],
      ["Bill's Windsurf Shop", 5000],
      ["Cool Cars", 300],
      ["Freeman Sporting Goods", 2000],
      ["Kate Whelan", 7000],
      ["Mark Cho", 150],
    ]);
    expect(r.skipped.map((x) => [x.row, x.reason])).toEqual([
      [4, "subAccount"],
      [5, "subAccount"],
      [6, "total"],
      [10, "subAccount"],
      [11, "subAccount"],
      [12, "total"],
      [15, "total"],
    ]);
    const said = (messages: typeof en) =>
      tiers(report, undefined, messages)
        .findings.filter((f) => f.code === "row.subAccounts")
        .map((f) => [f.row, f.column, f.message]);
    expect(said(en)).toEqual([
      [
        3,
        "A",
        "Row 3: column A 'Amy's Bird Sanctuary' and rows 4-5 under it (its sub-customers or the lines of its sales) are tiered as one account, with the figures of its total on row 6.",
      ],
      [
        9,
        "A",
        "Row 9: column A 'Freeman Sporting Goods' and rows 10-11 under it (its sub-customers or the lines of its sales) are tiered as one account, with the figures of its total on row 12.",
      ],
    ]);
    expect(said(zh)[0]?.[2]).toBe(
      "第3行：A列“Amy's Bird Sanctuary”及其下第4-5行（下级客户或销售明细）合为一个客户分级，按第6行的合计计算。",
    );
    // QuickBooks Desktop's "Total X", under a heading of X: the same. A company named "Total …" under a
    // row of another company with sales of its own stays a company.
    const desktop = report.map((row) => [...row]);
    desktop[5] = ["Total Amy's Bird Sanctuary", 2000];
    expect(tiers(desktop).accounts.map((a) => a.name)).toContain("Amy's Bird Sanctuary");
    expect(tiers(desktop).accounts.map((a) => a.name)).not.toContain("Total Amy's Bird Sanctuary");
    // A sub-customer with its own (a location's jobs), and a blank row among them: one account still.
    const nested: Cell[][] = [
      [null, "Total"],
      ["Freeman Sporting Goods", null],
      ["   0969 Ocean View Road", null],
      ["      Job 1", 400],
      ["      Job 2", 500],
      ["   Total for 0969 Ocean View Road", 900],
      [null, null],
      ["   55 Twin Lane", 1100],
      ["Total for Freeman Sporting Goods", 2000],
      ["Kate Whelan", 7000],
    ];
    nested.unshift(["Sales by Customer Summary", null]);
    const n = tiers(nested);
    expect(n.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Freeman Sporting Goods", 2000],
      ["Kate Whelan", 7000],
    ]);
    expect(n.skipped.map((x) => [x.row, x.reason])).toEqual([
      [4, "subAccount"],
      [5, "subAccount"],
      [6, "subAccount"],
      [7, "subAccount"],
      [8, "blank"],
      [9, "subAccount"],
      [10, "total"],
    ]);
    expect(n.findings.filter((f) => f.code === "row.subAccounts").map((f) => f.row)).toEqual([3]);
    // QuickBooks' Sales by Customer Detail: a customer's invoices under its row, their Amount totalled
    // (its Sales Price, a unit price, was taken for the sales, and every customer was a prospect).
    const detail: Cell[][] = [
      ["Sales by Customer Detail"],
      [null, "Date", "Transaction Type", "Qty", "Sales Price", "Amount"],
      ["Amy's Bird Sanctuary"],
      [null, "2025-03-05", "Invoice", 2, 120, 240],
      [null, "2025-07-09", "Invoice", 1, 80, 80],
      ["Total for Amy's Bird Sanctuary", null, null, null, null, 320],
      ["Kate Whelan"],
      [null, "2025-05-01", "Invoice", 10, 892.3, 8923],
      ["Total for Kate Whelan", null, null, null, null, 8923],
      ["TOTAL", null, null, null, null, 9243],
    ];
    expect(tiers(detail).accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Amy's Bird Sanctuary", 320],
      ["Kate Whelan", 8923],
    ]);
    const companies: Cell[][] = [
      ["Customer", "Sales"],
      ["Sports Ltd", 100],
      ["Total Sports Ltd", 300],
      ["Acme", 50],
    ];
    expect(tiers(companies).accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Sports Ltd", 100],
      ["Total Sports Ltd", 300],
      ["Acme", 50],
    ]);
    // NetSuite's: "Parent : Child" names under the parent (its own sales on its row), then "Total - Parent".
    const netsuite: Cell[][] = [
      ["Customer", "Amount"],
      ["Modern Media", 200],
      ["Modern Media : Tre Milano", 1000],
      ["Modern Media : Banana Bros", 2500],
      ["Total - Modern Media", 3700],
      ["Globex", 500],
      ["Total", 4200],
    ];
    const ns = tiers(netsuite);
    expect(ns.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Modern Media", 3700],
      ["Globex", 500],
    ]);
    expect(ns.skipped.map((x) => [x.row, x.reason])).toEqual([
      [3, "subAccount"],
      [4, "subAccount"],
      [5, "total"],
      [7, "total"],
    ]);
  });

  it("reads a report grouped by customer: the name on its first line, the lines under it, their 小计", () => {
    // 用友's 销售统计表 by customer: the lines under a customer's first were skipped as rows without a name,
    // and the customer tiered by its first line alone (甲 at 1,000 of its 1,800).
    const yonyou: Cell[][] = [
      ["客户名称", "存货名称", "业务员", "数量", "无税金额"],
      ["甲公司", "产品A", "张三", 10, 1000],
      [null, "产品B", null, 5, 500],
      [null, "产品C", null, 3, 300],
      ["甲公司 小计", null, null, 18, 1800],
      ["乙公司", "产品A", "李四", 2, 200],
      ["小计", null, null, 2, 200],
      ["丙公司", "产品B", "李四", 40, 4000],
      [null, "产品C", null, 1, 100],
      [null, null, "小计", 41, 4100],
      ["合计", null, null, 61, 6100],
    ];
    const r = tiers(yonyou, undefined, zh);
    expect(r.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["甲公司", 1800],
      ["乙公司", 200],
      ["丙公司", 4100],
    ]);
    expect(r.skipped.map((x) => [x.row, x.reason, x.text])).toEqual([
      [3, "subAccount", "甲公司"],
      [4, "subAccount", "甲公司"],
      [5, "total", "甲公司 小计"],
      [7, "total", "小计"],
      [9, "subAccount", "丙公司"],
      [10, "total", "小计"],
      [11, "total", "合计"],
    ]);
    expect(r.findings.filter((f) => f.code === "row.missingName")).toEqual([]);
    expect(r.findings.find((f) => f.code === "row.subAccounts")?.message).toBe(
      "第2行：客户名称“甲公司”及其下第3-4行（下级客户或销售明细）合为一个客户分级，按第5行的合计计算。",
    );
    // Its subtotals in another column, and a customer's name printed on each of its lines (甲 twice was
    // two accounts, each with one line's sales).
    const everyLine: Cell[][] = [
      ["客户名称", "存货名称", "无税金额"],
      ["乙公司", "产品A", 100],
      [null, "产品B", 50],
      [null, "小计", 150],
      ["甲公司", "产品A", 1000],
      ["甲公司", "产品B", 500],
      [null, "小计", 1500],
      ["丙公司", "产品A", 300],
      ["丁公司", "产品A", 200],
      ["丁公司", "产品B", 20],
      ["合计", null, 2170],
    ];
    const e = tiers(everyLine, undefined, zh);
    expect(e.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["乙公司", 150],
      ["甲公司", 1500],
      ["丙公司", 300],
      ["丁公司", 200],
      ["丁公司", 20],
    ]);
    expect(e.skipped.map((x) => [x.row, x.reason])).toEqual([
      [3, "subAccount"],
      [4, "total"],
      [6, "subAccount"],
      [7, "total"],
      [11, "total"],
    ]);
    // Salesforce's report grouped by account: Subtotal, Total, and its foot, two notes.
    const salesforce: Cell[][] = [
      ["Won Opportunities by Account"],
      ["Filtered By: Stage equals Closed Won"],
      [],
      ["Account Name", "Opportunity Name", "Close Date", "Amount"],
      ["Acme Corp", "Acme - 200 units", "3/1/2025", 10_000],
      [null, "Acme - add-on", "6/1/2025", 5000],
      ["Subtotal", null, null, 15_000],
      ["Globex", "Globex - pilot", "4/2/2025", 2500],
      ["Subtotal", null, null, 2500],
      ["Total", null, null, 17_500],
      [],
      ["Confidential Information - Do Not Distribute"],
      ["Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."],
    ];
    const sf = tiers(salesforce);
    expect(sf.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme Corp", 15_000],
      ["Globex", 2500],
    ]);
    expect(sf.skipped.filter((x) => x.reason === "note").map((x) => x.row)).toEqual([12, 13]);
    // A ledger's rows without a name above a region's 小计 are no customer's lines: the 小计 sums more.
    const ledger: Cell[][] = [
      ["经销商名称", "区域", "年销售额"],
      ["甲", "华东", 100],
      ["乙", "华东", 200],
      [null, "华东", 50],
      ["华东小计", null, 350],
    ];
    const l = tiers(ledger, undefined, zh);
    expect(l.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["甲", 100],
      ["乙", 200],
    ]);
    expect(l.skipped.map((x) => [x.row, x.reason])).toEqual([
      [4, "noName"],
      [5, "total"],
    ]);
  });

  it("says a name alone in its row below the data and a blank row: tiered as written, perhaps a note", () => {
    // Found by trying: "数据待复核" two rows under a ledger was tiered a prospect without a word.
    const ledger: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "负责人"],
      ["上海新盛商贸", 320, "张三"],
      ["杭州百川贸易", 80, "李四"],
    ];
    const lone = (r: ReturnType<typeof tiers>) =>
      r.findings.filter((f) => f.code === "row.loneNameBelow").map((f) => [f.row, f.column, f.message]);
    const below = tiers([...ledger, [null, null, null], ["数据待复核", null, null]], undefined, zh);
    expect(lone(below)).toEqual([
      [
        5,
        "A",
        "第5行：经销商名称“数据待复核”在数据下方、隔着空行，整行只有名称，已按意向客户分级。若是表格的说明文字，请在前面加“注：”或删除该行；若是经销商，请补全该行数据。",
      ],
    ]);
    expect(tierOf(below, "数据待复核")).toBe("prospect");
    const english = tiers([...ledger, [], [], ["Figures to be checked", null, null], ["Ann's list"]]);
    expect(lone(english).map(([row, column]) => [row, column])).toEqual([
      [6, "A"],
      [7, "A"],
    ]);
    expect(lone(english)[0]?.[2]).toBe(
      "Row 6: 经销商名称 'Figures to be checked' stands below the data after a blank row, with nothing in its row but the name; tiered as a prospect. If it is a note on the table, start it with 'Note:' or delete the row; if it is a distributor, fill in its row.",
    );
    // Not said: a name typed right under the data (a new prospect), a lone name with data below it, a
    // row below the blank one that holds more than its name, a list of names alone, a list below the data.
    for (const rows of [
      [...ledger, ["宁波新客户", null, null]],
      [...ledger, [], ["宁波新客户", null, null], [], ["温州商行", 12, "王五"]],
      [...ledger, [], ["宁波新客户", null, "王五"]],
      [["经销商名称"], ["上海新盛商贸"], [], ["杭州百川贸易"]],
      // Four names alone under the accounts that sell: prospects listed by name, not notes.
      [...ledger, [], ["宁波新客户"], ["温州商行"], ["绍兴贸易"], ["嘉兴建材"]],
    ] as Cell[][][])
      expect(lone(tiers(rows, undefined, zh))).toEqual([]);
  });

  it("reads a two-level header's second row as header, and says nothing of it", () => {
    const r = tiers(
      [
        ["2025年经销商台账", "2025年经销商台账", "2025年经销商台账", "2025年经销商台账"],
        ["经销商名称", "销售额（万元）", "销售额（万元）", "所属区域"],
        ["经销商名称", "2024年", "2025年", "所属区域"],
        ["甲公司", 80, 120, "华东"],
        ["乙公司", 100, 60, "华北"],
      ],
      undefined,
      zh,
    );
    expect(r.headerRow).toBe(2);
    expect(r.header.headerRows).toBe(2);
    expect(r.accounts.map((a) => [a.row, a.name, a.revenue, a.priorRevenue])).toEqual([
      [4, "甲公司", 1_200_000, 800_000],
      [5, "乙公司", 600_000, 1_000_000],
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it("says when it takes a total of quarters as the year's sales", () => {
    const r = tiers(
      [
        ["经销商名称", "一季度", "二季度", "三季度", "四季度", "全年合计"],
        ["甲公司", 1, 2, 3, 4, 10],
        ["乙公司", 2, 2, 2, 2, 8],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => a.revenue)).toEqual([10, 8]);
    expect(r.findings.map((f) => [f.code, f.column, f.message])).toEqual([
      [
        "header.guessed",
        "F",
        "未识别出销售额表头；“全年合计”列是左侧各月（季度）的合计，暂作为本期销售额。请检查列映射。",
      ],
    ]);
  });

  it("says when sales without a unit are read in yuan and even the largest is small", () => {
    const rows = (header: string): Cell[][] => [
      ["经销商名称", header],
      ...Array.from({ length: 6 }, (_, i): Cell[] => [`经销商${i}`, 338 - i * 40]),
    ];
    const r = tiers(rows("销售额"), undefined, zh);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      [
        "header.unitAssumed",
        "warning",
        1,
        "B",
        "“销售额”列没有注明单位，已按元读取，最大的一家也只有338元。如单位是万元，请在表头写明（如“销售额（万元）”），或在表头上方注明“单位：万元”，再运行。",
      ],
    ]);
    // A unit anywhere, yuan included, or a large enough account: nothing to say.
    for (const header of ["销售额（元）", "销售额（万元）"])
      expect(tiers(rows(header), undefined, zh).findings).toEqual([]);
    const noted = [["单位：万元"], ...rows("销售额")];
    expect(tiers(noted, undefined, zh).findings).toEqual([]);
    const large = rows("销售额");
    large[1]![1] = 150_000;
    expect(tiers(large, undefined, zh).findings).toEqual([]);
    // A month's sales of 50,000 yuan are a large account's month, not a sign of 万元; 5,000 are.
    const monthly = rows("月销售额");
    monthly[1]![1] = 50_000;
    expect(tiers(monthly, undefined, zh).findings).toEqual([]);
    monthly[1]![1] = 5_000;
    expect(tiers(monthly, undefined, zh).findings.map((f) => f.code)).toEqual(["header.unitAssumed"]);
    // Twelve month columns with two still to come are ten months' sales: the bar is ten months' too
    // (90,000 yuan in ten months is no sign of 万元; it was held to twelve months' 100,000).
    const months = Array.from({ length: 12 }, (_, k) => `${k + 1}月销售额`);
    const tenMonths = (largest: number): Cell[][] => [
      ["经销商名称", ...months],
      ...Array.from({ length: 8 }, (_, i): Cell[] => [
        `经销商${i + 1}`,
        ...months.map((_, k) => (k < 10 ? (i === 0 ? largest / 10 : 100) : null)),
      ]),
    ];
    const codes = (largest: number) =>
      tiers(tenMonths(largest), undefined, zh).findings.filter((f) => f.code === "header.unitAssumed").length;
    expect([codes(90_000), codes(80_000)]).toEqual([0, 1]);
  });

  it("holds sales in dollars (the cells say $) to thousands, not to 万元", () => {
    // QuickBooks' CSV export: dollars in the cells, no unit; its largest customer bought $16,773. It was
    // told it was "read in yuan" and to write "(RMB 10k)".
    const sales = (largest: number): Cell[][] => [
      ["Customer", "Sales"],
      ["Kate Whelan", `$${largest.toLocaleString("en-US")}.00`],
      ...Array.from({ length: 5 }, (_, i): Cell[] => [`Customer ${i}`, `$${(i + 1) * 20}.00`]),
    ];
    const said = (largest: number, messages = en) =>
      tiers(sales(largest), undefined, messages)
        .findings.filter((f) => f.code === "header.unitAssumed")
        .map((f) => f.message);
    expect(said(16_773)).toEqual([]);
    expect(said(840)).toEqual([
      "Column 'Sales' states no unit and was read in US dollars ($), so the largest account sells only $840. If it is in " +
        "thousands, say so in the header ('Sales (USD'000)') or note 'Unit: USD'000' above it, and run again.",
    ]);
    expect(said(840, zh)).toEqual([
      "“Sales”列没有注明单位，已按美元读取，最大的一家也只有840美元。如单位是千美元，请在表头写明（如“Sales（千美元）”），或在表头上方注明“单位：千美元”，再运行。",
    ]);
  });

  it("reads money in the unit noted above the header where the column says none of its own", () => {
    const rows = (header: string): Cell[][] => [
      ["2025年经销商销售情况"],
      ["单位：万元"],
      ["经销商名称", header, "上年销售额"],
      ["甲公司", 338, 300],
    ];
    const noted = tiers(rows("销售额"), undefined, zh).accounts[0]!;
    expect([noted.revenue, noted.priorRevenue]).toEqual([3_380_000, 3_000_000]);
    expect(noted.note).toMatch(/^年销售额338万元/);
    // The column's own unit wins.
    expect(tiers(rows("销售额（元）"), undefined, zh).accounts[0]!.revenue).toBe(338);
  });

  it("skips the header repeated further down (blocks pasted one under another), and nothing else like it", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Region"],
      ["Alpha", 100, "East"],
      ["Distributor", "Revenue", "Region"],
      ["Bravo", 90, "West"],
      // Named like the header, with its own figures: an account.
      ["Distributor", 80, "Region"],
      // English headers further down are not this sheet's header: data, whose revenue is no number.
      ["Dealer", "Sales", "Territory"],
    ]);
    expect(r.skipped).toEqual([{ row: 3, reason: "header", text: "Distributor" }]);
    expect(r.accounts.map((a) => a.name)).toEqual(["Alpha", "Bravo", "Distributor", "Dealer"]);
    expect(r.findings.find((f) => f.code === "row.header")?.message).toBe(
      "Row 3: Distributor 'Distributor' and the cells beside it are a header row, not a distributor; not tiered.",
    );
  });

  it("skips blank rows, excludes and reports totals, reports duplicates and rows without a name", () => {
    const r = tiers([
      ["Distributor", "Revenue"],
      ["Total Logistics", 10],
      [null, null],
      ["Alpha", 5],
      ["alpha", 6],
      [null, 7],
      ["Grand Total", 28],
      ["合计", 28],
    ]);
    expect(r.accounts.map((a) => a.name)).toEqual(["Total Logistics", "Alpha", "alpha"]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [3, "blank"],
      [6, "noName"],
      [7, "total"],
      [8, "total"],
    ]);
    expect(r.findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ["header.noCurrency", 1, "B"],
      // Alpha and alpha (probably one, 5 + 6) sell past Total Logistics's 10, the key line.
      ["row.duplicateKey", 4, "A"],
      ["row.duplicateName", 5, "A"],
      ["row.missingName", 6, "A"],
      ["row.total", 7, "A"],
      ["row.total", 8, "A"],
    ]);
  });

  it("says a total without a name in the column that holds its label (区域 华东小计)", () => {
    const r = tierAccounts({
      grid: {
        values: [
          ["区域", "经销商名称", "年销售额"],
          ["华东", "甲", 10],
          ["华东", "乙", 20],
          ["华东小计", null, 30],
        ],
        origin: { row: 0, column: 0 },
      },
      messages: zh,
      asOf: AS_OF,
    });
    expect(r.findings).toEqual([
      {
        code: "row.total",
        severity: "info",
        row: 4,
        column: "A",
        header: "区域",
        message: "第4行：区域“华东小计”是合计行，不参与分级。",
      },
    ]);
  });

  it("names the row and column of a number it cannot read, in the user's language, and leaves the row a prospect", () => {
    const r = tierAccounts({
      grid: {
        values: [["标题"], ["经销商名称", "年度销售额（万元）"], ["甲", "12,3.4万"], ["乙", 5]],
        origin: { row: 4, column: 2 },
      },
      messages: zh,
      asOf: AS_OF,
    });
    const f = r.findings.find((x) => x.code === "value.notANumber");
    expect(f).toMatchObject({ row: 7, column: "D", header: "年度销售额（万元）" });
    expect(f?.message).toBe("第7行：年度销售额（万元）“12,3.4万”不是数字；该行按本期无销售处理。");
    expect(r.accounts[0]?.tier).toBe("prospect");
    expect(r.accounts[0]?.reason).toBe("销售额“12,3.4万”无法识别，按本期无销售处理");
  });

  it("applies the header's unit to the whole column and a cell's own unit over it", () => {
    const r = tiers([
      ["经销商名称", "年度销售额（万元）"],
      ["甲", 12],
      ["乙", "35万"],
      ["丙", "8,000元"],
      ["丁", "1.2亿"],
    ]);
    expect(r.accounts.map((a) => a.revenue)).toEqual([120_000, 350_000, 8000, 120_000_000]);
  });
});

describe("re-runs", () => {
  const header = ["Distributor", "Revenue", "Tier"];

  it("reports every row the same when nothing changed", () => {
    const first = tiers(distributors(30));
    const again: Cell[][] = [header, ...first.accounts.map((a) => [a.name, a.revenue, en.tier[a.tier]])];
    const r = tiers(again);
    expect(r.hasPrevious).toBe(true);
    expect(r.summary.changes).toEqual({ new: 0, same: 30, promoted: 0, demoted: 0, removed: 0 });
  });

  it("reports promotions, demotions and new rows", () => {
    const r = tiers([
      header,
      ["A", 100, "Ordinary"],
      ["B", 50, "Key account"],
      ["C", 10, null],
      ["D", 0, "Ordinary"],
      ...Array.from({ length: 6 }, (_, i) => [`E${i}`, 5, "Ordinary"]),
    ]);
    expect(r.accounts.slice(0, 4).map((a) => a.change)).toEqual(["promoted", "demoted", "new", "demoted"]);
  });

  it("keeps an account within the hysteresis band in its previous tier", () => {
    // 100 accounts, 10 key places all by score (no revenue core), band 2% = 2 places either side.
    const rows: Cell[][] = [header];
    for (let i = 0; i < 100; i++)
      rows.push([`D${String(i + 1).padStart(3, "0")}`, 1000 - i, i === 10 ? "Key account" : "Ordinary"]);
    (rows[10] as Cell[])[2] = "Ordinary"; // rank 10: was ordinary, just inside the cut
    const byScore = { tiering: { coreRevenueShare: 0 } };
    const r = tiers(rows, byScore);
    const d011 = r.accounts[10]!;
    const d010 = r.accounts[9]!;
    expect(d011).toMatchObject({ rank: 11, tier: "key", held: true, change: "same" });
    expect(d011.reason).toContain("within 2 places of the key line, kept as key account");
    expect(d010).toMatchObject({ rank: 10, tier: "ordinary", held: true });
    // The revenue core is key whatever the band says.
    expect(tiers(rows).accounts[9]).toMatchObject({ tier: "key", keyBy: "revenueCore", held: false });
    const far = tiers(rows, { tiering: { hysteresis: 0, coreRevenueShare: 0 } });
    expect(far.accounts[10]?.tier).toBe("ordinary");
    expect(far.accounts[9]?.tier).toBe("key");
  });

  it("fills key places nobody holds in rank order: the band keeps a place only for a key account it holds", () => {
    // 100 accounts, 10 places by score, band 2 places. Last run: D001-D010 key. Now D001 and D002 have
    // left the sheet and D003 fell far: three places are free and D011-D013 take them, though the
    // last two stand within the band above the line.
    const rows: Cell[][] = [header];
    for (let i = 0; i < 100; i++) {
      if (i < 2) continue;
      const revenue = i === 2 ? 1 : 1000 - i;
      rows.push([`D${String(i + 1).padStart(3, "0")}`, revenue, i < 10 ? "Key account" : "Ordinary"]);
    }
    const byScore = { tiering: { coreRevenueShare: 0, revenueGate: 0 } };
    const r = tiers(rows, byScore);
    const keys = r.accounts.filter((a) => a.tier === "key").map((a) => a.name);
    expect(keys).toHaveLength(10);
    expect(keys).toEqual(expect.arrayContaining(["D011", "D012", "D013"]));
    expect(r.accounts.find((a) => a.name === "D003")).toMatchObject({ tier: "ordinary", change: "demoted" });
    expect(r.accounts.every((a) => !a.held)).toBe(true);
    // D004 falls to the first place below the line: the band holds it, and the newcomer on the last
    // place above the line (D014) waits; D011-D013 still take the places nobody holds.
    const low = rows.findIndex((row) => row[0] === "D004");
    (rows[low] as Cell[])[1] = 986.5;
    const held = tiers(rows, byScore);
    const at = (name: string) => held.accounts.find((a) => a.name === name);
    expect(at("D004")).toMatchObject({ tier: "key", held: true, rank: 11 });
    expect(at("D014")).toMatchObject({ tier: "ordinary", held: true, rank: 10 });
    expect(at("D013")).toMatchObject({ tier: "key", held: false, rank: 9 });
    expect(held.accounts.filter((a) => a.tier === "key")).toHaveLength(10);
  });

  it("flags fast-growing ordinary accounts as promotion candidates", () => {
    const r = tiers(distributors(20, (i) => [i === 15 ? 1 : 20 * 10_000], ["Prior Year Sales"]));
    const cand = r.accounts.filter((a) => a.promotionCandidate).map((a) => a.name);
    expect(cand).toEqual(
      expect.arrayContaining(["D0002", "D0016"].filter((n) => tierOf(r, n) === "ordinary")),
    );
    expect(r.accounts.every((a) => !a.promotionCandidate || a.tier === "ordinary")).toBe(true);
    expect(r.accounts.find((a) => a.name === "D0016")?.note).toContain(
      "among the largest increases (+¥50K): reward its development, consider promoting it (¥140K short)",
    );
    // Within 20% below the smallest key account (D0002, ¥190K): D0003-D0005; D0006 (¥150K) is not.
    expect(r.summary.promotionCandidates.map((c) => [c.name, c.gapToKey])).toEqual([
      ["D0003", 10_000],
      ["D0004", 20_000],
      ["D0005", 30_000],
      ["D0016", 140_000],
    ]);
  });
});

describe("promotion candidates and the planner's own tiers", () => {
  // 20 accounts, ¥200K down to ¥10K; D0019 (¥20K) made key by hand, D0004 (¥170K) kept ordinary by hand.
  const byHand = (i: number): Cell[] => [i === 18 ? "Key account" : i === 3 ? "Ordinary" : null];
  const r = tiers(distributors(20, byHand, ["Tier Override"]));

  it("draws the key line from the key accounts the rules chose, not from one made key by hand", () => {
    expect(r.accounts.filter((a) => a.tier === "key").map((a) => a.name)).toEqual(["D0001", "D0019"]);
    // The line is D0001's ¥200K, not D0019's ¥20K (which made every account above ¥16K a candidate).
    expect(r.summary.smallestKeyRevenue).toBe(200_000);
    expect(r.summary.promotionCandidates.map((c) => [c.name, c.gapToKey])).toEqual([
      ["D0002", 10_000],
      ["D0003", 20_000],
      ["D0005", 40_000],
    ]);
  });

  it("says a candidate level with the smallest key account is level with it, not that it sells more", () => {
    // Twenty accounts of ¥500K each: two key by the revenue core, the others level with them.
    const level: Cell[][] = [["经销商名称", "年销售额（万元）"]];
    for (let i = 0; i < 20; i++) level.push([`经销商${i + 1}`, 50]);
    const zhRun = tiers(level, undefined, zh);
    const ordinary = zhRun.accounts.filter((a) => a.tier === "ordinary");
    expect(ordinary.length).toBe(18);
    for (const a of ordinary) expect(a.note).toContain("销售额已与部分重点客户持平：奖励其发展行为");
    expect(tiers(level, undefined, en).accounts[5]?.note).toContain(
      "sells as much as some key accounts: reward",
    );
  });

  it("never proposes promoting an account the planner set to ordinary", () => {
    const d4 = r.accounts.find((a) => a.name === "D0004");
    expect(d4).toMatchObject({ tier: "ordinary", override: "ordinary", promotionCandidate: false });
    expect(d4?.note).not.toMatch(/key-account|promot/i);
  });

  it("draws no key line from a strategic account let in below the revenue gate", () => {
    // 12 key places of 20 by score (no core); the gate is the median (¥105K): D0001-D0010 pass it, and
    // D0020 (¥10K) comes in as strategic. The line stays D0010's ¥110K: D0011 and D0012 are candidates,
    // not every ordinary account above ¥8K.
    const strategic = tiers(
      distributors(20, (i) => [i === 19 ? "是" : null], ["Strategic"]),
      {
        tiering: { keyShare: 0.6, coreRevenueShare: 0 },
      },
    );
    expect(strategic.accounts.find((a) => a.name === "D0020")?.tier).toBe("key");
    expect(strategic.summary.smallestKeyRevenue).toBe(110_000);
    expect(strategic.summary.promotionCandidates.map((c) => c.name)).toEqual(["D0011", "D0012"]);
  });

  it("takes the smallest hand-made key account as the line when every key account is made by hand", () => {
    const all = tiers(
      distributors(20, (i) => [i === 9 ? "Key account" : i < 2 ? "Key account" : null], ["Tier Override"]),
    );
    expect(all.summary.smallestKeyRevenue).toBe(110_000);
  });
});

describe("sales time and owners", () => {
  it("splits 60/30/10 of the time over each tier's accounts, in hours with a capacity", () => {
    const r = tiers(distributors(20), { time: { monthlyCapacityHours: 1000 } });
    const key = r.accounts.filter((a) => a.tier === "key");
    expect(key).toHaveLength(2);
    expect(key[0]?.timeShare).toBeCloseTo(0.3);
    expect(key[0]?.hours).toBeCloseTo(300);
    // No prospects: the ordinary accounts share all the time below the key tier.
    expect(r.accounts.filter((a) => a.tier === "ordinary")[0]?.timeShare).toBeCloseTo(0.4 / 18);
    expect(r.summary.tiers.prospect.timeShare).toBe(0);
    expect(r.summary.unallocatedTimeShare).toBe(0);
    expect(r.summary.unallocatedTiers).toEqual([]);
  });

  it("names the tiers whose time no account takes, in both languages", () => {
    const prospects = tiers(
      [["经销商名称", "年销售额"], ...Array.from({ length: 12 }, (_, i): Cell[] => [`意向${i}`, null])],
      undefined,
      zh,
    );
    expect(prospects.summary.unallocatedTiers).toEqual(["key"]);
    expect(prospects.summary.unallocatedTimeShare).toBeCloseTo(0.6);
    expect(zh.unallocatedTime(0.6, [zh.tier.key])).toBe(
      "有60%的销售时间未分配：本表没有重点客户，课程留给这一级的时间暂无客户可用。",
    );
    expect(unallocatedTiers([5, 0, 0], DEFAULT_RULES)).toEqual(["ordinary", "prospect"]);
    expect(unallocatedTiers([0, 3, 0], DEFAULT_RULES)).toEqual(["key"]);
    expect(unallocatedTiers([2, 3, 0], DEFAULT_RULES)).toEqual([]);
    expect(en.unallocatedTime(0.4, [en.tier.ordinary, en.tier.prospect])).toBe(
      "40% of sales time is not allocated: no account is in the Ordinary account or Prospect tiers, so the time the course keeps for them has no one to go to.",
    );
  });

  it("flags key accounts with no owner and an owner carrying far more key time than the rest", () => {
    const owners = ["Wang", "Wang", "Wang", "Wang", "Li", "Zhao", null];
    const r = tiers(distributors(70, (i) => [i < owners.length ? (owners[i] ?? null) : "Sun"], ["Owner"]));
    expect(r.summary.tiers.key.accounts).toBe(7);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: "owner.missingForKey", row: 8, column: "C" }),
    );
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "owner.overloaded", column: "C" }));
    expect(r.summary.owners[0]).toMatchObject({
      owner: "Wang",
      accounts: { key: 4, ordinary: 0, prospect: 0 },
      keyAccounts: ["D0001", "D0002", "D0003", "D0004"],
    });
    // 160 hours a month for each of the four owners found.
    expect(r.summary.capacityHours).toBe(640);
  });
});

describe("a balance owed over the credit limit (ERP exports: 信用额度 and 应收余额)", () => {
  // 20 accounts of ¥2M down to ¥100K, all rated A, each with a ¥500K limit.
  const values: Cell[][] = [
    ["客户名称", "本年销售额（元）", "资信等级", "信用额度（万元）", "应收余额（元）", "逾期天数"],
  ];
  const owed = [600_000, 1_200_000, 100_000, 100_000, 0, 400_000, 1_000_000, 900_000, 0, 0];
  for (let i = 0; i < 20; i++)
    values.push([
      `经销商${i + 1}`,
      100_000 * (20 - i),
      "A",
      i === 4 ? 0 : 50,
      owed[i] ?? 0,
      i === 7 ? 95 : 0,
    ]);
  const r = tiers(values, undefined, zh);
  const at = (k: number) => r.accounts[k]!;

  it("sets credit C over the limit and D at twice it, where worse than the rating and the days", () => {
    // An A rating hid a balance 2.4 times the limit: the account was told to be promoted.
    expect([at(0).credit, at(0).overLimit]).toEqual(["C", 0.2]);
    expect([at(1).credit, at(1).overLimit]).toEqual(["D", 1.4]);
    expect([at(6).credit, at(6).overLimit]).toEqual(["D", 1]);
    // Under the limit the rating stands; a limit of 0 is none (ERPs keep 0 for "not controlled").
    expect([at(5).credit, at(5).overLimit]).toEqual(["A", null]);
    expect([at(4).credit, at(4).overLimit]).toEqual(["A", null]);
    // 95 days overdue (D) is worse than 80% over the limit (C): the days set it and are said.
    expect([at(7).credit, at(7).overLimit]).toEqual(["D", 0.8]);
    const column = run(values).plan!.columns.find((c) => c.key === "creditClass")!;
    expect([0, 1, 4, 7].map((k) => column.values.at(k))).toEqual([
      "C（超信用额度20%）",
      "D（超信用额度140%）",
      "A",
      "D（逾期95天）",
    ]);
  });

  it("says so in the note and on the watch list, without calling it overdue", () => {
    expect(at(0).note).toContain("资信C（超信用额度20%）：超额部分收回前不再赊销，盯紧回款");
    // A key account at D by its limit is told cash on delivery, not to collect a long overdue balance,
    // nor to exceed its expectations.
    expect(at(1).tier).toBe("key");
    expect(at(1).note).toContain("资信D（超信用额度140%）：现款现货，停止新增授信");
    expect(at(1).note).not.toMatch(/逾期|超越客户期望/);
    const watched = r.summary.watchList.slice().map((e) => [e.name, describeWatch(e, zh)]);
    expect(watched).toContainEqual(["经销商2", "资信D（超信用额度140%）"]);
    expect(watched).toContainEqual(["经销商1", "资信C（超信用额度20%）"]);
    const english = tiers(values, undefined, en).accounts[0]!;
    expect(english.note).toContain(
      "credit C (20% over its limit): no more credit until back under the limit",
    );
  });

  it("asks to check the units where most accounts come out over their limit", () => {
    // 信用额度 typed in 万 without its unit beside 应收余额（元）: every limit reads as ¥50.
    const mixed: Cell[][] = [["客户名称", "本年销售额（元）", "信用额度", "应收余额（元）"]];
    for (let i = 0; i < 10; i++) mixed.push([`客户${i + 1}`, 100_000 * (10 - i), 50, 200_000 + i * 10_000]);
    const warned = tiers(mixed, undefined, zh).findings.filter((f) => f.code === "header.overLimitMost");
    expect(warned).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 1,
        column: "D",
        message:
          "有信用额度的10家客户中，10家的“应收余额（元）”超过“信用额度”，都按超额度降了资信：请核对两列的单位是否一致（如一列为万元、一列为元），有误请在表头注明单位后再运行。",
      }),
    ]);
    // Two of ten over their limit is a credit policy to enforce, not a unit to check.
    expect(r.findings.some((f) => f.code === "header.overLimitMost")).toBe(false);
  });

  it("reads a limit only against a balance, and says so of a limit or a balance alone", () => {
    const limitOnly = tiers(
      values.map((row) => [row[0], row[1], row[3]] as Cell[]),
      undefined,
      zh,
    );
    expect(limitOnly.accounts[0]?.credit).toBeNull();
    // The column list showed it recognised, and nothing said it went unused.
    expect(limitOnly.findings.filter((f) => f.code === "header.limitAlone")).toEqual([
      expect.objectContaining({
        severity: "info",
        row: 1,
        column: "C",
        message:
          "本表有“信用额度（万元）”，但没有应收余额列：无法判断哪些客户超信用额度，该列本次未使用。如需检查，请加上应收余额（或欠款余额）列后再运行。",
      }),
    ]);
    const balanceOnly = tiers(
      values.map((row) => [row[0], row[1], row[4]] as Cell[]),
      undefined,
      en,
    );
    expect(balanceOnly.findings.find((f) => f.code === "header.limitAlone")?.message).toBe(
      "'应收余额（元）' is the balance owed, but the sheet has no credit limit to hold it against: the accounts over their limit cannot be told, and the column only tells which accounts without sales still owe (they have bought before). To find those over their limit, add the credit limit and run again.",
    );
    expect(r.findings.some((f) => f.code === "header.limitAlone")).toBe(false);
  });
});

describe("classes and notes", () => {
  it("writes each dimension where its input exists and builds the note from tier and modifiers", () => {
    const r = tiers([
      [
        "Distributor",
        "Revenue",
        "Prior Year Sales",
        "Days Overdue",
        "Sensitivity",
        "Region",
        "Channel Type",
        "Sales Mode",
      ],
      ["A", 100, 50, 100, "Price", "East", "省代", "批发"],
      ["B", 10, 20, 0, "Service", "East", "直营", "电商"],
    ]);
    const [a, b] = r.accounts;
    expect(a).toMatchObject({
      credit: "D",
      potential: "high",
      sensitivity: "price",
      regionalShare: "dominant",
      managementMode: "regionalAgent",
      salesMode: "wholesale",
    });
    expect(b).toMatchObject({
      credit: "A",
      potential: "low",
      sensitivity: "service",
      regionalShare: "weak",
      managementMode: "direct",
      salesMode: "ecommerce",
    });
    expect(a?.note).toContain("credit D (100 days overdue): cash on delivery, no new credit");
    expect(b?.note).toContain("; service-sensitive: fast response");
    expect(r.dimensions).toEqual({
      managementMode: true,
      salesMode: true,
      credit: true,
      potential: true,
      regionalShare: true,
      sensitivity: true,
    });
  });

  it("uses a market-share column with Lanchester bands when there is one", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Market Share"],
      ["A", 1, "45%"],
      ["B", 1, 30],
      ["C", 1, 5],
    ]);
    expect(r.accounts.map((a) => a.regionalShare)).toEqual(["dominant", "strong", "weak"]);
  });

  it("takes a blank market-share cell's class from the region's sales in the sheet, and says so", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额", "所属区域", "区域市场占有率"],
      ["甲", 600, "华东", null],
      ["乙", 300, "华东", "8%"],
      ["丙", 100, "华东", null],
      ["丁", 0, "华东", null],
      ["戊", 500, "", null],
      ["己", 200, "华南", null],
    ];
    const r = tiers(values);
    const by = (name: string) => r.accounts.find((a) => a.name === name);
    // 甲 sells 60% of 华东's sales in the sheet: dominant, from the sheet; 乙's own 8% stands.
    expect(by("甲")).toMatchObject({ regionalShare: "dominant", shareOfRegion: 0.6 });
    expect(by("乙")).toMatchObject({ regionalShare: "weak", shareOfRegion: null });
    expect(by("丙")).toMatchObject({ regionalShare: "weak", shareOfRegion: 0.1 });
    // No sales (a prospect) or no region: nothing to measure, unknown rather than weak.
    expect(by("丁")).toMatchObject({ regionalShare: "unknown", shareOfRegion: null });
    expect(by("戊")).toMatchObject({ regionalShare: "unknown", shareOfRegion: null });
    // 己 is the one account with sales in 华南: all of it by construction, no peer to be dominant over.
    expect(by("己")).toMatchObject({ regionalShare: "unknown", shareOfRegion: 1 });
    expect(by("己")?.note).not.toMatch(/区域优势/);
    // The written cell says where a class came from.
    const plan = run(values).plan!;
    const column = plan.columns.find((c) => c.key === "shareClass")!;
    const cells = Array.from({ length: 6 }, (_, k) => column.values.at(k));
    expect(cells).toEqual([
      "主导（占本区域销售额60%）",
      "弱势",
      "弱势（占本区域销售额10%）",
      "未知",
      "未知",
      "未分类（本区域仅此一家有销售额）",
    ]);
    const english = run(values, { language: "en-US" }).plan!.columns.find((c) => c.key === "shareClass")!;
    expect(english.values.at(0)).toBe("Dominant (60% of its region's sales)");
    expect(english.values.at(5)).toBe("Unclassed (the only account with sales in its region)");
  });

  /** Five 大区 of four 省份 each, `perProvince` distributors a province (a city each), sales falling by row. */
  const twoLevels = (perProvince: number): Cell[][] => {
    const values: Cell[][] = [["经销商名称", "大区", "省份", "城市", "年销售额（万元）"]];
    for (let big = 0; big < 5; big++)
      for (let p = 0; p < 4; p++)
        for (let k = 0; k < perProvince; k++)
          values.push([
            `经销商${values.length}`,
            `大区${big}`,
            `省${big}-${p}`,
            `市${values.length}`,
            100 - 10 * k,
          ]);
    return values;
  };

  it("reckons shares in the provinces beside the 大区 taken for regions: a share of 华东 among forty is weak for all", () => {
    const values = twoLevels(8);
    const r = tiers(values, undefined, zh);
    const classes = new Set(r.accounts.map((a) => a.regionalShare));
    // 8 a province, 100, 90 … 30 wan: the first sells 20% of its province's sales, no longer 0.5% of 40.
    expect(r.accounts[0]).toMatchObject({ region: "大区0", regionalShare: "competitive" });
    expect(r.accounts[0]?.shareOfRegion).toBeCloseTo(100 / 520, 9);
    expect(classes).toEqual(new Set(["competitive", "weak"]));
    // Said once, in place of "also looks like a region"; the city (one distributor each) stays unread.
    const said = r.findings.filter((f) => f.code === "header.shareRegion");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", column: "C", header: "省份" });
    expect(said[0]?.message).toContain("每个省份一般有8家有销售的客户");
    expect(said[0]?.message).toContain("区域汇总仍按B列“大区”");
    // The city, another level of place, is a note of which column the regions are summed by, no warning.
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    expect(r.findings.filter((f) => f.code === "header.regionLevel")).toEqual([
      expect.objectContaining({ severity: "info", column: "D", header: "城市" }),
    ]);
    // The regions of the strategy sheet stay the 大区.
    expect(new Set(r.accounts.map((a) => a.region)).size).toBe(5);
    const cells = (language: "zh-CN" | "en-US") =>
      run(values, { language })
        .plan!.columns.find((c) => c.key === "shareClass")!
        .values.at(0);
    expect(cells("zh-CN")).toBe("竞争（占本省份销售额19.2%）");
    expect(cells("en-US")).toBe("Competitive (19.2% of its province's sales)");
  });

  it.each([
    ["所属省份", "province"],
    ["省市", "province"],
    ["Billing State", "state"],
    ["所在城市", "city"],
    ["区县", "district"],
    ["大区", "region"],
    ["办事处", "region"],
  ])("names the level of %s as %s", (header, level) => {
    expect(regionLevel(header)).toBe(level);
  });

  it("does not ask about a short name or the name in another script beside the full name, every run", () => {
    // 客户简称 and 客户名称（英文） beside 客户名称 were said as rivals of the name on every run.
    const rows = (header: string[]) => {
      const values: Cell[][] = [header];
      for (let i = 0; i < 20; i++)
        values.push(
          header.map((h, c) => (c === header.length - 1 ? 50 - i : `${h.slice(0, 2)}${i}有限公司`)),
        );
      return tiers(values, undefined, zh).findings.filter((f) => f.code === "header.duplicate");
    };
    expect(rows(["客户名称", "客户简称", "客户名称（英文）", "年销售额（万元）"])).toEqual([]);
    expect(rows(["客户简称", "客户名称", "Customer Name (EN)", "年销售额（万元）"])).toEqual([]);
    expect(rows(["Customer Name", "Short Name", "English Name", "Revenue"])).toEqual([]);
    // The name in another script taken for the name: the Chinese one is asked about, as before.
    expect(rows(["客户名称（英文）", "客户名称", "年销售额（万元）"]).map((f) => f.header)).toEqual([
      "客户名称",
    ]);
    // Two full names are asked about.
    expect(rows(["客户名称", "经销商名称", "年销售额（万元）"]).map((f) => f.header)).toEqual(["经销商名称"]);
  });

  it("asks about a second sales column until the user maps one by hand, then no more (the choice is saved with the rules)", () => {
    const values: Cell[][] = [["经销商名称", "回款额（万元）", "发货额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 50 - i, 60 - i]);
    const asked = tiers(values, undefined, zh).findings.filter((f) => f.code === "header.duplicate");
    expect(asked.map((f) => [f.column, f.header])).toEqual([["C", "发货额（万元）"]]);
    const mapped = (revenue: string) =>
      tierAccounts({
        grid: { values, origin: { row: 0, column: 0 } },
        messages: zh,
        asOf: AS_OF,
        mapping: { revenue },
      });
    for (const revenue of ["回款额（万元）", "发货额（万元）", "C"]) {
      const r = mapped(revenue);
      expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
      expect(r.accounts).toHaveLength(20);
    }
    // The one mapped is the one read: 发货额 is 10 wan above 回款额 on every row.
    expect(mapped("C").summary.revenue - mapped("B").summary.revenue).toBe(20 * 100_000);
  });

  it("notes a city or a country beside the province as another level of place, and warns of a true rival", () => {
    // 国家 and 城市 beside 省份 (and a CRM's Country and City beside its State) were each warned of as a
    // rival region on every run: nearly every export has them, and the province is no question.
    const provinces = ["浙江", "江苏", "广东", "山东"];
    const values: Cell[][] = [["经销商名称", "国家", "省份", "城市", "所在地区", "年销售额（万元）"]];
    for (let i = 0; i < 24; i++) {
      const p = provinces[i % 4] as string;
      values.push([`经销商${i}`, "中国", p, `${p}${i % 3}市`, i % 2 ? "华东" : "华南", 80 - i]);
    }
    const said = (rows: Cell[][], m = zh) =>
      tiers(rows, undefined, m)
        .findings.filter((f) => /^header\.(?:duplicate|regionLevel|shareRegion)$/.test(f.code))
        .map((f) => [f.code, f.severity, f.column]);
    // 所在地区 (two places) is the coarsest and is taken; the country and the city are other levels (the
    // province too, where the shares are reckoned: said by that note).
    expect(said(values)).toEqual([
      ["header.regionLevel", "info", "B"],
      ["header.shareRegion", "info", "C"],
      ["header.regionLevel", "info", "D"],
    ]);
    // 所在地区 holding the provinces again is a rival of the province: asked, as before.
    const same = values.map((row, i) =>
      i === 0 ? row : [...row.slice(0, 4), row[2] ?? null, row[5] ?? null],
    );
    expect(said(same)).toEqual([
      ["header.regionLevel", "info", "B"],
      ["header.regionLevel", "info", "D"],
      ["header.duplicate", "warning", "E"],
    ]);
    // Two columns of one level (省份 and 所属省份) are rivals whatever their cells.
    const twice = values.map((row, i) => [
      row[0] ?? null,
      row[2] ?? null,
      i === 0 ? "所属省份" : "江苏",
      row[5] ?? null,
    ]);
    expect(said(twice)).toEqual([["header.duplicate", "warning", "C"]]);
    // A CRM's Billing Country, State and City: the state is summed, the city a note.
    const crm: Cell[][] = [["Account Name", "Billing Country", "Billing State", "Billing City", "Sales"]];
    for (let i = 0; i < 24; i++)
      crm.push([`Dealer ${i}`, "US", ["Texas", "Ohio", "Utah"][i % 3] ?? null, `City ${i}`, 900 - i]);
    expect(said(crm, en)).toEqual([["header.regionLevel", "info", "D"]]);
  });

  it("takes the province for the regions where a city column of one or two distributors each stands left of it", () => {
    // 城市 first, 省份 after: the city was taken for the regions (a table of 18 cities), and shares of a
    // city alone were 100%, dominant for all.
    const values: Cell[][] = [["经销商名称", "城市", "省份", "年销售额（万元）"]];
    for (let p = 0; p < 6; p++)
      for (let k = 0; k < 6; k++)
        values.push([`经销商${values.length}`, `市${p}-${k >> 1}`, `省${p}`, 60 - 10 * k]);
    const r = tiers(values, undefined, zh);
    expect(r.findings.find((f) => f.code === "header.regionLevel")).toMatchObject({
      severity: "info",
      column: "B",
      header: "城市",
      message: "区域按C列“省份”汇总；B列“城市”是另一级地域，保持不动。如要按B列汇总，请在列映射中改选。",
    });
    expect(r.findings.some((f) => f.code === "header.shareRegion")).toBe(false);
    // 60 of a province's 210: strong; by its city (60 of 110) it was dominant.
    expect(r.accounts[0]).toMatchObject({ region: "省0", regionalShare: "strong" });
    expect(r.accounts[0]?.shareOfRegion).toBeCloseTo(60 / 210, 9);
    expect(r.summary.regions.map((x) => x.region).sort()).toEqual(["省0", "省1", "省2", "省3", "省4", "省5"]);
  });

  it("takes the 大区 for the regions where the 省份 stands left of it, and reckons shares in the provinces", () => {
    // 省份 first (28 provinces were the regions table), 大区 after.
    const values: Cell[][] = [["经销商名称", "省份", "大区", "年销售额（万元）"]];
    for (let g = 0; g < 3; g++)
      for (let p = 0; p < 3; p++)
        for (let k = 0; k < 8; k++)
          values.push([`经销商${values.length}`, `省${g}-${p}`, `区${g}`, 80 - 5 * k]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts[0]?.region).toBe("区0");
    expect(r.summary.regions.map((x) => x.region)).toHaveLength(3);
    expect(r.findings.find((f) => f.code === "header.shareRegion")).toMatchObject({
      column: "B",
      header: "省份",
    });
    // 80 of its province's 500.
    expect(r.accounts[0]?.shareOfRegion).toBeCloseTo(80 / 500, 9);
    // Nor a country, however few (two countries beside their provinces).
    const countries = values.map((row, i) => [
      row[0],
      row[1],
      i === 0 ? "国家" : i % 2 ? "中国" : "越南",
      row[3],
    ]);
    expect(tiers(countries, undefined, zh).accounts[0]?.region).toBe("省0-0");
    // A country taken first (a CRM's Country/Region, then State/Region) gives way to the places beside
    // it: "one of 2 prospects in United States" said nothing, and the regions table had one row.
    const crm: Cell[][] = [["Company name", "Country/Region", "State/Region", "Total Revenue"]];
    for (let i = 0; i < 24; i++)
      crm.push([`Dealer ${i}`, "United States", ["Texas", "Ohio", "Utah"][i % 3], 900 - i]);
    crm.push(["Prospect", "United States", "Ohio", null]);
    const us = tiers(crm);
    expect(us.accounts[0]?.region).toBe("Texas");
    expect(us.summary.regions.map((x) => x.region).sort()).toEqual(["Ohio", "Texas", "Utah"]);
    expect(us.accounts.at(-1)?.note).toContain("Ohio has 1 prospect");
    expect(us.findings.find((f) => f.code === "header.regionLevel")).toMatchObject({
      severity: "info",
      column: "B",
      // (No offer to sum the regions by a country.)
      message:
        "Regions are summed by column C ('State/Region'); column B ('Country/Region') names places at " +
        "another level and is left alone.",
    });
    // So does one place on every row, whatever its header: 华东 all down a 大区 column beside 省份.
    const one = values.map((row, i) => [row[0], i === 0 ? "大区" : "华东", row[1], row[3]]);
    expect(tiers(one, undefined, zh).accounts[0]?.region).toBe("省0-0");
    // A region column the rows leave mostly blank is not taken for being coarse.
    const sparse = values.map((row, i) => (i > 0 && i % 4 !== 0 ? [row[0], row[1], null, row[3]] : row));
    expect(tiers(sparse, undefined, zh).accounts[0]?.region).toBe("省0-0");
  });

  it("keeps shares of a 大区 column most rows leave blank: its regions are not too large, only unfilled", () => {
    const values = twoLevels(8).map((row, i) =>
      i > 0 && i % 3 !== 0 ? [row[0], null, ...row.slice(2)] : row,
    );
    const r = tiers(values, undefined, zh);
    expect(r.findings.some((f) => f.code === "header.shareRegion")).toBe(false);
  });

  it("keeps shares of the 大区 where its provinces hold too few distributors to share anything", () => {
    // Two a province: each would be dominant or strong by being one of two.
    const r = tiers(twoLevels(2), undefined, zh);
    expect(r.findings.some((f) => f.code === "header.shareRegion")).toBe(false);
    expect(r.findings.filter((f) => f.code === "header.regionLevel").map((f) => f.column)).toEqual([
      "C",
      "D",
    ]);
    expect(r.accounts[0]?.shareOfRegion).toBeCloseTo(100 / (4 * 190), 9);
  });

  it("tells only an ordinary account small among its region's peers to be reconsidered, from the sheet's own sales", () => {
    const values: Cell[][] = [["Distributor", "Revenue", "Region", "Market Share"]];
    for (let i = 0; i < 20; i++) values.push([`D${i + 1}`, 100 - i, "East", i === 1 ? "5%" : null]);
    values.push(["D21", 10, "East", null]);
    const r = tiers(values, undefined, zh);
    const [d1, d2, d3] = r.accounts;
    const d21 = r.accounts[20];
    expect(d1).toMatchObject({ tier: "key", regionalShare: "weak" });
    expect(d1?.shareOfRegion).toBeCloseTo(100 / 1820, 9);
    expect(d1?.note).not.toContain("区域占有弱");
    // A weak market share of its own is still said.
    expect(d2).toMatchObject({ tier: "key", regionalShare: "weak", shareOfRegion: null });
    expect(d2?.note).toContain("区域占有弱：加大支持或重新评估");
    // Of its region's sales, an ordinary account near the region's average (5.4% of 21 accounts' sales,
    // the average 4.8%) is weak by the Lanchester line, as every account here is, but not small among
    // its peers: no advice to reconsider it. One under half the average (0.5%) gets it.
    expect(d3).toMatchObject({ tier: "ordinary", regionalShare: "weak" });
    expect(d3?.note).not.toContain("区域占有弱");
    expect(d21).toMatchObject({ tier: "ordinary", regionalShare: "weak" });
    expect(d21?.note).toContain("区域占有弱：加大支持或重新评估");
  });

  it("measures every account with sales against its region's sales when no market share is given", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Region"],
      ["A", 450, "East"],
      ["B", 300, "East"],
      ["C", 250, "East"],
      ["D", 0, "East"],
    ]);
    expect(r.accounts.map((a) => [a.regionalShare, a.shareOfRegion])).toEqual([
      ["dominant", 0.45],
      ["strong", 0.3],
      ["competitive", 0.25],
      ["unknown", null],
    ]);
  });

  it("explains in Chinese and English", () => {
    const values = distributors(10);
    const zhR = tiers(values, undefined, zh);
    expect(zhR.accounts[0]?.reason).toBe("属于合计贡献前50%销售额的大客户之一；占销售额18.2%");
    // The one key place went to the revenue core: no place is left to compete for by score.
    expect(zhR.accounts[1]?.reason).toBe("得分88.9；占销售额16.4%；1个重点客户名额已满（销售额大户1家）");
    expect(tiers(values).accounts[1]?.reason).toBe(
      "Score 88.9; 16.4% of revenue; the one key place is taken (1 by revenue)",
    );
    // The score in the reason reads as its cell shows it (0.0_)): "得分48.0" beside 48.0, not "得分48".
    for (const [messages, word] of [
      [zh, "得分"],
      [en, "Score "],
    ] as const) {
      const r = tiers(distributors(60), undefined, messages);
      let whole = 0;
      for (const a of r.accounts) {
        if (!a.reason.startsWith(word)) continue;
        const cell = Math.round((a.score as number) * 10) / 10;
        if (Number.isInteger(cell)) whole++;
        expect(a.reason.slice(word.length).split(/[，；,;]| below| at/)[0]).toBe(cell.toFixed(1));
      }
      expect(whole).toBeGreaterThan(0);
    }
    // Where every place is taken, the reason says so, and by what: many places, overrides among them.
    const many: Cell[][] = [
      ["Distributor", "Revenue", "Tier Override"],
      ...Array.from({ length: 20 }, (_, i): Cell[] => [`D${i}`, 1000 - i * 10, i >= 18 ? "Key" : null]),
    ];
    const reasons = [tiers(many), tiers(many, undefined, zh)].map(
      (r) => r.accounts.find((a) => a.name === "D2")?.reason,
    );
    expect(reasons).toEqual([
      expect.stringMatching(/; all 2 key places are taken \(2 by override(, \d+ by revenue)?\)$/),
      expect.stringMatching(/；2个重点客户名额已满（手动指定2家(、销售额大户\d+家)?）$/),
    ]);
    expect(zhR.accounts[1]?.note).toBe(
      "年销售额9万元，占16.4%；接近重点客户线：奖励其发展行为，评估晋级重点客户（还差1万元）",
    );
  });
});

describe("last visits written day and month first or month first", () => {
  it("are read in the order the column's own cells show, and an undecided one says both readings", () => {
    const visits = (...cells: string[]): Cell[][] => [
      ["Distributor", "Revenue", "Last Visit"],
      ...cells.map((c, i) => [`D${i}`, 10_000 * (i + 1), c]),
    ];
    const us = tiers(visits("10/2/2024", "1/15/2025"));
    expect(us.findings.filter((f) => f.code === "value.notADate")).toEqual([]);
    // A start of the relationship the same way (a CRM's Customer Since).
    const since = tiers([
      ["Account Name", "Annual Revenue", "Customer Since"],
      ["A", 10_000, "9/1/2019"],
      ["B", 20_000, "12/20/2014"],
    ]);
    expect(since.findings.filter((f) => f.code === "value.notADate")).toEqual([]);
    expect(since.accounts[0]?.tenureYears).toBeCloseTo(5.83, 1);
    const undecided = tiers(visits("10/2/2024"));
    expect(undecided.findings.find((f) => f.code === "value.notADate")?.message).toBe(
      "Row 2: Last Visit '10/2/2024' could be 2 Oct 2024 or 10 Feb 2024 (nothing in the column says which comes first); write it year first (2024-10-02 for 2 Oct 2024). The next review counts from today.",
    );
    const zhVisits = tiers(visits("10/2/2024"), undefined, zh).findings;
    expect(zhVisits.find((f) => f.code === "value.notADate")?.message).toBe(
      "第2行：Last Visit“10/2/2024”可能是2024年10月2日，也可能是2024年2月10日（本列看不出月、日的先后）；请按年-月-日填写（如2024年10月2日写成2024-10-02）。下次复查从今天起算。",
    );
  });
});

describe("a customer by its status without a sale this period", () => {
  it("is said to have none, not to sell below the key-account gate", () => {
    const values: Cell[][] = [["经销商", "年销售额（万元）", "客户状态"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, i === 9 ? null : (i + 1) * 10, "合作中"]);
    const reason = tiers(values, undefined, zh).accounts[9]?.reason;
    expect(reason).toMatch(/^客户状态为“合作中”，视为现有客户；本期无销售；得分[\d.]+$/);
    expect(tiers(values).accounts[9]?.reason).toMatch(
      /^Customer by status '合作中'; no sales this period; score /,
    );
  });

  it("reads a status column that asks a yes or no (是否合作中, Active?): yes a customer, no left to the sales", () => {
    // Each 是 and 否 was a status not understood (a note a row), and an account marked active without a
    // sale this period a prospect.
    for (const [header, yes, no, messages] of [
      ["是否合作中", "是", "否", zh],
      ["Active?", "Yes", "No", en],
      ["Active", true, false, en],
    ] as const) {
      const r = tiers(
        [
          ["经销商", "销售额（元）", header],
          ["甲", 500_000, yes],
          ["乙", 300_000, no],
          ["丙", null, yes],
          ["丁", null, no],
          ["戊", 100_000, null],
        ],
        undefined,
        messages,
      );
      expect(r.header.mapping.status).toBe(2);
      expect(r.accounts.map((a) => a.tier)).toEqual(["key", "ordinary", "ordinary", "prospect", "ordinary"]);
      expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
      expect(r.accounts[2]?.reason).toMatch(
        messages === zh
          ? /^客户状态为“是否合作中：是”，视为现有客户；本期无销售；/
          : new RegExp(
              `^Customer by status '${header.replace("?", "\\?")}: ${String(yes).toUpperCase() === "TRUE" ? "TRUE" : yes}'; no sales this period;`,
            ),
      );
    }
    // Another answer is still said as not understood.
    const odd = tiers(
      [
        ["Dealer", "Sales", "Active?"],
        ["A", 100, "maybe"],
      ],
      undefined,
      en,
    );
    expect(odd.findings.map((f) => f.code)).toContain("value.unknownStatus");
  });
});

describe("a row whose status ends the relationship", () => {
  it("is left out, and said where it sold this period", () => {
    const values: Cell[][] = [
      ["客户名称", "本年累计销售额（万元）", "客户状态"],
      ["甲", 120, "正常"],
      ["乙", 80, "已注销"],
      ["丙", null, "停止合作"],
      ["丁", 10, "正常"],
    ];
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.name)).toEqual(["甲", "丁"]);
    const said = r.findings.filter((f) => f.code === "row.inactiveWithSales");
    expect(said).toEqual([
      {
        code: "row.inactiveWithSales",
        severity: "info",
        row: 3,
        column: "C",
        header: "客户状态",
        message:
          "第3行：客户状态为“已注销”，按停止合作跳过，不参与分级；但本期销售额80万元，未计入各项合计。如仍在合作，请更新状态后重新运行。",
      },
    ]);
  });
});

describe("a customer whose deliveries or credit are stopped (冻结, 暂停发货, Credit Hold)", () => {
  it("is tiered by its sales, its credit D, and warned: an ERP's 冻结 customer with 80万 of sales was left out", () => {
    const values: Cell[][] = [["客户名称", "年销售额（万元）", "客户状态", "信用等级"]];
    ["冻结", "正常", "暂停发货", "正常", "已解冻", "正常"].forEach((s, i) =>
      values.push([`客户${i + 1}`, 120 - 10 * i, s, "AAA"]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => [a.name, a.credit])).toEqual([
      ["客户1", "D"],
      ["客户2", "A"],
      ["客户3", "D"],
      ["客户4", "A"],
      ["客户5", "A"],
      ["客户6", "A"],
    ]);
    const said = r.findings.filter((f) => f.code === "status.hold");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([
      ["warning", 2, "C"],
      ["warning", 4, "C"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：客户状态为“冻结”：仍按客户分级；资信按D处理（现款现货，停止新增授信）。恢复供货或授信后请更新状态。",
    );
    // The key account on a hold is watched for its credit; its note says cash on delivery, not that it is
    // long overdue, nor to exceed its expectations.
    const key = r.accounts[0]!;
    expect(key).toMatchObject({ tier: "key", watchReasons: ["credit"] });
    // The note says why it is D, as the credit cell does: "资信D：现款现货" named no reason.
    expect(key.note).toContain("资信D（供货或授信冻结）：现款现货，解冻前不恢复赊销");
    expect(key.note).not.toMatch(/逾期|超越客户期望/);
    // The credit column and the watch list say what set the D (a bare D beside AAA and no days overdue).
    expect([0, 1, 2].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "D（供货或授信冻结）",
      "A",
      "D（供货或授信冻结）",
    ]);
    const watched = [...r.summary.watchList].find((w) => w.name === "客户1");
    expect(describeWatch(watched!, zh)).toBe("资信D（供货或授信冻结）");
    const english = tiers(
      [
        ["Customer", "Revenue", "Status", "Credit Rating"],
        ["C1", 100_000, "On Hold", "AAA"],
        ["C2", 50_000, "Active", "AAA"],
      ],
      undefined,
      en,
    );
    expect(creditLabelAt(english.table, 0, en)).toBe("D (on hold)");
  });

  it("says the hold in the note where no credit column shows a D (Blocked, 暂停发货: the note said routine service)", () => {
    const values: Cell[][] = [["Customer Name", "Revenue", "Status"]];
    // A CRM's On Hold too: it was an ending, the account with its sales left out of the plan.
    ["Blocked", "Active", "On Hold", "Active", "Unblocked", "Active"].forEach((s, i) =>
      values.push([`C${i + 1}`, 120_000 - 10_000 * i, s]),
    );
    const r = tiers(values);
    expect(r.findings.filter((f) => f.code === "status.hold").map((f) => f.row)).toEqual([2, 4]);
    expect(r.accounts).toHaveLength(6);
    expect(r.skipped).toEqual([]);
    const notes = r.accounts.map((a) => a.note);
    for (const k of [0, 2]) {
      expect(notes[k]).toContain("on hold: cash on delivery, no new credit until the hold is lifted");
      expect(notes[k]).not.toMatch(/service kept steady|exceed/);
    }
    for (const k of [1, 3, 4, 5]) expect(notes[k]).not.toContain("on hold");
    const zhNote = tiers(
      [
        ["客户名称", "年销售额", "客户状态"],
        ["甲", 100_000, "暂停发货"],
        ["乙", 50_000, "正常"],
      ],
      undefined,
      zh,
    ).accounts[0]!.note;
    expect(zhNote).toContain("供货或授信已冻结：现款现货，停止新增授信");
  });
});

describe("a volume column", () => {
  it("is the sales where no column gives them in money, written as a volume in its goods, never as money", () => {
    const values: Cell[][] = [["经销商", "年销量（吨）", "去年销量（吨）"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, (i + 1) * 100, (i + 1) * 80]);
    const r = tiers(values, undefined, zh);
    expect(r.findings.map((f) => f.code)).toEqual(["header.salesInVolume"]);
    expect(r.summary.currency).toBe("QTY");
    expect(r.summary.goods).toBe("吨");
    const top = r.accounts.find((a) => a.name === "客户9")!;
    expect(top.tier).toBe("key");
    expect(top.note).toMatch(/^年销量1,000吨，占18.2%，同比增长25%；/);
    expect(top.reason).toContain("占销量18.2%");
    expect(r.accounts.find((a) => a.name === "客户0")?.reason).toContain("销量低于重点客户门槛550吨");
    for (const a of r.accounts) expect([a.name, a.note, a.reason].join()).not.toMatch(/元|销售额/);
    // In English, and by the ten thousand cases.
    const en = tiers([
      ["Distributor", "Sales Volume (cases)"],
      ...Array.from({ length: 10 }, (_, i): Cell[] => [`D${i}`, (i + 1) * 10_000]),
    ]);
    const byTenThousand = tiers(
      [["经销商", "提货量（万箱）"], ...Array.from({ length: 10 }, (_, i): Cell[] => [`客户${i}`, i + 1])],
      undefined,
      zh,
    );
    expect(byTenThousand.accounts.find((a) => a.name === "客户9")?.note).toMatch(/^年销量10万箱，占18.2%；/);
    expect(en.accounts.find((a) => a.name === "D9")?.note).toMatch(/^Sales 100K cases \(18.2% of total\); /);
    expect(en.accounts.find((a) => a.name === "D9")?.reason).toContain("18.2% of volume");
  });

  it("gives no growth against last year's sales in money, and says so", () => {
    const values: Cell[][] = [["经销商", "年销量（吨）", "去年销售额（万元）"]];
    for (let i = 0; i < 10; i++) values.push([`客户${i}`, (i + 1) * 100, (i + 1) * 80]);
    const r = tiers(values, undefined, zh);
    const said = r.findings.find((f) => f.code === "header.measureMismatch");
    expect(said?.message).toBe(
      "“年销量（吨）”是按数量计的销量，“去年销售额（万元）”是金额：两者不可比，不计算同比与增长。请改用同一口径的上年列，再运行。",
    );
    for (const a of r.accounts) expect(a.note).not.toContain("同比");
    // A prior header that names no measure (上年同期 beside 本年销量) is taken in the sales' measure.
    const bare: Cell[][] = [["经销商", "本年销量", "上年同期"]];
    for (let i = 0; i < 10; i++) bare.push([`客户${i}`, (i + 1) * 110, (i + 1) * 100]);
    const same = tiers(bare, undefined, zh);
    expect(same.findings.map((f) => f.code)).not.toContain("header.measureMismatch");
    expect(same.accounts[0]?.growth).toBeCloseTo(0.1);
  });

  it("reads last year's sales, a change and a potential that state no unit in the sales' unit where their figures are of its order", () => {
    // 年销售额（万元） beside 去年销售额: read in yuan, every account grew about 10,000-fold.
    const wan: Cell[][] = [["经销商", "年销售额（万元）", "去年销售额", "市场容量"]];
    for (let i = 0; i < 10; i++) wan.push([`客户${i}`, (i + 1) * 11, (i + 1) * 10, (i + 1) * 200]);
    const r = tiers(wan, undefined, zh);
    expect(r.accounts.find((a) => a.name === "客户9")?.growth).toBeCloseTo(0.1);
    expect(r.accounts.find((a) => a.name === "客户9")?.note).toMatch(
      /^年销售额110万元，占18.2%，同比增长10%；/,
    );
    const said = r.findings.filter((f) => f.code === "header.unitOfSales");
    expect(said.map((f) => [f.column, f.row, f.severity])).toEqual([
      ["C", 1, "info"],
      ["D", 1, "info"],
    ]);
    expect(said[0]?.message).toBe(
      "“去年销售额”未注明单位，数值与“年销售额（万元）”同一量级，已按相同单位读取。如单位不同，请在表头注明后重新运行。",
    );
    // Last year's in yuan, as its figures show (10,000 times the sales'): read in yuan, unsaid.
    const yuan: Cell[][] = [["经销商", "年销售额（万元）", "去年销售额"]];
    for (let i = 0; i < 10; i++) yuan.push([`客户${i}`, (i + 1) * 11, (i + 1) * 100_000]);
    const y = tiers(yuan, undefined, zh);
    expect(y.accounts.find((a) => a.name === "客户9")?.growth).toBeCloseTo(0.1);
    expect(y.findings.map((f) => f.code)).not.toContain("header.unitOfSales");
    // In thousands of dollars, with a change in money beside them.
    const en: Cell[][] = [["Account", "Revenue ($K)", "Growth Amount"]];
    for (let i = 0; i < 10; i++) en.push([`D${i}`, (i + 1) * 120, (i + 1) * 20]);
    const e = tiers(en);
    expect(e.accounts.find((a) => a.name === "D9")?.growth).toBeCloseTo(0.2);
    expect(e.findings.filter((f) => f.code === "header.unitOfSales").map((f) => f.message)).toEqual([
      "'Growth Amount' states no unit; its figures are of the same order as 'Revenue ($K)', so they are read in its unit. If they are not, put the unit in the header and run again.",
    ]);
    // A prior column with a unit of its own keeps it; figures a thousand times apart then stop the run,
    // rather than grow every account 1,200-fold.
    const own: Cell[][] = [["Account", "Revenue ($K)", "PY Revenue ($)"]];
    for (let i = 0; i < 10; i++) own.push([`D${i}`, (i + 1) * 120, (i + 1) * 100]);
    const o = tiers(own);
    expect(o.accounts).toHaveLength(0);
    expect(o.findings.map((f) => f.code)).not.toContain("header.unitOfSales");
    expect(o.findings.find((f) => f.severity === "error")).toMatchObject({
      code: "header.unitsApart",
      row: 1,
      column: "B",
      message:
        "The figures in 'Revenue ($K)' are about 1,000 times those in 'PY Revenue ($)' (the median of 10 accounts): the two columns are probably in different units (one in yuan, the other in 万元, say, or one in thousands). Every account's growth would be wrong, so this run stops. Put both columns in one unit (or correct a header) and run again.",
    });
  });

  it("reads a balance and a credit limit that state no unit in the sales' unit where their figures are of its order", () => {
    // 应收余额 8 beside 销售额（万元）: "owes ¥8" on a distributor selling 1.5 million; it is 8万.
    const wan: Cell[][] = [["经销商", "年销售额（万元）", "信用额度", "应收余额"]];
    for (let i = 0; i < 10; i++) wan.push([`客户${i}`, i === 0 ? 0 : (i + 1) * 15, 50, i < 2 ? 8 : 60]);
    const r = tiers(wan, undefined, zh);
    expect(r.accounts.find((a) => a.name === "客户0")?.note).toMatch(/^本期无销售，应收余额8万元；/);
    // 60万 owed against a limit of 50万: over it, on eight rows; read in yuan alike, the same eight.
    expect(r.accounts.filter((a) => a.credit === "C").map((a) => a.name)).toHaveLength(8);
    expect(
      r.findings.filter((f) => f.code === "header.unitOfSales").map((f) => [f.column, f.message]),
    ).toEqual([
      [
        "C",
        "“信用额度”未注明单位，数值与“年销售额（万元）”同一量级，已按相同单位读取。如单位不同，请在表头注明后重新运行。",
      ],
      [
        "D",
        "“应收余额”未注明单位，数值与“年销售额（万元）”同一量级，已按相同单位读取。如单位不同，请在表头注明后重新运行。",
      ],
    ]);
    // A balance in yuan, as its figures show (thousands of times the sales'): read in yuan, unsaid.
    const yuan: Cell[][] = [["经销商", "年销售额（万元）", "应收余额"]];
    for (let i = 0; i < 10; i++) yuan.push([`客户${i}`, i === 0 ? 0 : (i + 1) * 15, 80_000]);
    const y = tiers(yuan, undefined, zh);
    expect(y.accounts.find((a) => a.name === "客户0")?.note).toMatch(/^本期无销售，应收余额8万元；/);
    expect(y.findings.map((f) => f.code)).not.toContain("header.unitOfSales");
  });
});

describe("the reason's place by score", () => {
  // 200 accounts, a few large ones (the revenue core takes about half the 20 places) and a score order that
  // differs from the revenue order (last year's sales and tenure vary).
  const values: Cell[][] = [["Distributor", "Revenue", "Prior-year revenue", "Years as partner"]];
  for (let i = 0; i < 200; i++) {
    const revenue = Math.round(1_000_000 / (i + 1));
    values.push([`D${i + 1}`, revenue, Math.round(revenue * (0.6 + ((i * 37) % 11) / 10)), (i * 7) % 15]);
  }

  it("is the place among the accounts competing for the places filled by score, beside how many there are", () => {
    const r = tiers(values);
    const byScore = r.accounts.filter((a) =>
      /^Score .*, place \d+ among the accounts competing/.test(a.reason),
    );
    // The half below the gate (the median account) competes for nothing: its reason says the gate.
    expect(byScore.length).toBeGreaterThan(50);
    const belowGate = r.accounts.filter((a) => a.reason.includes("below the key-account gate"));
    expect(belowGate.length).toBeGreaterThan(50);
    for (const a of belowGate) expect(a.reason).toMatch(/^Score [\d.]+;/);
    const places = new Set<number>();
    const seen = new Set<number>();
    for (const a of byScore) {
      const [, place, of] =
        /place (\d+) among the accounts competing for the (\d+) key places? filled by score/.exec(a.reason) ??
        [];
      places.add(Number(of));
      seen.add(Number(place));
      // No previous run, so no band: key exactly when its place is within the places.
      expect(a.tier === "key").toBe(Number(place) <= Number(of));
    }
    expect(places.size).toBe(1);
    // Each place is said once: the places run 1, 2, 3, … over the competitors.
    expect(seen.size).toBe(byScore.length);
    expect(Math.max(...seen)).toBe(byScore.length);
    // An ordinary account's reason no longer repeats how the key places were filled.
    const ordinary = byScore.find((a) => a.tier === "ordinary");
    expect(ordinary?.reason).not.toMatch(/key accounts:/);
  });

  it("is worded in Chinese as a manager reads a ranking", () => {
    const r = tiers(values, undefined, zh);
    const key = r.accounts.find((a) => a.tier === "key" && a.reason.includes("重点名额"));
    expect(key?.reason).toMatch(/^得分[\d.]+，在按得分竞争重点名额的客户中排第\d+位（共\d+个名额）/);
  });
});

describe("bad input is data", () => {
  it("reports a sheet with no recognisable header", () => {
    const r = tiers([
      [1, 2],
      [3, 4],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([["header.notFound", "error"]]);
    expect(r.accounts).toEqual([]);
  });

  it("reports an empty sheet", () => {
    expect(tiers([]).findings[0]?.code).toBe("sheet.empty");
  });

  it("reports a header with no distributor under it (a blank template, or only rows that are none) as an error on its row", () => {
    for (const values of [
      [["经销商名称", "年度销售额"]],
      [["Ledger 2025"], [], ["经销商名称", "年度销售额"], [], [null, ""]],
    ]) {
      const r = tiers(values as Cell[][], undefined, zh);
      expect(r.findings.map((f) => [f.code, f.severity, f.row])).toEqual([
        ["sheet.noRows", "error", values.length === 1 ? 1 : 3],
      ]);
      expect(r.findings[0]?.message).toContain("表头下没有经销商数据");
      expect(r.accounts).toEqual([]);
    }
    // Rows under it, none an account (a totals row, ended relationships): each said, and the run stops.
    const none = tiers(
      [
        ["经销商名称", "年度销售额", "客户状态"],
        ["杭州华信商贸", 20, "停止合作"],
        ["合计", 20, null],
      ],
      undefined,
      zh,
    );
    const errors = none.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.row])).toEqual([["sheet.noAccounts", 1]]);
    expect(errors[0]?.message).toBe(
      "第1行表头下的各行都不是要分级的客户（原因见各行的提示）：没有可分级的客户，未写入任何内容。",
    );
    expect(none.findings.map((f) => f.row)).toEqual(expect.arrayContaining([2, 3]));
    // Each row keeps its reason to be skipped (the report and the pane list them).
    expect(none.skipped.map((x) => x.row)).toEqual([2, 3]);
    // One row under it is enough, and a run on it stands.
    const one = tiers([
      ["Distributor", "Revenue"],
      ["A", 1],
    ]);
    expect(one.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(one.accounts).toHaveLength(1);
    expect(tiers([["Distributor", "Revenue"]]).findings[0]?.message).toBe(
      "Row 1 is the header, and no distributor rows follow it: there is nothing to tier, and nothing was written. Fill in the distributors, then run again.",
    );
  });

  it("reports invalid rules as errors naming the setting, and runs with the defaults", () => {
    const r = tiers(distributors(10), {
      tiering: { keyShare: 2, method: "magic" },
      time: { share: { key: 0.9 } },
    });
    expect(r.findings.filter((f) => f.code === "rules.invalid").map((f) => f.setting)).toEqual([
      "tiering.method",
      "tiering.keyShare",
      "time.share",
    ]);
    expect(r.rules.tiering.keyShare).toBe(0.1);
  });

  it("takes the rules' currency for sales whose sheet states none, and only there", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue"],
      ...Array.from({ length: 10 }, (_, i): Cell[] => [`D${i}`, 120_000 - i * 10_000]),
    ];
    const usd = tiers(values, { sales: { currency: "USD" } });
    expect(usd.summary.currency).toBe("USD");
    // Chosen, it is not said again; the notes give the amounts in it.
    expect(usd.findings.map((f) => f.code)).not.toContain("header.noCurrency");
    expect(usd.accounts[0]?.note).toMatch(/^Sales \$120K/);
    const zhR = tiers([["经销商名称", "年销售额"], ...values.slice(1)], { sales: { currency: "HKD" } }, zh);
    expect(zhR.accounts[0]?.note).toMatch(/^年销售额12万港元/);
    // A header that names its currency keeps it, whatever the rules say.
    const named = tiers([["Distributor", "Revenue (EUR)"], ...values.slice(1)], {
      sales: { currency: "USD" },
    });
    expect(named.summary.currency).toBe("EUR");
    // By default: yuan, said under an English header.
    const plain = tiers(values);
    expect(plain.summary.currency).toBe("CNY");
    expect(plain.findings.map((f) => f.code)).toContain("header.noCurrency");
    // A currency noted above the header is the sales' (they were read as yuan, "said" to state none).
    const noted = tiers([["Dealer sales report"], ["Currency: USD"], ...values]);
    expect(noted.summary.currency).toBe("USD");
    expect(noted.findings.map((f) => f.code)).not.toContain("header.noCurrency");
    expect(noted.accounts[0]?.note).toMatch(/^Sales \$120K/);
    const zhNoted = tiers([["币种：美元"], ["经销商名称", "年销售额"], ...values.slice(1)], undefined, zh);
    expect(zhNoted.accounts[0]?.note).toMatch(/^年销售额12万美元/);
    // A currency alone states no magnitude: last year's beside 年销售额（万美元） is still read in its 万,
    // and sales in small figures with no unit are still said to be taken as they stand.
    const wan: Cell[][] = [["币种：美元"], ["经销商", "年销售额（万美元）", "去年销售额"]];
    for (let i = 0; i < 10; i++) wan.push([`客户${i}`, (i + 1) * 11, (i + 1) * 10]);
    const inWan = tiers(wan, undefined, zh);
    expect(inWan.accounts.find((a) => a.name === "客户9")?.growth).toBeCloseTo(0.1);
    expect(inWan.findings.map((f) => f.code)).toContain("header.unitOfSales");
    const small: Cell[][] = [["币种：美元"], ["经销商", "年销售额"]];
    for (let i = 0; i < 10; i++) small.push([`客户${i}`, (i + 1) * 11]);
    const bare = tiers(small, undefined, zh);
    expect(bare.findings.map((f) => f.code)).toEqual(
      tiers(small.slice(1), undefined, zh).findings.map((f) => f.code),
    );
    expect(bare.findings.map((f) => f.code)).toContain("header.unitAssumed");
    // Not a currency the amounts can be written in: the rules say so, and yuan stands.
    const odd = tiers(values, { sales: { currency: "SGD" } });
    expect(odd.findings.find((f) => f.code === "rules.invalid")?.setting).toBe("sales.currency");
    expect(odd.summary.currency).toBe("CNY");
  });

  it("says what a last visit or a tenure that cannot be read means, each in its own words", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Last Visit", "Years as Partner"],
      ["Alpha", 100, "yesterday", "a long time"],
      ["Bravo", 90, "2025-03-05 14:30", "since 2019"],
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      "'Revenue' states no currency, nor do its cells: the sales are read as yuan (¥). If they are in another, put it in the header ('Revenue (USD)', 'Revenue (EUR)') or choose it under More rules (sales.currency in a rules file), and run again.",
      "Row 2: Years as Partner 'a long time' is neither a number of years nor a start year or date; ignored.",
      "Row 2: Last Visit 'yesterday' is not a date (write it as 2025-03-05); the next review counts from today.",
    ]);
    // The export's date-time is read: Bravo, an ordinary account, is due a quarter after that visit.
    expect(r.accounts.find((a) => a.name === "Bravo")?.nextReview).toBe("2025-06-05");
  });

  it("counts a last visit after today (a year typed wrong) from today, and a start after it as none, saying so", () => {
    const visits = (d: Cell): Cell[][] => [
      ["经销商名称", "年销售额", "上次拜访日期"],
      ["甲", 100, "2025-01-10"],
      ["乙", 90, d],
    ];
    const tomorrow = new Date(AS_OF.getTime() + 86_400_000).toISOString().slice(0, 10);
    const later = tiers(visits(tomorrow), undefined, zh);
    const today = AS_OF.toISOString().slice(0, 10);
    expect(later.findings.map((f) => [f.code, f.row, f.column])).toEqual([["value.futureVisit", 3, "C"]]);
    expect(later.findings[0]?.message).toMatch(new RegExp(`^第3行：上次拜访日期“${tomorrow}”晚于今天（`));
    // Counted from today: the same review as with no visit at all, not a quarter after the typed day.
    expect(later.accounts[1]?.nextReview).toBe(tiers(visits(null)).accounts[1]?.nextReview);
    // Today's visit is a visit, said nothing of.
    expect(tiers(visits(today)).findings).toEqual([]);
    // A start of the partnership after today is none yet (it read as 0 years, unsaid).
    const start: Cell[][] = [
      ["经销商名称", "年销售额", "合作开始时间"],
      ["甲", 100, new Date(AS_OF.getTime() + 40 * 86_400_000)],
      ["乙", 90, today],
    ];
    const begun = tiers(start, undefined, zh);
    expect(begun.accounts.map((a) => a.tenureYears)).toEqual([null, 0]);
    expect(begun.findings.map((f) => [f.code, f.row, f.column])).toEqual([["value.futureStart", 2, "C"]]);
    expect(begun.findings[0]?.message).toMatch(
      /^第2行：合作开始时间“2025-08-09”晚于今天（2025年6月30日），合作尚未开始/,
    );
  });

  it("reads a competitor column's 无 as none and its 有 or a name as a competitor's customer", () => {
    const r = tiers(
      [
        ["经销商名称", "年销售额", "竞品合作"],
        ["甲", 0, "无"],
        ["乙", 0, "有"],
        ["丙", 0, "某品牌"],
        ["丁", 0, null],
        ["戊", 100, "无"],
      ],
      undefined,
      zh,
    );
    expect(Array.from(r.table.competitor)).toEqual([0, 1, 1, 0, 0]);
    expect(r.findings).toEqual([]);
  });

  it("stops on formulas saved without results in a column it reads, once a column, in both languages", () => {
    const rows: Cell[][] = [
      ["Distributor", "Revenue", "Region", "Notes"],
      ["Alpha", { formula: "E2*F2" }, "East", { formula: "G2" }],
      ["Bravo", 120, { formula: 'IF(H3="","East",H3)' }, null],
      ["Charlie", { formula: "" }, "West", null],
      ["Total", { formula: "SUM(B2:B4)" }, null, null],
    ];
    const r = tiers(rows);
    // The unread Notes column and the total row's =SUM (a row the run leaves out) say nothing.
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.header])).toEqual([
      ["value.uncalculated", "error", 2, "B", "Revenue"],
      ["value.uncalculated", "error", 3, "C", "Region"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "Row 2: Revenue is a formula (=E2*F2) whose result the file does not keep (2 such cells in this " +
        "column): the program that wrote the file does not calculate formulas. Open the workbook in Excel, " +
        "save it, and run again.",
    );
    expect(r.accounts).toEqual([]);
    expect(tiers(rows, undefined, zh).findings[1]?.message).toBe(
      '第3行：Region是公式（=IF(H3="","East",H3)），文件中没有保存它的计算结果；写出该文件的程序不计算公式。' +
        "请先用 Excel 或 WPS 打开并保存，再运行。",
    );
    // A reader that vouches for calculated values (Office.js) spares the look.
    const vouched = tierAccounts({
      grid: { values: [rows[0]!, ...rows.slice(2)], origin: { row: 0, column: 0 }, calculated: true },
      messages: en,
      asOf: AS_OF,
    });
    expect(vouched.findings.filter((f) => f.code === "value.uncalculated")).toEqual([]);
    // A long formula is cut in the message.
    rows[1]![1] = { formula: `SUM(${"A1,".repeat(30)}A2)` };
    expect(tiers(rows).findings[0]?.message).toMatch(/\(=SUM\(A1,A1,[A1,]+…\)/);
  });

  it("looks for unsaved formulas in every month of sales it adds up, not only the first", () => {
    const r = tiers([
      ["Distributor", "Jan Sales", "Feb Sales", "Mar Sales"],
      ["Alpha", 10, 20, { formula: "SUM(E2:G2)" }],
      ["Bravo", 10, 20, 30],
    ]);
    expect(r.findings.map((f) => [f.code, f.row, f.column, f.header])).toEqual([
      ["header.revenueSummed", 1, "B", "Jan Sales"],
      ["value.uncalculated", 2, "D", "Mar Sales"],
    ]);
    expect(r.accounts).toEqual([]);
  });
});

describe("columns mapped by hand", () => {
  it("refuses two fields on one column, naming the column and both fields, in either language", () => {
    const rows = distributors(5, (i) => [i % 2 ? "East" : "West"], ["Region"]);
    const input = (messages: typeof en) =>
      tierAccounts({
        grid: { values: rows, origin: { row: 0, column: 0 } },
        messages,
        asOf: AS_OF,
        mapping: { name: "A", region: "Distributor" },
      });
    const found = input(en).findings.filter((f) => f.code === "mapping.conflict");
    expect(found).toEqual([
      {
        code: "mapping.conflict",
        severity: "error",
        setting: "mapping.region",
        column: "A",
        header: "Distributor",
        message: expect.stringMatching(
          /^The column 'Distributor' is chosen for both .+ and .+: choose a column/,
        ),
      },
    ]);
    expect(input(zh).findings.find((f) => f.code === "mapping.conflict")?.message).toMatch(
      /^“Distributor”列同时被指定为.+和.+：请为每一项指定不同的列。$/,
    );
  });
});

describe("sales of part of a year (a ledger updated each month)", () => {
  const ledger = (current: string, prior: string, pace: (i: number) => number): Cell[][] => [
    ["经销商名称", current, prior, "负责人"],
    ...Array.from({ length: 30 }, (_, i): Cell[] => {
      const last = 100 + i * 37;
      return [`经销商${i + 1}`, Math.round(last * pace(i) * 10) / 10, last, `业务员${i % 3}`];
    }),
  ];

  it("compares 1-10月 with last year's twelve pro rata, says so, and names the months in the note", () => {
    // Every account sells at last year's monthly pace: no growth, no fall.
    const r = tiers(
      ledger("2025年1-10月销售额（万元）", "2024年销售额（万元）", () => 10 / 12),
      undefined,
      zh,
    );
    for (const a of r.accounts) expect(Math.abs(a.growth ?? 1)).toBeLessThan(0.002);
    expect(r.accounts.every((a) => a.watchReasons.length === 0)).toBe(true);
    expect(r.findings.find((f) => f.code === "header.periodProrated")?.message).toBe(
      "“2025年1-10月销售额（万元）”是10个月的销售额，“2024年销售额（万元）”是12个月的：计算同比时，上年销售额按10/12折算（按各月销售均匀计）。",
    );
    expect(r.accounts[0]?.note).toMatch(/^1-10月销售额\d/);
  });

  it("takes the months from a report's title where the sales column names none, and says where", () => {
    // 管家婆's 销售单位排行 over January to November, beside last year's twelve months: every account at
    // last year's pace "fell" by a twelfth, and 本年累计 (to date, no months) gave no growth at all.
    const report = (current: string): Cell[][] => [
      ["销售单位排行榜"],
      ["日期：2025-01-01 至 2025-11-30"],
      ...ledger(current, "上年销售额", () => 11 / 12),
    ];
    for (const current of ["销售金额", "本年累计销售额"]) {
      const r = tiers(report(current), undefined, zh);
      for (const a of r.accounts) expect([current, Math.abs(a.growth ?? 1) < 0.002]).toEqual([current, true]);
      expect(r.findings.find((f) => f.code === "header.periodProrated")).toMatchObject({
        row: 3,
        message: `“${current}”是11个月的销售额（据第2行“日期：2025-01-01 至 2025-11-30”），“上年销售额”是12个月的：计算同比时，上年销售额按11/12折算（按各月销售均匀计）。`,
      });
      expect(r.findings.some((f) => f.code === "header.periodUnknown")).toBe(false);
      expect(r.accounts[0]?.note).toMatch(/^1-11月销售额\d/);
    }
    const inEnglish = tiers(report("Sales"));
    expect(inEnglish.findings.find((f) => f.code === "header.periodProrated")?.message).toBe(
      "'Sales' covers 11 months (by row 2: '日期：2025-01-01 至 2025-11-30') and '上年销售额' 12: year-on-year growth compares them pro rata, last year's sales counted at 11/12 (as if every month sold alike).",
    );
  });

  it("keeps a column's own span, or its whole year, over the title's months", () => {
    const report = (current: string, title = "日期：2025-01-01 至 2025-11-30"): Cell[][] => [
      [title],
      ...ledger(current, "上年销售额", () => 1),
    ];
    // A whole year by its words (年销售额, 全年), another year than the title's, or months of its own.
    for (const current of ["年销售额", "全年销售额", "2024年销售额", "1-10月销售额"]) {
      const r = tiers(report(current), undefined, zh);
      const prorated = r.findings.find((f) => f.code === "header.periodProrated")?.message ?? "";
      expect([current, prorated.includes("据第")]).toEqual([current, false]);
    }
    // No title, or one of no span: as before (to date without months against a whole year: no growth).
    for (const title of ["经销商台账", "2025年10月销售例会"]) {
      const r = tiers(report("本年累计销售额", title), undefined, zh);
      expect([title, r.findings.some((f) => f.code === "header.periodUnknown")]).toEqual([title, true]);
    }
  });

  it("tiers a ledger kept by month on the months' sum, not on January, and says so once", () => {
    const months = Array.from({ length: 10 }, (_, k) => `${k + 1}月销售额（万元）`);
    // 甲 sells little in January and much after; 乙 the other way round: January alone ranks them wrongly.
    const rows: Cell[][] = [
      ["经销商名称", "2024年销售额（万元）", ...months],
      ["甲", 100, 1, ...Array.from({ length: 9 }, () => 20)],
      ["乙", 100, 50, ...Array.from({ length: 9 }, () => 1)],
      ["丙", 100, "12.5", 2, null, 3, "", 1, 1, 1, 1, 1],
      ["丁", 100, "待核", 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ["戊", 100, null, null, null, null, null, null, null, null, null, null],
      ["己", 100, -5, 1, null, null, null, null, null, null, null, null],
      ...Array.from({ length: 15 }, (_, i): Cell[] => [`其他${i}`, 50, ...months.map(() => 2 + i / 10)]),
    ];
    const r = tiers(rows, undefined, zh);
    const revenue = (name: string) => r.accounts.find((a) => a.name === name)?.revenue;
    expect(revenue("甲")).toBe((1 + 9 * 20) * 10_000);
    expect(revenue("乙")).toBe((50 + 9) * 10_000);
    // Text numbers are read, blanks count nothing.
    expect(revenue("丙")).toBe((12.5 + 2 + 3 + 5) * 10_000);
    // A part that is no number is left out and said, with its row and column.
    expect(revenue("丁")).toBe(36 * 10_000);
    const bad = r.findings.find((f) => f.code === "value.notANumber");
    expect([bad?.row, bad?.column, bad?.header]).toEqual([5, "C", "1月销售额（万元）"]);
    expect(bad?.message).toContain("已忽略该值");
    // No month at all: no sales this period.
    expect(tierOf(r, "戊")).toBe("prospect");
    // Returns beyond the sales: the sum is negative, said by its months, and counts as no sales.
    const negative = r.findings.find((f) => f.code === "value.negative");
    expect([negative?.row, negative?.column, tierOf(r, "己")]).toEqual([7, "C", "prospect"]);
    expect(negative?.message).toBe(
      "第7行：1月销售额（万元）…10月销售额（万元）“-4万元”为负数；按无销售额处理。",
    );
    expect(tierOf(r, "甲")).toBe("key");
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    expect(r.findings.find((f) => f.code === "header.revenueSummed")?.message).toBe(
      "表中没有合计列，销售额按“1月销售额（万元）”至“10月销售额（万元）”共10列相加。如只按其中一列分级，请在列映射中把该列指定为销售额。",
    );
    // Ten months against last year's twelve: compared pro rata, and the note names the months.
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(true);
    expect(r.accounts.find((a) => a.name === "甲")?.note).toMatch(/^1-10月销售额181万元/);
  });

  it("tiers this year's quarters, not last year's sales beside them, and says which is which", () => {
    // An English export: the quarters of 2025 by their headers alone, and FY2024's sales beside them.
    // The largest account of 2024 (A) sells least in 2025: tiered by 2024 it was the key account.
    const rows: Cell[][] = [
      ["Distributor", "Q1 2025", "Q2 2025", "Q3 2025", "FY2024 Sales"],
      ["A", 1_000, 1_000, 1_000, 900_000],
      ...Array.from({ length: 9 }, (_, i): Cell[] => [`D${i}`, 50_000, 50_000, 50_000 + i, 200_000]),
    ];
    const r = tiers(rows);
    expect(tierOf(r, "A")).toBe("ordinary");
    expect(r.accounts.find((a) => a.name === "A")?.revenue).toBe(3_000);
    const said = r.findings.find((f) => f.code === "header.priorBesideParts");
    expect([said?.severity, said?.row, said?.column, said?.header]).toEqual(["info", 1, "E", "FY2024 Sales"]);
    expect(said?.message).toBe(
      "'Q1 2025' to 'Q3 2025' are this year's and 'FY2024 Sales' the year before's: it is taken as last year's sales, for the year-on-year change. Correct the mapping if that is wrong.",
    );
    expect(
      tiers(rows, undefined, zh).findings.find((f) => f.code === "header.priorBesideParts")?.message,
    ).toBe(
      "“Q1 2025”至“Q3 2025”是本年的销售额，“FY2024 Sales”是上一年的，已作为上年销售额计算同比。如不对，请在列映射中更正。",
    );
    // Nine months against last year's twelve: compared pro rata (A fell by 99.6%, not 99.7%).
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(true);
    expect(r.accounts.find((a) => a.name === "A")?.note).toMatch(/-99\.6%/);
  });

  it("takes twelve months filled in as the year goes as the year so far, against the same months", () => {
    const months = (year: number) => Array.from({ length: 12 }, (_, k) => `${year}年${k + 1}月销售额`);
    // Every account sells 10 a month both years; November and December of 2025 are still to come.
    const soFar = (n: number): Cell[] => Array.from({ length: 12 }, (_, k) => (k < n ? 10 : null));
    const rows: Cell[][] = [
      ["经销商名称", ...months(2024), ...months(2025)],
      ...Array.from({ length: 12 }, (_, i): Cell[] => [`经销商${i + 1}`, ...soFar(12), ...soFar(10)]),
    ];
    const r = tiers(rows, undefined, zh);
    // Ten months against the same ten: no fall, no watch list.
    for (const a of r.accounts) expect([a.name, a.growth]).toEqual([a.name, expect.closeTo(0, 9)]);
    expect(r.accounts.every((a) => a.watchReasons.length === 0)).toBe(true);
    expect(r.accounts[0]?.note).toMatch(/^1-10月销售额100元/);
    // One year's months beside last year's total: ten months against twelve, pro rata, said.
    const single = tiers(
      [
        ["经销商名称", ...months(2025).map((h) => h.slice(5)), "上年销售额"],
        ...Array.from({ length: 12 }, (_, i): Cell[] => [`经销商${i + 1}`, ...soFar(10), 120]),
      ],
      undefined,
      zh,
    );
    for (const a of single.accounts) expect([a.name, a.growth]).toEqual([a.name, expect.closeTo(0, 9)]);
    // Said of the months filled, not of January's column alone.
    expect(single.findings.find((f) => f.code === "header.periodProrated")?.message).toContain(
      "“1月销售额…10月销售额”是10个月的销售额，“上年销售额”是12个月的",
    );
  });

  it("prorates last year's figure typed with its own unit as it does a plain one", () => {
    // Two months of sales against last year's twelve, at last year's pace: 1.5万 a month both years. One
    // prior typed "18万" (its own unit), one "18" as text, the rest plain 18: each no growth. "18万" was
    // set against the two months unprorated, a fall of 83%.
    const rows: Cell[][] = [["经销商名称", "1-2月销售额（万元）", "上年销售额（万元）"]];
    for (let i = 0; i < 12; i++) rows.push([`经销商${i + 1}`, 3, i === 0 ? "18万" : i === 1 ? "18" : 18]);
    const r = tiers(rows, undefined, zh);
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(true);
    for (const a of r.accounts) expect([a.name, a.growth]).toEqual([a.name, expect.closeTo(0, 9)]);
  });

  it("names the months, not January, where the summed sales hold nothing", () => {
    const r = tiers(
      [
        ["经销商名称", "1月销售额", "2月销售额", "3月销售额"],
        ["甲", null, null, null],
        ["乙", null, 0, null],
      ],
      undefined,
      zh,
    );
    expect(r.findings.find((f) => f.code === "tier.noSales")?.message).toBe(
      "1月销售额…3月销售额中没有大于零的销售额：所有客户均列为意向客户。",
    );
  });

  it("compares this year's months with last year's same months, summed alike, and says both", () => {
    const r = tiers(
      [
        ["Distributor", "Jan 2024", "Feb 2024", "Jan 2025", "Feb 2025"],
        ["Alpha", 100, 100, 150, 150],
        ["Bravo", 100, "oops", 50, 50],
        ["Charlie", 100, 100, 100, 100],
      ],
      undefined,
    );
    const growth = (name: string) => r.accounts.find((a) => a.name === name)?.growth;
    expect(growth("Alpha")).toBeCloseTo(0.5);
    expect(growth("Charlie")).toBeCloseTo(0);
    // Last year's unreadable month is left out of last year's sum, and said; this year's sales stand.
    expect(growth("Bravo")).toBeCloseTo(0);
    expect(r.findings.find((f) => f.code === "value.notANumber")).toMatchObject({ row: 3, column: "C" });
    expect(r.findings.filter((f) => f.code === "header.revenueSummed").map((f) => f.message)).toEqual([
      "Sales are the sum of the 2 columns from 'Jan 2025' to 'Feb 2025': the sheet has no column for their total. To tier on one of them alone, map it as the sales column.",
      "Last year's sales are the sum of the 2 columns from 'Jan 2024' to 'Feb 2024', compared month for month.",
    ]);
    // Two months against the same two: nothing to prorate.
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(false);
  });

  it("says a monthly or daily average, a month or a quarter as the header does, never as a year's sales", () => {
    // 月均 at last year's pace: a twelfth of last year's sales, no growth.
    const r = tiers(
      ledger("月均销售额（万元）", "去年销售额（万元）", () => 1 / 12),
      undefined,
      zh,
    );
    for (const a of r.accounts) expect([a.name, a.growth]).toEqual([a.name, expect.closeTo(0, 2)]);
    expect(r.accounts[0]?.note).toMatch(/^月均销售额\d/);
    expect(r.findings.find((f) => f.code === "header.periodProrated")?.message).toBe(
      "“月均销售额（万元）”是月均数，“去年销售额（万元）”是12个月的合计：计算同比时，上年销售额也折算为月均（按各月销售均匀计）。",
    );
    const cases: [string, RegExp, "zh" | "en"][] = [
      ["本月销售额（万元）", /^月销售额\d/, "zh"],
      ["季度回款（万元）", /^季度销售额\d/, "zh"],
      ["日均销量（箱）", /^日均销量\d/, "zh"],
      ["Avg Monthly Revenue", /^Monthly avg sales ¥/, "en"],
      ["Quarterly Sales", /^Quarterly sales ¥/, "en"],
    ];
    for (const [header, note, language] of cases) {
      const values = ledger(header, "Prior", () => 1).map((row) => row.slice(0, 2).concat(row.slice(3)));
      const run = tiers(values, undefined, language === "zh" ? zh : en);
      expect([header, run.accounts[0]?.note]).toEqual([header, expect.stringMatching(note)]);
    }
  });

  it("compares like spans as they are, and names the months in English too", () => {
    const r = tiers(
      ledger("Sales Jan-Oct 2025", "Sales Jan-Oct 2024", () => 1.1),
      undefined,
      en,
    );
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(false);
    expect(r.accounts[0]?.growth).toBeCloseTo(0.1, 2);
    expect(r.accounts[0]?.note).toMatch(/^Jan-Oct sales ¥/);
  });

  it("takes 去年同期 (the same period last year) as the same months", () => {
    for (const [current, prior] of [
      ["2025年1-10月销售额（万元）", "去年同期销售额（万元）"],
      ["Sales Jan-Oct 2025", "Sales same period LY"],
      ["Sales Jan-Oct 2025", "PYTD Sales"],
    ] as const) {
      const r = tiers(
        ledger(current, prior, () => 1.1),
        undefined,
        zh,
      );
      expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(false);
      expect(r.accounts[0]?.growth).toBeCloseTo(0.1, 2);
    }
  });

  it("computes no growth from sales to date without their months against a whole year, and says so", () => {
    // 本年累计 at October, at last year's pace: compared as written, every account "fell" by a sixth.
    const r = tiers(
      ledger("本年累计（万元）", "上年销售额（万元）", () => 10 / 12),
      undefined,
      zh,
    );
    expect(r.accounts.every((a) => a.growth === null && a.watchReasons.length === 0)).toBe(true);
    expect(r.findings.find((f) => f.code === "header.periodUnknown")?.message).toBe(
      "“本年累计（万元）”是年初至今的累计销售额，没有写明截至几月；“上年销售额（万元）”是全年的：两者不可比，不计算同比与增长。请在表头写明月份（如“1-10月累计”），或改用上年同期的列，再运行。",
    );
    // Against the same period, or for a whole year's total, they compare as before.
    for (const [current, prior] of [
      ["本年累计（万元）", "上年同期（万元）"],
      ["全年累计销售额（万元）", "上年销售额（万元）"],
      ["YTD Sales", "LYTD Sales"],
      // Last year's to date beside this year's to date or months: each year's same span (Prior YTD was
      // read as a whole year, and every row's growth dropped).
      ["YTD Sales ($)", "Prior YTD Sales ($)"],
      ["YTD Sales", "Last Year YTD Sales"],
      ["Sales YTD 2025", "Sales YTD 2024"],
      ["本年累计（万元）", "上年累计（万元）"],
      ["本年累计（万元）", "去年累计销售额（万元）"],
      ["1-10月销售额（万元）", "上年累计（万元）"],
    ] as const) {
      const same = tiers(
        ledger(current, prior, () => 1.1),
        undefined,
        zh,
      );
      expect([current, prior, same.findings.some((f) => f.code === "header.periodUnknown")]).toEqual([
        current,
        prior,
        false,
      ]);
      expect([current, prior, same.accounts[0]?.growth?.toFixed(2)]).toEqual([current, prior, "0.10"]);
    }
    // Last year's whole year however cumulated (全年累计) stays a whole year.
    for (const prior of ["上年全年累计（万元）", "上年度累计销售额（万元）"]) {
      const whole = tiers(
        ledger("本年累计（万元）", prior, () => 10 / 12),
        undefined,
        zh,
      );
      expect([prior, whole.findings.some((f) => f.code === "header.periodUnknown")]).toEqual([prior, true]);
    }
  });

  it("names sales to date as such in the notes, and a past year's total as a year's", () => {
    // AS_OF's year: 本年累计 is this year so far; 2023年累计 is a closed year's total.
    const toDate = tiers(
      ledger("本年累计（万元）", "上年同期（万元）", () => 1.1),
      undefined,
      zh,
    );
    expect(toDate.accounts[0]?.note).toMatch(/^本年累计销售额\d/);
    const english = tiers(
      ledger("YTD Sales", "LYTD Sales", () => 1.1),
      undefined,
      en,
    );
    expect(english.accounts[0]?.note).toMatch(/^Year-to-date sales ¥/);
    const past = tiers(
      ledger("2023年累计销售额（万元）", "2022年销售额（万元）", () => 1.1),
      undefined,
      zh,
    );
    expect(past.accounts[0]?.note).toMatch(/^年销售额\d/);
    expect(past.findings.some((f) => f.code === "header.periodUnknown")).toBe(false);
    expect(past.accounts[0]?.growth).toBeCloseTo(0.1, 2);
  });

  it("keeps a whole year's wording and figures where both columns are whole years", () => {
    const r = tiers(
      ledger("2025年销售额（万元）", "2024年销售额（万元）", () => 1),
      undefined,
      zh,
    );
    expect(r.findings.some((f) => f.code === "header.periodProrated")).toBe(false);
    expect(r.accounts[0]?.note).toMatch(/^年销售额/);
  });

  it("shows no growth and puts no key account on the watch list for sales at last year's pace, whatever the span", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), (to) => {
        const r = tiers(ledger(`2025年1-${to}月销售额`, "2024年销售额", () => to / 12));
        expect(salesPeriodOf(`2025年1-${to}月销售额`)?.months).toBe(to);
        for (const a of r.accounts) {
          expect(Math.abs(a.growth ?? 1)).toBeLessThan(0.01);
          expect(a.watchReasons).not.toContain("falling");
        }
      }),
      { numRuns: 11 },
    );
  });
});

describe("a region written two ways", () => {
  it("is one region, shown as first written, and said once a way", () => {
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "所属区域"],
        ["甲", 500, "华东"],
        ["乙", 300, "华东区"],
        ["丙", 200, " 华东大区"],
        ["丁", 100, "华东区"],
        ["戊", 400, "江苏省"],
        ["己", 50, "江苏"],
        ["庚", 80, "浦东新区"],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => a.region)).toEqual([
      "华东",
      "华东",
      "华东",
      "华东",
      "江苏省",
      "江苏省",
      "浦东新区",
    ]);
    expect(r.findings.filter((f) => f.code === "value.regionVariant").map((f) => [f.row, f.message])).toEqual(
      [
        [3, "第3行：所属区域“华东区”与前面的“华东”是同一区域的不同写法，按“华东”统计。"],
        [4, "第4行：所属区域“华东大区”与前面的“华东”是同一区域的不同写法，按“华东”统计。"],
        [7, "第7行：所属区域“江苏”与前面的“江苏省”是同一区域的不同写法，按“江苏省”统计。"],
      ],
    );
    expect(r.summary.regions.map((g) => g.region).sort()).toEqual(["华东", "江苏省", "浦东新区"].sort());
  });

  it("folds case and spaces in English", () => {
    const r = tiers([
      ["Distributor", "Revenue", "Region"],
      ["A", 5, "East"],
      ["B", 3, "east "],
      ["C", 2, "EAST"],
    ]);
    expect(new Set(r.accounts.map((a) => a.region))).toEqual(new Set(["East"]));
  });

  it("is one province by its one-character name or in pinyin (粤 and 广东, Zhejiang and 浙江)", () => {
    // 粤 beside 广东 was a region of its own: each account's share of its region was wrong.
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "所属区域"],
        ["甲", 500, "广东"],
        ["乙", 300, "粤"],
        ["丙", 200, "浙江省"],
        ["丁", 100, "Zhejiang Province"],
        ["戊", 90, "浙"],
        ["己", 80, "宁"],
        ["庚", 70, "宁夏"],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => a.region)).toEqual([
      "广东",
      "广东",
      "浙江省",
      "浙江省",
      "浙江省",
      "宁",
      "宁夏",
    ]);
    expect(r.findings.filter((f) => f.code === "value.regionVariant").map((f) => f.row)).toEqual([3, 5, 6]);
    // 宁 names 南京 as often as 宁夏: left as written.
    expect(r.summary.regions.map((g) => g.region).sort()).toEqual(["广东", "浙江省", "宁", "宁夏"].sort());
  });
});

describe("an owner cell that names nobody", () => {
  it("leaves a key account without an owner: said with the cell's text, on the watch list, no one's load", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = ["张三", "李四", "王五", "待分配", "张三（已离职）", "N/A"];
    for (let i = 0; i < 60; i++) rows.push([`经销商${i + 1}`, 60 - i, owners[i % owners.length] as string]);
    const r = tiers(rows, undefined, zh);
    const key = r.accounts.filter((a) => a.tier === "key");
    const vacant = key.filter((a) => ["待分配", "张三（已离职）", "N/A"].includes(a.owner));
    expect(vacant.length).toBeGreaterThan(0);
    for (const a of vacant) expect(a.watchReasons).toContain("noOwner");
    const said = r.findings.filter((f) => f.code === "owner.missingForKey");
    expect(said.map((f) => f.row)).toEqual(vacant.map((a) => a.row));
    expect(said.find((f) => f.message.includes("待分配"))?.message).toMatch(
      /^第\d+行：重点客户“经销商\d+”的负责人为“待分配”，实际无人负责；/,
    );
    expect(r.summary.owners.map((o) => o.owner).sort()).toEqual(["张三", "李四", "王五"].sort());
  });
});

describe("prospects by a broken sales cell or a lapse", () => {
  it("are no priority prospects: a first deal is not what they need", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "竞品合作"]];
    rows.push(
      ["断链", "#N/A", 80, "是"],
      ["退货", -5, 60, "是"],
      ["停购", null, 50, "是"],
      ["新客", null, null, "是"],
    );
    for (let i = 0; i < 20; i++) rows.push([`经销商${i + 1}`, 100 - i * 3, 90 - i * 3, "否"]);
    const r = tiers(rows, undefined, zh);
    const prospects = r.accounts.filter((a) => a.tier === "prospect").map((a) => a.name);
    expect(prospects).toEqual(["断链", "退货", "停购", "新客"]);
    expect(r.accounts.filter((a) => a.priorityProspect).map((a) => a.name)).toEqual(["新客"]);
  });
});

describe("a status saying prospect on an account that has bought before", () => {
  it("is won back as a lapsed customer, and the row's contradiction is said with the figure that made it", () => {
    const values: Cell[][] = [
      [
        "经销商名称",
        "年销售额（万元）",
        "去年销售额（万元）",
        "合作年限",
        "逾期天数",
        "客户状态",
        "手动分级",
      ],
    ];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 100 - i * 3, 90 - i * 3, 3, 0, "合作中", null]);
    values.push(
      ["去年有货", null, 12, null, 0, "意向", null],
      ["合作一年", null, null, 1, 0, "意向", null],
      ["欠款未清", null, null, null, 45, "潜在", null],
      ["真新客", null, null, 0, 0, "意向", null],
      ["手定重点", null, null, 2, 0, "意向", "重点"],
    );
    const r = tiers(values, undefined, zh);
    const said = r.findings.filter((f) => f.code === "status.prospectBoughtBefore");
    expect(said.map((f) => [f.row, f.column, f.severity])).toEqual([
      [22, "F", "warning"],
      [23, "F", "warning"],
      [24, "F", "warning"],
    ]);
    expect(said.map((f) => f.message)).toEqual([
      "第22行：客户状态为“意向”，但去年销售额（万元）为“12”，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。",
      "第23行：客户状态为“意向”，但合作年限为“1”，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。",
      "第24行：客户状态为“潜在”，但逾期天数为“45”，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。",
    ]);
    // What each is told agrees with the finding: win it back, or collect first where it owes.
    const note = (name: string) => r.accounts.find((a) => a.name === name)?.note ?? "";
    expect(note("合作一年")).toContain("老客户停止进货：了解原因，争取恢复合作");
    expect(note("欠款未清")).toContain("老客户仍有逾期欠款：先收回欠款，再谈恢复合作");
    // A prospect that never bought, and one tiered by hand, say nothing of the kind.
    expect(note("真新客")).toContain("争取首单");
    expect(said.some((f) => f.row === 25 || f.row === 26)).toBe(false);
    // In English.
    const en = tiers(values).findings.find((f) => f.code === "status.prospectBoughtBefore" && f.row === 23);
    expect(en?.message).toBe(
      "Row 23: 客户状态 says '意向', but 合作年限 is '1': it has bought from us before. Still a prospect, followed up as a customer that stopped buying; check the status.",
    );
  });
});

describe("an ordinary account of low potential", () => {
  it("is asked why it fell where it sells at least the median's, told to keep its cost down below", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）"]];
    // 20 accounts, two key places; 经销商8 (390万, above the median's 315万, no candidate) and 经销商18
    // fall a little; 经销商3, a candidate near the key line, falls too.
    for (let i = 0; i < 20; i++) {
      const sales = 600 - i * 30;
      values.push([`经销商${i + 1}`, sales, [2, 7, 17].includes(i) ? sales * 1.05 : sales * 0.9]);
    }
    const r = tiers(values, undefined, zh);
    const note = (name: string, of = r) => of.accounts.find((a) => a.name === name)?.note ?? "";
    const eighth = r.accounts.find((a) => a.name === "经销商8")!;
    expect([eighth.tier, eighth.potential, eighth.promotionCandidate]).toEqual(["ordinary", "low", false]);
    expect(note("经销商8")).toContain("潜力低：查明下滑原因，稳住销量");
    expect(note("经销商8")).not.toContain("控制服务成本");
    expect(note("经销商18")).toContain("潜力低：控制服务成本");
    expect(note("经销商8", tiers(values))).toContain(
      "low potential: find out why sales fell, hold the volume",
    );
    // A candidate's line asks why it fell already: not again.
    expect(note("经销商3")).toContain("但销售下滑：先查明原因，再评估晋级");
    expect(note("经销商3")).not.toContain("潜力低");
  });
});

describe("a prospect owing a balance over its credit limit", () => {
  it("has bought before: won back, never told to win a first order, and its status said wrong", () => {
    const values: Cell[][] = [["Customer", "Sales", "Credit Limit", "AR Balance", "Days Past Due", "Status"]];
    for (let i = 0; i < 20; i++)
      values.push([`Dealer ${i}`, 500_000 - i * 9_000, 50_000, 10_000, 0, "Active"]);
    values.push(
      ["Over Limit", null, 50_000, 51_750, 0, "Prospect"],
      ["Under Limit", null, 50_000, 0, 0, "Prospect"],
      ["No Status", null, 50_000, 80_000, 0, null],
    );
    const r = tiers(values);
    const note = (name: string) => r.accounts.find((a) => a.name === name)?.note ?? "";
    // Credit C (over its limit) beside "win the first order" was two minds on one row.
    expect(note("Over Limit")).not.toContain("first order");
    expect(note("Over Limit")).toContain("3.5% over its limit");
    expect(note("No Status")).not.toContain("first order");
    expect(note("Under Limit")).toContain("first order");
    const said = r.findings.filter((f) => f.code === "status.prospectBoughtBefore");
    expect(said.map((f) => f.message)).toEqual([
      "Row 22: Status says 'Prospect', but AR Balance is '51750': it has bought from us before. Still a prospect, followed up as a customer that stopped buying; check the status.",
    ]);
    // A days-overdue cell of 0 is no evidence: the balance is named, not "Days Past Due is '0'".
    expect(tiers(values, undefined, zh).findings.find((f) => f.row === 22)?.message).toBe(
      "第22行：Status为“Prospect”，但AR Balance为“51750”，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。",
    );
  });
});

describe("an account without sales that owes a balance, with no credit limit in the sheet", () => {
  it("has bought before: asked to reconcile and collect, never to win a first order", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额", "上年销售额", "应收余额（万元）", "客户状态", "所属区域"],
    ];
    for (let i = 0; i < 12; i++)
      values.push([`经销商${i}`, 900_000 - i * 50_000, 800_000, 2, "合作中", "华东"]);
    values.push(
      ["乙商贸", 0, null, 5, null, "华东"],
      ["丙商贸", 0, null, 0, null, "华东"],
      ["丁商贸", null, null, 8, "意向客户", "华南"],
      ["庚商贸", 0, 30_000, 2, null, "华南"],
      ["辛商贸", 0, 30_000, null, null, "华南"],
    );
    const r = tiers(values, undefined, zh);
    const note = (name: string, of = r) => of.accounts.find((a) => a.name === name)?.note ?? "";
    // The balance is the figure where nothing else says it bought before (the column's unit applied).
    expect(note("乙商贸")).toBe(
      "本期无销售，应收余额5万元；老客户停止进货但仍有欠款：先对账收款，再谈恢复合作",
    );
    // Nothing owed: a prospect to win a first deal from.
    expect(note("丙商贸")).toContain("争取首单");
    expect(note("丁商贸")).not.toContain("争取首单");
    // Last year's sales stay the figure; the balance asks to collect before winning it back.
    expect(note("庚商贸")).toBe(
      "本期无销售（去年3万元）；老客户停止进货但仍有欠款：先对账收款，再谈恢复合作",
    );
    expect(note("辛商贸")).toContain("老客户停止进货：了解原因，争取恢复合作");
    const said = r.findings.filter((f) => f.code === "status.prospectBoughtBefore");
    expect(said.map((f) => [f.row, f.column, f.message])).toEqual([
      [
        16,
        "E",
        "第16行：客户状态为“意向客户”，但应收余额（万元）为“8”，说明已有过合作；仍列为意向客户，按停止进货的老客户跟进。请核实客户状态。",
      ],
    ]);
    expect(note("乙商贸", tiers(values))).toBe(
      "No sales this period, ¥50K owed; stopped buying and still owes: reconcile and collect before resuming business",
    );
  });
});

describe("key accounts set by hand that fill every key place", () => {
  it("are said once, first, on the override column, naming the largest account left ordinary", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "手动分级"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 400 - i * 15, i >= 18 ? "重点" : null]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.filter((a) => a.tier === "key").map((a) => a.name)).toEqual(["经销商18", "经销商19"]);
    const said = r.findings.filter((f) => f.code === "override.fillsKeyPlaces");
    // On the override column's header, where it is mended, and first: it changes the whole key tier.
    expect(said.map((f) => [f.row, f.column, f.severity])).toEqual([[1, "C", "warning"]]);
    expect(r.findings[0]?.code).toBe("override.fillsKeyPlaces");
    expect(said[0]?.message).toBe(
      "手动指定的2家重点客户已占满全部2个重点客户名额：销售额最大的“经销商0”（400万元，占7.8%）及其他未手动指定的客户都只能列为普通客户。如需按销售额选出重点客户，请减少手动指定，或在规则中提高重点客户比例。",
    );
    expect(tiers(values).findings.find((f) => f.code === "override.fillsKeyPlaces")?.message).toBe(
      "The 2 key accounts set by hand fill all 2 key places: '经销商0', the largest by sales (¥4M, 7.8% of the total), and every other account not set by hand are ordinary accounts. To let sales choose key accounts, set fewer by hand or raise the key share in the rules.",
    );
    // One place, taken by the one set by hand: said as one, not as "all 1 key places".
    const one: Cell[][] = [
      values[0]!,
      ...values.slice(1, 11).map((r, i) => [r[0], r[1], i === 9 ? "重点" : null]),
    ];
    expect(
      tiers(one, undefined, zh).findings.find((f) => f.code === "override.fillsKeyPlaces")?.message,
    ).toMatch(/^手动指定的1家重点客户已占用唯一的重点客户名额：/);
    expect(tiers(one).findings.find((f) => f.code === "override.fillsKeyPlaces")?.message).toMatch(
      /^The key account set by hand takes the only key place: '经销商0'/,
    );
    // One set by hand leaves a place to sales: nothing said.
    values[19]![2] = null;
    expect(tiers(values, undefined, zh).findings.some((f) => f.code === "override.fillsKeyPlaces")).toBe(
      false,
    );
  });
});

describe("a key account its status flags at risk of ending", () => {
  it("is tiered, not skipped, and goes on the watch list with the reason in its note", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "客户状态"]];
    for (let i = 0; i < 30; i++) rows.push([`经销商${i + 1}`, 300 - i * 7, i === 0 ? "流失预警" : "合作中"]);
    const r = tiers(rows, undefined, zh);
    const first = r.accounts[0]!;
    expect(first).toMatchObject({ name: "经销商1", tier: "key", watchReasons: ["atRisk"] });
    expect(first.note).toContain("状态提示流失风险：本月与负责人一起拜访");
    expect(r.summary.watchList.map((e) => [e.name, e.reasons])).toEqual([["经销商1", ["atRisk"]]]);
    expect(r.skipped).toEqual([]);
  });
});

describe("an account shared by two owners", () => {
  it("counts for each of them, its time split between them, and each is one person of the team", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = ["张三/李四", "张三", "李四、王五", "王五", "张三/待分配", "李和平"];
    for (let i = 0; i < 30; i++)
      rows.push([`经销商${i + 1}`, 300 - i * 7, owners[i % owners.length] as string]);
    const r = tiers(rows, undefined, zh);
    const by = new Map(r.summary.owners.map((o) => [o.owner, o]));
    // 李和平 is one name, 张三/待分配 is 张三's alone: four people, 160 hours each.
    expect([...by.keys()].sort()).toEqual(["张三", "李四", "王五", "李和平"].sort());
    expect(r.summary.capacityHours).toBe(4 * 160);
    // The first account (a key account) is on both its owners' lists, and half of its time on each.
    expect(by.get("张三")?.keyAccounts).toContain("经销商1");
    expect(by.get("李四")?.keyAccounts).toContain("经销商1");
    const total = r.summary.owners.reduce((sum, o) => sum + o.timeShare, 0);
    const owned = r.accounts.reduce((sum, a) => sum + a.timeShare, 0);
    expect(total).toBeCloseTo(owned, 9);
    // Nobody counted as an owner of none.
    expect(r.findings.filter((f) => f.code === "owner.missingForKey")).toEqual([]);
  });
});

describe("an owner's name spaced out to line up (张 三)", () => {
  it("is the same person as 张三; 张三 李四 and Li Wei stay as written", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = ["张三", "张 三", "张　三", "王五", "Li Wei", "张三 李四"];
    owners.forEach((o, i) => rows.push([`经销商${i + 1}`, 100 - 10 * i, o]));
    const r = tiers(rows, undefined, zh);
    const by = new Map(r.summary.owners.map((o) => [o.owner, o]));
    expect([...by.keys()].sort()).toEqual(["张三", "王五", "Li Wei", "张三 李四"].sort());
    expect(by.get("张三")?.accounts).toMatchObject({ ordinary: 2, key: 1 });
    expect(r.summary.capacityHours).toBe(4 * 160);
  });
  it("is the same person with a note after the name (王五（代管）, 李四(兼)); one who left is nobody", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = ["王五", "王五（代管）", "李四(兼)", "李四", "张三（已离职）", "Li Wei (acting)"];
    owners.forEach((o, i) => rows.push([`经销商${i + 1}`, 100 - 10 * i, o]));
    const by = new Map(tiers(rows, undefined, zh).summary.owners.map((o) => [o.owner, o.accounts]));
    expect([...by.keys()].sort()).toEqual(["Li Wei", "李四", "王五"].sort());
    expect(by.get("王五")).toMatchObject({ key: 1, ordinary: 1 });
    expect(by.get("李四")).toMatchObject({ ordinary: 2 });
  });
  it("is the same person with a phone number after the name; a number alone stays someone", () => {
    // 李四 13812345678 was an owner of its own beside 李四, with a capacity of its own.
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = [
      "李四",
      "李四 13812345678",
      "李四（139-1234-5678）",
      "王五 0571-88886666",
      "王五",
      "13900001111",
    ];
    owners.forEach((o, i) => rows.push([`经销商${i + 1}`, 100 - 10 * i, o]));
    const by = new Map(tiers(rows, undefined, zh).summary.owners.map((o) => [o.owner, o.accounts]));
    expect([...by.keys()].sort()).toEqual(["13900001111", "李四", "王五"].sort());
    expect(by.get("李四")).toMatchObject({ key: 1, ordinary: 2 });
  });
  it("is the same person with a team or a region beside the name; a team alone stays someone", () => {
    // 李四/销售一部 made 销售一部 a co-owner of its own (half the account, 160 hours), and 王五-华东 an
    // owner beside 王五.
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = [
      "李四/销售一部",
      "李四",
      "王五-华东",
      "华东 - 王五",
      "王五 上海办事处",
      "王五",
      "Li Wei - East Region",
      "Li Wei",
      "销售二部",
      "张三 李四",
      "Mary-Ann Lee",
    ];
    owners.forEach((o, i) => rows.push([`经销商${i + 1}`, 200 - 10 * i, o]));
    const r = tiers(rows, undefined, zh);
    const by = new Map(r.summary.owners.map((o) => [o.owner, o.accounts]));
    expect([...by.keys()].sort()).toEqual(
      ["李四", "王五", "Li Wei", "销售二部", "张三 李四", "Mary-Ann Lee"].sort(),
    );
    expect(by.get("李四")).toMatchObject({ key: 1, ordinary: 1 });
    expect(by.get("王五")).toMatchObject({ ordinary: 4 });
    expect(by.get("Li Wei")).toMatchObject({ ordinary: 2 });
    expect(r.summary.capacityHours).toBe(6 * 160);
  });
  it("is the same person with a title set after the name or in another case; a CRM's public pool is nobody", () => {
    // 张三 经理 and zhang san were owners of their own; 公海 (the pool of unowned accounts) was an owner
    // with a capacity of its own and a key account in it had an owner.
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    const owners = ["公海", "张三", "张三 经理", "李四-主管", "李四", "Zhang San", "zhang  san", "王经理"];
    owners.forEach((o, i) => rows.push([`经销商${i + 1}`, 100 - 10 * i, o]));
    const r = tiers(rows, undefined, zh);
    const by = new Map(r.summary.owners.map((o) => [o.owner, o.accounts]));
    expect([...by.keys()].sort()).toEqual(["Zhang San", "张三", "李四", "王经理"].sort());
    expect(by.get("张三")).toMatchObject({ ordinary: 2 });
    expect(by.get("Zhang San")).toMatchObject({ ordinary: 2 });
    expect(r.summary.capacityHours).toBe(4 * 160);
    expect(r.findings.filter((f) => f.code === "owner.missingForKey").map((f) => f.row)).toEqual([2]);
  });
});

describe("sales in another currency than yuan", () => {
  const rows = (header: string): Cell[][] => [
    ["Distributor", header, "Owner"],
    ...Array.from({ length: 30 }, (_, i): Cell[] => [`Dealer ${i + 1}`, 10 + i * 7, `Rep ${i % 3}`]),
  ];

  it("reads the multiplier and writes every amount in the currency the header names", () => {
    const r = tiers(rows("Revenue (USD '000)"));
    expect(r.summary.currency).toBe("USD");
    expect(r.accounts[0]?.revenue).toBe(10_000);
    expect(r.accounts[0]?.note).toMatch(/^Sales \$10K /);
    for (const a of r.accounts) expect(`${a.note} ${a.reason}`).not.toContain("¥");
    const zhRun = tiers(rows("年销售额（万美元）"), undefined, zh);
    expect(zhRun.accounts[0]?.note).toMatch(/^年销售额10万美元，/);
    expect(zhRun.accounts.some((a) => a.reason.includes("万美元"))).toBe(true);
  });

  it('reads cells a format shows in 万 (0!.0,"万") as the yuan they hold, whatever the header\'s unit', () => {
    // The ledger keeps 元 in its cells and shows 370.4万 under 年销售额（万元）: read as 万, 370亿.
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i + 1}`, 3_703_701 - i * 100_000, 3_000_000]);
    const grid = { values, origin: { row: 0, column: 0 } };
    for (const format of ['0!.0,"万"', '0"."0000"万元"', '#,##0,"千"']) {
      const r = tierAccounts({ grid, messages: zh, asOf: AS_OF, columnFormats: [undefined, format, format] });
      expect([format, r.accounts[0]?.revenue]).toEqual([format, 3_703_701]);
      expect(r.accounts[0]?.note).toMatch(/^年销售额370\.4万元，占[\d.]+%，同比增长23\.5%/);
      // The amounts are stated: no guess of 元 against 万元 is said.
      expect(r.findings.some((f) => f.code === "header.unitAssumed")).toBe(false);
    }
    // A sheet's "单位：万元" above the header is what the sheet shows too.
    const noted = tierAccounts({
      grid: { values: [["单位：万元"], ...values], origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: AS_OF,
      columnFormats: [undefined, '0!.0,"万"', '0!.0,"万"'],
    });
    expect(noted.accounts[0]?.revenue).toBe(3_703_701);
    // Without a scaling format the header's 万元 stands: 370.4 is 3,704,000 yuan.
    const plain = tierAccounts({
      grid: {
        values: values.map((row, k) => (k === 0 ? row : [row[0], 370.4, 300])),
        origin: { row: 0, column: 0 },
      },
      messages: zh,
      asOf: AS_OF,
      columnFormats: [undefined, "0.0", "0.0"],
    });
    expect(plain.accounts[0]?.revenue).toBe(3_704_000);
  });

  it("stops on sales shown as percentages of the total (a pivot's % of Grand Total): no amounts to write", () => {
    // Tiered, each note said 年销售额0元 and the unit was said to be missing (write 万元 in the header).
    const shares = [0.31, 0.22, 0.15, 0.12, 0.08, 0.06, 0.04, 0.02];
    const values: Cell[][] = [
      ["行标签", "求和项:销售额"],
      ...shares.map((v, i) => [`经销商${i + 1}`, v]),
      ["总计", 1],
    ];
    const grid = { values, origin: { row: 0, column: 0 } };
    const run = (format: string, messages = zh) =>
      tierAccounts({ grid, messages, asOf: AS_OF, columnFormats: [undefined, format] });
    const r = run("0.00%");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([
      {
        code: "header.salesInPercent",
        severity: "error",
        row: 1,
        column: "B",
        header: "求和项:销售额",
        message:
          "B列“求和项:销售额”的数字是百分比格式（最大一家31%），是各家占总额的比例，不是金额：按它分级，说明、重点客户门槛和分级策略表里都写不出金额。如是数据透视表，请在值字段设置 > 值显示方式中选“无计算”，再运行；否则请把销售额指定为金额列。未写入任何内容。",
      },
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("header.unitAssumed");
    expect(run("0%", en).findings.find((f) => f.severity === "error")?.message).toMatch(
      /^Column B \('求和项:销售额'\) is formatted as percentages \(the largest 31%\): each account's share of the total/,
    );
    // A % only in quoted text, or amounts above 1 under a percent format by mistake, stop nothing.
    expect(run('0.00"%"').findings.filter((f) => f.severity === "error")).toEqual([]);
    const amounts = tierAccounts({
      grid: {
        values: values.map((row, k) => (k === 0 ? row : [row[0], (row[1] as number) * 1_000_000])),
        origin: grid.origin,
      },
      messages: zh,
      asOf: AS_OF,
      columnFormats: [undefined, "0.00%"],
    });
    expect(amounts.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("takes the currency the sales cells are formatted in where the header names none", () => {
    const values = rows("Revenue");
    const grid = { values, origin: { row: 0, column: 0 } };
    const r = tierAccounts({ grid, messages: en, asOf: AS_OF, columnFormats: [undefined, "[$$-409]#,##0"] });
    expect(r.summary.currency).toBe("USD");
    expect(r.accounts[0]?.note).toMatch(/^Sales \$10 /);
    // Amounts formatted as money state their magnitude: no "read in yuan, state 万元" warning.
    expect(r.findings.some((f) => f.code === "header.unitAssumed")).toBe(false);
    // A unit in the header wins over the format: 万元 is yuan.
    const zhRun = tierAccounts({
      grid: { values: rows("销售额（万元）"), origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: AS_OF,
      columnFormats: [undefined, '"$"#,##0'],
    });
    expect(zhRun.summary.currency).toBe("CNY");
    // … and says so, naming both, in the header's row and column.
    const conflict = zhRun.findings.find((f) => f.code === "header.currencyConflict");
    expect(conflict).toMatchObject({ row: 1, column: "B", header: "销售额（万元）" });
    expect(conflict?.message).toBe(
      "“销售额（万元）”写明的是人民币，但单元格中的金额是美元：按表头的人民币计算。如实为美元，请在表头写明（如“销售额（万美元）”）后重新运行。",
    );
    // A unit that names no currency (（万）, (k)) leaves the currency to the format, unsaid.
    const bare = tierAccounts({
      grid: { values: rows("Sales (k)"), origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
      columnFormats: [undefined, "[$$-409]#,##0"],
    });
    expect(bare.summary.currency).toBe("USD");
    expect(bare.accounts[0]?.revenue).toBe(10_000);
    expect(bare.findings.some((f) => f.code === "header.currencyConflict")).toBe(false);
  });

  it("takes the currency amounts typed as text carry ($1,234.00 in a CRM's CSV) where the header names none", () => {
    const values: Cell[][] = [["Account Name", "Annual Revenue"]];
    for (let i = 0; i < 10; i++)
      values.push([`Acme ${i}`, `$${((i + 1) * 100_000).toLocaleString("en-US")}.00`]);
    values.push(["Acme X", 5000]);
    const r = tiers(values);
    expect(r.summary.currency).toBe("USD");
    expect(r.accounts[9]?.revenue).toBe(1_000_000);
    expect(r.accounts[9]?.note).toMatch(/^Sales \$1M /);
    for (const [cell, currency] of [
      ["US$ 12,000", "USD"],
      ["€950", "EUR"],
      ["HK$3,000", "HKD"],
      ["-£40", "GBP"],
    ] as const)
      expect(
        tiers([
          ["Account", "Revenue"],
          ["A", cell],
          ["B", 1],
        ]).summary.currency,
      ).toBe(currency);
    // The header's unit wins, and the other currency is said.
    const zhRun = tiers(
      [
        ["客户", "销售额（万元）"],
        ["甲", "$1,000"],
        ["乙", 5],
      ],
      undefined,
      zh,
    );
    expect(zhRun.summary.currency).toBe("CNY");
    expect(zhRun.findings.some((f) => f.code === "header.currencyConflict")).toBe(true);
  });

  it("stays yuan where the header names none or names yuan", () => {
    expect(tiers(rows("Revenue")).summary.currency).toBe("CNY");
    const r = tiers(rows("销售额（万元人民币）"), undefined, zh);
    expect(r.summary.currency).toBe("CNY");
    // 万元人民币 is ten thousand yuan (it was read as yuan, the unit lost).
    expect(r.accounts[0]?.revenue).toBe(100_000);
  });
  it("says nothing of an ERP's record states (已审核, 启用) in a status column, and reads 未签约 as a prospect", () => {
    const values: Cell[][] = [["客户名称", "年销售额（万元）", "客户状态"]];
    ["已审核", "启用", "已审核", "未签约", "合作中"].forEach((st, i) =>
      values.push([`客户${i}`, i === 3 ? 0 : 50 - i, st]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    expect(r.accounts.find((a) => a.name === "客户3")?.tier).toBe("prospect");
    expect(r.accounts).toHaveLength(5);
    // 金蝶 K/3's customer list: 状态 使用 / 未使用 / 在用, the record's use (an unknown status on every row).
    const k3: Cell[][] = [["代码", "名称", "状态", "本年销售额"]];
    ["使用", "使用", "未使用", "在用", "使用中"].forEach((st, i) =>
      k3.push([`01.00${i}`, `客户${i}`, st, i === 2 ? 0 : 50 - i]),
    );
    const used = tiers(k3, undefined, zh);
    expect(used.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    expect(used.accounts.map((a) => a.tier)).toEqual(["key", "ordinary", "prospect", "ordinary", "ordinary"]);
  });

  it("reads a credit score out of 100 by the rules' bands, not as an unknown rating", () => {
    const scores = [92, 85, "71", "66分", 58, 40, null];
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用评分"]];
    scores.forEach((v, i) => values.push([`经销商${i}`, 100 - i, v]));
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.credit)).toEqual(["A", "A", "B", "C", "D", "D", "unknown"]);
    expect(r.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
    // The bands are settings.
    const strict = tiers(values, { credit: { minScoreA: 90, minScoreB: 80, minScoreC: 70 } }, zh);
    expect(strict.accounts.map((a) => a.credit).slice(0, 4)).toEqual(["A", "B", "C", "D"]);
    // A risk score (higher is worse) is no credit score; scores past 100 are not out of 100 (said as before).
    const risk = values.map((row, i) => (i === 0 ? ["经销商名称", "年销售额（万元）", "风险评分"] : row));
    expect(tiers(risk, undefined, zh).accounts.every((a) => a.credit === null)).toBe(true);
    // Scores past 100 are said once for the column, not as an unknown rating on every row.
    const sesame = values.map((row, i) => (i === 1 ? [row[0], row[1], 720] : row));
    const off = tiers(sesame, undefined, zh);
    expect(off.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
    expect(
      off.findings.filter((f) => f.code === "header.creditScoreScale").map((f) => [f.column, f.message]),
    ).toEqual([
      [
        "C",
        "“信用评分”的分数最高为720，不是百分制：本次资信只按其他列判断。如需按分数评定，请按该分制设置A、B、C级的最低分（如300-850分制可设740、670、580）：在任务窗格“规则 › 更多规则 › 资信按信用评分”中设置，或在规则文件中设置credit.minScoreA、minScoreB、minScoreC，然后再运行。",
      ],
    ]);
    expect(off.accounts.every((a) => a.credit === "unknown")).toBe(true);
  });

  it("reads a credit score of another scale (300-850) by bands set past 100", () => {
    const values: Cell[][] = [["Dealer", "Revenue", "Credit Score"]];
    [812, 745, 700, 640, 520, "N/A"].forEach((v, i) => values.push([`D${i}`, 100 - i, v]));
    const fico = tiers(values, { credit: { minScoreA: 740, minScoreB: 670, minScoreC: 580 } });
    expect(fico.accounts.map((a) => a.credit)).toEqual(["A", "A", "B", "C", "D", "unknown"]);
    expect(fico.findings.filter((f) => /credit|Rating/i.test(f.code))).toEqual([]);
    // With the bands out of 100, the column is said once, in the run's language.
    const said = tiers(values).findings.filter((f) => f.code === "header.creditScoreScale");
    expect(said.map((f) => f.message)).toEqual([
      "'Credit Score' holds scores up to 812, not out of 100: the credit is read from the other columns alone. To read the scores, set the bands of their scale (740, 670 and 580 on a 300-850 scale) under Rules › More rules › Credit by score in the pane, or as credit.minScoreA, minScoreB and minScoreC in a rules file, and run again.",
    ]);
  });

  it("leaves out accounts the ERP no longer uses, by a 停用日期 passed or a yes/no column, and says where they sold", () => {
    const asOf = new Date("2025-11-30T00:00:00Z");
    const run = (values: Cell[][], messages = zh) =>
      tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf });
    const u8 = run([
      ["客户编码", "客户名称", "停用日期", "本年销售额"],
      ["C1", "甲", null, 500_000],
      ["C2", "乙", new Date("2024-06-01T00:00:00Z"), 0],
      ["C3", "丙", new Date("2024-06-01T00:00:00Z"), 1_550_000],
      ["C4", "丁", new Date("2026-03-31T00:00:00Z"), 300_000],
      ["C5", "戊", "待定", 200_000],
    ]);
    expect(u8.accounts.map((a) => a.name)).toEqual(["甲", "丁", "戊"]);
    expect(u8.skipped.map((x) => [x.row, x.reason, x.text])).toEqual([
      [3, "inactive", "2024-06-01"],
      [4, "inactive", "2024-06-01"],
    ]);
    expect(u8.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      [
        "row.inactiveWithSales",
        "info",
        4,
        "C",
        "第4行：停用日期为“2024-06-01”，按停止合作跳过，不参与分级；但本期销售额155万元，未计入各项合计。如仍在合作，请更新状态后重新运行。",
      ],
      ["value.notAFlag", "info", 6, "C", "第6行：停用日期“待定”既不是日期，也不是“是/否”；按仍在合作处理。"],
    ]);
    // 金蝶's 禁用状态, 是 or 否: no status (否 was an unknown status on every row).
    const k3 = run([
      ["客户编码", "客户名称", "禁用状态", "本年销售额"],
      ["C1", "甲", "否", 500_000],
      ["C2", "乙", "是", 0],
      ["C3", "丙", "否", 300_000],
    ]);
    expect(k3.accounts.map((a) => a.name)).toEqual(["甲", "丙"]);
    expect(k3.findings).toEqual([]);
    // NetSuite's Inactive column, Yes or No.
    const netsuite = run(
      [
        ["Name", "Inactive", "Sales (CNY)"],
        ["Alpha", "No", 5_000],
        ["Bravo", "Yes", 0],
        ["Charlie", "No", 3_000],
      ],
      en,
    );
    expect(netsuite.accounts.map((a) => a.name)).toEqual(["Alpha", "Charlie"]);
    expect(netsuite.findings).toEqual([]);
  });

  it("stops on a CRM account export whose only money is the accounts' own Annual Revenue, unless mapped", () => {
    const values: Cell[][] = [
      ["Account Name", "Account Owner", "Type", "Industry", "Annual Revenue", "Employees"],
    ];
    for (let i = 0; i < 12; i++)
      values.push([
        `Acme ${i}`,
        "Ann",
        i % 3 === 0 ? "Prospect" : "Customer - Channel",
        "Retail",
        (i + 1) * 1e6,
        50,
      ]);
    const r = tiers(values);
    expect(r.accounts).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.header, f.setting])).toEqual([
      ["header.companyRevenue", "error", 1, "E", "Annual Revenue", "mapping.revenue"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "'Annual Revenue' stands beside 'Industry', a column about the company itself: it is most likely the account's own " +
        "estimated annual revenue (the company's size), not its sales with us. Tiered by it, the key accounts " +
        "would be the largest companies, not our largest customers. Add a column of our sales to each account " +
        "(e.g. Closed Won opportunity amounts summed by account) and run again; if this column does hold our " +
        "sales, map it as the sales.",
    );
    expect(tiers(values, undefined, zh).findings[0]?.message).toBe(
      "“Annual Revenue”与“Industry”等企业资料列并列，应是客户自身的年营业额（企业规模），而不是它向我们采购的销售额：按它分级，" +
        "重点客户会是规模最大的企业，而不是我们的大客户。请加入一列我们对每家客户的销售额（如按客户汇总的已成交商机金额）" +
        "后重新运行；如这一列确是我们的销售额，请在列映射中把它指定为销售额。",
    );
    const mapped = tierAccounts({
      grid: { values, origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
      mapping: { revenue: "Annual Revenue" },
    });
    expect(mapped.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(mapped.accounts).toHaveLength(12);
    // Microsoft Dynamics 365's export: its own hidden columns mark it, whose Annual Revenue is the account's.
    const dynamics: Cell[][] = [
      ["(Do Not Modify) Account", "(Do Not Modify) Row Checksum", "Account Name", "Owner", "Annual Revenue"],
    ];
    for (let i = 0; i < 12; i++)
      dynamics.push([`5bc8fbbc-bde5-c099-4164-d8399f767c${10 + i}`, "Ab3+Zk1q", `Contoso ${i}`, "Alex", 1e6]);
    const stop = tiers(dynamics).findings;
    expect(stop.map((f) => [f.code, f.severity, f.column])).toEqual([
      ["header.companyRevenue", "error", "E"],
    ]);
    expect(stop[0]?.message).toBe(
      "'Annual Revenue' comes from a Microsoft Dynamics 365 export of accounts (its column '(Do Not Modify) Account' " +
        "says so), where it is the account's own estimated annual revenue (the company's size), not its sales with " +
        "us. Tiered by it, the key accounts would be the largest companies, not our largest customers. Add a " +
        "column of our sales to each account (e.g. Closed Won opportunity amounts summed by account) and run " +
        "again; if this column does hold our sales, map it as the sales.",
    );
    expect(tiers(dynamics, undefined, zh).findings[0]?.message).toBe(
      "“Annual Revenue”出自 Microsoft Dynamics 365 导出的客户表（“(Do Not Modify) Account”列即其标记），是客户自身的年收入" +
        "（企业规模），而不是它向我们采购的销售额：按它分级，重点客户会是规模最大的企业，而不是我们的大客户。请加入一列我们对" +
        "每家客户的销售额（如按客户汇总的已成交商机金额）后重新运行；如这一列确是我们的销售额，请在列映射中把它指定为销售额。",
    );
    // With our sales beside it, the names are the accounts', not the GUIDs.
    const withSales = tiers(dynamics.map((row, i) => [...row, i === 0 ? "Sales 2025" : i * 1000]));
    expect(withSales.accounts.map((a) => a.name).slice(0, 2)).toEqual(["Contoso 0", "Contoso 1"]);
  });

  it("says so where an English header states none and its cells neither (a CRM's export): read as yuan", () => {
    const said = (r: ReturnType<typeof tiers>) => r.findings.filter((f) => f.code === "header.noCurrency");
    const plain = tiers(rows("Annual Revenue"));
    expect(plain.summary.currency).toBe("CNY");
    expect(said(plain).map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["info", 1, "B", "Annual Revenue"],
    ]);
    expect(said(tiers(rows("Annual Revenue"), undefined, zh))[0]?.message).toBe(
      "“Annual Revenue”及其单元格都没有写明币种：按人民币（元）计算。如为其他币种，请在表头注明（如“Annual Revenue (USD)”），或在“更多规则”中选择币种（规则文件中为 sales.currency），然后重新运行。",
    );
    // A currency anywhere (the header, a Chinese header's yuan, the cells' format or signs), or goods: nothing said.
    for (const h of ["Revenue (CNY)", "Revenue (USD)", "Sales (RMB 10k)", "年销售额", "Sales Qty"])
      expect([h, said(tiers(rows(h)))]).toEqual([h, []]);
    const signed = rows("Revenue").map((row, i) => (i === 0 ? row : [row[0], `$${String(row[1])}`, row[2]]));
    expect(said(tiers(signed))).toEqual([]);
  });

  it("gives the money of a finding on a row in the sales' currency, known before the rows are read", () => {
    // A status ending a Hong Kong account said it "sold ¥800K" of HK$800K.
    const values: Cell[][] = [["客戶名稱", "銷售額（港元）", "客戶狀態"]];
    for (let i = 0; i < 6; i++) values.push([`甲${i}`, 1_200_000 - i * 100_000, "合作中"]);
    values.push(["戊貿易", 800_000, "停止合作"]);
    const ended = (r: ReturnType<typeof tiers>) =>
      r.findings.find((f) => f.code === "row.inactiveWithSales")?.message;
    expect(ended(tiers(values, undefined, zh))).toContain("但本期销售额80万港元，未计入各项合计");
    expect(ended(tiers(values))).toContain("though it sold HK$800K this period");
  });

  it("reads the sales in dollars where no country column is and a state column names a US state on every row", () => {
    // A Salesforce export's Billing State/Province (CA, NY, TX): every note said "Sales ¥100K".
    const sheet = (states: string[]): Cell[][] => [
      ["Account Name", "Billing State/Province", "Sales 2025"],
      ...Array.from({ length: 12 }, (_, i): Cell[] => [
        `A${i}`,
        states[i % states.length] as string,
        100_000 - i * 5000,
      ]),
    ];
    const us = tiers(sheet(["CA", "NY", "Texas"]));
    expect(us.summary.currency).toBe("USD");
    expect(us.accounts[0]?.note).toMatch(/^Sales \$100K/);
    expect(
      us.findings.filter((f) => f.code.includes("urrency")).map((f) => [f.code, f.column, f.message]),
    ).toEqual([
      [
        "header.currencyByCountry",
        "C",
        "'Sales 2025' states no currency, nor do its cells, and 'Billing State/Province' names a US state on every row (CA, NY, Texas, …): the sales are read in US dollars ($). If they are in another, put it in the header ('Sales 2025 (CNY)', 'Sales 2025 (EUR)') and run again.",
      ],
    ]);
    expect(
      tiers(sheet(["CA", "NY", "TX"]), undefined, zh).findings.find(
        (f) => f.code === "header.currencyByCountry",
      )?.message,
    ).toBe(
      "“Sales 2025”及其单元格都没有写明币种，“Billing State/Province”各行均为美国的州（CA、NY、TX等）：按美元计算。如为其他币种，请在表头注明（如“Sales 2025 (CNY)”），然后重新运行。",
    );
    // A Canadian province among them, or a Chinese one: yuan, said as before.
    for (const states of [
      ["CA", "ON", "NY"],
      ["浙江", "江苏", "上海"],
    ])
      expect([states, tiers(sheet(states)).summary.currency]).toEqual([states, "CNY"]);
  });

  it("reads the sales in the currency of the one country a country column names on every row, and says so", () => {
    // A CRM's export (HubSpot's Total Revenue beside Country/Region): every note said "Sales ¥320K".
    const crm = (countries: (string | null)[], header = "Total Revenue"): Cell[][] => [
      ["Company name", "Country/Region", "State/Region", header],
      ...Array.from({ length: 12 }, (_, i): Cell[] => [
        `Dealer ${i}`,
        countries[i % countries.length] ?? null,
        ["Texas", "Ohio", "Utah"][i % 3] as string,
        900_000 - i * 50_000,
      ]),
    ];
    const us = tiers(crm(["United States", "USA", null]));
    expect(us.summary.currency).toBe("USD");
    expect(us.accounts[0]?.note).toMatch(/^Sales \$900K/);
    const said = us.findings.filter(
      (f) => f.code.endsWith("Currency") || f.code.startsWith("header.currency"),
    );
    expect(said.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      [
        "header.currencyByCountry",
        "info",
        1,
        "D",
        "'Total Revenue' states no currency, nor do its cells, and 'Country/Region' is 'United States' on every row: the sales are read in US dollars ($). If they are in another, put it in the header ('Total Revenue (CNY)', 'Total Revenue (EUR)') and run again.",
      ],
    ]);
    expect(
      tiers(crm(["Deutschland"]), undefined, zh).findings.find((f) => f.code === "header.currencyByCountry")
        ?.message,
    ).toBe(
      "“Total Revenue”及其单元格都没有写明币种，“Country/Region”各行均为“Deutschland”：按欧元计算。如为其他币种，请在表头注明（如“Total Revenue (CNY)”），然后重新运行。",
    );
    expect(tiers(crm(["Japan"])).summary.currency).toBe("JPY");
    // China: yuan, as taken anyway, and nothing to say.
    const china = tiers(crm(["China"]));
    expect([china.summary.currency, china.findings.filter((f) => f.code.includes("urrency"))]).toEqual([
      "CNY",
      [],
    ]);
    // Two countries, even of one currency, or one we know no currency of: yuan, said as before.
    for (const countries of [["United States", "Canada"], ["France", "Germany"], ["Canada"]]) {
      const r = tiers(crm(countries));
      expect([
        countries,
        r.summary.currency,
        r.findings.filter((f) => f.code.includes("urrency")).map((f) => f.code),
      ]).toEqual([countries, "CNY", ["header.noCurrency"]]);
    }
    // A header that names its currency wins; a Chinese header's yuan stands.
    expect(tiers(crm(["United States"], "Total Revenue (CNY)")).summary.currency).toBe("CNY");
    expect(tiers(crm(["美国"], "年销售额")).summary.currency).toBe("CNY");
    // A Country Manager is a person, not the country (beside a region of no state's header).
    const manager = crm(["United States"]).map((row, i) =>
      i === 0 ? [row[0], "Country Manager", "Region", row[3]] : row,
    );
    expect(tiers(manager).summary.currency).toBe("CNY");
  });
});

describe("an aging laid out as columns of amounts (未到期, 1-30天 … 90天以上)", () => {
  const aging = (buckets: string[], owed: (number | string | null)[][]): Cell[][] => [
    ["经销商名称", "年销售额（万元）", "信用等级", ...buckets],
    ...owed.map((o, i): Cell[] => [`经销商${i + 1}`, 100 - i, "A", ...o]),
  ];
  const zhBuckets = ["未到期", "1-30天", "31-60天", "61-90天", "90天以上"];

  it("takes each account's days overdue from its oldest bucket with an amount, so an A never hides 90 days", () => {
    const r = tiers(
      aging(zhBuckets, [
        [5, 0, 0, 0, 12.5],
        [5, 3, 0, 2, 0],
        [0, 0, 1.2, 0, 0],
        [5, 8, 0, 0, 0],
        [7, 0, 0, 0, 0],
        [null, null, null, null, null],
      ]),
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => [a.daysOverdue, a.credit])).toEqual([
      [91, "D"],
      [61, "C"],
      [31, "C"],
      [1, "B"],
      [0, "A"],
      [null, "A"],
    ]);
    expect(r.accounts[0]?.note).toContain("资信D（逾期超过90天）：现款现货，停止新增授信");
    const said = r.findings.filter((f) => f.code === "header.agingBuckets");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([["info", 1, "H"]]);
    expect(said[0]?.message).toBe(
      "“未到期”、“1-30天”、“31-60天”、“61-90天”、“90天以上”是账龄分段的欠款金额：每家客户按有欠款的最长一段计逾期天数（“90天以上”有金额即按逾期超过90天计），资信状况随之而定。",
    );
  });

  it("reads them in English and under the words reports put around them; a bucket of its own is the days", () => {
    const en = tiers(aging(["Current", "1-30 Days", "31-60 Days", "Over 90 Days"], [[0, 0, 4, 1]]));
    expect(en.accounts[0]?.credit).toBe("D");
    expect(en.accounts[0]?.note).toContain("credit D (over 90 days overdue): cash on delivery");
    // The finding says the days in either language, not the English header inside a Chinese sentence
    // (“Over 90 Days”有金额即按逾期Over 90 Days计).
    const said = (r: ReturnType<typeof tiers>) =>
      r.findings.find((f) => f.code === "header.agingBuckets")?.message;
    expect(said(en)).toBe(
      "'Current', '1-30 Days', '31-60 Days', 'Over 90 Days' are an aging of what each account owes: its days overdue are those of the oldest bucket it owes in (any amount under 'Over 90 Days' counts as over 90 days overdue), and its credit class follows.",
    );
    const zhOfEn = tiers(
      aging(["Current", "1-30 Days", "31-60 Days", "61-90 Days"], [[0, 0, 4, 1]]),
      undefined,
      zh,
    );
    expect(said(zhOfEn)).toBe(
      "“Current”、“1-30 Days”、“31-60 Days”、“61-90 Days”是账龄分段的欠款金额：每家客户按有欠款的最长一段计逾期天数（“61-90 Days”有金额即按逾期61-90天计），资信状况随之而定。",
    );
    const worded = tiers(
      aging(["账龄0-30天（万元）", "账龄31-90天（万元）", "账龄90天以上（万元）"], [[10, 0, 0]]),
    );
    // 账龄0-30天 was the days overdue: 10万元 read as 10 days.
    expect([worded.accounts[0]?.daysOverdue, worded.accounts[0]?.credit]).toEqual([0, "A"]);
    // One column of days (逾期天数) stays the days, the buckets beside it unread.
    const days = tiers(aging(["逾期天数", "1-30天", "90天以上"], [[45, 0, 3]]));
    expect(days.accounts[0]?.daysOverdue).toBe(45);
    // Quarters (1-3月, 4-6月) are sales, not ages.
    expect(detectColumns(aging(["1-3月", "4-6月"], [[1, 2]])).overdueBuckets).toBeUndefined();
  });

  it("reads QuickBooks' 91 and over and Xero's months and Older, so neither hides a long balance behind an A", () => {
    // QuickBooks' A/R Aging Summary: 91 and over went unread, and 2,500 owed past 90 days left an A.
    const qb = tiers(
      aging(
        ["Current", "1 - 30", "31 - 60", "61 - 90", "91 and over"],
        [
          [1000, 0, 0, 0, 0],
          [0, 0, 0, 0, 2500],
        ],
      ),
    );
    expect(qb.accounts.map((a) => [a.daysOverdue, a.credit])).toEqual([
      [0, "A"],
      [91, "D"],
    ]);
    // Xero's Aged Receivables by due date: Current, < 1 Month (overdue already), 1-3 Months, Older.
    const xero = tiers(
      aging(
        ["Current", "< 1 Month", "1 Month", "2 Months", "3 Months", "Older"],
        [
          [0, 500, 0, 0, 0, 0],
          [0, 0, 300, 0, 0, 0],
          [0, 0, 0, 0, 700, 0],
          [0, 0, 0, 0, 0, 2500],
        ],
      ),
    );
    expect(xero.accounts.map((a) => [a.daysOverdue, a.credit])).toEqual([
      [1, "B"],
      [31, "C"],
      [91, "D"],
      [121, "D"],
    ]);
    // Older alone, with no bucket beside it, is no aging.
    expect(detectColumns(aging(["Older"], [[1]])).overdueBuckets).toBeUndefined();
  });
});

describe("the money owed past due, without its days (逾期金额, Overdue Amount)", () => {
  const owed = (h: string, cells: Cell[]): Cell[][] => [
    ["经销商名称", "年销售额（万元）", "信用等级", h],
    ...cells.map((c, i): Cell[] => [`经销商${i + 1}`, 100 - i, "A", c]),
  ];
  it("makes an account that owes any overdue at best B (有逾期); none owed leaves the rating, blank too", () => {
    for (const h of [
      "逾期金额（万元）",
      "逾期账款",
      "超期欠款（元）",
      "逾期应收（万元）",
      "逾期款",
      "Overdue Amount",
      "Past Due Balance",
    ]) {
      const r = tiers(owed(h, [35.5, 0, null, "12,000"]), undefined, zh);
      expect([h, r.accounts.map((a) => [a.daysOverdue, a.credit])]).toEqual([
        h,
        [
          [null, "B"],
          [0, "A"],
          [null, "A"],
          [null, "B"],
        ],
      ]);
      const said = r.findings.filter((f) => f.code === "header.overdueAmount");
      expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([["info", 1, "D"]]);
    }
    expect(tiers(owed("逾期金额（万元）", [35.5])).findings[0]?.message).toBe(
      "'逾期金额（万元）' is money owed past due, not days: an account with an amount there is overdue, for how long the sheet does not say, and its credit is B at best. A days-overdue or aging column would say how long.",
    );
  });
  it("asks a promotion candidate that owes it to collect first, as one with credit C or D is", () => {
    // Twenty accounts; 经销商3 (the third largest of the ordinary) owes 8万 past due, 经销商4 nothing.
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期金额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 200 - i * 5, 150 - i * 5, i === 3 ? 8 : 0]);
    const r = tiers(values, undefined, zh);
    const candidates = [...r.summary.promotionCandidates];
    const owing = candidates.find((c) => c.name === "经销商3");
    expect(owing?.credit).toBe("B");
    expect(r.accounts.find((a) => a.name === "经销商3")?.note).toContain(
      "但逾期未回款：先收回欠款，再评估晋级",
    );
    const paid = candidates.find((c) => c.name === "经销商4");
    expect(paid?.credit).toBeNull();
    expect(r.accounts.find((a) => a.name === "经销商4")?.note).not.toContain("先收回欠款");
  });

  it("gives way to days overdue where the sheet has them, and 欠款天数 stays days", () => {
    const both: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "逾期金额（万元）", "逾期天数"],
      ["甲", 100, 20, 95],
    ];
    expect(tiers(both).accounts[0]?.daysOverdue).toBe(95);
    expect(tiers(owed("欠款天数", [40])).accounts[0]?.daysOverdue).toBe(40);
  });

  it("reads overdue headed with money (Past Due $, Overdue (USD), 逾期（万元）, Amt Past Due) as money, not days", () => {
    // A customer owing $250 past due was 250 days late, and D.
    for (const h of [
      "Past Due $",
      "Past Due ($)",
      "Overdue (USD)",
      "逾期（万元）",
      "超期(元)",
      "Past Due Amt",
      "Amt Past Due",
    ]) {
      const r = tiers(owed(h, [250, 0, 12.5]), undefined, zh);
      expect([h, r.accounts.map((a) => [a.daysOverdue, a.credit])]).toEqual([
        h,
        [
          [null, "B"],
          [0, "A"],
          [null, "B"],
        ],
      ]);
    }
    // Days stay days, with their unit or without.
    for (const h of ["逾期（天）", "Past Due (Days)", "逾期天数", "Days Past Due", "逾期"])
      expect([h, tiers(owed(h, [120, 0])).accounts.map((a) => a.credit)]).toEqual([h, ["D", "A"]]);
  });

  it("reads a bare Past Due or 逾期 whose cells are money (cents, sums past ten years, $) as money, and says so", () => {
    const money = tiers(owed("Past Due", [1234.5, 250, 8900.75, 0, 45.2]), undefined, en);
    expect(money.accounts.map((a) => a.credit)).toEqual(["B", "B", "B", "A", "B"]);
    const said = money.findings.filter((f) => f.code === "header.overdueAmount");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([["warning", 1, "D"]]);
    expect(said[0]?.message).toBe(
      "'Past Due' is money owed past due, not days (it holds figures such as 1,234.5; if they are days, map the column as the days overdue): an account with an amount there is overdue, for how long the sheet does not say, and its credit is B at best. A days-overdue or aging column would say how long.",
    );
    const zhSaid = tiers(owed("逾期", [12345.6, 0, 8800.5, 300]), undefined, zh).findings.find(
      (f) => f.code === "header.overdueAmount",
    );
    expect(zhSaid?.message).toBe(
      "“逾期”是逾期欠款的金额，不是天数（列中有12,345.6这样的数；如确为天数，请将该列指定为逾期天数）：有金额的客户记为有逾期，资信最高为B，逾期天数表中未写明。如有逾期天数或账龄列，请一并提供。",
    );
    // A currency sign typed with the figures says money at once.
    expect(tiers(owed("Overdue", ["$1,234.00", "$250.00", 0])).accounts.map((a) => a.credit)).toEqual([
      "B",
      "B",
      "A",
    ]);
    // Whole days, and one odd figure among them, stay days.
    expect(tiers(owed("Past Due", [12, 45, 0, 120, 30])).accounts.map((a) => a.daysOverdue)).toEqual([
      12, 45, 0, 120, 30,
    ]);
    expect(tiers(owed("Past Due", [5000, 0, 40])).accounts.map((a) => a.credit)).toEqual(["D", "A", "C"]);
    // Whole dollars in a currency format (QuickBooks' Past Due; a CSV's $1,250 as Excel imports it).
    const formatted = tierAccounts({
      grid: { values: owed("Past Due", [1250, 0, 300]), origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
      columnFormats: [undefined, undefined, undefined, '"$"#,##0;-"$"#,##0'],
    });
    expect(formatted.accounts.map((a) => [a.daysOverdue, a.credit])).toEqual([
      [null, "B"],
      [0, "A"],
      [null, "B"],
    ]);
    // Mapped by hand as the days, they are days.
    const mapped = tierAccounts({
      grid: { values: owed("Past Due", [1234.5, 250, 8900.75]), origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
      mapping: { overdue: "Past Due" },
    });
    expect(mapped.accounts.map((a) => a.credit)).toEqual(["D", "D", "D"]);
  });
});

describe("sales split by product line", () => {
  it("tiers on their sum and compares it with last year's by the same lines, in each line's unit", () => {
    const values: Cell[][] = [
      [
        "经销商名称",
        "瓷砖销售额（万元）",
        "卫浴销售额（万元）",
        "去年瓷砖销售额（万元）",
        "去年卫浴销售额（万元）",
      ],
    ];
    // 甲 sells little tile and much sanitary ware: by its tile alone it was the smallest.
    values.push(["甲", 5, 300, 5, 200]);
    for (let i = 0; i < 19; i++) values.push([`经销商${i}`, 100 - i, 10, 90 - i, 10]);
    const r = tiers(values, undefined, zh);
    const a = r.accounts.find((x) => x.name === "甲");
    expect([a?.revenue, a?.tier]).toEqual([3_050_000, "key"]);
    expect(a?.note).toMatch(/^年销售额305万元，占.*同比增长48\.8%/);
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    expect(r.findings.find((f) => f.code === "header.revenueSummed")?.message).toBe(
      "表中没有合计列，销售额按“瓷砖销售额（万元）”至“卫浴销售额（万元）”共2列相加。如只按其中一列分级，请在列映射中把该列指定为销售额。",
    );
    expect(r.findings.filter((f) => f.code === "header.revenueSummed")[1]?.message).toBe(
      "上年销售额按“去年瓷砖销售额（万元）”至“去年卫浴销售额（万元）”共2列相加，与本年各列比较。",
    );
    // Lines in units of their own: 5万元 of tile and 8,000元 of basins are 5.8万元.
    const units = tiers([
      ["经销商名称", "瓷砖销售额（万元）", "卫浴销售额（元）"],
      ["甲", 5, 8_000],
      ["乙", 1, 1_000],
    ]);
    expect(units.accounts.map((x) => x.revenue)).toEqual([58_000, 11_000]);
  });
});

describe("remarks that say the relationship ended", () => {
  it("are said for each row, where no status column says so, and the row is tiered by its sales still", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "备注"]];
    for (let i = 0; i < 12; i++)
      values.push([
        `经销商${i}`,
        100 - i,
        // Stopping deliveries, closing terms or a risk of ending is no ended relationship.
        [
          "按时回款",
          "停止发货一周",
          "关闭账期",
          "2025年6月起停止合作",
          "流失预警",
          "法律诉讼中",
          "合并报表",
          "已并入华信商贸",
        ][i] ?? "按时回款",
      ]);
    const r = tiers(values, undefined, zh);
    const said = r.findings.filter((f) => f.code === "remark.status");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 5, "C", "备注"],
      ["warning", 7, "C", "备注"],
      // Merged into another dealer (合并报表, a consolidated statement, is no merger).
      ["warning", 9, "C", "备注"],
    ]);
    expect(said[0]?.message).toBe(
      "第5行：备注写着“2025年6月起停止合作”，像是已停止合作；本次仍按销售额分级。如确已停止合作，请加一列“客户状态”写明“停止合作”，或删去该行，再运行。",
    );
    expect(said[1]?.message).toContain("像是有法律纠纷");
    expect(r.accounts.find((a) => a.name === "经销商3")?.tier).toBe("ordinary");
    // In row order among the other findings; in English too.
    const rows = r.findings.map((f) => f.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(tiers(values).findings.find((f) => f.code === "remark.status")?.message).toBe(
      "Row 5: 备注 says '2025年6月起停止合作', as if the relationship has ended; it is tiered by its sales all the same. If it has, add a Status column saying 'Terminated', or delete the row, and run again.",
    );
    // A status column says it: the remarks are not read.
    const withStatus = values.map((row, k) => [...row, k === 0 ? "客户状态" : "合作中"]);
    expect(tiers(withStatus).findings.filter((f) => f.code === "remark.status")).toEqual([]);
  });
});

/**
 * A ledger of `rows` distributors rated A, sales falling from 500万, with the remarks given (备注) and, before
 * them, an `extra` column where one is given.
 */
const remarksSheet = (remarks: string[], extra?: { header: string; cells: Cell[] }, rows = 12): Cell[][] => [
  ["经销商名称", "年销售额（万元）", "资信等级", ...(extra ? [extra.header] : []), "备注"],
  ...Array.from({ length: rows }, (_, i): Cell[] => [
    `经销商${i + 1}`,
    500 - i * 10,
    "A",
    ...(extra ? [extra.cells[i] ?? null] : []),
    remarks[i] ?? "",
  ]),
];

describe("days overdue written only in the remarks (备注：已逾期120天)", () => {
  const sheet = (remarks: string[], days?: (number | null)[]): Cell[][] =>
    remarksSheet(remarks, days && { header: "逾期天数", cells: days }, 10);
  it("sets the credit by them, said on the row: an A never hides 120 days overdue", () => {
    // The key account stayed A, told to exceed its expectations, and nothing said its 120 days.
    const r = tiers(
      sheet([
        "已逾期120天",
        "欠款4个月未回款",
        "上月逾期30天，已结清",
        "Overdue 45 days",
        "合作良好",
        "欠款30天账期",
      ]),
      undefined,
      zh,
    );
    expect(r.accounts.slice(0, 6).map((a) => [a.daysOverdue, a.credit])).toEqual([
      [120, "D"],
      [120, "D"],
      [null, "A"],
      [45, "C"],
      [null, "A"],
      [null, "A"],
    ]);
    expect(r.accounts[0]?.tier).toBe("key");
    expect(r.accounts[0]?.note).toContain("资信D（逾期120天）：现款现货，停止新增授信");
    expect(r.accounts[0]?.note).not.toContain("超越客户期望");
    const said = r.findings.filter((f) => f.code === "remark.overdue");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 2, "D", "备注"],
      ["warning", 3, "D", "备注"],
      ["warning", 5, "D", "备注"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：备注写着“已逾期120天”：资信按逾期120天计。如已结清，请改写备注；最好加一列“逾期天数”填写天数，再运行。",
    );
    expect(tiers(sheet(["已逾期120天"])).findings.find((f) => f.code === "remark.overdue")?.message).toBe(
      "Row 2: 备注 says '已逾期120天': the credit is set by 120 days overdue. If it has been paid, change the 备注; better, add a Days Overdue column with the days, and run again.",
    );
  });
  it("gives way to the days column where it has the row's days, and fills its blanks", () => {
    const r = tiers(sheet(["已逾期120天", "已逾期120天"], [10, null]), undefined, zh);
    expect(r.accounts.slice(0, 2).map((a) => [a.daysOverdue, a.credit])).toEqual([
      [10, "B"],
      [120, "D"],
    ]);
    expect(r.findings.filter((f) => f.code === "remark.overdue").map((f) => f.message)).toEqual([
      "第3行：“逾期天数”为空，备注写着“已逾期120天”：资信按逾期120天计。如已结清，请改写备注；否则请在“逾期天数”填写天数，再运行。",
    ]);
  });
  it("reads the remark as told now: arrears again after settled ones, a hold again after its lift", () => {
    // Each stayed A unsaid: a settled or past clause anywhere made the whole remark tell of nothing.
    const r = tiers(
      sheet([
        "之前逾期过，现在又拖欠90天",
        "上月逾期已结清，本月又拖欠货款",
        "已恢复供货，但本月又暂停发货",
        "逾期30天，已结清",
      ]),
      undefined,
      zh,
    );
    expect(r.accounts.slice(0, 4).map((a) => [a.daysOverdue, a.credit])).toEqual([
      [90, "C"],
      [null, "B"],
      [null, "D"],
      [null, "A"],
    ]);
    expect(r.accounts[0]?.note).toContain("资信C（逾期90天）");
    expect(r.findings.filter((f) => f.code.startsWith("remark.")).map((f) => [f.code, f.row])).toEqual([
      ["remark.overdue", 2],
      ["remark.arrears", 3],
      ["remark.hold", 4],
    ]);
  });
  it("is said, not set, where the sheet has no credit to set", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "备注"],
      ["甲", 500, "已逾期120天"],
      ["乙", 100, ""],
    ];
    const r = tiers(values, undefined, zh);
    expect([r.accounts[0]?.credit, r.accounts[0]?.daysOverdue]).toEqual([null, null]);
    expect(r.findings.filter((f) => f.code === "remark.overdue").map((f) => f.message)).toEqual([
      "第2行：备注写着“已逾期120天”，像是逾期120天；本表没有资信列，本次未按逾期处理。如属实，请加一列“逾期天数”填写天数，再运行。",
    ]);
  });
});

describe("arrears written only in the remarks, without their days (备注：拖欠货款)", () => {
  const sheet = (remarks: string[], days?: (number | null)[]): Cell[][] =>
    remarksSheet(remarks, days && { header: "逾期天数", cells: days });
  it("reads them as a days cell's words would: overdue B at best, grave arrears D, said on the row", () => {
    // Each stayed A unsaid: a key account whose remark said 长期拖欠货款 was told to exceed its expectations.
    const r = tiers(
      sheet([
        "长期拖欠货款，多次催收未果",
        "拖欠货款",
        "回款及时，无拖欠",
        "有逾期风险，需关注",
        "上月逾期，已结清",
        "货款拖欠严重",
        "Pays late",
        "逾期30天内可接受",
        "到期未付",
        "有欠款",
      ]),
      undefined,
      zh,
    );
    expect(r.accounts.slice(0, 10).map((a) => creditLabelAt(r.table, r.accounts.indexOf(a), zh))).toEqual([
      "D（严重拖欠）",
      "B（有逾期）",
      "A",
      "A",
      "A",
      "D（严重拖欠）",
      "B（有逾期）",
      "A",
      "B（有逾期）",
      "A",
    ]);
    expect(r.accounts[0]?.tier).toBe("key");
    expect(r.accounts[0]?.note).toContain("重点客户逾期严重：本月与负责人一起上门收款");
    expect(r.accounts[0]?.note).not.toContain("超越客户期望");
    const said = r.findings.filter((f) => f.code === "remark.arrears");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 2, "D", "备注"],
      ["warning", 3, "D", "备注"],
      ["warning", 7, "D", "备注"],
      ["warning", 8, "D", "备注"],
      ["warning", 10, "D", "备注"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：备注写着“长期拖欠货款，多次催收未果”，没写逾期天数：视为严重拖欠，资信为D。如已结清，请改写备注；最好加一列“逾期天数”填写天数，再运行。",
    );
    expect(tiers(sheet(["拖欠货款"])).findings.find((f) => f.code === "remark.arrears")?.message).toBe(
      "Row 2: 备注 says '拖欠货款', without the days: read as overdue, the credit B at best. If it has been paid, change the 备注; better, add a Days Overdue column with the days, and run again.",
    );
  });
  it("gives way to the days column and to days the remark states, and fills the column's blanks", () => {
    const r = tiers(sheet(["拖欠货款", "拖欠货款", "拖欠货款120天"], [0, null, null]), undefined, zh);
    expect([0, 1, 2].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "A",
      "B（有逾期）",
      "D（逾期120天）",
    ]);
    expect(r.findings.filter((f) => f.code === "remark.arrears").map((f) => f.message)).toEqual([
      "第3行：“逾期天数”为空，备注写着“拖欠货款”：视为有逾期（天数不详），资信至多为B。如已结清，请改写备注；否则请在“逾期天数”填写天数，再运行。",
    ]);
    expect(r.findings.filter((f) => f.code === "remark.overdue").map((f) => f.row)).toEqual([4]);
  });
  it("is said, not set, where the sheet has no credit to set", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue", "Remarks"],
      ["Alpha", 500_000, "Bad debt, sent to collections"],
      ["Beta", 100_000, "Never late"],
    ];
    const r = tiers(values, undefined, en);
    expect(r.accounts[0]?.credit).toBeNull();
    expect(r.findings.filter((f) => f.code === "remark.arrears").map((f) => f.message)).toEqual([
      "Row 2: Remarks says 'Bad debt, sent to collections', as if gravely in arrears, without the days; the sheet has no credit column, so it is not counted. If so, add a Days Overdue column with the days and run again.",
    ]);
    expect(tiers(values, undefined, zh).findings.find((f) => f.code === "remark.arrears")?.message).toBe(
      "第2行：Remarks写着“Bad debt, sent to collections”，像是严重拖欠，但没写逾期天数；本表没有资信列，本次未按逾期处理。如属实，请加一列“逾期天数”填写天数，再运行。",
    );
  });
});

describe("deliveries or credit stopped, written only in the remarks (备注：已暂停发货)", () => {
  it("is a hold, as the same words in a status are: D, cash on delivery, said on the row", () => {
    // A key account whose deliveries were stopped kept its A and was told to exceed its expectations.
    const r = tiers(
      remarksSheet([
        "已暂停发货",
        "停止供货，待回款",
        "价格冻结",
        "上月暂停发货，已恢复",
        "Credit hold",
        "关闭账期",
      ]),
      undefined,
      zh,
    );
    expect([0, 1, 2, 3, 4, 5].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "D（供货或授信冻结）",
      "D（供货或授信冻结）",
      "A",
      "A",
      "D（供货或授信冻结）",
      "D（供货或授信冻结）",
    ]);
    expect(r.accounts[0]?.tier).toBe("key");
    expect(r.accounts[0]?.note).toContain("现款现货，解冻前不恢复赊销");
    expect(r.accounts[0]?.note).not.toContain("超越客户期望");
    const said = r.findings.filter((f) => f.code === "remark.hold");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 2, "D", "备注"],
      ["warning", 3, "D", "备注"],
      ["warning", 6, "D", "备注"],
      ["warning", 7, "D", "备注"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：备注写着“已暂停发货”，像是已暂停供货或授信：仍按客户分级；资信按D处理（现款现货，停止新增授信）。恢复供货或授信后请改写备注。",
    );
    expect(tiers(remarksSheet(["已暂停发货"])).findings.find((f) => f.code === "remark.hold")?.message).toBe(
      "Row 2: 备注 says '已暂停发货', as if deliveries or credit are on hold: still tiered as a customer; its credit is D (cash on delivery, no new credit). Once deliveries or credit resume, change the 备注.",
    );
  });
  it("gives way to a hold column that answers, and is advised where the sheet has no credit", () => {
    const r = tiers(
      remarksSheet(["已暂停发货", "已暂停发货"], { header: "是否冻结", cells: ["否", null] }),
      undefined,
      zh,
    );
    expect([0, 1].map((i) => creditLabelAt(r.table, i, zh))).toEqual(["A", "D（供货或授信冻结）"]);
    expect(r.findings.filter((f) => f.code === "remark.hold").map((f) => f.row)).toEqual([3]);
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "备注"],
      ["甲", 500, "信用冻结"],
      ["乙", 100, ""],
    ];
    const plain = tiers(values, undefined, zh);
    expect(plain.accounts[0]?.credit).toBeNull();
    expect(plain.accounts[0]?.note).toContain("供货或授信已冻结：现款现货");
    expect(plain.findings.filter((f) => f.code === "remark.hold").map((f) => f.message)).toEqual([
      "第2行：备注写着“信用冻结”，像是已暂停供货或授信：仍按客户分级；建议现款现货，停止新增授信。恢复供货或授信后请改写备注。",
    ]);
  });
});

describe("owing over the credit limit, written only in the remarks (备注：已超信用额度)", () => {
  it("is C at best, as 超信用额度 in a credit column is, said on the row; a limit and a balance weigh it instead", () => {
    // Each stayed A, unsaid.
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "资信等级", "备注"]];
    ["已超信用额度，暂缓发货", "未超额度", "Over credit limit", "曾超额度，已回款", "额度已用完"].forEach(
      (remark, i) => values.push([`经销商${i + 1}`, 500 - i * 10, "A", remark]),
    );
    for (let i = 5; i < 12; i++) values.push([`经销商${i + 1}`, 400 - i * 10, "A", ""]);
    const r = tiers(values, undefined, zh);
    expect([0, 1, 2, 3, 4].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "C（超信用额度）",
      "A",
      "C（超信用额度）",
      "A",
      "C（超信用额度）",
    ]);
    const said = r.findings.filter((f) => f.code === "remark.overLimit");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 2, "D", "备注"],
      ["warning", 4, "D", "备注"],
      ["warning", 6, "D", "备注"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：备注写着“已超信用额度，暂缓发货”，像是欠款已超信用额度：资信至多为C（收紧账期，盯紧回款）。如已回到额度内，请改写备注；最好加“信用额度”“应收余额”两列，再运行。",
    );
    expect(tiers(values).findings.find((f) => f.code === "remark.overLimit")?.message).toBe(
      "Row 2: 备注 says '已超信用额度，暂缓发货', as if it owes over its credit limit: the credit is C at best (tighter terms, collections watched). If it is back within the limit, change the 备注; better, add Credit Limit and Balance columns, and run again.",
    );
    // With a limit and a balance, the figures decide.
    const weighed = values.map((row, k) => [
      ...row,
      ...(k === 0 ? ["信用额度", "应收余额"] : [100_000, 50_000]),
    ]);
    const w = tiers(weighed, undefined, zh);
    expect(creditLabelAt(w.table, 0, zh)).toBe("A");
    expect(w.findings.filter((f) => f.code === "remark.overLimit")).toEqual([]);
  });
  it("is said, not set, where the sheet has no credit to set", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue", "Notes"],
      ["Alpha", 500_000, "Over credit limit"],
      ["Beta", 100_000, "Within credit limit"],
    ];
    const r = tiers(values, undefined, en);
    expect(r.accounts[0]?.credit).toBeNull();
    expect(r.findings.filter((f) => f.code === "remark.overLimit").map((f) => f.message)).toEqual([
      "Row 2: Notes says 'Over credit limit', as if it owes over its credit limit; the sheet has no credit column, so it is not counted. If so, add Credit Limit and Balance columns and run again.",
    ]);
    expect(tiers(values, undefined, zh).findings.find((f) => f.code === "remark.overLimit")?.message).toBe(
      "第2行：Notes写着“Over credit limit”，像是欠款已超信用额度；本表没有资信列，本次未按超额度处理。如属实，请加“信用额度”“应收余额”两列，再运行。",
    );
  });
});

describe("notes on payment in sentences (回款情况: 客户拖欠货款两个月), and remarks under other headers", () => {
  const sheet = (header: string, notes: Cell[], more?: { header: string; cells: Cell[] }): Cell[][] => [
    ["经销商名称", "年销售额（万元）", "资信等级", header, ...(more ? [more.header] : [])],
    ...Array.from({ length: 12 }, (_, i): Cell[] => [
      `经销商${i + 1}`,
      500 - i * 10,
      "A",
      notes[i] ?? null,
      ...(more ? [more.cells[i] ?? null] : []),
    ]),
  ];
  const notes = ["客户拖欠货款两个月", "长期拖欠", "回款及时", "已暂停发货", "拖欠货款"];
  it("reads them as remarks: 回款情况 was a rival of the sales, Payment Status the status", () => {
    for (const header of ["回款情况", "Payment Status", "付款情况"]) {
      const r = tiers(sheet(header, notes), undefined, zh);
      expect([header, r.accounts.slice(0, 5).map((a) => a.credit)]).toEqual([
        header,
        ["C", "D", "A", "D", "B"],
      ]);
      expect(r.header.mapping.status).toBeUndefined();
      expect(
        r.findings.filter((f) => f.code === "header.duplicate" || f.code === "value.unknownStatus"),
      ).toEqual([]);
      expect(
        r.findings.filter((f) => f.code.startsWith("remark.")).map((f) => [f.code, f.row, f.column]),
      ).toEqual([
        ["remark.overdue", 2, "D"],
        ["remark.arrears", 3, "D"],
        ["remark.hold", 5, "D"],
        ["remark.arrears", 6, "D"],
      ]);
    }
    // In words alone (按时回款, 拖欠), the column is the days overdue, as before.
    const words = tiers(sheet("回款情况", ["按时回款", "拖欠", "严重拖欠", "按时回款"]), undefined, zh);
    expect(words.header.mapping.overdue).toBe(3);
  });
  it("reads remarks under 备注信息, 催收备注, 备注1, Collection Notes and Description, not Credit Notes", () => {
    for (const header of ["备注信息", "催收备注", "备注1", "Collection Notes", "Description"]) {
      const r = tiers(sheet(header, notes), undefined, zh);
      expect([header, r.accounts.slice(0, 5).map((a) => a.credit)]).toEqual([
        header,
        ["C", "D", "A", "D", "B"],
      ]);
    }
    const credit = tiers(sheet("Credit Notes", notes), undefined, zh);
    expect(credit.accounts.slice(0, 5).map((a) => a.credit)).toEqual(["A", "A", "A", "A", "A"]);
  });
  it("reads the notes on payment where the remarks say nothing of it", () => {
    const r = tiers(
      sheet("备注", ["老客户", "拖欠货款"], {
        header: "回款情况",
        cells: ["客户拖欠货款两个月"],
      }),
      undefined,
      zh,
    );
    expect(r.accounts.slice(0, 2).map((a) => a.credit)).toEqual(["C", "B"]);
    expect(r.findings.filter((f) => f.code.startsWith("remark.")).map((f) => [f.row, f.column])).toEqual([
      [2, "E"],
      [3, "D"],
    ]);
  });
});

describe("this year's half beside last year's actuals (2024年实际, 2025年1-6月)", () => {
  it("tiers by this year's half, last year's actuals prorated, and says which it took and why", () => {
    const values: Cell[][] = [
      ["经销商名称", "2024年实际（万元）", "2025年1-6月（万元）", "2025年目标（万元）"],
    ];
    for (let i = 0; i < 10; i++) values.push([`经销商${i + 1}`, 100 + i * 10, 80 - i * 5, 200]);
    const r = tiers(values, undefined, zh);
    // Tiered by 2024, the largest of 2025's half was the smallest account.
    expect(r.accounts[0]?.revenue).toBe(800_000);
    expect(r.accounts[0]?.tier).toBe("key");
    expect(r.findings.find((f) => f.code === "header.guessed")?.message).toBe(
      "“2025年1-6月（万元）”比“2024年实际（万元）”晚一年，是表中最近一期的销售额：暂作为本期销售额，“2024年实际（万元）”作为上年销售额。请检查列映射。",
    );
    expect(r.findings.map((f) => f.code)).toContain("header.periodProrated");
    expect(tiers(values).findings.find((f) => f.code === "header.guessed")?.message).toBe(
      "'2025年1-6月（万元）' is a year after '2024年实际（万元）', the sheet's latest sales: taken as this period's sales, and '2024年实际（万元）' as last year's. Check the column mapping.",
    );
  });
});

describe("a key account long overdue", () => {
  it("is told to collect first, with its owner, not to exceed its expectations beside cash on delivery", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "逾期天数", "负责人"]];
    for (let i = 0; i < 20; i++)
      values.push([`经销商${i}`, 200 - i * 5, i === 0 ? 111 : 0, i === 1 ? null : "张三"]);
    values[2]![2] = 95;
    const r = tiers(values, undefined, zh);
    const owned = r.accounts.find((a) => a.name === "经销商0");
    expect([owned?.tier, owned?.credit]).toEqual(["key", "D"]);
    expect(owned?.note).toContain(
      "重点客户逾期严重：本月与负责人一起上门收款，查明原因；资信D（逾期111天）：现款现货，停止新增授信",
    );
    expect(owned?.note).not.toContain("超越客户期望");
    // Without an owner: name one to collect, said once.
    const unowned = r.accounts.find((a) => a.name === "经销商1");
    expect(unowned?.note).toContain("重点客户逾期严重，且无负责人：尽快指派能力最强的人员，本月上门收款");
    expect(unowned?.note).not.toContain("尚无负责人");
    // In English, within the note's length.
    const en = tiers(values).accounts.find((a) => a.name === "经销商0")?.note ?? "";
    expect(en).toContain("long overdue: collect with the owner this month, find out why");
    expect(en.length).toBeLessThanOrEqual(160);
  });

  it("is not called overdue where only its rating is D: 0 days overdue, or no days column", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "资信等级", "逾期天数", "负责人"]];
    for (let i = 0; i < 30; i++)
      values.push([`经销商${i}`, 300 - i * 10, i < 2 ? "D" : "A", i === 2 ? 120 : 0, i === 1 ? "" : "张三"]);
    const r = tiers(values, undefined, zh);
    const rated = r.accounts.find((a) => a.name === "经销商0");
    expect([rated?.tier, rated?.credit]).toEqual(["key", "D"]);
    expect(rated?.note).toContain(
      "重点客户资信评为D：本月与负责人一起查明原因，防范坏账；资信D：现款现货，停止新增授信",
    );
    expect(rated?.note).not.toContain("逾期");
    expect(r.accounts.find((a) => a.name === "经销商1")?.note).toContain(
      "重点客户资信评为D，且无负责人：尽快指派能力最强的人员，本月查明原因",
    );
    // The days make it D: collecting, as before, though the rating says A.
    expect(r.accounts.find((a) => a.name === "经销商2")?.note).toContain(
      "重点客户逾期严重：本月与负责人一起上门收款，查明原因；资信D（逾期120天）",
    );
    // No days column: the rating alone says D, and nothing is said of money overdue.
    const noDays = values.map((row) => [row[0], row[1], row[2], row[4]] as Cell[]);
    const zhNote = tiers(noDays, undefined, zh).accounts.find((a) => a.name === "经销商0")?.note ?? "";
    expect(zhNote).toContain("重点客户资信评为D");
    expect(zhNote).not.toContain("逾期");
    const en = tiers(noDays).accounts.find((a) => a.name === "经销商0")?.note ?? "";
    expect(en).toContain("rated D: find out why with the owner this month, guard against bad debt");
    expect(en).not.toContain("overdue");
    expect(en.length).toBeLessThanOrEqual(160);
  });
});

describe("a key account without a sale this period", () => {
  it("is a target to win where it never bought, a customer to win back where it did: not one whose expectations to exceed", () => {
    const values: Cell[][] = [
      [
        "经销商名称",
        "年销售额（万元）",
        "手动分级",
        "客户状态",
        "合作年限",
        "逾期天数",
        "竞品合作",
        "负责人",
      ],
    ];
    for (let i = 0; i < 60; i++)
      values.push([`经销商${i}`, 600 - i * 10, null, "合作中", 3, 0, null, "张三"]);
    // Raised by hand with no sale: a prospect buying from a competitor, one of three years' standing,
    // one that owes 40 days, and one signed by its status with nothing to say it bought before.
    values.push(["目标甲", 0, "重点", "潜在", null, null, "华达", "李四"]);
    values.push(["老客户乙", 0, "重点", null, 3, 0, null, "李四"]);
    values.push(["欠款丙", 0, "重点", null, null, 40, null, "李四"]);
    values.push(["新签丁", null, "重点", "合作中", null, null, null, "李四"]);
    const r = tiers(values, undefined, zh);
    const note = (name: string) => r.accounts.find((a) => a.name === name)?.note ?? "";
    for (const name of ["目标甲", "老客户乙", "欠款丙", "新签丁"]) {
      expect(r.accounts.find((a) => a.name === name)?.tier).toBe("key");
      expect(note(name)).not.toContain("超越客户期望");
    }
    expect(note("目标甲")).toContain(
      "尚未成交的重点客户：由重点客户小组牵头，争取首单；目前与竞品合作，了解其需求与不满之处",
    );
    expect(note("老客户乙")).toContain("老客户停止进货：了解原因，争取恢复合作");
    expect(note("欠款丙")).toContain("老客户仍有逾期欠款：先收回欠款，再谈恢复合作");
    expect(note("新签丁")).toContain("尚未下单：了解原因，跟进订货");
    // A key account that sells keeps the key-account routine.
    expect(note("经销商0")).toContain("重点客户小组统筹销售、市场、技术、生产，超越客户期望");
    // In English, within the note's length.
    const en = tiers(values).accounts.find((a) => a.name === "目标甲")?.note ?? "";
    expect(en).toContain("a key account with no deal yet: the key-account team leads the first order");
    expect(en).not.toContain("exceed expectations");
    expect(en.length).toBeLessThanOrEqual(160);
  });
});

describe("a status of a legal dispute, bankruptcy or liquidation", () => {
  it("keeps a customer in a dispute by its sales on cash terms (credit D), and skips one bankrupt or liquidating", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用等级", "合作状态"]];
    for (let i = 0; i < 9; i++) values.push([`经销商${i}`, 100 - i * 5, "A", "正常"]);
    values.push(
      ["诉讼商贸", 120, "A", "法律诉讼中"],
      ["清算商贸", 0, "A", "清算中"],
      ["破产商贸", 0, null, "Bankrupt"],
    );
    const r = tiers(values, undefined, zh);
    const disputed = r.accounts.find((a) => a.name === "诉讼商贸");
    expect([disputed?.tier, disputed?.credit]).toEqual(["key", "D"]);
    expect(disputed?.note).toContain("法律纠纷中：现款现货，停止新增授信，了结前不给予奖励");
    expect(disputed?.watchReasons).toEqual(["credit", "dispute"]);
    // Not told to exceed the expectations of a customer in a lawsuit.
    expect(disputed?.note).not.toContain("超越客户期望");
    const watchedFor = [...r.summary.watchList].find((w) => w.name === "诉讼商贸");
    expect(watchedFor?.reasons).toEqual(["credit", "dispute"]);
    // Its credit is said as the dispute that set it, not as a D that sends its owner to collect.
    expect(describeWatch(watchedFor!, zh)).toBe("资信D（法律纠纷）、法律纠纷中");
    expect(
      creditLabelAt(
        r.table,
        r.accounts.findIndex((a) => a.name === "诉讼商贸"),
        zh,
      ),
    ).toBe("D（法律纠纷）");
    expect(r.accounts.map((a) => a.name)).not.toContain("清算商贸");
    expect(r.skipped.filter((s) => s.reason === "inactive").map((s) => s.row)).toEqual([12, 13]);
    const said = r.findings.filter((f) => f.code === "status.dispute");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([["warning", 11, "D"]]);
    expect(said[0]?.message).toBe(
      "第11行：合作状态“法律诉讼中”表明与该客户有法律纠纷：资信按D处理（现款现货，停止新增授信），纠纷了结后请更新状态。",
    );
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    // Without a credit column, the note says it all the same (a key account in a lawsuit was told to
    // exceed its expectations, and nothing more).
    const bare = tiers(values.map((row) => [row[0], row[1], row[3]] as Cell[]));
    expect(bare.accounts.find((a) => a.name === "诉讼商贸")?.note).toContain(
      "in a legal dispute: cash on delivery, no new credit, no reward until it is settled",
    );
    // On the watch list there too: no credit D puts it there.
    const watched = [...bare.summary.watchList].find((w) => w.name === "诉讼商贸");
    expect(watched?.reasons).toEqual(["dispute"]);
    expect(bare.findings.find((f) => f.code === "status.dispute")?.message).toBe(
      "Row 11: 合作状态 '法律诉讼中' says the account is in a legal dispute: put it on cash terms, no new credit until the status is updated.",
    );
  });
});

describe("rows of one name that together pass the key line", () => {
  it("says so where none of them is key (a distributor's product lines), and not where one is or they do not", () => {
    const values: Cell[][] = [["经销商名称", "产品线", "年销售额（万元）"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, "A", 100 - i * 3]);
    values.push(["经销商5", "B", 80], ["经销商5", "C", 70], ["经销商9", "B", 1]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.filter((a) => a.name === "经销商5").map((a) => a.tier)).toEqual([
      "ordinary",
      "ordinary",
      "ordinary",
    ]);
    const said = r.findings.filter((f) => f.code === "row.duplicateKey");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([["warning", 7, "A"]]);
    expect(said[0]?.message).toBe(
      "第7行：经销商名称“经销商5”共3行（第7、22、23行），合计235万元，达到重点客户线97万元，但逐行分级，没有一行是重点客户。如是同一家经销商的几条产品线，请合并为一行再运行；如是重复录入，请删去多余的行；如是不同的经销商，请在名称上区分。",
    );
    // 经销商0 (key) with a second line: nothing more to say.
    values.push(["经销商0", "B", 5]);
    expect(
      tiers(values)
        .findings.filter((f) => f.code === "row.duplicateKey")
        .map((f) => f.row),
    ).toEqual([7]);
    expect(tiers(values).findings.find((f) => f.code === "row.duplicateKey")?.message).toMatch(
      /^Row 7: 经销商名称 '经销商5' has 3 rows \(7, 22 and 23\) selling ¥2\.35M together, past the key line \(¥970K\)/,
    );
  });
});

describe("last visits as a count of days", () => {
  it("reads a days-since column as days before the run, not as Excel serials of 1900", () => {
    for (const header of ["距上次拜访天数", "未拜访天数", "Days Since Last Contact"]) {
      const values: Cell[][] = [["经销商名称", "年销售额", header]];
      [45, 10, 200, "30天", "abc"].forEach((d, i) => values.push([`经销商${i + 1}`, 1000 * (10 - i), d]));
      const r = tierAccounts({
        grid: { values, origin: { row: 0, column: 0 } },
        messages: zh,
        asOf: new Date("2026-11-30T08:00:00Z"),
      });
      // 经销商1 is key (monthly): visited 45 days before 2026-11-30, on 2026-10-16, so due 2026-11-16.
      expect(r.accounts.map((a) => a.nextReview)).toEqual([
        "2026-11-16",
        "2027-02-20",
        "2026-08-14",
        "2027-01-31",
        "2027-02-28",
      ]);
      expect(r.findings.map((f) => f.message)).toContain(
        `第6行：${header}“abc”不是天数；下次复查从今天起算。`,
      );
    }
  });

  it("takes no small number in a date column for a visit in 1900", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额", "最近拜访日期"],
      ["甲", 1000, 45],
      ["乙", 900, 46000],
    ];
    const r = tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zh, asOf: AS_OF });
    expect(r.findings.map((f) => f.message)).toContain(
      "第2行：最近拜访日期“45”不是日期（请写成2025-03-05）；下次复查从今天起算。",
    );
    // 46000 is 2025-12-09, a real date's serial.
    expect(r.accounts[1]?.nextReview).not.toMatch(/^19/);
  });
});

describe("a start of the relationship pasted as a date's serial", () => {
  it.each(["Customer Since", "首次合作时间", "开始合作"])(
    "reads 45000 under %p as 2023-03-15, not as nothing",
    (header) => {
      const values: Cell[][] = [
        ["经销商名称", "年销售额", header],
        ["甲", 1000, 45000],
        ["乙", 900, 6],
      ];
      const r = tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zh, asOf: AS_OF });
      // AS_OF is 2025-06-30: 2023-03-15 is 2.3 years before it.
      expect(r.accounts[0]?.tenureYears).toBeCloseTo(2.3, 1);
      expect(r.accounts[1]?.tenureYears).toBe(6);
      expect(r.findings.filter((f) => f.row === 2)).toEqual([]);
    },
  );
});

describe("a partnership longer than a century", () => {
  it("is a slip (months, a mistyped date): a finding that names the row and column, and no years", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额", "合作年限"],
      ["甲", 1000, 120],
      ["乙", 900, 100],
      ["丙", 800, "1901年"],
    ];
    const r = tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zh, asOf: AS_OF });
    expect(r.accounts.map((a) => a.tenureYears)).toEqual([null, 100, null]);
    expect(r.findings.filter((f) => f.code === "value.implausible")).toEqual([
      {
        code: "value.implausible",
        severity: "warning",
        row: 2,
        column: "C",
        header: "合作年限",
        message: "第2行：合作年限“120”合120年，超过100年，不像合作年限（是月数，还是日期有误？）；本次不计。",
      },
      expect.objectContaining({ row: 4, column: "C" }),
    ]);
    // The note no longer says 合作120年.
    expect(r.accounts[0]?.note ?? "").not.toContain("120年");
    const english = tierAccounts({
      grid: { values, origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
    });
    expect(english.findings.find((f) => f.row === 2)?.message).toBe(
      "Row 2: 合作年限 '120' makes 120 years, more than 100: not a partnership's length (months, or a wrong date?); left out of this run.",
    );
  });
});

describe("sales read from a column of goods sold", () => {
  it("tiers by the volume and says its figures are quantities, not money (it advised writing 万元)", () => {
    const values: Cell[][] = [["经销商名称", "年销量"]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i}`, 5000 - i * 200]);
    const r = tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zh, asOf: AS_OF });
    expect(r.summary.tiers.key.accounts).toBe(2);
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain("header.salesInVolume");
    expect(codes).not.toContain("header.unitAssumed");
    expect(r.findings.find((f) => f.code === "header.salesInVolume")).toMatchObject({
      row: 1,
      column: "B",
      message: expect.stringMatching(/^“年销量”是按数量计的销量，不是金额：本次按销量分级/),
    });
    // Sales in money beside it: they are the sales, and nothing is said.
    const both: Cell[][] = values.map((row, k) => [...row, k === 0 ? "年销售额（万元）" : 100 - k]);
    const money = tierAccounts({
      grid: { values: both, origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: AS_OF,
    });
    expect(money.findings.map((f) => f.code)).not.toContain("header.salesInVolume");
    expect(money.accounts[0]?.revenue).toBe(990_000);
  });
});

describe("a channel-type column that mixes management and sales modes", () => {
  const kinds = [
    "一级经销商",
    "直营门店",
    "KA卖场",
    "电商平台",
    "批发市场",
    "二级分销商",
    "工程渠道",
    "省代",
  ];
  const sheet = (header: string, texts: readonly string[]): Cell[][] => [
    ["经销商名称", header, "年销售额（万元）"],
    ...texts.map((k, i): Cell[] => [`客户${i}`, k, (i + 1) * 100]),
  ];

  it("reads the sales mode a text names, and the management mode where it names one too", () => {
    const r = tiers(sheet("渠道类型", kinds), undefined, zh);
    expect(r.dimensions.salesMode).toBe(true);
    expect(r.accounts.map((a) => [a.managementMode, a.salesMode])).toEqual([
      ["primary", "unknown"],
      ["direct", "retail"],
      ["unknown", "retail"],
      ["unknown", "ecommerce"],
      ["unknown", "wholesale"],
      ["secondary", "distribution"],
      ["unknown", "project"],
      ["regionalAgent", "unknown"],
    ]);
    // The sales mode changes the note: KA卖场 was a management mode "as found", and changed nothing.
    expect(r.accounts[2]?.note).toContain("零售：做好门店形象与陈列");
    expect(r.accounts[3]?.note).toContain("电商：管控线上价格");
  });

  it("leaves a column of management modes alone, and a sales-mode column beside it decides the sales mode", () => {
    const plain = tiers(sheet("管理模式", ["直营", "一级经销", "省代", "直营门店"]), undefined, zh);
    expect(plain.dimensions.salesMode).toBe(false);
    expect(plain.accounts.map((a) => a.salesMode)).toEqual([null, null, null, null]);
    const both = tiers(
      [
        ["经销商名称", "渠道类型", "销售模式", "年销售额"],
        ["甲", "KA卖场", "批发", 100],
      ],
      undefined,
      zh,
    );
    expect([both.accounts[0]?.managementMode, both.accounts[0]?.salesMode]).toEqual(["KA卖场", "wholesale"]);
  });
});

describe("an account selling as much as last year", () => {
  it("is flat on last year in its reason and note, not '0% growth', in both languages", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）"],
      ["甲", 100, 100],
      ["乙", 50, 40],
    ];
    const zhRun = tiers(rows, undefined, zh).accounts;
    expect(zhRun[0]?.reason).toContain("同比持平");
    expect(zhRun[0]?.note).toMatch(/^年销售额100万元，占66.7%，同比持平；/);
    expect(zhRun[1]?.note).toContain("同比增长25%");
    const enRun = tiers(rows, undefined, en).accounts;
    expect(enRun[0]?.reason).toContain("flat on last year");
    expect(enRun[0]?.note).toContain("flat YoY");
    expect(enRun[1]?.note).toContain("+25% YoY");
    expect(`${enRun[0]?.reason}${enRun[0]?.note}`).not.toMatch(/0% (growth|YoY)/);
  });
});

describe("statuses a dealer ledger writes", () => {
  it("tiers a dormant account by its sales without a word, and watches a key account under correction", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "合作状态"],
      ["甲", 500, 480, "限期整改"],
      ["乙", null, 60, "休眠"],
      ["丙", 40, 30, "不活跃"],
      ...Array.from({ length: 10 }, (_, i): Cell[] => [`经销商${i + 1}`, 100 - i * 5, 90 - i * 5, "正常"]),
    ];
    const r = tiers(rows, undefined, zh);
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    expect(tierOf(r, "乙")).toBe("prospect");
    expect(tierOf(r, "丙")).toBe("ordinary");
    expect(tierOf(r, "甲")).toBe("key");
    expect(r.summary.watchList.slice().map((e) => [e.name, e.reasons])).toEqual([["甲", ["atRisk"]]]);
  });
});

describe("a change in money beside the sales", () => {
  it("gives last year's sales (同比增长额（万元）: 5万 more on 45万 is +11.1%, not +5%), a rate column stays a rate", () => {
    const money = tiers([
      ["经销商名称", "年销售额（万元）", "同比增长额（万元）"],
      ["甲", 120, 20],
      ["乙", 80, -10],
      ["丙", 50, 5],
    ]).accounts;
    expect(money.map((a) => Math.round((a.growth ?? Number.NaN) * 1000) / 1000)).toEqual([
      0.2, -0.111, 0.111,
    ]);
    expect(money.map((a) => a.priorRevenue)).toEqual([1_000_000, 900_000, 450_000]);
    const english = tiers([
      ["Distributor", "Revenue", "YoY Change (RMB)"],
      ["A", 1_200_000, 200_000],
    ]).accounts;
    expect(english[0]?.growth).toBeCloseTo(0.2);
    const rate = tiers([
      ["经销商名称", "年销售额（万元）", "同比增长率"],
      ["甲", 120, 0.2],
    ]).accounts;
    expect(rate[0]?.growth).toBeCloseTo(0.2);
    expect(rate[0]?.priorRevenue).toBeNull();
    // A rate of something in money stays a rate.
    const income = tiers([
      ["经销商名称", "年销售额（万元）", "收入增长率"],
      ["甲", 120, 0.2],
    ]).accounts;
    expect(income[0]?.growth).toBeCloseTo(0.2);
    expect(income[0]?.priorRevenue).toBeNull();
  });
  it("reads a change headed without its unit as money where its cells are (vs PY 50,000; 增长额), in the sales' unit", () => {
    // vs PY in dollars and 增长额 were no column: no account had a growth, none was a promotion candidate.
    const vsPy = tiers([
      ["Customer", "Sales (USD)", "vs PY"],
      ["A", 500_000, 50_000],
      ["B", 470_000, -20_000],
      ["C", 410_000, 120_000],
    ]).accounts;
    expect(vsPy.map((a) => a.priorRevenue)).toEqual([450_000, 490_000, 290_000]);
    expect(vsPy.map((a) => Math.round((a.growth ?? Number.NaN) * 1000) / 1000)).toEqual([
      0.111, -0.041, 0.414,
    ]);
    const zhAmount = tiers([
      ["经销商名称", "年销售额（万元）", "增长额"],
      ["甲", 120, 20],
      ["乙", 80, -10],
      ["丙", 50, 5],
    ]).accounts;
    expect(zhAmount.map((a) => a.priorRevenue)).toEqual([1_000_000, 900_000, 450_000]);
  });
  it("counts no growth where the change is more than the sales, and says so: last year's cannot be negative", () => {
    // +300万 on 140万 was "among the largest increases (140万元 more)", unsaid.
    const r = tiers(
      [
        ["经销商名称", "年销售额（万元）", "同比增长额（万元）"],
        ["甲", 500, 10],
        ["乙", 140, 300],
      ],
      undefined,
      zh,
    );
    expect(r.accounts.map((a) => [a.priorRevenue, a.growth])).toEqual([
      [4_900_000, expect.closeTo(0.0204, 3)],
      [null, null],
    ]);
    expect(r.accounts[1]?.note).not.toContain("增长额居前");
    expect(
      r.findings.filter((f) => f.code === "value.implausible").map((f) => [f.row, f.column, f.message]),
    ).toEqual([
      [
        3,
        "C",
        "第3行：“同比增长额（万元）”为300万元，比本年销售额140万元还多，上年销售额不可能为负；本次不计增长。请核对后再运行。",
      ],
    ]);
  });
});

describe("a second column read as a field already taken", () => {
  it("is named by its letter beside the one used, so two alike headers read apart", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "年度销售额"],
      ["华东甲", 100, 90, 100],
      ["华东乙", 50, 40, 50],
    ];
    const zhFound = tiers(rows, undefined, zh).findings.filter((f) => f.code === "header.duplicate");
    expect(zhFound.map((f) => [f.column, f.message])).toEqual([
      ["D", "D列“年度销售额”也像是销售额；已使用B列“年销售额（万元）”，D列保持不动。"],
    ]);
    expect(tiers(rows, undefined, en).findings.find((f) => f.code === "header.duplicate")?.message).toBe(
      "Column D ('年度销售额') also looks like the Revenue column; column B ('年销售额（万元）') is used and column D is left alone.",
    );
  });

  it("takes this year's sales of last year's measure: a CRM's deals beside money collected", () => {
    // 纷享销客: 已回款金额 (collected) was taken over 本年成交金额 and set against 去年成交金额: every account
    // "fell", and 本年成交金额 was dropped without a word.
    for (const order of [
      ["本年成交金额", "去年成交金额", "已回款金额"],
      ["已回款金额", "本年成交金额", "去年成交金额"],
    ]) {
      const rows: Cell[][] = [["客户名称", ...order]];
      for (let i = 0; i < 10; i++) {
        const by: Record<string, number> = {
          本年成交金额: (i + 1) * 110_000,
          去年成交金额: (i + 1) * 100_000,
          已回款金额: (i + 1) * 60_000,
        };
        rows.push([`商贸${i}`, ...order.map((h) => by[h] as number)]);
      }
      const r = tiers(rows, undefined, zh);
      expect(r.accounts.find((a) => a.name === "商贸9")?.growth).toBeCloseTo(0.1);
      const collected = String.fromCharCode(65 + 1 + order.indexOf("已回款金额"));
      const deals = String.fromCharCode(65 + 1 + order.indexOf("本年成交金额"));
      expect(r.findings.filter((f) => f.code === "header.duplicate").map((f) => f.message)).toEqual([
        `${collected}列“已回款金额”也像是销售额；已使用${deals}列“本年成交金额”，${collected}列保持不动。`,
      ]);
    }
    // 销售易: this year's orders beside last year's, with money collected since the account began.
    const xsy: Cell[][] = [["客户名称", "本年订单金额", "去年订单金额", "累计回款金额"]];
    for (let i = 0; i < 10; i++)
      xsy.push([`商贸${i}`, (i + 1) * 110_000, (i + 1) * 100_000, (i + 1) * 900_000]);
    const x = tiers(xsy, undefined, zh);
    expect(x.accounts.find((a) => a.name === "商贸9")?.growth).toBeCloseTo(0.1);
    expect(x.findings.map((f) => [f.code, f.column])).toEqual([["header.duplicate", "D"]]);
    // Without last year's, the sales as before: 销售额 over a deal's amount beside it, which is not said.
    const alone = tiers([
      ["客户名称", "成交金额", "销售额"],
      ["甲", 10, 20],
      ["乙", 5, 8],
    ]);
    expect(alone.accounts.find((a) => a.name === "甲")?.revenue).toBe(20);
    expect(alone.findings.map((f) => f.code)).not.toContain("header.duplicate");
    // Sales 2025 beside Collected and Sales 2024, in English.
    const en = tiers([
      ["Account", "Collected", "Sales 2025", "Sales 2024"],
      ["A", 50, 110, 100],
      ["B", 40, 220, 200],
      ["C", 30, 330, 300],
    ]);
    expect(en.accounts.find((a) => a.name === "A")?.revenue).toBe(110);
  });

  it("says once that a second table beside the first is not tiered, with how many rows", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", null, "经销商名称", "年销售额（万元）"],
      ["华东甲", 100, null, "华南甲", 90],
      ["华东乙", 50, null, "华南乙", 40],
      ["华东丙", 20, null, "华南丙", 10],
      [null, null, null, "合计", 140],
    ];
    const found = tiers(rows, undefined, zh).findings.filter((f) => f.code.startsWith("header."));
    expect(found.map((f) => [f.code, f.column, f.message])).toEqual([
      [
        "header.secondTable",
        "D",
        "D列起是并排的第二张表（名称表头再次出现）：只对A列起的表分级，D列起的3行未分级。请把各表的行放进同一张表后再运行。",
      ],
    ]);
    expect(tiers(rows, undefined, en).findings.find((f) => f.code === "header.secondTable")?.message).toBe(
      "From column D on stands a second table beside the first (its name header again): only the table from column A is tiered, and the 3 rows from column D are not. Put all rows in one table and run again.",
    );
    // A short name beside the full one (经销商全称, 简称) is no second table.
    const short = tiers([
      ["经销商全称", "经销商", "年销售额（万元）"],
      ["杭州顺达商贸有限公司", "顺达", 100],
    ]).findings.map((f) => f.code);
    expect(short).not.toContain("header.secondTable");
  });
});

describe("a PivotTable's summary, as the advice on sales lines has it made", () => {
  // Excel's default (compact) layout: the data caption over 行标签, the years as columns, 总计 beside
  // and below, (空白) for the lines without a name.
  const pivot = (caption: string, rowLabels: string, total: string, blank: string): Cell[][] => [
    [caption, "列标签"],
    [rowLabels, 2024, 2025, total],
    ...Array.from({ length: 10 }, (_, i): Cell[] => [
      `商贸${i + 1}`,
      (i + 1) * 10,
      (i + 1) * 11,
      (i + 1) * 21,
    ]),
    [blank, 3, 4, 7],
    [total, 553, 609, 1162],
  ];

  it("reads 行标签 as the names, the years as the sales under the caption's word and unit, and skips (空白) and 总计", () => {
    const r = tiers(pivot("求和项:销售额（万元）", "行标签", "总计", "(空白)"), undefined, zh);
    expect(r.accounts).toHaveLength(10);
    expect(r.accounts.find((a) => a.name === "商贸10")?.note).toMatch(
      /^年销售额110万元，占18.2%，同比增长10%；/,
    );
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([
      ["row.missingName", 13],
      ["row.total", 14],
    ]);
    // In English, without a unit: read in yuan, and said so.
    const en = tiers(pivot("Sum of Revenue", "Row Labels", "Grand Total", "(blank)"));
    expect(en.accounts).toHaveLength(10);
    expect(en.accounts.find((a) => a.name === "商贸10")?.growth).toBeCloseTo(0.1);
    expect(en.findings.map((f) => f.code)).toEqual(["row.missingName", "row.total", "header.unitAssumed"]);
    // Months as its columns: the total beside them is the sales of those months, by the caption's word.
    const months: Cell[][] = [
      ["求和项:销售额（万元）", "列标签"],
      ["行标签", "1月", "2月", "3月", "总计"],
      ...Array.from({ length: 10 }, (_, i): Cell[] => [`商贸${i + 1}`, i + 1, i + 2, i + 3, 3 * i + 6]),
    ];
    const m = tiers(months, undefined, zh);
    expect(m.findings).toEqual([]);
    expect(m.accounts.find((a) => a.name === "商贸10")?.note).toMatch(/^1-3月销售额33万元，/);
    // Without the caption the same columns are a guess, and said.
    expect(tiers(months.slice(1), undefined, zh).findings.map((f) => f.code)).toContain("header.guessed");
  });

  it("advises putting the years side by side, not summing them, for a row a distributor a year", () => {
    const values: Cell[][] = [["经销商名称", "年度", "销售额（万元）"]];
    for (let i = 0; i < 12; i++)
      for (const year of ["2024年", "2025年"]) values.push([`商贸${i}`, year, 10 + i]);
    const r = tiers(values, undefined, zh);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ["rows.salesLines", "error", 3, "A"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "第3行起：每家经销商每年一行（“年度”列：2024、2025），24行中有12行的经销商名称与上方某行相同，逐行分级会把同一家拆成多家，按经销商合计又会把几年的销售额加在一起。请先用数据透视表把各年排成列（插入 > 数据透视表：行为经销商名称，列为年度，值为销售额求和），再对汇总表运行：最近一年为本期销售额，前一年为上年销售额。未写入任何内容。",
    );
    // A row a month keeps the advice to sum them.
    const months: Cell[][] = [["经销商名称", "月份", "销售额（万元）"]];
    for (let i = 0; i < 12; i++) for (const month of ["1月", "2月"]) months.push([`商贸${i}`, month, 10 + i]);
    expect(tiers(months, undefined, zh).findings[0]?.message).toContain("按经销商名称对销售额求和");
    // In English, the header with its article ("repeat a Account Name" read wrong).
    const deals: Cell[][] = [["Account Name", "Amount"]];
    for (let i = 0; i < 24; i++) deals.push([`Acme ${i % 12}`, 1000]);
    expect(tiers(deals).findings.find((f) => f.code === "rows.salesLines")?.message).toContain(
      "12 of 24 rows repeat the Account Name of a row above",
    );
  });
});

describe("a CRM's Type column", () => {
  it("reads Odoo's contact list: Display Name, Total Invoiced, Total Receivable beside Credit Limit", () => {
    const values: Cell[][] = [
      ["Display Name", "Salesperson", "Total Invoiced", "Credit Limit", "Total Receivable"],
    ];
    for (let i = 0; i < 10; i++)
      values.push([`P${i}`, "Marc Demo", i * 10_000, 50_000, i === 9 ? 80_000 : 0]);
    const r = tiers(values);
    // Before: no name header (a guess, said), no sales (ten prospects), the limit unread.
    expect(r.findings.map((f) => f.code)).not.toContain("header.guessed");
    expect(tierOf(r, "P9")).toBe("key");
    expect(r.accounts.find((a) => a.name === "P9")?.credit).toBe("C");
  });

  it("reads its stages as the status, and Other or a partner kind without a word", () => {
    const values: Cell[][] = [["Account Name", "Annual Revenue", "Type"]];
    const types = [
      "Customer - Direct",
      "Prospect",
      "Other",
      "Technology Partner",
      "Channel Partner / Reseller",
    ];
    for (let i = 0; i < 10; i++) values.push([`A${i}`, i < 5 ? 0 : (i + 1) * 1000, types[i % 5] as string]);
    const r = tiers(values);
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    // No sales yet: the customer's Type makes a customer, the prospect's a prospect, Other the sales.
    expect(tierOf(r, "A0")).toBe("ordinary");
    expect(tierOf(r, "A1")).toBe("prospect");
    expect(tierOf(r, "A2")).toBe("prospect");
  });

  it("reads its stages beside an Active yes or no: the kind decides, the yes where it names no standing", () => {
    // Five accounts typed Prospect were customers "with no order yet" by their Active Yes, Type unread.
    const rows: [string, string][] = [
      ["Prospect", "Yes"],
      ["Other", "Yes"],
      ["", "Yes"],
      ["Other", "No"],
      ["Customer - Direct", "No"],
      ["Competitor", "Yes"],
    ];
    const values: Cell[][] = [["Account Name", "Type", "Active", "Sales 2025"]];
    rows.forEach(([type, active], i) => values.push([`N${i}`, type, active, null]));
    for (let i = 0; i < 10; i++) values.push([`S${i}`, "Customer - Direct", "Yes", (i + 1) * 1000]);
    const r = tiers(values);
    expect(["N0", "N1", "N2", "N3", "N4"].map((n) => tierOf(r, n))).toEqual([
      "prospect",
      "ordinary",
      "ordinary",
      "prospect",
      "ordinary",
    ]);
    expect(r.accounts.some((a) => a.name === "N5")).toBe(false);
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
  });

  it("ranks prospects by their intent (意向度, Rating Hot): high first, cold never alone, said why", () => {
    // The intent was unread: a 高 prospect and a 低 one ranked alike, the priority by name.
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "意向度"]];
    const intents = ["低", "中", "高", "冷", "也许"];
    intents.forEach((x, i) => values.push([`意向${i}`, null, x]));
    for (let i = 0; i < 15; i++) values.push([`客户${i}`, 100 + i, "高"]);
    const r = tiers(values, { prospects: { priorityShare: 0.2 } }, zh);
    expect(r.summary.priorityProspects.map((p) => [p.name, p.why])).toEqual([["意向2", "意向度高"]]);
    // More places: the medium one next; the low and the cold ones, with nothing else for them, never.
    const more = tiers(values, { prospects: { priorityShare: 0.8 } }, zh).summary.priorityProspects;
    expect(more.map((p) => [p.name, p.why])).toEqual([
      ["意向1", "意向度中等"],
      ["意向2", "意向度高"],
    ]);
    // The note says what the intent asks: quote soon where high, spend little where low.
    const noteOf = (name: string) => r.accounts.find((a) => a.name === name)?.note ?? "";
    expect(noteOf("意向2")).toContain("意向度高：尽快报价，促成试单");
    expect(noteOf("意向0")).toContain("意向度低：定期联系即可，不宜投入过多");
    expect(noteOf("意向1")).not.toContain("意向度");
    expect(r.findings.filter((f) => f.code === "value.unknownIntent").map((f) => f.message)).toEqual([
      "第6行：意向度“也许”不是可识别的意向度（高/中/低、热/温/冷或成交概率，如70%）；已忽略。",
    ]);
    expect(tiers(values, { prospects: { priorityShare: 0.2 } }).summary.priorityProspects[0]?.why).toBe(
      "high purchase intent",
    );
  });

  it("reads Pipedrive's organisation export: Label as the status, a Hot lead first among the prospects", () => {
    // Label and Organization - Last activity date were unread: every lead alike, no visit known.
    const labels = ["Customer", "Cold lead", "Hot lead", "Warm lead"];
    const values: Cell[][] = [
      [
        "Organization - Name",
        "Organization - Label",
        "Organization - Last activity date",
        "Sales 2025 (USD)",
      ],
    ];
    for (let i = 0; i < 12; i++) {
      const label = labels[i % 4] as string;
      values.push([`Org ${i}`, label, "2025-05-02", label === "Customer" ? 10_000 * (i + 1) : null]);
    }
    const r = tiers(values);
    expect(tierOf(r, "Org 1")).toBe("prospect");
    // The next review counts from the last activity (2 May), not from the run's day (30 June).
    expect(r.header.mapping.lastVisit).toBe(2);
    expect(r.accounts.find((a) => a.name === "Org 0")?.nextReview).toBe("2025-08-02");
    // One place in ten among nine prospects: one of the three Hot leads (Org 2, 6, 10), by name.
    expect(r.summary.priorityProspects.map((p) => [p.name, p.why])).toEqual([
      ["Org 10", "high purchase intent"],
    ]);
  });

  it("takes a follow-up task or a lead's temperature for no standing: the sales decide, nothing said", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "客户状态"]];
    const words = ["待跟进", "已拜访", "待回访", "观望", "待定", "In Progress", "Bad Timing", "Warm"];
    for (let i = 0; i < 16; i++) values.push([`商贸${i}`, i < 8 ? 0 : i * 10, words[i % 8] as string]);
    const r = tiers(values, undefined, zh);
    // Each was an unknown status, said on every row.
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    expect(r.findings.filter((f) => f.code === "status.prospectWithSales")).toEqual([]);
    expect(tierOf(r, "商贸0")).toBe("prospect");
    expect(tierOf(r, "商贸8")).not.toBe("prospect");
  });

  it("leaves out a competitor, a vendor, the press: no prospect to win, said on its row", () => {
    // Zoho's Account Type: stages, partner kinds and accounts that are no channel's at all.
    const kinds = [
      "Customer",
      "Distributor",
      "Prospect",
      "Competitor",
      "Vendor",
      "Investor",
      "Press",
      "Analyst",
    ];
    const values: Cell[][] = [["Account Name", "Sales 2025", "Account Type"]];
    for (let i = 0; i < 16; i++) values.push([`F${i}`, i < 8 ? 0 : (i + 1) * 1000, kinds[i % 8] as string]);
    const r = tiers(values);
    // Competitor … Analyst without sales (rows 5-9): left out; F0 a customer by its Type, F2 a prospect.
    expect(r.accounts.map((a) => a.name)).toEqual([
      "F0",
      "F1",
      "F2",
      ...Array.from({ length: 8 }, (_, k) => `F${k + 8}`),
    ]);
    expect(tierOf(r, "F0")).toBe("ordinary");
    expect(tierOf(r, "F1")).toBe("prospect");
    expect(tierOf(r, "F2")).toBe("prospect");
    expect(r.findings.filter((f) => f.code === "value.unknownStatus")).toEqual([]);
    const left = r.findings.filter((f) => f.code === "row.notAccount");
    expect(left.map((f) => [f.row, f.column, f.severity])).toEqual([
      [5, "C", "info"],
      [6, "C", "info"],
      [7, "C", "info"],
      [8, "C", "info"],
      [9, "C", "info"],
    ]);
    expect(left[0]?.message).toBe(
      "Row 5: Account Type 'Competitor' is neither a customer nor a prospect to win, and it bought nothing this period: not tiered. If it is one, change its Account Type and run again.",
    );
    // With sales, one deal makes a customer (a vendor that also buys from us).
    expect(tierOf(r, "F12")).not.toBe("prospect");
    expect(r.findings.find((f) => f.code === "status.notAccountWithSales" && f.row === 14)?.message).toBe(
      "Row 14: Account Type says 'Vendor', but the account bought ¥13K this period: tiered as a customer (one deal makes a customer).",
    );
    // In Chinese: 客户类型 竞争对手 and 供应商; 竞品客户 (a competitor's customer) is a prospect still.
    const zhValues: Cell[][] = [["客户名称", "年销售额（万元）", "客户类型"]];
    const zhKinds = ["合作客户", "意向客户", "竞争对手", "供应商", "竞品客户"];
    for (let i = 0; i < 10; i++) zhValues.push([`商贸${i}`, i < 5 ? 0 : i * 10, zhKinds[i % 5] as string]);
    const z = tiers(zhValues, undefined, zh);
    expect(z.findings.filter((f) => f.code === "row.notAccount").map((f) => f.message)).toEqual([
      "第4行：客户类型为“竞争对手”，既不是客户，也不是要开发的意向客户，本期也没有销售：未参与分级。如确是客户，请修改客户类型后重新运行。",
      "第5行：客户类型为“供应商”，既不是客户，也不是要开发的意向客户，本期也没有销售：未参与分级。如确是客户，请修改客户类型后重新运行。",
    ]);
    expect(z.findings.filter((f) => f.code === "status.notAccountWithSales").map((f) => f.message)).toEqual([
      "第9行：客户类型为“竞争对手”，但本期已有销售额70万元；按“成交即为客户”列为客户。",
      "第10行：客户类型为“供应商”，但本期已有销售额80万元；按“成交即为客户”列为客户。",
    ]);
    expect(tierOf(z, "商贸4")).toBe("prospect");
    // Dynamics 365's Relationship Type: read as the status (it was unread), an influencer left out.
    const d365: Cell[][] = [["Account Name", "Total Sales 2025", "Relationship Type"]];
    const d365Kinds = [
      "Customer",
      "Reseller",
      "Prospect",
      "Competitor",
      "Supplier",
      "Influencer",
      "Consultant",
    ];
    for (let i = 0; i < 14; i++) d365.push([`D${i}`, i < 7 ? 0 : i * 1000, d365Kinds[i % 7] as string]);
    const d = tiers(d365);
    expect(d.findings.filter((f) => f.code === "row.notAccount").map((f) => f.row)).toEqual([5, 6, 7, 8]);
    expect(tierOf(d, "D0")).toBe("ordinary");
  });
});

describe("a total right of the months of part of a year", () => {
  it("covers those months: 1-10月 in the notes, last year's pro rata (every account fell by a sixth)", () => {
    const values: Cell[][] = [
      ["经销商名称", ...Array.from({ length: 10 }, (_, m) => `${m + 1}月`), "合计", "去年销售额"],
    ];
    // Each sells 1 a month, as last year (12 over twelve months).
    for (let i = 0; i < 10; i++) values.push([`商贸${i}`, ...Array.from({ length: 10 }, () => 1), 10, 12]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts[0]?.growth).toBeCloseTo(0);
    expect(r.accounts[0]?.note).toMatch(/^1-10月销售额10元/);
    expect(r.findings.map((f) => f.code)).toContain("header.periodProrated");
    // Twelve months and their total: a year, as before.
    const year: Cell[][] = [["经销商名称", ...Array.from({ length: 12 }, (_, m) => `${m + 1}月`), "合计"]];
    for (let i = 0; i < 10; i++) year.push([`商贸${i}`, ...Array.from({ length: 12 }, () => 1), 12]);
    expect(tiers(year, undefined, zh).accounts[0]?.note).toMatch(/^年销售额12元/);
    // A total named for the year (全年合计, 全年销售额, 年销售额) is the year so far where its cells sum
    // the months filled in (it was a year: each account fell by three quarters on last year's 12)...
    for (const total of ["全年合计", "全年销售额", "年销售额"]) {
      const named: Cell[][] = [["经销商名称", "1月", "2月", "3月", "4月", total, "去年销售额"]];
      for (let i = 0; i < 10; i++) named.push([`商贸${i}`, 1, 1, 1, null, 3, 12]);
      const run = tiers(named, undefined, zh);
      expect([total, run.accounts[0]?.note.slice(0, 9), run.accounts[0]?.growth]).toEqual([
        total,
        "1-3月销售额3元",
        0,
      ]);
    }
    // ... and a year where they are not (a full-year figure of its own: a forecast, the finance department's).
    const own: Cell[][] = [["经销商名称", "1月", "2月", "3月", "全年销售额"]];
    for (let i = 0; i < 10; i++) own.push([`商贸${i}`, 1, 1, 1, 13 + i]);
    expect(tiers(own, undefined, zh).accounts[0]?.note).toMatch(/^年销售额13元/);
  });

  it("reads the months between their quarters' subtotals (1月 2月 3月 一季度合计 4月 …)", () => {
    // The months and the quarters overlapped: 全年合计 of eleven months was said to be a year's sales, and
    // a year's last year's set against it.
    const header: Cell[] = ["经销商名称"];
    for (let m = 1; m <= 11; m++) {
      header.push(`${m}月`);
      if (m % 3 === 0) header.push(`${"一二三"[m / 3 - 1]}季度合计`);
    }
    header.push("全年合计", "去年销售额");
    const values: Cell[][] = [header];
    for (let i = 0; i < 10; i++) {
      const row: Cell[] = [`商贸${i}`];
      for (let m = 1; m <= 11; m++) {
        row.push(1);
        if (m % 3 === 0) row.push(3);
      }
      values.push([...row, 11, 12]);
    }
    const r = tiers(values, undefined, zh);
    expect(r.accounts[0]?.note).toMatch(/^1-11月销售额11元/);
    expect(r.accounts[0]?.growth).toBeCloseTo(0);
    expect(r.findings.map((f) => f.code)).toContain("header.periodProrated");
  });
});

describe("customer codes (客户编码)", () => {
  /** Eight distributors with codes, the fourth and the eighth of one name under two codes. */
  const coded = (): Cell[][] => [
    ["客户编码", "客户名称", "年销售额（万元）"],
    ...Array.from({ length: 8 }, (_, i) => [
      `C${1001 + i}`,
      i === 7 ? "华信商贸" : i === 3 ? "华信商贸" : `经销商${i + 1}`,
      100 - 10 * i,
    ]),
  ];

  it("are read as the code, and 编号 or 序号 alone (a row counter) is not one", () => {
    expect(detectColumns([["客户编码", "客户名称"]]).mapping.code).toBe(0);
    expect(detectColumns([["Customer ID", "Customer Name"]]).mapping.code).toBe(0);
    expect(detectColumns([["经销商编号", "经销商名称"]]).mapping).toMatchObject({ code: 0, name: 1 });
    expect(detectColumns([["序号", "客户名称"]]).mapping.code).toBeUndefined();
    expect(detectColumns([["编号", "客户名称"]]).mapping.code).toBeUndefined();
    // An SAP customer list: the number, then its name as 客户描述 (no name column was found).
    expect(detectColumns([["SAP客户号", "客户描述", "销售额"]]).mapping).toMatchObject({ code: 0, name: 1 });
  });

  it("tell two distributors of one name apart: tiered as two, said as info, not warned as entered twice", () => {
    const r = tiers(coded(), undefined, zh);
    const codes = r.findings.filter((f) => f.code.startsWith("row."));
    expect(codes.map((f) => [f.code, f.severity, f.row])).toEqual([["row.sameNameOtherCode", "info", 9]]);
    expect(codes[0]?.message).toBe(
      "第9行：客户名称“华信商贸”与第5行同名，但客户编码不同（C1008、C1004）：按两家经销商分别分级。",
    );
    // Without the codes, the same rows are one name entered twice.
    const bare = tiers(
      coded().map((row) => row.slice(1)),
      undefined,
      zh,
    );
    expect(bare.findings.map((f) => f.code)).toContain("row.duplicateName");
  });

  it("warn of one code on two rows of different names", () => {
    const values = coded();
    (values[6] as Cell[])[0] = "C1002";
    const r = tiers(values, undefined, zh);
    const f = r.findings.find((x) => x.code === "row.duplicateCode");
    expect(f).toMatchObject({ severity: "warning", row: 7, column: "A", header: "客户编码" });
    expect(f?.message).toBe(
      "第7行：客户编码“C1002”与第3行（“经销商2”）相同，但名称不同；两行均参与分级，请核对是否录入错误。",
    );
  });

  it("match a renamed distributor to the last run by its code: not removed and new, said once", () => {
    const first = run(coded(), { language: "zh-CN" }).plan!;
    const previous = parseSettings(serializeSettings(first.settings), zh).settings;
    expect(previous?.roster?.codes).toEqual([
      "C1001",
      "C1002",
      "C1003",
      "C1004",
      "C1005",
      "C1006",
      "C1007",
      "C1008",
    ]);
    const again = coded();
    (again[1] as Cell[])[1] = "经销商1有限公司";
    const r = run(again, { language: "zh-CN", previous });
    const result = r.result!;
    expect(result.summary.changes).toEqual({ new: 0, same: 8, promoted: 0, demoted: 0, removed: 0 });
    const said = result.findings.filter((f) => f.code === "row.renamed");
    expect(said.map((f) => f.message)).toEqual([
      "第2行：客户编码“C1001”上次名为“经销商1”，现为“经销商1有限公司”：按同一家经销商与上次比较。",
    ]);
    // A name taken by another code is another distributor: the last run's 经销商2 (C1002) is gone.
    const swapped = coded();
    (swapped[2] as Cell[])[0] = "C2002";
    const s = run(swapped, { language: "zh-CN", previous }).result!;
    expect(s.summary.changes).toMatchObject({ new: 1, removed: 1 });
  });
});

describe("a distributor renamed where it stands, on a sheet without codes", () => {
  const names = [
    "石家庄华信商贸有限公司",
    "苏州华信实业有限公司",
    "南昌瑞丰经销部",
    "沈阳百川实业有限公司",
    "Acme Trading Co., Ltd.",
  ];
  const ledger = (list: readonly string[]): Cell[][] => [
    ["经销商名称", "年销售额"],
    ...list.map((n, i): Cell[] => [n, 10_000 * (list.length - i)]),
  ];
  const previousOf = () => parseSettings(serializeSettings(run(ledger(names)).plan!.settings), zh).settings!;

  it("is matched to the last run by its row where the names are alike: not removed and new, said on its row", () => {
    const again = [...names];
    again[0] = "石家庄华信商贸（华北）";
    again[4] = "ACME Trading";
    const r = run(ledger(again), { previous: previousOf(), language: "zh-CN" }).result;
    expect(r.summary.changes).toEqual({ new: 0, same: 5, promoted: 0, demoted: 0, removed: 0 });
    const said = r.findings.filter((f) => f.code === "row.renamed");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([
      ["info", 2, "A"],
      ["info", 6, "A"],
    ]);
    expect(said[0]?.message).toBe(
      "第2行：“石家庄华信商贸（华北）”上次在同一行名为“石家庄华信商贸有限公司”，视为同一家经销商改了名，与上次比较。如不是同一家，请在表中加一列客户编码后重新运行。",
    );
  });

  it("is not, where another distributor stands in a deleted one's row: each keeps its own history", () => {
    const again = [...names];
    again[1] = "苏州恒达商贸有限公司"; // 华信 alone in common: another distributor
    const r = run(ledger(again), { previous: previousOf() }).result;
    expect(r.summary.changes).toMatchObject({ new: 1, removed: 1 });
    expect(r.findings.some((f) => f.code === "row.renamed")).toBe(false);
    // A row with a code is its code's: never taken by its place.
    const coded: Cell[][] = ledger(names).map((row, i) => [i === 0 ? "客户编码" : `C${i}`, ...row]);
    const codedAgain = coded.map((row, i) => (i === 1 ? [row[0], "石家庄华信商贸（华北）", row[2]] : row));
    const first = parseSettings(serializeSettings(run(coded).plan!.settings), zh).settings!;
    // Codes the last run saved match it by code (said as a code's rename); a code the roster does not know is new.
    expect(run(codedAgain, { previous: first }).result.summary.changes).toMatchObject({ new: 0, removed: 0 });
    const newCode = codedAgain.map((row, i) => (i === 1 ? ["C99", row[1], row[2]] : row));
    expect(run(newCode, { previous: first }).result.summary.changes).toMatchObject({ new: 1, removed: 1 });
  });

  it("is new where another distributor was typed over a row, whatever tier the row's cell still says", () => {
    const first = run(ledger(names)).plan!;
    const tier = first.columns.find((c) => c.key === "tier")!;
    const withTiers = ledger(names).map((row, i) => [
      ...row,
      i === 0 ? tier.header : (tier.values.at(i - 1) ?? null),
    ]);
    expect(withTiers[1]?.[2]).toBe("重点客户");
    // 石家庄华信商贸 deleted by typing 苏州恒达商贸 over its row: its 重点客户 cell stayed.
    const typedOver = withTiers.map((row, i) => (i === 1 ? ["苏州恒达商贸有限公司", row[1], row[2]] : row));
    const previous = parseSettings(serializeSettings(first.settings), zh).settings!;
    const r = run(typedOver, { previous }).result;
    expect(r.accounts[0]).toMatchObject({ name: "苏州恒达商贸有限公司", change: "new" });
    expect(r.summary.changes).toMatchObject({ new: 1, removed: 1 });
    expect(r.summary.watchList.map((w) => w.name)).toContain("石家庄华信商贸有限公司");
  });

  it("is said once with the count where names were retyped across the sheet", () => {
    const again = names.map((n) => `${n.replace(/有限公司|经销部/, "")}（新）`);
    const r = run(ledger(again), { previous: previousOf(), language: "en-US" }).result;
    expect(r.summary.changes).toMatchObject({ new: 0, same: 5, removed: 0 });
    const said = r.findings.filter((f) => f.code === "row.renamed");
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toBe(
      "5 rows have names the last run did not, alike to the names on the same rows then (row 2: '石家庄华信商贸（新）' was '石家庄华信商贸有限公司'): compared with the last run as the same distributors, renamed. If some are not, add a customer code column and run again.",
    );
  });

  it.each([
    ["石家庄华信商贸有限公司", "石家庄华信商贸（华）", true],
    ["石家庄华信商贸有限公司", "石家庄华信", true],
    ["苏州华信实业有限公司", "石家庄华信商贸有限公司", false],
    ["Costco Wholesale", "Costco Wholesale Corp.", true],
    ["Costco", "Cost Plus", false],
    ["Dealer 001", "Dealer 099", false],
    ["Acme Trading", "ACME Trading Co., Ltd.", true],
    ["石家庄华信商贸有限公司", "石家庄华信贸易有限公司", true],
    ["石家庄华信商贸有限公司", "石家庄恒达商贸有限公司", false],
    ["石家庄华信", "石家庄恒达", false],
    ["有限公司", "经销部", false],
  ] as const)("namesAlike(%p, %p) is %p", (a, b, alike) => {
    expect(namesAlike(a, b)).toBe(alike);
  });
});

describe("dates as numbers in a workbook of the 1904 date system", () => {
  it("read a start date and a last visit pasted as numbers (General) as the same days as in a 1900 workbook", () => {
    // 2019-03-01 and 2025-10-15 as serials of each system, in columns with no date format.
    const rows = (date1904: boolean): Cell[][] => {
      const shift = date1904 ? 1462 : 0;
      return [
        ["经销商名称", "年销售额（万元）", "合作起始日期", "最近拜访日期"],
        ...Array.from({ length: 6 }, (_, i) => [
          `经销商${i + 1}`,
          100 - 10 * i,
          43525 - shift,
          45945 - shift,
        ]),
      ];
    };
    const run1904 = (date1904: boolean) =>
      tierAccounts({
        grid: { values: rows(date1904), origin: { row: 0, column: 0 }, date1904 },
        messages: zh,
        asOf: AS_OF,
      });
    const a = run1904(false);
    const b = run1904(true);
    expect(b.accounts.map((x) => [x.tenureYears, x.nextReview])).toEqual(
      a.accounts.map((x) => [x.tenureYears, x.nextReview]),
    );
    expect(a.accounts[0]?.tenureYears).toBeGreaterThan(5);
    expect(b.findings.map((f) => f.code)).toEqual(a.findings.map((f) => f.code));
  });
});

describe("credit rated high, medium, low", () => {
  it.each([
    ["风险等级", ["D", "C", "A", "D"]],
    ["信用等级", ["A", "B", "C", "A"]],
    ["Risk Level", ["D", "C", "A", "D"]],
  ])("reads %s's 高/中/低 by what it rates, every cell a rating", (header, credits) => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", header]];
    ["高", "中", "低", "高"].forEach((v, i) => values.push([`经销商${i + 1}`, 100 - 10 * i, v]));
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.credit)).toEqual(credits);
    expect(r.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
  });

  it("keeps 中 a C beside 优, 良 and 差", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用等级"]];
    ["优", "良", "中", "差"].forEach((v, i) => values.push([`经销商${i + 1}`, 100 - 10 * i, v]));
    expect(tiers(values, undefined, zh).accounts.map((a) => a.credit)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("a sales potential stated in words (销售潜力: 高/中/低)", () => {
  it("is the manager's class, over what growth would give; a blank cell falls back to growth", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "销售潜力"]];
    // Flat sales (growth 0: medium) under the manager's own 高, 低, 较大, Low and a blank.
    ["高", "低", "较大", "Low", null].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 100 - 10 * i, 100 - 10 * i, v]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping.marketPotential).toBe(3);
    expect(r.accounts.map((a) => a.potential)).toEqual(["high", "low", "high", "low", "medium"]);
    // Words are no market size: nothing is said of them as numbers.
    expect(r.findings.filter((f) => f.code.startsWith("value."))).toEqual([]);
    expect(r.accounts[1]?.note).toContain("潜力低");
  });

  it("gives no growth part to the score where no row has a figure for it: the largest account scores 100", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "销售潜力"]];
    ["高", "中", "低", "高"].forEach((v, i) => values.push([`经销商${i + 1}`, 100 - 10 * i, v]));
    const r = tiers(values, undefined, zh);
    expect(r.accounts[0]?.score).toBe(100);
    expect(r.accounts.map((a) => a.potential)).toEqual(["high", "medium", "low", "high"]);
  });
});

describe("a regional share stated in words (区域占有: 主导/强势/竞争/弱势)", () => {
  it("is the manager's class, kept over the share of the region's sales; numbers beside it still read as shares", () => {
    const values: Cell[][] = [["经销商名称", "所属区域", "年销售额（万元）", "区域占有"]];
    // 经销商1 sells most of 华东 but its manager calls it weak; 经销商4's cell is a share, 经销商5's blank.
    [["弱势"], ["主导"], ["竞争"], ["30%"], [null]].forEach(([v], i) =>
      values.push([`经销商${i + 1}`, "华东", 100 - 10 * i, v ?? null]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping.marketShare).toBe(3);
    expect(r.accounts.map((a) => a.regionalShare)).toEqual([
      "weak",
      "dominant",
      "competitive",
      "strong",
      "competitive",
    ]);
    // Stated classes are no share of the region's sales; the blank one is (60 of 400 wan).
    expect(r.accounts.map((a) => a.shareOfRegion)).toEqual([null, null, null, null, 0.15]);
    expect(r.findings.filter((f) => f.code.startsWith("value."))).toEqual([]);
    expect(r.accounts[0]?.note).toContain("区域占有弱");
  });
});

describe("an override to prospect on an account with sales", () => {
  it("stands, as every override does, and is warned on its row: a grade's C made the largest account a prospect in silence", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "手动分级"]];
    ["C", "意向客户", null, null, null].forEach((v, i) => values.push([`经销商${i + 1}`, 100 - 10 * i, v]));
    const r = tiers(values, undefined, zh);
    expect(r.accounts.slice(0, 2).map((a) => a.tier)).toEqual(["prospect", "prospect"]);
    const said = r.findings.filter((f) => f.code === "override.prospectWithSales");
    expect(said.map((f) => [f.severity, f.row, f.column])).toEqual([
      ["warning", 2, "C"],
      ["warning", 3, "C"],
    ]);
    expect(said.map((f) => f.message)).toEqual([
      "第2行：手动分级为“C”（意向客户），但本期已有销售额100万元：按手动分级列为意向客户。意向客户是尚未成交的企业；如只想降低其优先级，请改为“普通客户”。",
      "第3行：手动分级为“意向客户”，但本期已有销售额90万元：按手动分级列为意向客户。意向客户是尚未成交的企业；如只想降低其优先级，请改为“普通客户”。",
    ]);
    const en = tiers(
      values.map((row, i) => (i === 0 ? ["Distributor", "Revenue", "Tier Override"] : row)),
    ).findings.find((f) => f.code === "override.prospectWithSales");
    expect(en?.message).toMatch(
      /^Row 2: Tier Override says 'C' \(prospect\), but the account has sales this period/,
    );
  });
});

describe("a yes/no column of holds (是否冻结, Credit Hold)", () => {
  it.each([
    ["是否冻结", "是", "否"],
    ["Credit Hold", "On", "Off"],
  ])(
    "%s: the account held is tiered with credit D and warned; its A rating hid the hold",
    (header, yes, no) => {
      const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用等级", header]];
      [yes, no, no, no, no].forEach((v, i) => values.push([`经销商${i + 1}`, 100 - 10 * i, "AAA", v]));
      const r = tiers(values, undefined, zh);
      expect(r.header.mapping.hold).toBe(3);
      expect(r.accounts.map((a) => a.credit)).toEqual(["D", "A", "A", "A", "A"]);
      const said = r.findings.filter((f) => f.code === "status.hold");
      expect(said.map((f) => [f.row, f.column, f.header])).toEqual([[2, "D", header]]);
      expect(said[0]?.message).toBe(
        `第2行：${header}为“${yes}”：仍按客户分级；资信按D处理（现款现货，停止新增授信）。恢复供货或授信后请更新状态。`,
      );
      expect(r.accounts[0]?.watchReasons).toEqual(["credit"]);
    },
  );

  it("reads its words too (冻结标志: 冻结 / 未冻结), which were no yes and no no: the hold went unread", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用等级", "冻结标志"]];
    ["冻结", "未冻结", "Frozen", "未冻结"].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 100 - 10 * i, "AAA", v]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping.hold).toBe(3);
    expect(r.accounts.map((a) => a.credit)).toEqual(["D", "A", "D", "A"]);
    expect(r.findings.filter((f) => f.code === "status.hold").map((f) => f.row)).toEqual([2, 4]);
  });

  it("reads 未冻结 in a status column as a customer with no hold (it was a hold, then an unknown status)", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "冻结状态"]];
    ["已冻结", "未冻结", "未冻结", "未冻结"].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 100 - 10 * i, v]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([["status.hold", 2]]);
  });
});

describe("a key account gone from the sheet", () => {
  const entry = (lastSales: number | null) => ({
    row: null,
    name: "济南金桥实业",
    reasons: ["removed"] as const,
    drop: null,
    credit: null,
    lastSales,
  });
  it("is said with the sales it had at the last run, in the sheet's money", () => {
    expect(describeWatch(entry(2_800_000), zh)).toBe("已从表中删除（上次分级时销售额280万元）");
    expect(describeWatch(entry(2_800_000), en)).toBe(
      "removed from the sheet (revenue ¥2.8M at the last run)",
    );
  });
  it("is said plainly where the last run saved no sales for it (an older roster, no sales)", () => {
    expect(describeWatch(entry(null), zh)).toBe("已从表中删除");
    expect(describeWatch(entry(0), en)).toBe("removed from the sheet");
  });
});

describe("an ordinary account of high potential", () => {
  // Twenty accounts, every one with a sales mode and a sensitivity: the levers of its kind filled the
  // note before, and a +45% account was told only to keep its service steady.
  const values: Cell[][] = [
    ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "销售模式", "敏感类型", "信用等级"],
  ];
  // Each grows 10%, by more than the two below: theirs are no leading increases (no promotion candidates).
  for (let i = 0; i < 20; i++)
    values.push([`经销商${i + 1}`, 220 - i * 8, (220 - i * 8) / 1.1, "分销", "价格", "A"]);
  values.push(["成长商贸", 29, 20, "分销", "价格", "B"], ["欠款商贸", 29, 20, "分销", "价格", "C"]);
  const r = tiers(values, undefined, zh);
  const note = (name: string) => r.accounts.find((a) => a.name === name)!;

  it("is told to invest before the levers of its kind, and not to keep its service steady", () => {
    const rising = note("成长商贸");
    expect([rising.tier, rising.potential, rising.promotionCandidate]).toEqual(["ordinary", "high", false]);
    expect(rising.note).toBe(
      "年销售额29万元，占1%，同比增长45%；由业务员按常规方法跟进；潜力高：加大投入，落实发展奖励；价格敏感：稳定价格体系，严控窜货；分销：帮助管理下级网点",
    );
  });

  it("is not told to invest while it owes past due (credit C), as a promotion candidate is not", () => {
    const owing = note("欠款商贸");
    expect(owing.potential).toBe("high");
    expect(owing.note).toContain("资信C：收紧账期，盯紧回款");
    expect(owing.note).not.toContain("加大投入");
    expect(owing.note).toContain("维持正常服务");
  });
});

describe("an ordinary account on cash terms", () => {
  // Ten key-sized accounts, then four ordinary ones: one 113 days overdue (D), one in a legal dispute,
  // one on hold, one 40 days overdue (C). None grows: no promotion candidates, no high potential.
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期天数", "客户状态"]];
  for (let i = 0; i < 10; i++) values.push([`经销商${i + 1}`, 300 - i * 10, 300 - i * 10, 0, "合作中"]);
  values.push(
    ["逾期商贸", 20, 20, 113, "合作中"],
    ["纠纷商贸", 20, 20, 0, "法律纠纷"],
    ["冻结商贸", 20, 20, 0, "暂停发货"],
    ["欠款商贸", 20, 20, 40, "合作中"],
    ["正常商贸", 20, 20, 0, "合作中"],
  );
  const r = tiers(values, undefined, zh);
  const note = (name: string) => r.accounts.find((a) => a.name === name)!.note;

  it("is not told to keep its service steady beside cash on delivery (D, dispute, hold)", () => {
    for (const name of ["逾期商贸", "纠纷商贸", "冻结商贸"]) {
      expect(r.accounts.find((a) => a.name === name)!.tier).toBe("ordinary");
      expect(note(name)).toContain("由业务员按常规方法跟进；");
      expect(note(name)).toContain("现款现货");
      expect(note(name)).not.toContain("维持正常服务");
    }
    expect(note("逾期商贸")).toContain("资信D（逾期113天）：现款现货，停止新增授信");
  });

  it("keeps its service steady where terms are only tightened (C) or normal", () => {
    expect(note("欠款商贸")).toContain("由业务员按常规方法跟进，维持正常服务；资信C（逾期40天）");
    expect(note("正常商贸")).toContain("由业务员按常规方法跟进，维持正常服务");
  });
});

describe("an ERP's customer list with a credit term beside the rating", () => {
  it("reads the rating, not the term (信用期 left of 信用评级), and says nothing of the term", () => {
    const values: Cell[][] = [["客户名称", "年销售额（万元）", "信用期（天）", "信用评级"]];
    ["AAA", "A", "D", "BB", "A", "C"].forEach((rating, i) =>
      values.push([`客户${i + 1}`, 300 - i * 40, [30, 60, 90, 45, 30, 60][i] as number, rating]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.credit)).toEqual(["A", "A", "D", "B", "A", "C"]);
    expect(r.accounts[2]!.note).toContain("资信D：现款现货，停止新增授信");
    expect(r.findings.filter((f) => f.message.includes("信用期"))).toEqual([]);
  });
});

describe("a customer on a hold that is also long overdue", () => {
  it("is told its days, which say why and what to collect, not the hold alone", () => {
    const values: Cell[][] = [["客户名称", "年销售额（万元）", "客户状态", "逾期天数"]];
    ["冻结", "正常", "冻结", "正常", "正常", "正常"].forEach((s, i) =>
      values.push([`客户${i + 1}`, 120 - 10 * i, s, i === 2 ? 120 : 0]),
    );
    const r = tiers(values, undefined, zh);
    expect(r.accounts[0]!.note).toContain("资信D（供货或授信冻结）：现款现货，解冻前不恢复赊销");
    expect(r.accounts[2]!.note).toContain("资信D（逾期120天）：现款现货，停止新增授信");
    expect(r.accounts[2]!.note).not.toContain("冻结");
  });
});

describe("a credit column that says the credit is stopped (信用状态: 正常 / 冻结)", () => {
  it("puts a frozen or suspended account on cash terms as a hold, named by the credit column, in both languages", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用状态"]];
    ["正常", "正常", "冻结", "暂停", "正常", "Suspended", "正常", "B"].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 300 - i * 30, v]),
    );
    const r = tiers(values, undefined, zh);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "A",
      "A",
      "D（供货或授信冻结）",
      "D（供货或授信冻结）",
      "A",
      "D（供货或授信冻结）",
      "A",
      "B",
    ]);
    expect(r.accounts[3]!.note).toContain("资信D（供货或授信冻结）：现款现货，解冻前不恢复赊销");
    expect(tiers(values).accounts[5]!.note).toContain(
      "credit D (on hold): cash on delivery, no credit until the hold is lifted",
    );
    const held = r.findings.filter((f) => f.code === "status.hold");
    expect(held.map((f) => [f.row, f.column])).toEqual([
      [4, "C"],
      [5, "C"],
      [7, "C"],
    ]);
    expect(held[0]!.message).toBe(
      "第4行：信用状态为“冻结”：仍按客户分级；资信按D处理（现款现货，停止新增授信）。恢复供货或授信后请更新状态。",
    );
    // Said as a hold, not as a rating it cannot read.
    expect(r.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
    const english = tiers(
      [
        ["Customer", "Revenue", "Credit Status"],
        ["C1", 100_000, "Good"],
        ["C2", 50_000, "Frozen"],
      ],
      undefined,
      en,
    );
    expect(creditLabelAt(english.table, 1, en)).toBe("D (on hold)");
    expect(english.findings.find((f) => f.code === "status.hold")?.message).toBe(
      "Row 3: Credit Status says 'Frozen': tiered as a customer still; its credit is taken as D (cash on delivery, no new credit). Update the status once deliveries or credit resume.",
    );
  });
});

describe("a credit column's other words (未冻结, 已解冻, Normal; 超信用额度, Over Limit; 待审批)", () => {
  it("reads no hold where none is said, C where the account owes over its limit, and nothing unknown", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用状态", "逾期天数"]];
    const words = [
      "未冻结",
      "已解冻",
      "Normal",
      "Not on hold",
      "超信用额度",
      "额度用完",
      "Over Limit",
      "待审批",
    ];
    // 额度用完 with 100 days overdue: the days are worse than the limit.
    words.forEach((v, i) => values.push([`经销商${i + 1}`, 300 - i * 30, v, i === 5 ? 100 : 0]));
    const r = tiers(values, undefined, zh);
    // 未冻结 (not frozen) was a hold: D on cash terms. The others were unknown ratings, a finding a row.
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "A",
      "A",
      "A",
      "A",
      "C（超信用额度）",
      "D（逾期100天）",
      "C（超信用额度）",
      "A",
    ]);
    expect(r.findings.filter((f) => f.code === "status.hold" || f.code === "value.unknownRating")).toEqual(
      [],
    );
    expect(r.accounts[4]!.note).toContain("资信C（超信用额度）：超额部分收回前不再赊销，盯紧回款");
    const e = tiers(values, undefined, en);
    expect(creditLabelAt(e.table, 6, en)).toBe("C (over its credit limit)");
    expect(e.accounts[6]!.note).toContain(
      "credit C (over its limit): no more credit until back under the limit",
    );
  });
});

describe("a sensitivity to payment terms, and levers listed in one cell", () => {
  it("gives terms their lever where the credit allows it, and the first of a list its own", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "逾期天数", "敏感类型"]];
    values.push(["甲商贸", 100, 0, "账期"], ["乙商贸", 90, 45, "账期"], ["丙商贸", 80, 0, "价格、返利"]);
    for (let i = 0; i < 7; i++) values.push([`其他${i}`, 10 + i, 0, ""]);
    values.push(["丁商贸", 20, 0, "Payment terms"], ["戊商贸", 15, 45, "账期"]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.slice(0, 3).map((a) => a.sensitivity)).toEqual(["terms", "terms", "price"]);
    expect(r.accounts[0]!.note).toContain("账期敏感：在资信范围内讲清账期，按约对账回款");
    // On tightened terms (credit C), the credit's line says the terms: no lever to loosen them.
    expect(r.accounts[11]!.note).toBe(
      "年销售额15万元，占3.8%；由业务员按常规方法跟进，维持正常服务；资信C（逾期45天）：收紧账期，盯紧回款",
    );
    expect(r.accounts[2]!.note).toContain("价格敏感：稳定价格体系，严控窜货");
    const e = tiers(values, undefined, en);
    expect(e.accounts[10]!.note).toContain("terms-sensitive: clear credit terms within its standing");
  });
});

describe("a days-overdue column in words (按时回款, 拖欠, 严重拖欠, 款到发货)", () => {
  it("reads paid on time and cash terms as none, arrears as overdue, grave arrears as D: each was no number", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "信用等级", "逾期情况"]];
    ["按时回款", "款到发货", "拖欠", "严重拖欠", "坏账"].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 100 - 10 * i, "AAA", v]),
    );
    const r = tiers(values, undefined, zh);
    expect([0, 1, 2, 3, 4].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "A",
      "A",
      "B（有逾期）",
      "D（严重拖欠）",
      "D（严重拖欠）",
    ]);
    expect(r.findings.filter((f) => f.code === "value.notANumber")).toEqual([]);
    // An AAA rating hid the arrears: the gravest is watched and put on cash terms, in the sheet's words.
    expect(r.accounts[3]!.note).toContain("资信D：现款现货，停止新增授信");
    const onCash = [...r.summary.creditHold].find((w) => w.name === "经销商4");
    expect(onCash && describeCredit(onCash.credit, zh)).toBe("D（严重拖欠）");
    const e = tiers(values, undefined, en);
    expect(creditLabelAt(e.table, 3, en)).toBe("D (seriously overdue)");
    expect(creditLabelAt(e.table, 2, en)).toBe("B (overdue)");
  });
});

describe("an FMCG ledger's pick-up by year and months (2024年提货额, 2025年1-10月提货)", () => {
  it("tiers by this year's ten months against last year's twelve prorated", () => {
    const values: Cell[][] = [
      ["经销商名称", "2024年提货额（万元）", "2025年1-10月提货（万元）"],
      ["甲", 120, 110],
      ["乙", 60, 40],
      ["丙", 30, 30],
    ];
    const r = tierAccounts({
      grid: { values, origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: new Date("2025-11-30"),
    });
    expect(r.accounts.map((a) => a.revenue)).toEqual([1_100_000, 400_000, 300_000]);
    expect(r.accounts.map((a) => Math.round(a.growth! * 1000) / 1000)).toEqual([0.1, -0.2, 0.2]);
    expect(r.accounts[0]!.note).toMatch(/^1-10月销售额110万元，占61.1%，同比增长10%；/);
  });
});

describe("a ledger that adds each year's rating on the right", () => {
  it("rates by this year's column, and says last year's is left alone", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "资信等级（2024年）", "资信等级（2025年）"]];
    ["A", "A", "A", "B", "A", "A"].forEach((last, i) =>
      values.push([`经销商${i + 1}`, 300 - i * 40, last, i === 2 ? "D" : last]),
    );
    const r = tierAccounts({
      grid: { values, origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: new Date("2025-11-30"),
    });
    expect(r.accounts.map((a) => a.credit)).toEqual(["A", "A", "D", "B", "A", "A"]);
    expect(r.findings.find((f) => f.code === "header.duplicate")?.message).toBe(
      "C列“资信等级（2024年）”也像是资信等级；已使用D列“资信等级（2025年）”，C列保持不动。",
    );
  });
});

describe("a column of how an account pays, in words (回款情况, Payment Status)", () => {
  const ledger = (headers: string[], cells: (i: number) => Cell[]): Cell[][] => {
    const values: Cell[][] = [headers];
    for (let i = 0; i < 5; i++) values.push(cells(i));
    return values;
  };
  const standing = ["按时回款", "拖欠", "严重拖欠", "回款及时", "偶有逾期"];

  it("reads 回款情况 as the overdue column, not as a rival of the sales: 严重拖欠 beside AA is D", () => {
    const values = ledger(["客户名称", "销售额（万元）", "回款情况", "信用等级"], (i) => [
      `商行${i + 1}`,
      120 - 20 * i,
      standing[i] as string,
      "AA",
    ]);
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping.overdue).toBe(2);
    expect(r.header.mapping.revenue).toBe(1);
    expect([0, 1, 2, 3, 4].map((i) => creditLabelAt(r.table, i, zh))).toEqual([
      "A",
      "B（有逾期）",
      "D（严重拖欠）",
      "A",
      "B（有逾期）",
    ]);
    // It was "C列“回款情况”也像是销售额", and every row's arrears unread.
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    expect(r.accounts[2]!.note).toContain("资信D：现款现货，停止新增授信");
  });

  it("does so left of the sales too, the sales then read from their own column", () => {
    const values = ledger(["客户名称", "回款情况", "销售额（万元）"], (i) => [
      `商行${i + 1}`,
      standing[i] as string,
      120 - 20 * i,
    ]);
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping).toMatchObject({ name: 0, overdue: 1, revenue: 2 });
    expect(r.accounts.map((a) => a.revenue)).toEqual([1_200_000, 1_000_000, 800_000, 600_000, 400_000]);
    expect(r.accounts[2]!.credit).toBe("D");
  });

  it("reads an English Payment Status (On time, Late, Paid, Seriously overdue)", () => {
    const words = ["On time", "Late", "Seriously overdue", "Paid", "Slow payer"];
    const values = ledger(["Account Name", "Sales", "Payment Status"], (i) => [
      `Dealer ${i + 1}`,
      500_000 - 50_000 * i,
      words[i] as string,
    ]);
    const r = tiers(values);
    expect(r.header.mapping.overdue).toBe(2);
    expect(r.accounts.map((a) => a.credit)).toEqual(["A", "B", "D", "A", "B"]);
    expect(r.findings.filter((f) => f.code === "value.notANumber")).toEqual([]);
  });

  it("leaves 是否回款 (是 is paid), an amount collected, and a second column beside the days overdue", () => {
    const paid = tiers(
      ledger(["客户名称", "销售额（万元）", "是否回款"], (i) => [
        `商行${i + 1}`,
        100 - i,
        i % 2 ? "是" : "否",
      ]),
      undefined,
      zh,
    );
    expect(paid.header.mapping.overdue).toBeUndefined();
    const amounts = tiers(
      ledger(["客户名称", "销售额（万元）", "回款情况"], (i) => [`商行${i + 1}`, 100 - i, 90 - i]),
      undefined,
      zh,
    );
    expect(amounts.header.mapping.overdue).toBeUndefined();
    expect(amounts.header.duplicates.map((d) => d.header)).toEqual(["回款情况"]);
    const both = tiers(
      ledger(["客户名称", "销售额（万元）", "逾期天数", "回款情况"], (i) => [
        `商行${i + 1}`,
        100 - i,
        10 * i,
        standing[i] as string,
      ]),
      undefined,
      zh,
    );
    expect(both.header.mapping.overdue).toBe(2);
    expect(both.header.unmapped.map((u) => u.header)).toEqual(["回款情况"]);
    expect(both.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
  });
});

describe("an accounts-receivable report's closing balance beside the credit limit (期末余额)", () => {
  it("reads 期末余额 as the balance owed: over its limit the account is C; it was left unread", () => {
    const values: Cell[][] = [
      ["客户编码", "客户名称", "销售额", "期初余额", "本期应收", "本期收款", "期末余额", "信用额度"],
      ["C001", "甲商行", 500000, 10, 500000, 450000, 60000, 100000],
      ["C002", "乙商行", 200000, 0, 200000, 150000, 50000, 30000],
      ["C003", "丙商行", 80000, 5, 80000, 80000, 5, 0],
      ["C004", "丁商行", 30000, 0, 30000, 30000, 0, 50000],
    ];
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping).toMatchObject({ balance: 6, creditLimit: 7 });
    expect(creditLabelAt(r.table, 1, zh)).toBe("C（超信用额度66.7%）");
    expect(r.findings.map((f) => f.message).join("\n")).not.toContain("没有应收余额列");
    const e = tiers(
      values.map((row, i) =>
        i === 0
          ? ["Code", "Customer", "Sales", "Opening", "Billed", "Received", "Closing Balance", "Credit Limit"]
          : row,
      ),
    );
    expect(e.header.mapping).toMatchObject({ balance: 6, creditLimit: 7 });
  });
});

describe("a drug maker's list of pharmaceutical distributors (商业公司: 纯销, 调拨, KA经理)", () => {
  it("tiers by 纯销金额 against 去年纯销, owned by the KA经理: every account was a prospect that stopped buying", () => {
    const values: Cell[][] = [
      [
        "商业公司名称",
        "省份",
        "商业类型",
        "纯销金额（万元）",
        "调拨金额（万元）",
        "终端覆盖数",
        "去年纯销（万元）",
        "KA经理",
      ],
      ["国药控股山西", "山西", "一级商业", 1200, 300, 450, 1000, "张三"],
      ["华润医药河北", "河北", "一级商业", 900, 500, 300, 950, "李四"],
      ["九州通北京", "北京", "二级商业", 400, 100, 800, 300, "王五"],
      ["太原某药业", "山西", "三级商业", 50, 0, 40, 60, "张三"],
    ];
    const r = tiers(values, undefined, zh);
    expect(r.header.mapping).toMatchObject({ revenue: 3, priorRevenue: 6, owner: 7, managementMode: 2 });
    expect(r.header.unmapped.map((u) => u.header)).toEqual(["调拨金额（万元）", "终端覆盖数"]);
    expect(r.accounts.map((a) => a.tier)).toEqual(["key", "ordinary", "ordinary", "ordinary"]);
    expect(r.accounts[0]!.note).toMatch(/^年销售额1200万元，占47.1%，同比增长20%；/);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("ERP customer lists in English (SAP's sales documents, Business Central's customers)", () => {
  it("names SAP's accounts by Customer Name, not by the Sold-To Party's numbers, and sells by Net Value", () => {
    const values: Cell[][] = [
      [
        "Sold-to party",
        "Customer Name",
        "Sales Org.",
        "Distr. Channel",
        "Net Value",
        "Currency",
        "Sales Office",
        "Sales Group",
      ],
      ["100001", "Acme GmbH", "1000", "10", 450000, "EUR", "North", "A01"],
      ["100002", "Beta AG", "1000", "12", 200000, "EUR", "South", "A02"],
      ["100003", "Gamma KG", "1000", "10", 50000, "EUR", "North", "A01"],
      ["100004", "Delta SE", "1000", "14", 9000, "EUR", "South", "A03"],
    ];
    const r = tiers(values);
    // Sales Office was the sales ('North' not a number on every row), Sold-to party the name.
    expect(r.header.mapping).toMatchObject({ name: 1, code: 0, revenue: 4, currency: 5, region: 6 });
    expect(r.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme GmbH", 450000],
      ["Beta AG", 200000],
      ["Gamma KG", 50000],
      ["Delta SE", 9000],
    ]);
    expect(r.findings.filter((f) => f.code === "value.notANumber")).toEqual([]);
    // A name column of names stays the name, numbers or not beside it.
    const named = tiers(values.map((row) => [row[1] as Cell, row[0] as Cell, row[4] as Cell]));
    expect(named.header.mapping).toMatchObject({ name: 0, revenue: 2 });
  });

  it("reads Business Central's Blocked (Ship, Invoice, All) as a hold, and its Salesperson Code as the owner", () => {
    const values: Cell[][] = [
      [
        "No.",
        "Name",
        "Salesperson Code",
        "Balance (LCY)",
        "Sales (LCY)",
        "Credit Limit (LCY)",
        "Blocked",
        "Credit Rating",
      ],
      ["10000", "Adatum Corporation", "JO", 120000, 900000, 100000, "", "A"],
      ["20000", "Trey Research", "PS", 5000, 300000, 50000, "", "A"],
      ["30000", "School of Fine Art", "JO", 80000, 150000, 0, "Ship", "A"],
      ["40000", "Alpine Ski House", "PS", 0, 60000, 20000, "All", "A"],
      ["50000", "Relecloud", "JO", 1000, 20000, 10000, "Invoice", "Ship"],
    ];
    const r = tiers(values);
    expect(r.header.mapping).toMatchObject({ owner: 2, hold: 6, credit: 7 });
    expect([0, 1, 2, 3, 4].map((i) => creditLabelAt(r.table, i, en))).toEqual([
      "C (20% over its credit limit)",
      "A",
      "D (on hold)",
      "D (on hold)",
      "D (on hold)",
    ]);
    // Ship in a rating column is no hold: an unknown rating, said.
    const rating = tiers(values.map((row) => [row[1] as Cell, row[4] as Cell, row[7] as Cell]));
    expect(rating.accounts[4]!.credit).toBe("unknown");
  });
});

describe("a row of units under the header (万元, %, 年, 天)", () => {
  it("reads each column in its unit, and the row as header, not as a distributor without a name", () => {
    const values: Cell[][] = [
      ["经销商名称", "销售额", "同比增长", "合作年限", "逾期天数"],
      ["单位", "万元", "%", "年", "天"],
      ["甲", 120, 12, 5, 0],
      ["乙", 80, -5, 3, 45],
      ["丙", 20, 30, 1, 100],
    ];
    const r = tiers(values, undefined, zh);
    expect(r.header.headerRows).toBe(2);
    expect(r.header.labels).toEqual([
      "经销商名称",
      "销售额（万元）",
      "同比增长（%）",
      "合作年限（年）",
      "逾期天数（天）",
    ]);
    // 120 was ¥120, and row 2 "a distributor without a name, skipped".
    expect(r.accounts.map((a) => [a.revenue, a.growth, a.tenureYears, a.credit])).toEqual([
      [1_200_000, 0.12, 5, "A"],
      [800_000, -0.05, 3, "C"],
      [200_000, 0.3, 1, "D"],
    ]);
    expect(r.findings).toEqual([]);
    const e = tiers([
      ["Dealer", "Sales", "Growth"],
      ["", "(USD '000)", "%"],
      ["A", 120, 12],
      ["B", 80, -5],
    ]);
    expect(e.accounts.map((a) => a.revenue)).toEqual([120_000, 80_000]);
    expect(e.summary.currency).toBe("USD");
  });

  it("takes no data row for units: one unit alone, a name, or a number leaves it data", () => {
    for (const second of [
      ["甲", "万元", "%"],
      ["", "万元", 3],
      ["", "万元", ""],
    ] as Cell[][]) {
      const r = tiers(
        [["经销商名称", "销售额", "同比增长"], second, ["乙", 80, 5], ["丙", 20, 3]],
        undefined,
        zh,
      );
      expect(r.header.headerRows).toBe(1);
    }
  });
});

describe("the start of the relationship as ledgers and CRMs head it", () => {
  it.each([
    ["合作起始年", 2018],
    ["签约年份", 2018],
    ["First Purchase", "2018-06-30"],
    ["Since", 2018],
    ["Yrs with us", 7],
  ])("reads %s as the years of cooperation: it was left unread", (header, start) => {
    const r = tiers([
      ["Account Name", "Sales", header],
      ["A", 100, start],
      ["B", 50, start],
    ]);
    expect(r.header.mapping.tenure).toBe(2);
    expect(r.accounts[0]!.tenureYears).toBeCloseTo(7, 2);
  });
});

describe("a standing in the region, a rank in it, and a share of the account's buying", () => {
  it("reads 区域影响力 (高/中/低) as the regional share, and neither it nor 区域排名 as the region", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "大区", "区域影响力", "区域排名"]];
    ["高", "中", "低", "高"].forEach((v, i) =>
      values.push([`经销商${i + 1}`, 100 - 10 * i, "华东", v, i + 1]),
    );
    const r = tiers(values, undefined, zh);
    // Both were taken for the region: the accounts were grouped by 高 and by 1, 2, 3.
    expect(r.header.mapping).toMatchObject({ region: 2, marketShare: 3 });
    expect(r.header.unmapped.map((u) => u.header)).toEqual(["区域排名"]);
    expect(r.accounts.map((a) => a.regionalShare)).toEqual(["strong", "competitive", "weak", "strong"]);
  });

  it.each(["区域类型", "区域级别", "区域属性", "区域GDP", "Region Type", "Territory Size"])(
    "takes no kind, level or size of a region (%s) for the region",
    (header) => {
      const r = tiers([
        ["经销商名称", "年销售额（万元）", header],
        ["甲", 100, "一线"],
        ["乙", 50, "二线"],
      ]);
      expect(r.header.mapping.region).toBeUndefined();
    },
  );

  it("leaves Share of Wallet unread: the part of the account's buying that is ours is no share of its market", () => {
    const r = tiers([
      ["Account Name", "Sales", "Share of Wallet"],
      ["A", 100, 0.9],
      ["B", 50, 0.05],
    ]);
    expect(r.header.mapping.marketShare).toBeUndefined();
    expect(r.accounts.map((a) => a.regionalShare)).not.toContain("dominant");
  });
});

describe("a header about the owner that is no owner, and a quota", () => {
  it.each(["业务员提成", "业务员级别", "负责人职务", "Owner Title", "Sales Rep Commission"])(
    "takes %s for no owner: the accounts were shared out by it",
    (header) => {
      const r = tiers([
        ["经销商名称", "年销售额（万元）", header],
        ["甲", 100, "高级"],
        ["乙", 50, "3%"],
      ]);
      expect(r.header.mapping.owner).toBeUndefined();
    },
  );

  it("keeps the person's number as the owner (业务员工号), and takes a quota (Sales Quota, 销售额指标) for no sales", () => {
    expect(
      tiers([
        ["经销商名称", "年销售额（万元）", "业务员工号"],
        ["甲", 100, "E01"],
      ]).header.mapping.owner,
    ).toBe(2);
    for (const header of ["Sales Quota", "销售额指标"]) {
      const r = tiers([
        ["Account Name", "Sales", header],
        ["A", 100, 120],
        ["B", 50, 60],
      ]);
      expect(r.header.duplicates).toEqual([]);
    }
  });
});

describe("a cycle of collection or of buying, in days (回款周期（天）, 进货周期, Collection Cycle)", () => {
  it.each(["回款周期（天）", "进货周期", "结算周期（天）", "Collection Cycle (days)"])(
    "%s is no rival of the sales (回款周期 was said as one on every run: 回款 is a sales word)",
    (header) => {
      const r = tiers([
        ["经销商名称", "年销售额（万元）", header],
        ["甲", 100, 30],
        ["乙", 50, 60],
      ]);
      expect(r.header.mapping.revenue).toBe(1);
      expect(r.header.duplicates).toEqual([]);
      expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    },
  );
});

describe("a column about the name that is no name (客户名称拼音, 名称变更记录)", () => {
  it.each(["客户名称拼音", "经销商名称变更记录"])(
    "leaves %s unread, without a finding on every run",
    (header) => {
      const r = tiers([
        ["客户名称", "年销售额（万元）", header],
        ["甲商行", 100, "jiashanghang"],
        ["乙商行", 50, "2023年由乙商店更名"],
      ]);
      expect(r.header.mapping.name).toBe(0);
      expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    },
  );
});

describe("a potential stated under a ledger's or a CRM's word for it (成长性, 发展前景, Upside)", () => {
  it.each(["成长性", "发展前景", "Upside"])("reads %s (高/中/低, High/Low) as the potential", (header) => {
    const r = tiers([
      ["经销商名称", "年销售额（万元）", header],
      ["甲", 100, "高"],
      ["乙", 50, "低"],
      ["丙", 30, "High"],
    ]);
    expect(r.header.mapping.marketPotential).toBe(2);
    expect(r.accounts.map((a) => a.potential)).toEqual(["high", "low", "high"]);
  });
});

describe("sales since the account began beside this year's (累计销售额, Cumulative Sales)", () => {
  it("tiers by this year's sales, and says the lifetime column as a rival: ten years of buying outranked a larger account", () => {
    const r = tiers(
      [
        ["客户名称", "累计销售额（万元）", "本年销售额（万元）", "上年销售额（万元）"],
        ["老客户", 900, 40, 50],
        ["大客户", 300, 150, 120],
        ["新客户", 60, 60, 0],
      ],
      undefined,
      zh,
    );
    expect(r.header.mapping).toMatchObject({ revenue: 2, priorRevenue: 3 });
    expect(r.accounts.map((a) => a.revenue)).toEqual([400_000, 1_500_000, 600_000]);
    expect(r.accounts.map((a) => a.tier)).toEqual(["ordinary", "key", "ordinary"]);
    expect(r.findings.find((f) => f.code === "header.duplicate")?.message).toContain("“累计销售额（万元）”");
  });

  it("keeps a running total of this year or of months (本年累计, 累计1-10月) as the year's", () => {
    for (const header of ["本年累计销售额", "累计1-10月销售额"]) {
      const r = tiers(
        [
          ["客户名称", header, "本月销售额"],
          ["甲", 100, 10],
          ["乙", 50, 5],
        ],
        undefined,
        zh,
      );
      expect(r.header.mapping.revenue).toBe(1);
    }
  });

  it("tiers by lifetime sales where no year's stands beside them, and says so; its notes say what they are", () => {
    // Lifetime Sales was no column ("time" read as a date): every account a prospect. 历史累计销售额 was
    // read as the sales, its notes said 本年累计销售额, and nothing said what it was.
    const sheet = (h: string, prior?: string): Cell[][] => [
      ["Customer", h, ...(prior ? [prior] : [])],
      ["Old Friend", 5_000_000, ...(prior ? [400_000] : [])],
      ["Big Buyer", 3_000_000, ...(prior ? [2_000_000] : [])],
      ["New One", 1_000_000, ...(prior ? [0] : [])],
      ["Never Bought", 0, ...(prior ? [0] : [])],
    ];
    for (const h of ["Lifetime Sales (USD)", "All-time Revenue (USD)", "Sales since Inception (USD)"]) {
      const r = tiers(sheet(h), undefined, en);
      expect(r.header.mapping.revenue).toBe(1);
      expect(r.accounts.map((a) => a.tier)).toEqual(["key", "ordinary", "ordinary", "prospect"]);
      expect(r.accounts[0]?.note).toMatch(/^Lifetime sales \$5M /);
      expect(r.findings.filter((f) => f.code === "header.lifetimeSales")).toEqual([
        expect.objectContaining({ severity: "warning", column: "B", header: h, setting: "mapping.revenue" }),
      ]);
      expect(r.findings.find((f) => f.code === "header.lifetimeSales")?.message).toBe(
        `The sales are read from column B ('${h}'), sales since each account began, not this period's: an account that bought much years ago and little now still ranks by its past, and one that has stopped buying is still a customer. If the sheet has this year's sales, add that column beside it and run again.`,
      );
    }
    // Beside last year's: no growth against a lifetime (it was said to be a year so far without its
    // months, a wrong reason), said once in the lifetime's finding.
    const zhSheet = sheet("历史累计销售额（元）", "上年销售额（元）");
    (zhSheet[0] as Cell[])[0] = "客户名称";
    const r = tiers(zhSheet, undefined, zh);
    expect(r.header.mapping).toMatchObject({ revenue: 1, priorRevenue: 2 });
    expect(r.accounts.map((a) => a.growth)).toEqual([null, null, null, null]);
    expect(r.accounts[0]?.note).toMatch(/^历史累计销售额500万元/);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.message])).toEqual([
      [
        "header.lifetimeSales",
        "销售额取自B列“历史累计销售额（元）”，是合作以来的累计销售，不是本期销售额：早年进货多、如今进货少的客户仍按过去的业绩排名，已停止进货的客户也仍算作成交客户。“上年销售额（元）”无法与之比较，不计算同比与增长。如有本年销售额，请在旁边补上该列后重新运行。",
      ],
    ]);
    // 累计销售额 and Cumulative Sales alone are as often this year's running total: read, not said.
    for (const h of ["累计销售额（元）", "Cumulative Sales"])
      expect(tiers(sheet(h), undefined, en).findings.map((f) => f.code)).not.toContain(
        "header.lifetimeSales",
      );
    // Chosen by the planner: an answer already, not said on every run.
    const chosen = tierAccounts({
      grid: { values: sheet("Lifetime Sales (USD)"), origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
      mapping: { revenue: "Lifetime Sales (USD)" },
    });
    expect(chosen.accounts.map((a) => a.tier)).toEqual(["key", "ordinary", "ordinary", "prospect"]);
    expect(chosen.findings.map((f) => f.code)).not.toContain("header.lifetimeSales");
  });

  it("names a report's period as its period where nothing says its months, and sets no whole year against it", () => {
    // 用友's 销售统计表 run for a month (本期金额, no dates on the sheet): the notes said 年销售额 of the
    // month's figure, and 上年金额 (a whole year's) beside it gave every account a fall of nine tenths.
    const sheet = (title: string | null, h: string, prior: string): Cell[][] => [
      ...(title ? [[title, null, null]] : []),
      ["客户名称", h, prior],
      ["甲", 305_000, 270_000],
      ["乙", 105_000, 90_000],
      ["丙", 5_000, 9_000],
    ];
    const same = tiers(sheet(null, "本期金额", "上年同期金额"), undefined, zh);
    expect(same.summary.salesPeriod).toBe("period");
    expect(same.accounts[0]?.note).toMatch(/^本期销售额30\.5万元，占73\.5%，同比增长13%；/);
    expect(same.findings.map((f) => f.code)).not.toContain("header.periodUnknown");
    expect(zh.salesHeaderIn("销售额（元）", same.summary.salesPeriod)).toBe("本期销售额（元）");
    const year = tiers(sheet(null, "本期金额", "上年金额"), undefined, zh);
    expect(year.accounts.map((a) => a.growth)).toEqual([null, null, null]);
    expect(year.findings.filter((f) => f.code === "header.periodUnknown").map((f) => f.message)).toEqual([
      "“本期金额”是本期销售额，表中没有写明本期是哪几个月；“上年金额”是全年的：两者不可比，不计算同比与增长。请在表头写明月份（如“10月销售额”“1-10月销售额”），或改用上年同期的列，再运行。",
    ]);
    // English reports alike: Current Period Sales beside Same Period Last Year (no column before).
    const en1 = tiers(sheet(null, "Current Period Sales", "Same Period Last Year"), undefined, en);
    expect(en1.header.mapping).toMatchObject({ revenue: 1, priorRevenue: 2 });
    expect(en1.accounts[0]?.note).toMatch(/^Period sales ¥305K \(73\.5% of total\), \+13% YoY;/);
    const en2 = tiers(sheet(null, "This Period Amount", "Prior Year Amount"), undefined, en);
    expect(en2.header.mapping).toMatchObject({ revenue: 1, priorRevenue: 2 });
    expect(en2.findings.find((f) => f.code === "header.periodUnknown")?.message).toBe(
      "'This Period Amount' is this period's sales with nothing on the sheet to say which months, and 'Prior Year Amount' a whole year's: they do not compare, so no year-on-year growth is computed from them. Name the months in the header ('Oct Sales', 'Jan-Oct Sales') or use last year's same-period column, and run again.",
    );
    // A title that says the dates names the months; the year so far (本期累计) stays the year so far.
    const titled = tiers(sheet("日期：2025-10-01 至 2025-10-31", "本期金额", "上年同期金额"), undefined, zh);
    expect(titled.accounts[0]?.note).toMatch(/^10月销售额30\.5万元/);
    expect(tiers(sheet(null, "本期累计金额", "上年同期累计金额"), undefined, zh).summary.salesPeriod).toBe(
      "toDate",
    );
  });
});

describe("a market's size estimated as a range (市场容量 50-80)", () => {
  it("is read as its middle, and 不详 as no estimate, unsaid (each range was 'not a number', its potential lost)", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "市场容量（万元）"],
      ["甲", 20, "50-80"],
      ["乙", 60, "50~70万"],
      ["丙", 30, "不详"],
    ];
    const r = tiers(rows, undefined, zh);
    expect(r.findings.filter((f) => f.code === "value.notANumber")).toEqual([]);
    // 甲 has 45万 of headroom in a market of 65万, 乙 none left in 60万: high and low; 丙 has no estimate.
    expect(r.accounts.map((a) => a.potential)).toEqual(["high", "low", "unknown"]);
  });
});

describe("a credit column holding the terms an account buys on (Net 30, COD, Prepaid)", () => {
  it("gives no class and says nothing on the row, as 未评级 does (each was an unknown rating, said)", () => {
    const terms = ["Net 30", "COD", "Prepaid", "Cash Only", "Pending Review", "Net 60 days"];
    const rows: Cell[][] = [
      ["Customer", "Sales", "Credit Status"],
      ...terms.map((t, i): Cell[] => [`C${i}`, 100 - i, t]),
    ];
    const r = tiers(rows);
    expect(r.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
    expect(r.accounts.map((a) => a.credit)).toEqual(terms.map(() => "unknown"));
  });
});

describe("a move by hand of one tier (升级 / 降级 in the override column)", () => {
  // 40 accounts selling 10万 to 400万 (row 2 the smallest): 4 key places, the machine's key accounts the
  // four largest (经销商37-40), 经销商36 the first below the line.
  const sheet = (moves: Record<number, string>, header = "手动分级"): Cell[][] => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", header]];
    for (let i = 1; i <= 40; i++) values.push([`经销商${i}`, i * 10, moves[i] ?? null]);
    return values;
  };
  const keys = (r: ReturnType<typeof tiers>) => r.accounts.filter((a) => a.tier === "key").map((a) => a.name);

  it("moves an ordinary account up to key, where it takes the last key place, and says so as a move", () => {
    const before = tiers(sheet({}), undefined, zh);
    expect(keys(before)).toEqual(["经销商37", "经销商38", "经销商39", "经销商40"]);
    const r = tiers(sheet({ 5: "升级（年度大单）" }), undefined, zh);
    const moved = r.accounts[4];
    expect([moved?.name, moved?.tier, moved?.machineTier, moved?.moved, moved?.override]).toEqual([
      "经销商5",
      "key",
      "ordinary",
      "up",
      "key",
    ]);
    expect(moved?.reason).toBe("手动升级（系统分级为普通客户）");
    // Four places still: the move took the last of the machine's.
    expect(keys(r)).toEqual(["经销商5", "经销商38", "经销商39", "经销商40"]);
    expect(r.findings.filter((f) => f.code.startsWith("value.") || f.code.startsWith("override."))).toEqual(
      [],
    );
    const english = tiers(sheet({ 5: "Upgrade" }, "Tier Override"));
    expect(english.accounts[4]?.reason).toBe("Moved up by hand (the run's own tier: Ordinary account)");
  });

  it("moves a key account down to ordinary, and the next in line takes its place", () => {
    const r = tiers(sheet({ 40: "降级" }), undefined, zh);
    const moved = r.accounts[39];
    expect([moved?.tier, moved?.machineTier, moved?.moved]).toEqual(["ordinary", "key", "down"]);
    expect(moved?.reason).toBe("手动降级（系统分级为重点客户）");
    expect(keys(r)).toEqual(["经销商36", "经销商37", "经销商38", "经销商39"]);
  });

  it("keeps the machine's tier where a move has nowhere to go, and says so on the row in both languages", () => {
    const values = sheet({ 40: "升级", 10: "降一级", 20: "Downgrade" });
    values.push(["经销商41", 0, "升级"], ["经销商42", 0, "降级"]);
    const r = tiers(values, undefined, zh);
    expect(r.accounts.map((a) => a.tier)).toEqual(
      tiers(
        sheet({}).concat([
          ["经销商41", 0],
          ["经销商42", 0],
        ]),
        undefined,
        zh,
      ).accounts.map((a) => a.tier),
    );
    // None moved, none held: with no move made, nothing is ranked again and the machine's reasons stand.
    expect(r.accounts.filter((a) => a.moved !== null || a.override !== null)).toEqual([]);
    const said = r.findings.filter((f) => f.code === "override.moveRefused");
    expect(said.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["warning", 11, "C", "手动分级"],
      ["warning", 21, "C", "手动分级"],
      ["info", 41, "C", "手动分级"],
      ["warning", 42, "C", "手动分级"],
      ["info", 43, "C", "手动分级"],
    ]);
    expect(said.map((f) => f.message)).toEqual([
      "第11行：手动分级为“降一级”，普通客户已是有销售客户中最低的一级，无法再降级；保持普通客户。如确要列为意向客户（尚未成交的企业），请填写“意向客户”。",
      "第21行：手动分级为“Downgrade”，普通客户已是有销售客户中最低的一级，无法再降级；保持普通客户。如确要列为意向客户（尚未成交的企业），请填写“意向客户”。",
      "第41行：手动分级为“升级”，该客户已是重点客户，无法再升级；保持重点客户。",
      "第42行：手动分级为“升级”，该客户为意向客户（本期尚未成交），无从升级；保持意向客户。如要列为普通或重点客户，请直接填写“普通客户”或“重点客户”。",
      "第43行：手动分级为“降级”，意向客户已是最低一级，无法再降级；保持意向客户。",
    ]);
    expect(r.findings.filter((f) => f.code === "value.unknownOverride")).toEqual([]);
    const english = tiers(values).findings.filter((f) => f.code === "override.moveRefused");
    expect(english.map((f) => f.message)).toEqual([
      "Row 11: 手动分级 says '降一级', but Ordinary is the lowest tier for a customer: it stays ordinary. To tier it a prospect (a company that has not bought yet), write 'Prospect'.",
      "Row 21: 手动分级 says 'Downgrade', but Ordinary is the lowest tier for a customer: it stays ordinary. To tier it a prospect (a company that has not bought yet), write 'Prospect'.",
      "Row 41: 手动分级 says '升级', but the account is already a key account: it stays key.",
      "Row 42: 手动分级 says '升级', but the account is a prospect (no sale this period), with no tier to move up from: it stays a prospect. To tier it Ordinary or Key, write that tier.",
      "Row 43: 手动分级 says '降级', but a prospect is the lowest tier already: it stays a prospect.",
    ]);
  });

  it("holds a key account moved up where another's move up would take its place: it stays key, as said", () => {
    // 经销商37 holds the last key place; 经销商5's move up takes one. Without the hold, 37 fell to
    // ordinary while its row said it stays key.
    const r = tiers(sheet({ 37: "升级", 5: "升级" }), undefined, zh);
    expect(keys(r)).toEqual(["经销商5", "经销商37", "经销商39", "经销商40"]);
    expect(r.accounts[36]?.reason).toBe("手动升级：已是重点客户，维持不变");
    expect(r.findings.filter((f) => f.code === "override.moveRefused").map((f) => f.row)).toEqual([38]);
    const english = tiers(sheet({ 37: "Upgrade", 5: "Upgrade", 10: "Demote" }));
    expect([english.accounts[36]?.reason, english.accounts[9]?.reason]).toEqual([
      "Moved up by hand: already a key account, kept",
      "Moved down by hand: Ordinary is a customer's lowest tier, kept",
    ]);
  });

  it("on a re-run of its own output, moves from the machine's tier again: one tier up, not two, and the same", () => {
    const rules = { tiering: { hysteresis: 0.05 } };
    const first = tiers(sheet({ 30: "升级" }), rules, zh);
    const again = sheet({ 30: "升级" }).map((row, i) =>
      i === 0 ? [...row, "渠道分级"] : [...row, zh.tier[first.accounts[i - 1]?.tier ?? "prospect"]],
    );
    const r = tiers(again, rules, zh);
    expect([r.accounts[29]?.tier, r.accounts[29]?.machineTier, r.accounts[29]?.moved]).toEqual([
      "key",
      "ordinary",
      "up",
    ]);
    expect(keys(r)).toEqual(keys(first));
    expect(r.accounts.every((a) => a.change === "same")).toBe(true);
  });

  it("reads a numbered tier there, the first the top (Tier 1, 二级: each was an unknown override)", () => {
    const r = tiers(sheet({ 5: "Tier 1", 40: "二级", 39: "T2" }), undefined, zh);
    expect([r.accounts[4]?.tier, r.accounts[39]?.tier, r.accounts[38]?.tier]).toEqual([
      "key",
      "ordinary",
      "ordinary",
    ]);
    expect(r.accounts[4]?.reason).toBe("手动指定：重点客户");
    expect(r.findings.filter((f) => f.code === "value.unknownOverride")).toEqual([]);
  });

  it("takes an account out of the key tier where the cell says so (取消重点, Not key): each was no tier", () => {
    // 经销商40 is the machine's largest key account; 经销商20 is ordinary already; 经销商41 sold nothing.
    const values = sheet({ 40: "取消重点", 20: "非重点客户", 38: "Not key" });
    values.push(["经销商41", 0, "移出重点"]);
    const r = tiers(values, undefined, zh);
    expect([r.accounts[39]?.tier, r.accounts[39]?.override, r.accounts[39]?.reason]).toEqual([
      "ordinary",
      "ordinary",
      "手动指定：普通客户",
    ]);
    expect([r.accounts[19]?.tier, r.accounts[37]?.tier, r.accounts[40]?.tier]).toEqual([
      "ordinary",
      "ordinary",
      "prospect",
    ]);
    // A prospect stays the run's own: no override, no finding.
    expect(r.accounts[40]?.override).toBeNull();
    // The two places freed go to the next in line.
    expect(keys(r)).toEqual(["经销商35", "经销商36", "经销商37", "经销商39"]);
    expect(r.findings.filter((f) => f.code.startsWith("value.") || f.code.startsWith("override."))).toEqual(
      [],
    );
  });

  it("reads a tier kept (保持重点, Keep as key) as that tier, and 上升一级 / 下降 as moves", () => {
    const r = tiers(
      sheet({ 30: "保持重点", 10: "Keep as Ordinary", 36: "上升一级", 39: "下降" }),
      undefined,
      zh,
    );
    expect([r.accounts[29]?.override, r.accounts[9]?.override]).toEqual(["key", "ordinary"]);
    expect([r.accounts[35]?.moved, r.accounts[38]?.moved]).toEqual(["up", "down"]);
    expect(r.findings.filter((f) => f.code === "value.unknownOverride")).toEqual([]);
  });

  it("counts a move to key among the places set by hand", () => {
    const r = tiers(sheet({ 1: "升级", 2: "升级", 3: "升级", 4: "升级" }), undefined, zh);
    expect(keys(r)).toEqual(["经销商1", "经销商2", "经销商3", "经销商4"]);
    // Every place taken by hand: said on the override column, naming the largest account left ordinary.
    expect(r.findings[0]?.code).toBe("override.fillsKeyPlaces");
    expect(r.findings[0]?.message).toContain("经销商40");
  });
});

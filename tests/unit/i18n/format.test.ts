import fc from "fast-check";
import {
  changesEn,
  changesZh,
  appendPart,
  formatDecimal,
  formatScore,
  formatFigure,
  formatInteger,
  formatMoney,
  formatMultiple,
  formatPercent,
  formatYuanEn,
  formatYuanZh,
  headerInCurrency,
  joinClauses,
  joinNonEmpty,
} from "../../../src/i18n/format";
import { getCliMessages, getMessages } from "../../../src/i18n";
import type { Cell } from "../../../src/engine";
import { distributors, run } from "../../helpers/sheet";

// The formatters build their digits by hand (toFixed and a grouping regex were the slow part of a
// million notes); each must write exactly what the toFixed / regex version wrote.
const byToFixed = {
  decimal: (n: number): string => {
    const r = Math.round(n * 10) / 10;
    return Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1);
  },
  integer: (n: number): string => {
    const digits = Math.round(Math.abs(n)).toString();
    // The regex used to group an exponent's digits too ("1.0,000,000e+21"): now left as toString wrote it.
    const s = digits.includes("e") ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return n < 0 ? `-${s}` : s;
  },
};

/**
 * Past 2^40 tenths a double's product is no longer within a hair of the digits: there the magnitude is
 * rounded as it is (a half away from zero), and written as toFixed writes it.
 */
const byMagnitude = (n: number, scale: number, unit: string): string => {
  const r = Math.round(Math.abs(n) * scale) / 10;
  const written = Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1);
  return `${n < 0 && r > 0 ? "-" : ""}${written}${unit}`;
};

/**
 * An amount in 万 or 亿 rounded half up on its decimal digits, as the sheet shows them (String(a)), in
 * exact integers: what the figure must read, whatever a double's quotient rounds to.
 */
const byDigits = {
  /** a / 10^power rounded half up at `decimals`, as a count of 10^-decimals. */
  steps: (a: number, power: number, decimals: number): bigint => {
    const [mantissa, exponent = "0"] = String(a).split("e");
    const [whole, fraction = ""] = mantissa!.split(".");
    const m = BigInt(whole! + fraction);
    const e = decimals - power - fraction.length + Number(exponent);
    if (e >= 0) return m * BigInt(10) ** BigInt(e);
    const d = BigInt(10) ** BigInt(-e);
    return m / d + ((m % d) * BigInt(2) >= d ? BigInt(1) : BigInt(0));
  },
  written: (steps: bigint, decimals: number): string => {
    const s = steps.toString().padStart(decimals + 1, "0");
    const part = s.slice(-decimals).replace(/0+$/, "");
    return part === "" ? s.slice(0, -decimals) : `${s.slice(0, -decimals)}.${part}`;
  },
  /** One decimal, a half away from zero on the digits (as Excel shows 0.0); toFixed past 1e14. */
  decimal: (n: number): string => {
    if (!Number.isFinite(n) || Math.abs(n) * 10 >= 2 ** 40) return byMagnitude(n, 10, "");
    const t = byDigits.steps(Math.abs(n), 0, 1);
    const written = byDigits.written(t, 1);
    return n < 0 && t > BigInt(0) ? `-${written}` : written;
  },
  percent: (fraction: number): string => {
    if (fraction > 0 && fraction < 0.0005) return "<0.1%";
    if (fraction < 0 && fraction >= -0.0005) return "-<0.1%";
    if (fraction >= 0.9995 && fraction < 1) return ">99.9%";
    if (fraction <= -0.9995 && fraction > -1) return "-99.9%";
    if (!Number.isFinite(fraction) || Math.abs(fraction) * 1000 >= 2 ** 40)
      return byMagnitude(fraction, 1000, "%");
    const t = byDigits.steps(Math.abs(fraction), -2, 1);
    const written = byDigits.written(t, 1);
    return `${fraction < 0 && t > BigInt(0) ? "-" : ""}${written}%`;
  },
  yuanZh: (yuan: number): string => {
    const a = Math.abs(yuan);
    const sign = yuan < 0 ? "-" : "";
    if (Math.round(a) < 1e4) return `${byToFixed.integer(yuan)}元`;
    const wan = byDigits.steps(a, 4, 1);
    if (wan < BigInt(100000)) return `${sign}${byDigits.written(wan, 1)}万元`;
    return `${sign}${byDigits.written(byDigits.steps(a, 8, 2), 2)}亿元`;
  },
  yuanEn: (yuan: number): string => {
    const a = Math.abs(yuan);
    const sign = yuan < 0 ? "-¥" : "¥";
    if (Math.round(a) < 1e4) return `${sign}${byToFixed.integer(a)}`;
    const k = byDigits.steps(a, 3, 1);
    if (k < BigInt(10000)) return `${sign}${byDigits.written(k, 1)}K`;
    const m = byDigits.steps(a, 6, 2);
    if (m < BigInt(100000)) return `${sign}${byDigits.written(m, 2)}M`;
    return `${sign}${byDigits.written(byDigits.steps(a, 9, 2), 2)}B`;
  },
};

const numbers = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e7, max: 1e7 }),
  fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 10),
  fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1000),
  // Where the double nearest t / 10 is a quarter off (693597738046149.2 was written ".3" by toFixed).
  fc.double({ min: 1e13, max: 1e16 }),
  fc.constantFrom(
    0,
    -0,
    0.05,
    -0.05,
    -0.0003,
    -0.0005,
    0.9995,
    0.99949,
    -0.9995,
    0.99999,
    0.15,
    0.25,
    693597738046149.25,
    // Its digits stop 0.00003 short of a half: a nudge of 2^-50 of it took it up ("-36715823471.8%").
    -367158234.7174997,
    // Its product (16029.499999999998) falls short of the half by 2^-39, one unit of its last place:
    // nudged up (1603%), as the digits say.
    16.0295,
    1e14,
    1e15,
    2 ** 53,
    1e21,
    1e300,
  ),
  fc.constantFrom(Infinity, -Infinity, NaN),
);

describe("number formats", () => {
  it("write what the digits say, a half away from zero, for every number (toFixed's digits for integers)", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        expect(formatDecimal(n)).toBe(byDigits.decimal(n));
        expect(formatPercent(n)).toBe(byDigits.percent(n));
        expect(formatInteger(n)).toBe(byToFixed.integer(n));
      }),
      { numRuns: 20000 },
    );
  });

  it("write an amount in 万, 亿, K, M and B rounded half up on the digits the sheet shows", () => {
    const amounts = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      // Half a step of each unit, and just short of the next unit: where a double's quotient misleads.
      fc.integer({ min: 1, max: 99_999 }).map((k) => k * 1000 + 500),
      fc.integer({ min: 1, max: 99_999 }).map((k) => k * 100 + 50),
      fc.integer({ min: 1, max: 999_999 }).map((k) => k * 1_000_000 + 500_000),
      fc.integer({ min: 1, max: 9_999 }).map((k) => k * 10_000 + 5_000),
      fc.constantFrom(9_999, 9_999.5, 999_949, 999_950, 99_994_999, 99_995_000, 99_999_960, 999_995_000),
    );
    fc.assert(
      fc.property(amounts, (n) => {
        expect(formatYuanZh(n)).toBe(byDigits.yuanZh(n));
        expect(formatYuanEn(n)).toBe(byDigits.yuanEn(n));
      }),
      { numRuns: 20000 },
    );
  });

  it("read as a manager expects", () => {
    expect(formatDecimal(82.4)).toBe("82.4");
    expect(formatDecimal(7)).toBe("7");
    expect(formatDecimal(-0.04)).toBe("0");
    expect(formatDecimal(-0.26)).toBe("-0.3");
    // A score as its cell (0.0_)) shows it: the zero kept.
    expect(formatScore(48)).toBe("48.0");
    expect(formatScore(47.96)).toBe("48.0");
    expect(formatScore(82.44)).toBe("82.4");
    expect(formatScore(100)).toBe("100.0");
    // A half away from zero, as Excel's 0.0 and 0.0% show it (Math.round took -0.25 to -0.2).
    expect(formatDecimal(-0.25)).toBe("-0.3");
    expect(formatDecimal(1.005 * 10)).toBe("10.1");
    expect(formatPercent((1711 - 2000) / 2000)).toBe("-14.5%");
    expect(formatPercent(0.1445)).toBe("14.5%");
    expect(formatPercent(-0.0805)).toBe("-8.1%");
    expect(formatPercent(0.082)).toBe("8.2%");
    expect(formatPercent(0.0004)).toBe("<0.1%");
    expect(formatPercent(-0.0003)).toBe("-<0.1%");
    expect(formatPercent(-0.0005)).toBe("-<0.1%");
    expect(formatPercent(-0.0006)).toBe("-0.1%");
    expect(formatPercent(-0)).toBe("0%");
    expect(formatPercent(1)).toBe("100%");
    // Not all, and not none: ¥11.6M down to ¥5,000 is no "100%" fall.
    expect(formatPercent(1 - 5_000 / 11_621_000)).toBe(">99.9%");
    expect(formatPercent(5_000 / 11_621_000 - 1)).toBe("-99.9%");
    expect(formatPercent(0.9994)).toBe("99.9%");
    expect(formatPercent(-1)).toBe("-100%");
    expect(formatInteger(1234567.8)).toBe("1,234,568");
    expect(formatInteger(-999)).toBe("-999");
    expect(formatInteger(-1000)).toBe("-1,000");
    expect(formatYuanZh(35000)).toBe("3.5万元");
    expect(formatYuanZh(120000)).toBe("12万元");
    expect(formatYuanEn(35000)).toBe("¥35K");
    expect(formatYuanEn(120000)).toBe("¥120K");
    // The same amount the same in both languages (104,500 / 10,000 is the double 10.4499…).
    expect(formatYuanZh(104_500)).toBe("10.5万元");
    expect(formatYuanEn(104_500)).toBe("¥104.5K");
    expect(formatYuanEn(1_005_000)).toBe("¥1.01M");
    expect(formatYuanZh(100_500_000)).toBe("1.01亿元");
    // Rounded into the next unit, written in it.
    expect(formatYuanZh(99_999_960)).toBe("1亿元");
    expect(formatYuanZh(99_990_000)).toBe("9999万元");
    expect(formatYuanEn(999_960)).toBe("¥1M");
    expect(formatYuanZh(9_999.6)).toBe("1万元");
    expect(formatMoney("zh-CN", 104_500, "USD")).toBe("10.5万美元");
    expect(formatMoney("en-US", -1_005_000, "EUR")).toBe("-€1.01M");
  });

  it("join the parts of a sentence as filter-then-join did, empty parts left out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("", "a", "占销售额8.2%", "b c")),
        fc.constantFrom("; ", "；", "，"),
        (parts, sep) => {
          expect(joinNonEmpty(parts, sep)).toBe(parts.filter((p) => p !== "").join(sep));
          expect(parts.reduce<string>((s, p) => appendPart(s, sep, p), "")).toBe(
            parts.filter((p) => p !== "").join(sep),
          );
        },
      ),
    );
  });
});

describe("a figure as the sheet shows it", () => {
  it("groups it, keeps up to two decimals and rounds half away from zero", () => {
    expect([18454.7, 954.4000000000001, 1200, 1.005, 0.004, -1234.565, -0.001, 0].map(formatFigure)).toEqual([
      "18,454.7",
      "954.4",
      "1,200",
      "1.01",
      "0",
      "-1,234.57",
      "0",
      "0",
    ]);
  });
});

describe("money in the sales' currency", () => {
  it.each([
    ["zh-CN", 125_000, "USD", "12.5万美元"],
    ["zh-CN", 3_200_000_000, "EUR", "32亿欧元"],
    ["zh-CN", 880, "HKD", "880港元"],
    ["en-US", 1_234_567, "USD", "$1.23M"],
    ["en-US", 35_000, "EUR", "€35K"],
    ["en-US", -12_000, "GBP", "-£12K"],
    ["en-US", 500, "JPY", "JP¥500"],
  ] as const)("%s %p in %s is %p", (language, amount, currency, text) => {
    expect(formatMoney(language, amount, currency)).toBe(text);
  });

  it("writes yuan exactly as the yuan formatters do", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        expect(formatMoney("zh-CN", n, "CNY")).toBe(formatYuanZh(n));
        expect(formatMoney("en-US", n, "CNY")).toBe(formatYuanEn(n));
      }),
    );
  });

  it("finds the unit in every money header of both catalogs (a catalog reworded would go unconverted)", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const m = getMessages(language);
      const money = [
        ...m.workbook.summaryColumns,
        ...m.workbook.watchColumns,
        ...m.workbook.candidatesColumns,
        m.ui.keyMinRevenue,
      ].filter((h) => /元|¥/.test(h));
      expect(money.length).toBeGreaterThanOrEqual(4);
      for (const h of money)
        expect([h, headerInCurrency(h, "USD")]).toEqual([h, expect.stringMatching(/（美元）|\(\$\)/)]);
    }
  });

  it("writes sales in goods as quantities in their unit, in tenths where they are few", () => {
    expect(formatMoney("zh-CN", 563, "QTY", "吨")).toBe("563吨");
    expect(formatMoney("zh-CN", 56_000, "QTY", "箱")).toBe("5.6万箱");
    expect(formatMoney("zh-CN", 0.1, "QTY", "吨")).toBe("0.1吨");
    expect(formatMoney("zh-CN", 1_234, "QTY", "")).toBe("1,234");
    expect(formatMoney("zh-CN", 563, "QTY", "cases")).toBe("563 cases");
    expect(formatMoney("en-US", 56_000, "QTY", "cases")).toBe("56K cases");
    expect(formatMoney("en-US", 7.25, "QTY", "t")).toBe("7.3 t");
    expect(formatMoney("en-US", 1_234, "QTY", "")).toBe("1,234");
    // Every money header of both catalogs, in the workbook, the terminal and the pane, says the volume
    // and its unit, and no currency.
    for (const language of ["zh-CN", "en-US"] as const) {
      const m = getMessages(language);
      const w = m.workbook;
      for (const h of [
        ...w.summaryColumns,
        ...w.watchColumns,
        ...w.candidatesColumns,
        ...w.regionColumns,
        ...w.chartSeries,
        w.chartTitle,
        ...getCliMessages(language).summaryColumns,
        ...m.ui.resultColumns,
        m.ui.chartLabel,
        m.ui.keyMinRevenue,
      ])
        expect([h, headerInCurrency(h, "QTY", "吨")]).toEqual([
          h,
          expect.not.stringMatching(/元|¥|销售额|[Rr]evenue/),
        ]);
    }
    expect(headerInCurrency("销售额（元）", "QTY", "吨")).toBe("销量（吨）");
    expect(headerInCurrency("距重点客户线（元）", "QTY", "")).toBe("距重点客户线");
    expect(headerInCurrency("Revenue (¥)", "QTY", "cases")).toBe("Volume (cases)");
    expect(headerInCurrency("Revenue share", "QTY", "")).toBe("Volume share");
  });

  it("puts a column header's unit in the currency", () => {
    expect(headerInCurrency("距重点客户线（元）", "USD")).toBe("距重点客户线（美元）");
    expect(headerInCurrency("Gap to key line (¥)", "EUR")).toBe("Gap to key line (€)");
    expect(headerInCurrency("Revenue (¥)", "CNY")).toBe("Revenue (¥)");
  });
});

describe("English counts", () => {
  const en = getMessages("en-US");
  const cli = getCliMessages("en-US");
  /** "1 accounts", "1 days": a count of one with a plural noun. */
  const oneWithPlural = /(?<![\d,.])1 (?:[a-z-]+ )?(?:accounts|prospects|columns|rows|days)\b/;

  it("say one of a thing in the singular, wherever a count can be one", () => {
    const ones = [
      cli.summaryTitle(1, "Dealers", 0),
      en.ui.done(1),
      en.ui.previewCounts(1, 1, 1),
      en.ui.written(1, "Dealers", 1, "E1:E2"),
      en.ui.previewCount(1, 1),
      en.excel.writtenColumns(1, 1),
      en.excel.rerunDone(1, { promoted: 0, demoted: 0, new: 1, same: 0, removed: 0 }, true),
      en.excel.rerunDone(1, { promoted: 0, demoted: 0, new: 0, same: 1, removed: 0 }, true),
      en.engine.note.creditC(1, undefined),
      en.engine.note.creditD(1, undefined),
      en.engine.finding.secondTable("A", "H", 1),
      en.engine.finding.shareRegion("B", "City", "city", 1, "C", "Region", true),
      en.engine.finding.shareRegion("B", "City", "city", 1, "C", "Region", false),
      en.workbook.ownGradeLostNone("Grade", "A", 1),
    ];
    for (const text of ones) expect(text).not.toMatch(oneWithPlural);
    expect(en.ui.previewCounts(1, 2, 1)).toBe(
      "With these rules: 1 key account, 2 ordinary accounts, 1 prospect.",
    );
    expect(cli.summaryTitle(1200, "Dealers", 0)).toContain("Tiered 1,200 accounts on sheet 'Dealers'");
    expect(en.engine.note.creditC(1, undefined)).toBe(
      "credit C (1 day overdue): tighten terms, chase payment",
    );
    expect(en.engine.note.creditC(45, undefined)).toBe(
      "credit C (45 days overdue): tighten terms, chase payment",
    );
  });
});

describe("a re-run's changes", () => {
  const none = { promoted: 0, demoted: 0, new: 0, same: 0, removed: 0 };
  it("say the moves that happened and how many stayed, and no change rather than four zeros", () => {
    expect(changesZh({ ...none, same: 300 })).toBe("无变化，300 家客户的分级均与上次相同");
    expect(changesEn({ ...none, same: 300 })).toBe("no change, all 300 accounts kept their tier");
    expect(changesEn({ ...none, same: 1 })).toBe("no change, the 1 account kept its tier");
    expect(changesZh({ ...none, promoted: 2, demoted: 1, same: 1_200 }, "\u00a0")).toBe(
      "晋级 2\u00a0家，降级 1\u00a0家；1,200\u00a0家不变",
    );
    expect(changesEn({ promoted: 0, demoted: 3, new: 2, same: 0, removed: 1 })).toBe(
      "3 demoted, 2 new, 1 removed",
    );
    // Where the accounts were just counted (the ribbon's notice), no change is not counted again.
    expect(changesZh({ ...none, same: 300 }, " ", true)).toBe("无变化");
    expect(changesEn({ ...none, same: 300 }, true)).toBe("no change");
    expect(changesEn({ ...none, promoted: 1, same: 299 }, true)).toBe("1 promoted; 299 unchanged");
  });

  it("name every count above zero and none at zero, in both languages", () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 }));
    fc.assert(
      fc.property(
        fc.record({ promoted: count, demoted: count, new: count, same: count, removed: count }),
        (c) => {
          const zh = changesZh(c);
          const en = changesEn(c);
          const moved = c.promoted + c.demoted + c.new + c.removed;
          expect(zh.startsWith("无变化")).toBe(moved === 0);
          expect(en.startsWith("no change")).toBe(moved === 0);
          for (const [kind, word, zhWord] of [
            ["promoted", "promoted", "晋级"],
            ["demoted", "demoted", "降级"],
            ["new", "new", "新增"],
            ["removed", "removed", "移除"],
          ] as const) {
            const n = c[kind];
            expect(en.includes(`${n.toLocaleString("en-US")} ${word}`)).toBe(n > 0);
            expect(zh.includes(`${zhWord} ${n.toLocaleString("en-US")} 家`)).toBe(n > 0);
            expect(zh.includes(zhWord)).toBe(n > 0);
          }
          expect(/(^|\D)0 /.test(en) || /(^|\D)0 家/.test(zh)).toBe(false);
        },
      ),
    );
  });
});

describe("English clauses after a semicolon", () => {
  it("open in lower case, the first one and figures and acronyms as they are", () => {
    expect(joinClauses(["Customer by status 'Active'", "No sales this period", "", "Score 0"])).toBe(
      "Customer by status 'Active'; no sales this period; score 0",
    );
    expect(joinClauses(["Score 48", "<0.1% of revenue", "VIP account", "ABC", "A"])).toBe(
      "Score 48; <0.1% of revenue; VIP account; ABC; A",
    );
    expect(joinClauses([])).toBe("");
    expect(joinClauses(["", "Score 1"])).toBe("Score 1");
  });

  it("leave no English note or reason with a capital after a semicolon", () => {
    const statuses = ["Active", "Active", "At risk", "Lead", "Legal dispute", ""];
    const rows = distributors(
      60,
      (i) => [
        i % 7 === 0 ? 0 : ((i * 104729) % 900) * 1000,
        ["AAA", "B", "C", "D"][i % 4] as string,
        (i * 13) % 150,
        statuses[i % statuses.length] as string,
        ["Price", "Service", "Brand"][i % 3] as string,
        i % 5 === 0 ? "" : `Rep ${i % 4}`,
        ["Wholesale", "Retail", "Projects"][i % 3] as string,
        i % 9 === 0 ? "Competitor X" : "",
      ],
      [
        "Prior Year Sales",
        "Credit Rating",
        "Days Overdue",
        "Status",
        "Sensitivity",
        "Owner",
        "Sales Mode",
        "Competitor",
      ],
    );
    for (let i = 1; i < rows.length; i += 6) (rows[i] as Cell[])[1] = 0;
    const out = run(rows, { language: "en-US" });
    const texts = out.result.accounts.flatMap((a) => [a.note, a.reason]);
    expect(texts.length).toBe(120);
    // A clause after "; " opens in lower case; a class letter (credit C) or a figure may follow.
    for (const text of texts) expect(text).not.toMatch(/; [A-Z][a-z]/);
    expect(texts.join("\n")).toMatch(/; credit [CD]/);
  });
});

describe("a change too small to show", () => {
  it("is said as a small fall, not as none, beside the low potential it gives", () => {
    const rows: Cell[][] = [
      ["Distributor", "Revenue", "Prior Year Sales"],
      ["Slightly down", 99_970, 100_000],
      ["Slightly up", 100_030, 100_000],
      ["Same", 50_000, 50_000],
    ];
    const reasons = run(rows, { language: "en-US" }).result.accounts.map((a) => a.reason);
    expect(reasons[0]).toContain("-<0.1% growth");
    expect(reasons[1]).toContain("+<0.1% growth");
    expect(reasons[2]).toContain("flat on last year");
    const zh = run(rows, { language: "zh-CN" }).result.accounts.map((a) => a.note);
    expect(zh[0]).toContain("同比下降<0.1%");
  });
});

describe("growth from a tiny base", () => {
  it("writes this year's sales over last year's, one decimal below 100 times", () => {
    expect(formatMultiple(9)).toBe("10");
    expect(formatMultiple(11.44)).toBe("12.4");
    expect(formatMultiple(498.6)).toBe("500");
    expect(formatMultiple(12_344)).toBe("12,345");
  });

  it("is said as a multiple of last year's from ten times up, as a percentage below", () => {
    const rows: Cell[][] = [
      ["Distributor", "Revenue", "Prior Year Sales"],
      // A sample order last year, a real one this year: +49900% read as a typo.
      ["From a sample", 500_000, 1_000],
      ["Just under ten times", 899_000, 100_000],
      ["Ten times", 1_000_000, 100_000],
    ];
    const en = run(rows, { language: "en-US" }).result.accounts;
    expect(en[0]?.reason).toContain("500× last year's revenue");
    expect(en[0]?.note).toMatch(/^Sales ¥500K \([^)]*\), 500× last year;/);
    expect(en[1]?.note).toContain("+799% YoY");
    expect(en[2]?.note).toContain("10× last year");
    const zh = run(rows, { language: "zh-CN" }).result.accounts;
    expect(zh[0]?.note).toMatch(/^年销售额50万元，占[^，]+，增至上年的500倍；/);
    expect(zh[0]?.reason).toContain("增至上年的500倍");
    expect(zh[1]?.note).toContain("同比增长799%");
    for (const a of [...en, ...zh]) expect(a.note).not.toMatch(/\d{4,}%/);
  });
});

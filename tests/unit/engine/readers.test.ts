import { DEFAULT_RULES } from "../../../src/engine";
import {
  agingBucketOfHeader,
  creditOf,
  growthOf,
  increaseOf,
  intentOf,
  intentOfStatus,
  moneyOf,
  isOverdueFlag,
  isSevereOverdue,
  overdueBucketTo,
  overdueDaysOf,
  potentialOf,
  shareOf,
  standingOf,
  endedBy,
  tenureOf,
} from "../../../src/engine/readers";

const R = DEFAULT_RULES;
const AS_OF = new Date("2025-06-30T00:00:00Z");

describe("the row readers", () => {
  it.each([
    [120, 100, null, 0.2],
    [120, 100, 0.5, 0.5],
    [null, 100, null, null],
    [120, 0, null, null],
    [-10, 100, null, -1],
  ])("growthOf(revenue %p, prior %p, given %p) = %p", (revenue, prior, given, expected) => {
    const g = growthOf(revenue, prior, given);
    if (expected === null) expect(g).toBeNull();
    else expect(g).toBeCloseTo(expected, 9);
  });

  it.each([
    [120, 100, null, 20],
    [120, null, 0.2, 20],
    [120, -5, null, 120],
    [null, 100, null, Number.NaN],
    [120, null, -1, Number.NaN],
  ])("increaseOf(revenue %p, prior %p, growth %p) = %p", (revenue, prior, growth, expected) => {
    const v = increaseOf(revenue, prior, growth);
    if (Number.isNaN(expected)) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(expected, 9);
  });

  it.each([
    // The days set the class where they give it, with the rating too (the cell then says the days).
    ["A", 0, "A", true],
    ["A", 120, "D", true],
    ["C", 10, "C", false],
    ["C", 38, "C", true],
    [undefined, 45, "C", true],
    ["B", null, "B", false],
    [undefined, null, "unknown", false],
  ] as const)("creditOf(rating %p, overdue %p) = %p (by days: %p)", (rated, days, credit, byOverdue) => {
    expect(creditOf(rated, days, R)).toEqual({ credit, byOverdue });
  });

  it.each([
    [0.35, null, 0, "high"],
    [0.1, null, 0, "medium"],
    [-0.1, null, 0, "low"],
    [null, 1000, 100, "high"],
    [null, 1000, 900, "low"],
    [null, null, 0, "unknown"],
    [null, 0, 0, "unknown"],
  ] as const)("potentialOf(growth %p, market %p, sold %p) = %p", (growth, market, sold, expected) => {
    expect(potentialOf(growth, market, sold, R)).toBe(expected);
  });

  it.each([
    [6, false, 6],
    // In a date-formatted column 6 is the serial of 1900-01-06.
    [6, true, 125.5],
    [45474, true, 1],
    [45000, false, null],
    ["2015-06-30", false, 10],
    [new Date("2020-06-30T00:00:00Z"), false, 5],
    // Under a length's header (合作年限), 19年 is nineteen years.
    ["19年", false, 19],
  ] as const)("tenureOf(%p, date column %p) = %p years", (cell, isDate, years) => {
    const t = tenureOf(cell, isDate, AS_OF);
    if (years === null) expect(t.kind).not.toBe("value");
    else {
      expect(t.kind).toBe("value");
      expect(t.kind === "value" ? t.value : 0).toBeCloseTo(years, 0);
    }
  });

  it.each([
    // Under a header that names a date (合作起始日期), a date's serial pasted as a number is that date.
    [42186, 10],
    [45474, 1],
    // Years and a start year stay what they are.
    [6, 6],
    [2015, 10],
    // A number no date of 1950-2100 has is refused, as before.
    [9000, null],
    // A year shortened to two digits is a start year (19年 was nineteen years of partnership).
    ["19年", 6],
    ["自19年起", 6],
    ["19年7月", 6],
    ["2019年初", 6.5],
    ["2019年下半年", 6],
  ] as const)("tenureOf(%p) under a date's header = %p years", (cell, years) => {
    const t = tenureOf(cell, false, AS_OF, true);
    if (years === null) expect(t.kind).not.toBe("value");
    else {
      expect(t.kind).toBe("value");
      expect(t.kind === "value" ? t.value : 0).toBeCloseTo(years, 0);
    }
  });

  it.each([
    [12.5, 10_000, { kind: "value", value: 125_000 }],
    ["12.5万", 1, { kind: "value", value: 125_000 }],
    ["¥1,200", 1, { kind: "value", value: 1200 }],
    [1e305, 10_000, { kind: "invalid", raw: "1e+305", tooLarge: true }],
    ["1e305", 10_000, { kind: "invalid", raw: "1e305", tooLarge: true }],
    ["n/a", 1, { kind: "blank" }],
    ["about forty", 1, { kind: "invalid", raw: "about forty" }],
    [null, 1, { kind: "blank" }],
    // An invalid date in a number column (found by the engine's property test, seed -1770566178).
    [new Date(Number.NaN), 1, { kind: "invalid", raw: "Invalid Date" }],
  ])("moneyOf(%p, unit %p) = %p", (cell, unit, expected) => {
    expect(moneyOf(cell as never, unit)).toEqual(expected);
  });

  it.each([
    [0.35, false, 0.35],
    [35, true, 0.35],
    ["35%", false, 0.35],
    ["35%", true, 0.35],
    // A manager's estimate as a bound or a range (each was "not a number"): under a figure half of it,
    // over one the figure, between two their middle, the percent sign of either for both.
    ["<5%", false, 0.025],
    ["5%以下", false, 0.025],
    ["不足10%", true, 0.05],
    ["under 5%", false, 0.025],
    ["30%以上", false, 0.3],
    [">30%", false, 0.3],
    ["10-15%", false, 0.125],
    ["10%~15%", false, 0.125],
    ["10-15", true, 0.125],
    ["0.1-0.2", false, 0.15],
  ])("shareOf(%p, points %p) = %p", (cell, points, expected) => {
    const p = shareOf(cell, points);
    expect(p.kind).toBe("value");
    if (p.kind === "value") expect(p.value).toBeCloseTo(expected, 9);
  });

  it.each(["15-10%", "<", "about 10-15%x"])("shareOf(%p) is no share", (cell) => {
    expect(shareOf(cell, false).kind).toBe("invalid");
  });

  it.each([
    // revenue, unreadable, status, status text, minimum → standing, text, prospect with sales
    [5000, null, undefined, "", 0, "sales", "", false],
    [5000, null, "prospect", "潜在", 0, "sales", "", true],
    [null, null, "prospect", "潜在", 0, "statusProspect", "潜在", false],
    [0, null, "active", "合作中", 0, "statusActive", "合作中", false],
    [null, "n/a", undefined, "", 0, "unreadableSales", "n/a", false],
    [null, "n/a", "active", "合作中", 0, "statusActive", "合作中", false],
    [800, null, undefined, "", 1000, "belowMinimum", "", false],
    // Sales under the minimum are sales whatever the status says: its reason says them, not "no sales".
    [800, null, "prospect", "潜在", 1000, "belowMinimum", "", false],
    [null, null, undefined, "", 0, "noSales", "", false],
  ] as const)(
    "standingOf(%p, %p, %p, %p, min %p) = %p",
    (revenue, unreadable, status, statusText, min, standing, text, withSales) => {
      expect(standingOf(revenue, unreadable, status, statusText, min)).toEqual({
        standing,
        text,
        prospectWithSales: withSales,
      });
    },
  );
});

describe("days overdue as credit controllers write them", () => {
  it.each([
    [45, 45],
    ["30天", 30],
    ["逾期30天", 30],
    ["超期 45 天", 45],
    ["已逾期12天", 12],
    ["3个月", 90],
    // In words: a half year, Chinese numerals (逾期半年 was "not a number").
    ["逾期半年", 180],
    ["两个月", 60],
    ["一年", 365],
    ["半年以上", 181],
    ["账龄1年以上", 366],
    ["未逾期", 0],
    ["正常", 0],
    ["90天以上", 91],
    // A 是否逾期 column's no.
    ["否", 0],
    ["无", 0],
    ["N", 0],
    ["×", 0],
    [false, 0],
    // Aging buckets, as accounts-receivable reports write them: the least days in them (past 90: 91).
    ["31-60", 31],
    ["61~90天", 61],
    ["1-3个月", 30],
    ["91-180 days", 91],
    ["90+", 91],
    ["180+ days", 181],
    ["over 90", 91],
    ["> 90", 91],
    ["超过60天", 61],
    // More than months or years in words, as 1年以上 is (超过一年 was no number).
    ["超过一年", 366],
    ["逾期超过半年", 181],
    ["超过3个月", 91],
    ["大于两个月", 61],
    ["0-30", 0],
    ["30天以内", 0],
    ["<30", 0],
    ["未到期", 0],
    ["Not due", 0],
    ["Aging 31-60", 31],
    // Paid on time, or terms where nothing can fall overdue (each was "not a number").
    ["按时回款", 0],
    ["回款及时", 0],
    ["现款现货", 0],
    ["款到发货", 0],
    ["Prepaid", 0],
    ["无坏账", 0],
    // Months and years in English, and days "and more" (each was "not a number": an A kept).
    ["4 months", 120],
    ["2 mos", 60],
    ["1 year", 365],
    ["60多天", 60],
    ["45余天", 45],
  ])("%p is %p days", (cell, days) => {
    expect(overdueDaysOf(cell)).toEqual({ kind: "value", value: days });
  });

  it.each([
    ["是", true],
    ["逾期", true],
    ["已逾期", true],
    ["Y", true],
    ["yes", true],
    ["✓", true],
    [true, true],
    ["否", false],
    ["逾期30天", false],
    [30, false],
    [false, false],
    // In arrears in words (each was "not a number"); gravely so, past the last band.
    ["拖欠", true],
    ["偶有逾期", true],
    ["回款慢", true],
    ["Past Due", true],
    ["严重拖欠", true],
    ["坏账", true],
    ["按时回款", false],
  ])("%p says overdue without its days: %p", (cell, flag) => {
    expect(isOverdueFlag(cell)).toBe(flag);
  });

  it.each([
    ["严重拖欠", true],
    ["长期欠款", true],
    ["坏账", true],
    ["Seriously overdue", true],
    // A debt gone to the lawyers (已起诉 was "not a number", and the account kept its A).
    ["已起诉", true],
    ["诉讼中", true],
    ["移交法务", true],
    ["法务催收", true],
    ["In litigation", true],
    ["Sent to collections", true],
    ["拖欠", false],
    ["起诉书", false],
    ["逾期", false],
    // No bad debt is none (坏账 anywhere in the cell read as grave).
    ["无坏账", false],
    ["坏账已核销完毕，无欠款", false],
    [120, false],
  ])("%p says gravely overdue: %p", (cell, severe) => {
    expect(isSevereOverdue(cell)).toBe(severe);
  });

  it.each([
    ["31-60", 60],
    ["逾期61~90天", 90],
    ["1-3个月", 90],
    ["91-180 days", 180],
    ["90+", Number.POSITIVE_INFINITY],
    ["Aging over 90", Number.POSITIVE_INFINITY],
    ["90天以上", Number.POSITIVE_INFINITY],
    ["账龄1年以上", Number.POSITIVE_INFINITY],
    // Days, not a bucket; a bucket of nothing overdue.
    ["逾期30天", undefined],
    [45, undefined],
    ["3个月", undefined],
    ["0-30", undefined],
    ["30天以内", undefined],
  ])("%p is an aging bucket up to %p days", (cell, to) => {
    expect(overdueBucketTo(cell)).toBe(to);
  });

  it.each([
    ["1-30天", { from: 1, to: 30 }],
    ["逾期31-60天（万元）", { from: 31, to: 60 }],
    ["账龄90天以上金额", { from: 91, to: Number.POSITIVE_INFINITY }],
    ["应收账款1-2年", { from: 365, to: 730 }],
    ["逾期账款31-60天（万元）", { from: 31, to: 60 }],
    ["AR Aging 61-90", { from: 61, to: 90 }],
    ["1-3个月", { from: 30, to: 90 }],
    ["Over 90 Days", { from: 91, to: Number.POSITIVE_INFINITY }],
    ["31-60 Days Amount", { from: 31, to: 60 }],
    ["未到期", { from: 0, to: 0 }],
    ["Current", { from: 0, to: 0 }],
    // Sales of months or years, and other headers, are no bucket.
    ["1-3月", undefined],
    ["2019-2025年", undefined],
    ["2025", undefined],
    ["逾期天数", undefined],
    ["年销售额（万元）", undefined],
  ])("the header %p heads an aging bucket %p", (header, bucket) => {
    expect(agingBucketOfHeader(header)).toEqual(bucket);
  });

  it("keeps the cell's own text when it is no number of days", () => {
    expect(overdueDaysOf("逾期很久")).toEqual({ kind: "invalid", raw: "逾期很久" });
    // No bucket: a date, a backwards range.
    expect(overdueDaysOf("2025-10-01")).toEqual({ kind: "invalid", raw: "2025-10-01" });
    expect(overdueDaysOf("60-30")).toEqual({ kind: "invalid", raw: "60-30" });
    expect(overdueDaysOf("")).toEqual({ kind: "blank" });
  });
});

describe("endedBy", () => {
  const today = new Date("2025-11-30T00:00:00Z");
  it.each([
    // A day passed or today: no longer in use; a day to come: in use still.
    [new Date("2024-06-01T00:00:00Z"), false, true, true],
    [new Date("2025-11-30T00:00:00Z"), false, true, true],
    [new Date("2026-03-01T00:00:00Z"), false, true, false],
    ["2024-06-01", false, true, true],
    ["2024年6月1日", false, true, true],
    // A date's serial: in a date-formatted column, or under a date's header in 1950-2100.
    [45444, true, false, true],
    [45444, false, true, true],
    [46100, false, true, false],
    // Yes and no, and the words ERPs write.
    ["是", false, false, true],
    ["否", false, false, false],
    ["Yes", false, false, true],
    ["No", false, false, false],
    [true, false, false, true],
    ["已停用", false, false, true],
    ["禁用", false, false, true],
    ["启用", false, false, false],
    ["正常", false, false, false],
    [1, false, false, true],
    [0, false, false, false],
  ] as const)("endedBy(%p, date column %p, date header %p) = %p", (cell, isDate, dateHeader, ended) => {
    const e = endedBy(cell, today, isDate, dateHeader);
    expect(e.kind === "value" && e.value.ended).toBe(ended);
  });

  it("gives the day where the cell has one, blank for a blank cell, and refuses any other text", () => {
    expect(endedBy("2024-06-01", today, false, true)).toEqual({
      kind: "value",
      value: { ended: true, on: new Date("2024-06-01T00:00:00Z") },
    });
    expect(endedBy(null, today, false, true).kind).toBe("blank");
    expect(endedBy("  ", today, false, true).kind).toBe("blank");
    expect(endedBy("待定", today, false, true)).toEqual({ kind: "invalid", raw: "待定" });
  });
});

describe("a prospect's intent, as an intent column rates it", () => {
  it.each([
    ["Hot", 3],
    ["Warm", 2],
    ["Cold", 1],
    ["高", 3],
    ["中", 2],
    ["低", 1],
    ["高意向", 3],
    ["热", 3],
    ["冷", 1],
    ["A", 3],
    ["B级", 2],
    ["High", 3],
    ["Very Likely", 3],
    ["80%", 3],
    [0.8, 3],
    [55, 2],
    [0.2, 1],
  ] as const)("reads %j as %d", (cell, level) => {
    expect(intentOf(cell)).toEqual({ kind: "value", value: level });
  });
  it("reads a figure typed as text in a column of points as points, and says what it cannot read", () => {
    expect(intentOf("55", true)).toEqual({ kind: "value", value: 2 });
    expect(intentOf("maybe")).toEqual({ kind: "invalid", raw: "maybe" });
    expect(intentOf(150)).toEqual({ kind: "invalid", raw: "150" });
    expect(intentOf("")).toEqual({ kind: "blank" });
    expect(intentOf(null)).toEqual({ kind: "blank" });
  });
});

describe("the intent a status says by a lead's temperature", () => {
  it.each([
    ["Hot lead", 3],
    ["Warm lead", 2],
    ["Cold Lead", 1],
    ["热线索", 3],
    ["Customer", 0],
    ["Lead", 0],
    ["", 0],
  ] as const)("reads %j as %d", (text, level) => expect(intentOfStatus(text)).toBe(level));
});

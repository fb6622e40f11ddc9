import fc from "fast-check";
import {
  ambiguousDayMonth,
  dayMonthOrder,
  cellText,
  parseDate,
  parseFlag,
  parseNumber,
  parseShare,
  parseYears,
  salesPeriodOf,
  oneLine,
} from "../../../src/engine";
import { titlePeriodOf } from "../../../src/engine/normalize";
import { parseEstimate } from "../../../src/engine/values";

describe("parseNumber", () => {
  it.each([
    [1234.5, 1, 1234.5],
    [12, 10_000, 120_000],
    ["1,234.5", 1, 1234.5],
    ["1，234", 1, 1234],
    ["¥12.5万", 1, 125_000],
    ["￥3,000", 1, 3000],
    ["RMB 2,500", 1, 2500],
    ["35万", 10_000, 350_000],
    ["1,000,000元", 10_000, 1_000_000],
    ["3.2亿", 1, 320_000_000],
    ["1.2千万", 1, 12_000_000],
    ["12k", 1, 12_000],
    ["1.5M", 1, 1_500_000],
    ["１２３", 1, 123],
    ["（1,200）", 1, -1200],
    ["(1,200)", 1, -1200],
    ["-300", 1, -300],
    // SAP's trailing minus.
    ["1,234.56-", 1, -1234.56],
    ["300-", 1, -300],
    ["45%", 1, 0.45],
    ["50", 10_000, 500_000],
    [" 7 ", 1, 7],
    // A point with no decimals after it, as Excel reads "5000." typed (each was "not a number").
    ["5000.", 1, 5000],
    ["1,234.", 1, 1234],
    ["¥12.万", 1, 120_000],
    ["1 234 567", 1, 1_234_567],
    // Estimates, as planners write them: the number as written.
    ["约120万", 1, 1_200_000],
    // More than, between the figure and its unit, and a billion, and a European ledger's points: each
    // was unreadable.
    ["50多万", 1, 500_000],
    ["50余万元", 1, 500_000],
    ["120万余", 1, 1_200_000],
    ["$1.2bn", 1, 1_200_000_000],
    ["1.2B", 1, 1_200_000_000],
    ["1.234.567", 1, 1_234_567],
    ["€1.234,56", 1, 1_234.56],
    // One group of points may be a decimal point: read as one.
    ["1.234", 1, 1.234],
    ["120万左右", 1, 1_200_000],
    ["120万+", 1, 1_200_000],
    ["大约35", 10_000, 350_000],
    ["90天以上", 1, 90],
    // A floor said before the figure, as 以上 says it after (each was "not a number", and the account a
    // prospect); English estimates likewise.
    ["超过50万", 1, 500_000],
    ["≥5万", 1, 50_000],
    ["＞5万", 1, 50_000],
    ["不低于30万元", 1, 300_000],
    ["about 50,000", 1, 50_000],
    ["approx. 1.2M", 1, 1_200_000],
    ["Over 500k", 1, 500_000],
    ["at least 45", 1000, 45_000],
    // 万 typed as w; the currency's Chinese name before; a yearly figure said as one.
    ["12.5w", 1, 125_000],
    ["120W", 10_000, 1_200_000],
    ["人民币12,345元", 1, 12_345],
    ["12.5万元/年", 1, 125_000],
    ["120万每年", 1, 1_200_000],
    // A word about the figure in parentheses after it, and a system's scientific notation (each was
    // "not a number", and the account a prospect).
    ["12万元（含税）", 1, 120_000],
    ["120(预计)", 10_000, 1_200_000],
    ["45 (est.)", 1000, 45_000],
    ["1.2E+06", 1, 1_200_000],
    ["3.5e2", 10_000, 3_500_000],
    // An amount in parts, as typed (each was "not a number", and the account a prospect): a lone digit
    // after a unit is the next unit down, more digits are yuan; 整 closes an amount written in full.
    ["3万5千", 1, 35_000],
    ["3万5", 10_000, 35_000],
    ["3万5千元", 1, 35_000],
    ["3万500", 1, 30_500],
    ["1亿2000万", 1, 120_000_000],
    ["3千5", 1, 3500],
    ["-3万5千", 1, -35_000],
    ["12万元整", 1, 120_000],
    // Chinese numerals, and finance's 大写: in yuan where they name a unit, else in the column's.
    ["四十五万", 1, 450_000],
    ["一万五", 1, 15_000],
    ["一亿二千万", 1, 120_000_000],
    ["二十三万四千五百元", 1, 234_500],
    ["一百零五万", 1, 1_050_000],
    ["二十万零五百元", 1, 200_500],
    ["人民币壹拾贰万元整", 1, 120_000],
    ["壹佰万元整", 10_000, 1_000_000],
    ["四十五", 10_000, 450_000],
    ["两千", 1, 2000],
    // 百 as 千 is read (8百 was no number).
    ["8百", 1, 800],
    ["8百元", 10_000, 800],
    ["5千", 1, 5000],
  ])("reads %p (column ×%p) as %p", (cell, unit, expected) => {
    const p = parseNumber(cell, unit);
    expect(p.kind).toBe("value");
    if (p.kind === "value") expect(p.value).toBeCloseTo(expected, 6);
  });

  it.each([null, undefined, "", "  ", "-", "—", "N/A", "无", "/"])("reads %p as blank", (cell) => {
    expect(parseNumber(cell).kind).toBe("blank");
  });

  it.each([
    "12,3.4万",
    "abc",
    "1.2.3",
    "12 apples",
    "#N/A",
    "1,23",
    true,
    new Date(0),
    // No amount: a range, digits in a row, a fraction among parts, a unit out of order, a numeral alone.
    "三四万",
    "30-40万",
    "3.5万5",
    "3万12千",
    "5千3万",
    "三",
    "万",
    "零",
  ])("reports %p as invalid with its text", (cell) => {
    const p = parseNumber(cell);
    expect(p.kind).toBe("invalid");
  });

  it("reads any amount typed in parts as their sum (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 10, max: 9999 }),
        (wan, thousands, yuan) => {
          const at = (text: string) => {
            const p = parseNumber(text, 10_000);
            return p.kind === "value" ? p.value : null;
          };
          expect(at(`${wan}万${thousands}千`)).toBe(wan * 10_000 + thousands * 1000);
          expect(at(`${wan}万${thousands}`)).toBe(wan * 10_000 + thousands * 1000);
          expect(at(`${wan}万${yuan}元`)).toBe(wan * 10_000 + yuan);
        },
      ),
    );
  });

  it("reports an error object as invalid and keeps its code", () => {
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({ kind: "invalid", raw: "#DIV/0!" });
  });

  it("rejects non-finite numbers", () => {
    expect(parseNumber(Number.NaN).kind).toBe("invalid");
    expect(parseNumber(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });
});

describe("parseShare", () => {
  it.each([
    ["35%", false, 0.35],
    ["35%", true, 0.35],
    [0.35, false, 0.35],
    [35, true, 0.35],
    ["３５％", false, 0.35],
    // A change said in words or arrows.
    ["增长12%", false, 0.12],
    ["同比下降5%", false, -0.05],
    ["↑12%", false, 0.12],
    ["↓5%", false, -0.05],
    // The filled triangles Chinese reports draw, before the figure or after it, and arrows after it.
    ["▲12%", false, 0.12],
    ["▼5%", false, -0.05],
    ["▼ -5%", false, -0.05],
    ["12%↑", false, 0.12],
    ["5%↓", false, -0.05],
    ["12.5% ▲", false, 0.125],
    ["5%▼", false, -0.05],
    ["12▲", true, 0.12],
    ["下降 -5%", false, -0.05],
    ["增长-5%", false, -0.05],
    ["增长12", true, 0.12],
    ["持平", false, 0],
    ["约35%", false, 0.35],
    // A percent sign anywhere is a percentage, in a column of percent points too.
    ["15%左右", true, 0.15],
    ["15%以上", true, 0.15],
    ["15%左右", false, 0.15],
    // Tenths, as Chinese business speech says a share.
    ["三成", false, 0.3],
    ["三成", true, 0.3],
    ["约三成五", true, 0.35],
    ["两成左右", false, 0.2],
    ["3成", false, 0.3],
    ["十成", false, 1],
  ])("reads %p (percent points: %p) as %p", (cell, points, expected) => {
    const p = parseShare(cell, points);
    expect(p.kind === "value" && p.value).toBeCloseTo(expected, 6);
  });
});

it("reads a new account's growth (新客户, New, NM) as none to give, and the hollow △ (a Japanese minus) as unread", () => {
  for (const cell of [
    "新客户",
    "新增",
    "新增客户",
    "新开户",
    "本年新增",
    "New",
    "new customer",
    "NM",
    "n.m.",
    "Not meaningful",
  ])
    expect([cell, parseShare(cell, false)]).toEqual([cell, { kind: "blank" }]);
  for (const cell of ["△5%", "5%△", "▽5%", "新品", "▲"])
    expect([cell, parseShare(cell, false).kind]).toEqual([cell, "invalid"]);
});

it("reads no tenths where there are none", () => {
  for (const cell of ["成", "三成多少", "十一成", "12成", "成都"])
    expect(parseShare(cell, false).kind).not.toBe("value");
});

it.each(["未拜访", "从未拜访", "尚未", "—", "-", "无", "暂无", "N/A", "never", "Not yet", "待定"])(
  "reads %p where a date belongs as no date, not a mistyped one",
  (cell) => {
    expect(parseDate(cell).kind).toBe("blank");
  },
);

describe("parseDate", () => {
  it.each([
    ["2019-03-01", "2019-03-01"],
    ["2019/3/1", "2019-03-01"],
    ["2019年3月1日", "2019-03-01"],
    ["2019年3月", "2019-03-01"],
    ["2019.3.1", "2019-03-01"],
    ["2019年3月1号", "2019-03-01"],
    // Exports from order and CRM systems: a time of day after the date, or eight digits.
    ["2019-03-01 14:30", "2019-03-01"],
    ["2019/3/1 9:05:07", "2019-03-01"],
    ["2019-03-01T14:30:00Z", "2019-03-01"],
    ["2019-03-01T14:30:00.000+08:00", "2019-03-01"],
    // A time zone after a space, and an English date with its time (Salesforce, HubSpot): unreadable before.
    ["2019-03-01 14:30:12 +0800", "2019-03-01"],
    ["2019-03-01 14:30 UTC+08:00", "2019-03-01"],
    ["Mar 1, 2019 2:35 PM", "2019-03-01"],
    ["1 March 2019 14:35", "2019-03-01"],
    ["20190301", "2019-03-01"],
    [20190301, "2019-03-01"],
    [43525, "2019-03-01"],
    [new Date("2019-03-01T00:00:00Z"), "2019-03-01"],
    // The month in English letters, as English exports and Excel's d-mmm-yy write it.
    ["Mar 1, 2019", "2019-03-01"],
    ["March 1st 2019", "2019-03-01"],
    ["Sept. 1, 2019", "2019-09-01"],
    ["1 March 2019", "2019-03-01"],
    // A month and a year, as 2019年3月 is read: its first day.
    ["Mar 2019", "2019-03-01"],
    ["March 2019", "2019-03-01"],
    ["Mar-19", "2019-03-01"],
    // A time of day in words after it.
    ["2019年3月1日 下午", "2019-03-01"],
    ["2019-03-01 上午10点", "2019-03-01"],
    ["2019/3/1 下午3:30", "2019-03-01"],
    // The day of the week beside it, as a long date shows it and a CSV export keeps it (each was no date).
    ["2019年3月1日星期五", "2019-03-01"],
    ["2019年3月1日 星期五", "2019-03-01"],
    ["2019-03-01（周五）", "2019-03-01"],
    ["2019/3/1 礼拜五", "2019-03-01"],
    ["Friday, March 1, 2019", "2019-03-01"],
    ["Fri, Mar 1, 2019", "2019-03-01"],
    ["Fri 1 Mar 2019", "2019-03-01"],
    ["1-Mar-19", "2019-03-01"],
    ["01-Mar-2019", "2019-03-01"],
    ["1-Mar-99", "1999-03-01"],
    // Part of a month or a year in words: its first day, a month's end its last (each was unreadable).
    ["2025年11月上旬", "2025-11-01"],
    ["2025年11月中旬", "2025-11-11"],
    ["2025年11月下旬", "2025-11-21"],
    ["2025年11月初", "2025-11-01"],
    ["2025年2月底", "2025-02-28"],
    ["2024年2月末", "2024-02-29"],
    ["2025.11月底", "2025-11-30"],
    ["2019年初", "2019-01-01"],
    ["2019年上半年", "2019-01-01"],
    ["2019年年中", "2019-07-01"],
    ["2019年下半年", "2019-07-01"],
    ["2019年底", "2019-12-01"],
    ["2019年末", "2019-12-01"],
    // A year shortened before 年 (it was no date, and the review counted from the run).
    ["25年11月3日", "2025-11-03"],
    ["25年11月", "2025-11-01"],
    // How or why beside it, as a rep notes a visit (each was no date).
    ["2019-3-1（电话）", "2019-03-01"],
    ["2019/3/1 电话拜访", "2019-03-01"],
    ["2019-03-01 (phone)", "2019-03-01"],
    ["2019-03-01, on site", "2019-03-01"],
    ["Mar 1, 2019 [call]", "2019-03-01"],
    ["2019年3月1日【展会】", "2019-03-01"],
  ])("reads %p", (cell, iso) => {
    const p = parseDate(cell);
    expect(p.kind === "value" && p.value.toISOString().slice(0, 10)).toBe(iso);
  });
  it.each([
    "2019-02-30",
    "yesterday",
    "13/13/2020",
    "3/5/2025", // March or May: not guessed
    // A day of the week alone, or relative to the day typed, is no date.
    "星期五",
    "Friday",
    "上周五",
    "20191301",
    20190230,
    "2019-03-01 25:00x",
    "12345678",
    "Mars 1, 2019",
    "Feb 30, 2019",
    "1-Mrz-19",
    // Words beside what is no date leave it none.
    "上周五（电话）",
    "3/5/2025 (phone)",
    "2019-02-30 电话",
    "2019 (renewed)",
    "12 (call)",
  ])("rejects %p", (cell) => {
    expect(parseDate(cell).kind).toBe("invalid");
  });

  // A last visit's day as read on a run of 2025-11-30: ISO, or why not.
  const visitOn = (cell: string) => {
    const p = parseDate(cell, new Date("2025-11-30T00:00:00Z"));
    return p.kind === "value" ? p.value.toISOString().slice(0, 10) : p.kind;
  };

  it("reads a year shortened before 年 as this century's, unless that is after the run's year", () => {
    expect(visitOn("25年11月3日")).toBe("2025-11-03");
    expect(visitOn("98年3月")).toBe("1998-03-01");
    expect(visitOn("25年13月")).toBe("invalid");
    expect(visitOn("25年")).toBe("invalid");
  });

  it("reads two digits each side of two dots as the one day on or before the run's, else not at all", () => {
    // A year first (2030-11-25, a day first, is after the run: no last visit).
    expect(visitOn("25.11.30")).toBe("2025-11-30");
    expect(visitOn("25.9.3")).toBe("invalid"); // one digit last: no year
    // A day first (2031-11-24 is after the run).
    expect(visitOn("31.10.24")).toBe("2024-10-31");
    // Both are days before the run (2012-11-24, 2024-11-12): not guessed.
    expect(visitOn("12.11.24")).toBe("invalid");
    // Without the run's day to tell them apart, neither.
    expect(parseDate("25.11.30").kind).toBe("invalid");
  });

  it("reads day and month before the year where one order only makes a date, or in the column's order", () => {
    const iso = (cell: string, order?: "mdy" | "dmy") => {
      const p = parseDate(cell, undefined, order);
      return p.kind === "value" ? p.value.toISOString().slice(0, 10) : p.kind;
    };
    expect(iso("1/15/2019")).toBe("2019-01-15");
    expect(iso("15/1/2019")).toBe("2019-01-15");
    expect(iso("15.01.2019 14:30")).toBe("2019-01-15");
    expect(iso("10/2/2026 3:05 PM")).toBe("invalid");
    expect(iso("10/2/2026")).toBe("invalid");
    expect(iso("10/2/2026", "mdy")).toBe("2026-10-02");
    expect(iso("10/2/2026", "dmy")).toBe("2026-02-10");
    expect(iso("13/13/2026", "mdy")).toBe("invalid");
    // Dots with the year last are day first, as SAP and much of Europe write them.
    expect(iso("05.03.2025")).toBe("2025-03-05");
    expect(iso("05.03.2025", "mdy")).toBe("2025-03-05");
    expect(ambiguousDayMonth("05.03.2025")).toBeUndefined();
    // The column's cells say the order; cells that disagree say none.
    expect(dayMonthOrder(["10/2/2026", "1/15/2019", null, 3])).toBe("mdy");
    expect(dayMonthOrder(["10/2/2026", "15/1/2019"])).toBe("dmy");
    expect(dayMonthOrder(["1/15/2019", "15/1/2019"])).toBeUndefined();
    expect(dayMonthOrder(["10/2/2026", "2026-10-02"])).toBeUndefined();
    expect(ambiguousDayMonth("10/2/2026")?.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-10-02",
      "2026-02-10",
    ]);
    expect(ambiguousDayMonth("5/5/2026")).toBeUndefined();
    expect(ambiguousDayMonth("1/15/2019")).toBeUndefined();
  });

  it("reads a month and day without their year as the last such day on or before the run's date", () => {
    const asOf = new Date("2025-06-30T00:00:00Z");
    const iso = (cell: string) => {
      const p = parseDate(cell, asOf);
      return p.kind === "value" ? p.value.toISOString().slice(0, 10) : p.kind;
    };
    expect(iso("3月5日")).toBe("2025-03-05");
    expect(iso("6月30号")).toBe("2025-06-30");
    expect(iso("12月20日")).toBe("2024-12-20");
    expect(iso("2月29日")).toBe("2024-02-29");
    expect(iso("2月30日")).toBe("invalid");
    expect(iso("3/5")).toBe("invalid");
    // A month alone, or a part of one (each was no date): the last such month, from its first day.
    expect(iso("6月")).toBe("2025-06-01");
    expect(iso("6月份")).toBe("2025-06-01");
    expect(iso("6月中旬")).toBe("2025-06-11");
    expect(iso("7月")).toBe("2024-07-01");
    expect(iso("13月")).toBe("invalid");
    // Without a date to count back from, no year is made up.
    expect(parseDate("3月5日").kind).toBe("invalid");
    expect(parseDate("6月").kind).toBe("invalid");
  });
});

describe("parseYears", () => {
  const asOf = new Date("2025-01-01T00:00:00Z");
  it.each([
    [6, 6],
    ["6年", 6],
    ["6.5 years", 6.5],
    // Years and months, and Chinese numerals past ten, as ledgers write them (each was unreadable).
    ["3年6个月", 3.5],
    ["3年零6个月", 3.5],
    ["三年六个月", 3.5],
    ["3 years 6 months", 3.5],
    ["十二年", 12],
    ["二十年以上", 20],
    ["十二年半", 12.5],
    ["一年以内", 0.5],
    [2015, 10],
    ["2015-01-01", 10],
    // A start year or date as planners write one.
    ["2015", 10],
    ["2015年", 10],
    ["2015年起", 10],
    ["自2015年开始", 10],
    ["从2015年至今", 10],
    ["since 2015", 10],
    ["2015 onwards", 10],
    ["2015年1月起", 10],
    ["20150101", 10],
    [20150101, 10],
    // Year and month typed as a number (2015.07: Excel keeps 2015.07), as its text 2015.07 is read.
    [2015.07, 9.5],
    [2014.1, 11],
    ["2015-2025", 10],
    // In words: months, a half, Chinese numerals, a range (its lower bound), under N (half), a new account.
    ["8个月", 0.67],
    ["18个月", 1.5],
    ["半年", 0.5],
    ["2年半", 2.5],
    ["一年半", 1.5],
    ["两年", 2],
    ["十年", 10],
    ["3-5年", 3],
    ["不足1年", 0.5],
    ["<1年", 0.5],
    ["不满3年", 1.5],
    ["2019-", 6],
    // The end said as now (2019-至今 was no year, though 2019至今 and 2019- were).
    ["2019-至今", 6],
    ["2019年~现在", 6],
    ["2019-今", 6],
    ["2年以内", 1],
    ["新客户", 0],
    ["新开户", 0],
    // Under a bare figure, the first year, the Nth (each was no length).
    ["<1", 0.5],
    ["＜2", 1],
    ["首年", 0],
    ["第一年", 0],
    ["第3年", 2],
    // A period as ERPs write one (201501), and a month in English letters (both were unreadable).
    ["201501", 10],
    [201501, 10],
    ["Jan 2015", 10],
    ["January 1, 2015", 10],
    ["1-Jan-15", 10],
    ["about 6 years", 6],
    ["over 10 years", 10],
    ["approx. 5 yrs", 5],
    ["less than 1 year", 0.5],
  ])("reads %p as about %p years", (cell, years) => {
    const p = parseYears(cell, asOf);
    expect(p.kind === "value" && p.value).toBeCloseTo(years, 1);
  });
  it("reads a start written day and month before the year where its order is known", () => {
    expect(parseYears("12/20/2014", asOf)).toMatchObject({ kind: "value" });
    expect(parseYears("9/1/2014", asOf).kind).toBe("invalid");
    const p = parseYears("9/1/2014", asOf, "mdy");
    expect(p.kind === "value" && p.value).toBeCloseTo(10.33, 1);
    const q = parseYears("01.09.2014", asOf);
    expect(q.kind === "value" && q.value).toBeCloseTo(10.33, 1);
  });
  it("rejects negative years, a year to come, and a start that is no date", () => {
    expect(parseYears(-2, asOf).kind).toBe("invalid");
    expect(parseYears("2030年起", asOf).kind).toBe("invalid");
    expect(parseYears("2015年13月起", asOf)).toEqual({ kind: "invalid", raw: "2015年13月起" });
    expect(parseYears("很久", asOf).kind).toBe("invalid");
    expect(parseYears("第0年", asOf).kind).toBe("invalid");
    expect(parseYears("第2.5年", asOf).kind).toBe("invalid");
    expect(parseYears("<", asOf).kind).toBe("invalid");
  });
});

describe("parseFlag", () => {
  it.each([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["no", false],
    [true, true],
    [0, false],
    ["✓", true],
    // ✓/× forms, and a competitor column's 有/无.
    ["×", false],
    ["有", true],
    ["无", false],
    // A yes or no with why beside it (it was "not yes/no", read as no).
    ["是（集团指定）", true],
    ["否 - 未签约", false],
    // A strategic column's words, filled and empty marks, a long dash (each was "not yes/no").
    ["战略合作", true],
    ["战略级", true],
    ["核心", true],
    ["一般", false],
    ["●", true],
    ["○", false],
    ["☑", true],
    ["☐", false],
    ["—", false],
    // 是的, a star marking the row, and not the kind in words (each was "not yes/no").
    ["是的", true],
    ["★", true],
    ["☆", false],
    ["非重点", false],
    ["Non-strategic", false],
  ])("reads %p as %p", (cell, value) => {
    expect(parseFlag(cell)).toEqual({ kind: "value", value });
  });
  it("reports a change word without its figure", () => {
    expect(parseShare("增长很多", false)).toEqual({ kind: "invalid", raw: "增长很多" });
  });
  it("reports other text", () => {
    expect(parseFlag("maybe").kind).toBe("invalid");
    // Normal stays none: under Active? it is a yes, under a hold a no.
    expect(parseFlag("Normal").kind).toBe("invalid");
    expect(parseFlag("待定（下季度）").kind).toBe("invalid");
    expect(parseFlag("2024-05-01").kind).toBe("invalid");
  });
});

describe("cellText", () => {
  test("a text cell reads as String.prototype.trim gives it, every kind of white space included", () => {
    const chars = fc.constantFrom(
      ..."a经 \t\n\u000b\u000c\r\u0001\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b",
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 6 }), (cs) => {
        const text = cs.join("");
        expect(cellText(text)).toBe(text.trim());
      }),
    );
  });
});

describe("salesPeriodOf: the part of a year a sales header names", () => {
  it.each([
    ["2025年1-10月销售额（万元）", { months: 10, from: 1, to: 10 }],
    ["1月至9月回款额", { months: 9, from: 1, to: 9 }],
    ["1 - 10 月销售额", { months: 10, from: 1, to: 10 }],
    ["截至10月销售额", { months: 10, from: 1, to: 10 }],
    ["10月底累计销售额", { months: 10, from: 1, to: 10 }],
    ["前三季度销售额", { months: 9, from: 1, to: 9 }],
    ["上半年销售额", { months: 6, from: 1, to: 6 }],
    ["下半年销售额", { months: 6, from: 7, to: 12 }],
    ["2025年第1季度", { months: 3, from: 1, to: 3 }],
    ["三季度销售额", { months: 3, from: 7, to: 9 }],
    ["Q1 - Q3 Sales", { months: 9, from: 1, to: 9 }],
    ["Revenue H1 2025", { months: 6, from: 1, to: 6 }],
    ["Sales Jan-Oct 2025", { months: 10, from: 1, to: 10 }],
    ["January to September revenue", { months: 9, from: 1, to: 9 }],
    ["近6个月销售额", { months: 6 }],
    ["Last 6 months sales", { months: 6 }],
    ["10月份回款", { months: 1, from: 10, to: 10 }],
    ["月均销售额（万元）", { months: 1, average: "month" }],
    ["Avg Monthly Revenue", { months: 1, average: "month" }],
    ["日均销量（箱）", { months: 12 / 365, average: "day" }],
    // The average first (it was 平均月销售额 read as an unnamed month's, noted 月销售额).
    ["平均月销售额（万元）", { months: 1, average: "month" }],
    ["平均日销量", { months: 12 / 365, average: "day" }],
    ["平均周提货量", { months: 12 / 52, average: "week" }],
    ["周均提货量", { months: 12 / 52, average: "week" }],
    ["本月销售额", { months: 1, unnamed: "month" }],
    ["月销量（吨）", { months: 1, unnamed: "month" }],
    ["Monthly Sales", { months: 1, unnamed: "month" }],
    ["本季度回款", { months: 3, unnamed: "quarter" }],
    ["Quarterly Revenue", { months: 3, unnamed: "quarter" }],
    ["2024年销售额", undefined],
    ["2025年月销售额", undefined],
    ["12个月销售额", undefined],
    ["年度销售额（万元）", undefined],
    ["1-12月销售额", undefined],
    ["近12个月销售额", undefined],
    // This month's or last by English words, and 上个月 / 上季度 (each was a whole year).
    ["This Month Sales", { months: 1, unnamed: "month" }],
    ["Last Month Sales", { months: 1, unnamed: "month" }],
    ["MTD Sales", { months: 1, unnamed: "month" }],
    ["上个月销售额", { months: 1, unnamed: "month" }],
    ["上季度销售额", { months: 3, unnamed: "quarter" }],
    ["Last Quarter Revenue", { months: 3, unnamed: "quarter" }],
    ["QTD Sales", { months: 3, unnamed: "quarter" }],
    ["YTD Sales", undefined],
    ["2025-2026年度销售", undefined],
    ["Harvest 2024 sales", undefined],
  ])("%p: %p", (header, period) => {
    expect(salesPeriodOf(header)).toEqual(period);
  });
});

describe("titlePeriodOf: the months a report's title says its figures cover", () => {
  it.each([
    // Whole months by their dates, as an accounting package heads a report (管家婆's 销售单位排行).
    ["日期：2025-01-01 至 2025-11-30", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["统计期间：2025年1月1日至2025年11月30日", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["2025.04.01-2025.09.30", { period: { months: 6, from: 4, to: 9 }, year: 2025 }],
    ["2024/2/1 ~ 2024/2/29", { period: { months: 1, from: 2, to: 2 }, year: 2024 }],
    // Months with their year (用友's and 金蝶's 期间).
    ["期间：2025年1月-2025年10月", { period: { months: 10, from: 1, to: 10 }, year: 2025 }],
    ["2025-01 至 2025-10", { period: { months: 10, from: 1, to: 10 }, year: 2025 }],
    ["2025/1-2025/10", { period: { months: 10, from: 1, to: 10 }, year: 2025 }],
    ["2024年7月-2025年6月", undefined],
    ["2025年1月-2025年12月", undefined],
    // By their months, a year or none.
    ["2025年1-11月经销商销售统计", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["前三季度经销商销售", { period: { months: 9, from: 1, to: 9 }, year: undefined }],
    ["Dealer sales Jan-Oct 2025", { period: { months: 10, from: 1, to: 10 }, year: 2025 }],
    // English dates: QuickBooks' "January 1 - November 30, 2025", Xero's "For the period 1 January 2025
    // to 30 November 2025", American and day-first numbers (whichever makes whole months).
    ["January 1 - November 30, 2025", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["Jan 1, 2025 – Sep 30, 2025", { period: { months: 9, from: 1, to: 9 }, year: 2025 }],
    [
      "For the period 1 January 2025 to 30 November 2025",
      { period: { months: 11, from: 1, to: 11 }, year: 2025 },
    ],
    ["1 Apr - 30 Jun 2025", { period: { months: 3, from: 4, to: 6 }, year: 2025 }],
    ["01/01/2025 - 11/30/2025", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["01/01/2025 - 30/11/2025", { period: { months: 11, from: 1, to: 11 }, year: 2025 }],
    ["January 1 - November 15, 2025", undefined],
    ["December 1, 2024 - November 30, 2025", undefined],
    ["January 1 - December 31, 2025", undefined],
    // A part of a month, two years, a whole year, one month (when a meeting is, not what the sales
    // cover), or no span at all: none.
    ["日期：2025-01-01 至 2025-11-15", undefined],
    ["2024-07-01 至 2025-06-30", undefined],
    ["2025-01-01 至 2025-12-31", undefined],
    ["2025年10月销售例会", undefined],
    ["2025年经销商台账", undefined],
    ["月均销售统计", undefined],
  ])("%p: %p", (title, stated) => {
    expect(titlePeriodOf(title)).toEqual(stated);
  });
});

describe("oneLine: a cell typed on several lines, as one line", () => {
  it.each([
    ["年销售额\n（万元）", "年销售额（万元）"],
    ["客户\r\n名称 / Customer\nName", "客户名称 / Customer Name"],
    ["Annual \r\n Sales\rQ1\u2028x", "Annual Sales Q1 x"],
    ["2025年\nSales", "2025年 Sales"],
    ["no break", "no break"],
  ])("oneLine(%j) = %j", (text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });
});

describe("parseEstimate: a market's size as a planner estimates it", () => {
  it.each([
    // A range is its middle (each was "not a number", the row's potential lost).
    ["50-80", 1e4, 650_000],
    ["50~80万", 1, 650_000],
    ["50万-80万", 1, 650_000],
    ["50 至 80", 1, 65],
    [60, 1e4, 600_000],
    ["约60", 1e4, 600_000],
  ])("reads %p (column ×%p) as %p", (cell, unit, value) => {
    expect(parseEstimate(cell, unit)).toEqual({ kind: "value", value });
  });
  it("takes not estimated yet for blank, and still refuses what is no figure", () => {
    for (const cell of ["不详", "待评估", "Unknown", "TBD"]) expect(parseEstimate(cell).kind).toBe("blank");
    for (const cell of ["很大", "80-50", "a-b", "-5-"]) expect(parseEstimate(cell).kind).toBe("invalid");
    expect(parseEstimate("-5")).toEqual({ kind: "value", value: -5 });
  });
});

import fc from "fast-check";
import type { Cell } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import { fitNames } from "../../../src/workbook/fitNames";
import { quarterPlan } from "../../../src/workbook/quarterPlan";
import { displayWidth, headerLines } from "../../../src/workbook/textWidth";
import { type PlanRow, alignHeaders } from "../../../src/workbook/writePlan";
import { rerun, run } from "../../helpers/sheet";

const zh = getMessages("zh-CN");
const en = getMessages("en-US");

describe("the owners' key accounts on the printed strategy sheet", () => {
  it("lists as many names as fit and counts the rest, in both languages", () => {
    const names = ["贵阳鑫源建材商行", "太原华信实业有限公司", "福州永盛经销部", "重庆瑞丰建材商行"];
    expect(fitNames(names, 70, zh)).toBe("贵阳鑫源建材商行、太原华信实业有限公司、福州永盛经销部等4家");
    expect(fitNames(names.slice(0, 2), 70, zh)).toBe("贵阳鑫源建材商行、太原华信实业有限公司");
    const english = [
      "Guiyang Xinyuan Building Supplies",
      "Taiyuan Huaxin Industrial Co.",
      "Fuzhou Yongsheng",
    ];
    expect(fitNames(english, 80, en)).toBe(
      "Guiyang Xinyuan Building Supplies, Taiyuan Huaxin Industrial Co. and 1 more",
    );
    expect(fitNames(english, 70, en)).toBe("Guiyang Xinyuan Building Supplies and 2 more");
    // One name is shown whole, however long.
    expect(
      fitNames(["一个名字很长很长很长很长很长很长很长很长很长很长很长很长很长很长的经销商"], 20, zh),
    ).toBe("一个名字很长很长很长很长很长很长很长很长很长很长很长很长很长很长的经销商");
  });

  it("never runs past its width unless one name alone does, and keeps the names in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z甲乙丙丁华东西南北]{1,14}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 10, max: 90 }),
        fc.constantFrom(zh, en),
        (names, width, messages) => {
          const text = fitNames(names, width, messages);
          const whole = messages.engine.list(names);
          if (text === whole) return names.length === 1 || displayWidth(whole) <= width;
          // Cut: the shown names are the first ones, and the count says how many there are.
          const shown = text.slice(0, text.lastIndexOf(messages === zh ? "等" : " and "));
          expect(whole.startsWith(shown)).toBe(true);
          if (displayWidth(text) > width) {
            expect(shown).toBe(names[0]);
          }
          const count = Number(/(\d+)(家| more)$/.exec(text)?.[1]);
          const listed = shown.split(messages === zh ? "、" : ", ").length;
          expect(messages === zh ? count : count + listed).toBe(names.length);
          return true;
        },
      ),
    );
  });

  it("keeps an owner's list of key accounts within the printed page", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    for (let i = 0; i < 60; i++)
      values.push([`第${i + 1}号华信实业有限公司`, 1000 - i, i < 6 ? "王芳" : "张伟"]);
    const sheet = run(values).plan!.strategySheet;
    const wang = sheet.rows.find((r) => r.cells[0] === "王芳");
    const listed = wang?.cells[6] as string;
    expect(listed).toMatch(/^第1号华信实业有限公司、第2号华信实业有限公司、第3号华信实业有限公司等6家$/);
    const widths = sheet.columnWidths;
    expect(displayWidth(listed)).toBeLessThanOrEqual((widths[6] ?? 0) + (widths[7] ?? 0) + (widths[8] ?? 0));
  });
});

describe("the owners' load under their table", () => {
  // 60 accounts among four owners; 王芳 owns four of the six key accounts and eight more.
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
  const ownerOf = (i: number): string =>
    i < 4 || (i >= 6 && i < 14)
      ? "王芳"
      : i === 4
        ? "张伟"
        : i === 5
          ? "李强"
          : ["张伟", "李强", "刘洋"][i % 3]!;
  for (let i = 0; i < 60; i++) values.push([`经销商${i + 1}`, 1000 - i * 15, ownerOf(i)]);
  const lines = (language: "zh-CN" | "en-US") =>
    run(values, { language })
      .plan!.strategySheet.rows.map((r) => r.cells[0])
      .filter((c): c is string => typeof c === "string");

  it("points out one person on most key accounts, and a portfolio beyond one person's hours", () => {
    const zhLines = lines("zh-CN");
    expect(zhLines.find((l) => l.startsWith("王芳在重点客户上"))).toMatch(
      /^王芳在重点客户上的销售时间占\d+%，是中位数\d+%的[\d.]+倍：把部分重点客户交给其他能力强的人员，分担负荷。$/,
    );
    expect(zhLines.find((l) => l.startsWith("王芳名下客户"))).toMatch(
      /^王芳名下客户每月需\d+小时，比一个人的160小时多出四分之一以上：调整分工，或增加人手。$/,
    );
    // The others are within a quarter of one person's hours: nothing said of them.
    expect(zhLines.filter((l) => /名下客户每月需/.test(l))).toHaveLength(1);
    expect(lines("en-US").find((l) => l.startsWith("王芳's accounts need"))).toMatch(
      /hours a month, over a quarter more than the 160 one person has: rebalance the accounts or add people\.$/,
    );
  });

  it("says where the hours come from: how many owners at how many hours each, or the team's capacity", () => {
    // "月度工时按每位负责人合计640小时计算" read as if each owner had 640 hours.
    expect(lines("zh-CN")).toContain("月度工时按4位负责人、每人每月160小时，共640小时计算");
    expect(lines("en-US")).toContain("Hours assume 4 owners at 160 a month each: 640 hours");
    const team = run(values, { rules: { time: { monthlyCapacityHours: 2000 } } }).plan!.strategySheet.rows;
    expect(team.map((r) => r.cells[0])).toContain("月度工时按团队每月合计2000小时计算");
  });

  it("says nothing with the team's capacity given, which names no one's hours", () => {
    const sheet = run(values, { rules: { time: { monthlyCapacityHours: 2000 } } }).plan!.strategySheet;
    expect(sheet.rows.some((r) => /名下客户每月需/.test(String(r.cells[0])))).toBe(false);
  });
});

describe("the accounts left out as ended, under the summary", () => {
  const firstColumn = (values: Cell[][], language: "zh-CN" | "en-US") =>
    run(values, { language }).plan!.strategySheet.rows.map((r) => String(r.cells[0] ?? ""));

  it("counts them and names their rows, so the tiered count adds up to the sheet's rows", () => {
    const values: Cell[][] = [["客户名称", "客户状态", "停用日期", "本年销售额"]];
    for (let i = 0; i < 12; i++)
      values.push([
        `客户${i}`,
        i === 2 ? "停止合作" : "合作中",
        i === 5 || i === 9 ? new Date("2024-06-01T00:00:00Z") : null,
        100_000 * (i + 1),
      ]);
    expect(firstColumn(values, "zh-CN")).toContain("另有3家已停止合作或停用，未参与分级（第4、7、11行）");
    expect(firstColumn(values, "en-US")).toContain(
      "3 more accounts have ended or are no longer in use, not tiered (rows 4, 7, 11)",
    );
    const none = values.map((row) => [row[0], row[3]]);
    expect(firstColumn(none, "zh-CN").some((l) => l.startsWith("另有"))).toBe(false);
  });
});

describe("the key accounts' quarterly programme on the strategy sheet", () => {
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期天数"]];
  for (let i = 0; i < 40; i++)
    values.push([`经销商${i + 1}`, 400 - i * 10, i === 0 ? 800 : 380 - i * 10, i === 1 ? 120 : 0]);

  it("plans the four quarters from the run's, with this run's counts, in both languages", () => {
    const r = run(values, { asOf: new Date("2026-11-30T00:00:00Z") });
    const zhPlan = quarterPlan(r.result, zh, new Date("2026-11-30T00:00:00Z"));
    expect(zhPlan.map((q) => q.quarter)).toEqual([
      "2026年第4季度（10-12月）",
      "2027年第1季度（1-3月）",
      "2027年第2季度（4-6月）",
      "2027年第3季度（7-9月）",
    ]);
    const watched = r.result.summary.watchList.length;
    const candidates = r.result.summary.promotionCandidates.length;
    expect(watched).toBe(2); // 经销商1 halved, 经销商2 120 days overdue
    expect(zhPlan[0]?.programme).toBe(
      `年度回顾：评估${candidates}家晋级候选和降级风险，与重点客户共同制定下一年计划`,
    );
    expect(zhPlan[1]?.programme).toContain("资信C/D的1家先谈回款");
    expect(zhPlan[2]?.programme).toContain("六一工程");
    expect(zhPlan[3]?.programme).toContain("逐一跟进观察名单上的2家");
    const enPlan = quarterPlan(r.result, en, new Date("2027-02-01T00:00:00Z"));
    expect(enPlan.map((q) => q.quarter)).toEqual([
      "Q1 2027 (Jan-Mar)",
      "Q2 2027 (Apr-Jun)",
      "Q3 2027 (Jul-Sep)",
      "Q4 2027 (Oct-Dec)",
    ]);
    expect(enPlan[0]?.programme).toContain("talk payment first with the 1 rated C/D");
  });

  it("says the key accounts' review cadence as the rules set it, in whole months, in the summary and the intro", () => {
    for (const [months, language, every, intro] of [
      [1, "zh-CN", "每月", "重点客户仍每月复查。"],
      [1.6, "zh-CN", "每2个月", "重点客户仍每2个月复查。"],
      [2, "en-US", "every 2 months", "key accounts are still reviewed every 2 months."],
    ] as const) {
      const rules = { review: { keyMonths: months } };
      const outcome = run(values, { language, rules });
      const sheet = outcome.plan!.strategySheet.rows.map((row) => row.cells);
      expect(sheet.flat().some((c) => typeof c === "string" && c.endsWith(intro))).toBe(true);
      expect(sheet.flat()).toContainEqual(expect.stringMatching(new RegExp(`^${every}( |（|$)`)));
      expect(outcome.result.summary.tiers.key.reviewMonths).toBe(Math.round(months));
      // The rounding is said in the run's findings, as a warning that stops nothing.
      const said = outcome.result.findings.filter((f) => f.code === "rules.rounded");
      expect(said.map((f) => f.severity)).toEqual(Number.isInteger(months) ? [] : ["warning"]);
    }
  });

  it("stands on the sheet after the key-account tactics, and only where there are key accounts", () => {
    const sheet = run(values).plan!.strategySheet.rows.map((row) => row.cells);
    const at = sheet.findIndex((c) => c[0] === "重点客户季度计划");
    expect(at).toBeGreaterThan(sheet.findIndex((c) => c[0] === "重点客户对策"));
    expect(at).toBeLessThan(sheet.findIndex((c) => c[0] === "普通客户对策"));
    expect(sheet[at + 2]).toEqual(["季度", "安排"]);
    const none = run([
      ["经销商名称", "年销售额"],
      ["甲", 0],
      ["乙", null],
    ]).plan!.strategySheet.rows;
    expect(none.some((row) => row.cells[0] === "重点客户季度计划")).toBe(false);
  });
});

describe("the key accounts' line under the title", () => {
  it("counts them by the way they came in, while an ordinary account's reason says the places are taken", () => {
    // 20 accounts: 2 key places, both taken by the largest accounts; none is left to compete for by score.
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）"],
      ...Array.from({ length: 20 }, (_, i): Cell[] => [`经销商${i + 1}`, 2000 - i * 90]),
    ];
    for (const [language, line, reason] of [
      ["zh-CN", "重点客户共2家（销售额大户2家）", /；2个重点客户名额已满（销售额大户2家）$/],
      ["en-US", "2 key accounts: 2 by revenue", /; all 2 key places are taken \(2 by revenue\)$/],
    ] as const) {
      const outcome = run(values, { language });
      const lines = outcome.plan!.strategySheet.rows.slice(0, 5).map((r) => r.cells[0]);
      expect(lines).toContain(line);
      expect(outcome.result.accounts[2]?.reason).toMatch(reason);
    }
  });

  it("says apart the key accounts the band kept from the last run near the key line", () => {
    // 100 accounts, 10 places by score; the last run made D011 key and D010 ordinary: the band (2 places)
    // keeps both, so 9 come in by score and 1 is kept (the tier can run past its places this way).
    for (const [language, tierHeader, key, ordinary, line] of [
      [
        "zh-CN",
        "渠道分级",
        "重点客户",
        "普通客户",
        "重点客户共10家（按得分9家，另有1家在重点客户线附近，按上次分级保留）",
      ],
      [
        "en-US",
        "Tier",
        "Key account",
        "Ordinary account",
        "10 key accounts: 9 by score, 1 kept from the last run near the key line",
      ],
    ] as const) {
      const values: Cell[][] = [["Distributor", "Revenue", tierHeader]];
      for (let i = 0; i < 100; i++)
        values.push([`D${String(i + 1).padStart(3, "0")}`, 1000 - i, i === 10 || i < 9 ? key : ordinary]);
      const outcome = rerun(values, { language, rules: { tiering: { coreRevenueShare: 0 } } });
      expect(outcome.result.accounts.filter((a) => a.held).map((a) => [a.name, a.tier])).toEqual([
        ["D010", "ordinary"],
        ["D011", "key"],
      ]);
      expect(outcome.plan!.strategySheet.rows.slice(0, 5).map((r) => r.cells[0])).toContain(line);
      expect(outcome.result.summary.keyHeld).toBe(1);
    }
  });

  it("says apart the key accounts moved up by hand from those set key, and the places they overfill", () => {
    // 20 accounts, 2 key places: 经销商1 (key by its sales) and 经销商10 moved up (升级), 经销商12 set key.
    // The line counted all three as "手动指定", not saying which were moves.
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "手动分级"]];
    for (let i = 0; i < 20; i++) {
      const typed = i === 0 || i === 9 ? "升级" : i === 11 ? "重点客户" : "";
      values.push([`经销商${i + 1}`, 2000 - i * 90, typed]);
    }
    for (const [language, line, reason] of [
      [
        "zh-CN",
        "重点客户共3家（手动指定1家、手动升级2家）",
        "；2个重点客户名额已满（手动指定1家、手动升级2家，超出名额1家）",
      ],
      [
        "en-US",
        "3 key accounts: 1 by override, 2 moved up by hand",
        "; all 2 key places are taken (1 by override, 2 moved up by hand, 1 past the places)",
      ],
    ] as const) {
      const outcome = run(values, { language });
      expect(outcome.result.summary.keyMoved).toBe(2);
      expect(outcome.plan!.strategySheet.rows.slice(0, 5).map((r) => r.cells[0])).toContain(line);
      expect(outcome.result.accounts[5]?.reason.endsWith(reason)).toBe(true);
    }
    // A move down is no key account's way in: the line is the machine's own.
    values[1]![2] = "降级";
    values[10]![2] = "";
    values[12]![2] = "";
    const down = run(values, { language: "zh-CN" });
    expect(down.result.summary.keyMoved).toBe(0);
    expect(down.plan!.strategySheet.rows.slice(0, 5).map((r) => r.cells[0])).toContain(
      "重点客户共2家（销售额大户2家）",
    );
  });
});

describe("the printed strategy sheet's lines of text", () => {
  it("each fits the page's width (A-I) in both languages: a longer one goes on as another line", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    for (let i = 0; i < 30; i++) values.push([`经销商${i + 1}`, 300 - i, "王芳"]);
    for (const language of ["zh-CN", "en-US"] as const) {
      const sheet = run(values, { language }).plan!.strategySheet;
      const page = sheet.columnWidths.reduce((a, b) => a + b, 0);
      const lines = sheet.rows.filter((r) => r.cells.length === 1 && typeof r.cells[0] === "string");
      for (const r of lines) expect(displayWidth(r.cells[0] as string)).toBeLessThanOrEqual(page);
      // Rule 19 of the course, the longest, is printed whole over two lines, the second under its text.
      const at = sheet.rows.findIndex((r) => String(r.cells[0]).startsWith("19. "));
      if (language === "en-US") {
        expect(sheet.rows[at + 1]?.cells[0]).toMatch(/^ {4}\S/);
        expect(String(sheet.rows[at + 1]?.cells[0])).toContain("carefully and well");
      }
    }
  });
});

describe("the printed strategy sheet's lists", () => {
  it("set every text apart from a right-aligned number on its left, in both languages", () => {
    // The row number ran into the owner beside it: "44Wang Fang", "44王芳".
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "资信等级", "负责人", "所属区域"],
    ];
    for (let i = 0; i < 60; i++)
      values.push([
        `经销商${i + 1}`,
        i % 7 === 6 ? 0 : 300 - i,
        200 - i,
        i % 5 === 0 ? "C" : i % 9 === 0 ? "D" : "A",
        `业务员${i % 4}`,
        `区域${i % 3}`,
      ]);
    for (const language of ["zh-CN", "en-US"] as const) {
      const sheet = run(values, { language }).plan!.strategySheet;
      let pairs = 0;
      for (const row of sheet.rows) {
        if (row.style !== "body") continue;
        for (let k = 1; k < row.cells.length; k++) {
          const before = row.cells[k - 1];
          const text = row.cells[k];
          if (typeof before !== "number" || typeof text !== "string" || text === "") continue;
          pairs++;
          expect([language, text, row.formats?.[k]]).toEqual([language, text, expect.stringMatching(/^" "/)]);
        }
      }
      // The watch list's, the credit list's, the candidates' and the prospects' owners and regions.
      expect(pairs).toBeGreaterThan(20);
    }
  });
});

describe("the promotion candidates' columns", () => {
  it("leave out the growth where no candidate has a figure for it, and the credit where the sheet has none", () => {
    const rows = (values: Cell[][]) => run(values).plan!.strategySheet.rows;
    const header = (values: Cell[][]) =>
      rows(values).find((r) => r.style === "tableHeader" && r.cells[4] === "距重点客户线（元）")?.cells;
    const plain: Cell[][] = [["经销商名称", "年销售额（万元）"]];
    for (let i = 0; i < 40; i++) plain.push([`经销商${i + 1}`, 400 - i * 9]);
    // An empty 同比 column stood on a sheet without last year's sales.
    expect(header(plain)).toEqual(["名称", "行号", "负责人", "销售额（元）", "距重点客户线（元）"]);
    const full = plain.map((row, k) => [
      ...row,
      k === 0 ? "去年销售额（万元）" : 380 - k * 9,
      k === 0 ? "逾期天数" : 0,
    ]);
    expect(header(full)).toEqual([
      "名称",
      "行号",
      "负责人",
      "销售额（元）",
      "距重点客户线（元）",
      "同比",
      "资信",
    ]);
    // A fall of 0.04% shows as no change, to the tenth of a percent its format shows: it was "-0.0%".
    const flat = plain.map((row, k) => [
      ...row,
      k === 0 ? "去年销售额（万元）" : k === 5 ? (row[1] as number) * 1.0004 : (row[1] as number) * 0.9,
    ]);
    const fifth = rows(flat).find((r) => r.cells[0] === "经销商5");
    expect([fifth?.cells[5], Object.is(fifth?.cells[5], -0), fifth?.formats?.[5]]).toEqual([
      0,
      false,
      "+0.0%;-0.0%;0.0%",
    ]);
    expect(rows(flat).find((r) => r.cells[0] === "经销商6")?.cells[5]).toBe(0.111);
    const credit = plain.map((row, k) => [...row, k === 0 ? "逾期天数" : k === 12 ? 40 : 0]);
    expect(header(credit)).toEqual(["名称", "行号", "负责人", "销售额（元）", "距重点客户线（元）", "资信"]);
    const listed = rows(credit).find((r) => r.cells[0] === "经销商12");
    expect(listed?.cells.slice(4)).toEqual([expect.any(Number), "C（逾期40天）"]);
    expect(listed?.formats?.[5]).toBe('" "@');
  });
});

describe("the printed tables' headers", () => {
  it("stand right over columns of numbers, left over text, each table judged down to the next heading", () => {
    const rows: PlanRow[] = [
      { style: "heading", cells: ["Owners"] },
      { style: "tableHeader", cells: ["Owner", "Key", "Share", "Key accounts owned"] },
      { style: "body", cells: ["Wang Fang", 6, 0.153, "Guiyang Xinyuan"] },
      { style: "body", cells: ["Zhang Wei", 5, "", ""] },
      // A line under the table is not one of its rows.
      { style: "body", cells: ["Wang Fang carries 12% of sales time on key accounts"] },
      { style: "heading", cells: ["Watch"] },
      { style: "tableHeader", cells: ["Name", "Row"] },
      { style: "body", cells: ["Dealer 1", 44] },
      { style: "body", cells: ["Dealer 2", "removed"] },
    ];
    const aligned = alignHeaders(rows);
    expect(aligned[1]?.align).toEqual([undefined, "right", "right", undefined]);
    // A column with a text among its numbers (a removed account has no row) keeps its header left.
    expect(aligned[6]?.align).toBeUndefined();
    expect(aligned.filter((r, k) => r !== rows[k])).toHaveLength(1);
  });

  it("stand right over a column left blank whose cells are formatted as numbers (no sales: no share of them)", () => {
    const rows: PlanRow[] = [
      { style: "tableHeader", cells: ["Tier", "Revenue", "Share of revenue", "Cadence"] },
      { style: "body", cells: ["Key", 0, "", "Monthly"], formats: [undefined, "#,##0", "0.0%", '" "@'] },
      { style: "total", cells: ["Total", 0, "", ""], formats: [undefined, "#,##0", "0.0%", '" "@'] },
    ];
    expect(alignHeaders(rows)[0]?.align).toEqual([undefined, "right", "right", undefined]);
  });
});

describe("the strategy sheet's review cadence by tier", () => {
  it("says how many of a tier's reviews are already past, counted as the data sheet marks them", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "最近拜访日期"]];
    // Key accounts (the first two) visited 2026-10-01 and 2026-10-30: due 11-01 (past) and 11-30 (today).
    values.push(["甲", 900, "2026-10-01"], ["乙", 800, "2026-10-30"]);
    for (let i = 0; i < 18; i++)
      values.push([`经销商${i + 1}`, 100 - i, i < 5 ? "2026-01-05" : "2026-11-20"]);
    const r = run(values, { asOf: new Date("2026-11-30T15:00:00Z") });
    expect(r.result.summary.tiers.key).toMatchObject({ accounts: 2, reviewsOverdue: 1 });
    expect(r.result.summary.tiers.ordinary).toMatchObject({ accounts: 18, reviewsOverdue: 5 });
    // The account's own flag agrees: due today is not overdue yet.
    expect(r.result.accounts.filter((a) => a.reviewOverdue).map((a) => a.name)).toEqual([
      "甲",
      ...Array.from({ length: 5 }, (_, i) => `经销商${i + 1}`),
    ]);
    const rows = r.plan!.strategySheet.rows.map((row) => row.cells);
    expect(rows.find((c) => c[0] === "重点客户")?.[7]).toBe("每月（1家已逾期）");
    expect(rows.find((c) => c[0] === "普通客户")?.[7]).toBe("每季度（5家已逾期）");
    const english = run(values, { asOf: new Date("2026-11-30T15:00:00Z"), language: "en-US" });
    const en = english.plan!.strategySheet.rows.map((row) => row.cells);
    expect(en.find((c) => c[0] === "Key account")?.[7]).toBe("monthly (1 overdue)");
  });
});

describe("the strategy sheet's sales columns", () => {
  const rows = (header: string, language: "zh-CN" | "en-US") => {
    const values: Cell[][] = [["经销商名称", header]];
    for (let i = 0; i < 20; i++) values.push([`经销商${i + 1}`, 100 + i * 10]);
    return run(values, { language }).plan!.strategySheet.rows.map((row) => row.cells);
  };
  // A header broken before its unit (below) read as one line.
  const salesHeaders = (cells: readonly (readonly unknown[])[]) =>
    cells
      .flat()
      .map((c) => (typeof c === "string" ? c.replace("\n(", " (").replace("\n", "") : c))
      .filter((c): c is string => typeof c === "string" && /销售额（|revenue \(|^Revenue \(/.test(c));

  it("break a header too wide for its column before its unit, never inside it", () => {
    // Wrapped where the column ended, 本年累计销售额（元） printed "本年累计销售额（元" over "）".
    const headers = (header: string, language: "zh-CN" | "en-US") =>
      run([["经销商名称", header], ...Array.from({ length: 20 }, (_, i) => [`经销商${i + 1}`, 100 + i])], {
        language,
      })
        .plan!.strategySheet.rows.filter((r) => r.style === "tableHeader")
        .flatMap((r) => r.cells)
        .filter((c): c is string => typeof c === "string" && c.includes("销售额"));
    const zhHeaders = headers("本年累计销售额（万元）", "zh-CN");
    expect(zhHeaders).toContain("本年累计销售额\n（元）");
    // One that fits stays on one line.
    expect(headers("年销售额（万元）", "zh-CN")).toContain("销售额（元）");
    expect(headerLines("本年累计销售额（元）", 16)).toBe("本年累计销售额\n（元）");
    expect(headerLines("Monthly avg revenue (¥)", 18)).toBe("Monthly avg revenue\n(¥)");
    expect(headerLines("Revenue (¥)", 16)).toBe("Revenue (¥)");
    // No unit to keep whole, or a unit wider than the column: left to wrap as it will.
    expect(headerLines("本年累计销售额占比合计", 16)).toBe("本年累计销售额占比合计");
    expect(headerLines("销售额（不含税，万元人民币）", 10)).toBe("销售额（不含税，万元人民币）");
  });

  it("name the span the sales cover where it is not a whole year, in both languages", () => {
    expect(new Set(salesHeaders(rows("2025年1-10月销售额（万元）", "zh-CN")))).toEqual(
      new Set(["1-10月销售额（元）"]),
    );
    expect(new Set(salesHeaders(rows("2025年1-10月销售额（万元）", "en-US")))).toEqual(
      new Set(["Jan-Oct revenue (¥)"]),
    );
    expect(new Set(salesHeaders(rows("本年累计销售额", "zh-CN")))).toEqual(new Set(["本年累计销售额（元）"]));
    expect(new Set(salesHeaders(rows("月均销售额", "en-US")))).toEqual(new Set(["Monthly avg revenue (¥)"]));
  });

  it("stay as they are for a whole year's sales", () => {
    expect(new Set(salesHeaders(rows("年销售额", "zh-CN")))).toEqual(new Set(["销售额（元）"]));
    expect(new Set(salesHeaders(rows("Annual Sales", "en-US")))).toEqual(new Set(["Revenue (¥)"]));
  });
});

describe("the strategy sheet against the sheet's own grading", () => {
  // 20 accounts, 甲 the largest: two key places. The sheet grades 甲 B, and 乙 and 丁 A.
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人", "客户等级"]];
  const names = ["甲", "乙", "丙", "丁"];
  for (let i = 0; i < 20; i++)
    values.push([names[i] ?? `经销商${i + 1}`, 200 - i * 10, "王芳", ["B", "A", "C", "A"][i] ?? "C"]);
  /** A section's table: its header, then its rows; its intro before them. */
  const section = (rows: readonly PlanRow[], heading: string) => {
    const at = rows.findIndex((r) => r.style === "heading" && r.cells[0] === heading);
    if (at < 0) return { intro: "", table: [] };
    const top = rows.findIndex((r, k) => k > at && r.style === "tableHeader");
    const end = rows.findIndex((r, k) => k > at && r.cells.length === 0);
    return {
      intro: rows
        .slice(at + 1, top)
        .map((r) => String(r.cells[0]))
        .join(""),
      table: rows.slice(top, end).map((r) => r.cells),
    };
  };

  it("lists the accounts graded key the run does not make key, with the run's reason, and its new key accounts", () => {
    const r = run(values);
    const rows = r.plan!.strategySheet.rows;
    const lost = section(rows, "表中标为重点、本次未列入的客户");
    expect(lost.intro).toMatch(
      /^“客户等级”是表中原有的分级，本次不据此分级，只作对照。以下客户在表中标为A，/,
    );
    expect(lost.table[0]).toEqual(["名称", "行号", "负责人", "销售额（元）", "客户等级", "本次分级", "原因"]);
    expect(lost.table.slice(1).map((c) => c.slice(0, 6))).toEqual([
      ["丁", 5, "王芳", 1_700_000, "A", "普通客户"],
    ]);
    const dingAt = r.result.accounts.findIndex((a) => a.name === "丁");
    expect(lost.table[1]?.[6]).toBe(r.result.reasonOf(dingAt));
    const gained = section(rows, "本次新列为重点的客户");
    expect(gained.table.slice(1).map((c) => c.slice(0, 6))).toEqual([
      ["甲", 2, "王芳", 2_000_000, "B", "重点客户"],
    ]);
  });

  it("says so in English, and leaves both sections out without a grading column", () => {
    const en = run(values, { language: "en-US" }).plan!.strategySheet.rows;
    const lost = section(en, "Key on the sheet, not key this run");
    expect(lost.intro).toMatch(/^'客户等级' is the sheet's own grading: this run does not tier by it/);
    expect(lost.table[0]).toEqual([
      "Name",
      "Row",
      "Owner",
      "Revenue (¥)",
      "客户等级",
      "Tier this run",
      "Why",
    ]);
    expect(lost.table[1]?.slice(0, 6)).toEqual(["丁", 5, "王芳", 1_700_000, "A", "Ordinary account"]);
    // A reason longer than the printed room right of it goes on under itself, never past the page.
    const gained = section(en, "New key accounts this run").table.slice(1);
    expect(gained.length).toBeGreaterThan(1);
    expect(gained[0]?.slice(0, 6)).toEqual(["甲", 2, "王芳", 2_000_000, "B", "Key account"]);
    for (const row of gained.slice(1)) expect(row.slice(0, 6)).toEqual(["", "", "", "", "", ""]);
    for (const row of gained) expect(displayWidth(String(row[6]))).toBeLessThanOrEqual(78);
    const english = run(values, { language: "en-US" }).result;
    const jiaAt = english.accounts.findIndex((a) => a.name === "甲");
    expect(gained.map((row) => row[6]).join(" ")).toBe(english.reasonOf(jiaAt));
    const plain = run(values.map((row) => row.slice(0, 3))).plan!.strategySheet.rows;
    expect(section(plain, "表中标为重点、本次未列入的客户").table).toEqual([]);
    expect(section(plain, "本次新列为重点的客户").table).toEqual([]);
  });
});

describe("the strategy sheet of a sheet without sales", () => {
  it("leaves the shares of revenue blank, never 0.0% of nothing, and keeps the shares of accounts", () => {
    const values: Cell[][] = [["经销商名称", "区域", "年销售额"]];
    for (let i = 0; i < 12; i++) values.push([`经销商${i + 1}`, i % 2 === 0 ? "华东" : "华南", 0]);
    for (const language of ["zh-CN", "en-US"] as const) {
      const m = getMessages(language);
      const rows = run(values, { language }).plan!.strategySheet.rows;
      const summary = rows.filter(
        (r) => r.cells.length === 9 && Object.values(m.engine.tier).includes(r.cells[0] as string),
      );
      expect(summary.map((r) => [r.cells[1], r.cells[2], r.cells[4]])).toEqual([
        [0, 0, ""],
        [0, 0, ""],
        [12, 1, ""],
      ]);
      const total = rows.find((r) => r.style === "total");
      expect([total?.cells[1], total?.cells[2], total?.cells[3], total?.cells[4]]).toEqual([12, 1, 0, ""]);
      // The chart's data block and the regions' table say no share of revenue either.
      const chart = rows.filter(
        (r) => r.cells.length === 3 && Object.values(m.engine.tier).includes(r.cells[0] as string),
      );
      expect(chart.map((r) => r.cells[2])).toEqual(["", "", ""]);
      const regions = rows.filter((r) => r.cells[0] === "华东" || r.cells[0] === "华南");
      expect(regions.length).toBe(2);
      for (const r of regions) expect(r.cells[5]).toBe("");
    }
  });
});

describe("the regions table", () => {
  // 华北's accounts hold 5% and 8% of their markets (weighted by sales about 6%), 华东's 30%.
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "所属区域", "区域市场占有率"]];
  for (let i = 0; i < 20; i++)
    values.push([
      `经销商${i + 1}`,
      1000 - i * 40,
      i % 2 ? "华北" : "华东",
      i % 2 ? (i % 4 === 1 ? 0.05 : 0.08) : 0.3,
    ]);
  const rowOf = (language: "zh-CN" | "en-US", region: string) =>
    run(values, { language }).plan!.strategySheet.rows.find(
      (r) => r.cells[0] === region && r.cells.length > 6,
    );

  it("gives a region's weak market share its figure, which the share of revenue beside it is not", () => {
    const north = rowOf("zh-CN", "华北");
    expect(north?.cells[6]).toMatch(/^市场占有率弱（按销售额加权平均6\.\d%）$/);
    expect(rowOf("zh-CN", "华东")?.cells[6]).toBe("");
    expect(rowOf("en-US", "华北")?.cells[6]).toMatch(
      /^weak market share \(6\.\d% on average, weighted by sales\)$/,
    );
  });
});

import fc from "fast-check";
import {
  type Cell,
  detectColumns,
  gradingLine,
  isGrading,
  readGrade,
  tierAccounts,
} from "../../../src/engine";
import { AS_OF, distributors, en, zh } from "../../helpers/sheet";

const tiers = (values: Cell[][], messages = en) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf: AS_OF });

describe("readGrade", () => {
  it.each([
    ["A", "key", "letter"],
    ["A类客户", "key", "letter"],
    ["a级", "key", "letter"],
    ["Ａ", "key", "letter"],
    ["S", "key", "letter"],
    ["A+", "key", "letter"],
    ["Tier 1", "key", "number"],
    ["1", "key", "number"],
    ["甲", "key", "letter"],
    ["B", "below", "letter"],
    ["C类", "below", "letter"],
    ["D", "below", "letter"],
    ["3", "below", "number"],
    ["重点客户", "key", "word"],
    ["VIP", "key", "word"],
    ["KA", "key", "word"],
    ["核心客户", "key", "word"],
    ["普通客户", "below", "word"],
    ["意向客户", "below", "word"],
    ["非重点", "below", "word"],
    ["Key account", "key", "word"],
    ["重点经销商", "key", "word"],
    ["普通经销商", "below", "word"],
    ["核心代理商", "key", "word"],
    ["金牌经销商", "key", "letter"],
    ["钻石级", "key", "letter"],
    ["银牌", "below", "letter"],
    ["Bronze", "below", "letter"],
    ["Gold", "key", "letter"],
    ["High", "key", "word"],
    ["高", "key", "word"],
    ["P1", "key", "word"],
    ["Medium", "below", "word"],
    ["Low", "below", "word"],
    ["P3", "below", "word"],
    ["是", "key", "flag"],
    ["Y", "key", "flag"],
    ["√", "key", "flag"],
    ["否", "below", "flag"],
    ["0", "below", "flag"],
    ["No", "below", "flag"],
    // A grade with its meaning beside it, as 纷享销客 offers its 客户级别 (it was no grade, the column unread).
    ["A（重要客户）", "key", "letter"],
    ["B（普通客户）", "below", "letter"],
    ["C（非优先客户）", "below", "letter"],
    ["A - 核心", "key", "letter"],
    ["B：一般", "below", "letter"],
    ["Gold Partner", "key", "letter"],
    // A grade changed: the one now (A->B and 重点->普通 were key, read as a grade with a gloss).
    ["A->B", "below", "letter"],
    ["C → A", "key", "letter"],
    ["重点->普通", "below", "word"],
    // Head, middle and tail, value, roman numerals, non-core (each was no grade, a column of them unread).
    ["头部", "key", "word"],
    ["头部客户", "key", "word"],
    ["腰部", "below", "word"],
    ["尾部经销商", "below", "word"],
    ["高价值", "key", "word"],
    ["中价值客户", "below", "word"],
    ["重要", "key", "word"],
    ["潜力客户", "below", "word"],
    ["非核心", "below", "word"],
    ["Non-core", "below", "word"],
    ["I类", "key", "letter"],
    ["Ⅰ类客户", "key", "letter"],
    ["II类", "below", "letter"],
    ["Ⅲ级", "below", "letter"],
    ["Tier II", "below", "letter"],
    ["Class I", "key", "letter"],
  ])("reads %s as %s (%s)", (text, reading, kind) => {
    expect(readGrade(text)).toEqual({ reading, kind });
  });

  it.each([
    "",
    "  ",
    "总代理",
    "华东",
    "一级经销商",
    "3.5",
    "F",
    "待定",
    "华东（A）",
    "总代理 - 华南",
    "(A)",
    "I",
    "II",
    "Vivid",
    "头部位置",
  ])("reads %j as no grade", (text) => {
    expect(readGrade(text)).toBeUndefined();
  });

  it("takes a column as a grading when most filled cells are grades; strictly, letters and tier names only", () => {
    expect(isGrading(["A", "B", "", "C", "A"])).toBe(true);
    expect(isGrading(["是", "否", "否"])).toBe(true);
    expect(isGrading(["是", "否", "否"], true)).toBe(false);
    expect(isGrading(["1", "2"], true)).toBe(false);
    expect(isGrading(["总代理", "区域代理", "A"])).toBe(false);
    expect(isGrading(["", ""])).toBe(false);
  });
});

describe("detecting the sheet's own grading", () => {
  const mapped = (header: string, cells: string[]) =>
    detectColumns([
      ["经销商名称", "年销售额", header],
      ...cells.map((c, i): Cell[] => [`客户${i}`, 10 * (i + 1), c]),
    ]).mapping;

  it.each([
    "客户等级",
    "客户分级",
    "是否重点客户",
    "ABC分类",
    "Customer Tier",
    "Account Grade",
    "KA",
    "Customer Priority",
    "ABC Indicator",
    "Segment",
  ])("finds %s", (header) => {
    expect(mapped(header, ["A", "B", "C", "A"]).ownGrade).toBe(2);
  });

  it.each([
    ["客户分层", ["头部", "腰部", "尾部", "尾部"]],
    ["客户分类", ["I类", "II类", "III类", "II类"]],
    ["是否核心客户", ["是", "否", "否", "否"]],
    ["重要性", ["重要", "一般", "一般", "重要"]],
    ["Top Account", ["Yes", "No", "No", "No"]],
  ])("finds %s of its grades (it was no column)", (header, cells) => {
    expect(mapped(header, cells).ownGrade).toBe(2);
  });

  it("leaves 客户分类 of sales modes to them, not a grading", () => {
    expect(mapped("客户分类", ["批发", "零售", "工程", "零售"]).ownGrade).toBeUndefined();
  });

  it("finds a CRM's 客户级别 whose grades carry their meaning (A（重要客户）)", () => {
    expect(
      mapped("客户级别", ["A（重要客户）", "B（普通客户）", "C（非优先客户）", "A（重要客户）"]).ownGrade,
    ).toBe(2);
  });

  it("takes 客户类别 of A / B / C for a grading, not the management mode 'A'", () => {
    const m = mapped("客户类别", ["A", "B", "C", "B"]);
    expect(m.ownGrade).toBe(2);
    expect(m.managementMode).toBeUndefined();
    // No finding says it was guessed: its header matched, its cells chose which field.
    const r = tiers([
      ["经销商名称", "年销售额", "客户类别"],
      ["甲", 10, "A"],
      ["乙", 5, "B"],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("header.guessed");
    // Holding channel kinds, it stays the management mode.
    expect(mapped("客户类别", ["总代理", "区域代理", "二级经销"]).managementMode).toBe(2);
  });

  it("takes 经销商等级 of 一级 / 二级 for the management mode, and leaves a grading column of free text unread", () => {
    const levels = mapped("经销商等级", ["一级", "二级", "二级"]);
    expect(levels.managementMode).toBe(2);
    expect(levels.ownGrade).toBeUndefined();
    const notes = detectColumns([
      ["经销商名称", "年销售额", "客户等级"],
      ["甲", 10, "老客户，信誉好"],
      ["乙", 20, "待定"],
    ]);
    expect(notes.mapping.ownGrade).toBeUndefined();
    expect(notes.unmapped.map((u) => u.header)).toContain("客户等级");
  });

  it("leaves a segment of kinds (SMB, Enterprise) unread", () => {
    expect(mapped("Segment", ["SMB", "Enterprise", "Mid-market"]).ownGrade).toBeUndefined();
  });

  it("keeps a column mapped by hand whatever its cells", () => {
    const d = detectColumns(
      [
        ["经销商名称", "年销售额", "备注"],
        ["甲", 10, "老客户"],
      ],
      { mapping: { ownGrade: "备注" } },
    );
    expect(d.mapping.ownGrade).toBe(2);
  });

  it("leaves 重点客户销售额 and 信用等级 to the sales and the credit", () => {
    const d = detectColumns([
      ["经销商名称", "重点客户销售额", "信用等级"],
      ["甲", 10, "A"],
    ]);
    expect(d.mapping).toMatchObject({ revenue: 1, credit: 2 });
    expect(d.mapping.ownGrade).toBeUndefined();
  });
});

describe("comparing the run's key accounts with the sheet's grading", () => {
  // 20 accounts, D0001 the largest: two key places (10%), both taken by the revenue core.
  const grades = ["B", "A", "A", "C", "A", ...Array.from({ length: 15 }, () => "C")];
  grades[7] = "";
  const rows = distributors(20, (i) => [grades[i] ?? null], ["Customer Grade"]);

  it("lists the accounts graded key that the run does not make key, and the run's key accounts graded below", () => {
    const r = tiers(rows);
    const own = r.summary.ownGrading;
    expect(own).not.toBeNull();
    expect(own?.header).toBe("Customer Grade");
    expect(own?.keyGrades).toEqual(["A"]);
    expect(own?.graded).toBe(19);
    expect(own?.sheetKey).toBe(3);
    expect(own?.bothKey).toBe(1);
    // The largest sales first.
    expect(own?.notKeyNow.map((d) => [d.name, d.grade, d.tier])).toEqual([
      ["D0003", "A", "ordinary"],
      ["D0005", "A", "ordinary"],
    ]);
    expect(own?.keyNow.map((d) => [d.name, d.grade, d.tier, d.row])).toEqual([["D0001", "B", "key", 2]]);
  });

  it("never changes a tier: the same sheet without the column tiers alike", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom("A", "B", "C", "是", "否", "", "x")),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        (accounts) => {
          const named = accounts.map(([rev, g], i): Cell[] => [`客户${i}`, rev, g]);
          const graded = tiers([["经销商名称", "年销售额", "客户等级"], ...named]);
          const plain = tiers([["经销商名称", "年销售额"], ...named.map((r) => r.slice(0, 2))]);
          expect(graded.accounts.map((a) => a.tier)).toEqual(plain.accounts.map((a) => a.tier));
          const own = graded.summary.ownGrading;
          if (own === null) return;
          // Every graded account with a key grade is either key in the run or listed; none twice.
          expect(own.bothKey + own.notKeyNow.length).toBe(own.sheetKey);
          for (const d of own.notKeyNow) expect(d.tier).not.toBe("key");
          for (const d of own.keyNow) expect(d.tier).toBe("key");
        },
      ),
    );
  });

  it("says it in one sentence in both languages, a yes/no column as 'marked key'", () => {
    const own = tiers(rows).summary.ownGrading;
    if (own === null) throw new Error("no comparison");
    expect(en.ownGrading(gradingLine(own))).toBe(
      "Against the sheet's 'Customer Grade': of the 3 accounts graded A, 1 is a key account this run and 2 are not (D0003, D0005); 1 more account is a key account this run though not graded A there.",
    );
    expect(zh.ownGrading(gradingLine(own))).toBe(
      "对照表中“Customer Grade”：标为A的3家中，本次1家列为重点客户，2家未列入（D0003、D0005）；本次另有1家表中未标为A的客户列为重点客户。",
    );
    const flags = tiers(
      [
        ["经销商名称", "年销售额", "是否重点客户"],
        ...Array.from({ length: 10 }, (_, i): Cell[] => [`客户${i}`, 100 - i, i < 1 ? "是" : "否"]),
      ],
      zh,
    ).summary.ownGrading;
    if (flags === null) throw new Error("no comparison");
    expect(flags.byFlag).toBe(true);
    expect(zh.ownGrading(gradingLine(flags))).toBe("对照表中“是否重点客户”：标为重点的1家本次列为重点客户。");
    expect(en.ownGrading(gradingLine(flags))).toBe(
      "Against the sheet's '是否重点客户': the one account marked key is a key account this run.",
    );
  });

  it("is null without a grading column or without a cell that reads", () => {
    expect(tiers(distributors(5)).summary.ownGrading).toBeNull();
    expect(tiers(distributors(5, () => [""], ["客户等级"])).summary.ownGrading).toBeNull();
  });
});

describe("a partner programme's tier and the grade a sheet holds now", () => {
  it.each(["Partner Tier", "Partner Level", "Program Level", "Current Tier", "当前等级", "合作伙伴级别"])(
    "reads %s (Platinum / Gold / Silver) as the sheet's own grading: it was left unread",
    (header) => {
      const medals = ["Platinum", "Gold", "Silver", "Silver", "Bronze"];
      const own = tiers([
        ["Customer", "Sales (USD)", header],
        ...medals.map((m, i): Cell[] => [`Dealer ${i + 1}`, 500_000 - 90_000 * i, m]),
      ]).summary.ownGrading;
      expect(own).toMatchObject({ header, keyGrades: ["Platinum", "Gold"], graded: 5, sheetKey: 2 });
    },
  );
});

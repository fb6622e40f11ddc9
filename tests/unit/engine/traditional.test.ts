import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { type Cell, detectColumns, foldText, matchForm } from "../../../src/engine";
import {
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  creditFromRating,
  isCreditHold,
  isCreditOverLimit,
  isCreditRunning,
  isDisputeStatus,
  isDormantStatus,
  isHoldStatus,
  isRiskStatus,
  potentialFromWord,
  shareFromWord,
  statusFromText,
  tierFromText,
} from "../../../src/engine/classify";
import { headerFieldOf } from "../../../src/engine/headers";
import { agingBucketOfHeader, moneyOf, overdueDaysOf } from "../../../src/engine/readers";
import { isTotalLabel } from "../../../src/engine/rows";
import { parseFlag, parseYears } from "../../../src/engine/values";
import { simplifiedForm } from "../../../src/engine/hanzi";
import { TRADITIONAL_SIMPLIFIED } from "../../../src/engine/hanziTable";
import { runTiering } from "../../../src/workbook";
import { openPackage } from "../../../src/xlsx";
import { cellContext, readSheet } from "../../../src/xlsx/readSheet";

// OpenCC (opencc-js), a converter nobody here wrote, turns the sample ledger into the traditional
// Chinese of Taiwan and of Hong Kong; the tool must read it as it reads the simplified one.
const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
const fromTaiwan = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });
const AS_OF = new Date("2025-11-30T00:00:00Z");
const root = path.resolve(__dirname, "../../..");

async function sampleLedger(): Promise<{ sheetName: string; values: Cell[][] }> {
  const pkg = await openPackage(path.join(root, "samples/distributors.zh.xlsx"));
  const table = await readSheet(pkg, pkg.sheets[0]!, cellContext(pkg));
  return { sheetName: table.sheetName, values: table.values.map((row) => [...row]) };
}

describe("a ledger in traditional Chinese (Taiwan's, Hong Kong's)", () => {
  it.each([
    ["Taiwan", toTaiwan],
    ["Hong Kong", toHongKong],
  ])(
    "is read as its simplified original: the same columns, tiers, classes, reasons, notes and findings (%s)",
    async (_place, convert) => {
      const ledger = await sampleLedger();
      // Every text converted, headers, regions, statuses, modes, owners, except the names: a tie between
      // prospects is broken by name, and names in another script sort otherwise.
      const nameColumn = ledger.values[2]!.indexOf("经销商名称");
      expect(nameColumn).toBe(1);
      const converted = ledger.values.map((row, r) =>
        row.map((cell, c) =>
          typeof cell === "string" && !(r > 2 && c === nameColumn) ? convert(cell) : cell,
        ),
      );
      // The two standards differ where they differ (客戶 in Taiwan, 客户 kept in Hong Kong).
      expect(converted[2]!.slice(1, 13)).toEqual([
        "經銷商名稱",
        "所屬區域",
        "管理模式",
        "銷售模式",
        "年度銷售額（萬元）",
        "去年銷售額（萬元）",
        "合作年限",
        "資信等級",
        "逾期天數",
        "區域市場佔有率",
        "敏感類型",
        convert === toTaiwan ? "客戶狀態" : "客户狀態",
      ]);
      const options = { asOf: AS_OF, language: "zh-CN" as const };
      const simplified = runTiering({ ...ledger, origin: { row: 0, column: 0 } }, options);
      const traditional = runTiering(
        { sheetName: ledger.sheetName, values: converted, origin: { row: 0, column: 0 } },
        options,
      );
      // The same column for every field (each header as the sheet writes it).
      expect(traditional.result.header.mapping).toEqual(simplified.result.header.mapping);
      expect(Object.keys(simplified.result.header.mapping).length).toBeGreaterThanOrEqual(15);
      const revenue = traditional.result.header.mapping.revenue!;
      expect(traditional.result.header.labels[revenue]).toBe("年度銷售額（萬元）");
      // Every account alike, what it says read back into simplified (its region and owner as typed).
      const back = (o: typeof simplified) => JSON.parse(fromTaiwan(JSON.stringify(o.result.accounts)));
      expect(back(traditional)).toEqual(back(simplified));
      expect(traditional.result.summary.tiers).toEqual(simplified.result.summary.tiers);
      expect(simplified.result.summary.tiers.key.accounts).toBe(30);
      const said = (o: typeof simplified) =>
        o.result.findings.map((f) => [f.code, f.row, f.column, fromTaiwan(f.message)]);
      expect(said(traditional)).toEqual(said(simplified));
      // The user's text is written as the user typed it: a region in the note stays 華北.
      const north = traditional.result.accounts.find(
        (a) => a.region === convert("华北") && a.tier === "prospect",
      );
      expect(north?.note).toContain(`${convert("华北")}共有`);
      expect(traditional.plan).not.toBeNull();
    },
  );

  it("reads a header, a status and a total in traditional characters as their simplified forms", () => {
    expect(matchForm("年銷售額（萬元）")).toBe("年销售额(万元)");
    expect(foldText("客戶 狀態")).toBe("客户状态");
    const header = [
      "經銷商名稱",
      "年銷售額",
      "上年銷售額",
      "所屬區域",
      "負責人",
      "客戶狀態",
      "資信等級",
      "逾期天數",
    ];
    const found = detectColumns([header, ["甲", 1, 1, "華東", "陳", "合作中", "A", 0]]).mapping;
    expect(found).toEqual({
      name: 0,
      revenue: 1,
      priorRevenue: 2,
      region: 3,
      owner: 4,
      status: 5,
      credit: 6,
      overdue: 7,
    });
  });

  it("reads every Chinese text of these tests, as a header and as a cell, alike in traditional characters", () => {
    // The tests' own Chinese (1,800 headers, statuses, modes, ratings, aging buckets, flags): each
    // converted by OpenCC reads as the original does, its result read back into simplified.
    const texts = new Set<string>();
    for (const folder of readdirSync(path.join(root, "tests/unit"))) {
      const dir = path.join(root, "tests/unit", folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".test.ts")))
        for (const [, text] of readFileSync(path.join(dir, file), "utf8").matchAll(
          /"([^"\n]*[\u4e00-\u9fff][^"\n]*)"/g,
        ))
          if (text!.length <= 24) texts.add(text!);
    }
    expect(texts.size).toBeGreaterThan(1_500);
    const readers: [string, (text: string) => unknown][] = [
      ["header", headerFieldOf],
      ["management mode", createManagementModeClassifier({})],
      ["sales mode", createSalesModeClassifier({})],
      ["sensitivity", createSensitivityClassifier({})],
      ["rating", creditFromRating],
      ["potential", potentialFromWord],
      ["share", shareFromWord],
      ["tier", tierFromText],
      ["status", statusFromText],
      ["hold", isHoldStatus],
      ["credit hold", isCreditHold],
      ["credit running", isCreditRunning],
      ["over limit", isCreditOverLimit],
      ["dispute", isDisputeStatus],
      ["risk", isRiskStatus],
      ["dormant", isDormantStatus],
      ["aging bucket", agingBucketOfHeader],
      ["days overdue", overdueDaysOf],
      ["money", (text) => moneyOf(text, 1)],
      ["flag", parseFlag],
      ["years", (text) => parseYears(text, AS_OF)],
      ["total", isTotalLabel],
    ];
    const differ: string[] = [];
    for (const text of texts)
      for (const convert of [toTaiwan, toHongKong])
        for (const [what, read] of readers) {
          const [a, b] = [read(text), read(convert(text))].map((v) =>
            fromHongKong(String(JSON.stringify(v))),
          );
          if (a !== b) differ.push(`${what}: ${text} ${a} | ${convert(text)} ${b}`);
        }
    expect(differ).toEqual([]);
  });

  it("changes no character of the tool's own Chinese, and each pair is OpenCC's", () => {
    // Every character the tool writes in zh-CN stays itself (a table mapping 余 or 后 away would break
    // words), and so does each simplified form in the table.
    const written = readdirSync(path.join(root, "src/i18n"))
      .filter((f) => f.includes("zh-CN"))
      .map((f) => readFileSync(path.join(root, "src/i18n", f), "utf8"))
      .join("");
    const han = new Set(written.match(/[\u3400-\u9fff]/g));
    expect(han.size).toBeGreaterThan(700);
    for (let i = 1; i < TRADITIONAL_SIMPLIFIED.length; i += 2) han.add(TRADITIONAL_SIMPLIFIED[i]!);
    expect([...han].filter((c) => simplifiedForm(c) !== c)).toEqual([]);
    const fromStandard = OpenCC.Converter({ from: "t", to: "cn" });
    for (let i = 0; i < TRADITIONAL_SIMPLIFIED.length; i += 2) {
      const [t, s] = [TRADITIONAL_SIMPLIFIED[i]!, TRADITIONAL_SIMPLIFIED[i + 1]!];
      expect([t, [fromTaiwan(t), fromHongKong(t), fromStandard(t)]]).toEqual([
        t,
        expect.arrayContaining([s]),
      ]);
    }
  });

  it("is the table the sources make (a new word with a new character: node scripts/make-hanzi.mjs)", () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(root, "scripts/make-hanzi.mjs"), "--check"], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });
});

import { getMessages } from "../../../src/i18n";
import {
  type RunOutcome,
  type SheetTable,
  type WorkbookPort,
  type WritePlan,
  SETTINGS_SHEET,
  detectLanguage,
  runTiering,
  serializeSettings,
  tierWorkbook,
} from "../../../src/workbook";
import { AS_OF, distributors, sheet } from "../../helpers/sheet";

const en = getMessages("en-US").engine;

/** A door over an in-memory workbook: sheets by name, the active one, the settings cells. */
function door(sheets: Record<string, SheetTable>, active: string, settings: unknown[] = []) {
  const reads: (string | undefined)[] = [];
  const written: WritePlan[] = [];
  const tables: SheetTable[] = [];
  const port: WorkbookPort<string> = {
    readSettings: async () => settings,
    readTable: async (saved) => {
      reads.push(saved);
      return sheets[saved && sheets[saved] ? saved : active] as SheetTable;
    },
    applyPlan: async (plan, table) => {
      written.push(plan);
      tables.push(table);
      return `wrote ${plan.columns.length} columns`;
    },
  };
  return { port, reads, written, tables };
}

const options = {
  asOf: AS_OF,
  messages: en,
  planOf: (o: RunOutcome) => o.plan,
  compute: async (t: SheetTable, o: Parameters<typeof runTiering>[1]) => runTiering(t, o),
};

describe("tierWorkbook: the one run sequence of every door", () => {
  it("reads the settings, then the sheet, tiers, and writes only a plan computed in full", async () => {
    const d = door({ Data: sheet(distributors(20), "Data") }, "Data");
    const run = await tierWorkbook(d.port, options);
    expect(run.written).toBe(`wrote ${d.written[0]?.columns.length} columns`);
    expect(run.saved).toBeNull();
    expect(run.settingsFindings).toEqual([]);
  });

  it("hands the write the sheet it was planned from, read or reused (its hidden rows, for one)", async () => {
    const data = { ...sheet(distributors(20), "Data"), hiddenRows: [4, 7] };
    const d = door({ Data: data }, "Data");
    const run = await tierWorkbook(d.port, options);
    await tierWorkbook(d.port, { ...options, reuse: { table: run.table, saved: null } });
    expect(d.reads).toHaveLength(1);
    expect(d.tables.map((t) => t.hiddenRows)).toEqual([
      [4, 7],
      [4, 7],
    ]);
  });

  it("writes nothing on a dry run, nor when a finding blocks the run", async () => {
    const dry = door({ Data: sheet(distributors(5), "Data") }, "Data");
    expect((await tierWorkbook(dry.port, { ...options, dryRun: true })).written).toBeNull();
    const blocked = door({ Data: sheet([[null, null]], "Data") }, "Data");
    const run = await tierWorkbook(blocked.port, options);
    expect(run.outcome.plan).toBeNull();
    expect(blocked.written).toEqual([]);
  });

  it("tiers the saved sheet when asked, in the saved language unless one is asked for", async () => {
    const first = runTiering(sheet(distributors(10), "Data"), { asOf: AS_OF, language: "zh-CN" }).plan!;
    const cells = serializeSettings(first.settings);
    const d = door(
      { Data: sheet(distributors(10), "Data"), [first.strategySheet.name]: sheet([["x"]], "分级策略") },
      first.strategySheet.name,
      cells,
    );
    const run = await tierWorkbook(d.port, { ...options, savedSheet: true });
    expect(d.reads).toEqual(["Data"]);
    expect(run.outcome.language).toBe("zh-CN");
    const english = await tierWorkbook(d.port, { ...options, savedSheet: true, language: "en-US" });
    expect(english.outcome.language).toBe("en-US");
  });

  it("returns what is wrong with a damaged settings sheet, as warnings, and goes on with the defaults", async () => {
    const d = door({ Data: sheet(distributors(10), "Data") }, "Data", [
      '{"format": "channel-tiering/settings", ',
    ]);
    const run = await tierWorkbook(d.port, options);
    expect(run.saved).toBeNull();
    expect(run.settingsFindings).toEqual([
      expect.objectContaining({ severity: "warning", message: expect.stringContaining(SETTINGS_SHEET) }),
    ]);
    expect(run.written).not.toBeNull();
  });
});

describe("detectLanguage: the sheet's language, as its headers speak it", () => {
  const dealers = (header: string[], names: (i: number) => string[]) => [
    header,
    ...Array.from({ length: 25 }, (_, i) => names(i)),
  ];

  it("takes a Chinese header over English names, and an English header over Chinese names", () => {
    expect(
      detectLanguage(
        dealers(["经销商名称", "年销售额（万元）", "区域", "负责人"], (i) => [
          `Dealer ${i}`,
          "",
          "East",
          "Ann",
        ]),
      ),
    ).toBe("zh-CN");
    expect(
      detectLanguage(
        dealers(["Distributor", "Revenue", "Region", "Owner"], (i) => [`经销商${i}`, "", "华东", "张伟"]),
      ),
    ).toBe("en-US");
  });

  it("finds the header under a title, and lets the first of two header rows (Chinese over English) decide", () => {
    const titled = [
      ["FY2025 distributor review"],
      [],
      ["经销商名称", "年销售额", "区域"],
      ["Dealer A", 1, "East"],
    ];
    expect(detectLanguage(titled)).toBe("zh-CN");
    const twoRows = [
      ["经销商名称", "年销售额", "区域"],
      ["Distributor", "Annual Sales", "Region"],
      ["A", 1, "North"],
    ];
    expect(detectLanguage(twoRows)).toBe("zh-CN");
  });

  it("counts the texts near the top where no header is recognised", () => {
    expect(detectLanguage([["名单"], ["甲公司"], ["乙公司"], ["Acme"]])).toBe("zh-CN");
    expect(detectLanguage([["list"], ["Acme"], ["Globex"], ["甲公司"]])).toBe("en-US");
  });

  it("finds a header as far down as the header search looks (40 rows of titles and notes)", () => {
    const above = Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? [`Note ${i}: prepared by finance`] : [],
    );
    expect(detectLanguage([...above, ["经销商名称", "年销售额", "区域"], ["Dealer A", 1, "East"]])).toBe(
      "zh-CN",
    );
  });

  it("writes a Chinese sheet's columns in Chinese whatever its names", () => {
    const rows = dealers(["经销商名称", "年销售额（万元）", "区域"], (i) => [
      `Dealer ${i}`,
      String(100 - i),
      "East",
    ]);
    const plan = runTiering(sheet(rows as never, "S"), { asOf: AS_OF }).plan!;
    expect(plan.columns[0]?.header).toBe("渠道分级");
  });
});

import { SPACED_TEXT } from "../../../src/workbook/writePlan";
import { type Cell, DEFAULT_RULES, lastRunComparable } from "../../../src/engine";
// The plan applied to a grid as the adapters apply it to a sheet (the demo door's own writer).
import { applyPlanToGrid } from "../../../src/taskpane/demo/demoDoor";
import { headerFitWidth, headerLookColumn } from "../../../src/workbook/planWrite";
import type { SheetTable } from "../../../src/workbook/sheetTable";
import { sampleSheet } from "../../../src/taskpane/demo/sampleSheet";
import { getMessages } from "../../../src/i18n";
import {
  displayWidth,
  chooseColumns,
  listValues,
  parseSettings,
  planChangeLog,
  runTiering,
  runToPlainOutcome,
  type SavedSettings,
  serializeSettings,
  SETTINGS_CELL_CHARS,
  toPlainOutcome,
  MAX_WRAPPED_LINES,
  wrappedHeight,
  wrappedLines,
} from "../../../src/workbook";
import { AS_OF, distributors, earlierRunOn, en, rerun, run, sheet } from "../../helpers/sheet";

/** One account with its days overdue, the team's hours set: the hours and a class are written. */
const withHours = () =>
  run(
    [
      ["Distributor", "Revenue", "Days Overdue"],
      ["A", 1, 0],
    ],
    { rules: { time: { monthlyCapacityHours: 160 } } },
  ).plan!;

describe("planWrite", () => {
  it("appends the output columns right of the data, with headers in the chosen language", () => {
    const out = run([
      ["经销商名称", "年销售额", "备注"],
      ["甲", 100, "x"],
      ["乙", 50, null],
    ]);
    expect(out.language).toBe("zh-CN");
    const plan = out.plan!;
    expect(plan.columns.map((c) => [c.header, c.column, c.existing])).toEqual([
      ["渠道分级", 3, false],
      ["重要性得分", 4, false],
      ["较上次变化", 5, false],
      ["分级依据", 6, false],
      ["下次复查", 7, false],
      ["销售时间占比", 8, false],
      ["晋级候选", 9, false],
      ["策略建议", 10, false],
    ]);
    expect(listValues(plan.columns[0]!)).toEqual(["重点客户", "普通客户"]);
    expect(plan.firstRow).toBe(1);
    expect(plan.rowCount).toBe(2);
  });

  it("builds each value when it is read; the plain outcome carries them as arrays a worker can post", () => {
    const out = run([
      ["经销商名称", "年销售额", "去年销售额"],
      ["甲", 100, 80],
      ["乙", 50, 70],
      ["丙", null, null],
    ]);
    const plan = out.plan!;
    const note = plan.columns.find((c) => c.key === "note")!;
    // Read twice, the same text: a value depends on the run alone.
    expect(note.values.at(1)).toBe(note.values.at(1));
    expect(note.values.at(plan.rowCount)).toBeUndefined();
    expect(note.values.at(-1)).toBeUndefined();
    expect(() => structuredClone(plan)).toThrow();
    const plain = toPlainOutcome(out).plan!;
    const cloned = structuredClone(plain);
    expect(cloned.columns.map((c) => listValues(c))).toEqual(plan.columns.map(listValues));
    expect(Array.isArray(cloned.columns[0]?.values)).toBe(true);
  });

  it("posts the whole plain outcome, the comparison with the sheet's own grading too", () => {
    const out = run([
      ["经销商名称", "年销售额", "客户等级"],
      ["甲", 100, "B"],
      ["乙", 50, "A"],
      ["丙", 20, "C"],
    ]);
    const plain = toPlainOutcome(out);
    const cloned = structuredClone(plain);
    expect(cloned.summary.ownGrading?.notKeyNow.map((d) => d.name)).toEqual(["乙"]);
    expect(cloned.summary.ownGrading?.keyNow.map((d) => d.name)).toEqual(["甲"]);
  });

  it("hands a run's memory back only after copying out plain data that shares none of it", () => {
    const table = sheet(distributors(60));
    const options = { asOf: AS_OF };
    const expected = toPlainOutcome(runTiering(table, options));
    const plain = runToPlainOutcome(table, options);
    const views: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) views.push(path);
      else if (Array.isArray(v)) v.forEach((x, k) => walk(x, `${path}[${k}]`));
      else if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(plain, "outcome");
    expect(views).toEqual([]);
    // The next run reuses the memory; what was handed out is unchanged by it.
    const snapshot = JSON.stringify(plain);
    runToPlainOutcome(sheet(distributors(5)), options);
    expect(JSON.stringify(plain)).toBe(snapshot);
    expect(JSON.stringify(plain.plan?.columns)).toBe(JSON.stringify(expected.plan?.columns));
  });

  it("writes in English when asked, whatever the headers", () => {
    const plan = run(
      [
        ["经销商名称", "年销售额"],
        ["甲", 100],
      ],
      { language: "en-US" },
    ).plan!;
    expect(plan.columns[0]?.header).toBe("Tier");
    expect(listValues(plan.columns[0]!)).toEqual(["Key account"]);
    expect(plan.strategySheet.name).toBe("Tiering Strategy");
    // No saved settings: no other sheet is known to be ours, so none is replaced.
    expect(plan.strategySheet.replaces).toEqual([]);
  });

  it("never lets a number past a double's range reach a cell: the row gets a finding", () => {
    const out = run([
      ["经销商名称", "年销售额（万元）"],
      ["甲", 1e305],
      ["乙", "1e305"],
      ["丙", 50],
      ["丁", "见附表"],
    ]);
    const plan = out.plan!;
    for (const c of plan.columns)
      for (const v of listValues(c)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
    const said = out.result.findings.filter((f) => f.code === "value.notANumber");
    expect(said.map((f) => f.row)).toEqual([2, 3, 5]);
    // A number too large is said as such, not as text that is no number ("'1e+305' is not a number").
    expect(said.map((f) => /数值过大/.test(f.message))).toEqual([true, true, false]);
    expect(said[2]?.message).toContain("不是数字");
  });

  it("never writes over a user's own columns headed like ours when no saved settings say they are ours", () => {
    const rows = [
      ["Distributor", "Revenue", "Tier", "Change"],
      ["A", 300, "Gold", "+5%"],
      ["B", 100, "Silver", "-2%"],
    ];
    const outcome = run(rows);
    const plan = outcome.plan!;
    expect(plan.columns.every((c) => !c.existing && c.column >= 4)).toBe(true);
    // Said, with both places, lest the older columns be read as this run's.
    expect(outcome.result.findings[0]).toMatchObject({
      code: "output.besideOthers",
      severity: "warning",
      row: 1,
      column: "C",
      message:
        "Columns C to D are headed like this tool's, but no run saved on this sheet wrote them (its saved data was removed, or they are your own): left as they are; this run's columns are E to L.",
    });
    expect(run(rows, { language: "zh-CN", findingLanguage: "zh-CN" }).result.findings[0]?.message).toMatch(
      /^C至D列的表头与本工具的分级列相同，但本表没有保存的分级记录表明是本工具写入的（保存的数据已清除，或是您自己的列）：保持不变；本次结果写在E至[A-Z]+列。$/,
    );
    // With the settings a run saved for this sheet, its own columns are updated in place.
    const first = runTiering(sheet(rows, "S"), { asOf: AS_OF }).plan!;
    const written = rows.map((r, i) => [
      ...r,
      ...first.columns.map((c) => (i === 0 ? c.header : (c.values.at(i - 1) ?? null))),
    ]);
    const again = runTiering(sheet(written, "S"), { asOf: AS_OF, previous: first.settings }).plan!;
    expect(again.columns.filter((c) => c.existing).map((c) => c.column)).toEqual(
      first.columns.map((c) => c.column),
    );
  });

  it("says where an Excel table's own header is above the header read: ours go beside the table, not in it", () => {
    // Power Query's output with its headers not promoted: Column1, Column2 over the real header.
    const values: Cell[][] = [
      ["Column1", "Column2", "Column3"],
      ["Distributor", "Revenue", "Region"],
      ...Array.from({ length: 12 }, (_, i) => [`Dealer ${i}`, 100 * (i + 1), "East"] as Cell[]),
    ];
    const said = (tableTop: number | undefined, language: "en-US" | "zh-CN" = "en-US") =>
      runTiering(
        { sheetName: "S", values, origin: { row: 0, column: 0 }, tableName: "Query1", tableTop },
        { language, findingLanguage: language, asOf: AS_OF },
      ).result.findings.filter((f) => f.code === "output.outsideTable");
    expect(said(0).map((f) => [f.severity, f.row, f.column, f.message])).toEqual([
      [
        "warning",
        1,
        "A",
        "The table 'Query1' has its own header on row 1 ('Column1' …), above the header read on row 2: its headers were not promoted. This run's columns are written beside the table, not in it, so sorting or filtering the table will leave them behind. Promote the headers (Power Query: Use First Row as Headers; or delete row 1) and run again.",
      ],
    ]);
    expect(said(0, "zh-CN")[0]?.message).toBe(
      "表格“Query1”自带的标题行在第1行（“Column1”等），在读取的表头（第2行）之上，说明表头没有提升为标题。本次结果写在表格旁边而不在表格内，对表格排序或筛选时分级列不会随之移动。请先提升标题（Power Query 中选“将第一行用作标题”，或删除第1行），再运行。",
    );
    // A table whose header is the one read, or a door that cannot tell: nothing said.
    expect(said(1)).toEqual([]);
    expect(said(undefined)).toEqual([]);
    // Nor a two-level header whose group row is the table's header.
    const twoLevel: Cell[][] = [
      ["Distributor", "Revenue", "Revenue"],
      ["Distributor", "2024", "2025"],
      ...Array.from({ length: 12 }, (_, i) => [`Dealer ${i}`, 90 * (i + 1), 100 * (i + 1)] as Cell[]),
    ];
    const run2 = runTiering(
      { sheetName: "S", values: twoLevel, origin: { row: 0, column: 0 }, tableName: "T", tableTop: 0 },
      { language: "en-US", asOf: AS_OF },
    );
    expect(run2.result.header.headerRows).toBe(2);
    expect(run2.result.findings.filter((f) => f.code === "output.outsideTable")).toEqual([]);
  });

  it("reads a user's own columns headed like ours as theirs: no last run's tiers, kept notes or reviews", () => {
    // A copy shared without its saved data, or a user's own grading headed "Tier": the run is a first
    // one. It compared with those tiers ("0 promoted"), and the band kept accounts key because of them.
    const rows: Cell[][] = [["Distributor", "Revenue", "Tier", "Note", "Next review"]];
    for (let i = 0; i < 30; i++)
      rows.push([`D${i + 1}`, 300 - i, i === 10 ? "Key account" : "Ordinary account", `mine ${i}`, 46000]);
    const theirs = run(rows);
    expect(theirs.result.hasPrevious).toBe(false);
    expect(theirs.result.accounts.every((a) => a.change === "new" && !a.held)).toBe(true);
    expect(theirs.result.findings.map((f) => f.code)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/editedByHand|keptByHand/)]),
    );
    expect(theirs.result.keptNotes.size + theirs.result.keptReviews.size).toBe(0);
    expect(theirs.plan!.changeLog.rows.at(-1)?.cells[2]).toMatch(/^First run/);
    // The same sheet that an earlier run on it saved settings for: those are the last run's tiers.
    const ours = rerun(rows);
    expect(ours.result.hasPrevious).toBe(true);
    expect(ours.result.accounts.find((a) => a.name === "D11")?.previousTier).toBe("key");
    // Saved for another sheet: not this one's.
    expect(run(rows, { previous: earlierRunOn("Other") }).result.hasPrevious).toBe(false);
  });

  it("freezes the header and the name column only when the header is near the top", () => {
    const near = run(distributors(5)).plan!;
    expect(near.freeze).toEqual({ rows: 1, columns: 1 });
    const low = run([...Array.from({ length: 20 }, () => [null]), ...distributors(5)]).plan!;
    expect(low.headerRow).toBe(20);
    expect(low.freeze).toBeNull();
  });

  describe("sheets: ours only when the saved settings say so", () => {
    const rows = [
      ["经销商名称", "年销售额"],
      ["甲", 100],
    ];
    const table = (sheetName: string, sheetNames: string[]) => ({ ...sheet(rows, sheetName), sheetNames });

    it("never takes the name of the user's own sheet (any case), and replaces nothing of theirs", () => {
      const plan = runTiering(table("Data", ["Data", "tiering STRATEGY", "Tiering Changes"]), {
        asOf: AS_OF,
        language: "en-US",
      }).plan!;
      expect(plan.strategySheet.name).toBe("Tiering Strategy (2)");
      expect(plan.changeLog.name).toBe("Tiering Changes (2)");
      expect([...plan.strategySheet.replaces, ...plan.changeLog.replaces]).toEqual([]);
      expect(plan.settings.output.strategySheet).toBe("Tiering Strategy (2)");
    });

    it("replaces its own sheets from the last run, in the other language too", () => {
      const first = runTiering(table("Data", ["Data"]), { asOf: AS_OF, language: "zh-CN" }).plan!;
      const again = runTiering(table("Data", ["Data", "分级策略", "分级变动记录", "Tiering Strategy"]), {
        asOf: AS_OF,
        language: "en-US",
        previous: first.settings,
      }).plan!;
      expect(first.settings.output.strategySheet).toBe("分级策略");
      // "Tiering Strategy" exists but is not ours: the plan goes around it.
      expect(again.strategySheet.name).toBe("Tiering Strategy (2)");
      expect(again.strategySheet.replaces).toEqual(["分级策略"]);
      expect(again.changeLog.replaces).toEqual([first.settings.output.changeLogSheet]);
    });

    it("never replaces the sheet being tiered, even when it bears one of our names", () => {
      // No settings name it: the user's sheet, tiered; our change log goes around it.
      const plan = runTiering(table("Tiering Changes", ["Tiering Changes"]), {
        asOf: AS_OF,
        language: "en-US",
      }).plan!;
      expect(plan.changeLog.name).toBe("Tiering Changes (2)");
      expect(plan.changeLog.replaces).toEqual([]);
      expect(plan.strategySheet.name).toBe("Tiering Strategy");
      // Settings of a run on another sheet name it as our change log: refused, nothing planned.
      const refused = runTiering(table("Tiering Changes", ["Tiering Changes"]), {
        asOf: AS_OF,
        language: "en-US",
        previous: {
          ...runTiering(table("x", []), { asOf: AS_OF }).plan!.settings,
          output: {
            columns: {},
            strategySheet: "Tiering Strategy",
            changeLogSheet: "Tiering Changes",
          },
        },
      });
      expect(refused.plan).toBeNull();
      expect(refused.result.findings[0]?.code).toBe("sheet.isOutput");
    });
  });

  it("updates its own columns in place on a re-run, in either language, and never duplicates them", () => {
    const first = run(distributors(5)).plan!;
    const values = distributors(5).map((row, r) => {
      const out = [...row];
      for (const c of first.columns) out[c.column] = r === 0 ? c.header : (c.values.at(r - 1) ?? null);
      return out;
    });
    const again = runTiering(sheet(values), {
      asOf: AS_OF,
      previous: first.settings,
      language: "zh-CN",
    }).plan!;
    expect(again.columns.map((c) => [c.key, c.column, c.existing])).toEqual(
      first.columns.map((c) => [c.key, c.column, true]),
    );
    expect(again.columns[0]?.header).toBe("渠道分级");
  });

  it("on a re-run, measures the height the last run's notes and reasons gave each row, as the CLI set it", () => {
    const first = run(distributors(5)).plan!;
    expect(first.previousHeights).toBeUndefined();
    const values = distributors(5).map((row, r) => {
      const out = [...row];
      for (const c of first.columns) out[c.column] = r === 0 ? c.header : (c.values.at(r - 1) ?? null);
      return out;
    });
    const note = first.columns.find((c) => c.key === "note")!;
    const reason = first.columns.find((c) => c.key === "reason")!;
    // A note the planner shortened to one line: that row had no height of ours to find.
    values[2]![note.column] = "短";
    values[2]![reason.column] = "短";
    const options = { asOf: AS_OF, previous: first.settings, language: "zh-CN" as const };
    // Only a door that sets heights itself (the CLI) has them measured: the add-in has Excel autofit.
    expect(runTiering(sheet(values), options).plan!.previousHeights).toBeUndefined();
    const again = runTiering(sheet(values), { ...options, setsRowHeights: true }).plan!;
    const expected = [1, 2, 3, 4, 5].map((r) =>
      Math.max(
        wrappedHeight(values[r]![note.column] as string, note.width, MAX_WRAPPED_LINES),
        wrappedHeight(values[r]![reason.column] as string, reason.width, MAX_WRAPPED_LINES),
      ),
    );
    expect([...again.previousHeights!]).toEqual(expected);
    expect(expected[1]).toBe(0);
    expect(expected.filter((h) => h > 0).length).toBe(4);
    // Our columns are not ours on a sheet the settings do not name: nothing is measured there.
    const elsewhere = runTiering(sheet(values, "Other"), { ...options, setsRowHeights: true }).plan!;
    expect(elsewhere.previousHeights).toBeUndefined();
  });

  it("leaves a row that is not tiered empty in its output columns", () => {
    const plan = run([
      ["Distributor", "Revenue"],
      ["A", 1],
      [null, null],
      ["Total", 1],
    ]).plan!;
    expect(listValues(plan.columns[0]!)).toEqual(["Key account", "", ""]);
  });

  it("writes hours and classification columns only when their input exists", () => {
    const plan = withHours();
    expect(plan.columns.map((c) => c.key)).toEqual([
      "tier",
      "score",
      "change",
      "reason",
      "nextReview",
      "timeShare",
      "hours",
      "creditClass",
      "promotion",
      "note",
    ]);
    expect(listValues(plan.columns.find((c) => c.key === "hours")!)).toEqual([96]);
  });

  it("leaves room after each number of ours that a label of ours follows, with or without the hours", () => {
    // Printed without gridlines, a right-aligned "2.3" beside a left-aligned "二级经销" read as one.
    const hours = withHours();
    const plain = run(distributors(3)).plan!;
    for (const plan of [hours, plain]) {
      const beside = plan.columns.slice(1).map((right, k) => [plan.columns[k]!, right] as const);
      const numberBeforeText = beside.filter(
        ([left, right]) => left.kind !== "text" && !/yyyy/.test(left.numberFormat) && right.kind === "text",
      );
      expect(numberBeforeText.length).toBeGreaterThan(0);
      for (const [left] of numberBeforeText)
        expect([left.key, left.numberFormat]).toEqual([left.key, expect.stringMatching(/_\)$/)]);
    }
    expect(hours.columns.find((c) => c.key === "hours")!.numberFormat).toBe("0.0_)");
    expect(plain.columns.find((c) => c.key === "timeShare")!.numberFormat).toBe("[<0.01]0.0##%_);0.0%_)");
  });

  it("writes computed numbers as Excel keeps them, 15 significant digits (0.1, not 0.09999999999999999)", () => {
    // 60% of the time over 6 key accounts: 0.6 / 6 is 0.09999999999999999 in binary arithmetic, which
    // Excel's formula bar shows as 9.99999999999999%.
    expect(0.6 / 6).not.toBe(0.1);
    const plan = run(distributors(60)).plan!;
    const tiers = listValues(plan.columns.find((c) => c.key === "tier")!);
    const shares = listValues(plan.columns.find((c) => c.key === "timeShare")!);
    const keyShares = shares.filter((_, k) => tiers[k] === "Key account");
    expect(keyShares.length).toBe(6);
    expect(new Set(keyShares)).toEqual(new Set([0.1]));
    const kept = (x: unknown): boolean => typeof x !== "number" || Number(x.toPrecision(15)) === x;
    for (const column of plan.columns)
      expect([column.key, listValues(column).every(kept)]).toEqual([column.key, true]);
    for (const row of plan.strategySheet.rows)
      expect([row.cells, row.cells.every(kept)]).toEqual([row.cells, true]);
  });

  it("plans nothing when a finding blocks the write", () => {
    expect(
      run(
        [
          ["Distributor", "Revenue"],
          ["A", 1],
        ],
        { rules: { tiering: { keyShare: -1 } } },
      ).plan,
    ).toBeNull();
    expect(run([[1, 2]]).plan).toBeNull();
  });

  it("carries the strategy sheet: summary, tactics, care rules, chart over its own block", () => {
    const plan = run(distributors(20)).plan!;
    const s = plan.strategySheet;
    const text = s.rows.flatMap((r) => r.cells).filter((c): c is string => typeof c === "string");
    expect(text).toContain("Summary by tier");
    expect(text.some((t) => t.includes("8. Tell the truth. A lie is fatal"))).toBe(true);
    // Rule 9 keeps the course's whole sentence, and the rewards are marked as Channel Tiering's suggestions.
    expect(text.some((t) => t.startsWith("9. ") && t.includes("understand them and bear with him"))).toBe(
      true,
    );
    expect(text).toContain(
      "The course gives this part a title only; these are Channel Tiering's suggestions:",
    );
    // This run's share of accounts stands beside the course's reference, never in its place.
    expect(text).toContain("course: ~10% of accounts, 60% of time");
    expect(text).not.toContain("About 10% of accounts, 60% of sales time.");
    expect(text.some((t) => t.includes("exceed") || t.includes("Exceed"))).toBe(true);
    const { source } = s.chart!;
    expect(s.rows[source.row]?.cells[source.column + 1]).toBe("Share of accounts");
    expect(s.rows[source.row + 1]?.cells[source.column]).toBe("Key account");
    expect(s.rows[source.row + 1]?.cells[source.column + 1]).toBeCloseTo(0.1);
  });

  it("writes a playbook of sales in goods as volumes, with no money anywhere", () => {
    // A cement ledger: tonnes only. D0002 sells a tenth of a ton less than the smallest key account.
    const rows: Cell[][] = [["经销商", "年销量（吨）"]];
    for (let i = 0; i < 30; i++) rows.push([`D${i}`, i === 3 ? 899.9 : 1000 - i * 50]);
    const plan = run(rows, { language: "zh-CN" }).plan!;
    const sheet = plan.strategySheet;
    const text = sheet.rows.flatMap((r) => r.cells).filter((c): c is string => typeof c === "string");
    expect(text).toContain("销量（吨）");
    expect(text).toContain("距重点客户线（吨）");
    expect(text).toContain("销量占比");
    expect(text.find((t) => t.startsWith("分级方法"))).toContain("再取销量大户");
    expect(sheet.chart?.title).toBe("各级客户数与销量占比");
    expect(text.filter((t) => /元|销售额/.test(t) && !/销售额（元）|销售时间/.test(t))).toEqual([]);
    // The candidate a tenth of a ton short shows it in tenths, not "还差 0".
    const candidate = sheet.rows.find((r) => r.cells[0] === "D3")!;
    expect(candidate.cells[4]).toBeCloseTo(0.1);
    expect(candidate.formats?.[4]).toBe('"还差 "#,##0.0;"已超出 "#,##0.0;"持平"');
    const note = plan.columns.find((c) => c.key === "note")!;
    expect(note.values.at(3)).toContain("（还差0.1吨）");
  });

  it("writes the next review as a date that shows as overdue, in red, once it is past", () => {
    // AS_OF is 2025-06-30, Excel serial 45838; a visit on 2025-01-15 plus a quarter is 2025-04-15.
    const plan = run(distributors(30, (i) => [i === 29 ? "2025-01-15" : null], ["Last Visit"])).plan!;
    const review = plan.columns.find((c) => c.key === "nextReview")!;
    expect(review.numberFormat).toBe('[Red][<45838]yyyy-mm-dd" overdue";yyyy-mm-dd');
    expect(review.values.at(29)).toBe(45762);
    expect(review.values.at(0)).toBe(45868); // a key account with no visit: 2025-07-30, the run date plus a month
    const zh = run(distributors(3), { language: "zh-CN" }).plan!;
    expect(zh.columns.find((c) => c.key === "nextReview")!.numberFormat).toContain('" 已逾期"');
  });

  it("writes lists as the language writes them, never with Chinese separators in English", () => {
    const plan = run(distributors(30, () => ["Wang"], ["Owner"])).plan!;
    const rows = plan.strategySheet.rows.map((r) => r.cells);
    expect(rows).toContainEqual(expect.arrayContaining(["Wang", "D0001, D0002, D0003"]));
    const text = rows.flat().filter((c): c is string => typeof c === "string");
    expect(text.filter((t) => t.includes("、"))).toEqual([]);
    const zhPlan = run(
      distributors(30, () => ["王"], ["Owner"]),
      { language: "zh-CN" },
    ).plan!;
    expect(zhPlan.strategySheet.rows.map((r) => r.cells)).toContainEqual(
      expect.arrayContaining(["王", "D0001、D0002、D0003"]),
    );
  });

  it("lists changes in the change log on a re-run", () => {
    const plan = rerun([
      ["Distributor", "Revenue", "Tier"],
      ["A", 100, "Ordinary"],
      ["B", 1, "Key account"],
      ...Array.from({ length: 8 }, (_, i) => [`C${i}`, 1, "Ordinary"]),
    ]).plan!;
    const rows = plan.changeLog.rows.map((r) => r.cells.slice(0, 6));
    // The run's date is a date cell (2025-06-30 is Excel's 45838), so the log sorts and filters by date.
    expect(rows).toEqual([
      ["Date", "Row", "Name", "Previous tier", "Tier", "Change"],
      [45838, 2, "A", "Ordinary account", "Key account", "Promoted"],
      [45838, 3, "B", "Key account", "Ordinary account", "Demoted"],
    ]);
    expect(plan.changeLog.rows[1]?.formats?.[0]).toBe("yyyy-mm-dd");
  });
});

describe("the change log sheet", () => {
  it("is as wide as each header, in either language (上次得分排名 and 本次得分排名 ran together)", () => {
    for (const values of [
      distributors(20),
      [
        ["经销商名称", "年销售额"],
        ["甲", 100],
      ],
    ]) {
      const plan = run(values).plan!;
      const [header] = plan.changeLog.rows;
      expect(header?.cells.length).toBe(plan.changeLog.columnWidths.length);
      header?.cells.forEach((cell, k) =>
        expect(plan.changeLog.columnWidths[k]).toBeGreaterThan(displayWidth(String(cell))),
      );
    }
  });
});

describe("the change log's dates and reasons", () => {
  const enAll = getMessages("en-US");
  const history = [
    {
      date: "2025-06-30",
      first: false,
      accounts: 12,
      more: 1,
      changes: [
        {
          row: 7,
          name: "Dealer 7",
          from: "ordinary" as const,
          to: "key" as const,
          change: "promoted" as const,
          revenueBefore: 1,
          revenueNow: 2,
          scoreBefore: 1,
          scoreNow: 2,
          rankBefore: 9,
          rankNow: 1,
          reason:
            "Score 88.3, place 14 among the accounts competing for the 17 key places filled by score; 4.1% of revenue, +700% growth, 1 year as partner",
        },
      ],
    },
    { date: "2025-05-31", first: true, accounts: 12, more: 0, changes: [] },
  ];

  it("writes sales read in 万 as Excel keeps them: 19.99万 is 199,900, not 199899.99999999997", () => {
    expect(19.99 * 10000).not.toBe(199900);
    const change = { ...history[0]!.changes[0]!, revenueBefore: 19.99 * 10000, revenueNow: 20.01 * 10000 };
    const log = planChangeLog([{ ...history[0]!, changes: [change] }], enAll, "CNY");
    expect(log.rows[1]?.cells.slice(6, 8)).toEqual([199900, 200100]);
  });

  it("writes each run's date as a date of the workbook's date system, every row of the run", () => {
    for (const [date1904, june30, may31] of [
      [false, 45838, 45808],
      [true, 45838 - 1462, 45808 - 1462],
    ] as const) {
      const log = planChangeLog(history, enAll, "CNY", "", date1904);
      const body = log.rows.slice(1);
      expect(body.map((r) => r.cells[0])).toEqual([june30, june30, may31]);
      for (const r of body) expect(r.formats?.[0]).toBe("yyyy-mm-dd");
    }
    // A date the settings hold in another form stays the text it is.
    const odd = planChangeLog([{ ...history[1]!, date: "30/06/2025" }], enAll, "CNY");
    expect(odd.rows[1]?.cells[0]).toBe("30/06/2025");
  });

  it("says of a removed account that it left the sheet, in both languages", () => {
    const removed = {
      ...history[0]!,
      changes: [
        {
          row: null,
          name: "Dealer 9",
          from: "key" as const,
          to: null,
          change: "removed" as const,
          revenueBefore: 5_031_000,
          revenueNow: null,
          scoreBefore: 97.4,
          scoreNow: null,
          rankBefore: 2,
          rankNow: null,
          reason: "",
        },
      ],
    };
    for (const [messages, said] of [
      [enAll, ["Removed", "No longer on the sheet"]],
      [getMessages("zh-CN"), ["已删除", "已从表中删除"]],
    ] as const) {
      const row = planChangeLog([removed], messages, "CNY").rows[1]?.cells;
      expect([row?.[5], row?.[12]]).toEqual(said);
    }
  });

  it("says a re-run changed nothing, and since when where several did in a row, in both languages", () => {
    const same = { date: "2025-07-31", first: false, accounts: 12, more: 0, changes: [] };
    const streak = { ...same, sameSince: "2025-07-01", sameRuns: 3 };
    for (const [messages, once, thrice] of [
      [
        enAll,
        "Re-run, no change: all 12 accounts kept their tier",
        "(3 runs since 2025-07-01, none changed)",
      ],
      [
        getMessages("zh-CN"),
        "再次分级，无变化：12家客户的分级均与上次相同",
        "（自2025-07-01起连续3次无变化）",
      ],
    ] as const) {
      const log = planChangeLog([streak, same, history[1]!], messages, "CNY");
      expect(log.rows.slice(1).map((r) => r.cells.slice(0, 3))).toEqual([
        [45869, "", `${once}${messages === enAll ? " " : ""}${thrice}`],
        [45869, "", once],
        [45808, "", messages.workbook.changeLogFirst(12)],
      ]);
    }
  });

  it("wraps the reason in its column (it ran past the printed page), in both languages", () => {
    for (const messages of [enAll, getMessages("zh-CN")]) {
      const log = planChangeLog(history, messages, "CNY");
      const reason = (log.rows[0]?.cells.length ?? 0) - 1;
      expect(log.wrapColumns).toEqual([reason]);
      expect(log.rows[0]?.cells[reason]).toBe(messages.workbook.changeLogColumns[reason]);
      const width = log.columnWidths[reason] ?? 0;
      expect(displayWidth(String(log.rows[1]?.cells[reason]))).toBeGreaterThan(width);
      expect(wrappedLines(log.rows[1]?.cells[reason] ?? null, width)).toBeGreaterThan(1);
    }
  });
});

describe("the change log's look", () => {
  it("sets the name and the reason apart from the numbers on their left, and heads amounts in the sales' currency", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue (USD)", "Tier"],
      ["A", 100, "Ordinary"],
      ["B", 1, "Key account"],
      ...Array.from({ length: 8 }, (_, i) => [`C${i}`, 1, "Ordinary"]),
    ];
    const log = rerun(values).plan!.changeLog;
    const [header, first] = log.rows;
    // "9济南金桥实业有限公司" and "16属于合计贡献前50%…" printed as one cell each.
    expect(first?.formats?.[2]).toBe(SPACED_TEXT);
    expect(first?.formats?.[12]).toBe(SPACED_TEXT);
    expect(header?.cells.slice(6, 8)).toEqual(["Revenue before ($)", "Revenue now ($)"]);
    const zhLog = rerun(
      [
        ["经销商名称", "年销售额（万元）", "渠道分级"],
        ["甲", 100, "普通客户"],
        ...Array.from({ length: 9 }, (_, i) => [`乙${i}`, 1, "普通客户"]),
      ],
      { language: "zh-CN" },
    ).plan!.changeLog;
    expect(zhLog.rows[0]?.cells.slice(6, 8)).toEqual(["上次销售额（元）", "本次销售额（元）"]);
  });
});

describe("a re-run over other months", () => {
  const ledger = (header: string, scale: number): Cell[][] => [
    ["经销商名称", header],
    ...Array.from({ length: 20 }, (_, i): Cell[] => [`经销商${i + 1}`, (200 - i * 9) * scale]),
  ];
  it("watches no account for falling since a run over other months, and says so", () => {
    // 1-10月 of one year, then 1-2月 of the next: every account sells a fifth of the last run's figure.
    const first = runTiering(sheet(ledger("2025年1-10月销售额（万元）", 1), "S"), {
      asOf: new Date("2025-11-05T00:00:00Z"),
      language: "zh-CN",
    }).plan!;
    expect(first.settings.roster?.months).toBe(10);
    const saved = parseSettings(serializeSettings(first.settings), en).settings;
    expect(saved?.roster?.months).toBe(10);
    const next = runTiering(sheet(ledger("2026年1-2月销售额（万元）", 0.2), "S"), {
      asOf: new Date("2026-03-05T00:00:00Z"),
      language: "zh-CN",
      previous: saved,
    });
    const result = next.result!;
    expect([...result.summary.watchList]).toEqual([]);
    const said = result.findings.filter((f) => f.code === "lastRun.otherMonths");
    expect(said.map((f) => [f.severity, f.message])).toEqual([
      [
        "info",
        "上次分级（2025-11-05）的销售额是10个月的，本次是2个月的，两次不可比：本次不按“较上次下滑”列入观察名单。变动记录中的上次销售额仍按上次的口径。",
      ],
    ]);
    // Over the same months a fall from the last run is watched, as before.
    const same = runTiering(sheet(ledger("2025年1-10月销售额（万元）", 0.2), "S"), {
      asOf: new Date("2025-11-20T00:00:00Z"),
      language: "zh-CN",
      previous: saved,
    }).result!;
    expect([...same.summary.watchList].map((w) => w.reasons)).toContainEqual(["falling"]);
    expect(same.findings.some((f) => f.code === "lastRun.otherMonths")).toBe(false);
  });

  it("keeps no months for a report's period unsaid, and says the period so after a year's run", () => {
    const first = runTiering(sheet(ledger("2025年销售额（万元）", 1), "S"), {
      asOf: new Date("2025-11-05T00:00:00Z"),
      language: "zh-CN",
    }).plan!;
    expect(first.settings.roster?.months).toBe(12);
    const next = runTiering(sheet(ledger("本期金额（万元）", 0.1), "S"), {
      asOf: new Date("2025-11-20T00:00:00Z"),
      language: "zh-CN",
      previous: parseSettings(serializeSettings(first.settings), en).settings,
    });
    expect(next.plan?.settings.roster?.months).toBeNull();
    expect([...next.result!.summary.watchList].map((w) => w.reasons)).not.toContainEqual(["falling"]);
    expect(
      next.result!.findings.filter((f) => f.code === "lastRun.otherMonths").map((f) => f.message),
    ).toEqual([
      "上次分级（2025-11-05）的销售额是全年的，本次是本期（未写明月份）的，两次不可比：本次不按“较上次下滑”列入观察名单。变动记录中的上次销售额仍按上次的口径。",
    ]);
  });

  it("compares the year so far within a year only, and a roster that kept no months as before", () => {
    const run = (months: number | null | undefined, date = "2025-06-30") => ({
      date,
      complete: true,
      accounts: [],
      ...(months === undefined ? {} : { months }),
    });
    expect(lastRunComparable(run(12), 12, 2026)).toBe(true);
    expect(lastRunComparable(run(10), 2, 2026)).toBe(false);
    expect(lastRunComparable(run(null), null, 2025)).toBe(true);
    expect(lastRunComparable(run(null), null, 2026)).toBe(false);
    expect(lastRunComparable(run(null), 12, 2025)).toBe(false);
    expect(lastRunComparable(run(undefined), 2, 2026)).toBe(true);
  });
});

describe("the findings' own language", () => {
  it("words the findings in it while everything written keeps the workbook's", () => {
    const rows = [
      ["经销商名称", "年销售额", "所属区域"],
      ["甲", "很多", "华东"],
      ["乙", 50, "华东"],
      ["合计", 50, null],
    ];
    const out = runTiering(sheet(rows, "S"), { asOf: AS_OF, findingLanguage: "en-US" });
    expect(out.language).toBe("zh-CN");
    expect(out.result.findings.map((f) => f.message)).toEqual([
      "Row 2: 年销售额 '很多' is not a number; treated as no sales this period.",
      "Row 4: 经销商名称 '合计' is a totals row; not tiered.",
    ]);
    // The reasons, notes and headers written are the workbook's Chinese.
    expect(out.plan!.columns[0]!.header).toBe("渠道分级");
    expect(listValues(out.plan!.columns[0]!)).toEqual(["意向客户", "重点客户", ""]);
    expect(out.result.accounts[0]!.reason).toMatch(/[\u4e00-\u9fff]/);
    // Without it, the workbook's language for both.
    expect(runTiering(sheet(rows, "S"), { asOf: AS_OF }).result.findings[0]!.message).toMatch(/^第2行/);
  });

  it("keeps them in it once the sales' currency is read (a key account without an owner, in dollars)", () => {
    const rows = [
      ["Distributor", "Revenue (USD)", "Sales Rep"],
      ...Array.from({ length: 20 }, (_, i) => [
        `Dealer ${i + 1}`,
        100_000 - i * 1000,
        i === 0 ? null : "Ann",
      ]),
      ["Dealer 21", "lots", "Ann"],
    ];
    const out = runTiering(sheet(rows, "S"), { asOf: AS_OF, findingLanguage: "zh-CN" });
    expect(out.language).toBe("en-US");
    const messages = out.result.findings.map((f) => f.message);
    expect(messages).toContain(
      "第2行：重点客户“Dealer 1”没有Sales Rep；重点客户应由我们能力最强的人员负责。",
    );
    expect(messages.every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
    // What is written stays the workbook's English, in its currency.
    expect(out.plan!.columns[0]!.header).toBe("Tier");
    expect(out.result.accounts[0]!.reason).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a second header row", () => {
  it("stays frozen in view with the header, and carries the filter so a sort keeps both on top", () => {
    const rows = [
      ["经销商名称", "年销售额", "所属区域"],
      ["Distributor", "Sales", "Region"],
      ["甲", 100, "华东"],
      ["乙", 50, "华北"],
    ];
    const plan = runTiering(sheet(rows, "S"), { asOf: AS_OF }).plan!;
    expect(plan.headerRow).toBe(0);
    expect(plan.freeze).toEqual({ rows: 2, columns: 1 });
    expect(plan.autoFilter).toEqual({ row: 1, column: 0, rows: 3, columns: plan.autoFilter!.columns });
    // Our columns get headers on it too, in its language.
    expect(plan.columns.map((c) => listValues(c)[0])).toEqual(
      plan.columns.map((c) => getMessages("en-US").engine.outputHeader[c.key]),
    );
    const plain = runTiering(sheet([rows[0]!, ...rows.slice(2)], "S"), { asOf: AS_OF }).plan!;
    expect(plain.freeze).toEqual({ rows: 1, columns: 1 });
    expect(plain.autoFilter).toMatchObject({ row: 0, rows: 3 });
  });
});

describe("credit from a 是否逾期 column", () => {
  it("reads yes as overdue for days not given, no as none, and says which ratings it cannot place", () => {
    const out = run([
      ["经销商名称", "年销售额（万元）", "信用等级", "是否逾期"],
      ["甲", 100, "优", "是"],
      ["乙", 90, "优", "否"],
      ["丙", 80, "差", "是"],
      ["丁", 70, "★", "否"],
      ["戊", 60, "未评级", "Y"],
    ]);
    const credit = out.plan!.columns.find((c) => c.key === "creditClass")!;
    // The rating's A gives way to an overdue balance; D stays D; the days are not made up.
    expect(listValues(credit)).toEqual(["B（有逾期）", "A", "D", "A", "B（有逾期）"]);
    expect(out.result.accounts.map((a) => a.daysOverdue)).toEqual([null, 0, null, 0, null]);
    expect(out.result.findings.map((f) => [f.code, f.row, f.column, f.message])).toEqual([
      [
        "value.unknownRating",
        5,
        "C",
        "第5行：信用等级“★”不是可识别的资信等级（AAA-D、优/良/中/差、一级-三级、低/中/高风险、★★★☆☆）；已忽略。",
      ],
    ]);
  });
});

describe("credit rated in stars (信用星级)", () => {
  it("reads the share of stars filled, and the days overdue still make it worse", () => {
    const out = run([
      ["经销商名称", "年销售额（万元）", "信用星级", "逾期天数"],
      ["甲", 100, "★★★★★", 0],
      ["乙", 90, "★★★☆☆", 0],
      ["丙", 80, "★★★★☆", 45],
      ["丁", 70, "2星", 0],
      ["戊", 60, "★☆☆☆☆", 0],
    ]);
    const credit = out.plan!.columns.find((c) => c.key === "creditClass")!;
    expect(listValues(credit)).toEqual(["A", "B", "C（逾期45天）", "C", "D"]);
    expect(out.result.findings.filter((f) => f.code === "value.unknownRating")).toEqual([]);
  });
});

describe("credit from an aging bucket (账龄)", () => {
  it("says the bucket the cell gave, not only its lower bound, and puts past 90 days in D", () => {
    const out = run([
      ["经销商名称", "年销售额（万元）", "账龄"],
      ["甲", 100, "61-90天"],
      ["乙", 90, "90+"],
      ["丙", 80, "1-3个月"],
      ["丁", 70, "0-30"],
      ["戊", 60, 120],
    ]);
    const column = (key: string) => listValues(out.plan!.columns.find((c) => c.key === key)!);
    expect(column("creditClass")).toEqual([
      "C（逾期61-90天）",
      "D（逾期超过90天）",
      "B（逾期30-90天）",
      "A",
      "D（逾期120天）",
    ]);
    expect(column("note")[0]).toContain("资信C（逾期61-90天）：收紧账期");
    expect(column("note")[4]).toContain("资信D（逾期120天）：现款现货");
    const en = run(
      [
        ["Distributor", "Revenue", "Aging"],
        ["A Co", 1_000_000, "over 90"],
        ["B Co", 900_000, "31-60"],
      ],
      { language: "en-US" },
    );
    expect(listValues(en.plan!.columns.find((c) => c.key === "creditClass")!)).toEqual([
      "D (over 90 days overdue)",
      "C (31-60 days overdue)",
    ]);
  });
});

describe("prospects only by their sales cell", () => {
  it("tells a broken cell and a lapsed customer apart from a prospect, instead of 'win a first deal'", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "所属区域"],
      ["乙公司", "#N/A", 300, "华东"],
      ["丁公司", -12.5, 20, "华南"],
      ["戊公司", "-", 50, "华北"],
      ["己公司", null, null, "华北"],
    ];
    for (let i = 0; i < 9; i++) rows.push([`经销商${i}`, 40 + i, 30 + i, "华东"]);
    const out = run(rows);
    const column = (key: string) => listValues(out.plan!.columns.find((c) => c.key === key)!).slice(0, 4);
    expect(column("tier")).toEqual(["意向客户", "意向客户", "意向客户", "意向客户"]);
    expect(column("reason")).toEqual([
      "销售额“#N/A”无法识别，按本期无销售处理",
      "销售额为负（-12.5万元），按本期无销售处理",
      "本期无销售",
      "本期无销售",
    ]);
    expect(column("note")).toEqual([
      "销售额“#N/A”无法识别（去年300万元）：修正后重新运行，再定分级",
      "年销售额为负（-12.5万元，去年20万元）：核实退货与冲账，再定分级",
      "本期无销售（去年50万元）；老客户停止进货：了解原因，争取恢复合作",
      "华北共有2家意向客户；保持关注，争取首单，成交即转为普通客户",
    ]);
    // A formula's error value is said as one, with what it means, not as "not a number".
    expect(out.result.findings.find((f) => f.row === 2)?.message).toBe(
      "第2行：年销售额（万元）是公式的错误值#N/A（查找不到匹配的值）；请修正公式，该行按本期无销售处理。",
    );
    const en = run(
      [
        ["Distributor", "Revenue", "Prior Year Sales"],
        ["A Co", "#REF!", 300_000],
        ["B Co", -5_000, 20_000],
        ["C Co", 0, 50_000],
        ["D Co", 90_000, 80_000],
      ],
      { language: "en-US" },
    );
    expect(listValues(en.plan!.columns.find((c) => c.key === "note")!).slice(0, 3)).toEqual([
      "Sales '#REF!' unreadable (last year ¥300K): fix the cell and run again to tier it",
      "Sales negative (-¥5,000; last year ¥20K): check returns and credit notes, then run again",
      "No sales this period (last year ¥50K); a customer that stopped buying: find out why and win it back",
    ]);
    expect(en.result.findings.find((f) => f.row === 2)?.message).toBe(
      "Row 2: Revenue is a formula's error value #REF! (a reference to cells that were deleted); fix the formula; treated as no sales this period.",
    );
  });
});

describe("no sale this period from an account that has bought before", () => {
  it("asks a customer that owes past due to pay before new business, and wins a former one back, never 'a first deal'", () => {
    const rows: Cell[][] = [
      [
        "经销商名称",
        "年销售额（万元）",
        "去年销售额（万元）",
        "合作年限",
        "逾期天数",
        "竞品合作",
        "所属区域",
      ],
      // Owes 200 days past due, no sales either year: it has bought before, whatever the sales say.
      ["甲公司", null, null, null, 200, "是", "华东"],
      // Five years of cooperation and nothing this period: a customer to win back.
      ["乙公司", 0, null, 5, null, "是", "华东"],
      // Bought last year, owes 45 days past due.
      ["丙公司", null, 30, 2, 45, null, "华东"],
      // A prospect: nothing bought, nothing owed.
      ["丁公司", null, null, null, null, "是", "华东"],
    ];
    for (let i = 0; i < 9; i++) rows.push([`经销商${i}`, 40 + i, 30 + i, 3, 0, null, "华东"]);
    const out = run(rows);
    const column = (key: string) => listValues(out.plan!.columns.find((c) => c.key === key)!).slice(0, 4);
    expect(column("tier")).toEqual(["意向客户", "意向客户", "意向客户", "意向客户"]);
    expect(column("note")).toEqual([
      "本期销售额为0；老客户仍有逾期欠款：先收回欠款，再谈恢复合作；资信D（逾期200天）：现款现货，停止新增授信",
      "本期无销售，合作5年；老客户停止进货：了解原因，争取恢复合作",
      "本期无销售（去年30万元）；老客户仍有逾期欠款：先收回欠款，再谈恢复合作；资信C（逾期45天）：收紧账期，盯紧回款",
      "华东共有4家意向客户；优先开发：安排专人拜访，争取首单；目前与竞品合作，了解其需求与不满之处",
    ]);
    // Only the prospect is a priority prospect (first deals to chase): the others are no first deal.
    expect(out.result.summary.priorityProspects.map((p) => p.name)).toEqual(["丁公司"]);
    const english = run(
      [
        ["Distributor", "Revenue", "Days Overdue", "Years of Cooperation"],
        ["A Co", 0, 120, null],
        ["B Co", 0, null, 3],
        ["C Co", 90_000, 0, 4],
      ],
      { language: "en-US" },
    );
    expect(listValues(english.plan!.columns.find((c) => c.key === "note")!).slice(0, 2)).toEqual([
      "Sales this period: ¥0; still owes past due: collect before resuming business; credit D (120 days overdue): cash on delivery, no new credit",
      "No sales this period, 3 years as partner; a customer that stopped buying: find out why and win it back",
    ]);
  });
});

describe("a customer by its status without a sale this period", () => {
  it("is won back when it bought before, asked to pay first when it owes past due, and asked why it has not ordered when new", () => {
    const rows: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期天数", "客户状态", "合作年限"],
      ["甲公司", 0, 30, null, "合作中", null],
      ["乙公司", null, null, 45, "合作中", null],
      ["丙公司", null, null, null, "合作中", null],
      ["丁公司", null, null, null, "合作中", 3],
    ];
    for (let i = 0; i < 9; i++) rows.push([`经销商${i}`, 40 + i, 30 + i, 0, "合作中", 2]);
    const out = run(rows);
    const column = (key: string) => listValues(out.plan!.columns.find((c) => c.key === key)!).slice(0, 4);
    expect(column("tier")).toEqual(["普通客户", "普通客户", "普通客户", "普通客户"]);
    expect(column("note")).toEqual([
      "本期无销售（去年30万元）；老客户停止进货：了解原因，争取恢复合作",
      "本期销售额为0；老客户仍有逾期欠款：先收回欠款，再谈恢复合作；资信C（逾期45天）：收紧账期，盯紧回款",
      // Nothing says it bought before (a new signing, or a past the sheet does not show): "keep service
      // steady" was said of a customer with no order.
      "本期销售额为0；尚未下单：了解原因，跟进订货",
      "本期无销售，合作3年；老客户停止进货：了解原因，争取恢复合作",
    ]);
    const english = run(
      [
        ["Distributor", "Revenue", "Status"],
        ["New Co", null, "Active"],
        ...Array.from({ length: 9 }, (_, i): Cell[] => [`Dealer ${i}`, 40_000 + i, "Active"]),
      ],
      { language: "en-US" },
    );
    expect(listValues(english.plan!.columns.find((c) => c.key === "note")!)[0]).toBe(
      "Sales this period: ¥0; no order yet: find out why and follow up",
    );
  });
});

describe("a tenure of 0", () => {
  it("is said as under a year, not as 0 years, and not at all of a prospect", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "合作年限"]];
    for (let i = 0; i < 9; i++) rows.push([`经销商${i}`, 40 + i, 3]);
    rows.push(["新公司", 20, 0], ["旧公司", 0, 0]);
    const out = run(rows);
    const column = (key: string) => listValues(out.plan!.columns.find((c) => c.key === key)!).slice(9, 11);
    expect(column("reason")[0]).toContain("合作不足1年");
    // A prospect's 0 is no cooperation yet: not said.
    expect(column("note")[1]).toBe("本期销售额为0；保持关注，争取首单，成交即转为普通客户");
    const english = run(
      [
        ["Distributor", "Revenue", "Years as Partner"],
        ["A Co", 90_000, 4],
        ["B Co", 20_000, 0],
      ],
      { language: "en-US" },
    );
    const reasons = listValues(english.plan!.columns.find((c) => c.key === "reason")!);
    expect(reasons[1]).toContain("under a year as partner");
    expect(reasons.join()).not.toContain("0 years");
  });
});

describe("notes as a manager reads them", () => {
  const note = (out: ReturnType<typeof run>, name: string) => {
    const names = listValues(out.plan!.columns.find((c) => c.key === "note")!);
    return names[out.result.accounts.findIndex((a) => a.name === name)];
  };

  it("gives the days overdue beside a credit class only where they make that class", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "资信等级", "逾期天数"]];
    rows.push(
      ["评级C", 50, "C", 2],
      ["逾期C", 49, "A", 45],
      ["两者皆C", 48, "C", 60],
      ["评级D", 47, "D", 120],
    );
    for (let i = 0; i < 10; i++) rows.push([`经销商${i}`, 20 + i, "A", 0]);
    const out = run(rows);
    expect(note(out, "评级C")).toContain("资信C：收紧账期");
    expect(note(out, "逾期C")).toContain("资信C（逾期45天）：收紧账期");
    expect(note(out, "两者皆C")).toContain("资信C（逾期60天）：收紧账期");
    expect(note(out, "评级D")).toContain("资信D（逾期120天）：现款现货");
  });

  it("asks why a candidate beside the key line fell before any reward, and counts a region's lone prospect", () => {
    const rows: Cell[][] = [["Distributor", "Revenue", "Prior Year Sales", "Region"]];
    // Three key accounts of 1M to 980K; Falling Co within 20% of the smallest, but down from 1.25M.
    for (let i = 0; i < 30; i++) rows.push([`D${i}`, 1_000_000 - i * 10_000, 1_000_000 - i * 10_000, "East"]);
    rows.push(["Falling Co", 950_000, 1_250_000, "East"], ["Lone Co", null, null, "West"]);
    const out = run(rows, { language: "en-US" });
    const candidates = out.result.accounts.filter((a) => a.promotionCandidate);
    expect(candidates.map((a) => a.name)).toContain("Falling Co");
    expect(note(out, "Falling Co")).toMatch(
      /^Sales ¥950K \(.*\), -24% YoY; close to the key line but falling: find out why before any promotion/,
    );
    expect(note(out, "Lone Co")).toMatch(/^West has 1 prospect: this one; /);
  });

  it("says what is particular to a key account before the tier's routine, and says a fall once", () => {
    // The largest account fell 36% from last year, has no owner and is 37 days overdue.
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "负责人", "逾期天数"]];
    rows.push(["大客户", 749, 1163, null, 37]);
    for (let i = 0; i < 29; i++) rows.push([`经销商${i}`, 100 - i, 100 - i, "王芳", 0]);
    const zh = note(run(rows), "大客户");
    // With nobody to review it with, the fall's line says to name an owner first, once.
    expect(zh).toBe(
      "年销售额749万元，同比下降35.6%；销售下滑，且无负责人：尽快指派能力最强的人员，复盘原因，制定挽回措施；" +
        "资信C（逾期37天）：收紧账期，盯紧回款",
    );
    expect(zh).not.toContain("与负责人");
    // The team's routine and the share of total made room; the fall is the figure's, not said again.
    expect(zh).not.toContain("重点客户小组");
    expect(zh).not.toContain("下滑35.6%");
    const en = note(run(rows, { language: "en-US" }), "大客户");
    expect(en).toBe(
      "Sales ¥7.49M, -35.6% YoY; falling, no owner: name one of our best, review the causes, " +
        "plan a recovery; credit C (37 days overdue): tighten terms, chase payment",
    );
    // With an owner, the review is with the owner, this month.
    rows[1] = ["大客户", 749, 1163, "李强", 37];
    expect(note(run(rows), "大客户")).toContain("销售下滑：本月与负责人一起复盘原因，制定挽回措施；资信C");
    // With room, the routine and the share stand as before.
    rows[1] = ["大客户", 749, 700, "李强", 0];
    expect(note(run(rows), "大客户")).toMatch(
      /^年销售额749万元，占\d+(\.\d)?%，同比增长7%；重点客户小组统筹/,
    );
  });
});

describe("a ledger without a sales header", () => {
  it("takes the latest of columns headed by a year alone as the sales, and says it is a guess", () => {
    const rows: Cell[][] = [["经销商名称", "2023年", "2024年（万元）", "2025年（万元）", "所属区域"]];
    for (let i = 0; i < 12; i++) rows.push([`经销商${i}`, 40 + i, 50 + i * 3, 60 + i * 4, "华东"]);
    const out = run(rows);
    expect(out.result.accounts[0]).toMatchObject({ revenue: 600_000, priorRevenue: 500_000 });
    expect(out.result.findings.filter((f) => f.code === "header.guessed")).toEqual([
      {
        code: "header.guessed",
        severity: "warning",
        row: 1,
        column: "D",
        header: "2025年（万元）",
        message:
          "未识别出销售额表头；“2025年（万元）”是表中最近一年的列，暂作为本期销售额，“2024年（万元）”作为上年销售额。请检查列映射。",
      },
    ]);
  });

  it("says so where no column holds the sales, instead of making every account a prospect unsaid", () => {
    const out = run(
      [
        ["Distributor", "Region", "Owner"],
        ["A Co", "East", "Li"],
        ["B Co", "West", "Wang"],
      ],
      { language: "en-US" },
    );
    expect(out.result.accounts.every((a) => a.tier === "prospect")).toBe(true);
    expect(out.result.findings.map((f) => [f.code, f.row, f.message])).toContainEqual([
      "header.noRevenue",
      1,
      "No sales column found (looked for 'Annual Sales', 'Revenue', 'Sales', 'Sales Qty', '年销售额' and the like): every account is a prospect, with no sales this period. Map the sales column and run again.",
    ]);
  });
});

describe("a list of sales lines", () => {
  it("stops the run with one finding and the remedy, where a third of the rows repeat a name", () => {
    const lines: (string | number)[][] = [["客户名称", "月份", "销售额（万元）"]];
    for (let d = 0; d < 8; d++)
      for (let m = 1; m <= 3; m++) lines.push([`经销商${d}`, `2025-0${m}`, 10 + d + m]);
    const out = run(lines);
    expect(out.plan).toBeNull();
    expect(out.result.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      [
        "rows.salesLines",
        "error",
        3,
        "A",
        "第3行起：24行中有16行的客户名称与上方某行相同，这是销售明细（每月或每单一行），不是每家经销商一行的台账，逐行分级会把同一家拆成多家。请先按经销商汇总（插入 > 数据透视表，按客户名称对销售额求和），再对汇总表运行。未写入任何内容。",
      ],
    ]);
  });

  it("leaves a ledger with a few repeated names to run, each repeat said", () => {
    const rows: (string | number)[][] = [["Distributor", "Revenue"]];
    for (let d = 0; d < 40; d++) rows.push([`Dealer ${d}`, 100 + d]);
    for (let d = 0; d < 12; d++) rows.push([`Dealer ${d}`, 5]);
    const out = run(rows);
    expect(out.plan).not.toBeNull();
    expect(out.result.findings.filter((f) => f.code === "row.duplicateName")).toHaveLength(12);
  });
});

describe("the header repeated over pasted blocks", () => {
  it("gets our headers in our columns too, and a re-run reads the sheet as before", () => {
    const header = ["经销商名称", "年销售额", "所属区域"];
    const rows: (string | number | null)[][] = [
      header,
      ["甲", 100, "华东"],
      ["乙", 50, "华北"],
      [...header],
      ["丙", 80, "华南"],
    ];
    const plan = runTiering(sheet(rows, "S"), { asOf: AS_OF }).plan!;
    const tier = plan.columns.find((c) => c.key === "tier")!;
    expect(listValues(tier)).toEqual(["重点客户", "普通客户", "渠道分级", "普通客户"]);
    const again = runTiering(sheet(applyPlanToGrid(rows, plan), "S"), {
      asOf: AS_OF,
      previous: plan.settings,
    });
    expect(again.result.skipped).toEqual([{ row: 4, reason: "header", text: "经销商名称" }]);
    expect(again.result.accounts.map((a) => [a.name, a.change])).toEqual([
      ["甲", "same"],
      ["乙", "same"],
      ["丙", "same"],
    ]);
    expect(again.plan!.columns.every((c) => c.existing)).toBe(true);
  });
});

describe("a two-level header", () => {
  it("stays frozen in view whole, and its second row carries the filter", () => {
    const rows = [
      ["经销商名称", "销售额（万元）", "销售额（万元）", "所属区域"],
      ["经销商名称", "2024年", "2025年", "所属区域"],
      ["甲", 80, 100, "华东"],
      ["乙", 90, 50, "华北"],
    ];
    const plan = runTiering(sheet(rows, "S"), { asOf: AS_OF }).plan!;
    // Our headers stand on the labels' row, right above the data.
    expect([plan.headerRow, plan.firstRow, plan.rowCount]).toEqual([1, 2, 2]);
    expect(plan.freeze).toEqual({ rows: 2, columns: 1 });
    expect(plan.autoFilter).toEqual({ row: 1, column: 0, rows: 3, columns: plan.autoFilter!.columns });
    expect(plan.columns.every((c) => c.column >= 4)).toBe(true);
    // A re-run finds them there, and the header still has two rows.
    const written = applyPlanToGrid(rows, plan);
    expect(written[0]!.slice(4).every((v) => v === undefined || v === null)).toBe(true);
    const rerun = runTiering(sheet(written, "S"), { asOf: AS_OF, previous: plan.settings }).plan!;
    expect(rerun.columns.map((c) => [c.column, c.existing])).toEqual(
      plan.columns.map((c) => [c.column, true]),
    );
    expect([rerun.headerRow, rerun.freeze]).toEqual([1, { rows: 2, columns: 1 }]);
    // A mapping by column is saved as the column's header, the group and the label joined.
    const mapped = runTiering(sheet(rows, "S"), { asOf: AS_OF, mapping: { revenue: 1 } }).plan!;
    expect(mapped.settings.mapping).toEqual({ revenue: "2024年销售额（万元）" });
    const again = runTiering(sheet(rows, "S"), { asOf: AS_OF, previous: mapped.settings });
    expect(again.result.accounts.map((a) => a.revenue)).toEqual([800_000, 900_000]);
  });

  it("is read the same with its groups unmerged, and a re-run finds our columns beside the last group", () => {
    const rows = [
      ["经销商名称", "销售额（万元）", null, "资信", null],
      [null, "2024年", "2025年", "等级", "逾期天数"],
      ["甲", 80, 100, "A", 0],
      ["乙", 90, 50, "B", 10],
    ];
    const out = runTiering(sheet(rows, "S"), { asOf: AS_OF });
    const plan = out.plan!;
    expect([plan.headerRow, plan.firstRow]).toEqual([1, 2]);
    // This year's sales are 2025年's, last year's 2024年's; the days overdue are read.
    expect(out.result.accounts.map((a) => [a.revenue, a.priorRevenue, a.daysOverdue])).toEqual([
      [1_000_000, 800_000, 0],
      [500_000, 900_000, 10],
    ]);
    const written = applyPlanToGrid(rows, plan);
    const rerun = runTiering(sheet(written, "S"), { asOf: AS_OF, previous: plan.settings }).plan!;
    expect(rerun.columns.map((c) => [c.column, c.existing])).toEqual(
      plan.columns.map((c) => [c.column, true]),
    );
  });
});

describe("settings", () => {
  it("round-trip through the workbook's cells, split when longer than a cell holds", () => {
    const plan = run(distributors(3), {
      rules: {
        synonyms: {
          managementMode: Object.fromEntries(
            Array.from({ length: 3000 }, (_, i) => [`渠道${i}号`, "direct"]),
          ),
        },
      },
    }).plan!;
    const cells = serializeSettings(plan.settings);
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.every((c) => c.length <= SETTINGS_CELL_CHARS)).toBe(true);
    expect(parseSettings(cells, en)).toEqual({ settings: plan.settings, findings: [] });
  });

  it("never start a chunk with a character Excel reads as a formula, or as the text prefix (')", () => {
    // Words that put "=", "-", "+", "@" and "'" at every offset, so some split falls right before one.
    const words = Object.fromEntries(
      Array.from({ length: 4000 }, (_, i) => [`${"=-+@'".repeat(1 + (i % 7))}${i}`, "direct"]),
    );
    const plan = run(distributors(3), { rules: { synonyms: { managementMode: words } } }).plan!;
    const cells = serializeSettings(plan.settings);
    expect(cells.length).toBeGreaterThan(2);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@']/);
    expect(cells.join("")).toBe(JSON.stringify(plan.settings));
    // And where a split would fall right on one, whichever it is.
    for (const ch of ["=", "+", "-", "@", "'"]) {
      const head = '{"pad":"';
      const settings = { pad: `${"a".repeat(SETTINGS_CELL_CHARS - head.length)}${ch}${ch}b` };
      expect(JSON.stringify(settings).charAt(SETTINGS_CELL_CHARS)).toBe(ch);
      const split = serializeSettings(settings as unknown as SavedSettings);
      for (const c of split) expect(c.charAt(0)).not.toBe(ch);
      expect(split.join("")).toBe(JSON.stringify(settings));
    }
  });

  it("report settings that cannot be read instead of throwing", () => {
    expect(parseSettings(["{not json"], en).findings[0]?.code).toBe("rules.invalid");
    expect(parseSettings(['{"format":"other"}'], en).settings).toBeNull();
    expect(parseSettings([], en)).toEqual({ settings: null, findings: [] });
  });

  it("drop a roster's review days that are no dates, and keep the rest of the roster", () => {
    const plan = run(distributors(3)).plan!;
    const json = JSON.parse(serializeSettings(plan.settings).join("")) as { roster: Record<string, unknown> };
    expect(json.roster.reviews).toHaveLength(3);
    for (const bad of [
      [1, 2],
      [1, 2, "x"],
      [1, 2, 1e9],
      [1.5, 2, 3],
    ]) {
      const cells = [JSON.stringify({ ...json, roster: { ...json.roster, reviews: bad, handReviews: [0] } })];
      const roster = parseSettings(cells, en).settings?.roster;
      expect(roster?.names).toHaveLength(3);
      expect(roster?.reviews).toBeUndefined();
      expect(roster?.handReviews).toBeUndefined();
    }
  });

  it("re-run with the saved rules when none are given", () => {
    const first = run(distributors(20), { rules: { tiering: { keyShare: 0.25 } } }).plan!;
    const again = runTiering(sheet(distributors(20)), { asOf: AS_OF, previous: first.settings });
    expect(again.result.summary.tiers.key.accounts).toBe(5);
  });
});

describe("a sheet an earlier run wrote", () => {
  const first = run(distributors(10)).plan!;
  const settings = first.settings;
  const strategy = settings.output.strategySheet;

  it("is refused with the distributor sheet named, nothing planned, in the sheet's language", () => {
    for (const [name, kind] of [
      [strategy, "strategy sheet"],
      [settings.output.changeLogSheet, "change log"],
      ["_ChannelTiering", "settings sheet"],
    ] as const) {
      const out = runTiering(sheet(distributors(10), name), { asOf: AS_OF, previous: settings });
      expect(out.plan).toBeNull();
      expect(out.result.findings[0]).toMatchObject({ code: "sheet.isOutput", severity: "error" });
      expect(out.result.findings[0]?.message).toBe(
        `Sheet '${name}' is the ${kind} an earlier run wrote, not a list of distributors: tier 'Sheet1' instead. Nothing was written.`,
      );
    }
    const zh = runTiering(sheet(distributors(10), strategy), {
      asOf: AS_OF,
      previous: settings,
      language: "zh-CN",
    });
    expect(zh.result.findings[0]?.message).toBe(
      `工作表“${strategy}”是上次分级写入的分级策略表，不是经销商名单：请对“Sheet1”分级。未写入任何内容。`,
    );
  });

  it("is the user's to tier when no saved settings name it", () => {
    expect(runTiering(sheet(distributors(10), strategy), { asOf: AS_OF }).plan).not.toBeNull();
    const other = { ...settings, output: { ...settings.output, strategySheet: "Elsewhere" } };
    expect(
      runTiering(sheet(distributors(10), strategy), { asOf: AS_OF, previous: other }).plan,
    ).not.toBeNull();
  });
});

describe("a column mapped by its letters (one of two headed alike)", () => {
  const rows: Cell[][] = [
    ["Dealer", "Sales", "Region", "Sales"],
    ["A", 10, "East", 700],
    ["B", 20, "West", 900],
  ];
  /** The grid with a column inserted before B, as Excel's Insert moves every cell right of it. */
  const insertColumnB = (grid: Cell[][]): Cell[][] =>
    grid.map((row, r) => [row[0] ?? null, r === 0 ? "Code" : `C${r}`, ...row.slice(1)]);
  const first = () => runTiering(sheet(rows, "S"), { asOf: AS_OF, mapping: { revenue: "D" } });

  it("saves the column's header and place among those headed alike, and a re-run reads the same column", () => {
    const out = first();
    expect(out.result.accounts.map((a) => a.revenue)).toEqual([700, 900]);
    const settings = out.plan!.settings;
    expect(settings.mapping).toEqual({ revenue: "D" });
    expect(settings.mappedColumns).toEqual({ revenue: { header: "Sales", nth: 2 } });
    // Kept through the settings sheet's text.
    const parsed = parseSettings(serializeSettings(settings), getMessages("en-US").engine).settings!;
    expect(parsed.mappedColumns).toEqual({ revenue: { header: "Sales", nth: 2 } });
    const again = runTiering(sheet(applyPlanToGrid(rows, out.plan!), "S"), { asOf: AS_OF, previous: parsed });
    expect(again.result.findings.filter((f) => f.code.startsWith("mapping."))).toEqual([]);
    expect(again.result.accounts.map((a) => a.revenue)).toEqual([700, 900]);
    expect(again.plan!.settings.mapping).toEqual({ revenue: "D" });
  });

  it("follows the column when one inserted before it moved the letters, and says so", () => {
    const out = first();
    const moved = insertColumnB(applyPlanToGrid(rows, out.plan!));
    // Column D now holds the region, and the first Sales is at C: the second Sales, at E, is read.
    const again = runTiering(sheet(moved, "S"), { asOf: AS_OF, previous: out.plan!.settings });
    expect(again.result.accounts.map((a) => a.revenue)).toEqual([700, 900]);
    const finding = again.result.findings.find((f) => f.code === "mapping.followed")!;
    expect(finding).toMatchObject({ severity: "warning", row: 1, column: "E", header: "Sales" });
    expect(finding.message).toBe(
      "Revenue is read from column E, the second column headed 'Sales', as chosen (it was column D): columns have been inserted or moved since.",
    );
    // Written, with the new letters saved; and the pane keeps them when another column is chosen.
    expect(again.savedMapping).toEqual({ revenue: "E" });
    expect(again.plan!.settings.mapping).toEqual({ revenue: "E" });
    expect(again.plan!.settings.mappedColumns).toEqual({ revenue: { header: "Sales", nth: 2 } });
    const zh = runTiering(sheet(moved, "S"), {
      asOf: AS_OF,
      previous: out.plan!.settings,
      findingLanguage: "zh-CN",
    });
    expect(zh.result.findings.find((f) => f.code === "mapping.followed")!.message).toBe(
      "销售额按所选的列读取：第2个表头为“Sales”的列，现为E列（指定时为D列），之后插入或移动过列。",
    );
  });

  it("stops, writing nothing, when the column is gone, and asks for it again", () => {
    const out = first();
    // The second Sales column deleted (and the sales typed under another header).
    const written = applyPlanToGrid(rows, out.plan!);
    const gone = written.map((row, r) => [...row.slice(0, 3), r === 0 ? "Sales 2" : row[3], ...row.slice(4)]);
    const again = runTiering(sheet(gone, "S"), { asOf: AS_OF, previous: out.plan!.settings });
    expect(again.plan).toBeNull();
    const finding = again.result.findings.find((f) => f.code === "mapping.moved")!;
    expect(finding).toMatchObject({ severity: "error", row: 1, column: "D", header: "Sales" });
    expect(finding.message).toBe(
      "Revenue was chosen as column D, the second column headed 'Sales'; only one column is headed so now: choose the column for Revenue again.",
    );
    const zh = runTiering(sheet(gone, "S"), {
      asOf: AS_OF,
      previous: out.plan!.settings,
      findingLanguage: "zh-CN",
    });
    expect(zh.result.findings.find((f) => f.code === "mapping.moved")!.message).toBe(
      "销售额上次指定为D列（第2个表头为“Sales”的列），现在表头为“Sales”的列只有1个：请重新指定销售额所在的列。",
    );
    // Chosen again (by the pane or --map), the run goes on and saves what was chosen.
    const chosen = runTiering(sheet(gone, "S"), {
      asOf: AS_OF,
      previous: out.plan!.settings,
      mapping: { revenue: "Sales 2" },
    });
    expect(chosen.plan!.settings.mapping).toEqual({ revenue: "Sales 2" });
    expect(chosen.plan!.settings.mappedColumns).toBeUndefined();
    expect(chosen.result.accounts.map((a) => a.revenue)).toEqual([700, 900]);
  });

  it("saves nothing more for a mapping by header, which follows its column wherever it goes", () => {
    const out = runTiering(sheet(rows, "S"), { asOf: AS_OF, mapping: { revenue: "sales" } });
    expect(out.plan!.settings.mappedColumns).toBeUndefined();
    const moved = insertColumnB(applyPlanToGrid(rows, out.plan!));
    const again = runTiering(sheet(moved, "S"), { asOf: AS_OF, previous: out.plan!.settings });
    expect(again.plan).not.toBeNull();
    expect(again.result.accounts.map((a) => a.revenue)).toEqual([10, 20]);
  });

  it("reads saved settings whose columns are not what a run writes as nothing to follow", () => {
    const text = JSON.stringify({
      format: "channel-tiering/settings",
      mapping: { revenue: "D", name: "A" },
      mappedColumns: { revenue: { header: "Sales", nth: 0 }, name: { header: "  ", nth: 1 }, region: "x" },
    });
    const parsed = parseSettings([text], getMessages("en-US").engine).settings;
    expect(parsed?.mappedColumns).toBeUndefined();
  });
});

describe("the tiered sheet renamed since the last run", () => {
  const rows: Cell[][] = [["经销商名称", "年销售额（万元）"]];
  for (let i = 0; i < 20; i++) rows.push([`经销商${i + 1}`, 200 - i * 7]);
  const first = runTiering({ ...sheet(rows, "2025年"), sheetNames: ["2025年"] }, { asOf: AS_OF }).plan!;
  const written = applyPlanToGrid(rows, first);
  // The sales changed: the second account falls below the key line.
  const edited = written.map((r, i) => (i === 2 ? [r[0], 1, ...r.slice(2)] : r));

  it("carries its columns, roster and history on under the new name, and says so in both languages", () => {
    for (const [language, said] of [
      ["zh-CN", "上次分级的工作表“2025年”已改名为“2026年”：沿用原来的分级列和上次分级记录。"],
      [
        "en-US",
        "Sheet '2025年', tiered last time, is now '2026年': its tier columns and the last run carry on under the new name.",
      ],
    ] as const) {
      const again = runTiering(
        { ...sheet(edited, "2026年"), sheetNames: ["2026年", "分级策略", "分级变更记录"] },
        { asOf: AS_OF, previous: first.settings, findingLanguage: language },
      );
      expect(again.result.findings[0]).toMatchObject({
        code: "sheet.renamed",
        severity: "warning",
        message: said,
      });
      expect(again.plan!.columns.every((c) => c.existing)).toBe(true);
      expect(again.result.hasPrevious).toBe(true);
      expect(again.result.accounts.find((a) => a.name === "经销商2")?.change).toBe("demoted");
      expect(again.plan!.settings.sheet).toBe("2026年");
      expect(again.plan!.settings.history).toHaveLength(2);
      // Its strategy sheet is still ours: rewritten, not a "分级策略 (2)" beside it.
      expect(again.plan!.strategySheet.name).toBe("分级策略");
    }
  });

  it("is not taken from a copy (the tiered sheet is still there), nor without the workbook's sheet names", () => {
    const copy = runTiering(
      { ...sheet(edited, "2026年"), sheetNames: ["2025年", "2026年", "分级策略", "分级变更记录"] },
      { asOf: AS_OF, previous: first.settings },
    );
    expect(copy.result.findings.map((f) => f.code)).not.toContain("sheet.renamed");
    expect(copy.plan!.columns.some((c) => c.existing)).toBe(false);
    expect(copy.result.hasPrevious).toBe(false);
    const unknown = runTiering(sheet(edited, "2026年"), { asOf: AS_OF, previous: first.settings });
    expect(unknown.plan!.columns.some((c) => c.existing)).toBe(false);
    // Another sheet without the columns the last run wrote is no rename of it.
    const other = runTiering(
      { ...sheet(rows, "华南"), sheetNames: ["华南"] },
      { asOf: AS_OF, previous: first.settings },
    );
    expect(other.result.findings.map((f) => f.code)).not.toContain("sheet.renamed");
    expect(other.result.hasPrevious).toBe(false);
  });
});

describe("a column of ours the planner deleted", () => {
  const rules = { time: { monthlyCapacityHours: 160 } };
  const rows = distributors(12, (i) => [(i * 17) % 120], ["Days Overdue"]);
  const firstRun = () => runTiering(sheet(rows, "S"), { asOf: AS_OF, rules }).plan!;
  /** The sheet as the run left it with the columns headed `headers` deleted, the rest moving left. */
  const without = (grid: Cell[][], headers: readonly string[]): Cell[][] => {
    const gone = new Set(headers.map((h) => (grid[0] ?? []).indexOf(h)));
    return grid.map((r) => r.filter((_, c) => !gone.has(c)));
  };
  const rerunOn = (grid: Cell[][], previous: SavedSettings, language: "en-US" | "zh-CN" = "en-US") =>
    runTiering(sheet(grid, "S"), { asOf: AS_OF, rules, previous, language });

  it("is not written again, said once with how to have it back, and stays out on later runs", () => {
    const first = firstRun();
    const grid = without(applyPlanToGrid(rows, first), ["Monthly Hours", "Credit Class"]);
    const again = rerunOn(grid, first.settings);
    const plan = again.plan!;
    // Before, it came back at the right end, after the note.
    expect(plan.columns.map((c) => c.key)).not.toContain("hours");
    expect(plan.columns.map((c) => c.key)).not.toContain("creditClass");
    expect(plan.columns.every((c) => c.existing)).toBe(true);
    expect(plan.settings.output.dropped).toEqual(["hours", "creditClass"]);
    expect(Object.keys(plan.settings.output.columns)).not.toContain("hours");
    const said = again.result.findings.filter((f) => f.code === "output.dropped");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", row: 1 });
    expect(said[0]?.message).toBe(
      "The 'Monthly Hours' and 'Credit Class' columns written by the last run are no longer on the sheet (deleted, or their headers changed): not written this time, nor added back later; their boxes under Rules › Columns to write are now unticked. To have them back, tick them there (in a rules file: output), or type 'Monthly Hours' and 'Credit Class' as the header of an empty column right of the data (one each), and run again.",
    );
    expect(
      rerunOn(grid, first.settings, "zh-CN").result.findings.find((f) => f.code === "output.dropped")
        ?.message,
    ).toBe(
      "上次写入的“月度工时”“资信状况分类”列已不在表中（已删除或表头已改）：本次不再写入，以后也不会再加回，“规则 › 写入的列”中已取消勾选。如需恢复，请在窗格的“规则 › 写入的列”中勾选（规则文件中为 output 项），或在表头行右侧的空列中输入表头“月度工时”“资信状况分类”，再运行分级。",
    );
    // Their switches are saved off: the pane shows their boxes unticked.
    expect(plan.settings.rules.output).toEqual({ ...DEFAULT_RULES.output, hours: false, creditClass: false });
    // The next run with the saved rules (the ribbon's, the pane's) keeps them out in silence.
    const written = applyPlanToGrid(grid, plan);
    const third = runTiering(sheet(written, "S"), {
      asOf: AS_OF,
      rules: plan.settings.rules,
      previous: plan.settings,
    });
    expect(third.plan!.columns.map((c) => c.key)).toEqual(plan.columns.map((c) => c.key));
    expect(third.plan!.settings.output.dropped).toEqual(["hours", "creditClass"]);
    expect(third.plan!.settings.rules.output).toEqual(plan.settings.rules.output);
    expect(third.result.findings.some((f) => f.code === "output.dropped")).toBe(false);
    // A box ticked again (rules that turn it on: the pane's, a rules file's, the defaults) has it back,
    // at the right end, its switch saved on; the other stays out.
    const ticked = { ...plan.settings.rules, output: { ...plan.settings.rules.output, hours: true } };
    const back = runTiering(sheet(written, "S"), {
      asOf: AS_OF,
      rules: ticked,
      previous: plan.settings,
    }).plan!;
    const hours = back.columns.find((c) => c.key === "hours")!;
    expect(hours).toMatchObject({ existing: false, column: Math.max(...back.columns.map((c) => c.column)) });
    expect(listValues(hours).every((v) => typeof v === "number")).toBe(true);
    expect(back.columns.map((c) => c.key)).not.toContain("creditClass");
    expect(back.settings.output.dropped).toEqual(["creditClass"]);
    expect(back.settings.rules.output).toMatchObject({ hours: true, creditClass: false });
    // Saved and read back, the list stands.
    expect(parseSettings(serializeSettings(plan.settings), en).settings?.output.dropped).toEqual([
      "hours",
      "creditClass",
    ]);
  });

  it("is written again where the planner types its header back, in that column", () => {
    const first = firstRun();
    const grid = without(applyPlanToGrid(rows, first), ["Monthly Hours"]);
    const dropped = rerunOn(grid, first.settings).plan!;
    const back = applyPlanToGrid(grid, dropped).map((r) => [...r]);
    const at = (back[0] ?? []).length + 1; // one blank column between
    (back[0] as Cell[])[at] = "月度工时";
    const plan = rerunOn(back, dropped.settings).plan!;
    const hours = plan.columns.find((c) => c.key === "hours");
    expect(hours).toMatchObject({ column: at, existing: true });
    expect(listValues(hours!).every((v) => typeof v === "number")).toBe(true);
    expect(plan.settings.output.dropped).toBeUndefined();
    // Its switch, saved off when it was deleted, is saved on again.
    expect(dropped.settings.rules.output.hours).toBe(false);
    expect(plan.settings.rules.output.hours).toBe(true);
  });

  it("stays out where settings saved before the switches existed say it was deleted, its switch then saved off", () => {
    const first = firstRun();
    const grid = without(applyPlanToGrid(rows, first), ["Monthly Hours"]);
    const second = rerunOn(grid, first.settings).plan!;
    // As such settings read: the deleted column listed, every switch on (the default they load with).
    const legacy: SavedSettings = {
      ...second.settings,
      rules: { ...second.settings.rules, output: DEFAULT_RULES.output },
    };
    const third = rerunOn(applyPlanToGrid(grid, second), legacy);
    expect(third.plan!.columns.map((c) => c.key)).not.toContain("hours");
    expect(third.plan!.settings.output.dropped).toEqual(["hours"]);
    expect(third.plan!.settings.rules.output.hours).toBe(false);
    expect(third.result.findings.map((f) => f.code)).not.toContain("output.dropped");
  });

  it("never takes the tier column, and a sheet that lost all of ours starts again as a first run", () => {
    const first = firstRun();
    const written = applyPlanToGrid(rows, first);
    const noTier = rerunOn(without(written, ["Tier"]), first.settings).plan!;
    expect(noTier.columns.find((c) => c.key === "tier")).toMatchObject({ existing: false });
    expect(noTier.settings.output.dropped).toBeUndefined();
    const none = rerunOn(
      without(
        written,
        first.columns.map((c) => c.header),
      ),
      first.settings,
    ).plan!;
    expect(none.columns.map((c) => c.key)).toEqual(first.columns.map((c) => c.key));
    expect(none.settings.output.dropped).toBeUndefined();
  });

  it("is no concern of a sheet whose columns are not known to be ours", () => {
    const result = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules }).result;
    const dropped = (...args: [SavedSettings | null, boolean, Record<string, number>]) =>
      chooseColumns(...args, result).dropped;
    expect(dropped(null, false, { tier: 3 })).toEqual([]);
    const saved = firstRun().settings;
    expect(dropped(saved, false, { tier: 3 })).toEqual([]);
    expect(dropped(saved, true, { tier: 3 })).toEqual(
      Object.keys(saved.output.columns).filter((k) => k !== "tier"),
    );
    expect(dropped(saved, true, {})).toEqual([]);
  });
});

describe("columns the rules turn off", () => {
  const on = { time: { monthlyCapacityHours: 160 } };
  const off = { ...on, output: { hours: false, timeShare: false } };
  const rows = distributors(12, (i) => [(i * 17) % 120], ["Days Overdue"]);
  const rerunOn = (
    grid: Cell[][],
    previous: SavedSettings,
    rules: object,
    language: "en-US" | "zh-CN" = "en-US",
  ) => runTiering(sheet(grid, "S"), { asOf: AS_OF, rules, previous, language });

  it("are not written on a first run; the tier is written whatever the rules say", () => {
    const plan = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules: off }).plan!;
    const keys = plan.columns.map((c) => c.key);
    expect(keys).not.toContain("hours");
    expect(keys).not.toContain("timeShare");
    expect(keys).toContain("creditClass");
    // Next to each other, with no gap where the columns turned off would have stood.
    expect(plan.columns.map((c) => c.column)).toEqual(keys.map((_, k) => (rows[0] ?? []).length + k));
    const all = Object.fromEntries(Object.keys(DEFAULT_RULES.output).map((k) => [k, false]));
    const only = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules: { output: all } }).plan!;
    expect(only.columns.map((c) => c.key)).toEqual(["tier"]);
    expect(listValues(only.columns[0]!).every((v) => typeof v === "string" && v !== "")).toBe(true);
  });

  it("are cleared where the last run wrote them, headers kept, said once with their letters", () => {
    const first = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules: on }).plan!;
    const grid = applyPlanToGrid(rows, first);
    const again = rerunOn(grid, first.settings, off);
    const plan = again.plan!;
    const hours = plan.columns.find((c) => c.key === "hours")!;
    const before = first.columns.find((c) => c.key === "hours")!;
    expect(hours).toMatchObject({ column: before.column, existing: true, header: "Monthly Hours" });
    expect(listValues(hours).every((v) => v === "")).toBe(true);
    expect(listValues(first.columns.find((c) => c.key === "hours")!).some((v) => v !== "")).toBe(true);
    // Every other column stays where it was, written as before.
    for (const c of plan.columns) expect(c.column).toBe(first.columns.find((f) => f.key === c.key)?.column);
    expect(Object.keys(plan.settings.output.columns)).not.toContain("hours");
    expect(plan.settings.output.dropped).toBeUndefined();
    const said = again.result.findings.filter((f) => f.code === "output.off");
    expect(said).toHaveLength(1);
    const letter = (c: number) => String.fromCharCode(65 + c);
    const timeShare = first.columns.find((c) => c.key === "timeShare")!;
    expect(said[0]).toMatchObject({ severity: "info", row: 1, column: letter(timeShare.column) });
    expect(said[0]?.message).toBe(
      `The rules no longer write 'Sales Time Share' (column ${letter(timeShare.column)}) and 'Monthly Hours' (column ${letter(before.column)}): the last run's values there were cleared and their headers kept; delete them if you do not need them. To have them again, tick them under the pane's Rules › Columns to write (in a rules file: output).`,
    );
    expect(
      rerunOn(grid, first.settings, { ...on, output: { hours: false } }, "zh-CN").result.findings.find(
        (f) => f.code === "output.off",
      )?.message,
    ).toBe(
      `规则中已取消写入“月度工时”（${letter(before.column)}列）：上次写入的内容已清空，表头保留；如不需要，可删除该列。需要时，在窗格的“规则 › 写入的列”中重新勾选（规则文件中为 output 项）即可。`,
    );
    // The run after finds them empty: cleared again, nothing said, nothing taken for deleted.
    const grid2 = applyPlanToGrid(grid, plan);
    const third = rerunOn(grid2, plan.settings, off);
    expect(third.result.findings.map((f) => f.code)).not.toContain("output.off");
    expect(third.result.findings.map((f) => f.code)).not.toContain("output.dropped");
    expect(third.plan!.columns.find((c) => c.key === "hours")).toMatchObject({ existing: true });
    // Turned on again, written in its own column again.
    const back = rerunOn(applyPlanToGrid(grid2, third.plan!), third.plan!.settings, on).plan!;
    const hoursBack = back.columns.find((c) => c.key === "hours")!;
    expect(hoursBack).toMatchObject({ column: before.column, existing: true });
    expect(listValues(hoursBack)).toEqual(listValues(before));
    expect(back.settings.output.columns.hours).toBe("Monthly Hours");
  });

  it("come back at the right end once turned on again, where the planner deleted them meanwhile", () => {
    const first = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules: on }).plan!;
    const cleared = applyPlanToGrid(rows, rerunOn(applyPlanToGrid(rows, first), first.settings, off).plan!);
    const at = (cleared[0] ?? []).indexOf("Monthly Hours");
    const deleted = cleared.map((r) => r.filter((_, c) => c !== at));
    const second = rerunOn(applyPlanToGrid(rows, first), first.settings, off).plan!;
    const third = rerunOn(deleted, second.settings, off);
    expect(third.result.findings.map((f) => f.code)).not.toContain("output.dropped");
    const back = rerunOn(applyPlanToGrid(deleted, third.plan!), third.plan!.settings, on).plan!;
    const hours = back.columns.find((c) => c.key === "hours")!;
    expect(hours.existing).toBe(false);
    expect(hours.column).toBe(Math.max(...back.columns.map((c) => c.column)));
  });

  it("send no one to a column they turn off: the strategy sheet's lists then say how many more, not where", () => {
    const values = sampleSheet("zh");
    const asOf = new Date("2025-11-30");
    const text = (rules: object) =>
      runTiering(sheet(values, "经销商台账"), { asOf, rules, language: "zh-CN" })
        .plan!.strategySheet.rows.map((r) => r.cells.join(""))
        .filter((t) => t.startsWith("另有"));
    // The sample's 33 promotion candidates pass the list's 30: the rest are in the data sheet's column.
    expect(text({})).toContain("另有3家，见数据表的“晋级候选”列。");
    const off = text({ output: { promotion: false } });
    expect(off).toContain("另有3家未在此列出。");
    expect(off.join("")).not.toContain("晋级候选");
    expect(getMessages("en-US").workbook.moreUnlisted(3)).toBe("3 more not listed here.");
  });

  it("a rules file's switch that is not true or false is an error naming it", () => {
    const out = runTiering(sheet(rows, "S"), { asOf: AS_OF, rules: { output: { hours: "no" } } });
    const f = out.result.findings.find((x) => x.code === "rules.invalid");
    expect(f?.message).toContain("output.hours");
    expect(f?.message).toContain("expected true or false");
    expect(out.plan).toBeNull();
  });
});

describe("a column the last run read, gone now", () => {
  const rows: Cell[][] = [["经销商名称", "年销售额", "逾期天数", "资信评级", "负责人"]];
  for (let i = 0; i < 12; i++)
    rows.push([`客户${i}`, 10_000 * (12 - i), i === 2 ? 120 : 0, i === 2 ? "A" : "B", "张三"]);
  const first = () => runTiering(sheet(rows, "S"), { asOf: AS_OF, language: "zh-CN" }).plan!;
  const retitled = (at: number, to: string): Cell[][] =>
    rows.map((r, i) => (i === 0 ? r.map((c, k) => (k === at ? to : c)) : r));

  it("is said under its field, with what the run does without it, and the settings keep what was read", () => {
    const plan = first();
    expect(plan.settings.read).toMatchObject({
      name: "经销商名称",
      revenue: "年销售额",
      overdue: "逾期天数",
      credit: "资信评级",
    });
    expect(parseSettings(serializeSettings(plan.settings), en).settings?.read?.overdue).toBe("逾期天数");
    // 逾期天数 retitled: the 120 days overdue of 客户2 went unflagged, in silence.
    const again = runTiering(sheet(retitled(2, "Col 3"), "S"), { asOf: AS_OF, previous: plan.settings });
    const gone = again.result.findings.filter((f) => f.code === "mapping.gone");
    expect(gone.map((f) => [f.severity, f.row, f.header, f.setting])).toEqual([
      ["warning", 1, "逾期天数", "mapping.overdue"],
    ]);
    expect(gone[0]?.message).toBe(
      "上次分级读取的“逾期天数”列本次未找到（表头可能改过或列已删除）：本次分级未考虑逾期天数，逾期或资信差的客户不会再被提示。如列还在，请在列映射中指定后重新运行。",
    );
    // Retitled to part of itself: the column is named as the one it may be.
    const maybe = runTiering(sheet(retitled(2, "天数"), "S"), { asOf: AS_OF, previous: plan.settings });
    const part = maybe.result.findings.find((f) => f.code === "mapping.gone");
    expect(part?.column).toBe("C");
    expect(part?.message).toMatch(/。C列“天数”可能就是该列，如是，请在列映射中指定后重新运行。$/);
    const owner = runTiering(sheet(retitled(4, "业务"), "S"), {
      asOf: AS_OF,
      previous: plan.settings,
      findingLanguage: "en-US",
    }).result.findings.find((f) => f.code === "mapping.gone");
    expect(owner?.message).toBe(
      "The last run read owner from column '负责人', which is not found now (its header changed, or the column was deleted): this run is tiered without it. If the column is still there, map it and run again.",
    );
  });

  it("is not said where its column is still there, headed as it was, though no longer read for the field", () => {
    // An earlier version read 信用期（天） (a credit term) as the credit, and saved it as read: the
    // column has not gone, this run only knows better.
    const term: Cell[][] = rows.map((r, i) => [...r, i === 0 ? "信用期（天）" : 30]);
    const plan = runTiering(sheet(term, "S"), { asOf: AS_OF, language: "zh-CN" }).plan!;
    const older = { ...plan.settings, read: { ...plan.settings.read, credit: "信用期（天）" } };
    const noRating = term.map((r) => r.filter((_, k) => k !== 3));
    const again = runTiering(sheet(noRating, "S"), { asOf: AS_OF, previous: older });
    expect(again.result.header.mapping.credit).toBeUndefined();
    expect(again.result.findings.filter((f) => f.code === "mapping.gone")).toEqual([]);
    // Gone indeed (the column deleted), it is said.
    const deleted = runTiering(
      sheet(
        noRating.map((r) => r.slice(0, -1)),
        "S",
      ),
      { asOf: AS_OF, previous: older },
    );
    expect(deleted.result.findings.filter((f) => f.code === "mapping.gone").map((f) => f.header)).toEqual([
      "信用期（天）",
    ]);
  });

  it("is not said where it is found, chosen again in this run, or the settings are another sheet's", () => {
    const plan = first();
    const same = runTiering(sheet(rows, "S"), { asOf: AS_OF, previous: plan.settings });
    expect(same.result.findings.some((f) => f.code === "mapping.gone")).toBe(false);
    const chosen = runTiering(sheet(retitled(2, "天数"), "S"), {
      asOf: AS_OF,
      previous: plan.settings,
      mapping: { overdue: "天数" },
    });
    expect(chosen.result.findings.some((f) => f.code === "mapping.gone")).toBe(false);
    expect(chosen.result.accounts.find((a) => a.name === "客户2")?.credit).toBe("D");
    const other = runTiering(sheet(retitled(2, "天数"), "T"), { asOf: AS_OF, previous: plan.settings });
    expect(other.result.findings.some((f) => f.code === "mapping.gone")).toBe(false);
  });
});

describe("the header cell whose look our headers take (WritePlan.headerLook)", () => {
  const table = (values: Cell[][], more: Partial<SheetTable> = {}): SheetTable => ({
    sheetName: "S",
    values,
    origin: { row: 2, column: 1 },
    ...more,
  });
  it("is the rightmost non-empty header cell of the user's, not ours, not in a merged area", () => {
    const values: Cell[][] = [["经销商名称", "销售额", null, "备注", "渠道分级"]];
    // Sheet columns B… (origin column 1): 备注 is E (4), our 渠道分级 F (5).
    expect(headerLookColumn(table(values), 0, new Set([5]))).toBe(4);
    expect(headerLookColumn(table(values), 0, new Set([4, 5]))).toBe(2);
    const merged = { mergedAreas: [{ row: 1, column: 4, rows: 2, columns: 1 }] };
    expect(headerLookColumn(table(values, merged), 0, new Set([5]))).toBe(2);
    expect(headerLookColumn(table([[null, " "]]), 0, new Set())).toBeUndefined();
  });

  it("is in the plan where the data is no Excel table, and left out for a table (its style draws the header)", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue", "Region"],
      ...Array.from({ length: 12 }, (_, i) => [`Dealer ${i}`, 100 * (i + 1), "East"] as Cell[]),
    ];
    const plain = runTiering(
      { sheetName: "S", values, origin: { row: 0, column: 0 } },
      { language: "en-US", asOf: AS_OF },
    );
    expect(plain.plan?.headerLook).toBe(2);
    const inTable = runTiering(
      { sheetName: "S", values, origin: { row: 0, column: 0 }, tableName: "T" },
      { language: "en-US", asOf: AS_OF },
    );
    expect(inTable.plan?.headerLook).toBeUndefined();
  });
});

describe("a new column's width where the header's look is set in larger type (headerFitWidth)", () => {
  const column = { header: "重要性得分", width: 14 } as Parameters<typeof headerFitWidth>[0];
  it("fits the header at that size, never narrower than the plan's width, at most 40", () => {
    expect(headerFitWidth(column, undefined, 11)).toBe(14);
    expect(headerFitWidth(column, 11, 11)).toBe(14);
    expect(headerFitWidth(column, 10, 11)).toBe(14);
    // 10 display units (Chinese counts double) at 14 points: 13 + 4 for bold type and the filter button.
    expect(headerFitWidth(column, 14, 11)).toBe(17);
    expect(headerFitWidth({ ...column, width: 56 }, 14, 11)).toBe(56);
    expect(headerFitWidth(column, 72, 11, "一个很长很长很长的表头文字")).toBe(40);
  });
  it("counts in the workbook's base font: a header as large as the base needs no more room", () => {
    // Widths count the base font's digits: a 14-point workbook's 14-point header fits the plan's width.
    expect(headerFitWidth(column, 14, 14)).toBe(14);
    // 18 over 14 is as 14 over 11 was: 10 units × 18 / 14 → 13, + 4.
    expect(headerFitWidth(column, 18, 14)).toBe(17);
    // A base no cell can take counts as Excel's 11.
    expect(headerFitWidth(column, 14, Number.NaN)).toBe(17);
  });
});

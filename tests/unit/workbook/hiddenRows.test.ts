import fc from "fast-check";
import type { Cell, Language } from "../../../src/engine";
import { type SheetTable, runTiering } from "../../../src/workbook";

const AS_OF = new Date("2025-11-30T00:00:00Z");

/** A title row, the header on sheet row 3, then `n` dealers from row 4, the data from column B. */
const sheet = (n: number, hiddenRows: number[]): SheetTable => ({
  sheetName: "经销商",
  values: [
    ["2025年经销商台账", null, null],
    [null, null, null],
    ["经销商名称", "年销售额（万元）", "区域"],
    ...Array.from({ length: n }, (_, i): Cell[] => [`商贸${i + 1}`, (n - i) * 10, "华东"]),
  ],
  origin: { row: 0, column: 1 },
  hiddenRows,
});
const said = (table: SheetTable, language?: Language) =>
  runTiering(table, { asOf: AS_OF, language }).result.findings.filter((f) => f.code === "rows.hidden");

describe("accounts on hidden rows", () => {
  it("are said first, on the first such row, the first five named and the rest counted", () => {
    // Sheet rows 5, 7, …, 19 (0-based 4, 6, …, 18) hidden, and the title row: 8 accounts.
    const table = sheet(20, [0, 4, 6, 8, 10, 12, 14, 16, 18]);
    const findings = runTiering(table, { asOf: AS_OF }).result.findings;
    expect(findings[0]).toEqual({
      code: "rows.hidden",
      severity: "warning",
      row: 5,
      // The sheet's data starts in column B: the name column.
      column: "B",
      header: "经销商名称",
      // On a hidden row itself: the pane's "go to row" says so.
      rowHidden: true,
      message:
        "第5、7、9、11、13行等8行已隐藏（筛选或手动隐藏），仍与其他行一起分级并写入结果：分级是在全部20家经销商中比较得出的，筛选只改变显示。如只想对其中一部分经销商分级，请把这些行复制到一张新表后再运行。",
    });
    expect(said(table, "en-US")[0]?.message).toBe(
      "Rows 5, 7, 9, 11, 13 and 3 more are hidden (by a filter or by hand) and were tiered and written with the others: tiers compare all 20 accounts of the sheet, and a filter only changes what is shown. To tier some accounts alone, copy their rows to a new sheet and run it there.",
    );
  });

  it("say one row as one, and the tiers are those of the same sheet with nothing hidden", () => {
    const one = runTiering(sheet(12, [3]), { asOf: AS_OF, language: "en-US" });
    expect(one.result.findings.filter((f) => f.code === "rows.hidden").map((f) => f.message)).toEqual([
      "Row 4 is hidden (by a filter or by hand) and was tiered and written with the others: tiers compare all 12 accounts of the sheet, and a filter only changes what is shown. To tier some accounts alone, copy their rows to a new sheet and run it there.",
    ]);
    const shown = runTiering(sheet(12, []), { asOf: AS_OF, language: "en-US" });
    expect(Array.from(one.result.table.tier)).toEqual(Array.from(shown.result.table.tier));
  });

  it("mark every finding on a hidden row, for the pane's 'go to row', and none on a row shown", () => {
    const table = sheet(6, [4]);
    const values = table.values.map((row) => row.slice());
    // Sales in words on sheet row 5 (hidden) and row 6 (shown).
    (values[4] as Cell[])[1] = "待定";
    (values[5] as Cell[])[1] = "待定";
    const findings = runTiering({ ...table, values }, { asOf: AS_OF }).result.findings;
    const onRow = (row: number) => findings.filter((f) => f.row === row && f.code !== "rows.hidden");
    expect(onRow(5).length).toBeGreaterThan(0);
    expect(onRow(5).every((f) => f.rowHidden === true)).toBe(true);
    expect(onRow(6).length).toBeGreaterThan(0);
    expect(onRow(6).some((f) => f.rowHidden)).toBe(false);
  });

  it("say nothing where the hidden rows hold no account (a title, a blank row, the header)", () => {
    expect(said(sheet(12, [0, 1, 2]))).toEqual([]);
    expect(said(sheet(12, []))).toEqual([]);
  });
});

describe("hiding rows (property)", () => {
  it("never changes a tier, a score or what is written, and the count is the hidden accounts'", () => {
    const dealer = fc.record({
      // Sales as words at times: a finding on that row, hidden or not.
      revenue: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant(null), fc.constant("待定")),
      hidden: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(dealer, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (dealers, headerHidden) => {
          const values: Cell[][] = [
            ["经销商名称", "年销售额（万元）"],
            ...dealers.map((d, i): Cell[] => [`商贸${i + 1}`, d.revenue]),
          ];
          const plain: SheetTable = { sheetName: "经销商", values, origin: { row: 0, column: 0 } };
          // The header row hidden too, at times (a filter never hides it; a hand may): it holds no account.
          const hiddenRows = [
            ...(headerHidden ? [0] : []),
            ...dealers.flatMap((d, i) => (d.hidden ? [i + 1] : [])),
          ];
          const shown = runTiering(plain, { asOf: AS_OF });
          const filtered = runTiering({ ...plain, hiddenRows }, { asOf: AS_OF });
          expect(Array.from(filtered.result.table.tier)).toEqual(Array.from(shown.result.table.tier));
          expect(Array.from(filtered.result.table.score)).toEqual(Array.from(shown.result.table.score));
          expect(filtered.plan?.columns.map((c) => c.header)).toEqual(
            shown.plan?.columns.map((c) => c.header),
          );
          const count = dealers.filter((d) => d.hidden).length;
          expect(filtered.hiddenAccounts).toBe(count);
          expect(filtered.result.findings.filter((f) => f.code === "rows.hidden")).toHaveLength(
            count > 0 ? 1 : 0,
          );
          expect(shown.result.findings.filter((f) => f.code === "rows.hidden")).toHaveLength(0);
          // A finding on a hidden row says so (the pane's "go to row" does); no other does.
          const onRows = filtered.result.findings.filter((f) => f.row !== undefined);
          for (const f of onRows)
            expect([f.row, f.rowHidden === true]).toEqual([f.row, hiddenRows.includes((f.row ?? 0) - 1)]);
          expect(shown.result.findings.some((f) => f.rowHidden)).toBe(false);
          if (dealers.some((d) => d.hidden && d.revenue === "待定"))
            expect(onRows.some((f) => f.code !== "rows.hidden" && f.rowHidden)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Taking a run back: planRemoval finds our columns by the settings of a run on that very sheet, and
 * clearing them gives the sheet back as it was, whichever columns the run wrote and however the header
 * is laid out. The add-in's removal (tests/unit/excel/adapter.test.ts) and the demo's apply this plan.
 */
import type { Cell } from "../../../src/engine";
import { applyPlanToGrid, clearRemovalFromGrid, createDemoDoor } from "../../../src/taskpane/demo/demoDoor";
import { SAMPLE_AS_OF, sampleSheet } from "../../../src/taskpane/demo/sampleSheet";
import { createCompute } from "../../../src/taskpane/compute";
import { type SheetTable, planRemoval, runTiering, sheetToTakeBack } from "../../../src/workbook";

/** A row without its trailing blanks, as the cleared grid keeps it. */
function trim(row: readonly Cell[]): Cell[] {
  let n = row.length;
  while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined || row[n - 1] === "")) n--;
  return row.slice(0, n);
}

describe("planRemoval", () => {
  it.each(["zh", "en"] as const)(
    "gives the %s sample back cell for cell after a run and a re-run with other rules",
    (lang) => {
      const sheetName = lang === "zh" ? "经销商台账" : "Distributors";
      const original = sampleSheet(lang);
      const table = (values: Cell[][]): SheetTable => ({ sheetName, values, origin: { row: 0, column: 0 } });
      let values = original;
      const first = runTiering(table(values), { asOf: SAMPLE_AS_OF }).plan!;
      values = applyPlanToGrid(values, first);
      const rules = { tiering: { keyShare: 0.2 }, output: { reason: false } };
      const second = runTiering(table(values), { asOf: SAMPLE_AS_OF, previous: first.settings, rules }).plan!;
      values = applyPlanToGrid(values, second);
      const names = [
        sheetName,
        second.settings.output.strategySheet,
        second.settings.output.changeLogSheet,
        "Notes",
      ];
      const plan = planRemoval(table(values), second.settings, names);
      // Every column either run wrote, the one the second turned off (its header kept) too.
      expect(plan.columns.map((c) => c.key).sort()).toEqual(first.columns.map((c) => c.key).sort());
      expect(plan.sheets).toEqual([
        second.settings.output.strategySheet,
        second.settings.output.changeLogSheet,
      ]);
      expect(clearRemovalFromGrid(values, plan)).toEqual(original.map(trim));
    },
  );

  it("takes nothing on a sheet the settings are not of, or where our headers are gone", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue"],
      ["A", 300],
      ["B", 200],
      ["C", 100],
    ];
    const sheet: SheetTable = { sheetName: "Dealers", values, origin: { row: 0, column: 0 } };
    const plan = runTiering(sheet, { asOf: SAMPLE_AS_OF }).plan!;
    const written = applyPlanToGrid(values, plan);
    // A copy of the sheet under another name: its "Tier" column is the user's now.
    const copy = planRemoval({ ...sheet, sheetName: "Dealers (2)", values: written }, plan.settings, [
      "Dealers (2)",
    ]);
    expect(copy).toMatchObject({ sheetName: null, columns: [], sheets: [] });
    // The planner retitled our tier column: it is theirs, and stays.
    const retitled = written.map((r, i) => (i === 0 ? r.map((h) => (h === "Tier" ? "My tier" : h)) : r));
    const plan2 = planRemoval({ ...sheet, values: retitled }, plan.settings, ["Dealers"]);
    expect(plan2.columns.map((c) => c.header)).not.toContain("My tier");
    expect(plan2.columns.length).toBe(plan.columns.length - 1);
  });
});

describe("the demo's removal", () => {
  it("gives the sample's header back as it was, and then there is nothing left to take back", async () => {
    const door = createDemoDoor("en", createCompute());
    const options = {
      language: "en-US" as const,
      rules: undefined,
      mapping: {},
      useSelection: false,
      onProgress: () => undefined,
      isCancelled: () => false,
    };
    const before = (await door.preview(options)).headers;
    await door.run(options);
    expect((await door.preview(options)).headers.length).toBeGreaterThan(before.length);
    expect(await door.removeTiering("en-US")).toMatchObject({ removed: true, sheetName: "Distributors" });
    expect((await door.preview(options)).headers).toEqual(before);
    expect(await door.removeTiering("en-US")).toMatchObject({ removed: false });
  });
});

describe("sheetToTakeBack", () => {
  const values = sampleSheet("en");
  const table = (sheetName: string, grid: Cell[][]): SheetTable => ({
    sheetName,
    values: grid,
    origin: { row: 0, column: 0 },
  });
  const plan = runTiering(table("Distributors", values), { asOf: SAMPLE_AS_OF }).plan!;
  const tiered = applyPlanToGrid(values, plan);
  const saved = plan.settings;

  it("is the sheet the settings name, or that sheet renamed (every header the run wrote in one row)", () => {
    expect(sheetToTakeBack(saved, ["Distributors", "Notes"], [])).toBe("Distributors");
    // Renamed in case only: Excel takes the names for one, and so does the removal.
    expect(sheetToTakeBack(saved, ["DISTRIBUTORS", "Notes"], [])).toBe("DISTRIBUTORS");
    const heads = [
      { name: "Notes", head: [["Call Ann"]] },
      { name: "Distributors 2026", head: tiered.slice(0, 40) },
    ];
    expect(sheetToTakeBack(saved, ["Notes", "Distributors 2026"], heads)).toBe("Distributors 2026");
  });

  it("is none where no sheet has all of the run's headers, or two have (a copy: which is the run's?)", () => {
    const untiered = [{ name: "Distributors 2026", head: values.slice(0, 40) }];
    expect(sheetToTakeBack(saved, ["Distributors 2026"], untiered)).toBeUndefined();
    const two = [
      { name: "A", head: tiered.slice(0, 40) },
      { name: "B", head: tiered.slice(0, 40) },
    ];
    expect(sheetToTakeBack(saved, ["A", "B"], two)).toBeUndefined();
  });
});

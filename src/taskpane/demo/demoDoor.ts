import { type Cell, excelSerialOf } from "../../engine";
import {
  type RemovalPlan,
  type SavedSettings,
  type SheetTable,
  type WritePlan,
  planRemoval,
} from "../../workbook";
import {
  type Compute,
  type Door,
  type DoorResult,
  type DoorRunOptions,
  headerTexts,
  rangeAddress,
} from "../door";
import { SAMPLE_AS_OF, type SampleLanguage, sampleSheet } from "./sampleSheet";

/**
 * Applies a write plan to an in-memory grid the way the Excel adapter applies it to a sheet: output
 * columns written right of the data (or over the earlier ones), a kept cell and everything else untouched.
 * @example applyPlanToGrid(values, plan)[plan.headerRow][plan.columns[0].column] // "渠道分级"
 */
export function applyPlanToGrid(values: readonly (readonly Cell[])[], plan: WritePlan): Cell[][] {
  const out = values.map((r) => [...r]);
  for (const c of plan.columns) {
    const header = (out[plan.headerRow] ??= []);
    header[c.column] = c.header;
    // A planner's own note stays as it is, as the adapter leaves it.
    const kept = new Set(c.kept ?? []);
    for (let k = 0; k < c.values.length; k++) {
      if (kept.has(k)) continue;
      const v = c.values.at(k) ?? null;
      const row = (out[plan.firstRow + k] ??= []);
      row[c.column] = v === "" ? null : v;
    }
  }
  return out;
}

/**
 * Takes a removal plan back from an in-memory grid as the Excel adapter clears a sheet: our columns'
 * cells from the header to the last row emptied, each row's trailing blanks dropped.
 * @example clearRemovalFromGrid(applyPlanToGrid(values, plan), planRemoval(…)) // values again
 */
export function clearRemovalFromGrid(values: readonly (readonly Cell[])[], plan: RemovalPlan): Cell[][] {
  return values.map((row, r) => {
    const out = [...row];
    if (r >= plan.headerRow && r <= plan.lastRow) for (const c of plan.columns) out[c.column] = null;
    let n = out.length;
    while (n > 0 && (out[n - 1] === null || out[n - 1] === undefined)) n--;
    return out.slice(0, n);
  });
}

/**
 * The demo door: the built-in sample workbook in memory, tiered and written exactly as a workbook would
 * be, with the written columns shown in a preview table.
 * @example const door = createDemoDoor("zh", createCompute())
 */
export function createDemoDoor(sample: SampleLanguage, compute: Compute): Door {
  const sheetName = sample === "zh" ? "经销商台账" : "Distributors";
  let values: Cell[][] = sampleSheet(sample);
  let saved: SavedSettings | null = null;
  const listeners = new Set<() => void>();

  const go = async (o: DoorRunOptions, write: boolean): Promise<DoorResult> => {
    const table: SheetTable = { sheetName, values, origin: { row: 0, column: 0 } };
    o.onProgress("reading", values.length, values.length);
    o.onProgress("tiering", 0, values.length);
    const outcome = await compute(table, {
      language: o.language,
      rules: o.rules,
      mapping: o.mapping,
      previous: saved,
      asOf: SAMPLE_AS_OF,
    });
    let written = null;
    if (write && outcome.plan && !o.isCancelled()) {
      o.onProgress("writing", 0, outcome.plan.rowCount);
      values = applyPlanToGrid(values, outcome.plan);
      saved = outcome.plan.settings;
      o.onProgress("writing", outcome.plan.rowCount, outcome.plan.rowCount);
    }
    if (outcome.plan) {
      const plan = outcome.plan;
      const nameColumn = outcome.header.mapping.name ?? 0;
      // The sample is small: every row goes to the preview, which pages through it.
      const shown = plan.rowCount;
      // A row's values as written: a column cleared (turned off since the last run) holds none.
      const columns = plan.columns.filter((c) => !c.cleared);
      written = {
        headers: [String(values[plan.headerRow]?.[nameColumn] ?? ""), ...columns.map((c) => c.header)],
        keys: columns.map((c) => c.key),
        percent: [false, ...columns.map((c) => c.kind === "percent")],
        dates: [false, ...columns.map((c) => /yyyy/i.test(c.numberFormat))],
        rows: Array.from({ length: shown }, (_, k) => [
          values[plan.firstRow + k]?.[nameColumn] ?? null,
          ...columns.map((c) => c.values.at(k) ?? null),
        ]),
        firstRow: plan.firstRow + 1,
        total: plan.rowCount,
        today: excelSerialOf(SAMPLE_AS_OF.getTime()),
      };
    }
    return {
      sheetName,
      range: rangeAddress(table),
      rowCount: values.length,
      outcome,
      headers: headerTexts(table, outcome),
      written,
      savedRules: saved?.rules ?? null,
    };
  };

  return {
    mode: "demo",
    preview: (o) => go(o, false),
    run: (o) => go(o, true),
    forget: () => undefined,
    // The sample's saved data is the last run's settings, kept here: gone, the next run is a first one.
    removeSaved: async () => {
      const had = saved !== null;
      saved = null;
      return had;
    },
    // The sample's columns of ours cleared, as the add-in clears them in a workbook (the same plan); the
    // strategy sheet and change log a run "wrote" are named as deleted.
    removeTiering: async () => {
      if (!saved) return { removed: false, sheetName: null, columns: [], sheets: [] };
      const table: SheetTable = { sheetName, values, origin: { row: 0, column: 0 } };
      const plan = planRemoval(table, saved, [
        sheetName,
        saved.output.strategySheet,
        saved.output.changeLogSheet,
      ]);
      values = clearRemovalFromGrid(values, plan);
      saved = null;
      return {
        removed: true,
        sheetName: plan.sheetName,
        columns: plan.columns.map((c) => c.header),
        sheets: plan.sheets,
      };
    },
    // The demo's "sheet" is the preview: the pane shows and focuses the row (see PreviewCards).
    goToCell: async () => undefined,
    onDataChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

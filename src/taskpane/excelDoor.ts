import { isBlankCell } from "../engine";
import {
  type ExcelTable,
  oneAtATime,
  onUserEdit,
  removeSettings,
  removeTiering,
  runInExcel,
  supports,
  tierInExcel,
} from "../excel";
import { getMessages } from "../i18n";
import type { SavedSettings } from "../workbook";
import type { Compute, Door, DoorResult, DoorRunOptions } from "./door";
import { headerTexts, rangeAddress } from "./door";

/**
 * The pane's door into a live workbook: every call is one batch (`runInExcel`), reading and writing through
 * `excel/`, the engine in a worker.
 * @example const door = createExcelDoor(createCompute())
 */
export function createExcelDoor(compute: Compute): Door {
  // The last sheet read for a preview: a change of rules or mapping re-tiers it without reading a
  // million rows again. An edit, "read again" or a run drops it; another active sheet bypasses it; a
  // selection is always read afresh (it changes without an event we hear).
  let cache: { table: ExcelTable; saved: SavedSettings | null } | null = null;
  // One run at a time with the ribbon's (they share this runtime): a second waits for the first.
  const go = (o: DoorRunOptions, dryRun: boolean): Promise<DoorResult> =>
    oneAtATime(() => runOnce(o, dryRun), { writes: !dryRun });
  const runOnce = (o: DoorRunOptions, dryRun: boolean): Promise<DoorResult> =>
    runInExcel(async (context) => {
      let reuse: { table: ExcelTable; saved: SavedSettings | null } | undefined;
      if (dryRun && !o.useSelection && cache) {
        const active = context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
        await context.sync();
        if (active.name === cache.table.sheetName) reuse = cache;
      }
      const result = await tierInExcel(context, {
        reuse,
        language: o.language,
        rules: o.rules,
        mapping: o.mapping,
        useSelection: o.useSelection,
        supports,
        onProgress: o.onProgress,
        isCancelled: o.isCancelled,
        asOf: new Date(),
        dryRun,
        compute,
      });
      cache = dryRun && !o.useSelection ? { table: result.table, saved: result.saved } : null;
      const rows = result.table.values.filter((r) => !r.every((c) => isBlankCell(c))).length;
      return {
        sheetName: result.table.sheetName,
        range: rangeAddress(result.table),
        rowCount: rows,
        outcome: result.outcome,
        headers: headerTexts(result.table, result.outcome),
        written: null,
        savedRules: result.saved?.rules ?? null,
      };
    });
  return {
    mode: "excel",
    preview: (o) => go(o, true),
    run: (o) => go(o, false),
    // Waits while the user is editing a cell (instead of failing), like every other call of the pane.
    goToCell: (sheet, row, column) =>
      runInExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(`${column}${row}`).select();
        await context.sync();
      }),
    forget: () => {
      cache = null;
    },
    // A write like a run's: it waits for one in progress (the ribbon's too).
    removeSaved: (language) =>
      oneAtATime(
        () =>
          runInExcel(async (context) => {
            cache = null;
            return removeSettings(context, getMessages(language).excel);
          }),
        { writes: true },
      ),
    removeTiering: (language) =>
      oneAtATime(
        () =>
          runInExcel(async (context) => {
            cache = null;
            return removeTiering(context, { language, supports });
          }),
        { writes: true },
      ),
    onDataChanged: (listener) =>
      onUserEdit(() => {
        cache = null;
        listener();
      }),
  };
}

import { isBlankCell } from "../engine";
import { type ExcelTable, isOwnChange, oneAtATime, tierInExcel } from "../excel";
import type { SavedSettings } from "../workbook";
import type { Compute, Door, DoorResult, DoorRunOptions } from "./door";
import { headerTexts, rangeAddress } from "./door";

/**
 * The pane's door into a live workbook: every call is one `Excel.run`, reading and writing through
 * `excel/`, the engine in a worker.
 * @example const door = createExcelDoor(createCompute())
 */
export function createExcelDoor(compute: Compute): Door {
  const supports = (set: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(set, version);
  // The last sheet read for a preview: a change of rules or mapping re-tiers it without reading a
  // million rows again. An edit, "read again" or a run drops it; another active sheet bypasses it; a
  // selection is always read afresh (it changes without an event we hear).
  let cache: { table: ExcelTable; saved: SavedSettings | null } | null = null;
  // One run at a time with the ribbon's (they share this runtime): a second waits for the first.
  const go = (o: DoorRunOptions, dryRun: boolean): Promise<DoorResult> =>
    oneAtATime(() => runOnce(o, dryRun), { writes: !dryRun });
  const runOnce = (o: DoorRunOptions, dryRun: boolean): Promise<DoorResult> =>
    Excel.run({ delayForCellEdit: true }, async (context) => {
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
      Excel.run({ delayForCellEdit: true }, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(`${column}${row}`).select();
        await context.sync();
      }),
    forget: () => {
      cache = null;
    },
    onDataChanged: (listener) => {
      let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
      void Excel.run(async (context) => {
        // Any sheet's edits where the API allows (ExcelApi 1.9), else the active sheet's (1.7).
        const source = supports("ExcelApi", "1.9")
          ? context.workbook.worksheets
          : context.workbook.worksheets.getActiveWorksheet();
        handler = source.onChanged.add(async (event) => {
          // Our own writes fire this event too (Excel: "triggered by add-in code"): only the user's
          // edits make the result out of date.
          if (isOwnChange(event)) return;
          cache = null;
          listener();
        });
        await context.sync();
      }).catch(() => {
        // Without the event the pane still works; it only cannot say that the sheet changed.
      });
      return () => {
        const h = handler as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
        if (h)
          void Excel.run(h.context, async (context) => {
            h.remove();
            await context.sync();
          }).catch(() => undefined);
      };
    },
  };
}

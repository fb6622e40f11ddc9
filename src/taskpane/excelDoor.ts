import { isBlankCell } from "../engine";
import { type ExcelTable, tierInExcel } from "../excel";
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
  const go = (o: DoorRunOptions, dryRun: boolean): Promise<DoorResult> =>
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
    goToCell: (sheet, row, column) =>
      Excel.run(async (context) => {
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
        handler = source.onChanged.add(async () => {
          cache = null;
          listener();
        });
        await context.sync();
      });
      return () => {
        const h = handler as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
        if (h)
          void Excel.run(h.context, async (context) => {
            h.remove();
            await context.sync();
          });
      };
    },
  };
}

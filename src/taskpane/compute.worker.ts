import { type RunOptions, type SheetTable, runTiering, toPlainOutcome } from "../workbook";

// The engine, off the pane's thread.
self.onmessage = (event: MessageEvent<{ table: SheetTable; options: RunOptions }>) => {
  try {
    const outcome = toPlainOutcome(runTiering(event.data.table, event.data.options));
    self.postMessage({ ok: true, outcome });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

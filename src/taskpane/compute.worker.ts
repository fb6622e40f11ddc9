import { type RunOptions, type SheetTable, runToPlainOutcome } from "../workbook";

// The engine, off the pane's thread. Each request carries an id; the reply returns it.
self.onmessage = (event: MessageEvent<{ id: number; table: SheetTable; options: RunOptions }>) => {
  const { id, table, options } = event.data;
  try {
    self.postMessage({ id, ok: true, outcome: runToPlainOutcome(table, options) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

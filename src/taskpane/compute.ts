import type { PlainOutcome, RunOptions, SheetTable } from "../workbook";
import type { Compute } from "./door";

/**
 * Runs the engine in a Web Worker so the pane stays responsive on a million rows; where workers are
 * unavailable (tests), in this thread.
 * @example const outcome = await createCompute()(table, { asOf: new Date() })
 */
export function createCompute(): Compute {
  if (typeof Worker === "undefined") {
    return async (table, options) => {
      const { runTiering, toPlainOutcome } = await import(
        /* webpackChunkName: "engine" */ "../workbook/runTiering"
      );
      return toPlainOutcome(runTiering(table, options));
    };
  }
  return (table: SheetTable, options: RunOptions) =>
    new Promise<PlainOutcome>((resolve, reject) => {
      const worker = new Worker(new URL("./compute.worker.ts", import.meta.url));
      worker.onmessage = (
        event: MessageEvent<{ ok: true; outcome: PlainOutcome } | { ok: false; message: string }>,
      ) => {
        worker.terminate();
        if (event.data.ok) resolve(event.data.outcome);
        else reject(new Error(event.data.message));
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message));
      };
      worker.postMessage({ table, options });
    });
}

import type { PlainOutcome, RunOptions, SheetTable } from "../workbook";
import type { Compute } from "./door";

type Reply = { id: number } & ({ ok: true; outcome: PlainOutcome } | { ok: false; message: string });

let shared: Compute | null = null;

/**
 * The one compute of this runtime: the pane and the ribbon share it (the manifest's shared runtime), so
 * they share one worker.
 * @example const outcome = await sharedCompute()(table, { asOf: new Date() })
 */
export function sharedCompute(): Compute {
  shared ??= createCompute();
  return shared;
}

/**
 * Runs the engine in one Web Worker, kept for the pane's life, so the pane stays responsive on a
 * million rows and a preview after each rule change does not start a worker anew. Where workers are
 * unavailable (tests), in this thread.
 * @example const outcome = await createCompute()(table, { asOf: new Date() })
 */
export function createCompute(): Compute {
  if (typeof Worker === "undefined") {
    return async (table, options) => {
      const { runToPlainOutcome } = await import(/* webpackChunkName: "engine" */ "../workbook/runTiering");
      return runToPlainOutcome(table, options);
    };
  }
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (o: PlainOutcome) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    const w = new Worker(new URL("./compute.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.outcome);
      else waiting?.reject(new Error(reply.message));
    };
    w.onerror = (event) => {
      // A crashed worker fails what it held; the next request starts a fresh one.
      for (const p of pending.values()) p.reject(new Error(event.message));
      pending.clear();
      w.terminate();
      worker = null;
    };
    return w;
  };
  return (table: SheetTable, options: RunOptions) =>
    new Promise<PlainOutcome>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, table, options });
    });
}

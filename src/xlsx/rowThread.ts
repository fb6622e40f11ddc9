import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { type MergeLayout, type RowSource, type SheetEnds, mergeRows } from "./mergeRows";
import { type DeflatedPart, type ZipEntry, takeInflation, partChunks, slicesOf } from "./zip";

/**
 * The data sheet's write on two threads. Writing a large sheet was bound by one core: building our
 * cells (the notes, the reasons, the heights their text takes) and, for every row, splitting the user's
 * row out of the sheet, appending ours, encoding it and checksumming it, while the second core only
 * deflated. Here this thread builds our cells, batch by batch, and a worker merges them into the user's
 * rows and deflates (mergeRows.ts). Measured at a million rows, this thread's half is the larger (32 s
 * against the worker's ~20 s, which shares its core with deflate): sending the worker our values instead
 * of our cells, for it to build them, left this thread 14 s and the worker 41 s, and was no faster.
 */

/** Our cells as this thread builds them: the k-th of `ours` (sheet order) on 0-based sheet row r. */
export type RowCells = {
  readonly ours: readonly number[];
  readonly cell: (k: number, r: number) => string;
  readonly height: (r: number) => number | undefined;
};

/** Our cells straight from `cells`, for a merge on this thread. */
export function rowSource(cells: RowCells): RowSource {
  const { ours } = cells;
  return {
    ready: () => undefined,
    xml: (r) => {
      let xml = "";
      for (let k = 0; k < ours.length; k++) xml += cells.cell(k, r);
      return xml;
    },
    list: (r) => ours.map((column, k) => ({ column, xml: cells.cell(k, r) })),
    height: cells.height,
  };
}

/**
 * Sheets from this size (inflated XML) on are written on two threads: about 19,000 rows of fifteen
 * columns. Below it the worker gains little for the 55-70 MB it costs (forced on, 10,000 rows were
 * 0.14 s faster and 20,000 rows 0.03 s slower, means of three alternate pairs).
 */
export const ROW_THREAD_BYTES = 8 << 20;

/**
 * The script a worker runs for the merge: the CLI bundle's own file (it serves the merge when loaded
 * on a worker), for a sheet of `ROW_THREAD_BYTES` or more. Undefined (one thread) when running from
 * source (the unit tests), for a small sheet, or when CHANNEL_TIERING_ROW_THREAD is "0"; "1" asks for
 * the worker at any size (the integration tests compare both ways' output byte for byte).
 */
export function rowThreadScript(entry: ZipEntry): string | undefined {
  if (process.env.CHANNEL_TIERING_BUNDLE !== "1" || typeof __filename !== "string") return undefined;
  const asked = process.env.CHANNEL_TIERING_ROW_THREAD;
  if (asked === "0") return undefined;
  return asked === "1" || entry.size >= ROW_THREAD_BYTES ? __filename : undefined;
}

const TASK = "channel-tiering:merge-rows";

/**
 * Workers that have done another task on the same sheet (its check: checkSheet.ts) and wait for the
 * merge, so that the merge does not wait for a worker to start (a cold worker loads and compiles the
 * bundle: ~0.1 s, and the sheet's check has the bundle warm). Keyed by the sheet's entry; a worker that
 * exits before it is taken is dropped.
 */
const spareWorkers = new WeakMap<ZipEntry, Worker>();

/** Offers a worker that can serve the merge of this sheet (it listens for `TASK` with the merge's data). */
export function offerRowWorker(entry: ZipEntry, worker: Worker): void {
  spareWorkers.set(entry, worker);
  worker.once("exit", () => {
    if (spareWorkers.get(entry) === worker) spareWorkers.delete(entry);
  });
}

/** The merge's data, as workerData or as the message that hands a spare worker the merge. */
type MergeData = {
  readonly task: typeof TASK;
  readonly layout: MergeLayout;
  readonly whole?: Uint8Array;
  readonly entry?: Omit<ZipEntry, "raw"> & { raw: Uint8Array };
};
/** Rows of our cells a message carries (about 2 MB of XML for a row's dozen cells), and how many may wait. */
const BATCH_ROWS = 2048;
const AHEAD = 3;
/** A batch's first buffer: room for 2,048 rows of 1 KB of text (a buffer grows for longer rows, and is kept). */
const BATCH_BUFFER = 8 << 20;

/**
 * A batch of our cells as UTF-8: `bytes` holds each row's cells in turn, `ends` where each row ends in
 * it, `cuts` where each cell ends in its row's text (UTF-16 units: row × column). The bytes move to the
 * worker and come back with its "ack" to serve again. Encoding row by row in this thread is cheaper than
 * posting one string (a million rows: posting a batch's string flattened and copied 4.5 MB of it, 8 s of
 * this thread's profile), and the worker copies our bytes instead of encoding them.
 */
export type Batch = {
  readonly first: number;
  readonly count: number;
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
  readonly cuts: Int32Array;
  readonly heights: Float64Array;
};

/** Messages from the worker. */
type FromWorker =
  | { readonly type: "head"; readonly text: string; readonly prefix: string }
  | { readonly type: "tail"; readonly text: string }
  | { readonly type: "ack"; readonly buffer: ArrayBuffer }
  | { readonly type: "done"; readonly part: DeflatedPart }
  | { readonly type: "failed" };

/** Messages to the worker. */
type ToWorker =
  | { readonly type: "head"; readonly text: string }
  | { readonly type: "tail"; readonly text: string }
  | ({ readonly type: "batch" } & Batch);

/** Our cells of rows `first`…`first + count - 1`, built on this thread and encoded into `buffer`. */
export function buildBatch(cells: RowCells, first: number, count: number, buffer: ArrayBuffer): Batch {
  const n = cells.ours.length;
  const cuts = new Int32Array(count * n);
  const ends = new Int32Array(count);
  const heights = new Float64Array(count);
  let bytes = Buffer.from(buffer);
  let used = 0;
  for (let i = 0; i < count; i++) {
    const r = first + i;
    heights[i] = cells.height(r) ?? 0;
    let xml = "";
    for (let k = 0; k < n; k++) {
      xml += cells.cell(k, r);
      cuts[i * n + k] = xml.length;
    }
    // A UTF-16 unit takes at most three UTF-8 bytes.
    if (used + xml.length * 3 > bytes.length) {
      const grown = Buffer.from(new ArrayBuffer(Math.max(2 * bytes.length, used + xml.length * 3)));
      bytes.copy(grown, 0, 0, used);
      bytes = grown;
    }
    used += bytes.write(xml, used, "utf8");
    ends[i] = used;
  }
  return { first, count, bytes: new Uint8Array(bytes.buffer, 0, used), ends, cuts, heights };
}

/**
 * Patches the data sheet on a worker: this thread answers for the head and the tail (`ends`) and sends
 * our cells in batches, a few ahead of the worker; the worker sends back the deflated part. A worker
 * that stops without an answer (it could not start, or ran out of memory) leaves the merge to this
 * thread, from the start, as does a fault in the sheet (the merge here throws it as it always has).
 */
export async function mergeOnThread(
  script: string,
  entry: ZipEntry,
  layout: MergeLayout,
  cells: RowCells,
  ends: SheetEnds,
): Promise<DeflatedPart> {
  // Each end is patched once, whichever thread finishes the merge (the tail adds to the style book).
  let head: string | undefined;
  let tail: string | undefined;
  const sureEnds: SheetEnds = {
    head: async (text, prefix) => (head ??= await ends.head(text, prefix)),
    tail: async (text) => (tail ??= await ends.tail(text)),
  };
  // The sheet as this thread inflated it to read it (this thread lets go of it), or its compressed
  // bytes: copied once, and moved.
  const whole = takeInflation(entry);
  const bytes = new Uint8Array(whole ?? entry.raw);
  const data: MergeData = {
    task: TASK,
    layout,
    ...(whole ? { whole: bytes } : { entry: { ...entry, raw: bytes } }),
  };
  // A spare that has stopped (its threadId is -1 from then on, its exit event may still be on its way)
  // would never answer, nor would its exit be heard again: a new worker takes the merge instead.
  const offered = spareWorkers.get(entry);
  spareWorkers.delete(entry);
  const spare = offered && offered.threadId !== -1 ? offered : undefined;
  spare?.ref();
  spare?.postMessage(data, [bytes.buffer]);
  const worker = spare ?? new Worker(script, { workerData: data, transferList: [bytes.buffer] });
  const result = await new Promise<DeflatedPart | undefined>((resolve, reject) => {
    let settled = false;
    const settle = (part: DeflatedPart | undefined, error?: unknown): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error === undefined) resolve(part);
      else reject(error);
    };
    const send = (message: ToWorker): void =>
      worker.postMessage(message, message.type === "batch" ? [message.bytes.buffer as ArrayBuffer] : []);
    // Buffers the worker handed back, for the next batches.
    const buffers: ArrayBuffer[] = [];
    let sent = 0;
    let acked = 0;
    let wake: (() => void) | undefined;
    const produce = async (): Promise<void> => {
      for (let first = layout.headerRow; first <= layout.lastRow; first += BATCH_ROWS) {
        while (sent - acked >= AHEAD) await new Promise<void>((r) => (wake = r));
        if (settled) return;
        send({
          type: "batch",
          ...buildBatch(
            cells,
            first,
            Math.min(BATCH_ROWS, layout.lastRow - first + 1),
            buffers.pop() ?? new ArrayBuffer(BATCH_BUFFER),
          ),
        });
        sent++;
      }
    };
    const answer = async (m: FromWorker): Promise<void> => {
      if (m.type === "ack") {
        acked++;
        buffers.push(m.buffer);
        wake?.();
      } else if (m.type === "head") {
        send({ type: "head", text: await sureEnds.head(m.text, m.prefix) });
        await produce();
      } else if (m.type === "tail") send({ type: "tail", text: await sureEnds.tail(m.text) });
      else if (m.type === "done") settle(received(m.part));
      // A fault in the sheet: the merge on this thread meets it again and says it as it always does.
      else settle(undefined);
    };
    worker.on(
      "message",
      (m: FromWorker) => void answer(m).catch((error: unknown) => settle(undefined, error)),
    );
    worker.once("error", () => settle(undefined));
    worker.once("exit", () => settle(undefined));
  });
  return result ?? mergeRows(partChunks(entry), layout, rowSource(cells), sureEnds);
}

/** Row r's cells in its batch, as UTF-8. */
export function rowBytes(b: Batch, r: number): Uint8Array {
  const i = r - b.first;
  return b.bytes.subarray(i === 0 ? 0 : (b.ends[i - 1] as number), b.ends[i]);
}

/** Row r's cells in its batch, each as text with its column (`ours`, sheet order). */
export function rowCells(b: Batch, r: number, ours: readonly number[]): { column: number; xml: string }[] {
  const n = ours.length;
  const i = r - b.first;
  const row = bufferOf(rowBytes(b, r)).toString("utf8");
  let start = 0;
  return ours.map((column, k) => {
    const end = b.cuts[i * n + k] as number;
    const xml = row.slice(start, end);
    start = end;
    return { column, xml };
  });
}

/** A deflated part as it arrives from the worker (its buffers as plain byte arrays). */
function received(part: DeflatedPart): DeflatedPart {
  return {
    ...part,
    chunks: part.chunks.map(bufferOf),
  };
}

/** A Buffer over the bytes of an array that crossed threads (it arrives as a plain Uint8Array). */
const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * In a worker started by `mergeOnThread`, or a sheet check's worker it hands the merge (`given`: the
 * message): merges the rows with the cells the main thread sends and posts the deflated part. Called
 * when the bundle loads; does nothing on the main thread.
 */
export function serveRowMerge(given: unknown = workerData): void {
  const data = given as MergeData | { task?: undefined } | undefined;
  if (isMainThread || data?.task !== TASK || !parentPort) return;
  const port = parentPort;
  const post = (m: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
  const batches: Batch[] = [];
  let waiting: { r: number; resolve: () => void } | undefined;
  const replies: { head?: (text: string) => void; tail?: (text: string) => void } = {};
  /** The batch holding row r; the batches before it are done with (the main thread may send more). */
  const at = (r: number): Batch | undefined => {
    while (batches.length > 0 && (batches[0] as Batch).first + (batches[0] as Batch).count <= r) {
      const { buffer } = (batches.shift() as Batch).bytes;
      post({ type: "ack", buffer: buffer as ArrayBuffer }, [buffer as ArrayBuffer]);
    }
    const b = batches[0];
    return b && b.first <= r ? b : undefined;
  };
  const batchOf = (r: number): Batch => {
    const b = at(r);
    if (!b) throw new Error(`row ${r + 1}'s cells were asked for before they came`);
    return b;
  };
  port.on("message", (m: ToWorker) => {
    if (m.type === "batch") {
      batches.push(m);
      if (waiting && at(waiting.r)) {
        const { resolve } = waiting;
        waiting = undefined;
        resolve();
      }
    } else replies[m.type]?.(m.text);
  });
  const reply = (end: "head" | "tail", message: FromWorker): Promise<string> =>
    new Promise<string>((resolve) => {
      replies[end] = resolve;
      post(message);
    });
  const source: RowSource = {
    ready: (r) => (at(r) ? undefined : new Promise<void>((resolve) => (waiting = { r, resolve }))),
    xml: (r) => rowBytes(batchOf(r), r),
    list: (r) => rowCells(batchOf(r), r, data.layout.ours),
    height: (r) => {
      const b = batchOf(r);
      return b.heights[r - b.first] || undefined;
    },
  };
  const chunks = data.whole
    ? slicesOf(bufferOf(data.whole))
    : partChunks({ ...(data.entry as ZipEntry), raw: bufferOf(data.entry?.raw ?? new Uint8Array()) });
  mergeRows(chunks, data.layout, source, {
    head: (text, prefix) => reply("head", { type: "head", text, prefix }),
    tail: (text) => reply("tail", { type: "tail", text }),
  }).then(
    (part) => {
      // Buffers that own their memory move across; the rest are copied.
      const own = part.chunks.filter((c) => c.byteOffset === 0 && c.byteLength === c.buffer.byteLength);
      post({ type: "done", part }, [...new Set(own.map((c) => c.buffer as ArrayBuffer))]);
    },
    () => post({ type: "failed" }),
  );
}

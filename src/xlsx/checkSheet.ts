import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { offerRowWorker, serveRowMerge } from "./rowThread";
import { rowNumberOf } from "./sheetXml";
import { type XmlProblem, XmlChecker } from "./wellFormed";
import { type ZipEntry, partChunks } from "./zip";

/** A fault in the data sheet's XML, placed by the row and cell it is in where it is in one. */
export type SheetFault = {
  readonly problem: XmlProblem;
  /** 1-based sheet row, as Excel numbers it. */
  readonly row?: number;
  /** The cell's reference ("B37"). */
  readonly cell?: string;
};

/**
 * Checks the data sheet's XML as it inflates (well formed, UTF-8), chunk by chunk, and says where the
 * first fault is. The sheet is the one part a run both reads and rewrites row by row: read leniently,
 * a damaged row would be tiered as Excel never shows it and copied into a workbook Excel repairs again.
 * @example await findSheetFault(pkg.entries.get("xl/worksheets/sheet1.xml")!) // undefined when sound
 */
export async function findSheetFault(entry: ZipEntry): Promise<SheetFault | undefined> {
  const checker = new XmlChecker(true);
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  const placed = (problem: XmlProblem): SheetFault => {
    const r = checker.lastRow === "" ? undefined : rowNumberOf(checker.lastRow);
    // A row number that is itself the fault (r="abc", r="0") places nothing.
    const row = r !== undefined && Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r : undefined;
    const cell = /\sr\s*=\s*["']([A-Za-z]{1,3}\d+)["']/.exec(checker.lastCell)?.[1];
    return { problem, ...(row === undefined ? {} : { row }), ...(cell === undefined ? {} : { cell }) };
  };
  let carry = "";
  let first = true;
  for await (const chunk of partChunks(entry)) {
    if (first && chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe) && chunk[1] === (chunk[0] ^ 1))
      return { problem: "encoding" };
    first = false;
    let text: string;
    try {
      text = carry + decoder.decode(chunk, { stream: true });
    } catch {
      // Where: the rows before the first byte that is not UTF-8.
      const loose = carry + new TextDecoder("utf-8").decode(chunk);
      checker.feed(loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))), false);
      return placed("encoding");
    }
    const checked = checker.feed(text, false);
    if (typeof checked !== "number") return placed(checked.problem);
    carry = text.slice(checked);
  }
  let text: string;
  try {
    text = carry + decoder.decode();
  } catch {
    return placed("encoding");
  }
  const checked = checker.feed(text, true);
  return typeof checked === "number" ? undefined : placed(checked.problem);
}

const TASK = "channel-tiering:check-sheet";

/**
 * Sheets up to this size (inflated XML: about 140,000 rows of fifteen columns) keep their check's worker
 * for their write, where the ~0.1 s a new worker takes to start is worth saving. A larger sheet's check
 * leaves its worker's heap hundreds of MB (a million rows: peaks of 1.1-1.5 GB instead of 1.0 GB), which
 * a new worker does not carry; its worker exits once it has answered.
 */
const SPARE_BYTES = 64 << 20;
const staysForWrite = (entry: ZipEntry): boolean => entry.size <= SPARE_BYTES;

/** A sheet check running beside the run. */
export type SheetCheck = {
  /** The fault, or undefined: awaited before anything is written. */
  readonly result: () => Promise<SheetFault | undefined>;
  /** Stops the check (a run that ends early must not wait for it). */
  readonly cancel: () => void;
};

/**
 * Starts the check of the data sheet on a worker thread, so that it runs on a second core while the
 * run reads and tiers the sheet (a 50,000-row sheet takes 0.15-0.24 s to check, less than the read and the
 * tiering take; a million rows 4.4-7.0 s). The command-line bundle is its own worker script; run from source
 * (the tests) the check runs in this thread, when its result is asked for.
 */
export function startSheetCheck(entry: ZipEntry, script = bundledScript()): SheetCheck {
  if (!script) return { result: () => findSheetFault(entry), cancel: () => undefined };
  // The compressed bytes are copied across (a few MB), and inflated there.
  const raw = new Uint8Array(entry.raw);
  const worker = new Worker(script, {
    workerData: { task: TASK, entry: { ...entry, raw } },
    transferList: [raw.buffer],
  });
  // Not keeping the process alive by itself: a run stopped by an error exits without waiting.
  worker.unref();
  let cancelled = false;
  let answered = false;
  const outcome = new Promise<SheetFault | undefined>((resolve) => {
    worker.once("message", (m: { fault: SheetFault | null }) => {
      answered = true;
      // A sound sheet's worker stays, warm, for the sheet's write (rowThread.ts); unused, it does not
      // keep the process alive.
      worker.unref();
      if (!m.fault && !cancelled && staysForWrite(entry)) offerRowWorker(entry, worker);
      resolve(m.fault ?? undefined);
    });
    // A worker that fails or stops without answering (out of memory, say) leaves the check to this thread.
    // Its error is heard (an error no one listens for would end the run with a stack trace); its exit
    // follows.
    worker.on("error", () => undefined);
    worker.once("exit", () => {
      if (answered) return;
      if (cancelled) resolve(undefined);
      else void findSheetFault(entry).then(resolve, () => resolve(undefined));
    });
  });
  return {
    result: () => {
      if (!answered) worker.ref();
      return outcome;
    },
    cancel: () => {
      // A check stopped because another sheet was chosen: nothing to check here in its place.
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** The CLI bundle's own file, which serves the check on a worker; undefined when running from source. */
function bundledScript(): string | undefined {
  return process.env.CHANNEL_TIERING_BUNDLE === "1" && typeof __filename === "string"
    ? __filename
    : undefined;
}

/**
 * In a worker started by `startSheetCheck`: runs the check and posts its result; a sound sheet's worker
 * then waits to be handed the sheet's write (rowThread.ts). Called when the bundle loads; does nothing
 * on the main thread.
 */
export function serveSheetCheck(): void {
  const data = workerData as { task?: string; entry?: ZipEntry & { raw: Uint8Array } } | undefined;
  if (isMainThread || data?.task !== TASK || !data.entry) return;
  const e = data.entry;
  const entry: ZipEntry = { ...e, raw: Buffer.from(e.raw.buffer, e.raw.byteOffset, e.raw.byteLength) };
  findSheetFault(entry).then(
    (fault) => {
      parentPort?.postMessage({ fault: fault ?? null });
      if (!fault && staysForWrite(entry)) parentPort?.once("message", (m: unknown) => serveRowMerge(m));
    },
    // A part that does not inflate is the reader's to say (it reads the same bytes).
    () => parentPort?.postMessage({ fault: null }),
  );
}

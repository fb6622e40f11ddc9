/**
 * One run at a time in this JavaScript runtime. The pane and the ribbon share it (the manifest's shared
 * runtime), and two runs interleaving their syncs would read a sheet the other is half-way through
 * writing. A second run waits for the first to finish, then goes.
 */
let tail: Promise<unknown> = Promise.resolve();
let writing = 0;
let quietUntil = 0;
/**
 * Excel delivers worksheet-changed events for our writes after the sync that made them; changes that
 * arrive this soon after one of our writes ended are taken for ours where Excel cannot say
 * (`triggerSource` needs ExcelApi 1.14).
 */
const SETTLE_MS = 1500;

/**
 * Runs `work` after every run started before it has finished.
 * @example await oneAtATime(() => Excel.run((context) => tierInExcel(context, options)), { writes: true })
 */
export function oneAtATime<T>(work: () => Promise<T>, options: { readonly writes: boolean }): Promise<T> {
  const run = tail.then(async () => {
    if (options.writes) writing++;
    try {
      return await work();
    } finally {
      if (options.writes) {
        writing--;
        quietUntil = Date.now() + SETTLE_MS;
      }
    }
  });
  tail = run.catch(() => undefined);
  return run;
}

/**
 * Whether a worksheet change comes from this add-in: Excel says so (`triggerSource`, ExcelApi 1.14), or,
 * where it cannot, the change arrived while one of our runs was writing or just after.
 * @example isOwnChange({ triggerSource: "ThisLocalAddin" }) // true
 */
export function isOwnChange(
  event: { readonly triggerSource?: string } | undefined,
  now = Date.now(),
): boolean {
  if (event?.triggerSource !== undefined) return event.triggerSource === "ThisLocalAddin";
  return writing > 0 || now < quietUntil;
}

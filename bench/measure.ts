export type Measurement = Record<string, string | number | null>;

/** Best wall time of `repeat` runs, in ms, after one warm-up run (JIT, caches) unless `warmUp` is false. */
export function time(repeat: number, run: () => void, warmUp = true): number {
  if (warmUp) run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best);
}

/** Best wall time of an async job. */
export async function timeAsync(repeat: number, run: () => Promise<void>): Promise<number> {
  await run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    await run();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best);
}

/** Heap in use now, in MB. */
export function heapMB(): number {
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

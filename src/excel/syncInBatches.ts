import { officeErrorCode } from "./officeApiError";

/** Excel refused a request as too large (Excel on the web: 5 MB a request). */
export function isPayloadError(error: unknown): boolean {
  return officeErrorCode(error) === "RequestPayloadSizeLimitExceeded";
}

/** Excel could not send a response that large (Excel on the web: 5 MB a response). */
export function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
}

export type Batches = {
  /** Items to write, in order (rows, cells). */
  readonly count: number;
  /** Estimated request bytes of item k. */
  readonly bytesOf: (k: number) => number;
  readonly budget: number;
  /** Queues items start … start + n - 1 (no sync). */
  readonly queue: (start: number, n: number) => void;
  /** One `context.sync()`, told the batch's bytes. */
  readonly sync: (bytes: number) => Promise<void>;
  /** Before each batch is queued: a cancellation check may throw here. */
  readonly before?: (() => void) | undefined;
  /** After each batch synced. */
  readonly after?: ((start: number, n: number) => void) | undefined;
};

/**
 * Writes items in batches whose estimated bytes stay under the budget, one sync per batch; a batch
 * Excel still refuses as too large is halved and queued again (down to one item, whose refusal is
 * thrown). The one mechanism behind the output columns, the strategy and change-log sheets and the
 * settings cells.
 * @example await syncInBatches({ count: rows, bytesOf, budget, queue, sync })
 */
export async function syncInBatches(b: Batches): Promise<void> {
  for (let start = 0; start < b.count;) {
    b.before?.();
    let n = 0;
    let bytes = 0;
    while (start + n < b.count) {
      const size = b.bytesOf(start + n);
      if (n > 0 && bytes + size > b.budget) break;
      bytes += size;
      n++;
    }
    for (;;) {
      b.queue(start, n);
      try {
        await b.sync(bytes);
        break;
      } catch (error) {
        if (!isPayloadError(error) || n === 1) throw error;
        n = Math.ceil(n / 2);
        bytes = 0;
        for (let k = 0; k < n; k++) bytes += b.bytesOf(start + k);
      }
    }
    b.after?.(start, n);
    start += n;
  }
}

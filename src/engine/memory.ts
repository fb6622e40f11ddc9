/**
 * The typed arrays of one engine run, carved from a single ArrayBuffer.
 *
 * Why: V8 counts every ArrayBuffer as external memory and starts a full garbage collection each time
 * external memory grows 64 MB past its level at the last full collection
 * (`Heap::ReportExternalMemoryPressure`, `kExternalAllocationSoftLimit`; seen with
 * `node --trace-incremental-marking`: "Start (external memory pressure)"). A full collection walks the
 * whole heap, the caller's grid of a million rows included (~180 ms each). A run that allocated its 370 MB
 * of columns, ranks and scratch in some sixty buffers paid five of them; one buffer sized up front pays
 * at most one. The buffer's untouched pages cost no memory (the allocator zero-fills by mapping fresh
 * pages), so it is sized generously; a run that outgrows it gets ordinary typed arrays, never an error.
 * A door that has copied out what it needs hands the buffer back (`releaseArena`) and the next run
 * reuses it: no new external memory, no full collection, no page faults, only zeroing.
 *
 * Temporaries are taken between `mark()` and `release()` and the space is reused by the next ones: code
 * that marks must take what it returns before the mark, and return nothing taken after it.
 */
/** The typed-array constructors the arena hands out. */
type TypedArrayType<T> = {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

export class Arena {
  readonly buffer: ArrayBuffer;
  private offset = 0;

  /**
   * A fresh zeroed buffer of `bytes`, or `reuse`, a buffer an earlier arena handed back whose first
   * `dirty` bytes are zeroed here (memory already mapped is zeroed faster than fresh pages are faulted in).
   */
  constructor(bytes: number, reuse?: { readonly buffer: ArrayBuffer; readonly dirty: number }) {
    if (reuse) {
      new Uint8Array(reuse.buffer, 0, Math.min(reuse.dirty, reuse.buffer.byteLength)).fill(0);
      this.buffer = reuse.buffer;
    } else this.buffer = new ArrayBuffer(Math.max(0, Math.ceil(bytes / 8) * 8));
  }

  /** Bytes handed out and not released. */
  get used(): number {
    return this.offset;
  }

  /** Room for `bytes` more (8-byte aligned), or -1. */
  private room(bytes: number): number {
    const size = Math.ceil(bytes / 8) * 8;
    if (this.offset + size > this.buffer.byteLength) return -1;
    const at = this.offset;
    this.offset += size;
    return at;
  }

  /** A zeroed array of `n` elements in the arena, or a buffer of its own when there is no room. */
  private take<T>(Type: TypedArrayType<T>, n: number): T {
    const at = this.room(n * Type.BYTES_PER_ELEMENT);
    return at < 0 ? new Type(n) : new Type(this.buffer, at, n);
  }

  f64(n: number): Float64Array {
    return this.take(Float64Array, n);
  }

  i32(n: number): Int32Array {
    return this.take(Int32Array, n);
  }

  u32(n: number): Uint32Array {
    return this.take(Uint32Array, n);
  }

  u16(n: number): Uint16Array {
    return this.take(Uint16Array, n);
  }

  u8(n: number): Uint8Array {
    return this.take(Uint8Array, n);
  }

  /** Where the next array would start: pass it to `release` to hand back everything taken since. */
  mark(): number {
    return this.offset;
  }

  /** Hands back everything taken since `mark`, zeroed again for its next user. */
  release(mark: number): void {
    if (mark < 0 || mark > this.offset) return;
    new Uint8Array(this.buffer, mark, this.offset - mark).fill(0);
    this.offset = mark;
  }
}

/**
 * The buffer of a result handed back by `releaseArena`, for the next run, and how far it was written.
 * Held weakly: a full collection between two runs frees it, so an idle worker keeps nothing; a run
 * that follows soon reuses it. Reuse is what makes a re-run cheaper than the first run: a fresh buffer
 * is external memory that starts a full collection (walking the caller's grid) and its pages are faulted
 * in one by one; a reused one is only zeroed (measured at 1M rows: 1.50-1.65 s → 1.25-1.40 s a run).
 */
let spare: { readonly buffer: WeakRef<ArrayBuffer>; readonly dirty: number } | null = null;

/** The arena each result was computed in, so that a door done with a result can hand its memory back. */
const arenaOf = new WeakMap<object, Arena>();

/** Records that `owner` (a run's result) holds the arena of the run in progress. */
export function ownArena(owner: object): void {
  if (current !== null) arenaOf.set(owner, current);
}

/** Makes `to` (a copy of a result with more findings) the holder of `from`'s arena, for `releaseArena`. */
export function passArena(from: object, to: object): void {
  const arena = arenaOf.get(from);
  if (arena === undefined) return;
  arenaOf.delete(from);
  arenaOf.set(to, arena);
}

/**
 * Hands the memory of `owner`'s run back for the next run, for a door that has copied out all it needs
 * (the pane's worker, after `toPlainOutcome`). A promise of the caller: nothing reads `owner` or any
 * typed array of it again, since the next run writes over that memory. (Detaching the buffer would make
 * a late read fail loudly, but a transferred buffer counts as new external memory and brings back the
 * full collection this is here to avoid.) Returns whether the memory was taken back.
 * @example const plain = toPlainOutcome(outcome); releaseArena(outcome.result)
 */
export function releaseArena(owner: object): boolean {
  const arena = arenaOf.get(owner);
  if (arena === undefined || arena === current || typeof WeakRef !== "function") return false;
  arenaOf.delete(owner);
  // Past `used` the buffer is zero: never written, or zeroed again by `release`.
  spare = { buffer: new WeakRef(arena.buffer), dirty: arena.used };
  return true;
}

/** A new arena of `bytes`, on the spare buffer when one is left that is large enough. */
function openArena(bytes: number): Arena {
  const buffer = spare?.buffer.deref();
  const dirty = spare?.dirty ?? 0;
  spare = null;
  if (buffer !== undefined && buffer.byteLength >= bytes) return new Arena(bytes, { buffer, dirty });
  return new Arena(bytes);
}

/** The arena of the run in progress (runs are synchronous; none outside `withArena`). */
let current: Arena | null = null;

/**
 * Runs `run` with an arena of `bytes` for every typed array the engine takes through this module, and
 * drops it after (the arrays stay valid as long as anything holds them).
 * @example withArena(1 << 20, () => f64(10).length) // 10
 */
export function withArena<T>(bytes: number, run: () => T): T {
  const saved = current;
  try {
    current = openArena(bytes);
  } catch {
    // No room for one buffer of this size (a browser's limit): plain typed arrays, as before.
    current = null;
  }
  try {
    return run();
  } finally {
    current = saved;
  }
}

/** A zeroed Float64Array of `n`, from the run's arena when there is room. */
export function f64(n: number): Float64Array {
  return current === null ? new Float64Array(n) : current.f64(n);
}

/** A zeroed Int32Array of `n`, from the run's arena when there is room. */
export function i32(n: number): Int32Array {
  return current === null ? new Int32Array(n) : current.i32(n);
}

/** A zeroed Uint32Array of `n`, from the run's arena when there is room. */
export function u32(n: number): Uint32Array {
  return current === null ? new Uint32Array(n) : current.u32(n);
}

/** A zeroed Uint16Array of `n`, from the run's arena when there is room. */
export function u16(n: number): Uint16Array {
  return current === null ? new Uint16Array(n) : current.u16(n);
}

/** A zeroed Uint8Array of `n`, from the run's arena when there is room. */
export function u8(n: number): Uint8Array {
  return current === null ? new Uint8Array(n) : current.u8(n);
}

/**
 * Runs `work`, whose typed arrays (taken through this module) are temporaries: their room in the arena
 * is reused after it. `work` must not return or keep any of them.
 * @example const total = scratch(() => f64(1000).length) // 1000, and the room is free again
 */
export function scratch<T>(work: () => T): T {
  const arena = current;
  if (arena === null) return work();
  const mark = arena.mark();
  try {
    return work();
  } finally {
    arena.release(mark);
  }
}

import { open } from "node:fs/promises";
import { promisify } from "node:util";
import { constants, crc32, createInflateRaw, deflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { Readable } from "node:stream";

/**
 * The zip container of an .xlsx, read and written by hand over Node's own zlib (native, and run on the
 * thread pool when streamed, so inflating the sheet overlaps our parsing on a second core).
 * Reading keeps each entry's compressed bytes, so a part the run does not change is written back byte for
 * byte without ever being inflated. APPNOTE.TXT (PKWARE) is the format's reference; the sections cited
 * below are its numbers.
 */

/** Signatures (APPNOTE 4.3.7, 4.3.12, 4.3.16, 4.3.14, 4.3.15). */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
/** The most a 32-bit size field holds; a larger value lives in the ZIP64 extra field (APPNOTE 4.5.3). */
const MAX32 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
/** Compression methods (APPNOTE 4.4.5). */
const STORED = 0;
const DEFLATED = 8;
/** General purpose flags (APPNOTE 4.4.4): bit 0 encrypted, bit 11 UTF-8 names. */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
/** The end record is at most 22 bytes plus a comment of up to 65,535 bytes from the end of the file. */
const END_SEARCH = 22 + 0xffff;

/**
 * Limits against a zip bomb: no part inflates to more than 4 GiB (our writer's 32-bit sizes), none
 * claims a ratio above 1,000:1 once it is over 100 MB (real sheet XML compresses 10-30:1), and the whole
 * package stays under 8 GiB inflated.
 */
export const ZIP_LIMITS = {
  partBytes: MAX32,
  ratio: 1000,
  ratioFloorBytes: 100 * 1024 * 1024,
  totalBytes: 8 * 1024 * 1024 * 1024,
} as const;

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed bytes, a view into the file's buffer. */
  readonly raw: Buffer;
  readonly time: number;
  readonly date: number;
};

/** Why a file is not a zip we can read; the caller words it. */
export class ZipError extends Error {
  override readonly name = "ZipError";
  constructor(
    readonly problem: "corrupt" | "encrypted" | "bomb" | "unsupported",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a zip's central directory (APPNOTE 4.3.12) and returns its entries in order, each with its
 * compressed bytes. ZIP64 sizes and offsets are read; a damaged directory is a `ZipError("corrupt")`.
 * @example readZip(await readFile("book.xlsx")).map((e) => e.name)
 */
export function readZip(buffer: Buffer): ZipEntry[] {
  const endAt = findEnd(buffer);
  let count = buffer.readUInt16LE(endAt + 10);
  let dirSize = buffer.readUInt32LE(endAt + 12);
  let dirOffset = buffer.readUInt32LE(endAt + 16);
  if (dirOffset === MAX32 || count === 0xffff || dirSize === MAX32) {
    const locator = endAt - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== END64_LOCATOR) throw corrupt("no ZIP64 locator");
    const end64 = Number(buffer.readBigUInt64LE(locator + 8));
    if (end64 + 56 > buffer.length || buffer.readUInt32LE(end64) !== END64) throw corrupt("bad ZIP64 end");
    count = Number(buffer.readBigUInt64LE(end64 + 32));
    dirSize = Number(buffer.readBigUInt64LE(end64 + 40));
    dirOffset = Number(buffer.readBigUInt64LE(end64 + 48));
  }
  if (dirOffset + dirSize > buffer.length) throw corrupt("directory past the end");
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw corrupt("bad directory entry");
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const time = buffer.readUInt16LE(at + 12);
    const date = buffer.readUInt16LE(at + 14);
    const crc = buffer.readUInt32LE(at + 16);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    let localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString(flags & FLAG_UTF8 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values, in this order, for the fields that overflowed (APPNOTE 4.5.3).
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = buffer.readUInt16LE(extra);
      const length = buffer.readUInt16LE(extra + 2);
      if (id === ZIP64_EXTRA) {
        let p = extra + 4;
        if (size === MAX32) {
          size = Number(buffer.readBigUInt64LE(p));
          p += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = Number(buffer.readBigUInt64LE(p));
          p += 8;
        }
        if (localOffset === MAX32) localOffset = Number(buffer.readBigUInt64LE(p));
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;
    if (flags & FLAG_ENCRYPTED) throw new ZipError("encrypted", `${name} is encrypted`);
    if (method !== STORED && method !== DEFLATED)
      throw new ZipError("unsupported", `${name}: compression method ${method}`);
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL)
      throw corrupt(`no local header for ${name}`);
    const dataAt =
      localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (dataAt + compressedSize > buffer.length) throw corrupt(`${name} is cut short`);
    checkBomb(name, compressedSize, size);
    total += size;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipError("bomb", "the package inflates past 8 GiB");
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      raw: buffer.subarray(dataAt, dataAt + compressedSize),
      time,
      date,
    });
  }
  return entries;
}

function checkBomb(name: string, compressed: number, size: number): void {
  if (size > ZIP_LIMITS.partBytes) throw new ZipError("bomb", `${name} inflates to ${size} bytes`);
  if (size > ZIP_LIMITS.ratioFloorBytes && size > compressed * ZIP_LIMITS.ratio)
    throw new ZipError("bomb", `${name} inflates ${Math.round(size / Math.max(1, compressed))} times`);
}

const corrupt = (why: string): ZipError => new ZipError("corrupt", why);

function findEnd(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - END_SEARCH);
  for (let at = buffer.length - 22; at >= stop; at--) if (buffer.readUInt32LE(at) === END) return at;
  throw corrupt("no end of central directory");
}

/**
 * The part's bytes, inflated and checked against its CRC. Inflation stops at the size the directory
 * declares, so a part that lies about its size cannot fill the memory.
 * @example inflate(entry).toString("utf8")
 */
export function inflate(entry: ZipEntry): Buffer {
  let data: Buffer;
  try {
    data =
      entry.method === STORED
        ? entry.raw
        : inflateRawSync(entry.raw, {
            maxOutputLength: Math.max(1, entry.size),
            // zlib writes into one buffer of the declared size (the sheet of 50,000 rows: 22 MB) instead
            // of 16 KB chunks joined at the end: a copy and fresh pages saved (~80 ms). A larger part
            // than we hold whole keeps the default chunks.
            ...(entry.size <= WHOLE_PART_BYTES ? { chunkSize: Math.max(64, entry.size + 64) } : {}),
          });
  } catch (cause) {
    const tooBig = (cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
    throw tooBig
      ? new ZipError("bomb", `${entry.name} inflates past its declared size`)
      : corrupt(`${entry.name}: ${(cause as Error).message}`);
  }
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc >>> 0)
    throw corrupt(`${entry.name} fails its CRC`);
  return data;
}

/** Parts up to this size are inflated at once (native, one call) and kept for the write that follows. */
const WHOLE_PART_BYTES = 128 << 20;
/** Slices of an inflated part handed to the sheet scanner: their strings stay in V8's young generation. */
const SLICE_BYTES = 64 << 10;
const inflatedParts = new WeakMap<ZipEntry, Buffer>();

/**
 * A part's bytes in slices, for the sheet scanner: a part up to 128 MB is inflated in one native call and
 * kept (the write reads the same sheet again); a larger one (a million-row sheet) streams.
 * @example for await (const chunk of partChunks(entry)) scan(chunk)
 */
export async function* partChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.size > WHOLE_PART_BYTES) {
    yield* inflateChunks(entry);
    return;
  }
  let whole = inflatedParts.get(entry);
  if (!whole) {
    whole = inflate(entry);
    inflatedParts.set(entry, whole);
  }
  yield* slicesOf(whole);
}

/** A part's bytes in the slices `partChunks` hands out. */
export function* slicesOf(whole: Buffer): Generator<Buffer> {
  for (let at = 0; at < whole.length; at += SLICE_BYTES) yield whole.subarray(at, at + SLICE_BYTES);
}

/**
 * The part as `partChunks` inflated and kept it, if it did, handed over: `partChunks` inflates it again
 * if asked (the data sheet's write on a worker takes it, and this thread needs it no more).
 */
export function takeInflation(entry: ZipEntry): Buffer | undefined {
  const whole = inflatedParts.get(entry);
  inflatedParts.delete(entry);
  return whole;
}

/**
 * The part's bytes in chunks as they inflate (native zlib on the thread pool), for parts too large to
 * hold inflated at once: a million-row sheet. Size and CRC are checked at the end.
 */
export async function* inflateChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.method === STORED) {
    yield entry.raw;
    return;
  }
  // Small chunks: their strings stay in V8's young generation and die there; a megabyte string goes to
  // the large-object space, and hundreds of them drive full collections over a million rows' heap.
  const inflater = Readable.from([entry.raw]).pipe(createInflateRaw({ chunkSize: SLICE_BYTES }));
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.size) throw new ZipError("bomb", `${entry.name} inflates past its declared size`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (cause) {
    if (cause instanceof ZipError) throw cause;
    throw corrupt(`${entry.name}: ${(cause as Error).message}`);
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw corrupt(`${entry.name} fails its CRC`);
}

/** A part to write: copied as read (compressed bytes untouched), or new content to deflate. */
export type ZipPart =
  | { readonly name: string; readonly entry: ZipEntry }
  | { readonly name: string; readonly data: Buffer }
  | { readonly name: string; readonly deflated: DeflatedPart };

/** Content deflated ahead (streamed), with what the directory needs. */
export type DeflatedPart = { readonly chunks: Buffer[]; compressedSize: number; size: number; crc: number };

/** Bytes gathered into one batch for zlib: large enough that a thread-pool round trip is rare. */
const BATCH_BYTES = 2 << 20;
/** Batches compressing at once on the thread pool (libuv's default pool has four threads). */
const IN_FLIGHT = 4;
const deflateBatch = promisify(deflateRaw);

/**
 * Bytes held as a string of one unit a byte (Node's "latin1"): XML read as bytes and written back as
 * they were, never decoded (sheetXml.ts, splitSheet's `bytes`).
 * @example { latin1: row } // the row's bytes, as read
 */
export type ByteText = { readonly latin1: string };

/**
 * Deflates content produced piece by piece (a patched sheet), as pigz does: pieces are gathered into
 * megabyte batches, each deflated on its own on the thread pool (several at once, while the caller
 * produces the next) and ended with a full flush, so the batches joined in order are one valid deflate
 * stream; the last ends it. `write` takes text (encoded as UTF-8), bytes already UTF-8, or bytes held
 * as text (ByteText, written as they are), and returns a promise only when the caller must wait (every
 * thread busy).
 * `level` is zlib's (a package only this run reads back can take 1).
 */
export function createDeflater(level = DEFLATE_LEVEL): {
  write: (...pieces: readonly (string | Uint8Array | ByteText)[]) => Promise<void> | undefined;
  end: () => Promise<DeflatedPart>;
} {
  const part: DeflatedPart = { chunks: [], compressedSize: 0, size: 0, crc: 0 };
  const running: { input: Buffer; output: Promise<Buffer> }[] = [];
  // A batch's buffer serves again once zlib is done with it: a fresh 2 MB buffer a batch cost a page
  // fault per 4 KB touched (~40 ms over a 50,000-row sheet).
  const spare: Buffer[] = [];
  const fresh = (): Buffer => spare.pop() ?? Buffer.allocUnsafe(BATCH_BYTES);
  // Text is encoded straight into the batch's buffer (no joined string, no copy).
  let batch = fresh();
  let used = 0;
  const collect = async (): Promise<void> => {
    const done = running.shift() as (typeof running)[number];
    const chunk = await done.output;
    if (done.input.length === BATCH_BYTES) spare.push(done.input);
    part.chunks.push(chunk);
    part.compressedSize += chunk.length;
  };
  const catchUp = async (): Promise<void> => {
    while (running.length > IN_FLIGHT) await collect();
  };
  const start = (final: boolean): void => {
    const input = batch;
    const bytes = batch.subarray(0, used);
    batch = fresh();
    used = 0;
    part.size += bytes.length;
    part.crc = crc32(bytes, part.crc);
    running.push({
      input,
      output: deflateBatch(bytes, {
        level,
        finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
      }),
    });
  };
  return {
    write: (...pieces) => {
      for (const piece of pieces) {
        // A UTF-16 unit takes at most three UTF-8 bytes; a byte held as text, one.
        const room =
          typeof piece === "string"
            ? piece.length * 3
            : piece instanceof Uint8Array
              ? piece.length
              : piece.latin1.length;
        if (used + room > batch.length) {
          if (used > 0) start(false);
          if (room > batch.length) batch = Buffer.allocUnsafe(room);
        }
        if (typeof piece === "string") used += batch.write(piece, used, "utf8");
        else if (piece instanceof Uint8Array) {
          batch.set(piece, used);
          used += piece.length;
        } else used += batch.write(piece.latin1, used, "latin1");
      }
      return running.length > IN_FLIGHT ? catchUp() : undefined;
    },
    end: async () => {
      start(true);
      while (running.length > 0) await collect();
      return part;
    },
  };
}

/**
 * Deflate level for what we write: 5. On a tiered 50,000-row sheet (76 MB of XML) level 5 deflates at
 * 111 MB/s against level 6's 72 (zlib's default), for 3 % more bytes (8.16 against 7.91 MB); level 4
 * is 12 % larger, level 1 36 %. At a million rows the deflate is a fifth of the run's CPU on two busy
 * cores: level 5 ran 50.6-59.0 s against level 6's 58.5-65.8 s (four alternate pairs, 1,586 MB of
 * sheet XML, 177 against 172 MB written); at 50,000 rows the two are level within the noise.
 */
const DEFLATE_LEVEL = 5;

/** Each part's date in the package: 1980-01-01 00:00, as Excel writes it (a fixed date keeps output reproducible). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes a package: copied parts keep their compressed bytes, CRC and dates; new parts are deflated.
 * Entries larger than 4 GiB would need ZIP64, which no part of a workbook reaches (Excel's own limit is
 * far below); they are refused.
 * @example await writeZip("out.xlsx", [{ name: "[Content_Types].xml", data }])
 */
export async function writeZip(file: string, parts: readonly ZipPart[]): Promise<void> {
  const handle = await open(file, "w");
  try {
    await writeParts(handle, parts);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A package's bytes, as `writeZip` would write them, in memory (a text table's package, which only this
 * run reads).
 * @example packageOf(await zipBytes(parts), "export.csv")
 */
export async function zipBytes(parts: readonly ZipPart[]): Promise<Buffer> {
  const written: Buffer[] = [];
  await writeParts(
    {
      writev: async (buffers) => {
        // Each buffer once, not spread: a package has parts of many chunks.
        for (const b of buffers) written.push(b);
      },
    },
    parts,
  );
  return Buffer.concat(written);
}

/** Where a package's bytes go: a file (its handle) or memory. */
type ZipSink = { writev: (buffers: Buffer[]) => Promise<unknown> };

async function writeParts(handle: ZipSink, parts: readonly ZipPart[]): Promise<void> {
  const central: Buffer[] = [];
  let offset = 0;
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    // Written as they are (writev): joining them first copied the whole output once more.
    await handle.writev(pending);
    pending.length = 0;
    pendingBytes = 0;
  };
  const put = async (b: Buffer): Promise<void> => {
    pending.push(b);
    pendingBytes += b.length;
    offset += b.length;
    if (pendingBytes > 8 << 20) await flush();
  };
  for (const part of parts) {
    const meta = describe(part);
    if (offset > MAX32 || meta.compressedSize > MAX32 || meta.size > MAX32)
      throw new Error("the workbook would need ZIP64 (over 4 GiB)");
    const name = Buffer.from(part.name, "utf8");
    const flags = FLAG_UTF8;
    // The local header (APPNOTE 4.3.7) and the directory entry (4.3.12) share the run of fields from the
    // flags to the name's length, 2 bytes further on in the directory (which adds "version made by").
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(ZIP_VERSION, 4);
    writeEntryFields(local, 6, flags, meta, name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(ZIP_VERSION, 4);
    dir.writeUInt16LE(ZIP_VERSION, 6);
    writeEntryFields(dir, 8, flags, meta, name.length);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    await put(local);
    await put(name);
    for (const chunk of meta.chunks) await put(chunk);
  }
  const dirOffset = offset;
  let dirSize = 0;
  for (const b of central) {
    await put(b);
    dirSize += b.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(dirOffset, 16);
  await put(end);
  await flush();
}

/** "Version needed to extract" (and "made by"): 2.0, deflate (APPNOTE 4.4.3). */
const ZIP_VERSION = 20;

/** Flags, method, DOS time and date, CRC-32, sizes and the name's length, from `at`. */
function writeEntryFields(
  b: Buffer,
  at: number,
  flags: number,
  meta: { method: number; time: number; date: number; crc: number; compressedSize: number; size: number },
  nameLength: number,
): void {
  b.writeUInt16LE(flags, at);
  b.writeUInt16LE(meta.method, at + 2);
  b.writeUInt16LE(meta.time, at + 4);
  b.writeUInt16LE(meta.date, at + 6);
  b.writeUInt32LE(meta.crc >>> 0, at + 8);
  b.writeUInt32LE(meta.compressedSize, at + 12);
  b.writeUInt32LE(meta.size, at + 16);
  b.writeUInt16LE(nameLength, at + 20);
}

function describe(part: ZipPart): {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  chunks: readonly Buffer[];
  time: number;
  date: number;
} {
  if ("entry" in part) {
    const e = part.entry;
    return { ...e, chunks: [e.raw] };
  }
  if ("deflated" in part) {
    const d = part.deflated;
    return {
      method: DEFLATED,
      crc: d.crc,
      compressedSize: d.compressedSize,
      size: d.size,
      chunks: d.chunks,
      time: 0,
      date: DOS_DATE,
    };
  }
  const raw = deflateRawSync(part.data, { level: DEFLATE_LEVEL });
  return {
    method: DEFLATED,
    crc: crc32(part.data),
    compressedSize: raw.length,
    size: part.data.length,
    chunks: [raw],
    time: 0,
    date: DOS_DATE,
  };
}

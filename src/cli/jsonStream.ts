import { open } from "node:fs/promises";

/**
 * The text `JSON.stringify(value, null, 2)` gives, in pieces: a report of a million rows is over a
 * gigabyte of JSON, more than one JavaScript string can hold, so it is written as it is produced.
 * Same rules as JSON.stringify: `toJSON` is honoured (dates), undefined and functions are left out of
 * objects and written as null in arrays, numbers that are not finite are null.
 * @example [...jsonPieces({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] }, null, 2)
 */
export function* jsonPieces(value: unknown, indent = ""): Generator<string> {
  const v = toJsonValue(value);
  if (Array.isArray(v) && v.length > STREAMED_ITEMS) {
    // A long array (the rows) goes item by item, each item through the native serializer.
    const inner = `${indent}  `;
    yield "[";
    for (let i = 0; i < v.length; i++) yield `${i === 0 ? "" : ","}\n${inner}${native(v[i], inner, "null")}`;
    yield `\n${indent}]`;
    return;
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    yield native(v, indent, "null");
    return;
  }
  // An object member by member: a member may hold a long array.
  const inner = `${indent}  `;
  let first = true;
  for (const [key, raw] of Object.entries(v as Record<string, unknown>)) {
    const item = toJsonValue(raw);
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(item, inner);
  }
  yield first ? "{}" : `\n${indent}}`;
}

/** Arrays longer than this are written item by item; shorter ones in one native call. */
const STREAMED_ITEMS = 256;

/** JSON.stringify's indented text of a value, indented further to sit at `indent`. */
function native(value: unknown, indent: string, ifNothing: string): string {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined) return ifNothing;
  // String values never hold a raw line break (JSON escapes it): every one is the serializer's.
  return indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

function toJsonValue(value: unknown): unknown {
  if (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  )
    return (value as { toJSON: () => unknown }).toJSON();
  return value;
}

/** Pieces gathered before a write: few system calls, little held at once. */
const WRITE_CHARS = 1 << 20;

/**
 * Writes a value as indented JSON (and a final newline) to a file, piece by piece.
 * @example await writeJsonFile("report.json", report)
 */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const handle = await open(file, "w");
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of jsonPieces(value)) {
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_CHARS) {
        await handle.write(batch.join(""));
        batch = [];
        size = 0;
      }
    }
    batch.push("\n");
    await handle.write(batch.join(""));
  } finally {
    await handle.close();
  }
}

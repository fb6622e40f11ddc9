import { columnLetter } from "../engine";
import { type SheetParts, cellsOf, rowNumberOf, splitSheet, textOfBytes } from "./sheetXml";
import { columnOfRef } from "./xml";
import { type ByteText, type DeflatedPart, createDeflater } from "./zip";

/**
 * The data sheet's rows with our cells merged in: the half of the sheet's patch that reads the user's
 * rows and writes the new sheet (split, merge, encode, deflate). The other half (patchSheet.ts) says
 * what our cells are; the two run on two threads for a large sheet (rowThread.ts), in one otherwise.
 */

/** Where our cells go: plain data, so that it crosses to a worker thread. */
export type MergeLayout = {
  /** The header's 0-based sheet row: our cells start there. */
  readonly headerRow: number;
  /** The last 0-based sheet row with cells of ours. */
  readonly lastRow: number;
  /** Our columns (0-based), in sheet order. */
  readonly ours: readonly number[];
  /** Cells of ours a planner wrote in by hand (0-based sheet rows, per column): the row's own cell stays. */
  readonly kept: readonly (readonly [column: number, rows: readonly number[]])[];
  /**
   * On a re-run, the height the last run's wrapped text gave each row from `first` (WritePlan's
   * previousHeights): a row holding exactly that height, custom, is ours to set anew or take back.
   */
  readonly ownHeights?: { readonly first: number; readonly heights: Float32Array };
  /**
   * The height the user had set every data row to before a run grew them (SavedSettings.output
   * .rowHeight): a row of the last run's height takes it back where the text now fits in it.
   */
  readonly handHeight?: number;
};

/** XML as text, or as its UTF-8 bytes. */
export type Piece = string | Uint8Array;
/** What a row is written as: our cells (Piece), or the user's row as it was read (its bytes). */
type Written = Piece | ByteText;

/** Our cells, row by row, in sheet order. */
export type RowSource = {
  /** Resolves once row `r`'s cells are at hand; undefined when they are already. */
  readonly ready: (r: number) => Promise<void> | undefined;
  /** Our cells on row `r`, in column order (empty for a cell we leave out): text or its UTF-8 bytes. */
  readonly xml: (r: number) => Piece;
  /** Our cells on row `r`, each with its column. */
  readonly list: (r: number) => { column: number; xml: string }[];
  /** The height row `r` takes for its wrapped text, in points, or undefined. */
  readonly height: (r: number) => number | undefined;
};

/** The sheet's head and tail, patched by whoever holds the plan. */
export type SheetEnds = {
  readonly head: (text: string, prefix: string) => string | Promise<string>;
  readonly tail: (text: string) => string | Promise<string>;
};

/**
 * Streams the sheet's XML through: the head and the tail as `ends` patches them, every row with our
 * cells from `source` merged in (or replacing ours from an earlier run), rows the sheet lacks written
 * where our cells need them. Returns the deflated part. The user's rows are read as bytes (splitSheet's
 * `bytes`): a row is cut where our cells go and its bytes copied as they came, never decoded nor encoded
 * again; only a row that takes the full merge is decoded. (A re-run of a million rows decoded 1.6 GB of
 * UTF-8 for nothing here: 4.4 s of this thread's 26.)
 */
export async function mergeRows(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  layout: MergeLayout,
  source: RowSource,
  ends: SheetEnds,
): Promise<DeflatedPart> {
  const out = createDeflater();
  const write = async (...pieces: readonly Piece[]): Promise<void> => {
    const wait = out.write(...pieces);
    if (wait) await wait;
  };
  const { headerRow, lastRow } = layout;
  const ours = new Set(layout.ours);
  const firstOurs = Math.min(...layout.ours);
  const firstLetter = columnLetter(firstOurs);
  const kept = new Map(layout.kept.map(([column, rows]) => [column, new Set(rows)]));
  const keptRows = new Set(layout.kept.flatMap(([, rows]) => rows));
  let prefix = "";
  let rowNumber = 0;
  let nextMissing = headerRow;

  /** Rows the sheet lacks but we write to (rare: a writer that left out an empty row of the table). */
  const writeMissingBefore = async (r: number): Promise<void> => {
    for (; nextMissing < r && nextMissing <= lastRow; nextMissing++) {
      await source.ready(nextMissing);
      const cells = source.xml(nextMissing);
      if (cells.length === 0) continue;
      const ht = source.height(nextMissing);
      const height = ht ? ` ht="${ht}" customHeight="1"` : "";
      await write(`<${prefix}row r="${nextMissing + 1}"${height}>`, cells, `</${prefix}row>`);
    }
    if (nextMissing <= r) nextMissing = r + 1;
  };
  const own = layout.ownHeights;
  const ownHeight = (r: number): number | undefined =>
    own && r >= own.first ? own.heights[r - own.first] || undefined : undefined;
  const oursOn = (r: number): ReadonlySet<number> =>
    keptRows.has(r) ? new Set([...ours].filter((c) => kept.get(c)?.has(r) !== true)) : ours;

  const parts: SheetParts = {
    head: async (text, p) => {
      prefix = p;
      await write(await ends.head(text, p));
    },
    row: (text) => {
      rowNumber = rowNumberOf(text) ?? rowNumber + 1;
      const r = rowNumber - 1;
      if (r < headerRow || r > lastRow) return out.write({ latin1: text });
      const patched = (): Promise<void> | undefined => {
        const write = (): Promise<void> | undefined =>
          out.write(
            ...patchRow(
              text,
              r,
              { xml: () => source.xml(r), list: () => source.list(r) },
              firstOurs,
              oursOn(r),
              prefix,
              source.height(r),
              ownHeight(r),
              layout.handHeight,
              keptRows.has(r) ? undefined : firstLetter,
            ),
          );
        const wait = source.ready(r);
        return wait ? wait.then(write) : write();
      };
      if (nextMissing < r) return writeMissingBefore(r).then(patched);
      nextMissing = r + 1;
      return patched();
    },
    tail: async (text) => {
      await writeMissingBefore(lastRow + 1);
      await write(await ends.tail(text));
    },
  };
  await splitSheet(chunks, parts, { bytes: true });
  return out.end();
}

/**
 * One row with our cells in place of (or beside) its own, in column order: its pieces in turn. `bytes`
 * is the row as read (its bytes held as text): the common cases cut it and copy its bytes; the full
 * merge reads it decoded.
 */
function patchRow(
  bytes: string,
  r: number,
  cells: { xml: () => Piece; list: () => { column: number; xml: string }[] },
  firstOurs: number,
  ours: ReadonlySet<number>,
  prefix: string,
  height: number | undefined,
  ownHeight: number | undefined,
  handHeight: number | undefined,
  firstLetter: string | undefined,
): readonly Written[] {
  const bytesEnd = bytes.indexOf(">");
  const selfClosing = bytes.charCodeAt(bytesEnd - 1) === 47;
  if (!selfClosing) {
    // The start tag as read: its bytes, our height and `r` added as ASCII.
    const start = rowStart(bytes, bytesEnd, false, height, r, ownHeight, handHeight);
    const fast =
      appendCells(bytes, start, cells.xml, firstOurs, prefix, bytesEnd) ??
      (firstLetter === undefined
        ? undefined
        : replaceOurs(bytes, start, cells.xml, firstLetter, ours, prefix, bytesEnd, r));
    if (fast !== undefined) return fast;
  }
  const text = textOfBytes(bytes);
  const startEnd = text.indexOf(">");
  const start = rowStart(text, startEnd, selfClosing, height, r, ownHeight, handHeight);
  const own = selfClosing ? [] : cellsOf(text, prefix);
  const body = selfClosing ? "" : text.slice(startEnd + 1, text.length - `</${prefix}row>`.length);
  // Cells without `r` take their place from the cell before them: once ours are among them, each needs its own.
  const needsRefs = own.some((c) => !/(?:^|\s)r\s*=/.test(c.attributes));
  const merged: { column: number; xml: string }[] = [];
  for (const c of own) {
    if (ours.has(c.column)) continue;
    let xml = body.slice(c.start - startEnd - 1, c.end - startEnd - 1);
    if (needsRefs && !/(?:^|\s)r\s*=/.test(c.attributes))
      xml = xml.replace(new RegExp(`^<${prefix}c`), `<${prefix}c r="${columnLetter(c.column)}${r + 1}"`);
    merged.push({ column: c.column, xml });
  }
  for (const c of cells.list()) if (c.xml !== "") merged.push(c);
  merged.sort((a, b) => a.column - b.column);
  // Whatever else the row held besides cells (an extLst) stays after them.
  const lastCellEnd = own.length > 0 ? (own[own.length - 1]?.end ?? 0) - startEnd - 1 : 0;
  const rest = selfClosing ? "" : body.slice(lastCellEnd).replace(/^\s+/, "");
  return [
    `${start}>${merged.map((c) => c.xml).join("")}${own.length > 0 ? rest : body.trim() === "" ? "" : body}</${prefix}row>`,
  ];
}

/**
 * The common case without a full parse: a row whose cells all lie left of our columns (a first run)
 * gets ours appended before its end. Undefined when the row needs the general merge.
 */
function appendCells(
  text: string,
  start: string,
  cells: () => Piece,
  firstOurs: number,
  prefix: string,
  startEnd: number,
): readonly Written[] | undefined {
  const lastCell = text.lastIndexOf(`<${prefix}c `);
  let lastColumn = -1;
  if (lastCell >= 0) {
    const key = ' r="';
    const at = text.indexOf(key, lastCell);
    const tagEnd = text.indexOf(">", lastCell);
    if (at < 0 || at > tagEnd) return undefined;
    lastColumn = columnOfRef(text.slice(at + key.length, text.indexOf('"', at + key.length)));
  }
  if (lastColumn >= firstOurs) return undefined;
  const close = `</${prefix}row>`;
  if (!text.endsWith(close)) return undefined;
  return [{ latin1: `${start}>${text.slice(startEnd + 1, text.length - close.length)}` }, cells(), close];
}

/**
 * A re-run's common case without a full parse: the row ends with our cells from our first column, as the
 * last run wrote them (each with its `r`, in column order, none of the user's among or after them, no
 * planner's cell of ours kept on the row: `firstLetter` is given only then): the row up to our first cell,
 * then ours anew. Undefined when the row needs the general merge.
 */
function replaceOurs(
  text: string,
  start: string,
  cells: () => Piece,
  firstLetter: string,
  ours: ReadonlySet<number>,
  prefix: string,
  startEnd: number,
  r: number,
): readonly Written[] | undefined {
  const close = `</${prefix}row>`;
  const body = text.length - close.length;
  if (!text.endsWith(close)) return undefined;
  // Nothing but a cell last (no extLst after ours).
  if (!text.endsWith(`</${prefix}c>`, body) && !text.endsWith("/>", body)) return undefined;
  const tag = `<${prefix}c`;
  const at = text.indexOf(`${tag} r="${firstLetter}${r + 1}"`, startEnd);
  if (at < 0) return undefined;
  // Every cell from there on: one of ours, with its `r` first, after the one before it. (A tag that
  // only begins like a cell's, a run's <color/>, is none; a cell written otherwise takes the full merge.)
  let previous = -1;
  for (let i = at; i >= 0; i = text.indexOf(tag, i + tag.length)) {
    const next = text.charCodeAt(i + tag.length);
    if (next !== 32 /* space */) {
      if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) continue;
      return undefined;
    }
    const ref = i + tag.length + 1;
    if (!text.startsWith('r="', ref)) return undefined;
    const column = columnOfRef(text.slice(ref + 3, text.indexOf('"', ref + 3)));
    if (!ours.has(column) || column <= previous) return undefined;
    previous = column;
  }
  return [{ latin1: `${start}>${text.slice(startEnd + 1, at)}` }, cells(), close];
}

export const SPANS = /\s+spans\s*=\s*("[^"]*"|'[^']*')/;
const CUSTOM_HEIGHT = /\scustomHeight\s*=\s*["'](1|true)["']/;
export const HEIGHT_ATTRIBUTES = /\s+(ht|customHeight)\s*=\s*("[^"]*"|'[^']*')/g;
const HEIGHT = /\sht\s*=\s*["']([^"']*)["']/;

/** The height a row start tag sets, in points (NaN where it sets none). */
const userHeight = (start: string): number => Number(HEIGHT.exec(start)?.[1] ?? Number.NaN);

/** A row start tag's height is the last run's: custom, and exactly what its text gave the row. */
export function isOwnHeight(start: string, ownHeight: number | undefined): boolean {
  return (
    ownHeight !== undefined && CUSTOM_HEIGHT.test(start) && Number(HEIGHT.exec(start)?.[1]) === ownHeight
  );
}

/**
 * A row's start tag (without its `>`) as we write it: `spans` dropped (it would no longer cover the
 * row's cells), our height where the text wraps, `r` where the writer left it out. A height the user set
 * stays where our text fits in it, and grows to our text's where it does not: a fixed 18 points showed
 * one line of a three-line note (Google Sheets writes every row's height as set, `customHeight="1"`), and
 * the add-in's Excel fits its rows to their lines the same way (RangeFormat.autofitRows). A taller row
 * hides nothing of the user's. A custom height of exactly what the last run's text gave the row
 * (`ownHeight`) is the last run's, not the user's: it is set anew, or taken off where the text now fits
 * on one line; where the user had set every data row to one height before (`handHeight`), that height
 * comes back where the text fits in it (a Google Sheets export's 18 fell to the sheet's default 15).
 */
function rowStart(
  text: string,
  startEnd: number,
  selfClosing: boolean,
  height: number | undefined,
  r: number,
  ownHeight?: number,
  handHeight?: number,
): string {
  let start = text.slice(0, selfClosing ? startEnd - 1 : startEnd);
  if (start.includes("spans")) start = start.replace(SPANS, "");
  const ours = isOwnHeight(start, ownHeight);
  if (ours && handHeight !== undefined)
    start = `${start.replace(HEIGHT_ATTRIBUTES, "")} ht="${height !== undefined && height > handHeight ? height : handHeight}" customHeight="1"`;
  else if (height !== undefined && (ours || !CUSTOM_HEIGHT.test(start) || !(userHeight(start) >= height)))
    start = `${start.replace(HEIGHT_ATTRIBUTES, "")} ht="${height}" customHeight="1"`;
  else if (height === undefined && ours) start = start.replace(HEIGHT_ATTRIBUTES, "");
  if (!/\sr\s*=/.test(start)) start += ` r="${r + 1}"`;
  return start;
}

import { type Cell, dateFromExcelSerial, isDateFormat } from "../engine";
import {
  attribute,
  columnOfRef,
  elements,
  parseRange,
  stringItemText,
  unescapeExcel,
  unescapeXml,
} from "./xml";

/**
 * A worksheet part split as it streams: the head (everything up to and including `<sheetData>`), each
 * `<row>` element as it completes, and the tail (from `</sheetData>` to the end). Rows are never held all
 * at once, so a million-row sheet passes through in the memory of one chunk.
 */
export type SheetParts = {
  /** Called once with the head, and with the namespace prefix of the sheet's elements ("" or "x:"). */
  head(text: string, prefix: string): void | Promise<void>;
  /** Returns a promise only when the caller must wait (a write queue is full). */
  row(text: string): void | Promise<void> | undefined;
  tail(text: string): void | Promise<void>;
};

const SHEET_DATA_OPEN = /<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])[^>]*?(\/?)>/;

/** XML read as bytes (one string unit a byte: splitSheet's `bytes`) decoded from UTF-8: its characters. */
export const textOfBytes = (bytes: string): string => Buffer.from(bytes, "latin1").toString("utf8");

/**
 * Feeds a worksheet's XML, chunk by chunk, to `parts`. With `bytes`, each row comes as its bytes held
 * as text (one unit a byte, Node's "latin1"; ByteText in zip.ts), not decoded: for a reader that only
 * cuts rows and copies them as they are (the merge, mergeRows.ts), which then never pays for decoding
 * the UTF-8 of every name and note (6.5 s of one core for a re-run's 1.6 GB sheet, against 0.9 s);
 * the head and the tail come decoded as ever. The markup it looks for is ASCII, the same bytes either way.
 * @example await splitSheet(partChunks(entry), { head, row, tail })
 */
export async function splitSheet(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  parts: SheetParts,
  { bytes = false }: { readonly bytes?: boolean } = {},
): Promise<void> {
  // TextDecoder, streaming: a fifth faster than Node's StringDecoder over a re-run's 1.6 GB of sheet
  // (4.6-5.3 s against 6.1-6.5 s); the BOM kept, as StringDecoder kept it.
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  const decode = bytes
    ? (chunk?: Buffer): string => chunk?.toString("latin1") ?? ""
    : (chunk?: Buffer): string => utf8.decode(chunk, { stream: chunk !== undefined });
  // The head and the tail as text, whichever way the rows come.
  const textOf = bytes ? textOfBytes : (t: string): string => t;
  let text = "";
  let state = "head" as "head" | "rows" | "tail";
  const now = (): "head" | "rows" | "tail" => state;
  let prefix = "";
  let rowOpen = "<row";
  let rowClose = "</row>";
  let dataClose = "</sheetData>";
  let tail = "";
  const consume = async (final: boolean): Promise<void> => {
    if (state === "head") {
      const m = SHEET_DATA_OPEN.exec(text);
      if (!m) {
        if (final) {
          // No sheetData at all (not a worksheet we can read): all of it is head and tail.
          await parts.head(textOf(text), "");
          await parts.tail("");
          text = "";
        }
        return;
      }
      prefix = m[1] ?? "";
      rowOpen = `<${prefix}row`;
      rowClose = `</${prefix}row>`;
      dataClose = `</${prefix}sheetData>`;
      const end = m.index + m[0].length;
      if (m[2] === "/") {
        // An empty `<sheetData/>`: written back as an open and a close element around no rows.
        await parts.head(textOf(`${text.slice(0, m.index)}<${prefix}sheetData>`), prefix);
        state = "tail";
        tail = `${dataClose}${text.slice(end)}`;
        text = "";
        return;
      }
      await parts.head(textOf(text.slice(0, end)), prefix);
      text = text.slice(end);
      state = "rows";
    }
    if (state === "rows") {
      let at = 0;
      for (;;) {
        const next = text.indexOf("<", at);
        if (next < 0) {
          at = text.length;
          break;
        }
        if (text.startsWith(rowOpen, next)) {
          const startEnd = text.indexOf(">", next);
          if (startEnd < 0) break;
          if (text.charCodeAt(startEnd - 1) === 47 /* / */) {
            const wait = parts.row(text.slice(next, startEnd + 1));
            if (wait) await wait;
            at = startEnd + 1;
            continue;
          }
          const close = text.indexOf(rowClose, startEnd);
          if (close < 0) break;
          const wait = parts.row(text.slice(next, close + rowClose.length));
          if (wait) await wait;
          at = close + rowClose.length;
          continue;
        }
        if (text.startsWith(dataClose, next)) {
          state = "tail";
          tail = text.slice(next);
          text = "";
          return;
        }
        // Anything else inside sheetData (a comment): skipped.
        const end = text.indexOf(">", next);
        if (end < 0) break;
        at = end + 1;
      }
      text = text.slice(at);
      return;
    }
    tail += text;
    text = "";
  };
  for await (const chunk of chunks) {
    text += decode(chunk);
    await consume(false);
  }
  text += decode();
  await consume(true);
  if (now() === "rows") throw new Error("worksheet ends inside sheetData");
  if (now() === "tail") await parts.tail(textOf(tail));
}

/**
 * What a sheet's cells share as they are read (one per CellContext, so per workbook): one string for
 * each short text, one Date for each date serial. A tier, a region, a grade or a review date repeats down
 * a million rows; as a string (24-32 bytes) or a Date (96 bytes) a cell, a re-run over our own columns
 * held ~300 MB of copies. Each map stops growing at `SHARED_VALUES` entries (a column of distinct names
 * fills it, and then adds nothing more to hold).
 */
type ReadShare = { readonly texts: Map<string, string>; readonly dates: Map<number, Date | null> };
const shares = new WeakMap<CellContext, ReadShare>();
const SHARED_VALUES = 1 << 16;

function shareOf(ctx: CellContext): ReadShare {
  let share = shares.get(ctx);
  if (!share) {
    share = { texts: new Map(), dates: new Map() };
    shares.set(ctx, share);
  }
  return share;
}

/**
 * A text read out of the sheet's XML, as a string of its own. V8 makes a substring of 13 characters or
 * more a view into the string it was cut from (a SlicedString), which keeps that whole string alive: a
 * cell's note read from a row kept the row's chunk of XML, ~1 MB, and a re-run over our own columns (a
 * long note and reason on every row) held the sheet's XML twice over in memory (4.7 GB at a million
 * rows). Such a text is copied once here (JSON's parser makes a flat string: no view, nor the 32 bytes
 * of one), and the chunk is let go; a shorter one is a copy already, and shared with the cells that
 * hold the same text. Shared strings are not copied (each is one string for every cell that holds it).
 * @example ownText(unescapeXml(m[5]), ctx) // the cell's text, holding on to nothing else
 */
export function ownText(text: string, ctx: CellContext): string {
  if (text.length >= 13) return JSON.parse(JSON.stringify(text)) as string;
  const texts = shareOf(ctx).texts;
  const known = texts.get(text);
  if (known !== undefined) return known;
  if (texts.size < SHARED_VALUES) texts.set(text, text);
  return text;
}

/**
 * The date of a serial in the workbook's date system, one Date for every cell of that serial (never
 * changed by anyone: the engine reads dates, it does not set them).
 */
function dateOfSerial(serial: number, ctx: CellContext): Date | null {
  const dates = shareOf(ctx).dates;
  let date = dates.get(serial);
  if (date === undefined) {
    date = dateFromExcelSerial(serial, ctx.date1904);
    if (dates.size < SHARED_VALUES) dates.set(serial, date);
  }
  return date;
}

/** A cell element of a row: where it sits in the row's text, its column, and its attributes. */
export type CellSpan = {
  readonly start: number;
  readonly end: number;
  readonly column: number;
  readonly attributes: string;
  readonly content: string | undefined;
};

/**
 * The cells of a row element, in order, each with its 0-based column (from `r`, or the one after the
 * previous cell where a writer left `r` out). A scan with indexOf, not a regular expression: a
 * million-row sheet has fifteen million cells.
 */
export function cellsOf(row: string, prefix: string): CellSpan[] {
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  const out: CellSpan[] = [];
  let column = -1;
  let at = row.indexOf(open);
  while (at >= 0) {
    const next = row.charCodeAt(at + open.length);
    // `<c ` or `<c>` or `<c/>`, not `<col` (which a row never holds) or another element starting with c.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = row.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = row.indexOf(">", at);
    if (tagEnd < 0) break;
    const selfClosing = row.charCodeAt(tagEnd - 1) === 47;
    const attributes = row.slice(at + open.length, selfClosing ? tagEnd - 1 : tagEnd);
    let end: number;
    let content: string | undefined;
    if (selfClosing) end = tagEnd + 1;
    else {
      const closeAt = row.indexOf(close, tagEnd);
      if (closeAt < 0) break;
      content = row.slice(tagEnd + 1, closeAt);
      end = closeAt + close.length;
    }
    const r = refOf(attributes);
    column = r === undefined ? column + 1 : columnOfRef(r);
    out.push({ start: at, end, column, attributes, content });
    at = row.indexOf(open, end);
  }
  return out;
}

const R_ATTR = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const T_ATTR = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const S_ATTR = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;

/**
 * An attribute's raw value: the usual ` name="value"` (`key`, made once: a million-row sheet asks this
 * forty million times) by indexOf, anything else by the pattern.
 */
function quickAttribute(a: string, key: string, name: string, pattern: RegExp): string | undefined {
  const at = a.indexOf(key);
  if (at >= 0) return a.slice(at + key.length, a.indexOf('"', at + key.length));
  if (!a.includes(name)) return undefined;
  return pattern.exec(a)?.[1];
}

function refOf(a: string): string | undefined {
  return quickAttribute(a, ' r="', "r", R_ATTR);
}

/** The 1-based row number of a row element's start tag, or undefined when the writer left it out. */
export function rowNumberOf(row: string): number | undefined {
  const end = row.indexOf(">");
  const r = quickAttribute(row.slice(row.indexOf(" "), end < 0 ? undefined : end), ' r="', "r", R_ATTR);
  return r === undefined ? undefined : Number(r);
}

/**
 * Whether a row element's start tag hides the row: `hidden` (CT_Row, ECMA-376 Part 1, 18.3.1.73), set on
 * the rows a filter hides and on rows hidden by hand or in a collapsed outline; Excel writes "1",
 * LibreOffice "true".
 */
export function isRowHidden(row: string): boolean {
  const end = row.indexOf(">");
  const tag = end < 0 ? row : row.slice(0, end);
  return tag.includes("hidden") && /\shidden\s*=\s*["'](?:1|true)["']/.test(tag);
}

/**
 * The height a row start tag sets by hand, in points (`ht` with `customHeight`, CT_Row, ISO/IEC
 * 29500-1 §18.3.1.73); NaN where it sets none (a height without customHeight is one Excel fitted).
 * @example customRowHeight('<row r="4" ht="18" customHeight="1">') // 18
 */
export function customRowHeight(row: string): number {
  const end = row.indexOf(">");
  const tag = end < 0 ? row : row.slice(0, end);
  if (!tag.includes("customHeight") || !/\scustomHeight\s*=\s*["'](?:1|true)["']/.test(tag))
    return Number.NaN;
  const ht = /\sht\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  const h = ht === undefined ? Number.NaN : Number(ht);
  return h > 0 ? h : Number.NaN;
}

/** What reading a cell needs from the workbook. */
export type CellContext = {
  readonly sharedStrings: readonly string[];
  readonly formatOf: readonly string[];
  readonly date1904: boolean;
  /** Whether a formula's saved value is its result; false when the workbook asks for a full calculation on opening. */
  readonly formulaResults?: boolean;
};

const valuePatterns = new Map<string, RegExp>();

/** The text of a cell's `<v>`: found by indexOf when it has no attributes (always, in practice). */
function valueOf(content: string, prefix: string): string | undefined {
  // Unprefixed in nearly every sheet: not made again for each of its cells.
  const open = prefix === "" ? "<v>" : `<${prefix}v>`;
  const at = content.indexOf(open);
  if (at >= 0) {
    const end = content.indexOf("<", at + open.length);
    return end < 0 ? undefined : content.slice(at + open.length, end);
  }
  let re = valuePatterns.get(prefix);
  if (!re) {
    re = new RegExp(`<${prefix}v(?:\\s[^>]*)?>([^<]*)</${prefix}v>`);
    valuePatterns.set(prefix, re);
  }
  return re.exec(content)?.[1];
}

const formulaPatterns = new Map<string, RegExp>();

/** The text of a cell's `<f>` ("" for a shared formula's later cells, which carry none), if it has one. */
function formulaOf(content: string, prefix: string): string | undefined {
  let re = formulaPatterns.get(prefix);
  if (!re) {
    re = new RegExp(`<${prefix}f(?:\\s[^>]*?)?(?:/>|>([^<]*)</${prefix}f>)`);
    formulaPatterns.set(prefix, re);
  }
  const m = re.exec(content);
  return m ? unescapeXml(m[1] ?? "") : undefined;
}

/**
 * The engine's value of a cell (ECMA-376 Part 1, 18.3.1.4 and 18.18.11 ST_CellType): shared and inline
 * strings (rich text joined), booleans, errors as `{ error }`, ISO dates (`t="d"`, strict OOXML), numbers;
 * a number in a date format is a Date, in the workbook's date system. A formula gives its cached value;
 * one the file holds no value for is a CellFormula.
 */
export function cellValue(
  cell: CellSpan,
  prefix: string,
  ctx: CellContext,
): { value: Cell; format: string | undefined } {
  const content = cell.content;
  if (content === undefined) return { value: null, format: undefined };
  const type = quickAttribute(cell.attributes, ' t="', "t", T_ATTR) ?? "n";
  if (type === "inlineStr") {
    const is = elements("is").exec(content);
    return { value: is?.[2] === undefined ? "" : ownText(stringItemText(is[2]), ctx), format: undefined };
  }
  // A workbook that asks Excel to calculate everything on opening holds placeholders, not results.
  if (ctx.formulaResults === false) {
    const formula = formulaOf(content, prefix);
    if (formula !== undefined) return { value: { formula }, format: undefined };
  }
  const v = valueOf(content, prefix);
  // A formula with no value, or an empty one where its result is no string (openpyxl writes `<v></v>`):
  // the writer did not calculate it.
  if (v === undefined || (v === "" && type !== "str")) {
    const formula = formulaOf(content, prefix);
    if (formula !== undefined) return { value: { formula }, format: undefined };
    if (v === undefined) return { value: null, format: undefined };
  }
  switch (type) {
    case "s":
      return { value: ctx.sharedStrings[Number(v)] ?? "", format: undefined };
    case "str":
      return { value: ownText(unescapeExcel(unescapeXml(v)), ctx), format: undefined };
    case "b":
      return { value: v.trim() === "1" || v.trim() === "true", format: undefined };
    case "e":
      return { value: { error: unescapeXml(v) }, format: undefined };
    case "d": {
      const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
      return { value: Number.isNaN(date.getTime()) ? v : date, format: undefined };
    }
    default: {
      const n = Number(v);
      if (v.trim() === "" || Number.isNaN(n)) return { value: null, format: undefined };
      const s = quickAttribute(cell.attributes, ' s="', "s", S_ATTR);
      const format = s === undefined ? undefined : ctx.formatOf[Number(s)];
      if (format !== undefined && isDateFormat(format)) {
        const date = dateOfSerial(n, ctx);
        if (date) return { value: date, format: undefined };
      }
      return { value: n, format: format === "General" ? undefined : format };
    }
  }
}

/**
 * A cell written plainly (sticky): no prefix, `r` then `s` then `t` as Excel, openpyxl and LibreOffice
 * write them, a shared string, a number or an inline string of one run; captures the column's letters,
 * the style, the type, the value (not empty, with no reference in it) and the inline text. Any other
 * cell is read by cellsOf and cellValue.
 */
const PLAIN_CELL =
  /<c r="([A-Za-z]{1,3})[0-9]{1,7}"(?: s="([0-9]{1,9})")?(?: t="(s|n|inlineStr)")?(?:\/>|>(?:<v>([^<&]+)<\/v>|<is><t(?: xml:space="preserve")?>([^<]*)<\/t><\/is>)?<\/c>)/y;
/** Per cell style of a context: 1 a date format, -1 not, 0 not looked at yet. */
const dateStyles = new WeakMap<CellContext, Int8Array>();

/**
 * Reads a row whose cells are all written plainly (PLAIN_CELL, one after another, nothing between them)
 * and gives each cell's value to `put` as cellValue reads it; false at the first cell that is not, and
 * the row is read again cell by cell (the cells `put` had are the same then). One pattern a cell
 * instead of a scan for its tags and its attributes: most cells of most sheets are written so.
 * @example plainRowValues('<row r="1"><c r="B1"><v>7</v></c></row>', ctx, put) // true, put(1, 7, undefined)
 */
export function plainRowValues(
  row: string,
  ctx: CellContext,
  put: (column: number, value: Cell, format: string | undefined) => void,
): boolean {
  let at = row.indexOf(">") + 1;
  let dates = dateStyles.get(ctx);
  while (row.charCodeAt(at) === 60 /* < */ && row.charCodeAt(at + 1) === 99 /* c */) {
    PLAIN_CELL.lastIndex = at;
    const m = PLAIN_CELL.exec(row);
    if (!m) return false;
    at = PLAIN_CELL.lastIndex;
    const type = m[3];
    const column = columnOfRef(m[1] as string);
    if (type === "inlineStr" || m[5] !== undefined) {
      // Inline text as stringItemText reads a run (nothing where the type and the content disagree).
      const text = type === "inlineStr" && m[5] ? unescapeExcel(unescapeXml(m[5])) : "";
      if (text !== "") put(column, ownText(text, ctx), undefined);
      continue;
    }
    const v = m[4];
    if (v === undefined) continue;
    if (type === "s") {
      const text = ctx.sharedStrings[Number(v)] ?? "";
      if (text !== "") put(column, text, undefined);
      continue;
    }
    const number = Number(v);
    if (Number.isNaN(number) || v.trim() === "") continue;
    if (m[2] === undefined) {
      put(column, number, undefined);
      continue;
    }
    const style = Number(m[2]);
    const format = ctx.formatOf[style];
    if (format === undefined) {
      put(column, number, undefined);
      continue;
    }
    // The style is one of the list (its format is), so the list's length holds it.
    if (!dates) {
      dates = new Int8Array(ctx.formatOf.length);
      dateStyles.set(ctx, dates);
    }
    if (dates[style] === 0) dates[style] = isDateFormat(format) ? 1 : -1;
    const date = dates[style] === 1 ? dateOfSerial(number, ctx) : undefined;
    if (date) put(column, date, undefined);
    else put(column, number, format === "General" ? undefined : format);
  }
  return row.startsWith("</row>", at);
}

/** A block of merged cells, 0-based. */
export type MergedArea = {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

/** The merged areas listed in a sheet's tail (`<mergeCells>`). */
export function mergedAreasOf(tail: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of tail.matchAll(elements("mergeCell"))) {
    const r = parseRange(attribute(m[1] ?? "", "ref") ?? "");
    if (r)
      out.push({ row: r.top, column: r.left, rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 });
  }
  return out;
}
